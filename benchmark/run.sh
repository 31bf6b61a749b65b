#!/usr/bin/env bash
# SPEC §10 benchmark (not a test; never part of the suite's run):
#   ./benchmark/run.sh [--contacts N] [--json FILE] [--no-console] [DATA_DIR]
# Generates N contacts (default 100,000) with 2N revenue events, 10N email sends, 20N engagement rows and 5N
# credit-usage rows in an embedded PostgreSQL (kept in DATA_DIR, default target/benchmark-N, for re-runs), then
# prints each computation's cold time (the whole ./revops process), warm time and honest floor (plain SQL
# returning the same numbers, checked equal), the dashboard refresh, and ./revops --pipeline --json against
# ./revops --help, and the console's time to a painted dashboard under Xvfb (skipped with --no-console). --json FILE
# writes the figures (docs/benchmarks.md). Run it for 100000 and 300000 to see growth.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./revops --version >/dev/null   # builds the app the CLI timings run, when needed
./mvnw -B -q -ntp -pl app -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
    -Dmdep.includeScope=test >/dev/null
CP="app/target/test-classes:app/target/classes:integrations/target/classes:integrations/target/test-classes:domain/target/classes:scheduler/target/classes:assets/target/classes:$(cat app/target/benchmark.classpath)"
exec java -Xmx2g -Drevops.root="$ROOT" -cp "$CP" com.revops.app.benchmark.Benchmark "$@"
