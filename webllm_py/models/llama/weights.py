"""Llama's parameters by their Hugging Face and MLC LLM names (MLC fuses q/k/v and gate/up)."""

from __future__ import annotations

from ..config import DecoderConfig
from ..sources import Param


def model(c: DecoderConfig) -> dict[str, Param]:
    d, vocab = c.hidden_size, c.vocab_size
    params = {
        "embed": Param("model.embed_tokens.weight", ("model.embed_tokens.weight",), (vocab, d)),
        "final_norm": Param("model.norm.weight", ("model.norm.weight",), (d,)),
    }
    if not c.tie_word_embeddings:
        params["lm_head"] = Param("lm_head.weight", ("lm_head.weight",), (vocab, d))
    return params


def layer(c: DecoderConfig, i: int) -> dict[str, Param]:
    d, ffn, hd = c.hidden_size, c.intermediate_size, c.head_dim
    hq, hkv = c.num_attention_heads, c.num_key_value_heads
    p = f"model.layers.{i}."
    return {
        "attn_norm": Param(p + "input_layernorm.weight", (p + "input_layernorm.weight",), (d,)),
        "qkv": Param(p + "self_attn.qkv_proj.weight", tuple(p + f"self_attn.{x}_proj.weight" for x in "qkv"),
                     ((hq + 2 * hkv) * hd, d)),
        "o": Param(p + "self_attn.o_proj.weight", (p + "self_attn.o_proj.weight",), (d, hq * hd)),
        "mlp_norm": Param(p + "post_attention_layernorm.weight", (p + "post_attention_layernorm.weight",), (d,)),
        "gate_up": Param(p + "mlp.gate_up_proj.weight", (p + "mlp.gate_proj.weight", p + "mlp.up_proj.weight"),
                         (2 * ffn, d)),
        "down": Param(p + "mlp.down_proj.weight", (p + "mlp.down_proj.weight",), (d, ffn)),
    }
