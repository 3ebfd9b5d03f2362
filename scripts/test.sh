#!/usr/bin/env bash
# The project's test command: installs what is missing (scripts/setup.sh test, into .venv), then
# runs pytest with .venv's Python. `-P` keeps the repository root off sys.path: nothing may
# depend on it. Arguments go to pytest, e.g. `bash scripts/test.sh tests/test_harness.py -x`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh test
exec .venv/bin/python -P -m pytest -q "$@"
