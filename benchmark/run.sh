#!/usr/bin/env bash
# SPEC §10 benchmark: ./benchmark/run.sh [DATA_DIR]
# Generates 100k contacts, 200k revenue events, 1M email sends, 2M engagement rows and 500k credit-usage
# rows in an embedded PostgreSQL (kept in DATA_DIR for re-runs), then prints each computation's cold and
# warm time next to the bare SQL aggregate (the floor). Not part of the test suite.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
./mvnw -B -q -ntp -pl app -am -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/benchmark.classpath \
    -Dmdep.includeScope=test >/dev/null
CP="app/target/test-classes:app/target/classes:integrations/target/classes:integrations/target/test-classes:domain/target/classes:scheduler/target/classes:assets/target/classes:$(cat app/target/benchmark.classpath)"
exec java -Xmx2g -cp "$CP" com.revops.app.benchmark.Benchmark "${1:-$ROOT/target/benchmark-data}"
