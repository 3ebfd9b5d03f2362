"""Qwen's parameters by their Hugging Face and MLC LLM names (MLC: q/k/v fused into `c_attn`)."""

from __future__ import annotations

from ..llama import weights as llama
from ..sources import Param
from .config import QwenConfig

model = llama.model


def layer(c: QwenConfig, i: int) -> dict[str, Param]:
    hd, hq, hkv, d = c.head_dim, c.num_attention_heads, c.num_key_value_heads, c.hidden_size
    p = f"model.layers.{i}."
    params = llama.layer(c, i)
    params["qkv"] = Param(p + "self_attn.c_attn.weight", params["qkv"].hf, params["qkv"].shape)
    if c.qkv_bias:
        params["qkv_bias"] = Param(p + "self_attn.c_attn.bias", tuple(p + f"self_attn.{x}_proj.bias" for x in "qkv"),
                                   ((hq + 2 * hkv) * hd,))
    if c.o_bias:
        params["o_bias"] = Param(p + "self_attn.o_proj.bias", (p + "self_attn.o_proj.bias",), (d,))
    if c.qk_norm:
        for x in "qk":
            params[f"{x}_norm"] = Param(p + f"self_attn.{x}_norm.weight", (p + f"self_attn.{x}_norm.weight",), (hd,))
    return params
