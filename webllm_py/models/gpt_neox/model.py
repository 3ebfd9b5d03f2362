"""GPT-NeoX (Pythia, RedPajama-INCITE, Dolly v2): LayerNorm with biases, biases on every
projection, RoPE on the first `rotary_pct` of each head only, a GELU MLP, and, usually, the
parallel residual: attention and MLP both read the layer's input.

    parallel:    h += W_o · attention(rope(W_qkv · ln1(h) + b_qkv)) + b_o
                    + W_down · gelu(W_up · ln2(h) + b_up) + b_down     (ln1, ln2 of the same h)
    sequential:  h += W_o · attention(...) + b_o;  h += W_down · gelu(W_up · ln2(h) + b_up) + b_down
"""

from __future__ import annotations

from dataclasses import dataclass

from ...gpu import Tensor
from ...quantization import Matrix
from ..decoder import Decoder, KVCache
from . import weights
from .config import GPTNeoXConfig


@dataclass
class GPTNeoXLayer:
    attn_norm: Tensor  # [d]
    attn_norm_bias: Tensor  # [d]
    qkv: Matrix  # [3 * d, d]: q heads, k heads, v heads
    o: Matrix  # [d, d]
    mlp_norm: Tensor  # [d]
    mlp_norm_bias: Tensor  # [d]
    up: Matrix  # [ffn, d]
    up_bias: Tensor  # [ffn]
    down: Matrix  # [d, ffn]
    down_bias: Tensor  # [d]
    qkv_bias: Tensor | None = None  # [3 * d]
    o_bias: Tensor | None = None  # [d]


class GPTNeoXModel(Decoder):
    config: GPTNeoXConfig
    names = weights
    Layer = GPTNeoXLayer
    final_norm_bias: Tensor

    def block(self, layer: GPTNeoXLayer, cache: KVCache, h: Tensor, pos0: int) -> None:
        c, n = self.config, h.shape[0]
        qkv = self.scratch("qkv", n, 3 * c.hidden_size)
        attn = self.scratch("attn", n, c.hidden_size)
        up = self.scratch("up", n, c.intermediate_size)  # before the GELU
        ln1 = (layer.attn_norm, layer.attn_norm_bias)
        ln2 = (layer.mlp_norm, layer.mlp_norm_bias)

        self.linear(h, layer.qkv, qkv, bias=layer.qkv_bias, norm=ln1)
        if c.use_parallel_residual:  # the MLP reads the layer's input: project it before attention adds to h
            self.linear(h, layer.up, up, bias=layer.up_bias, norm=ln2)
        self.attention(qkv, cache, attn, pos0)
        self.linear(attn, layer.o, h, bias=layer.o_bias, accumulate=True)

        if not c.use_parallel_residual:
            self.linear(h, layer.up, up, bias=layer.up_bias, norm=ln2)
        self.linear(up, layer.down, h, bias=layer.down_bias, accumulate=True, act="gelu_tanh" if c.gelu_tanh else "gelu")

    def finish(self, h: Tensor, logits: Tensor, row: int | None) -> None:
        self.linear(h, self.lm_head, logits, norm=(self.final_norm, self.final_norm_bias), row=row)
