#!/usr/bin/env bash
# Starts the whole appeals system on this machine: embedded PostgreSQL, a Kafka broker process,
# command-service (:8081) and query-service (:8082). Ctrl-C stops everything it started.
#
#   bash deploy/run.sh                       build the reactor, then launch
#   APPEALS_SKIP_BUILD=1 bash deploy/run.sh  launch what is already built
#   bash deploy/run.sh --infra-only          only PostgreSQL + Kafka
#   APPEALS_INSTANCES=2 bash deploy/run.sh   two instances of each service (second ones on :8091 and :8092)
#
# Data lives in .data/ (git-ignored) and survives restarts; delete it for a fresh system.
# Needs only a JDK 17+ and Maven. Other settings: see kz.appeals.deploy.LauncherConfig.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ "${APPEALS_SKIP_BUILD:-0}" != "1" ]; then
    echo "[run.sh] building: mvn -B -q -DskipTests package (APPEALS_SKIP_BUILD=1 skips this)"
    mvn -B -q -DskipTests package
fi

if [ ! -f deploy/target/deploy.jar ] || [ ! -d deploy/target/lib ]; then
    echo "[run.sh] deploy/target/deploy.jar is missing: build first with mvn -B -DskipTests package" >&2
    exit 1
fi

JAVA="java"
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    JAVA="$JAVA_HOME/bin/java"
fi
exec "$JAVA" -Xmx256m -cp "deploy/target/deploy.jar:deploy/target/lib/*" kz.appeals.deploy.Launcher "$@"
