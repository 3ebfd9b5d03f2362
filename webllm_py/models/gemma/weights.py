"""Gemma's parameters by their Hugging Face and MLC LLM names.  RMSNorm weights w are stored
as 1 + w (what Gemma multiplies by), as MLC LLM's converter stores them."""

from __future__ import annotations

from ..llama import weights as llama
from ..sources import Param, plus_one
from .config import GemmaConfig


def _norm(p: Param) -> Param:
    return Param(p.mlc, p.hf, p.shape, plus_one)


def model(c: GemmaConfig) -> dict[str, Param]:
    params = llama.model(c)
    params["final_norm"] = _norm(params["final_norm"])
    return params


def layer(c: GemmaConfig, i: int) -> dict[str, Param]:
    params = llama.layer(c, i)
    for key in ("attn_norm", "mlp_norm"):
        params[key] = _norm(params[key])
    if c.sandwich_norms:  # Gemma 2: post_attention_layernorm follows attention; the MLP has its own pair
        p, d = f"model.layers.{i}.", c.hidden_size
        params["attn_post_norm"] = params.pop("mlp_norm")
        for key, name in (("mlp_norm", "pre_feedforward_layernorm"), ("mlp_post_norm", "post_feedforward_layernorm")):
            params[key] = _norm(Param(p + name + ".weight", (p + name + ".weight",), (d,)))
    return params
