"""Gemma and Gemma 2: Llama's block with GeGLU (gelu(W_gate · x) * W_up · x), embeddings scaled
by sqrt(hidden_size) and RMSNorm weights used as (1 + w) (stored so).  Gemma 2 adds a norm after
attention and after the MLP ("sandwich" norms), soft-caps attention scores and the final
logits (cap * tanh(x / cap)), scales scores by query_pre_attn_scalar, and alternates
sliding-window (even) and global (odd) layers.

    Gemma:   h += W_o · attention(rope(W_qkv · rmsnorm(h)))
             h += W_down · (gelu(W_gate · x) * W_up · x),  x = rmsnorm(h)
    Gemma 2: h += rmsnorm(W_o · attention(rope(W_qkv · rmsnorm(h))))
             h += rmsnorm(W_down · (gelu(W_gate · x) * W_up · x)),  x = rmsnorm(h)
"""

from __future__ import annotations

from dataclasses import dataclass

from ...gpu import Tensor
from ...quantization import Matrix
from ..decoder import Decoder, KVCache
from . import weights
from .config import GemmaConfig


@dataclass
class GemmaLayer:
    attn_norm: Tensor  # [d], all norms hold 1 + w
    qkv: Matrix  # [(hq + 2*hkv) * hd, d]
    o: Matrix  # [d, hq * hd]
    mlp_norm: Tensor  # [d]
    gate_up: Matrix  # [2 * ffn, d]
    down: Matrix  # [d, ffn]
    attn_post_norm: Tensor | None = None  # [d], Gemma 2
    mlp_post_norm: Tensor | None = None  # [d], Gemma 2


class GemmaModel(Decoder):
    config: GemmaConfig
    names = weights
    Layer = GemmaLayer

    def embed_tokens(self, ids: Tensor, h: Tensor, pos0: int) -> None:
        self.embed.embed(self.device, ids, h, scale=self.config.embed_scale)

    def block(self, layer: GemmaLayer, cache: KVCache, h: Tensor, pos0: int) -> None:
        c, n = self.config, h.shape[0]
        qkv = self.scratch("qkv", n, (c.num_attention_heads + 2 * c.num_key_value_heads) * c.head_dim)
        attn = self.scratch("attn", n, c.num_attention_heads * c.head_dim)
        gate_up = self.scratch("gate_up", n, 2 * c.intermediate_size)
        out = self.scratch("out", n, c.hidden_size)  # a sublayer's output before its post-norm (Gemma 2)
        geglu = "gelu_tanh" if c.gelu_tanh else "gelu"

        self.linear(h, layer.qkv, qkv, norm=layer.attn_norm)
        self.attention(qkv, cache, attn, pos0)
        if c.sandwich_norms:
            self.linear(attn, layer.o, out)
            self.rms_norm(out, layer.attn_post_norm, h, accumulate=True)
        else:
            self.linear(attn, layer.o, h, accumulate=True)

        self.linear(h, layer.gate_up, gate_up, norm=layer.mlp_norm)
        if c.sandwich_norms:
            self.linear(gate_up, layer.down, out, gated=geglu)
            self.rms_norm(out, layer.mlp_post_norm, h, accumulate=True)
        else:
            self.linear(gate_up, layer.down, h, accumulate=True, gated=geglu)
