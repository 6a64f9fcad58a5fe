"""Packs a root file system as a one-layer image in `docker save` format (what Jib reads from a tar:// base image).

usage: docker_tar.py ROOTFS OUT.tar JAVA_BIN_DIR
Files are owned by root, times fixed (reproducible layer); the config puts Java on PATH for Jib's entrypoint.
"""
import hashlib
import io
import json
import os
import sys
import tarfile

rootfs, out, java_bin = sys.argv[1], sys.argv[2], sys.argv[3]
EPOCH = 1


def normalise(info):
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = EPOCH
    return info


layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
    for entry in sorted(os.listdir(rootfs)):
        tar.add(os.path.join(rootfs, entry), arcname=entry, filter=normalise)
layer_bytes = layer.getvalue()
diff_id = "sha256:" + hashlib.sha256(layer_bytes).hexdigest()

config = {
    "architecture": "amd64",
    "os": "linux",
    "created": "1970-01-01T00:00:00Z",
    "config": {
        "Env": ["PATH=" + java_bin + ":/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                "JAVA_HOME=" + os.path.dirname(java_bin), "LANG=C.UTF-8"],
        "WorkingDir": "/app",
    },
    "rootfs": {"type": "layers", "diff_ids": [diff_id]},
    "history": [{"created": "1970-01-01T00:00:00Z",
                 "created_by": "deploy/images/build-base.sh: Debian packages of the Java 17 runtime"}],
}
config_bytes = json.dumps(config, sort_keys=True).encode()
config_name = hashlib.sha256(config_bytes).hexdigest() + ".json"
manifest = [{"Config": config_name, "RepoTags": ["appeals/jre17-base:local"], "Layers": ["layer.tar"]}]

with tarfile.open(out, mode="w") as image:
    for name, data in [("layer.tar", layer_bytes), (config_name, config_bytes),
                       ("manifest.json", json.dumps(manifest).encode())]:
        info = tarfile.TarInfo(name)
        info.size = len(data)
        info.mtime = EPOCH
        image.addfile(info, io.BytesIO(data))
print("[base] layer", diff_id)
