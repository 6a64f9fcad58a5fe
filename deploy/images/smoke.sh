#!/usr/bin/env bash
# Without a container runtime: unpacks an image tarball built by Jib (docker save format) into a folder and starts its
# entrypoint there with chroot, as uid 10001, with /proc mounted (the dynamic loader needs it for $ORIGIN). No database
# is given, so the service is expected to start Spring and fail at its first connection: what this shows is that the
# base image's JRE, the trust store, the classpath, the main class and the JSON logs work. Needs root.
#   bash deploy/images/smoke.sh command-service/target/jib-image.tar kz.appeals.command.CommandServiceApplication
set -euo pipefail
IMAGE=$1
MAIN=$2
DIR=$(mktemp -d)
trap 'umount "$DIR/root/proc" 2>/dev/null || true; rm -rf "$DIR"' EXIT
mkdir -p "$DIR/x" "$DIR/root"
tar -xf "$IMAGE" -C "$DIR/x"
for layer in $(python3 -c "import json,sys; print(' '.join(json.load(open(sys.argv[1]))[0]['Layers']))" "$DIR/x/manifest.json"); do
    tar -xzf "$DIR/x/$layer" -C "$DIR/root" 2>/dev/null
done
mkdir -p "$DIR/root/proc" && mount -t proc proc "$DIR/root/proc"
JAVA=$(ls -d "$DIR"/root/usr/lib/jvm/java-17-openjdk-*/bin/java | sed "s#^$DIR/root##")
env -i LOG_FORMAT=ecs SERVER_ADDRESS=127.0.0.1 SERVER_PORT=18571 DB_URL=jdbc:postgresql://127.0.0.1:1/appeals \
    DB_CONNECTION_TIMEOUT_MS=2000 /usr/bin/timeout 120 /usr/sbin/chroot --userspec=10001:10001 "$DIR/root" \
    "$JAVA" -XX:MaxRAMPercentage=75 -Djava.io.tmpdir=/tmp -cp @/app/jib-classpath-file "$MAIN" \
    > "$DIR/out.log" 2>&1 || true
grep -o '"message":"[^"]\{0,140\}' "$DIR/out.log" | grep -E "Starting .*Application using Java|Tomcat initialized|Application run failed" || {
    echo "the image did not start Spring:"; tail -20 "$DIR/out.log"; exit 1; }
echo "image starts: JRE, classpath, main class and JSON logs work (the failure above is the missing database)"
