"""Rotary-embedding frequencies, computed on the host where each model's scaling rule lives.

The GPU kernel only multiplies position by `inv_freq[i]`; every scaling scheme
(Llama 3's wavelength bands, Phi-3's LongRoPE divisors) is a change to this table.
LongRoPE has two tables, the short one for sequences within the original training length
and the long one beyond (see `Decoder.forward`), and scales cos/sin by an attention factor.
"""

from __future__ import annotations

import math
import struct


def _f32(x: float) -> float:
    return struct.unpack("<f", struct.pack("<f", x))[0]


def inv_frequencies(rot_dim: int, theta: float, scaling: dict | None = None, long: bool = False) -> list[float]:
    """inv_freq[i] = theta^(-2i/rot_dim), rounded to float32 as transformers does, then scaled.

    `long` picks LongRoPE's long factors (else its short ones)."""
    if scaling is not None and scaling["rope_type"] == "longrope":
        factors = scaling["long_factor" if long else "short_factor"]
        if len(factors) != rot_dim // 2:
            raise ValueError(f"longrope factors: {len(factors)}, the rotary dimension needs {rot_dim // 2}")
        # transformers: 1 / (factor * base ** (2i / dim)), each step in float32
        return [_f32(1.0 / _f32(_f32(f) * _f32(theta ** _f32(2 * i / rot_dim)))) for i, f in enumerate(factors)]
    inv = [_f32(1.0 / theta ** (_f32(2 * i / rot_dim))) for i in range(rot_dim // 2)]
    if scaling is None:
        return inv
    if scaling["rope_type"] == "llama3":
        return [_f32(f) for f in _llama3(inv, scaling)]
    raise ValueError(f"unsupported rope scaling {scaling['rope_type']!r}")


def _llama3(inv: list[float], s: dict) -> list[float]:
    """Llama 3.1: keep high frequencies, divide low ones by `factor`, blend in between."""
    factor, low, high = s["factor"], s["low_freq_factor"], s["high_freq_factor"]
    old_len = s["original_max_position_embeddings"]
    low_wavelen, high_wavelen = old_len / low, old_len / high
    out = []
    for f in inv:
        wavelen = 2 * math.pi / f
        if wavelen < high_wavelen:
            out.append(f)
        elif wavelen > low_wavelen:
            out.append(f / factor)
        else:
            smooth = (old_len / wavelen - low) / (high - low)
            out.append((1 - smooth) * f / factor + smooth * f)
    return out


def pack_f32(values: list[float]) -> bytes:
    return struct.pack(f"<{len(values)}f", *values)
