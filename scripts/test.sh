#!/usr/bin/env bash
# The project's test command: installs what is missing (scripts/setup.sh), then runs pytest.
# Arguments go to pytest, e.g. `bash scripts/test.sh tests/test_harness.py -x`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
exec "${PYTHON:-python}" -m pytest -q "$@"
