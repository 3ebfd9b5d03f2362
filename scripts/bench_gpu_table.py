"""Merge the raw outputs of scripts/bench_gpu.sh into one Markdown table.

Reads a results folder: `STACK__MODEL__FORMAT.out` (+ `.err`) per job, where STACK is `wgpu` or
`pyodide` (our bench: its JSON line) or `llama-cuda` / `llama-vulkan` (llama-bench's JSON lines);
`gpu.txt` (nvidia-smi's name, driver, memory), `peak.json` (the measured peak read bandwidth),
`run.txt` (prompt and decode lengths, llama.cpp's commit, the date) and `llama-*.skipped`.

Our JSON is read generically: tokens/s, host and submit ms per decode step, dispatches per
token when present, and any dict-valued field whose name has `kernel` in it as GPU ms per token
by kernel class.  llama.cpp's decode bandwidth counts the bytes of its file's tensors that a
token reads (from `write_bench_gguf.plan`, so no file is needed) plus its f16 KV cache.

    python scripts/bench_gpu_table.py build/gpu-bench/results
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from write_bench_gguf import SHAPES, plan  # noqa: E402

STACKS = {"llama-cuda": "llama.cpp CUDA", "llama-vulkan": "llama.cpp Vulkan",
          "wgpu": "ours, wgpu", "pyodide": "ours, Pyodide + Dawn"}
# our weight format -> the llama.cpp file type it is compared with
REFERENCE = {"q4f16_1": "Q4_0", "q4f32_1": "Q4_0", "gguf-Q4_0": "Q4_0", "gguf-Q4_K_M": "Q4_K_M",
             "q0f16": "F16", "q0f32": "F16"}
GROUPS = ["Q4_0", "Q4_K_M", "Q8_0", "F16"]


@dataclass
class Row:
    """One measured job, or one that failed (`error` set)."""

    stack: str
    model: str
    fmt: str
    prefill: float | None = None
    decode: float | None = None
    gb_per_token: float | None = None
    host_ms: float | None = None
    submit_ms: float | None = None
    dispatches: float | None = None
    kernel_ms: dict[str, float] = field(default_factory=dict)
    decode_depth0: float | None = None
    device: str = ""
    error: str = ""

    @property
    def reference(self) -> str:
        return self.fmt if self.stack.startswith("llama") else REFERENCE.get(self.fmt, "")


def _last_json(text: str) -> dict | None:
    for line in reversed(text.splitlines()):
        if line.startswith("{"):
            try:
                return json.loads(line)
            except json.JSONDecodeError:
                return None
    return None


def _error(err: Path) -> str:
    """The line of a failed job's stderr that names the error: the last `SomethingError: ...` (Node
    prints its version after a Python traceback), else the last line."""
    lines = [line.strip() for line in err.read_text(errors="replace").splitlines() if line.strip()] if err.exists() else []
    named = [line for line in lines if re.match(r"[\w.]*(Error|Exception)\b.*:", line)]
    return (named or lines or ["no output"])[-1][:200]


def kv_bytes_per_token(model: str, positions: float, bytes_per_value: int = 2) -> float:
    """KV cache bytes one decode step reads at `positions` earlier tokens (f16 by default)."""
    c = SHAPES[model]
    per_position = 2 * c.num_key_value_heads * c.head_dim * bytes_per_value
    return sum(min(positions, c.window(i) or positions) * per_position for i in range(c.num_hidden_layers))


def gguf_bytes_per_token(model: str, file_type: str, positions: float) -> float:
    """Bytes a llama.cpp decode step reads: every tensor but the embedding (unless it is also the
    output matrix), plus its KV cache."""
    _, tensors = plan(SHAPES[model], file_type)
    names = {t.name for t in tensors}
    weights = sum(t.nbytes for t in tensors
                  if t.name != "token_embd.weight" or "output.weight" not in names)
    return weights + kv_bytes_per_token(model, positions)


def _ours(row: Row, r: dict) -> None:
    row.prefill, row.decode = r.get("prefill_tok_s"), r.get("decode_tok_s")
    if r.get("gb_read_per_token") is not None:
        row.gb_per_token = r["gb_read_per_token"] * 1e9
    row.host_ms = r.get("host_ms_per_decode_step")
    row.submit_ms = r.get("submit_ms_per_decode_step")
    row.dispatches = r.get("dispatches_per_token")
    row.device = str(r.get("device", ""))
    row.kernel_ms = {str(k): float(v) for k, v in r.get("decode_kernel_ms", {}).items()}


def _llama(row: Row, text: str, prompt: int, decode: int) -> None:
    tests = [json.loads(line) for line in text.splitlines() if line.startswith("{")]
    prefill = [t["avg_ts"] for t in tests if (t["n_prompt"], t["n_gen"], t["n_depth"]) == (prompt, 0, 0)]
    tg = {t["n_depth"]: t["avg_ts"] for t in tests if t["n_prompt"] == 0 and t["n_gen"] == decode}
    depth = prompt if prompt in tg else 0  # ours decodes after the prompt: compare at that depth
    row.prefill, row.decode = (prefill or [None])[0], tg.get(depth)
    row.decode_depth0 = tg.get(0) if depth else None
    if tests:
        row.device = f"{tests[0].get('backends', '')}: {tests[0].get('gpu_info', '')}"
    if row.decode is not None and row.model in SHAPES:
        row.gb_per_token = gguf_bytes_per_token(row.model, row.fmt, depth + decode / 2)


def load(results: Path, prompt: int, decode: int) -> list[Row]:
    """Every job of a results folder, measured or failed."""
    rows = []
    for out in sorted(results.glob("*__*__*.out")):
        stack, model, fmt = out.stem.split("__")
        row = Row(stack, model, fmt)
        text = out.read_text(errors="replace")
        if stack.startswith("llama"):
            _llama(row, text, prompt, decode)
        elif (r := _last_json(text)) is not None:
            _ours(row, r)
        if row.prefill is None and row.decode is None:
            row.error = _error(out.with_suffix(".err"))
        rows.append(row)
    return rows


def _num(v: float | None, digits: int = 1) -> str:
    return "–" if v is None else f"{v:,.{digits}f}"


def _share(ours: float | None, ref: float | None) -> str:
    return "–" if ours is None or not ref else f"{100 * ours / ref:.0f}%"


def _order(rows: list[Row], models: list[str]) -> list[Row]:
    stacks = list(STACKS)
    fmts = list(REFERENCE)
    return sorted(rows, key=lambda r: (models.index(r.model) if r.model in models else len(models), r.model,
                                       GROUPS.index(r.reference) if r.reference in GROUPS else len(GROUPS),
                                       not r.stack.startswith("llama"),
                                       fmts.index(r.fmt) if r.fmt in fmts else -1,
                                       stacks.index(r.stack) if r.stack in stacks else len(stacks)))


def render(rows: list[Row], peak_gb_s: float | None, title: str, models: list[str] | None = None,
           notes: list[str] | None = None) -> str:
    """The Markdown table (one line per measured job), then notes: failures and extras."""
    measured = [r for r in rows if not r.error]
    reference = {(r.model, r.fmt): r for r in measured if r.stack == "llama-cuda"}
    head = ["model", "weights", "stack", "prefill tok/s", "decode tok/s", "decode GB/s", "of peak",
            "host ms/step", "submit ms/step", "dispatches/token", "GPU ms/token by kernel class",
            "prefill vs llama.cpp", "decode vs llama.cpp"]
    lines = [title, "", "| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in _order(measured, models or []):
        gb_s = r.gb_per_token * r.decode / 1e9 if r.gb_per_token and r.decode else None
        ref = reference.get((r.model, r.reference)) if r.stack != "llama-cuda" else None
        kernels = ", ".join(f"{k} {v:.2f}" for k, v in sorted(r.kernel_ms.items(), key=lambda kv: -kv[1]))
        weights = r.fmt.replace("gguf-", "GGUF ") + (" (random)" if r.fmt.startswith("q") else "")
        cells = [r.model, weights, STACKS.get(r.stack, r.stack), _num(r.prefill), _num(r.decode, 1), _num(gb_s, 0),
                 _share(gb_s, peak_gb_s), _num(r.host_ms, 2), _num(r.submit_ms, 2), _num(r.dispatches, 0),
                 kernels or "–", _share(r.prefill, ref and ref.prefill), _share(r.decode, ref and ref.decode)]
        lines.append("| " + " | ".join(cells) + " |")
    extra = list(notes or [])
    extra += [f"llama.cpp {STACKS[r.stack].split()[-1]} {r.model} {r.fmt}: tg at depth 0: {r.decode_depth0:,.1f} tok/s"
              for r in _order(measured, models or []) if r.decode_depth0 is not None]
    extra += [f"not measured: {STACKS.get(r.stack, r.stack)} {r.model} {r.fmt}: {r.error}" for r in rows if r.error]
    devices = sorted({f"{STACKS.get(r.stack, r.stack)}: {r.device}" for r in measured if r.device})
    extra += [f"device seen by {d}" for d in devices]
    if extra:
        lines += [""] + [f"- {n}" for n in extra]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1 or not Path(args[0]).is_dir():
        print("usage: python scripts/bench_gpu_table.py RESULTS_DIR", file=sys.stderr)
        return 2
    res = Path(args[0])
    run = (res / "run.txt").read_text().split() if (res / "run.txt").exists() else []
    settings = dict(w.split("=", 1) for w in run if "=" in w)
    prompt, decode = int(settings.get("prompt", 512)), int(settings.get("decode", 128))
    commit = next((w for w in run if len(w) == 40 and "=" not in w), "unknown")
    date = next((w for w in run if w.count("-") == 2 and w[:4].isdigit()), "undated")
    peak = json.loads((res / "peak.json").read_text()) if (res / "peak.json").exists() else {}
    gpu = (res / "gpu.txt").read_text().strip() if (res / "gpu.txt").exists() else "unknown GPU"
    peak_gb_s = peak.get("peak_read_gb_s")
    title = (f"Measured {date} on {gpu} (name, driver, memory), one run of scripts/bench_gpu.sh: prompt {prompt} "
             f"tokens, then {decode} decode steps after it. Peak read bandwidth {_num(peak_gb_s, 0)} GB/s "
             f"({peak.get('how', 'not measured')}). llama.cpp {commit[:10]} llama-bench (mean of 5): pp{prompt}, "
             f"tg{decode} at depth {prompt}. Decode GB/s: the bytes a step reads (weights + KV cache) x tok/s.")
    notes = [f"llama.cpp {p.stem.removeprefix('llama-')}: {p.read_text().strip()}" for p in sorted(res.glob("llama-*.skipped"))]
    models = list(SHAPES)
    print(render(load(res, prompt, decode), peak_gb_s, title, models, notes), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
