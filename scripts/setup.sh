#!/usr/bin/env bash
# Installs what the tests need on a fresh Debian machine; cheap to run again (each step is
# skipped when already done). Quiet on success; on failure prints the failing step's output.
#   - apt: chromium (headless browser, ships SwiftShader for WebGPU), mesa-vulkan-drivers,
#          nodejs/npm when node is missing (Node >= 20 is required)
#   - npm ci (package-lock.json) when node_modules is missing or out of date
#   - pip install -e '.[dev]' -r requirements-dev.txt when those files or the interpreter changed
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON=${PYTHON:-python}
SWIFTSHADER_ICD=/usr/lib/chromium/vk_swiftshader_icd.json

die() { printf 'setup.sh: error: %s\n' "$*" >&2; exit 1; }

# quietly STEP CMD...: run CMD with its output kept aside; show it only if CMD fails.
quietly() {
  local step=$1 log; shift
  log=$(mktemp)
  if ! "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    die "$step failed: $*"
  fi
  rm -f "$log"
}

hash_of() { cat "$@" | sha256sum | cut -d' ' -f1; }

# --- system packages -------------------------------------------------------------------------
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }
missing=()
for package in chromium mesa-vulkan-drivers; do
  installed "$package" || missing+=("$package")
done
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
[[ -x /usr/bin/chromium ]] || die "/usr/bin/chromium is missing after installing chromium"
[[ -f $SWIFTSHADER_ICD ]] || die "$SWIFTSHADER_ICD is missing (it comes with Debian's chromium)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
((node_major >= 20)) || die "Node >= 20 is needed (playwright-core), found $(node --version)"

# --- npm --------------------------------------------------------------------------------------
npm_stamp=node_modules/.webllm-py-setup
npm_hash=$(hash_of package.json package-lock.json)
if [[ ! -f $npm_stamp || $(<"$npm_stamp") != "$npm_hash" ]]; then
  echo "setup.sh: npm ci" >&2
  # webgpu's only install script touches macOS file attributes; nothing needs running here.
  quietly "npm ci" npm ci --ignore-scripts --no-audit --no-fund
  echo "$npm_hash" >"$npm_stamp"
fi

# --- pip --------------------------------------------------------------------------------------
# The stamp lives in the interpreter's site-packages: another environment installs afresh.
site_packages=$("$PYTHON" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')
pip_stamp=$site_packages/.webllm-py-setup
pip_hash=$(hash_of pyproject.toml requirements-dev.txt)
if [[ ! -f $pip_stamp || $(<"$pip_stamp") != "$pip_hash" ]]; then
  echo "setup.sh: pip install -e '.[dev]' -r requirements-dev.txt" >&2
  quietly "pip install" "$PYTHON" -m pip install -q -e '.[dev]' -r requirements-dev.txt
  echo "$pip_hash" >"$pip_stamp"
fi
