"""The generation loop: chunked prefill, then one token at a time over the KV cache.

This is the plain loop the CLI and tests use; the chat engine builds its
sampling, streaming and stop handling on top of `prefill` and `decode_step`.
"""

from __future__ import annotations

import random
import struct
from dataclasses import dataclass, field
from typing import Protocol

from .gpu import Device, Tensor


class CausalLM(Protocol):
    device: Device
    prefill_chunk: int
    context_window: int

    def forward(self, ids: list[int], pos0: int, all_logits: bool = False) -> Tensor: ...


async def read_rows(device: Device, logits: Tensor) -> list[list[float]]:
    data = await device.read(logits)
    n, vocab = logits.shape
    flat = struct.unpack(f"<{n * vocab}f", data)
    return [list(flat[i * vocab:(i + 1) * vocab]) for i in range(n)]


async def prefill(model: CausalLM, ids: list[int], pos0: int = 0, all_logits: bool = False) -> list[list[float]]:
    """Feed `ids` in chunks; return the last row of logits, or every row if asked."""
    rows: list[list[float]] = []
    for start in range(0, len(ids), model.prefill_chunk):
        chunk = ids[start:start + model.prefill_chunk]
        last = start + len(chunk) == len(ids)
        logits = model.forward(chunk, pos0 + start, all_logits=all_logits)
        if all_logits or last:
            rows += await read_rows(model.device, logits)
    return rows


def argmax(row: list[float]) -> int:
    return row.index(max(row))


@dataclass
class Generation:
    ids: list[int] = field(default_factory=list)
    logits: list[list[float]] = field(default_factory=list)  # one row per position, if kept


async def generate(model: CausalLM, prompt_ids: list[int], max_tokens: int, temperature: float = 0.0,
                   seed: int | None = None, keep_logits: bool = False, stop_ids: tuple[int, ...] = ()) -> Generation:
    """Greedy (temperature 0) or plain temperature sampling, with optional logits for every position."""
    if not prompt_ids:
        raise ValueError("the prompt is empty")
    if len(prompt_ids) + max_tokens > model.context_window + 1:
        raise ValueError(f"prompt ({len(prompt_ids)}) + max_tokens ({max_tokens}) exceed the context window {model.context_window}")
    rng = random.Random(seed)
    out = Generation()
    rows = await prefill(model, prompt_ids, all_logits=keep_logits)
    pos = len(prompt_ids)
    while True:
        row = rows[-1]
        if keep_logits:
            out.logits += rows
        token = argmax(row) if temperature == 0 else _sample(row, temperature, rng)
        out.ids.append(token)
        if len(out.ids) >= max_tokens or token in stop_ids:
            return out
        rows = await read_rows(model.device, model.forward([token], pos))
        pos += 1


def _sample(row: list[float], temperature: float, rng: random.Random) -> int:
    import math

    m = max(row)
    weights = [math.exp((v - m) / temperature) for v in row]
    return rng.choices(range(len(row)), weights)[0]
