"""Phi-3's parameters: fused qkv_proj and gate_up_proj in the checkpoint already; MLC LLM names
them `transformer.h.N.mixer.*`."""

from __future__ import annotations

from ..config import DecoderConfig
from ..sources import Param


def model(c: DecoderConfig) -> dict[str, Param]:
    d, vocab = c.hidden_size, c.vocab_size
    params = {
        "embed": Param("transformer.embd.weight", ("model.embed_tokens.weight",), (vocab, d)),
        "final_norm": Param("transformer.norm.weight", ("model.norm.weight",), (d,)),
    }
    if not c.tie_word_embeddings:
        params["lm_head"] = Param("lm_head.weight", ("lm_head.weight",), (vocab, d))
    return params


def layer(c: DecoderConfig, i: int) -> dict[str, Param]:
    d, ffn, hd = c.hidden_size, c.intermediate_size, c.head_dim
    hq, hkv = c.num_attention_heads, c.num_key_value_heads
    p, m = f"model.layers.{i}.", f"transformer.h.{i}."
    return {
        "attn_norm": Param(m + "ln.weight", (p + "input_layernorm.weight",), (d,)),
        "qkv": Param(m + "mixer.qkv_proj.weight", (p + "self_attn.qkv_proj.weight",), ((hq + 2 * hkv) * hd, d)),
        "o": Param(m + "mixer.out_proj.weight", (p + "self_attn.o_proj.weight",), (d, hq * hd)),
        "mlp_norm": Param(m + "post_attention_layernorm.weight", (p + "post_attention_layernorm.weight",), (d,)),
        "gate_up": Param(m + "mlp.gate_up_proj.weight", (p + "mlp.gate_up_proj.weight",), (2 * ffn, d)),
        "down": Param(m + "mlp.down_proj.weight", (p + "mlp.down_proj.weight",), (d, ffn)),
    }
