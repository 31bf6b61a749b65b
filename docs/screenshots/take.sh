#!/usr/bin/env bash
# Takes a screenshot of every console screen on the demo data, under Xvfb, into docs/screenshots/.
# Needs: xvfb, imagemagick (import). Usage: docs/screenshots/take.sh [SCREEN ...]   (default: all)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
OUT="$ROOT/docs/screenshots"
export REVOPS_HOME="${REVOPS_HOME:-/tmp/revops-screenshots}" REVOPS_KEYCHAIN=off REVOPS_EMBEDDED_PORT="${REVOPS_EMBEDDED_PORT:-55480}"
declare -A FILE=([DASHBOARD]=dashboard [PIPELINE]=pipeline [FORECAST]=forecast [OFFERS]=offers [SOURCES]=sources
    [CREDITS]=credits [FUNNEL]=funnel [OUTREACH]=outreach-queue [CONTACTS]=contact-detail [LOG_DEAL]=log-deal
    [EXPERIMENTS]=experiments [ADS]=ads [EMAIL]=email [ROUTINE]=routine [SORA]=sora [JOBS]=jobs [SETTINGS]=settings)
SCREENS=("$@")
[[ ${#SCREENS[@]} -eq 0 ]] && SCREENS=(DASHBOARD PIPELINE FORECAST OFFERS SOURCES CREDITS FUNNEL OUTREACH CONTACTS LOG_DEAL EXPERIMENTS ADS EMAIL ROUTINE SORA JOBS SETTINGS)
"$ROOT/revops" --demo-data >/dev/null
# today's routine as a worker would report it (the demo data has none): a morning on track, a heartbeat retried, one failure
TODAY="$(date +%F)"
while read -r step status time error; do
    "$ROOT/revops" --routine-step "$step" "$status" --as-of "${TODAY}T${time}" ${error:+--error "$error"} >/dev/null
done <<'STEPS'
overnight_maintenance ok 03:41
heartbeat ok 06:01
revenue_snapshot ok 06:12
recall ok 06:30
research ok 07:02
strategy ok 07:20
generate_posts failed 07:31 timeout
generate_posts ok 07:55
sora_videos started 07:58
publish_morning ok 08:40
STEPS
for screen in "${SCREENS[@]}"; do
    echo "screenshot: $screen → ${FILE[$screen]}.png"
    REVOPS_SCREEN="$screen" xvfb-run -a -s "-screen 0 1440x900x24" bash -c "
        '$ROOT/revops' >/dev/null 2>&1 & app=\$!
        sleep ${WAIT:-22}
        import -window root '$OUT/${FILE[$screen]}.png'
        kill \$app; wait \$app 2>/dev/null || true"
done
