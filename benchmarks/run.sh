#!/usr/bin/env bash
# The benchmark harness: brings the appeals system up on loopback (embedded PostgreSQL, a Kafka broker process and
# the launcher's Keycloak unless DB_URL / KAFKA_BOOTSTRAP / OIDC_ISSUER_URI are set), drives it with real tokens from
# that provider, runs the baselines, the replay and the fault drills, and writes benchmark-reports/<timestamp>/
# (report.md, PNG charts, summary.json, service logs).
#
#   bash benchmarks/run.sh            full run (about 20 minutes)
#   bash benchmarks/run.sh --smoke    CI variant: seconds of load, one drill, small replay (about 4 minutes, 1 of them Keycloak's start)
#
# Builds what it needs first when a jar is missing or older than the sources (BENCH_SKIP_BUILD=1 skips that); the
# benchmarks module is only in the build under the Maven profile -Pbenchmarks, which this script passes.
# Sizes: see benchmarks/src/main/java/kz/appeals/bench/Config.java (BENCH_* variables), docs/performance.md.
# Exits 1 on a broken invariant or an error, never because of a speed figure.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
ROOT=$PWD

JARS="command-service/target/command-service.jar query-service/target/query-service.jar deploy/target/deploy.jar
benchmarks/target/benchmarks.jar"

needs_build() {
    local jar
    for jar in $JARS; do
        [ -f "$jar" ] || return 0
    done
    [ -d benchmarks/target/lib ] || return 0
    # a source or pom newer than the oldest jar
    local oldest
    oldest=$(ls -1tr $JARS | head -n 1)
    if [ -n "$(find pom.xml statutory-clock shared-events messaging appeal-lifecycle access-policy security-support web-edge \
            command-service query-service deploy benchmarks \
            -path '*/target' -prune -o -type f \( -path '*/src/main/*' -o -name pom.xml \) -newer "$oldest" \
            -print -quit 2>/dev/null)" ]; then
        return 0
    fi
    return 1
}

if [ "${BENCH_SKIP_BUILD:-0}" != "1" ] && needs_build; then
    # the services' jars are rebuilt from scratch: when only a library module changed (messaging, say), the jar plugin
    # finds the service's own classes unchanged and keeps its jar, which Spring Boot then sees as already repackaged
    # and leaves as it was - with the old library inside
    rm -f command-service/target/command-service.jar query-service/target/query-service.jar
    echo "[run.sh] building: mvn -B -q -Pbenchmarks -DskipTests package -pl command-service,query-service,deploy,benchmarks -am"
    mvn -B -q -Pbenchmarks -DskipTests package -pl command-service,query-service,deploy,benchmarks -am
fi
for jar in $JARS; do
    [ -f "$jar" ] || { echo "[run.sh] $jar is missing: build with mvn -B -Pbenchmarks -DskipTests package" >&2; exit 1; }
done

# Run from copies: a concurrent 'mvn package' in this tree must not swap a jar under a running JVM.
RUN_JARS=$(mktemp -d "${TMPDIR:-/tmp}/appeals-bench.XXXXXX")
cleanup() { rm -rf "$RUN_JARS"; }
trap cleanup EXIT
cp command-service/target/command-service.jar query-service/target/query-service.jar "$RUN_JARS/"
cp benchmarks/target/benchmarks.jar "$RUN_JARS/"
cp -r benchmarks/target/lib "$RUN_JARS/lib"

JAVA="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    JAVA="$JAVA_HOME/bin/java"
fi
rc=0
BENCH_REPO="$ROOT" BENCH_JAR_DIR="$RUN_JARS" BENCH_KAFKA_CLASSPATH="$RUN_JARS/lib/*" \
    "$JAVA" -Xms256m -Xmx1g -XX:+UseG1GC -Djava.awt.headless=true \
    -cp "$RUN_JARS/benchmarks.jar:$RUN_JARS/lib/*" kz.appeals.bench.Bench "$@" || rc=$?
exit "$rc"
