"""GPT-NeoX's parameters: MLC LLM keeps Hugging Face's names, but regroups the fused
query_key_value rows from head by head (q, k, v of head 0, then head 1, ...) to all q heads,
all k heads, all v heads, which is what our attention kernels read."""

from __future__ import annotations

from ..sources import Param, heads_to_blocks
from .config import GPTNeoXConfig


def _same(name: str, shape: tuple[int, ...], transform=None) -> Param:
    return Param(name, (name,), shape, transform)


def model(c: GPTNeoXConfig) -> dict[str, Param]:
    d, vocab = c.hidden_size, c.vocab_size
    params = {
        "embed": _same("gpt_neox.embed_in.weight", (vocab, d)),
        "final_norm": _same("gpt_neox.final_layer_norm.weight", (d,)),
        "final_norm_bias": _same("gpt_neox.final_layer_norm.bias", (d,)),
    }
    if not c.tie_word_embeddings:
        params["lm_head"] = _same("embed_out.weight", (vocab, d))
    return params


def layer(c: GPTNeoXConfig, i: int) -> dict[str, Param]:
    d, ffn = c.hidden_size, c.intermediate_size
    p = f"gpt_neox.layers.{i}."
    by_blocks = heads_to_blocks(c.num_attention_heads)
    params = {
        "attn_norm": _same(p + "input_layernorm.weight", (d,)),
        "attn_norm_bias": _same(p + "input_layernorm.bias", (d,)),
        "qkv": _same(p + "attention.query_key_value.weight", (3 * d, d), by_blocks),
        "o": _same(p + "attention.dense.weight", (d, d)),
        "mlp_norm": _same(p + "post_attention_layernorm.weight", (d,)),
        "mlp_norm_bias": _same(p + "post_attention_layernorm.bias", (d,)),
        "up": _same(p + "mlp.dense_h_to_4h.weight", (ffn, d)),
        "up_bias": _same(p + "mlp.dense_h_to_4h.bias", (ffn,)),
        "down": _same(p + "mlp.dense_4h_to_h.weight", (d, ffn)),
        "down_bias": _same(p + "mlp.dense_4h_to_h.bias", (d,)),
    }
    if c.attention_bias:
        params["qkv_bias"] = _same(p + "attention.query_key_value.bias", (3 * d,), by_blocks)
        params["o_bias"] = _same(p + "attention.dense.bias", (d,))
    return params
