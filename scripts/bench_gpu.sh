#!/usr/bin/env bash
# One command for the GPU machine (issue 17): our bench through wgpu (CPython) and in Pyodide +
# Dawn (Node), and llama.cpp's llama-bench, on the same shapes, then one table.
#
# Here, first: bash scripts/prepare_gpu_carry.sh   (writes .gpu-carry/, ~42 MiB)
# There, with .gpu-carry carried:
#   bash scripts/bench_gpu.sh [--models LIST] [--stacks LIST] [--formats LIST] [--prompt N]
#                             [--decode N] [--budget SECONDS] [--no-build] [--keep-gguf]
# --models   comma-separated, default: llama-3.2-1b,llama-3.1-8b,qwen2.5-0.5b,gemma-2-2b
# --stacks   comma-separated, default: llama-cuda,llama-vulkan,wgpu,pyodide
# --formats  comma-separated weight formats to keep (default: all of each model's, see OURS and
#            GGUF below), e.g. q4f16_1,Q4_0 (a gguf-T format of ours needs T too)
# --budget   start no new job after this many seconds (the run stays inside a call's limit; a
#            second call on the same warm machine resumes: finished jobs are kept and skipped)
# What it does, each step skipped when already done (so a second call on the same warm machine
# goes on where the first stopped, and the table covers both):
#   1. sets up Node (+ node_modules), the Vulkan loader and libglvnd, and the wgpu wheels from the
#      carry, and logs the adapter wgpu finds;
#   2. measures the peak read bandwidth (PyTorch CUDA, sum of 1 GiB);
#   3. runs our bench for each model and weight format on both stacks (the gguf-* formats on
#      random-weight GGUF files from scripts/write_bench_gguf.py), then prints the table so far;
#   4. builds llama.cpp's llama-bench from the carried source (after our benches, so the build's
#      load never overlaps a measurement): CUDA for sm_90 only, and Vulkan if glslc and the Vulkan
#      headers are there (else it says so and goes on). It takes minutes of device time: a CUDA
#      llama-bench that an earlier run left in $OUT (llama-bench-cuda.xz), put into the carry
#      folder, is used instead; LLAMA_BUILD_TIMEOUT=SECONDS stops the build (a later call resumes);
#   5. runs llama-bench on each model's GGUF files: pp512 at depth 0, and tg128 at depth 0 and at
#      the prompt's depth (ours decodes after the prompt: the table compares at that depth);
#   6. prints the table (scripts/bench_gpu_table.py) and, if $OUT is set, copies it, the log and
#      a tarball of the raw results there.
# Raw results: build/gpu-bench/results/STACK__MODEL__FORMAT.{out,err}.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MODELS=llama-3.2-1b,llama-3.1-8b,qwen2.5-0.5b,gemma-2-2b
STACKS=llama-cuda,llama-vulkan,wgpu,pyodide
FORMATS=
PROMPT=512
DECODE=128
BUDGET=0
BUILD=1
KEEP_GGUF=0
CARRY=${CARRY:-.gpu-carry}
WORK=${WORK:-build/gpu-bench}
RUN_TIMEOUT=${RUN_TIMEOUT:-420}  # seconds for one bench job
# LLAMA_BUILD_TIMEOUT: seconds for the llama.cpp build (default: no limit)

die() { printf 'bench_gpu.sh: error: %s\n' "$*" >&2; exit 2; }
while (($#)); do
  case $1 in
    --models) MODELS=$2; shift ;;
    --stacks) STACKS=$2; shift ;;
    --formats) FORMATS=$2; shift ;;
    --prompt) PROMPT=$2; shift ;;
    --decode) DECODE=$2; shift ;;
    --budget) BUDGET=$2; shift ;;
    --no-build) BUILD=0 ;;
    --keep-gguf) KEEP_GGUF=1 ;;
    *) die "unknown argument $1 (see the comment at the top of $0)" ;;
  esac
  shift
done
[[ -d $CARRY ]] || die "$CARRY is missing: run scripts/prepare_gpu_carry.sh here and carry it"

# Weight formats per model: ours (q* = random weights of that format; gguf-T = our GGUF kernels
# on the file of type T) and llama.cpp's GGUF types. Each of ours is compared with the llama.cpp
# type of the same bits and group (q4*_1 and Q4_0: 32 weights and one scale; q0f16 and F16).
declare -A OURS=(
  [llama-3.2-1b]="q4f16_1 q4f32_1 gguf-Q4_0 gguf-Q4_K_M q0f16"
  [llama-3.1-8b]="q4f16_1 q4f32_1 gguf-Q4_0 gguf-Q4_K_M q0f16"
  [qwen2.5-0.5b]="q4f16_1 q4f32_1"
  [gemma-2-2b]="q4f16_1 q4f32_1"
)
declare -A GGUF=(
  [llama-3.2-1b]="Q4_0 Q4_K_M F16"
  [llama-3.1-8b]="Q4_0 Q4_K_M F16"
  [qwen2.5-0.5b]="Q4_0"
  [gemma-2-2b]="Q4_0"
)

mkdir -p "$WORK/results" "$WORK/bin" "$WORK/gguf"
RES=$WORK/results
LOG=$RES/bench_gpu.log
START=$SECONDS
log() { printf '[%4ds] %s\n' $((SECONDS - START)) "$*" | tee -a "$LOG" >&2; }
has() { [[ ,$2, == *,$1,* ]]; }
over_budget() { ((BUDGET > 0 && SECONDS - START >= BUDGET)); }

# --- 1. setup --------------------------------------------------------------------------------------
setup() {
  if [[ ! -x $WORK/bin/node ]]; then
    xz -dc "$CARRY/node.xz" >"$WORK/bin/node.part" && chmod +x "$WORK/bin/node.part" && mv "$WORK/bin/node.part" "$WORK/bin/node"
  fi
  [[ -e node_modules/webgpu/dist/linux-x64/dawn.node && -e node_modules/pyodide/pyodide.mjs ]] \
    || tar -xJf "$CARRY/node_modules.tar.xz"
  local deb icd=/usr/local/nvidia/share/vulkan/icd.d/nvidia_icd.json
  for deb in "$CARRY"/debs/*.deb; do dpkg -x "$deb" /; done  # as the device notes say: every run
  ldconfig
  if [[ -f $icd ]]; then
    export VK_DRIVER_FILES=$icd
  else
    log "no $icd; Vulkan driver manifests here: $(ls /usr/share/vulkan/icd.d /etc/vulkan/icd.d /usr/local/nvidia/share/vulkan/icd.d 2>&1 | tr '\n' ' ')"
  fi
  export PYTHONPATH=$(realpath -m "$WORK/site")${PYTHONPATH:+:$PYTHONPATH}
  if ! python3 -c 'import wgpu' 2>/dev/null; then
    python3 -m pip install -q --no-index --no-deps --no-compile --find-links "$CARRY/wheels" \
      --target "$WORK/site" wgpu cffi pycparser rendercanvas >>"$LOG" 2>&1 || log "pip install of the wheels failed"
  fi
  export PATH=$(realpath -m "$WORK/bin"):$PATH
  [[ -d /usr/local/cuda/bin ]] && export PATH=$PATH:/usr/local/cuda/bin
  log "setup: $(node --version 2>&1), $(python3 --version 2>&1), wgpu $(python3 -c 'import wgpu; print(wgpu.__version__)' 2>&1 | tail -1)"
  log "loaders: $(ldconfig -p | grep -oE 'lib(vulkan|GLX_nvidia|GLdispatch)\.so\.[0-9]+ ' | sort -u | tr -d '\n')"
  log "wgpu adapter: $(python3 -c 'import wgpu; i = wgpu.gpu.request_adapter_sync().info; print(i["device"], i["backend_type"])' 2>&1 | grep -v '^ *$' | tail -1)"
  nvidia-smi --query-gpu=name,driver_version,memory.total --format=csv,noheader >"$RES/gpu.txt" 2>>"$LOG"
  log "GPU: $(cat "$RES/gpu.txt")"
}

# --- 2. llama.cpp ----------------------------------------------------------------------------------
LLAMA_FLAGS=(-G Ninja -DCMAKE_BUILD_TYPE=Release -DBUILD_SHARED_LIBS=OFF -DGGML_CCACHE=OFF -DGGML_NATIVE=ON
             -DLLAMA_BUILD_TESTS=OFF -DLLAMA_BUILD_EXAMPLES=OFF -DLLAMA_BUILD_SERVER=OFF -DLLAMA_BUILD_APP=OFF
             -DLLAMA_OPENSSL=OFF)

build_llama() {  # build_llama NAME CMAKE_FLAGS...: $WORK/llama-NAME/bin/llama-bench, or a reason in $RES/llama-NAME.skipped
  local name=$1 dir=$WORK/llama-$1; shift
  [[ -x $dir/bin/llama-bench ]] && return 0
  if [[ -s $CARRY/llama-bench-$name.xz ]]; then
    mkdir -p "$dir/bin" && xz -dc "$CARRY/llama-bench-$name.xz" >"$dir/bin/llama-bench" && chmod +x "$dir/bin/llama-bench"
    if "$dir/bin/llama-bench" --version >"$RES/llama-$name.build.log" 2>&1; then
      log "llama.cpp $name: the carried llama-bench-$name.xz (built by an earlier run of this script)"
      return 0
    fi
    rm -f "$dir/bin/llama-bench"
    log "llama.cpp $name: the carried llama-bench-$name.xz does not run here; building"
  fi
  [[ -f $WORK/llama.cpp/CMakeLists.txt ]] || tar -xJf "$CARRY/llama.cpp.tar.xz" -C "$WORK"
  local t0=$SECONDS blog=$RES/llama-$name.build.log rc
  cmake -S "$WORK/llama.cpp" -B "$dir" "${LLAMA_FLAGS[@]}" "$@" >>"$blog" 2>&1 \
    && timeout "${LLAMA_BUILD_TIMEOUT:-0}" ninja -C "$dir" -j"$(nproc)" llama-bench >>"$blog" 2>&1
  rc=$?
  if ((rc == 0)); then
    log "llama.cpp $name: built in $((SECONDS - t0)) s"
    BUILT+=("$name")
    rm -f "$RES/llama-$name.skipped"
  elif ((rc == 124)); then  # LLAMA_BUILD_TIMEOUT: a later run on the same machine goes on from here
    log "llama.cpp $name: build stopped by LLAMA_BUILD_TIMEOUT after $((SECONDS - t0)) s at $(grep -o '^\[[0-9]*/[0-9]*\]' "$blog" | tail -1)"
    echo "build not finished within LLAMA_BUILD_TIMEOUT=$LLAMA_BUILD_TIMEOUT s" >"$RES/llama-$name.skipped"
  else
    log "llama.cpp $name: build failed after $((SECONDS - t0)) s (see $blog)"
    { echo "build failed:"; grep -m3 -iE 'error|could not find' "$blog"; } >"$RES/llama-$name.skipped"
  fi
  return $rc
}

build_all() {
  if has llama-cuda "$STACKS"; then
    if command -v nvcc >/dev/null; then
      build_llama cuda -DGGML_CUDA=ON -DCMAKE_CUDA_ARCHITECTURES=90
    else
      echo "no nvcc on this machine" >"$RES/llama-cuda.skipped"
    fi
  fi
  if has llama-vulkan "$STACKS"; then
    local missing=()
    command -v glslc >/dev/null || missing+=(glslc)
    [[ -f /usr/include/vulkan/vulkan.hpp ]] || missing+=("Vulkan headers (vulkan/vulkan.hpp)")
    if ((${#missing[@]})); then
      echo "not built: no ${missing[*]} on this machine" >"$RES/llama-vulkan.skipped"
      log "llama.cpp vulkan: not built, this machine has no ${missing[*]}"
    else
      build_llama vulkan -DGGML_VULKAN=ON
    fi
  fi
}

# --- 3. peak read bandwidth ------------------------------------------------------------------------
peak() {
  [[ -s $RES/peak.json ]] && return
  python3 - >"$RES/peak.json" 2>>"$LOG" <<'EOF'
import json, torch
x = torch.ones(1 << 28, device="cuda")  # 1 GiB of float32
for _ in range(5):
    x.sum()
start, end = torch.cuda.Event(enable_timing=True), torch.cuda.Event(enable_timing=True)
start.record()
for _ in range(50):
    x.sum()
end.record()
torch.cuda.synchronize()
print(json.dumps({"peak_read_gb_s": round(x.nbytes * 50 / (start.elapsed_time(end) / 1e3) / 1e9, 1),
                  "how": "PyTorch CUDA x.sum() of 1 GiB float32, 50 times", "gpu": torch.cuda.get_device_name()}))
EOF
  log "peak read: $(cat "$RES/peak.json")"
}

# --- 4. benches ------------------------------------------------------------------------------------
done_already() { [[ -s $1 ]] && grep -q '^{' "$1"; }

run_job() {  # run_job STACK MODEL FORMAT CMD...: stdout to .out, stderr to .err
  local id="$1__$2__$3"; shift 3
  done_already "$RES/$id.out" && return
  if over_budget; then log "$id: not started, over the budget"; return; fi
  local t0=$SECONDS
  timeout "$RUN_TIMEOUT" "$@" >"$RES/$id.out" 2>"$RES/$id.err"
  local rc=$?
  ((rc == 124)) && echo "timed out after $RUN_TIMEOUT s" >>"$RES/$id.err"
  log "$id: exit $rc in $((SECONDS - t0)) s"
}

OURS_NATIVE='import asyncio, json, sys
from webllm_py.bench import run_bench
from webllm_py.gpu import request_device
model, prompt, decode, quantization = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
async def main():
    print(json.dumps(await run_bench(await request_device(), model, prompt, decode, quantization=quantization)))
asyncio.run(main())'

wanted() { [[ -z $FORMATS ]] || has "$1" "$FORMATS"; }

gguf_file() {  # gguf_file MODEL TYPE: the path of its random-weight file, written when missing
  local f=$WORK/gguf/$1-$2.gguf
  [[ -s $f ]] || python3 scripts/write_bench_gguf.py "$1" "$2" "$f" 2>>"$LOG" || log "writing $f failed"
  echo "$f"
}

ours_model() {
  local model=$1 fmt arg quant
  for fmt in ${OURS[$model]}; do
    wanted "$fmt" || continue
    arg=$model quant=$fmt
    [[ $fmt == gguf-* ]] && arg=$(gguf_file "$model" "${fmt#gguf-}") quant=q0f32
    has wgpu "$STACKS" && run_job wgpu "$model" "$fmt" python3 -c "$OURS_NATIVE" "$arg" "$PROMPT" "$DECODE" "$quant"
    [[ $fmt == gguf-* ]] && arg=/project/$arg  # bench_pyodide.mjs mounts the checkout at /project
    has pyodide "$STACKS" && run_job pyodide "$model" "$fmt" node scripts/bench_pyodide.mjs "$arg" "$PROMPT" "$DECODE" "$quant"
  done
}

llama_model() {
  local model=$1 t f s
  for t in ${GGUF[$model]}; do
    wanted "$t" || continue
    for s in cuda vulkan; do
      has "llama-$s" "$STACKS" && [[ -x $WORK/llama-$s/bin/llama-bench ]] || continue
      done_already "$RES/llama-${s}__${model}__${t}.out" || over_budget && continue
      f=$(gguf_file "$model" "$t")
      run_job "llama-$s" "$model" "$t" "$WORK/llama-$s/bin/llama-bench" -m "$f" -p "$PROMPT" -n "$DECODE" \
        -d "0,$PROMPT" -r 5 -o jsonl
    done
  done
  ((KEEP_GGUF)) || rm -f "$WORK/gguf/$model"-*.gguf
}

report() {  # the table so far, on stdout and (with the log and the raw results) in $OUT
  { echo "prompt=$PROMPT decode=$DECODE"; cat "$CARRY/llama.cpp.commit" 2>/dev/null; date -u +%F; } >"$RES/run.txt"
  python3 scripts/bench_gpu_table.py "$RES" | tee "$RES/table.md"
  if [[ -n ${OUT:-} ]]; then
    cp "$RES/table.md" "$LOG" "$OUT/" 2>/dev/null
    tar -czf "$OUT/bench-results.tar.gz" -C "$WORK" results
  fi
}

main() {
  for model in ${MODELS//,/ }; do
    [[ -n ${OURS[$model]:-} ]] || die "unknown model $model: known ones are ${!OURS[*]}"
  done
  # Ours first: the llama.cpp build keeps every core busy for minutes and must not overlap a bench.
  BUILT=()
  setup
  peak
  for model in ${MODELS//,/ }; do ours_model "$model"; done
  report
  ((BUILD)) && ! over_budget && build_all
  if [[ -n ${OUT:-} ]]; then
    for name in "${BUILT[@]}"; do  # for a later run's carry (see step 2)
      xz -T0 -6 -c "$WORK/llama-$name/bin/llama-bench" >"$OUT/llama-bench-$name.xz"
    done
  fi
  for model in ${MODELS//,/ }; do llama_model "$model"; done
  report
  log "done"
}

# Sourced (tests), it only defines the steps above.
[[ ${BASH_SOURCE[0]} != "$0" ]] || main
