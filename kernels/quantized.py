"""Kernels for MLC's group-quantized weights (q4f16_1, q4f32_1): dequantize inside the matmul.

Layout (MLC LLM's, so prebuilt WebLLM weights load as they are): a weight [m, k] is stored as
`q_weight` [m, ceil(k/32) * 4] uint32 (8 four-bit values per word, value i in bits 4i..4i+3,
k padded with zero nibbles to whole groups) and `q_scale` [m, ceil(k/32)] in float32 or float16
(one scale per group of 32 along k); w = (q - 7) * scale.

Each kernel reads the weight through a `uint32x4` view ([m, groups]): one 16-byte load is one
whole group, neighbouring threads load neighbouring groups, and the scale index is the same as
the weight index.  Activations are read as `float32x4` ([n, k/4]; k % 4 == 0).

A four-bit value becomes a float without an integer-to-float conversion (a slow instruction
on GPUs): OR-ing it into the mantissa of 2^23 gives the float 2^23 + q exactly, and
subtracting 2^23 + 7 leaves q - 7.  Every dequantized weight is (q - 7) * scale computed
exactly in float32, for f16 scales too, so both scale types give the same numbers.

* `gemv` (decode, one activation row): a few output rows per workgroup, a few threads per row
  striding over the groups, then a shared-memory reduction; two schedules (WIDE, TALL) for
  matrices with few or many rows, and WIDE with a subgroup reduction instead (`_sg32`) for
  adapters whose subgroups are always 32 wide.  It fuses an input transform (RMSNorm, LayerNorm, gated
  activation: kernels/prologue.py) and a bias.
* `matmul` (prefill): 64x64 output tiles, K tiles of one group (32), the weight tile
  dequantized into shared memory; blocked summation per K tile as in `linear.matmul`.
* `embed`: the dequantizing embedding lookup (reads the scalar `uint32` view).
* `fill_bits`: random words for benchmark weights made on the GPU.
"""

from tvm.script import tirx as T

from .mathfn import hash_index
from .prologue import (PROLOGUES, VARIANTS, Prologue, input_stats, rolled_if_activation, specialized, transform,
                       variant_name)
from .tiles import accumulate_tile, store_output, store_tile, sum_rows_and_store

# gemv schedules (rows per workgroup, threads per row, groups per thread and step), measured on an
# H200: WIDE suits matrices with few rows (down, o, qkv projections), TALL those with many
# (gate_up, lm head), where it reads 1.5x faster (686 vs 459 GB/s on 28672x4096 through wgpu) but
# starves the GPU of workgroups on 4096 rows (314 vs 422 GB/s on 4096x14336).
WIDE = (8, 32, 2)
TALL = (64, 4, 4)
TILE = 64
GROUP = 32
EMBED_THREADS = 256
MAGIC = 0x4B000000  # the bits of 2^23 as float32
MAGIC_ZERO = 8388615.0  # 2^23 + 7: subtracting it leaves q - 7


def _nibble(word, i):
    """(q_i - 7) as float32 for the i-th four-bit value of a uint32 word."""
    bits = T.bitwise_or(T.bitwise_and(T.shift_right(word, T.uint32(4 * i)), T.uint32(15)), T.uint32(MAGIC))
    return T.reinterpret("float32", bits) - T.float32(MAGIC_ZERO)


def gemv(p: Prologue, bias: bool, accumulate: bool, scale_dtype: str, schedule: tuple[int, int, int],
         subgroup: int = 0):
    """Y[col0 + j] (+)= sum_c deq(W)[j, c] * x'[c] (+ B[col0 + j]) for j < m, x' the prologue of
    X's `row` (kernels/prologue.py).

    `schedule` = (R rows per workgroup, TH threads per row, U groups per thread and step):
    each thread loads all U groups' weights before using any, so that several 16-byte
    loads are in flight per thread; the TH partial sums of a row meet in shared memory, or,
    with `subgroup` = TH, in registers through subgroupShuffleDown: correct only where every
    subgroup is exactly TH consecutive invocations (one row), so the host selects it only for an
    adapter whose smallest and largest subgroup sizes are both TH.
    """
    R, TH, U = schedule
    if subgroup not in (0, TH):
        raise ValueError(f"a subgroup reduction needs one row per subgroup: {TH} threads per row, not {subgroup}")
    shuffle = subgroup > 0
    elements = rolled_if_activation(p)

    @T.prim_func
    def kernel(x_h: T.handle, w_h: T.handle, s_h: T.handle, y_h: T.handle, nw_h: T.handle, nb_h: T.handle,
               b_h: T.handle, row: T.int32, col0: T.int32, eps: T.float32):
        rows = T.int32()
        kxv = T.int32()  # X's width / 4: k / 4, or 2k / 4 for a gated prologue
        m = T.int32()
        groups = T.int32()
        width = T.int32()
        X = T.match_buffer(x_h, (rows, kxv), "float32x4")
        W = T.match_buffer(w_h, (m, groups), "uint32x4")
        S = T.match_buffer(s_h, (m, groups), scale_dtype)
        Y = T.match_buffer(y_h, (width,), "float32")
        Nw = T.match_buffer(nw_h, (kxv * 4,), "float32")
        Nb = T.match_buffer(nb_h, (kxv * 4,), "float32")
        B = T.match_buffer(b_h, (width,), "float32")
        bx = T.launch_thread("blockIdx.x", (m + R - 1) // R)
        ty = T.launch_thread("threadIdx.y", R)
        tx = T.launch_thread("threadIdx.x", TH)
        red = T.alloc_buffer((R, TH), "float32", scope="shared")
        flat = T.alloc_buffer((R * TH,), "float32", scope="shared")
        acc = T.alloc_buffer((1,), "float32", scope="local")
        part = T.alloc_buffer((4,), "float32", scope="local")  # one sum per word: independent FMA chains
        w = T.alloc_buffer((4 * U,), "uint32", scope="local")
        sc = T.alloc_buffer((U,), "float32", scope="local")
        xv = T.alloc_buffer((GROUP,), "float32", scope="local")
        uv = T.alloc_buffer((GROUP,), "float32", scope="local")
        tmp = T.alloc_buffer((5,), "float32", scope="local")
        stat = T.alloc_buffer((2,), "float32", scope="local")
        kv = kxv // p.width  # k / 4
        input_stats(p, X, row, kv, 4, kv * 4, eps, ty * TH + tx, R * TH, flat, tmp, stat)
        r = bx * R + ty
        acc[0] = T.float32(0)
        if r < m:
            for g0 in range((groups + TH * U - 1) // (TH * U)):
                for u in T.unroll(U):
                    g = (g0 * U + u) * TH + tx
                    w[T.Ramp(4 * u, 1, 4)] = T.if_then_else(
                        g < groups, W[r, T.min(g, groups - 1)], T.Broadcast(T.uint32(0), 4))
                    sc[u] = T.if_then_else(g < groups, T.Cast("float32", S[r, T.min(g, groups - 1)]), T.float32(0))
                for u in T.unroll(U):
                    g = (g0 * U + u) * TH + tx
                    if g < groups:
                        for j in T.unroll(8):
                            # zeros past k: the padding nibbles of a partial last group are not zero weights
                            c = g * 8 + j
                            xv[T.Ramp(4 * j, 1, 4)] = T.if_then_else(
                                c < kv, X[row, T.min(c, kv - 1)], T.Broadcast(T.float32(0), 4))
                            if p.gated:
                                uv[T.Ramp(4 * j, 1, 4)] = T.if_then_else(
                                    c < kv, X[row, kv + T.min(c, kv - 1)], T.Broadcast(T.float32(0), 4))
                        if p.name != "":
                            for e in elements(GROUP):
                                transform(p, xv, uv, e, T.min(g * GROUP + e, kv * 4 - 1), Nw, Nb, stat, tmp)
                                if p.centered:  # LayerNorm maps the zeros past k to Nb[k - 1]
                                    xv[e] = T.if_then_else(g * GROUP + e < kv * 4, xv[e], T.float32(0))
                        for i in T.unroll(4):
                            part[i] = T.float32(0)
                            for e in T.unroll(8):
                                part[i] = part[i] + _nibble(w[4 * u + i], e) * xv[i * 8 + e]
                        acc[0] = acc[0] + sc[u] * ((part[0] + part[1]) + (part[2] + part[3]))
        if shuffle:
            for step in T.unroll(TH.bit_length() - 1):
                acc[0] = acc[0] + T.webgpu.subgroup_shuffle_down(acc[0], T.shift_right(T.uint32(TH // 2), T.Cast("uint32", step)))
            store_output(Y, acc[0], r, m, col0, accumulate, B, bias, tx == 0)
        else:
            red[ty, tx] = acc[0]
            T.tvm_storage_sync("shared")
            sum_rows_and_store(red, ty, tx, TH, Y, r, m, col0, accumulate, B, bias)

    return specialized(kernel, p)


def matmul(accumulate: bool, scale_dtype: str):
    """Y[i, col0 + j] (+)= sum_k X[i, k] * deq(W)[j, k] for j < m."""

    @T.prim_func
    def kernel(x_h: T.handle, w_h: T.handle, s_h: T.handle, y_h: T.handle, col0: T.int32):
        n = T.int32()
        kv = T.int32()
        m = T.int32()
        groups = T.int32()
        width = T.int32()
        X = T.match_buffer(x_h, (n, kv), "float32x4")
        W = T.match_buffer(w_h, (m, groups), "uint32x4")
        S = T.match_buffer(s_h, (m, groups), scale_dtype)
        Y = T.match_buffer(y_h, (n, width), "float32")
        bx = T.launch_thread("blockIdx.x", (m + TILE - 1) // TILE)
        by = T.launch_thread("blockIdx.y", (n + TILE - 1) // TILE)
        ty = T.launch_thread("threadIdx.y", 16)
        tx = T.launch_thread("threadIdx.x", 16)
        xs = T.alloc_buffer((GROUP, TILE), "float32", scope="shared")
        ws = T.alloc_buffer((GROUP, TILE), "float32", scope="shared")
        acc = T.alloc_buffer((4, 4), "float32", scope="local")
        part = T.alloc_buffer((4, 4), "float32", scope="local")
        x4 = T.alloc_buffer((4,), "float32", scope="local")
        w = T.alloc_buffer((4,), "uint32", scope="local")
        tid = ty * 16 + tx
        for i in T.unroll(4):
            for j in T.unroll(4):
                acc[i, j] = T.float32(0)
        for g in range(groups):
            # 256 threads stage the 64x32 X tile, two float4 each (zeros past n and k).
            for e in T.unroll(2):
                flat = e * 256 + tid
                rr = flat // 8
                c = g * 8 + flat % 8
                gx = by * TILE + rr
                x4[T.Ramp(0, 1, 4)] = T.if_then_else(
                    gx < n and c < kv, X[T.min(gx, n - 1), T.min(c, kv - 1)], T.Broadcast(T.float32(0), 4))
                for v in T.unroll(4):
                    xs[(flat % 8) * 4 + v, rr] = x4[v]
            # 64 threads dequantize one row's group each into the W tile.
            if tid < TILE:
                gw = bx * TILE + tid
                if gw < m:
                    w[T.Ramp(0, 1, 4)] = W[gw, g]
                    scale = T.Cast("float32", S[gw, g])
                    for i in T.unroll(4):
                        for e in T.unroll(8):
                            ws[i * 8 + e, tid] = _nibble(w[i], e) * scale
                else:
                    for kk in T.unroll(GROUP):
                        ws[kk, tid] = T.float32(0)
            T.tvm_storage_sync("shared")
            accumulate_tile(acc, part, xs, ws, ty, tx, GROUP)
            T.tvm_storage_sync("shared")
        store_tile(Y, acc, by * TILE + ty * 4, bx * TILE + tx * 4, n, m, col0, accumulate)

    return kernel


def embed(scale_dtype: str):
    """out[i, :] = deq(table)[ids[i] - row0, :] * scale for the ids this row block holds (row0 ..)."""

    @T.prim_func
    def kernel(ids_h: T.handle, w_h: T.handle, s_h: T.handle, out_h: T.handle, row0: T.int32, scale: T.float32):
        n = T.int32()
        vocab = T.int32()
        words = T.int32()
        groups = T.int32()
        d = T.int32()
        ids = T.match_buffer(ids_h, (n,), "int32")
        W = T.match_buffer(w_h, (vocab, words), "uint32")
        S = T.match_buffer(s_h, (vocab, groups), scale_dtype)
        out = T.match_buffer(out_h, (n, d), "float32")
        i = T.launch_thread("blockIdx.x", n)
        by = T.launch_thread("blockIdx.y", (d + EMBED_THREADS - 1) // EMBED_THREADS)
        tx = T.launch_thread("threadIdx.x", EMBED_THREADS)
        j = by * EMBED_THREADS + tx
        r = ids[i] - row0
        if j < d and 0 <= r and r < vocab:
            word = T.shift_right(W[r, j // 8], T.Cast("uint32", 4 * (j % 8)))
            q = T.bitwise_or(T.bitwise_and(word, T.uint32(15)), T.uint32(MAGIC))
            out[i, j] = (T.reinterpret("float32", q) - T.float32(MAGIC_ZERO)) * T.Cast("float32", S[r, j // GROUP]) * scale

    return kernel


@T.prim_func
def fill_bits(out_h: T.handle, seed: T.int32, mask: T.int32, bits: T.int32):
    """out[i] = (hash(i, seed) & mask) | bits: random quantized weights (and f16 scales) made on the GPU."""
    n = T.int32()
    out = T.match_buffer(out_h, (n,), "uint32")
    bx = T.launch_thread("blockIdx.x", (n + EMBED_THREADS - 1) // EMBED_THREADS)
    tx = T.launch_thread("threadIdx.x", EMBED_THREADS)
    i = bx * EMBED_THREADS + tx
    if i < n:
        h = T.alloc_buffer((1,), "uint32", scope="local")
        hash_index(h, i, seed)
        out[i] = T.bitwise_or(T.bitwise_and(h[0], T.Cast("uint32", mask)), T.Cast("uint32", bits))


def subgroup_gemv_kernels() -> dict:
    """The WIDE q4 GEMVs with a subgroup reduction for subgroups of exactly 32 (NVIDIA's size):
    q4_gemv_sg32[_prologue][_bias][_add]_{f32,f16}; they need the `subgroups` feature."""
    return {variant_name("q4_gemv_sg32", p, bias, acc, scales): gemv(PROLOGUES[p], bias, acc, dtype, WIDE, 32)
            for scales, dtype in (("f32", "float32"), ("f16", "float16")) for p, bias, acc in VARIANTS}


def gemv_kernels() -> dict:
    """Every q4 GEMV variant by its shipped name: q4_gemv[_tall][_prologue][_bias][_add]_{f32,f16}.
    No tall activation variants: the down projections they serve have few rows."""
    return {variant_name(base, p, bias, acc, scales): gemv(PROLOGUES[p], bias, acc, dtype, schedule)
            for scales, dtype in (("f32", "float32"), ("f16", "float16"))
            for base, schedule in (("q4_gemv", WIDE), ("q4_gemv_tall", TALL))
            for p, bias, acc in VARIANTS if schedule is WIDE or not PROLOGUES[p].act}
