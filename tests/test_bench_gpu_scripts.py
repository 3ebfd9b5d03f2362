"""The CPU-side parts of scripts/bench_gpu.sh (issue 17): the random-weight GGUF writer, read back
by our reader, gguf-py and our loader; the table merger on sample outputs; the carry's manifest
and size check; the bench script's argument errors."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import gguf
import numpy as np
import pytest
from gguf.quants import dequantize

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

import bench_gpu_table as table  # noqa: E402
import write_bench_gguf as writer  # noqa: E402

from webllm_py.bench import SHAPES  # noqa: E402
from webllm_py.loading.gguf import gguf_hf_config  # noqa: E402
from webllm_py.weights.gguf import read_gguf  # noqa: E402

TINY = {
    "llama": replace(SHAPES["llama-3.2-1b"], vocab_size=300, hidden_size=256, intermediate_size=512,
                     num_hidden_layers=8, num_attention_heads=4, num_key_value_heads=2, head_dim=64),
    "qwen2": replace(SHAPES["qwen2.5-0.5b"], vocab_size=300, hidden_size=256, intermediate_size=512,
                     num_hidden_layers=2, num_attention_heads=4, num_key_value_heads=2, head_dim=64),
    "gemma2": replace(SHAPES["gemma-2-2b"], vocab_size=300, hidden_size=256, intermediate_size=512,
                      num_hidden_layers=2, num_attention_heads=2, num_key_value_heads=1, head_dim=128,
                      layer_windows=(64, 0), query_pre_attn_scalar=128),
}


def _write(tmp_path: Path, family: str, file_type: str) -> Path:
    meta, tensors = writer.plan(TINY[family], file_type)
    path = tmp_path / f"{family}-{file_type}.gguf"
    size = writer.write_gguf(path, meta, tensors, seed=1)
    assert size == path.stat().st_size and not path.with_name(path.name + ".part").exists()
    return path


@pytest.mark.parametrize("file_type", ["Q4_0", "Q4_K_M", "F16"])
@pytest.mark.parametrize("family", list(TINY))
def test_written_gguf_reads_back_as_planned(tmp_path, family, file_type):
    path = _write(tmp_path, family, file_type)
    meta, tensors = writer.plan(TINY[family], file_type)
    ours = read_gguf(path)
    assert {k: v for k, v in ours.metadata.items() if k in meta} == pytest.approx(meta)
    assert [(t.name, t.ggml_type, t.nbytes) for t in ours.tensors.values()] == \
        [(t.name, t.ggml_type, t.nbytes) for t in tensors]
    theirs = gguf.GGUFReader(path)
    assert [t.name for t in theirs.tensors] == [t.name for t in tensors]
    for t, spec in zip(theirs.tensors, tensors):
        assert t.tensor_type.name == spec.ggml_type
        values = dequantize(t.data, t.tensor_type)
        assert values.shape == spec.shape and np.isfinite(values).all(), t.name
        if len(spec.shape) == 2:  # random and small, so nothing overflows through the layers
            assert 0.01 < np.abs(values).max() < 0.2 and values.std() > 0.005, t.name
    # the config our loader derives from the metadata is the shape's
    c, hf = TINY[family], gguf_hf_config(ours)
    assert (hf["model_type"], hf["vocab_size"], hf["hidden_size"], hf["intermediate_size"], hf["num_hidden_layers"],
            hf["num_attention_heads"], hf["num_key_value_heads"], hf["head_dim"], hf["tie_word_embeddings"]) == \
        (c.model_type, c.vocab_size, c.hidden_size, c.intermediate_size, c.num_hidden_layers,
         c.num_attention_heads, c.num_key_value_heads, c.head_dim, c.tie_word_embeddings)
    assert hf["rope_theta"] == pytest.approx(c.rope_theta)


def test_quantized_file_types_follow_llama_quantize():
    c = replace(TINY["llama"], tie_word_embeddings=False)
    types = {t.name: t.ggml_type for t in writer.plan(c, "Q4_K_M")[1]}
    more_bits = [i for i in range(8) if types[f"blk.{i}.attn_v.weight"] == "Q6_K"]
    assert more_bits == [0, 3, 6, 7]  # i < n/8, i >= 7n/8, (i - n/8) % 3 == 2
    assert [i for i in range(8) if types[f"blk.{i}.ffn_down.weight"] == "Q6_K"] == more_bits
    assert types["output.weight"] == "Q6_K" and types["token_embd.weight"] == "Q4_K"
    assert types["blk.0.attn_q.weight"] == types["blk.0.ffn_up.weight"] == "Q4_K"
    tied = {t.name: t.ggml_type for t in writer.plan(TINY["llama"], "Q4_0")[1]}
    assert tied["token_embd.weight"] == "Q6_K" and "output.weight" not in tied
    assert {tied[f"blk.3.{x}.weight"] for x in ("attn_v", "ffn_down", "attn_q")} == {"Q4_0"}
    # a tied head whose rows are not whole K blocks: Q8_0, as llama-quantize falls back (Qwen2.5-0.5B)
    assert {t.name: t.ggml_type for t in writer.plan(SHAPES["qwen2.5-0.5b"], "Q4_0")[1]}["token_embd.weight"] == "Q8_0"


def test_llama3_rope_freqs_match_transformers():
    import torch
    from transformers import LlamaConfig
    from transformers.modeling_rope_utils import _compute_llama3_parameters

    c = SHAPES["llama-3.1-8b"]
    hf = LlamaConfig(hidden_size=c.hidden_size, num_attention_heads=c.num_attention_heads, head_dim=c.head_dim,
                     rope_theta=c.rope_theta, rope_scaling=dict(c.rope_scaling),
                     max_position_embeddings=c.max_position_embeddings)
    inv_freq, _ = _compute_llama3_parameters(hf)
    plain = 1.0 / c.rope_theta ** (torch.arange(0, c.head_dim, 2, dtype=torch.float64) / c.head_dim)
    np.testing.assert_allclose(writer.llama3_rope_freqs(c), (plain / inv_freq.double()).numpy(), rtol=1e-5)


@pytest.mark.parametrize(("shape", "file_type", "message"), [
    ("llama-3.2-1b", "Q5_K_M", "file type 'Q5_K_M'"),
    ("redpajama-incite-3b", "Q4_0", "model_type 'gpt_neox'"),
    ("qwen2.5-0.5b", "Q4_K_M", "multiples of 256"),
])
def test_writer_refuses_what_it_cannot_write(shape, file_type, message):
    with pytest.raises(ValueError, match=message):
        writer.plan(SHAPES[shape], file_type)


@pytest.mark.parametrize(("family", "file_type"), [("llama", "Q4_K_M"), ("qwen2", "Q4_0"), ("gemma2", "F16")])
def test_our_loader_runs_the_written_file(tmp_path, family, file_type):
    from webllm_py.bench import decode_bytes_per_token
    from webllm_py.generation import generate
    from webllm_py.gpu import request_device
    from webllm_py.loading import load_model

    path = _write(tmp_path, family, file_type)

    async def main() -> tuple[list[int], int]:
        model = load_model(await request_device(), str(path), context_window=16, prefill_chunk=8)
        return (await generate(model, [1, 2, 3], max_tokens=3)).ids, decode_bytes_per_token(model, 0)

    ids, read = asyncio.run(main())
    assert len(ids) == 3 and all(0 <= i < TINY[family].vocab_size for i in ids)
    # The bench's bytes per decode step are the GGUF's matrices, each in its own block format
    # (tied: the embedding is the lm head; uploads pad each block to 4 bytes).
    matrices = [t for t in read_gguf(path).tensors.values() if len(t.shape) == 2]
    embed = 0 if TINY[family].tie_word_embeddings else next(t.nbytes for t in matrices if t.name == "token_embd.weight")
    assert 0 <= read - (sum(t.nbytes for t in matrices) - embed) < 4 * len(matrices)


def test_decode_bytes_are_the_files_tensors_and_kv(tmp_path, monkeypatch):
    for family in ("llama", "gemma2"):
        monkeypatch.setitem(table.SHAPES, "tiny", TINY[family])
        g = read_gguf(_write(tmp_path, family, "Q4_0"))
        weights = sum(t.nbytes for t in g.tensors.values())  # tied: the embedding is the lm head
        c = TINY[family]
        kv = sum(min(100, c.window(i) or 100) for i in range(c.num_hidden_layers)) * 2 * c.num_key_value_heads * c.head_dim * 2
        assert table.gguf_bytes_per_token("tiny", "Q4_0", 100) == weights + kv
    untied = replace(TINY["llama"], tie_word_embeddings=False)
    monkeypatch.setitem(table.SHAPES, "tiny", untied)
    _, tensors = writer.plan(untied, "Q4_0")
    embed = next(t.nbytes for t in tensors if t.name == "token_embd.weight")
    assert table.gguf_bytes_per_token("tiny", "Q4_0", 0) == sum(t.nbytes for t in tensors) - embed


def _llama_line(prompt: int, gen: int, depth: int, ts: float) -> str:
    return json.dumps({"backends": "CUDA", "gpu_info": "NVIDIA H200", "n_prompt": prompt, "n_gen": gen,
                       "n_depth": depth, "avg_ts": ts, "stddev_ts": 1.0})


@pytest.fixture
def results(tmp_path: Path) -> Path:
    """A results folder as bench_gpu.sh leaves it: llama.cpp and both of our stacks, one failure."""
    (tmp_path / "llama-cuda__llama-3.2-1b__Q4_0.out").write_text("\n".join(
        [_llama_line(512, 0, 0, 30000.0), _llama_line(0, 128, 0, 600.0), _llama_line(512, 0, 512, 25000.0),
         _llama_line(0, 128, 512, 500.0)]) + "\n")
    ours = {"model": "llama-3.2-1b", "device": "NVIDIA H200 (Vulkan)", "prefill_tok_s": 6000.0, "decode_tok_s": 250.0,
            "host_ms_per_decode_step": 1.25, "submit_ms_per_decode_step": 0.5, "dispatches_per_token": 147,
            "gb_read_per_token": 0.8, "decode_kernel_ms": {"gemv": 3.0, "attention": 0.5}}
    (tmp_path / "wgpu__llama-3.2-1b__q4f16_1.out").write_text("loading\n" + json.dumps(ours) + "\n")
    (tmp_path / "pyodide__llama-3.2-1b__q4f32_1.out").write_text("")
    (tmp_path / "pyodide__llama-3.2-1b__q4f32_1.err").write_text(
        "Traceback\nRuntimeError: out of memory\n    at new_error (pyodide.asm.mjs:1:5)\n}\n\nNode.js v20.20.2\n")
    (tmp_path / "llama-vulkan.skipped").write_text("not built: no glslc on this machine\n")
    (tmp_path / "gpu.txt").write_text("NVIDIA H200, 580.159.04, 143771 MiB\n")
    (tmp_path / "peak.json").write_text(json.dumps({"peak_read_gb_s": 4000.0, "how": "a sum"}))
    (tmp_path / "run.txt").write_text("prompt=512 decode=128\n" + "0c1e570" * 5 + "12345\n2026-12-05\n")
    return tmp_path


def test_table_compares_ours_with_llama_cpp(results):
    out = subprocess.run([sys.executable, str(ROOT / "scripts/bench_gpu_table.py"), str(results)],
                         capture_output=True, text=True, check=True).stdout
    assert out.startswith("Measured 2026-12-05 on NVIDIA H200, 580.159.04, 143771 MiB")
    rows = {line.split(" | ")[2]: line.strip("| ").split(" | ") for line in out.splitlines() if line.startswith("| llama")}
    assert set(rows) == {"llama.cpp CUDA", "ours, wgpu"}
    ref = rows["llama.cpp CUDA"]
    assert ref[3:5] == ["30,000.0", "500.0"]  # pp512 at depth 0, tg128 at the prompt's depth
    gb_s = table.gguf_bytes_per_token("llama-3.2-1b", "Q4_0", 512 + 64) * 500 / 1e9
    assert ref[5:7] == [f"{gb_s:,.0f}", f"{100 * gb_s / 4000:.0f}%"]
    ours = rows["ours, wgpu"]
    assert ours[1:] == ["q4f16_1 (random)", "ours, wgpu", "6,000.0", "250.0", "200", "5%", "1.25", "0.50", "147",
                        "gemv 3.00, attention 0.50", "20%", "50%"]
    assert "- llama.cpp vulkan: not built: no glslc on this machine" in out
    assert "- llama.cpp CUDA llama-3.2-1b Q4_0: tg at depth 0: 600.0 tok/s" in out
    assert "- not measured: ours, Pyodide + Dawn llama-3.2-1b q4f32_1: RuntimeError: out of memory" in out


def test_table_usage_error(tmp_path):
    out = subprocess.run([sys.executable, str(ROOT / "scripts/bench_gpu_table.py"), str(tmp_path / "none")],
                         capture_output=True, text=True)
    assert out.returncode == 2 and out.stderr.startswith("usage:")


def _carry_script(out: Path) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(ROOT / "scripts/prepare_gpu_carry.sh"), str(out)], capture_output=True,
                          text=True, cwd=ROOT)


def test_carry_manifest_and_size_limit(tmp_path):
    # every part already there (as a second run finds them): nothing is downloaded
    parts = ["llama.cpp.tar.xz", "llama.cpp.commit", "node.xz", "node_modules.tar.xz", "debs/libvulkan1_1.3.deb",
             "wheels/wgpu-0.32.0-py3-none-manylinux_2_28_x86_64.whl"]
    for i, name in enumerate(parts):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(bytes([i]) * 1000)
    done = _carry_script(tmp_path)
    assert done.returncode == 0, done.stderr
    manifest = (tmp_path / "MANIFEST").read_text().splitlines()
    assert manifest[0].startswith("llama-cpp-python==") and len(manifest) == 1 + len(parts)
    assert all(line.split()[1].removeprefix("./") in parts for line in manifest[1:])
    with open(tmp_path / "node.xz", "wb") as f:
        f.write(os.urandom(57 << 20))
    too_big = _carry_script(tmp_path)
    assert too_big.returncode == 1 and "over 56 MiB" in too_big.stderr


@pytest.mark.parametrize(("args", "message"), [(["--frobnicate"], "unknown argument --frobnicate"),
                                               ([], "is missing: run scripts/prepare_gpu_carry.sh")])
def test_bench_script_argument_errors(tmp_path, args, message):
    out = subprocess.run(["bash", str(ROOT / "scripts/bench_gpu.sh"), *args], capture_output=True, text=True,
                         env={**os.environ, "CARRY": str(tmp_path / "no-carry")})
    assert out.returncode == 2 and message in out.stderr


FAKE_LLAMA_BENCH = """#!/bin/sh
echo "$@" >>"$(dirname "$0")/calls"
for t in "8 0 0 900.0" "0 4 0 60.0" "8 0 8 800.0" "0 4 8 50.0"; do
  set -- $t
  echo "{\\"backends\\": \\"CUDA\\", \\"gpu_info\\": \\"Fake GPU\\", \\"n_prompt\\": $1, \\"n_gen\\": $2, \\"n_depth\\": $3, \\"avg_ts\\": $4}"
done
"""


def test_bench_script_runs_llama_bench_per_file_once(tmp_path):
    """The llama.cpp step of bench_gpu.sh (sourced: steps only) with a stand-in llama-bench and GGUF
    writer: one job per model and type, the file and lengths passed on, a finished job not run again,
    the table and raw results in $OUT."""
    carry, work, out = tmp_path / "carry", tmp_path / "work", tmp_path / "out"
    for d in (carry, work / "llama-cuda/bin", out):
        d.mkdir(parents=True)
    (carry / "llama.cpp.commit").write_text("0c1e57098bba43ac29e6e3b677cdceebdd22334f\n")
    fake = work / "llama-cuda/bin/llama-bench"
    fake.write_text(FAKE_LLAMA_BENCH)
    fake.chmod(0o755)
    script = """
source scripts/bench_gpu.sh --stacks llama-cuda --formats Q4_0,Q4_K_M --prompt 8 --decode 4
gguf_file() { touch "$WORK/gguf/$1-$2.gguf"; echo "$WORK/gguf/$1-$2.gguf"; }
echo '{"peak_read_gb_s": 1000.0, "how": "a sum"}' >"$RES/peak.json"
echo "Fake GPU, 1.0, 1 MiB" >"$RES/gpu.txt"
llama_model llama-3.2-1b
llama_model llama-3.2-1b
report
"""
    env = {**os.environ, "CARRY": str(carry), "WORK": str(work), "OUT": str(out),
           "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True, cwd=ROOT, env=env)
    assert done.returncode == 0, done.stderr
    calls = (work / "llama-cuda/bin/calls").read_text().splitlines()
    assert calls == [f"-m {work}/gguf/llama-3.2-1b-{t}.gguf -p 8 -n 4 -d 0,8 -r 5 -o jsonl" for t in ("Q4_0", "Q4_K_M")]
    assert not list((work / "gguf").iterdir())  # the model's files go once its jobs are done
    assert sorted(p.name for p in out.iterdir()) == ["bench-results.tar.gz", "bench_gpu.log", "table.md"]
    rows = [line for line in (out / "table.md").read_text().splitlines() if line.startswith("| llama-3.2-1b")]
    assert [r.split(" | ")[1:5] for r in rows] == [["Q4_0", "llama.cpp CUDA", "900.0", "50.0"],
                                                   ["Q4_K_M", "llama.cpp CUDA", "900.0", "50.0"]]
