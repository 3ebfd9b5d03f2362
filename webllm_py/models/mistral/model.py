"""Mistral: Llama's block; every layer attends to the last `sliding_window` positions only, over
a rolling KV cache (`Decoder` sizes it and the kernels index it by position modulo its rows),
so decoding goes on past the window with constant memory."""

from __future__ import annotations

from ..llama.model import LlamaModel
from .config import MistralConfig


class MistralModel(LlamaModel):
    config: MistralConfig
