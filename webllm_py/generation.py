"""The generation loop: chunked prefill, then one token at a time over the KV cache.

This is the plain loop the CLI, the benchmark and the tests use.  Greedy picks
happen on the GPU (the `argmax` kernel), so a decode step reads back 4 bytes,
not the vocabulary; full logits are read only when asked for.
"""

from __future__ import annotations

import math
import random
import struct
import time
from dataclasses import dataclass, field
from typing import Protocol

from .gpu import Device, Tensor
from .sampling import SamplingError


class CausalLM(Protocol):
    device: Device
    prefill_chunk: int
    context_window: int

    def forward(self, ids: list[int], pos0: int, all_logits: bool = False) -> Tensor: ...


@dataclass
class Generation:
    ids: list[int] = field(default_factory=list)
    logits: list[list[float]] = field(default_factory=list)  # one row per position, when kept
    prefill_seconds: float = 0.0  # until the first token is known
    decode_seconds: float = 0.0


async def read_rows(device: Device, logits: Tensor) -> list[list[float]]:
    data = await device.read(logits)
    n, vocab = logits.shape
    flat = struct.unpack(f"<{n * vocab}f", data)
    return [list(flat[i * vocab:(i + 1) * vocab]) for i in range(n)]


async def generate(model: CausalLM, prompt_ids: list[int], max_tokens: int, temperature: float = 0.0,
                   seed: int | None = None, keep_logits: bool = False, stop_ids: tuple[int, ...] = ()) -> Generation:
    """Greedy (temperature 0) or plain temperature sampling; optionally keep every position's logits.

    Kept logits: row i is the model's output after token i of prompt + ids[:-1].
    """
    if not prompt_ids:
        raise ValueError("the prompt is empty")
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
    if len(prompt_ids) + max_tokens - 1 > model.context_window:
        raise ValueError(f"prompt ({len(prompt_ids)} tokens) + max_tokens ({max_tokens}) exceed the context window"
                         f" ({model.context_window})")
    device, rng, out = model.device, random.Random(seed), Generation()
    picked = device.empty((1,), "int32", label="picked")

    async def run(ids: list[int], pos: int) -> int:
        """Feed ids at pos (in chunks) and pick the next token from the last position."""
        for start in range(0, len(ids), model.prefill_chunk):
            logits = model.forward(ids[start:start + model.prefill_chunk], pos + start, all_logits=keep_logits)
            if keep_logits:
                out.logits += await read_rows(device, logits)
        if keep_logits or temperature > 0:
            row = out.logits[-1] if keep_logits else (await read_rows(device, logits))[-1]
            if not all(map(math.isfinite, row)):
                raise SamplingError(f"the logits at position {pos + len(ids) - 1} hold NaN or infinity "
                                    "(are the weights finite?)")
            return row.index(max(row)) if temperature == 0 else _sample(row, temperature, rng)
        device.run("argmax", {"row": logits.shape[0] - 1}, logits=logits, out=picked)
        token = struct.unpack("<i", await device.read(picked))[0]
        if not 0 <= token < logits.shape[1]:
            raise SamplingError(f"argmax picked token id {token}, outside the vocabulary (0..{logits.shape[1] - 1}):"
                                " the logits hold NaN or the GPU returned a corrupt result")
        return token

    try:
        t0 = time.perf_counter()
        token = await run(prompt_ids, 0)
        t1 = time.perf_counter()
        out.prefill_seconds = t1 - t0
        pos = len(prompt_ids)
        while True:
            out.ids.append(token)
            if len(out.ids) >= max_tokens or token in stop_ids:
                break
            token = await run([token], pos)
            pos += 1
        out.decode_seconds = time.perf_counter() - t1
        return out
    finally:
        device.release(picked)


def _sample(row: list[float], temperature: float, rng: random.Random) -> int:
    m = max(row)
    weights = [math.exp((v - m) / temperature) for v in row]
    return rng.choices(range(len(row)), weights)[0]
