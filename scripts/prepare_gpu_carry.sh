#!/usr/bin/env bash
# Prepares, on a machine with the package registries, everything scripts/bench_gpu.sh needs on
# the GPU machine, which has no network, no Node and no Vulkan loader. Writes .gpu-carry/
# (ignored by git, and outside build/, which setuptools' wheel builds clear; name that one folder
# in the device call's `carry`):
#   llama.cpp.tar.xz        llama.cpp's source at a pinned commit, only what llama-bench's build
#                           reads (from the llama-cpp-python sdist on PyPI, whose vendor/llama.cpp
#                           is a git checkout: `git archive` of the pinned commit)
#   node.xz                 this machine's Node binary (x86-64 Linux), xz-compressed
#   node_modules.tar.xz     npm `pyodide` (+ `ws`) and `webgpu` with only its linux-x64 dawn.node
#   debs/                   Debian's Vulkan loader and the GL vendor-neutral libraries (amd64), the
#                           set the device notes name: the NVIDIA Vulkan driver (libGLX_nvidia)
#                           needs libglvnd's libraries, which the GPU machine's image may lack
#   wheels/                 wgpu and its pure/binary dependencies; cffi for cp311-cp313, so pip
#                           picks the one for whatever Python the GPU machine has
#   MANIFEST                what is inside, with versions and sha256 sums
# Each part is made only when missing, so running it again is cheap. Total must stay under the
# device call's 64 MiB (the checkout itself travels too): the script fails above 56 MiB.
#   bash scripts/prepare_gpu_carry.sh [OUT_DIR]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

OUT=${1:-.gpu-carry}
PY=${PYTHON:-.venv/bin/python}
LLAMA_CPP_PYTHON=0.3.36
LLAMA_CPP_PYTHON_SHA256=832db0699007f1be95a7e41ef12e88926b02ba836461e36a36372db2760c1a2e
LLAMA_CPP_COMMIT=0c1e57098bba43ac29e6e3b677cdceebdd22334f  # 2026-10-01, vendored by that sdist
WHEELS=(wgpu==0.32.0 pycparser==3.12 rendercanvas==2.7.2)
CFFI=cffi==2.1.1
CFFI_PYTHONS=(3.11 3.12 3.13)
DEBS=(libvulkan1 libglvnd0 libgl1 libglx0 libegl1 libopengl0 libgles2)
MAX_MIB=56
# What llama-bench's CMake build reads: the server, its web UI and the other GGML backends'
# sources stay behind (LLAMA_BUILD_SERVER=OFF; a backend's folder is read only when enabled).
LLAMA_PATHS=(CMakeLists.txt LICENSE licenses cmake common include src vendor ggml tools
             ':!tools/ui' ':!tools/server' ':!ggml/src/ggml-sycl' ':!ggml/src/ggml-opencl'
             ':!ggml/src/ggml-hexagon' ':!ggml/src/ggml-metal' ':!ggml/src/ggml-et' ':!ggml/src/ggml-cann'
             ':!ggml/src/ggml-openvino' ':!ggml/src/ggml-webgpu' ':!ggml/src/ggml-virtgpu'
             ':!ggml/src/ggml-musa' ':!ggml/src/ggml-zdnn' ':!ggml/src/ggml-hip' ':!ggml/src/ggml-rpc'
             ':!ggml/src/ggml-blas' ':!ggml/src/ggml-zendnn')

die() { printf 'prepare_gpu_carry.sh: error: %s\n' "$*" >&2; exit 1; }
say() { printf 'prepare_gpu_carry.sh: %s\n' "$*" >&2; }
mkdir -p "$OUT"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# --- llama.cpp source ---------------------------------------------------------------------------
if [[ ! -s $OUT/llama.cpp.tar.xz ]]; then
  say "llama.cpp $LLAMA_CPP_COMMIT from llama-cpp-python==$LLAMA_CPP_PYTHON's sdist"
  # pip download also builds the sdist's metadata, which needs its build backend: isolated, quiet
  "$PY" -m pip download -q --no-deps --no-binary :all: -d "$tmp" "llama-cpp-python==$LLAMA_CPP_PYTHON" \
    >"$tmp/pip.log" 2>&1 || { cat "$tmp/pip.log" >&2; die "pip download llama-cpp-python failed"; }
  sdist=$tmp/llama_cpp_python-$LLAMA_CPP_PYTHON.tar.gz
  echo "$LLAMA_CPP_PYTHON_SHA256  $sdist" | sha256sum -c --quiet - || die "sha256 mismatch: $sdist"
  tar -xzf "$sdist" -C "$tmp"
  repo=$tmp/llama_cpp_python-$LLAMA_CPP_PYTHON/vendor/llama.cpp
  git -C "$repo" cat-file -e "$LLAMA_CPP_COMMIT^{commit}" || die "commit $LLAMA_CPP_COMMIT not in the sdist"
  git -C "$repo" archive --format=tar --prefix=llama.cpp/ "$LLAMA_CPP_COMMIT" -- "${LLAMA_PATHS[@]}" \
    | xz -T0 -9 >"$OUT/llama.cpp.tar.xz.part"
  mv "$OUT/llama.cpp.tar.xz.part" "$OUT/llama.cpp.tar.xz"
  echo "$LLAMA_CPP_COMMIT" >"$OUT/llama.cpp.commit"
fi

# --- Node and the npm packages ------------------------------------------------------------------
if [[ ! -s $OUT/node.xz ]]; then
  node=$(command -v node) || die "no node on PATH"
  say "node $("$node" --version) from $node"
  xz -T0 -6 -c "$(readlink -f "$node")" >"$OUT/node.xz.part"
  mv "$OUT/node.xz.part" "$OUT/node.xz"
fi
if [[ ! -s $OUT/node_modules.tar.xz ]]; then
  for p in pyodide ws webgpu/dist/linux-x64/dawn.node; do
    [[ -e node_modules/$p ]] || die "node_modules/$p is missing: run bash scripts/setup.sh test first"
  done
  say "node_modules: pyodide, ws, webgpu (linux-x64)"
  tar -cf - node_modules/pyodide node_modules/ws node_modules/webgpu/package.json \
      node_modules/webgpu/index.js node_modules/webgpu/dist/linux-x64 | xz -T0 -6 >"$OUT/node_modules.tar.xz.part"
  mv "$OUT/node_modules.tar.xz.part" "$OUT/node_modules.tar.xz"
fi

# --- Vulkan loader and GL vendor-neutral libraries -------------------------------------------------
if [[ ! -d $OUT/debs ]]; then
  say "${DEBS[*]} (amd64) from Debian"
  mkdir -p "$tmp/apt/partial" "$tmp/debs"
  apt=(-oAPT::Architecture=amd64 -oAPT::Architectures=amd64 -oDir::State::Lists="$tmp/apt")
  apt-get "${apt[@]}" update -qq >/dev/null 2>&1 || die "apt-get update (amd64 lists) failed"
  (cd "$tmp/debs" && apt-get "${apt[@]}" download -qq "${DEBS[@]}" >/dev/null 2>&1) \
    || die "apt-get download ${DEBS[*]} failed"
  mv "$tmp/debs" "$OUT/debs"
fi

# --- wheels ---------------------------------------------------------------------------------------
if [[ ! -d $OUT/wheels ]]; then
  say "wheels: ${WHEELS[*]} $CFFI (cp${CFFI_PYTHONS[*]//./})"
  platforms=(--platform manylinux_2_28_x86_64 --platform manylinux_2_17_x86_64 --platform manylinux2014_x86_64)
  mkdir -p "$tmp/wheels"
  "$PY" -m pip download -q --no-deps --only-binary=:all: "${platforms[@]}" -d "$tmp/wheels" "${WHEELS[@]}" \
    2>"$tmp/pip.log" || { cat "$tmp/pip.log" >&2; die "pip download of the wheels failed"; }
  for v in "${CFFI_PYTHONS[@]}"; do
    "$PY" -m pip download -q --no-deps --only-binary=:all: "${platforms[@]}" --python-version "$v" \
      --implementation cp -d "$tmp/wheels" "$CFFI" 2>"$tmp/pip.log" \
      || { cat "$tmp/pip.log" >&2; die "pip download $CFFI for Python $v failed"; }
  done
  mv "$tmp/wheels" "$OUT/wheels"
fi

# --- manifest and size ----------------------------------------------------------------------------
{
  echo "llama-cpp-python==$LLAMA_CPP_PYTHON sdist sha256 $LLAMA_CPP_PYTHON_SHA256, llama.cpp $LLAMA_CPP_COMMIT"
  (cd "$OUT" && find . -type f ! -name MANIFEST ! -name '*.part' | sort | xargs sha256sum)
} >"$OUT/MANIFEST"
mib=$(du -sm "$OUT" | cut -f1)
((mib <= MAX_MIB)) || die "$OUT is $mib MiB, over $MAX_MIB MiB"
say "$OUT: $mib MiB"
