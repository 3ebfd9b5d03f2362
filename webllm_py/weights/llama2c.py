"""Reader for Karpathy's llama2.c model files (legacy "v0" export, as `run.c` reads them).

Layout: 7 int32 (dim, hidden_dim, n_layers, n_heads, n_kv_heads, vocab_size, seq_len; a
negative vocab_size means an unshared classifier follows), then float32 arrays in a fixed
order. Matrices are [out][in] like Hugging Face's, and per-layer arrays are stacked over
layers, so every HF tensor is a zero-copy slice. q/k rows stay in Meta's adjacent-pair RoPE
layout (whoever builds a model config from the header says so; see `webllm_py.loading`).
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from math import prod

from .tensor import RawTensor, WeightError

_HEADER = struct.Struct("<7i")
_V1_MAGIC = b"24ka"  # uint32 0x616b3432 little-endian: the newer versioned exports

# llama2.c per-layer array -> Hugging Face name inside `model.layers.{i}.`
_LAYER_NAMES = {
    "rms_att": "input_layernorm.weight",
    "wq": "self_attn.q_proj.weight",
    "wk": "self_attn.k_proj.weight",
    "wv": "self_attn.v_proj.weight",
    "wo": "self_attn.o_proj.weight",
    "rms_ffn": "post_attention_layernorm.weight",
    "w1": "mlp.gate_proj.weight",
    "w2": "mlp.down_proj.weight",
    "w3": "mlp.up_proj.weight",
}


@dataclass(frozen=True)
class Llama2cHeader:
    """The hyper-parameters a llama2.c v0 file starts with (run.c's `Config`)."""

    dim: int
    hidden_dim: int
    n_layers: int
    n_heads: int
    n_kv_heads: int
    vocab_size: int
    seq_len: int
    shared_classifier: bool  # the lm head is the token embedding (vocab_size > 0 in the file)

    @property
    def head_dim(self) -> int:
        return self.dim // self.n_heads


def read_llama2c(data: bytes | memoryview, source: str) -> tuple[Llama2cHeader, dict[str, RawTensor]]:
    """Parse a llama2.c v0 checkpoint into its header and HF-named float32 tensors."""
    buf = memoryview(data).cast("B")
    if len(buf) < _HEADER.size:
        raise WeightError(f"{source}: truncated: {len(buf)} bytes, the header needs {_HEADER.size}")
    if bytes(buf[:4]) == _V1_MAGIC:
        raise WeightError(f"{source}: versioned llama2.c export (magic 'ak42'); only v0 is supported")
    dim, hidden, n_layers, n_heads, n_kv_heads, vocab, seq_len = _HEADER.unpack_from(buf)
    shared = vocab > 0
    vocab = abs(vocab)
    if (min(dim, hidden, n_layers, n_heads, n_kv_heads, vocab, seq_len) <= 0
            or dim % n_heads or n_heads % n_kv_heads or (dim // n_heads) % 2):
        raise WeightError(
            f"{source}: implausible header dim={dim} hidden_dim={hidden} n_layers={n_layers}"
            f" n_heads={n_heads} n_kv_heads={n_kv_heads} vocab_size={vocab} seq_len={seq_len}"
        )
    head = dim // n_heads
    kv_dim = n_kv_heads * head
    layout = [
        ("tok_emb", (vocab, dim)),
        ("rms_att", (n_layers, dim)),
        ("wq", (n_layers, dim, dim)),
        ("wk", (n_layers, kv_dim, dim)),
        ("wv", (n_layers, kv_dim, dim)),
        ("wo", (n_layers, dim, dim)),
        ("rms_ffn", (n_layers, dim)),
        ("w1", (n_layers, hidden, dim)),
        ("w2", (n_layers, dim, hidden)),
        ("w3", (n_layers, hidden, dim)),
        ("rms_final", (dim,)),
        ("freq_cis_real", (seq_len, head // 2)),  # precomputed RoPE tables: unused
        ("freq_cis_imag", (seq_len, head // 2)),
    ]
    if not shared:
        layout.append(("wcls", (vocab, dim)))
    expected = _HEADER.size + 4 * sum(prod(shape) for _, shape in layout)
    if len(buf) != expected:
        problem = "truncated" if len(buf) < expected else "trailing bytes"
        raise WeightError(f"{source}: {problem}: {len(buf)} bytes, the header implies {expected}")

    arrays: dict[str, memoryview] = {}
    pos = _HEADER.size
    for name, shape in layout:
        arrays[name] = buf[pos : pos + 4 * prod(shape)]
        pos += 4 * prod(shape)

    def tensor(name: str, shape: tuple[int, ...], view: memoryview) -> RawTensor:
        return RawTensor(name, "float32", shape, view)

    tensors = {"model.embed_tokens.weight": tensor("model.embed_tokens.weight", (vocab, dim),
                                                    arrays["tok_emb"])}
    stacked = dict(layout)
    for i in range(n_layers):
        for key, suffix in _LAYER_NAMES.items():
            shape = stacked[key][1:]
            size = 4 * prod(shape)
            name = f"model.layers.{i}.{suffix}"
            tensors[name] = tensor(name, shape, arrays[key][i * size : (i + 1) * size])
    tensors["model.norm.weight"] = tensor("model.norm.weight", (dim,), arrays["rms_final"])
    if not shared:
        tensors["lm_head.weight"] = tensor("lm_head.weight", (vocab, dim), arrays["wcls"])

    return Llama2cHeader(dim, hidden, n_layers, n_heads, n_kv_heads, vocab, seq_len, shared), tensors
