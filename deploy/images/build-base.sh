#!/usr/bin/env bash
# Builds the services' base image WITHOUT a registry or a Docker daemon: Debian bookworm's own packages of the Java 17
# runtime (openjdk-17-jre-headless and its dependency closure, fetched with `apt-get download`, unpacked with
# `dpkg-deb -x`, no maintainer script run) as one layer of a `docker save`-format tarball that Jib takes as
# `tar://` base image. Where a registry is reachable, skip this and pass -Dappeals.image.base=eclipse-temurin:17-jre
# (docs/operations.md). Output: deploy/images/target/jre17-base.tar
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
OUT=target
JAVA_PKG=${APPEALS_BASE_JAVA_PACKAGE:-openjdk-17-jre-headless}
rm -rf "$OUT/rootfs" "$OUT/debs"
mkdir -p "$OUT/debs" "$OUT/rootfs"

# the dependency closure (real packages only: virtual ones are printed as <name>)
PKGS=$(apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks --no-replaces \
    --no-enhances "$JAVA_PKG" ca-certificates | grep -E '^[a-z0-9]' | sort -u)
echo "[base] $(echo "$PKGS" | wc -w) packages"
(cd "$OUT/debs" && apt-get download $PKGS >/dev/null)
for deb in "$OUT"/debs/*.deb; do
    dpkg-deb -x "$deb" "$OUT/rootfs"
done

ROOT="$OUT/rootfs"
JVM_DIR=$(ls -d "$ROOT"/usr/lib/jvm/java-17-openjdk-* | head -1)
mkdir -p "$ROOT/tmp" "$ROOT/etc/ssl/certs/java" "$ROOT/app"
chmod 1777 "$ROOT/tmp"
# what ca-certificates-java's postinst would do: Java's trust store from the Debian CA bundle, so that the services
# can reach an identity provider or a collector over TLS
java "$(pwd)/TrustStore.java" "$ROOT/usr/share/ca-certificates/mozilla" "$ROOT/etc/ssl/certs/java/cacerts"
echo 'appeals:x:10001:10001:appeals service:/tmp:/usr/sbin/nologin' >> "$ROOT/etc/passwd"
echo 'appeals:x:10001:' >> "$ROOT/etc/group"

python3 docker_tar.py "$ROOT" "$OUT/jre17-base.tar" "/${JVM_DIR#"$ROOT"/}/bin"
echo "[base] $(du -h "$OUT/jre17-base.tar" | cut -f1) $OUT/jre17-base.tar"
