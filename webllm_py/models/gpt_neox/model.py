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
        x = self.scratch("x", n, c.hidden_size)
        x_mlp = self.scratch("x_mlp", n, c.hidden_size)
        qkv = self.scratch("qkv", n, 3 * c.hidden_size)
        attn = self.scratch("attn", n, c.hidden_size)
        act = self.scratch("act", n, c.intermediate_size)

        self.layer_norm(h, layer.attn_norm, layer.attn_norm_bias, x)
        if c.use_parallel_residual:
            self.layer_norm(h, layer.mlp_norm, layer.mlp_norm_bias, x_mlp)
        self.linear(x, layer.qkv, qkv, bias=layer.qkv_bias)
        self.attention(qkv, cache, attn, pos0)
        self.linear(attn, layer.o, h, bias=layer.o_bias, accumulate=True)

        if not c.use_parallel_residual:
            self.layer_norm(h, layer.mlp_norm, layer.mlp_norm_bias, x_mlp)
        self.linear(x_mlp, layer.up, act)
        self.device.run("bias_gelu", {"approximate": int(c.gelu_tanh)}, X=act, B=layer.up_bias)
        self.linear(act, layer.down, h, bias=layer.down_bias, accumulate=True)

    def finish(self, h: Tensor, x: Tensor) -> None:
        self.layer_norm(h, self.final_norm, self.final_norm_bias, x)
