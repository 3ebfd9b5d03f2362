"""Qwen2 / Qwen2.5 / Qwen3: Llama's block with biases on the q, k, v projections (Qwen2; Qwen3
when attention_bias, and then on o too) and, in Qwen3, an RMSNorm over each query and key head
before RoPE.  Some layers may use sliding-window attention (use_sliding_window), which the KV
caches carry.

    h += W_o · attention(rope(qk_norm(W_qkv · rmsnorm(h) + b_qkv))) + b_o
    h += W_down · (silu(W_gate · x) * W_up · x),  x = rmsnorm(h)
"""

from __future__ import annotations

from dataclasses import dataclass

from ...gpu import Tensor
from ...quantization import Matrix
from ..decoder import Decoder, KVCache
from . import weights
from .config import QwenConfig


@dataclass
class QwenLayer:
    attn_norm: Tensor  # [d]
    qkv: Matrix  # [(hq + 2*hkv) * hd, d]
    o: Matrix  # [d, hq * hd]
    mlp_norm: Tensor  # [d]
    gate_up: Matrix  # [2 * ffn, d]
    down: Matrix  # [d, ffn]
    qkv_bias: Tensor | None = None  # [(hq + 2*hkv) * hd]
    o_bias: Tensor | None = None  # [d]
    q_norm: Tensor | None = None  # [hd]
    k_norm: Tensor | None = None  # [hd]


class QwenModel(Decoder):
    config: QwenConfig
    names = weights
    Layer = QwenLayer

    def block(self, layer: QwenLayer, cache: KVCache, h: Tensor, pos0: int) -> None:
        c, n = self.config, h.shape[0]
        qkv = self.scratch("qkv", n, (c.num_attention_heads + 2 * c.num_key_value_heads) * c.head_dim)
        attn = self.scratch("attn", n, c.num_attention_heads * c.head_dim)
        gate_up = self.scratch("gate_up", n, 2 * c.intermediate_size)

        self.linear(h, layer.qkv, qkv, bias=layer.qkv_bias, norm=layer.attn_norm)
        self.attention(qkv, cache, attn, pos0, qk_norm=(layer.q_norm, layer.k_norm) if c.qk_norm else None)
        self.linear(attn, layer.o, h, bias=layer.o_bias, accumulate=True)

        self.linear(h, layer.gate_up, gate_up, norm=layer.mlp_norm)
        self.linear(gate_up, layer.down, h, accumulate=True, gated="silu")
