#!/usr/bin/env bash
# Re-lock the Python environments: requirements/{demo,test}.in -> requirements/{demo,test}.txt,
# every package pinned with ==, with the sha256 of each file pip may install (pip-compile).
# Run it after editing a .in file, then commit the .txt files; scripts/setup.sh installs them
# with --require-hashes. torch comes from the machine's local CPU wheel (pip's find-links).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
"${PYTHON:-python3}" -m venv "$tools"
"$tools/bin/pip" install -q pip-tools==7.7.0 2>&1 | grep -v 'is ignored' || true
for env in demo test; do
  "$tools/bin/pip-compile" -q --generate-hashes --allow-unsafe --strip-extras --no-header --no-emit-index-url --no-emit-find-links \
    -o "requirements/$env.txt" "requirements/$env.in" 2>&1 | grep -v 'is ignored' || true
done
