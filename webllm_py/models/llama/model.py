"""The Llama forward pass on WebGPU, written the way the architecture reads.

    h = embed(ids)
    for each layer:
        h += W_o · attention(rope(W_qkv · rmsnorm(h)), kv_cache)
        h += W_down · (silu(W_gate · x) * W_up · x),  x = rmsnorm(h)
    logits = W_lm · rmsnorm(h)

q/k/v and gate/up projections are fused into one weight each ([out, in] rows
stacked), as MLC LLM does, and for one token each projection's GEMV applies the
RMSNorm or the SwiGLU to its input itself (`Decoder.linear`), so a decoded layer is
five dispatches: the qkv, o, gate_up and down GEMVs and attention.  Each weight matrix brings its own
kernels (`Matrix.linear` / `.embed`): float32, q4 or GGUF blocks dequantized inside
the matmul.  Memory planning and attention are `Decoder`'s.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...gpu import Tensor
from ...quantization import Matrix
from ..decoder import Decoder, KVCache
from . import weights


@dataclass
class LlamaLayer:
    attn_norm: Tensor  # [d]
    qkv: Matrix  # [(hq + 2*hkv) * hd, d]
    o: Matrix  # [d, hq * hd]
    mlp_norm: Tensor  # [d]
    gate_up: Matrix  # [2 * ffn, d]
    down: Matrix  # [d, ffn]


class LlamaModel(Decoder):
    names = weights
    Layer = LlamaLayer

    def block(self, layer: LlamaLayer, cache: KVCache, h: Tensor, pos0: int) -> None:
        c, n = self.config, h.shape[0]
        qkv = self.scratch("qkv", n, (c.num_attention_heads + 2 * c.num_key_value_heads) * c.head_dim)
        attn = self.scratch("attn", n, c.num_attention_heads * c.head_dim)
        gate_up = self.scratch("gate_up", n, 2 * c.intermediate_size)

        self.linear(h, layer.qkv, qkv, norm=layer.attn_norm)
        self.attention(qkv, cache, attn, pos0)
        self.linear(attn, layer.o, h, accumulate=True)

        self.linear(h, layer.gate_up, gate_up, norm=layer.mlp_norm)
        self.linear(gate_up, layer.down, h, accumulate=True, gated="silu")
