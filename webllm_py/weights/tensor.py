"""Raw tensors as stored in weight files, and the one conversion every backend needs.

Pure Python (standard library only) so it runs unchanged in Pyodide.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from math import prod

# Bytes per element of each supported dtype.
DTYPE_SIZES: dict[str, int] = {
    "float32": 4,
    "float16": 2,
    "bfloat16": 2,
    "int32": 4,
    "uint32": 4,
    "int8": 1,
    "uint8": 1,
}


class WeightError(ValueError):
    """A weight file is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class RawTensor:
    """A tensor's little-endian bytes exactly as stored, viewed zero-copy in the file buffer."""

    name: str
    dtype: str
    shape: tuple[int, ...]
    data: memoryview

    @property
    def numel(self) -> int:
        return prod(self.shape)

    @property
    def nbytes(self) -> int:
        return self.data.nbytes


def _f16_tables() -> tuple[bytes, ...]:
    """Byte tables that rebuild each byte of a float32 from the bytes of a float16.

    A half is (lo, hi) = (mmmmmmmm, seeeeemm); the float32 bytes are
    b0 = 0, b1 = lo << 5, b2 = (e32 & 1) << 7 | (hi & 3) << 5 | lo >> 3, b3 = s << 7 | e32 >> 1,
    with e32 = e + 112 (rebias), 0 for zero and 255 for inf/NaN. Subnormal halves (e == 0,
    mantissa != 0) need normalising and are patched afterwards; `is_sub` flags e == 0 and
    `mant_hi` flags mantissa bits held in `hi`.
    """
    def e32(h: int) -> int:
        e = (h >> 2) & 31
        return 0 if e == 0 else 255 if e == 31 else e + 112

    lo_b1 = bytes((lo << 5) & 0xFF for lo in range(256))
    lo_b2 = bytes(lo >> 3 for lo in range(256))
    hi_b2 = bytes((e32(h) & 1) << 7 | (h & 3) << 5 for h in range(256))
    hi_b3 = bytes((h & 0x80) | e32(h) >> 1 for h in range(256))
    is_sub = bytes(int((h >> 2) & 31 == 0) for h in range(256))
    mant_hi = bytes(int(h & 3 != 0) for h in range(256))
    return lo_b1, lo_b2, hi_b2, hi_b3, is_sub, mant_hi


_LO_B1, _LO_B2, _HI_B2, _HI_B3, _IS_SUB, _MANT_HI = _f16_tables()
_NONZERO = bytes(int(b != 0) for b in range(256))


def _or_bytes(a: bytes, b: bytes) -> bytes:
    """Bytewise OR of two equal-length strings, done in C through Python's big integers."""
    return (int.from_bytes(a, "little") | int.from_bytes(b, "little")).to_bytes(len(a), "little")


def _f16_into(src: bytes, out: bytearray, at: int) -> None:
    """Write float16 `src` as float32 into `out[at:]` without a per-element Python loop."""
    n = len(src) // 2
    lo, hi = src[0::2], src[1::2]
    end = at + 4 * n
    out[at + 1 : end : 4] = lo.translate(_LO_B1)
    out[at + 2 : end : 4] = _or_bytes(lo.translate(_LO_B2), hi.translate(_HI_B2))
    out[at + 3 : end : 4] = hi.translate(_HI_B3)
    # Subnormal halves: exponent 0 with a non-zero mantissa. Rare in weights; patch one by one.
    has_mant = _or_bytes(lo.translate(_NONZERO), hi.translate(_MANT_HI))
    flags = int.from_bytes(hi.translate(_IS_SUB), "little") & int.from_bytes(has_mant, "little")
    if flags:
        flag_bytes = flags.to_bytes(n, "little")
        i = flag_bytes.find(1)
        while i >= 0:
            struct.pack_into("<f", out, at + 4 * i, struct.unpack_from("<e", src, 2 * i)[0])
            i = flag_bytes.find(1, i + 1)


def _bf16_into(src: bytes, out: bytearray, at: int) -> None:
    """bfloat16 is the top half of a float32: interleave it above two zero bytes."""
    end = at + 2 * len(src)
    out[at + 2 : end : 4] = src[0::2]
    out[at + 3 : end : 4] = src[1::2]


_CONVERTERS = {"float16": _f16_into, "bfloat16": _bf16_into}
_CHUNK_BYTES = 1 << 21  # source bytes per step: bounds temporaries (wasm heaps are small)


def to_float32_bytes(t: RawTensor) -> bytearray:
    """Little-endian float32 bytes of a float tensor (what f32 GPU kernels upload).

    Returns a bytearray rather than bytes: converting into it in place avoids a second full
    copy of the output, which matters for large embeddings in a browser's memory.
    """
    if t.dtype == "float32":
        return bytearray(t.data)
    convert = _CONVERTERS.get(t.dtype)
    if convert is None:
        raise WeightError(f"{t.name}: cannot convert {t.dtype} to float32 (not a float tensor)")
    out = bytearray(2 * t.nbytes)
    for start in range(0, t.nbytes, _CHUNK_BYTES):
        convert(bytes(t.data[start : start + _CHUNK_BYTES]), out, 2 * start)
    return out


def pairs_to_halves(data: bytes | memoryview, rows: int, heads: int) -> bytes:
    """q/k rows from RoPE's adjacent-pair order (Meta's llama2.c, llama.cpp's GGUF) to HF's halves.

    Within each head, row 2i + j of the pair order is HF's row j * d/2 + i: the even rows make
    the first half, the odd rows the second.  A row permutation, so any block format keeps."""
    row_bytes, hd = len(data) // rows, rows // heads
    view = memoryview(data)
    return b"".join(view[(h * hd + 2 * i + j) * row_bytes:(h * hd + 2 * i + j + 1) * row_bytes]
                    for h in range(heads) for j in range(2) for i in range(hd // 2))
