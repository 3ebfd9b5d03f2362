"""Phi-3 / Phi-3.5: Llama's block (the checkpoint fuses qkv and gate/up itself).  What differs
is position: only the first `partial_rotary_factor` of each head rotates, and LongRoPE divides
each frequency by a short factor, or a long one once the sequence passes the original training
length, with cos/sin scaled by an attention factor (`Decoder.attention`, `rope.py`).  A
sliding window, where configured, applies to every layer."""

from __future__ import annotations

from ..llama.model import LlamaModel
from . import weights
from .config import Phi3Config


class Phi3Model(LlamaModel):
    config: Phi3Config
    names = weights
