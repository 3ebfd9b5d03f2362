"""Kernels for GGUF (GGML) block-quantized weights: dequantize inside the GEMV, the matmul and the
embedding lookup, bit-exactly as gguf-py's `gguf.quants.dequantize` does on the CPU.

A weight [m, k] stays in its GGUF bytes: row r starts at byte r * row_bytes of its row block
(row_bytes = k / block elements * block bytes), uploaded as a uint32 buffer padded to 4 bytes.
Block layouts (bytes within one block; f16 = IEEE half, little-endian; llama.cpp's ggml-common.h):

| type | block | bytes | layout                                                  | element i                     |
| ---- | ----- | ----- | ------------------------------------------------------- | ----------------------------- |
| F16  | 1     | 2     | f16                                                     | the half                      |
| BF16 | 1     | 2     | bfloat16                                                | bits << 16                    |
| Q8_0 | 32    | 34    | d f16, qs int8[32]                                      | d * qs[i]                     |
| Q4_0 | 32    | 18    | d f16, qs u8[16]: i < 16 low nibble of qs[i], else high of qs[i-16] | d * (q - 8)       |
| Q4_1 | 32    | 20    | d f16, m f16, qs u8[16] (as Q4_0)                       | d * q + m                     |
| Q5_0 | 32    | 22    | d f16, qh u32 (bit i: the 5th bit of q_i), qs u8[16]     | d * (q - 16)                  |
| Q5_1 | 32    | 24    | d f16, m f16, qh u32, qs u8[16]                         | d * q + m                     |
| Q4_K | 256   | 144   | d f16, dmin f16, scales u8[12], qs u8[128]              | d*sc_j * q - dmin*mn_j        |
| Q5_K | 256   | 176   | d f16, dmin f16, scales u8[12], qh u8[32], qs u8[128]    | d*sc_j * q - dmin*mn_j        |
| Q6_K | 256   | 210   | ql u8[128], qh u8[64], scales int8[16], d f16            | d*sc_(i/16) * (q - 32)        |

K-quants: sub-block j (0..7) of 32 elements has 6-bit scale sc_j and min mn_j packed in
`scales` (j < 4: low 6 bits of bytes j and j+4; j >= 4: a nibble of byte j+4 plus the top two
bits of bytes j-4 and j); its 4 low bits are nibble j%2 of qs[32*(j/2) + l] and Q5_K's 5th bit
is bit j of qh[l].  Q6_K element e = 128h + 64s + l (l < 64) takes nibble s of ql[64h + l] and
bits 2*(e%128/32) of qh[32h + e%32].

Every dequantized value is computed as gguf-py computes it (numpy, float32, no fused
multiply-add) and is bit-exact whatever the GPU fuses: the products d * q, d * sc * q and
dmin * mn are exact in float32 (an 11-bit f16 significand times integers of at most 12
significant bits, e.g. Q6_K's 7-bit scale and 5-bit q), so only the final add rounds, once.

Why u32 words: a GGUF block is 18, 22, 34 or 210 bytes, so rows and blocks start at any even
byte, and WGSL has no byte or 16-bit loads (nor f16 without `shader-f16`, which SwiftShader and
lavapipe lack).  Each kernel reads aligned u32 words and shifts (`load_words` realigns a block's
bytes that start at byte 2 of a word), and turns f16 bits into float32 with integer operations
(`f16_bits_to_float`, exact for normals, subnormals, zeros, infinities and NaNs), so the same
kernels run on every adapter and there are no scales to widen where `shader-f16` is missing.

One generic schedule per kernel kind works on chunks of 32 consecutive elements of a row (a
whole block of the 32-element types, a sub-block of the K-quants, 32 halves of F16/BF16); a
per-type `T.macro` dequantizes one chunk into 32 float32 registers, so a new type is one macro.
* `gemv` (decode, one activation row): ROWS rows per workgroup, THREADS threads per row striding
  over the chunks, a shared-memory reduction; it fuses an input transform (RMSNorm, LayerNorm,
  gated activation: kernels/prologue.py) and a bias.
* `matmul` (prefill): 64x64 output tiles as `quantized.matmul`, K tiles of one chunk.
* `embed`: the dequantizing embedding lookup, one thread per chunk.

The dequantizers are branch-free (`choose`, `zero_unless`, `load_words`' masks): TVM prints a
select over loaded values as an if/else, and SwiftShader (Dawn's CPU adapter) compiles unrolled
branchy code before a barrier very slowly.  Measured here (2 busy cores, Node + Dawn): with
branches the Q8_0 matmul took 31 s to compile and the Q6_K one over 9 minutes; branch-free,
each matmul compiles in 7-12 s, as the q4 one does.  Speed on a real GPU is not tuned yet.
"""

from dataclasses import dataclass
from typing import Any

from tvm.script import tirx as T

from .prologue import (PROLOGUES, VARIANTS, Prologue, input_stats, rolled_if_activation, specialized, transform,
                       variant_name)
from .tiles import accumulate_tile, store_tile, sum_rows_and_store

CHUNK = 32  # elements dequantized together: a Q*_0/Q*_1 block, a K-quant sub-block
ROWS = 4
THREADS = 32
TILE = 64
EMBED_THREADS = 64
MAGIC = 0x4B000000  # the bits of 2^23 as float32
TWO_23 = 8388608.0
F16_EXP = 0x38000000  # (127 - 15) << 23: moves an f16 exponent to float32's bias
F16_MIN_NORMAL = 0x38800000  # the bits of 2^-14, the smallest normal f16, as float32


def _u32(x):
    return T.Cast("uint32", x)


def choose(cond, a, b):
    """cond ? a : b for uint32 values, with bit masks (branch-free: see the module docstring)."""
    mask = T.uint32(0) - _u32(cond)
    return T.bitwise_or(T.bitwise_and(a, mask), T.bitwise_and(b, T.bitwise_not(mask)))


def zero_unless(cond, x):
    """x (float32) if cond, else +0.0, by masking its bits (0 * x would be NaN for an infinite x)."""
    return T.reinterpret("float32", T.bitwise_and(T.reinterpret("uint32", x), T.uint32(0) - _u32(cond)))


def small_to_float(q, offset: int = 0):
    """float32(q - offset) for an unsigned integer q < 2^23, exactly, without an int-to-float
    conversion: OR-ing q into the mantissa of 2^23 gives the float 2^23 + q."""
    return T.reinterpret("float32", T.bitwise_or(q, T.uint32(MAGIC))) - T.float32(TWO_23 + offset)


def f16_bits_to_float(h):
    """The float32 value of the IEEE half in the low 16 bits of `h` (uint32), with integer ops.

    Normals, infinities and NaNs move the exponent by 112 (by 224 for the all-ones exponent);
    a subnormal m * 2^-24 is (2^-14 + m * 2^-24) - 2^-14, both normal float32 (no denormal is
    ever formed, so flush-to-zero cannot change it)."""
    sign = T.shift_left(T.bitwise_and(h, T.uint32(0x8000)), T.uint32(16))
    em = T.bitwise_and(h, T.uint32(0x7FFF))
    shifted = T.shift_left(em, T.uint32(13))
    normal = shifted + T.uint32(F16_EXP) + _u32(em >= T.uint32(0x7C00)) * T.uint32(F16_EXP)
    sub = T.reinterpret("uint32", T.reinterpret("float32", T.bitwise_or(shifted, T.uint32(F16_MIN_NORMAL)))
                        - T.reinterpret("float32", T.uint32(F16_MIN_NORMAL)))
    return T.reinterpret("float32", T.bitwise_or(sign, choose(em < T.uint32(0x400), sub, normal)))


def _bits_at(W, p, shift_mask: int, mask: int):
    """(word holding byte p) >> (8 * (p % 4) rounded by `shift_mask`) & mask, for a runtime byte offset p."""
    shift = _u32(T.shift_left(T.bitwise_and(p, shift_mask), 3))
    return T.bitwise_and(T.shift_right(W[T.shift_right(p, 2)], shift), T.uint32(mask))


def byte_at(W, p):
    """The byte at runtime offset p of the uint32 buffer W."""
    return _bits_at(W, p, 3, 0xFF)


def half_at(W, p):
    """The 16 bits at even runtime offset p of W (never split across words)."""
    return _bits_at(W, p, 2, 0xFFFF)


def byte(words, p: int):
    """Byte p (a constant once unrolled) of a local array of words."""
    return T.bitwise_and(T.shift_right(words[p // 4], _u32(8 * (p % 4))), T.uint32(0xFF))


def signed_byte_to_float(b):
    """float32 of the int8 whose bits are the byte b: b ^ 0x80 is the value + 128."""
    return small_to_float(T.bitwise_xor(b, T.uint32(0x80)), 128)


@T.macro
def load_words(W, p, words, at, n, aligned):
    """words[at .. at+n) = the n uint32 words starting at byte p (even) of W, as if p were 4-aligned.

    `aligned` (a Python bool) says p % 4 == 0 always (the type's blocks and fields are whole words);
    otherwise each word is spliced from two, branch-free (SwiftShader compiles branchy unrolled
    code very slowly): shifted by 0 or 16 bits, the next word masked out or in.  Indices past W's
    end are clamped (the spliced word past a block's end, an F16 chunk past the last row): those
    bytes are never used."""
    last = W.shape[0] - 1
    i = T.shift_right(p, 2)
    if aligned:
        for j in T.unroll(n):
            words[at + j] = W[T.min(i + j, last)]
    else:
        shift = _u32(T.shift_left(T.bitwise_and(p, 2), 3))
        mask = T.uint32(0) - _u32(T.shift_right(T.bitwise_and(p, 2), 1))
        for j in T.unroll(n):
            lo = W[T.min(i + j, last)]
            hi = W[T.min(i + j + 1, last)]
            words[at + j] = T.bitwise_or(T.shift_right(lo, shift),
                                         T.bitwise_and(T.shift_left(hi, T.uint32(16)), mask))


# ---- one macro per type: vals[0 .. 32) = the float32 values of chunk c of the row at byte `base` ----


@T.macro
def deq_f16(W, base, c, k, words, vals):
    load_words(W, base + c * 64, words, 0, 16, False)
    for l in T.unroll(CHUNK):
        h = T.bitwise_and(T.shift_right(words[l // 2], _u32(16 * (l % 2))), T.uint32(0xFFFF))
        vals[l] = zero_unless(c * CHUNK + l < k, f16_bits_to_float(h))


@T.macro
def deq_bf16(W, base, c, k, words, vals):
    load_words(W, base + c * 64, words, 0, 16, False)
    for l in T.unroll(CHUNK):
        # l % 2: constant once unrolled
        bits = T.Select(l % 2 == 0, T.shift_left(words[l // 2], T.uint32(16)),
                        T.bitwise_and(words[l // 2], T.uint32(0xFFFF0000)))
        vals[l] = zero_unless(c * CHUNK + l < k, T.reinterpret("float32", bits))


@T.macro
def deq_q8_0(W, base, c, k, words, vals):
    off = base + c * 34
    hd = half_at(W, off)
    d = f16_bits_to_float(hd)
    load_words(W, off + 2, words, 0, 8, False)
    for l in T.unroll(CHUNK):
        vals[l] = signed_byte_to_float(byte(words, l)) * d


@T.macro
def deq_q4_0(W, base, c, k, words, vals):
    off = base + c * 18
    hd = half_at(W, off)
    d = f16_bits_to_float(hd)
    load_words(W, off + 2, words, 0, 4, False)
    for l in T.unroll(16):
        vals[l] = small_to_float(T.bitwise_and(byte(words, l), T.uint32(15)), 8) * d
        vals[l + 16] = small_to_float(T.shift_right(byte(words, l), T.uint32(4)), 8) * d


@T.macro
def deq_q4_1(W, base, c, k, words, vals):
    off = base + c * 20
    dm = W[T.shift_right(off, 2)]  # d and m: the blocks of Q4_1 and Q5_1 are whole words
    d = f16_bits_to_float(T.bitwise_and(dm, T.uint32(0xFFFF)))
    m = f16_bits_to_float(T.shift_right(dm, T.uint32(16)))
    load_words(W, off + 4, words, 0, 4, True)
    for l in T.unroll(16):
        vals[l] = d * small_to_float(T.bitwise_and(byte(words, l), T.uint32(15))) + m
        vals[l + 16] = d * small_to_float(T.shift_right(byte(words, l), T.uint32(4))) + m


def _fifth_bit(qh, i):
    """Bit i of the Q5 high-bit word, moved to bit 4."""
    return T.shift_left(T.bitwise_and(T.shift_right(qh, _u32(i)), T.uint32(1)), T.uint32(4))


@T.macro
def deq_q5_0(W, base, c, k, words, vals):
    off = base + c * 22
    hd = half_at(W, off)
    d = f16_bits_to_float(hd)
    load_words(W, off + 2, words, 0, 5, False)  # qh, then qs
    for l in T.unroll(16):
        lo = T.bitwise_or(T.bitwise_and(byte(words, 4 + l), T.uint32(15)), _fifth_bit(words[0], l))
        hi = T.bitwise_or(T.shift_right(byte(words, 4 + l), T.uint32(4)), _fifth_bit(words[0], l + 16))
        vals[l] = small_to_float(lo, 16) * d
        vals[l + 16] = small_to_float(hi, 16) * d


@T.macro
def deq_q5_1(W, base, c, k, words, vals):
    off = base + c * 24
    dm = W[T.shift_right(off, 2)]  # d and m: the blocks of Q4_1 and Q5_1 are whole words
    d = f16_bits_to_float(T.bitwise_and(dm, T.uint32(0xFFFF)))
    m = f16_bits_to_float(T.shift_right(dm, T.uint32(16)))
    load_words(W, off + 4, words, 0, 5, True)  # qh, then qs
    for l in T.unroll(16):
        lo = T.bitwise_or(T.bitwise_and(byte(words, 4 + l), T.uint32(15)), _fifth_bit(words[0], l))
        hi = T.bitwise_or(T.shift_right(byte(words, 4 + l), T.uint32(4)), _fifth_bit(words[0], l + 16))
        vals[l] = d * small_to_float(lo) + m
        vals[l + 16] = d * small_to_float(hi) + m


def _k_scale_min(W, off, j):
    """(scale, min) of sub-block j of a Q4_K/Q5_K block at byte `off`: 6-bit values in 12 bytes."""
    s = off + 4  # the 12 scale bytes
    sc = choose(
        j < 4, T.bitwise_and(byte_at(W, s + j), T.uint32(63)),
        T.bitwise_or(T.bitwise_and(byte_at(W, s + j + 4), T.uint32(15)),
                     T.shift_left(T.shift_right(byte_at(W, s + j - 4), T.uint32(6)), T.uint32(4))))
    mn = choose(
        j < 4, T.bitwise_and(byte_at(W, s + j + 4), T.uint32(63)),
        T.bitwise_or(T.shift_right(byte_at(W, s + j + 4), T.uint32(4)),
                     T.shift_left(T.shift_right(byte_at(W, s + j), T.uint32(6)), T.uint32(4))))
    return sc, mn


@T.macro
def deq_q4_k(W, base, c, k, words, vals):
    off = base + T.shift_right(c, 3) * 144
    j = T.bitwise_and(c, 7)
    sc, mn = _k_scale_min(W, off, j)
    dm = W[T.shift_right(off, 2)]  # d and dmin: K-quant blocks are whole words
    dl = f16_bits_to_float(T.bitwise_and(dm, T.uint32(0xFFFF))) * small_to_float(sc)
    ml = f16_bits_to_float(T.shift_right(dm, T.uint32(16))) * small_to_float(mn)
    shift = _u32(T.shift_left(T.bitwise_and(j, 1), 2))
    load_words(W, off + 16 + T.shift_right(j, 1) * 32, words, 0, 8, True)
    for l in T.unroll(CHUNK):
        q = T.bitwise_and(T.shift_right(byte(words, l), shift), T.uint32(15))
        vals[l] = dl * small_to_float(q) - ml


@T.macro
def deq_q5_k(W, base, c, k, words, vals):
    off = base + T.shift_right(c, 3) * 176
    j = T.bitwise_and(c, 7)
    sc, mn = _k_scale_min(W, off, j)
    dm = W[T.shift_right(off, 2)]  # d and dmin: K-quant blocks are whole words
    dl = f16_bits_to_float(T.bitwise_and(dm, T.uint32(0xFFFF))) * small_to_float(sc)
    ml = f16_bits_to_float(T.shift_right(dm, T.uint32(16))) * small_to_float(mn)
    shift = _u32(T.shift_left(T.bitwise_and(j, 1), 2))
    load_words(W, off + 16, words, 0, 8, True)  # qh
    load_words(W, off + 48 + T.shift_right(j, 1) * 32, words, 8, 8, True)  # qs
    for l in T.unroll(CHUNK):
        low = T.bitwise_and(T.shift_right(byte(words, 32 + l), shift), T.uint32(15))
        high = T.shift_left(T.bitwise_and(T.shift_right(byte(words, l), _u32(j)), T.uint32(1)), T.uint32(4))
        vals[l] = dl * small_to_float(T.bitwise_or(low, high)) - ml


@T.macro
def deq_q6_k(W, base, c, k, words, vals):
    off = base + T.shift_right(c, 3) * 210
    j = T.bitwise_and(c, 7)
    h = T.shift_right(j, 2)
    hd = half_at(W, off + 208)
    d = f16_bits_to_float(hd)
    d0 = d * signed_byte_to_float(byte_at(W, off + 192 + 2 * j))
    d1 = d * signed_byte_to_float(byte_at(W, off + 193 + 2 * j))
    shift_low = _u32(T.shift_left(T.bitwise_and(T.shift_right(j, 1), 1), 2))
    shift_high = _u32(T.shift_left(T.bitwise_and(j, 3), 1))
    load_words(W, off + h * 64 + T.bitwise_and(j, 1) * 32, words, 0, 8, False)  # ql
    load_words(W, off + 128 + h * 32, words, 8, 8, False)  # qh
    for l in T.unroll(CHUNK):
        low = T.bitwise_and(T.shift_right(byte(words, l), shift_low), T.uint32(15))
        high = T.shift_left(T.bitwise_and(T.shift_right(byte(words, 32 + l), shift_high), T.uint32(3)), T.uint32(4))
        # l < 16: constant once unrolled
        vals[l] = T.Select(l < 16, d0, d1) * small_to_float(T.bitwise_or(low, high), 32)


@dataclass(frozen=True)
class GGMLType:
    """A GGML type's block (elements, bytes) and its chunk dequantizer."""

    name: str
    block: int
    size: int
    dequantize: Any  # T.macro (W, base, c, k, words, vals)


TYPES = [
    GGMLType("F16", 1, 2, deq_f16),
    GGMLType("BF16", 1, 2, deq_bf16),
    GGMLType("Q8_0", 32, 34, deq_q8_0),
    GGMLType("Q4_0", 32, 18, deq_q4_0),
    GGMLType("Q4_1", 32, 20, deq_q4_1),
    GGMLType("Q5_0", 32, 22, deq_q5_0),
    GGMLType("Q5_1", 32, 24, deq_q5_1),
    GGMLType("Q4_K", 256, 144, deq_q4_k),
    GGMLType("Q5_K", 256, 176, deq_q5_k),
    GGMLType("Q6_K", 256, 210, deq_q6_k),
]


def gemv(t: GGMLType, p: Prologue, bias: bool, accumulate: bool):
    """Y[col0 + j] (+)= sum_c deq(W)[j, c] * x'[c] (+ B[col0 + j]) for the m rows j of this row
    block, x' the prologue of X's `row` (kernels/prologue.py)."""
    block, size, dequantize = t.block, t.size, t.dequantize
    elements = rolled_if_activation(p)

    @T.prim_func
    def kernel(x_h: T.handle, w_h: T.handle, y_h: T.handle, nw_h: T.handle, nb_h: T.handle, b_h: T.handle,
               row: T.int32, col0: T.int32, m: T.int32, eps: T.float32):
        rows = T.int32()
        kx = T.int32()  # k, or 2k for a gated prologue
        nw = T.int32()
        width = T.int32()
        X = T.match_buffer(x_h, (rows, kx), "float32")
        W = T.match_buffer(w_h, (nw,), "uint32")
        Y = T.match_buffer(y_h, (width,), "float32")
        Nw = T.match_buffer(nw_h, (kx,), "float32")
        Nb = T.match_buffer(nb_h, (kx,), "float32")
        B = T.match_buffer(b_h, (width,), "float32")
        bx = T.launch_thread("blockIdx.x", (m + ROWS - 1) // ROWS)
        ty = T.launch_thread("threadIdx.y", ROWS)
        tx = T.launch_thread("threadIdx.x", THREADS)
        red = T.alloc_buffer((ROWS, THREADS), "float32", scope="shared")
        flat = T.alloc_buffer((ROWS * THREADS,), "float32", scope="shared")
        acc = T.alloc_buffer((1,), "float32", scope="local")
        part = T.alloc_buffer((4,), "float32", scope="local")  # independent FMA chains
        words = T.alloc_buffer((16,), "uint32", scope="local")
        vals = T.alloc_buffer((CHUNK,), "float32", scope="local")
        xt = T.alloc_buffer((CHUNK,), "float32", scope="local")
        ut = T.alloc_buffer((CHUNK,), "float32", scope="local")
        tmp = T.alloc_buffer((2,), "float32", scope="local")
        stat = T.alloc_buffer((2,), "float32", scope="local")
        k = kx // p.width
        input_stats(p, X, row, k, 1, k, eps, ty * THREADS + tx, ROWS * THREADS, flat, tmp, stat)
        r = bx * ROWS + ty
        acc[0] = T.float32(0)
        if r < m:
            base = r * (k // block * size)
            for c0 in range((k + CHUNK * THREADS - 1) // (CHUNK * THREADS)):
                c = c0 * THREADS + tx
                if c * CHUNK < k:
                    dequantize(W, base, c, k, words, vals)  # zeros past k (F16, BF16)
                    for e in elements(CHUNK):
                        xt[e] = X[row, T.min(c * CHUNK + e, k - 1)]
                        if p.gated:
                            ut[e] = X[row, k + T.min(c * CHUNK + e, k - 1)]
                        transform(p, xt, ut, e, T.min(c * CHUNK + e, k - 1), Nw, Nb, stat, tmp)
                    for i in T.unroll(4):
                        part[i] = T.float32(0)
                        for e in T.unroll(8):
                            part[i] = part[i] + vals[i * 8 + e] * xt[i * 8 + e]
                    acc[0] = acc[0] + ((part[0] + part[1]) + (part[2] + part[3]))
        red[ty, tx] = acc[0]
        T.tvm_storage_sync("shared")
        sum_rows_and_store(red, ty, tx, THREADS, Y, r, m, col0, accumulate, B, bias)

    return specialized(kernel, p)


def matmul(t: GGMLType, accumulate: bool):
    """Y[i, col0 + j] (+)= sum_k X[i, k] * deq(W)[j, k] for the m rows j of this row block."""
    block, size, dequantize = t.block, t.size, t.dequantize

    @T.prim_func
    def kernel(x_h: T.handle, w_h: T.handle, y_h: T.handle, col0: T.int32, m: T.int32):
        n = T.int32()
        k = T.int32()
        nw = T.int32()
        width = T.int32()
        X = T.match_buffer(x_h, (n, k), "float32")
        W = T.match_buffer(w_h, (nw,), "uint32")
        Y = T.match_buffer(y_h, (n, width), "float32")
        bx = T.launch_thread("blockIdx.x", (m + TILE - 1) // TILE)
        by = T.launch_thread("blockIdx.y", (n + TILE - 1) // TILE)
        ty = T.launch_thread("threadIdx.y", 16)
        tx = T.launch_thread("threadIdx.x", 16)
        xs = T.alloc_buffer((CHUNK, TILE), "float32", scope="shared")
        ws = T.alloc_buffer((CHUNK, TILE), "float32", scope="shared")
        acc = T.alloc_buffer((4, 4), "float32", scope="local")
        part = T.alloc_buffer((4, 4), "float32", scope="local")
        words = T.alloc_buffer((16,), "uint32", scope="local")
        vals = T.alloc_buffer((CHUNK,), "float32", scope="local")
        tid = ty * 16 + tx
        for i in T.unroll(4):
            for j in T.unroll(4):
                acc[i, j] = T.float32(0)
        for g in range((k + CHUNK - 1) // CHUNK):
            # 256 threads stage the 64x32 X tile, 8 values each (zeros past n and k).
            for e in T.unroll(TILE * CHUNK // 256):
                flat = e * 256 + tid
                rr = flat // CHUNK
                kk = flat % CHUNK
                gx = by * TILE + rr
                c = g * CHUNK + kk
                v = X[T.min(gx, n - 1), T.min(c, k - 1)]
                xs[kk, rr] = zero_unless(gx < n and c < k, v)
            # 64 threads dequantize one row's chunk each into the W tile.
            if tid < TILE:
                gw = bx * TILE + tid
                if gw < m:
                    dequantize(W, gw * (k // block * size), g, k, words, vals)
                    for kk in T.unroll(CHUNK):
                        ws[kk, tid] = vals[kk]
                else:
                    for kk in T.unroll(CHUNK):
                        ws[kk, tid] = T.float32(0)
            T.tvm_storage_sync("shared")
            accumulate_tile(acc, part, xs, ws, ty, tx, CHUNK)
            T.tvm_storage_sync("shared")
        store_tile(Y, acc, by * TILE + ty * 4, bx * TILE + tx * 4, n, m, col0, accumulate)

    return kernel


def embed(t: GGMLType):
    """out[i, :] = deq(W)[ids[i] - row0, :] * scale for the ids this row block holds (row0 .. row0 + m).

    With scale 1 the values are stored untouched, so the lookup is bit-exact even for NaN
    payloads and float32 subnormals (BF16), which a multiplication may quiet or flush."""
    block, size, dequantize = t.block, t.size, t.dequantize

    @T.prim_func
    def kernel(ids_h: T.handle, w_h: T.handle, out_h: T.handle, row0: T.int32, scale: T.float32, m: T.int32):
        n = T.int32()
        nw = T.int32()
        d = T.int32()
        ids = T.match_buffer(ids_h, (n,), "int32")
        W = T.match_buffer(w_h, (nw,), "uint32")
        out = T.match_buffer(out_h, (n, d), "float32")
        i = T.launch_thread("blockIdx.x", n)
        by = T.launch_thread("blockIdx.y", (d + CHUNK * EMBED_THREADS - 1) // (CHUNK * EMBED_THREADS))
        tx = T.launch_thread("threadIdx.x", EMBED_THREADS)
        words = T.alloc_buffer((16,), "uint32", scope="local")
        vals = T.alloc_buffer((CHUNK,), "float32", scope="local")
        c = by * EMBED_THREADS + tx
        r = ids[i] - row0
        if c * CHUNK < d and 0 <= r and r < m:
            dequantize(W, r * (d // block * size), c, d, words, vals)
            if scale == T.float32(1):
                for l in T.unroll(CHUNK):
                    if c * CHUNK + l < d:
                        out[i, c * CHUNK + l] = vals[l]
            else:
                for l in T.unroll(CHUNK):
                    if c * CHUNK + l < d:
                        out[i, c * CHUNK + l] = vals[l] * scale

    return kernel


def kernels() -> dict[str, Any]:
    """Every GGML kernel by its shipped name: ggml_{gemv[_prologue][_bias][_add],matmul,matmul_add,embed}_{type}."""
    out = {}
    for t in TYPES:
        name = t.name.lower()
        for prologue, bias, accumulate in VARIANTS:
            out[variant_name("ggml_gemv", prologue, bias, accumulate, name)] = gemv(t, PROLOGUES[prologue], bias, accumulate)
        out[f"ggml_matmul_{name}"] = matmul(t, accumulate=False)
        out[f"ggml_matmul_add_{name}"] = matmul(t, accumulate=True)
        out[f"ggml_embed_{name}"] = embed(t)
    return out
