"""Linear layers: y = x @ W.T for weights stored [out_features, in_features] (Hugging Face layout).

Three schedules of the same math:
* `gemv` for decode (one activation row): each workgroup owns GEMV_ROWS output
  features; GEMV_THREADS threads stride along the input dimension so that neighbouring
  threads read neighbouring weights, then reduce in shared memory.  It fuses an input
  transform (RMSNorm, LayerNorm, gated activation: kernels/prologue.py) and a bias.
  16 threads per row, not 64: the CPU drivers that run the tests pay per invocation
  (SwiftShader ran stories260K's GEMVs with the RMSNorm prologue 13x faster), and 16
  float4 loads still read 256 contiguous bytes of a row.
* `gemv_vec4`, the same for k % 4 == 0 (the host picks it from the shape): W and x
  are read as `float32x4`, one 16-byte load per thread and step instead of four
  4-byte ones, with four independent multiply-add chains per thread.
* `matmul` for prefill (many rows): 64x64 output tiles per workgroup, 16x16
  threads each computing a 4x4 block, with 16-wide K tiles staged in shared memory.
With `accumulate=True` the result is added into `y` (the residual stream) instead
of overwriting it, which saves a separate add kernel and a buffer.  `col0` places
the m outputs at columns col0.. of a wider `y`: a weight too large for one GPU
binding is split into row blocks, each writing its slice of the output.
"""

from tvm.script import tirx as T

from .prologue import (PROLOGUES, VARIANTS, Prologue, input_stats, rolled_if_activation, specialized, transform,
                       variant_name)
from .tiles import accumulate_tile, store_tile, sum_rows_and_store

GEMV_ROWS = 4
GEMV_THREADS = 16
TILE = 64
TILE_K = 16


def gemv(p: Prologue, bias: bool, accumulate: bool):
    """y[col0 + j] (+)= sum_c W[j, c] * x'[c] (+ B[col0 + j]) for j < m, x' the prologue of X's
    `row` (kernels/prologue.py)."""

    @T.prim_func
    def kernel(x_h: T.handle, w_h: T.handle, y_h: T.handle, nw_h: T.handle, nb_h: T.handle, b_h: T.handle,
               row: T.int32, col0: T.int32, eps: T.float32):
        rows = T.int32()
        kx = T.int32()  # k, or 2k for a gated prologue
        k = T.int32()
        m = T.int32()
        width = T.int32()
        X = T.match_buffer(x_h, (rows, kx), "float32")
        W = T.match_buffer(w_h, (m, k), "float32")
        Y = T.match_buffer(y_h, (width,), "float32")
        Nw = T.match_buffer(nw_h, (k,), "float32")
        Nb = T.match_buffer(nb_h, (k,), "float32")
        B = T.match_buffer(b_h, (width,), "float32")
        bx = T.launch_thread("blockIdx.x", (m + GEMV_ROWS - 1) // GEMV_ROWS)
        ty = T.launch_thread("threadIdx.y", GEMV_ROWS)
        tx = T.launch_thread("threadIdx.x", GEMV_THREADS)
        red = T.alloc_buffer((GEMV_ROWS, GEMV_THREADS), "float32", scope="shared")
        flat = T.alloc_buffer((GEMV_ROWS * GEMV_THREADS,), "float32", scope="shared")
        acc = T.alloc_buffer((1,), "float32", scope="local")
        tmp = T.alloc_buffer((2,), "float32", scope="local")
        stat = T.alloc_buffer((2,), "float32", scope="local")
        xt = T.alloc_buffer((1,), "float32", scope="local")
        ut = T.alloc_buffer((1,), "float32", scope="local")
        input_stats(p, X, row, k, 1, k, eps, ty * GEMV_THREADS + tx, GEMV_ROWS * GEMV_THREADS, flat, tmp, stat)
        r = bx * GEMV_ROWS + ty
        acc[0] = T.float32(0)
        if r < m:
            for kk in range((k + GEMV_THREADS - 1) // GEMV_THREADS):
                c = kk * GEMV_THREADS + tx
                if c < k:
                    xt[0] = X[row, c]
                    if p.gated:
                        ut[0] = X[row, k + c]
                    transform(p, xt, ut, 0, c, Nw, Nb, stat, tmp)
                    acc[0] = acc[0] + W[r, c] * xt[0]
        red[ty, tx] = acc[0]
        T.tvm_storage_sync("shared")
        sum_rows_and_store(red, ty, tx, GEMV_THREADS, Y, r, m, col0, accumulate, B, bias)

    return specialized(kernel, p)


def gemv_vec4(p: Prologue, bias: bool, accumulate: bool):
    """`gemv` reading W [m, k/4] and X [rows, kx/4] as float32x4 (k % 4 == 0)."""
    elements = rolled_if_activation(p)

    @T.prim_func
    def kernel(x_h: T.handle, w_h: T.handle, y_h: T.handle, nw_h: T.handle, nb_h: T.handle, b_h: T.handle,
               row: T.int32, col0: T.int32, eps: T.float32):
        rows = T.int32()
        kxv = T.int32()  # X's width / 4: k / 4, or 2k / 4 for a gated prologue
        kv = T.int32()  # k / 4
        m = T.int32()
        width = T.int32()
        X = T.match_buffer(x_h, (rows, kxv), "float32x4")
        W = T.match_buffer(w_h, (m, kv), "float32x4")
        Y = T.match_buffer(y_h, (width,), "float32")
        Nw = T.match_buffer(nw_h, (kv * 4,), "float32")
        Nb = T.match_buffer(nb_h, (kv * 4,), "float32")
        B = T.match_buffer(b_h, (width,), "float32")
        bx = T.launch_thread("blockIdx.x", (m + GEMV_ROWS - 1) // GEMV_ROWS)
        ty = T.launch_thread("threadIdx.y", GEMV_ROWS)
        tx = T.launch_thread("threadIdx.x", GEMV_THREADS)
        red = T.alloc_buffer((GEMV_ROWS, GEMV_THREADS), "float32", scope="shared")
        flat = T.alloc_buffer((GEMV_ROWS * GEMV_THREADS,), "float32", scope="shared")
        part = T.alloc_buffer((4,), "float32", scope="local")  # one sum per lane: independent FMA chains
        wv = T.alloc_buffer((4,), "float32", scope="local")
        xv = T.alloc_buffer((4,), "float32", scope="local")
        uv = T.alloc_buffer((4,), "float32", scope="local")
        tmp = T.alloc_buffer((5,), "float32", scope="local")
        stat = T.alloc_buffer((2,), "float32", scope="local")
        input_stats(p, X, row, kv, 4, kv * 4, eps, ty * GEMV_THREADS + tx, GEMV_ROWS * GEMV_THREADS, flat, tmp, stat)
        r = bx * GEMV_ROWS + ty
        for l in T.unroll(4):
            part[l] = T.float32(0)
        if r < m:
            for kk in range((kv + GEMV_THREADS - 1) // GEMV_THREADS):
                c = kk * GEMV_THREADS + tx
                if c < kv:
                    wv[T.Ramp(0, 1, 4)] = W[r, c]
                    xv[T.Ramp(0, 1, 4)] = X[row, c]
                    if p.gated:
                        uv[T.Ramp(0, 1, 4)] = X[row, kv + c]
                    if p.name != "":
                        for l in elements(4):
                            transform(p, xv, uv, l, c * 4 + l, Nw, Nb, stat, tmp)
                    for l in T.unroll(4):
                        part[l] = part[l] + wv[l] * xv[l]
        red[ty, tx] = (part[0] + part[1]) + (part[2] + part[3])
        T.tvm_storage_sync("shared")
        sum_rows_and_store(red, ty, tx, GEMV_THREADS, Y, r, m, col0, accumulate, B, bias)

    return specialized(kernel, p)


def matmul(accumulate: bool):
    """Y[i, col0 + j] (+)= sum_k X[i, k] * W[j, k] for j < m."""

    @T.prim_func
    def kernel(x_h: T.handle, w_h: T.handle, y_h: T.handle, col0: T.int32):
        n = T.int32()
        k = T.int32()
        m = T.int32()
        width = T.int32()
        X = T.match_buffer(x_h, (n, k), "float32")
        W = T.match_buffer(w_h, (m, k), "float32")
        Y = T.match_buffer(y_h, (n, width), "float32")
        bx = T.launch_thread("blockIdx.x", (m + TILE - 1) // TILE)
        by = T.launch_thread("blockIdx.y", (n + TILE - 1) // TILE)
        ty = T.launch_thread("threadIdx.y", 16)
        tx = T.launch_thread("threadIdx.x", 16)
        xs = T.alloc_buffer((TILE_K, TILE), "float32", scope="shared")
        ws = T.alloc_buffer((TILE_K, TILE), "float32", scope="shared")
        acc = T.alloc_buffer((4, 4), "float32", scope="local")
        part = T.alloc_buffer((4, 4), "float32", scope="local")
        tid = ty * 16 + tx
        for i in T.unroll(4):
            for j in T.unroll(4):
                acc[i, j] = T.float32(0)
        for k0 in range((k + TILE_K - 1) // TILE_K):
            # 256 threads stage a 64x16 tile of X and of W, 4 values each.
            for e in range(4):
                flat = e * 256 + tid
                rr = flat // TILE_K
                kk = flat % TILE_K
                gx = by * TILE + rr
                gw = bx * TILE + rr
                gk = k0 * TILE_K + kk
                xs[kk, rr] = T.if_then_else(gx < n and gk < k, X[T.min(gx, n - 1), T.min(gk, k - 1)], T.float32(0))
                ws[kk, rr] = T.if_then_else(gw < m and gk < k, W[T.min(gw, m - 1), T.min(gk, k - 1)], T.float32(0))
            T.tvm_storage_sync("shared")
            accumulate_tile(acc, part, xs, ws, ty, tx, TILE_K)
            T.tvm_storage_sync("shared")
        store_tile(Y, acc, by * TILE + ty * 4, bx * TILE + tx * 4, n, m, col0, accumulate)

    return kernel


def gemv_kernels() -> dict:
    """Every dense GEMV variant by its shipped name: gemv[_vec4][_prologue][_bias][_add]."""
    return {variant_name(base, p, bias, acc): make(PROLOGUES[p], bias, acc)
            for base, make in (("gemv", gemv), ("gemv_vec4", gemv_vec4)) for p, bias, acc in VARIANTS}
