#!/usr/bin/env bash
# Offline check of deploy/ where neither Helm nor kubeconform nor Docker can be installed (docs/operations.md):
# renders the chart with render.py (a Go-template subset interpreter), then validates every object against the
# Kubernetes API schemas of the npm package kubernetes-models, compose.yaml against the Compose spec's JSON schema,
# and the Grafana dashboard's JSON. What it does not do: `helm lint`, a real Helm render, a server-side dry run,
# `docker compose config`, starting anything.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
[ -d node_modules ] || npm install --no-audit --no-fund --silent
python3 render.py ../appeals test-values.yaml > target-rendered.yaml
node validate.mjs target-rendered.yaml ../../compose.yaml ../../grafana/appeals-dashboard.json
