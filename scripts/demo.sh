#!/usr/bin/env bash
# The main job: generate a story from the embedded default model (stories260K) on WebGPU.
# Installs what is missing first (scripts/setup.sh); extra arguments go to `generate`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
exec "${PYTHON:-python}" -m webllm_py generate --prompt "Once upon a time" --max-tokens 200 "$@"
