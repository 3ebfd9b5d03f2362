#!/usr/bin/env bash
# Installs what `demo` or `test` needs on a fresh Debian machine, into this checkout only:
#   scripts/setup.sh demo    Node + npm packages, and .venv with requirements/demo.txt
#   scripts/setup.sh test    also Chromium and Mesa's Vulkan driver, and requirements/test.txt
# The Python packages go into a project-local virtual environment (.venv), pinned and hashed by
# the lock files (bash scripts/lock.sh writes them); the system Python's packages are never used
# or changed. npm installs from the committed package-lock.json. Cheap to run again: each step
# is skipped when already done. Quiet on success; on failure prints the failing step's output.
# PYTHON picks the interpreter .venv is made from (default: python3.11, else python3).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

kind=${1:-}
[[ $kind == demo || $kind == test ]] || { echo "usage: scripts/setup.sh demo|test" >&2; exit 2; }
VENV=.venv
SWIFTSHADER_ICD=/usr/lib/chromium/vk_swiftshader_icd.json

die() { printf 'setup.sh: error: %s\n' "$*" >&2; exit 1; }

# quietly STEP CMD...: run CMD with its output kept aside; show it only if CMD fails.
quietly() {
  local step=$1 log; shift
  log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then
    grep -v 'is ignored: it is neither a file nor a directory' "$log" >&2
    rm -f "$log"
    die "$step failed: $*"
  fi
  rm -f "$log"
}

hash_of() { cat "$@" | sha256sum | cut -d' ' -f1; }

# --- system packages -------------------------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
if [[ $kind == test ]]; then
  for package in chromium mesa-vulkan-drivers; do
    installed "$package" || missing+=("$package")
  done
fi
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  sudo=()
  if ((EUID != 0)); then
    command -v sudo >/dev/null || die "need root (or sudo) to install: ${missing[*]}"
    sudo=(sudo)
  fi
  echo "setup.sh: apt-get install ${missing[*]}" >&2
  quietly "apt-get update" "${sudo[@]}" apt-get update -q
  quietly "apt-get install" "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q "${missing[@]}"
fi
if [[ $kind == test ]]; then
  [[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing after installing chromium"
  [[ -f $SWIFTSHADER_ICD ]] || die "$SWIFTSHADER_ICD is missing (it comes with Debian's chromium)"
fi
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || die "Node >= 20 is needed (pyodide, playwright-core), found $(node --version)"

# --- npm --------------------------------------------------------------------------------------
npm_stamp=node_modules/.webllm-py-setup
npm_hash=$(hash_of package.json package-lock.json)
if [[ ! -f $npm_stamp || $(<"$npm_stamp") != "$npm_hash" ]]; then
  echo "setup.sh: npm ci" >&2
  # webgpu's only install script touches macOS file attributes; nothing needs running here.
  quietly "npm ci" npm ci --ignore-scripts --no-audit --no-fund
  echo "$npm_hash" >"$npm_stamp"
fi

# --- Python: .venv from the lock file ---------------------------------------------------------
if [[ ! -x $VENV/bin/python ]]; then
  python=${PYTHON:-$(command -v python3.11 || command -v python3 || true)}
  [[ -n $python ]] || die "no python3 found (set PYTHON=/path/to/python3.11)"
  "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
    || die "Python >= 3.11 is needed, $python is $("$python" --version 2>&1)"
  echo "setup.sh: creating $VENV with $("$python" --version 2>&1)" >&2
  quietly "venv" "$python" -m venv "$VENV"
fi
lock=requirements/$kind.txt
pip_stamp=$VENV/.webllm-py-$kind
pip_hash=$(hash_of "$lock" pyproject.toml)
if [[ ! -f $pip_stamp || $(<"$pip_stamp") != "$pip_hash" ]]; then
  echo "setup.sh: pip install -r $lock into $VENV" >&2
  quietly "pip install -r $lock" "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    --require-hashes --no-deps -r "$lock"
  quietly "pip install -e ." "$VENV/bin/python" -m pip install -q --disable-pip-version-check \
    --no-deps --no-build-isolation -e .
  echo "$pip_hash" >"$pip_stamp"
fi
