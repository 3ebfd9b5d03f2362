"""GPT-2: learned absolute positions added to the token embeddings, pre-LayerNorm blocks with
biases everywhere and a GELU MLP (tanh form), and the token embedding as lm head.

    h = wte[ids] + wpe[positions]
    h += W_o · attention(W_qkv · ln1(h) + b_qkv) + b_o
    h += W_down · gelu(W_up · ln2(h) + b_up) + b_down
    logits = wte · ln_f(h)
"""

from __future__ import annotations

from ...gpu import Tensor
from ...quantization import Matrix
from ..decoder import Decoder, KVCache
from ..gpt_neox.model import GPTNeoXLayer
from . import weights
from .config import GPT2Config


class GPT2Model(Decoder):
    config: GPT2Config
    names = weights
    Layer = GPTNeoXLayer  # the same weights: LayerNorms with biases, biased qkv / o / up / down
    positions: Matrix  # [n_positions, d]
    final_norm_bias: Tensor

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.position_ids = self.device.empty((self.prefill_chunk,), "int32", label="position_ids")

    def embed_tokens(self, ids: Tensor, h: Tensor, pos0: int) -> None:
        """h = wte[ids] + wpe[pos0 ..] (the context window never exceeds n_positions)."""
        n = h.shape[0]
        self.device.write(self.position_ids, b"".join(p.to_bytes(4, "little") for p in range(pos0, pos0 + n)))
        x = self.scratch("x", n, self.config.hidden_size)
        self.embed.embed(self.device, ids, h)
        self.positions.embed(self.device, self.position_ids.view(n, dtype="int32"), x)
        self.device.run("add", X=x, Y=h)

    def block(self, layer: GPTNeoXLayer, cache: KVCache, h: Tensor, pos0: int) -> None:
        c, n = self.config, h.shape[0]
        qkv = self.scratch("qkv", n, 3 * c.hidden_size)
        attn = self.scratch("attn", n, c.hidden_size)
        up = self.scratch("up", n, c.intermediate_size)  # before the GELU

        self.linear(h, layer.qkv, qkv, bias=layer.qkv_bias, norm=(layer.attn_norm, layer.attn_norm_bias))
        self.attention(qkv, cache, attn, pos0)  # no RoPE: rotary_dim is 0
        self.linear(attn, layer.o, h, bias=layer.o_bias, accumulate=True)

        self.linear(h, layer.up, up, bias=layer.up_bias, norm=(layer.mlp_norm, layer.mlp_norm_bias))
        self.linear(up, layer.down, h, bias=layer.down_bias, accumulate=True, act="gelu_tanh" if c.gelu_tanh else "gelu")

    def finish(self, h: Tensor, logits: Tensor, row: int | None) -> None:
        self.linear(h, self.lm_head, logits, norm=(self.final_norm, self.final_norm_bias), row=row)
