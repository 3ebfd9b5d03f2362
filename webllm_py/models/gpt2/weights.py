"""GPT-2's parameters.  Its Conv1D layers store weights [in, out]: transposed to [out, in] (as
MLC LLM's converter does).  MLC names them `transformer.*` and writes the lm head (the token
embedding) as a parameter of its own; from a checkpoint the two are one upload."""

from __future__ import annotations

from ...weights import RawTensor
from ..sources import Param, transpose
from .config import GPT2Config


def hf_tensors(tensors: dict[str, RawTensor]) -> dict[str, RawTensor]:
    """OpenAI's original checkpoints name tensors without the `transformer.` prefix transformers writes."""
    return {n if n.startswith(("transformer.", "lm_head.")) else f"transformer.{n}": t for n, t in tensors.items()}


def _same(name: str, shape: tuple[int, ...], transform=None) -> Param:
    return Param(name, (name,), shape, transform)


def model(c: GPT2Config) -> dict[str, Param]:
    d, vocab = c.hidden_size, c.vocab_size
    return {
        "embed": _same("transformer.wte.weight", (vocab, d)),
        "positions": _same("transformer.wpe.weight", (c.max_position_embeddings, d)),
        "final_norm": _same("transformer.ln_f.weight", (d,)),
        "final_norm_bias": _same("transformer.ln_f.bias", (d,)),
        "lm_head": Param("lm_head.weight", ("transformer.wte.weight",), (vocab, d)),
    }


def layer(c: GPT2Config, i: int) -> dict[str, Param]:
    d, ffn = c.hidden_size, c.intermediate_size
    p = f"transformer.h.{i}."
    return {
        "attn_norm": _same(p + "ln_1.weight", (d,)),
        "attn_norm_bias": _same(p + "ln_1.bias", (d,)),
        "qkv": _same(p + "attn.c_attn.weight", (3 * d, d), transpose),
        "qkv_bias": _same(p + "attn.c_attn.bias", (3 * d,)),
        "o": _same(p + "attn.c_proj.weight", (d, d), transpose),
        "o_bias": _same(p + "attn.c_proj.bias", (d,)),
        "mlp_norm": _same(p + "ln_2.weight", (d,)),
        "mlp_norm_bias": _same(p + "ln_2.bias", (d,)),
        "up": _same(p + "mlp.c_fc.weight", (ffn, d), transpose),
        "up_bias": _same(p + "mlp.c_fc.bias", (ffn,)),
        "down": _same(p + "mlp.c_proj.weight", (d, ffn), transpose),
        "down_bias": _same(p + "mlp.c_proj.bias", (d,)),
    }
