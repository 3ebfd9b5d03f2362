"""Write a random-weight GGUF file of one of the bench shapes (`webllm_py.bench.SHAPES`), fast.

llama-bench only runs a model file, and quantizing 8B random parameters with numpy would take
many minutes, so the weights are random *blocks* written directly: a few MiB of blocks of the
right byte layout (their f16 scales set so the dequantized weights stay near +-0.1 and nothing
overflows) are made once per type and written over and over, each tensor from its own offset.
Speed does not depend on the values, and both llama.cpp and our GGUF loader read the file.

The tensor types follow llama-quantize's choices for the file type, so sizes match a real
file: `Q4_0` (the output matrix, or the tied embedding, in Q6_K), `Q4_K_M` (Q4_K, with Q6_K
for the output and for attn_v/ffn_down in llama.cpp's `use_more_bits` layers), `Q8_0` and
`F16` (every matrix); norms, biases and Llama 3's rope_freqs are F32.  There is no
vocabulary (`tokenizer.ggml.model = "none"` with `{arch}.vocab_size`, which llama.cpp fills
with dummy tokens); the benches feed token ids.

    python scripts/write_bench_gguf.py llama-3.2-1b Q4_K_M build/gguf/llama-3.2-1b-Q4_K_M.gguf
"""

from __future__ import annotations

import argparse
import math
import struct
import sys
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from webllm_py.bench import SHAPES  # noqa: E402
from webllm_py.models.config import DecoderConfig  # noqa: E402

ALIGNMENT = 32
# ggml type name -> (type id, elements per block, bytes per block, byte offsets of the f16 scales)
GGML: dict[str, tuple[int, int, int, tuple[int, ...]]] = {
    "F32": (0, 1, 4, ()), "F16": (1, 1, 2, ()), "Q4_0": (2, 32, 18, (0,)), "Q8_0": (8, 32, 34, (0,)),
    "Q4_K": (12, 256, 144, (0, 2)), "Q6_K": (14, 256, 210, (208,)),
}
# Scale ranges per type, so that |weights| stay around 0.1 at most (Q4_K: d * 63 * 15;
# Q6_K: d * 16 * 32 with its int8 sub-block scales limited to 1..16, bytes 192..207).
_SCALE = {"Q4_0": 0.006, "Q8_0": 0.0008, "Q4_K": 0.0001, "Q6_K": 0.0002}
# file type -> (llama.cpp's general.file_type, the type of most matrices)
FILE_TYPES: dict[str, tuple[int, str]] = {"F16": (1, "F16"), "Q4_0": (2, "Q4_0"), "Q8_0": (7, "Q8_0"),
                                          "Q4_K_M": (15, "Q4_K")}
ARCHITECTURES = {"llama": "llama", "qwen2": "qwen2", "gemma2": "gemma2"}  # model_type -> general.architecture
_POOL_BYTES = 4 << 20


@dataclass(frozen=True)
class TensorSpec:
    """One tensor: llama.cpp's name, our shape ([rows, cols] or [n]), its ggml type; `values`
    holds the exact F32 contents of small tensors whose values matter (rope_freqs)."""

    name: str
    shape: tuple[int, ...]
    ggml_type: str
    values: np.ndarray | None = None

    @property
    def nbytes(self) -> int:
        _, block, size, _ = GGML[self.ggml_type]
        n = math.prod(self.shape)
        if n % block:
            raise ValueError(f"{self.name}: {n} elements are not whole {self.ggml_type} blocks of {block}")
        return n // block * size


def _use_more_bits(layer: int, layers: int) -> bool:
    """llama-quantize's layers that get more bits in the _M mixes."""
    return layer < layers // 8 or layer >= 7 * layers // 8 or (layer - layers // 8) % 3 == 2


def _head_type(main: str, cols: int) -> str:
    """llama-quantize's type for the output matrix (or the embedding tied to it)."""
    if main in ("F16", "Q8_0"):
        return main
    return "Q6_K" if cols % 256 == 0 else "Q8_0"


def _matrix_type(file_type: str, kind: str, layer: int, layers: int) -> str:
    main = FILE_TYPES[file_type][1]
    if file_type == "Q4_K_M" and kind in ("attn_v", "ffn_down") and _use_more_bits(layer, layers):
        return "Q6_K"
    return main


def llama3_rope_freqs(c: DecoderConfig) -> np.ndarray:
    """Llama 3's per-frequency divisors, as llama.cpp's converter stores them in rope_freqs."""
    s = c.rope_scaling
    factor, low, high = s["factor"], s["low_freq_factor"], s["high_freq_factor"]
    old = s["original_max_position_embeddings"]
    out = []
    for i in range(0, c.head_dim, 2):
        wavelen = 2 * math.pi * c.rope_theta ** (i / c.head_dim)
        if wavelen < old / high:
            out.append(1.0)
        elif wavelen > old / low:
            out.append(factor)
        else:
            smooth = (old / wavelen - low) / (high - low)
            out.append(1 / ((1 - smooth) / factor + smooth))
    return np.array(out, dtype=np.float32)


def plan(c: DecoderConfig, file_type: str) -> tuple[dict[str, object], list[TensorSpec]]:
    """The metadata and tensors of a `file_type` GGUF of config `c` (llama, qwen2 or gemma2)."""
    if file_type not in FILE_TYPES:
        raise ValueError(f"file type {file_type!r}: expected one of {', '.join(FILE_TYPES)}")
    arch = ARCHITECTURES.get(c.model_type)
    if arch is None:
        raise ValueError(f"model_type {c.model_type!r}: this writer knows {', '.join(ARCHITECTURES)}")
    scaling = (c.rope_scaling or {}).get("rope_type")
    if scaling not in (None, "llama3"):
        raise ValueError(f"rope_type {scaling!r}: only none and llama3 are written")
    main = FILE_TYPES[file_type][1]
    if main in ("Q4_K", "Q6_K") and (c.hidden_size % 256 or c.intermediate_size % 256):
        raise ValueError(f"{file_type} needs sizes that are multiples of 256 (llama-quantize falls back to"
                         f" other types otherwise): hidden {c.hidden_size}, intermediate {c.intermediate_size}")
    d, ffn, hd, n = c.hidden_size, c.intermediate_size, c.head_dim, c.num_hidden_layers
    q, kv = c.num_attention_heads * hd, c.num_key_value_heads * hd
    head = _head_type(main, d)
    meta: dict[str, object] = {
        "general.architecture": arch, "general.name": f"random {c.model_type} {file_type}",
        "general.file_type": FILE_TYPES[file_type][0],
        f"{arch}.vocab_size": c.vocab_size, f"{arch}.context_length": c.max_position_embeddings,
        f"{arch}.embedding_length": d, f"{arch}.block_count": n, f"{arch}.feed_forward_length": ffn,
        f"{arch}.attention.head_count": c.num_attention_heads,
        f"{arch}.attention.head_count_kv": c.num_key_value_heads,
        f"{arch}.attention.key_length": hd, f"{arch}.attention.value_length": hd,
        f"{arch}.rope.dimension_count": hd, f"{arch}.rope.freq_base": float(c.rope_theta),
        f"{arch}.attention.layer_norm_rms_epsilon": float(getattr(c, "rms_norm_eps", 1e-6)),
        "tokenizer.ggml.model": "none",
    }
    if arch == "gemma2":
        windows = {w for w in c.layer_windows if w}
        if len(windows) > 1:
            raise ValueError(f"several sliding windows {sorted(windows)}: GGUF has one")
        meta.update({f"{arch}.attention.sliding_window": windows.pop()} if windows else {})
        for key in ("attn_logit_softcapping", "final_logit_softcapping"):
            if getattr(c, key) is not None:
                meta[f"{arch}.{key}"] = float(getattr(c, key))
    tensors = [TensorSpec("token_embd.weight", (c.vocab_size, d), head if c.tie_word_embeddings else main),
               TensorSpec("output_norm.weight", (d,), "F32")]
    if not c.tie_word_embeddings:
        tensors.append(TensorSpec("output.weight", (c.vocab_size, d), head))
    if scaling == "llama3":
        tensors.append(TensorSpec("rope_freqs.weight", (hd // 2,), "F32", llama3_rope_freqs(c)))
    for i in range(n):
        b = f"blk.{i}."
        mats = [("attn_q", q, d), ("attn_k", kv, d), ("attn_v", kv, d), ("attn_output", d, q),
                ("ffn_gate", ffn, d), ("ffn_up", ffn, d), ("ffn_down", d, ffn)]
        norms = ["attn_norm", "ffn_norm"] + (["post_attention_norm", "post_ffw_norm"] if arch == "gemma2" else [])
        tensors += [TensorSpec(b + f"{x}.weight", (d,), "F32") for x in norms]
        tensors += [TensorSpec(b + f"{x}.weight", (rows, cols), _matrix_type(file_type, x, i, n))
                    for x, rows, cols in mats]
        if arch == "qwen2":
            tensors += [TensorSpec(b + f"attn_{x}.bias", (rows,), "F32") for x, rows in (("q", q), ("k", kv), ("v", kv))]
    return meta, tensors


# -- GGUF encoding -----------------------------------------------------------------------------

def _string(s: str) -> bytes:
    b = s.encode()
    return struct.pack("<Q", len(b)) + b


def _value(v: object) -> bytes:
    """A metadata value with its type tag: bool, uint32 (ints), float32, string, or an array of those."""
    if isinstance(v, bool):
        return struct.pack("<I?", 7, v)
    if isinstance(v, int):
        if not 0 <= v < 1 << 32:
            raise ValueError(f"integer {v} does not fit uint32")
        return struct.pack("<II", 4, v)
    if isinstance(v, float):
        return struct.pack("<If", 6, v)
    if isinstance(v, str):
        return struct.pack("<I", 8) + _string(v)
    if isinstance(v, list) and v:
        items = [_value(x) for x in v]
        kind = items[0][:4]
        if any(x[:4] != kind for x in items):
            raise ValueError("array items of mixed types")
        return struct.pack("<I", 9) + kind + struct.pack("<Q", len(v)) + b"".join(x[4:] for x in items)
    raise ValueError(f"unsupported metadata value {v!r}")


def _pad(n: int) -> int:
    return -n % ALIGNMENT


def header(meta: dict[str, object], tensors: list[TensorSpec]) -> bytes:
    """The GGUF v3 header (magic to the padding before the data) for these tensors, in order."""
    out = [b"GGUF", struct.pack("<IQQ", 3, len(tensors), len(meta))]
    out += [_string(k) + _value(v) for k, v in meta.items()]
    offset = 0
    for t in tensors:
        ne = t.shape[::-1]  # ggml's ne: innermost first
        out.append(_string(t.name) + struct.pack(f"<I{len(ne)}QIQ", len(ne), *ne, GGML[t.ggml_type][0], offset))
        offset += t.nbytes + _pad(t.nbytes)
    head = b"".join(out)
    return head + bytes(_pad(len(head)))


def block_pool(ggml_type: str, rng: np.random.Generator, nbytes: int = _POOL_BYTES) -> bytes:
    """About `nbytes` of random blocks of `ggml_type`, with sane scales (see `_SCALE`)."""
    _, block, size, scales = GGML[ggml_type]
    count = max(1, nbytes // size)
    if ggml_type == "F32":
        return (1.0 + 0.02 * rng.standard_normal(count)).astype("<f4").tobytes()
    if ggml_type == "F16":
        return (0.02 * rng.standard_normal(count)).astype("<f2").tobytes()
    blocks = rng.integers(0, 256, size=(count, size), dtype=np.uint8)
    if ggml_type == "Q6_K":
        blocks[:, 192:208] = rng.integers(1, 17, size=(count, 16), dtype=np.uint8)
    for off in scales:
        d = (_SCALE[ggml_type] * rng.uniform(0.5, 1.5, count)).astype("<f2")
        blocks[:, off:off + 2] = d.view(np.uint8).reshape(count, 2)
    return blocks.tobytes()


def _write_tensor(f: BinaryIO, t: TensorSpec, pool: bytes, rng: np.random.Generator) -> None:
    if t.values is not None:
        data = t.values.astype("<f4").tobytes()
        if len(data) != t.nbytes:
            raise ValueError(f"{t.name}: {len(data)} bytes of values for {t.nbytes}")
        f.write(data)
    else:
        size = GGML[t.ggml_type][2]
        start = int(rng.integers(0, len(pool) // size)) * size  # each tensor from its own place in the pool
        view, left = memoryview(pool), t.nbytes
        while left:
            chunk = view[start:start + left]
            f.write(chunk)
            left -= len(chunk)
            start = 0
    f.write(bytes(_pad(t.nbytes)))


def write_gguf(path: Path, meta: dict[str, object], tensors: list[TensorSpec], seed: int = 0) -> int:
    """Write the file (through `path`.part, renamed when complete); returns its size."""
    rng = np.random.default_rng(seed)
    pools = {ty: block_pool(ty, rng) for ty in sorted({t.ggml_type for t in tensors})}
    part = path.with_name(path.name + ".part")
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(part, "wb") as f:
        f.write(header(meta, tensors))
        for t in tensors:
            _write_tensor(f, t, pools[t.ggml_type], rng)
        size = f.tell()
    part.replace(path)
    return size


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("shape", choices=sorted(SHAPES))
    p.add_argument("file_type", choices=list(FILE_TYPES))
    p.add_argument("out", type=Path)
    p.add_argument("--seed", type=int, help="default: from the shape and file type")
    a = p.parse_args(argv)
    meta, tensors = plan(SHAPES[a.shape], a.file_type)
    seed = a.seed if a.seed is not None else zlib.crc32(f"{a.shape}/{a.file_type}".encode())
    size = write_gguf(a.out, meta, tensors, seed)
    print(f"{a.out}: {size / 1e9:.2f} GB, {len(tensors)} tensors", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
