"""Normalisations, one workgroup per row (or per head), sums reduced in shared memory.

* `rms_norm`: y (+)= x / sqrt(mean(x^2) + eps) * w (Llama and most others).  With
  `accumulate` the result is added into y: Gemma 2 normalises the attention and MLP outputs
  before adding them to the residual stream.  Gemma's (1 + w) weights are stored as
  1 + w, as MLC LLM stores them, so one kernel serves both.
* `head_rms_norm`: the same over each query and key head of the fused qkv rows, in place,
  with one weight for query heads and one for key heads (Qwen3's q_norm / k_norm).
* `layer_norm`: y = (x - mean) / sqrt(var + eps) * w + b (GPT-NeoX, GPT-2).
"""

from tvm.script import tirx as T

from .tiles import tree_sum

THREADS = 256
HEAD_THREADS = 64


def rms_norm(accumulate: bool):
    @T.prim_func
    def kernel(x_h: T.handle, w_h: T.handle, y_h: T.handle, eps: T.float32):
        n = T.int32()
        d = T.int32()
        X = T.match_buffer(x_h, (n, d), "float32")
        Wt = T.match_buffer(w_h, (d,), "float32")
        Y = T.match_buffer(y_h, (n, d), "float32")
        row = T.launch_thread("blockIdx.x", n)
        tx = T.launch_thread("threadIdx.x", THREADS)
        red = T.alloc_buffer((THREADS,), "float32", scope="shared")
        acc = T.alloc_buffer((1,), "float32", scope="local")
        acc[0] = T.float32(0)
        for j0 in range((d + THREADS - 1) // THREADS):
            j = j0 * THREADS + tx
            if j < d:
                acc[0] = acc[0] + X[row, j] * X[row, j]
        red[tx] = acc[0]
        T.tvm_storage_sync("shared")
        tree_sum(red, tx, THREADS)
        inv_rms = T.rsqrt(red[0] / T.Cast("float32", d) + eps)
        for j0 in range((d + THREADS - 1) // THREADS):
            j = j0 * THREADS + tx
            if j < d:
                if accumulate:
                    Y[row, j] = Y[row, j] + X[row, j] * inv_rms * Wt[j]
                else:
                    Y[row, j] = X[row, j] * inv_rms * Wt[j]

    return kernel


@T.prim_func
def head_rms_norm(qkv_h: T.handle, wq_h: T.handle, wk_h: T.handle, hq: T.int32, hkv: T.int32, eps: T.float32):
    """qkv[i, head] = rmsnorm(qkv[i, head]) * (wq for query heads, wk for key heads); value heads untouched."""
    n = T.int32()
    width = T.int32()  # (hq + 2 * hkv) * hd
    hd = T.int32()
    qkv = T.match_buffer(qkv_h, (n, width), "float32")
    Wq = T.match_buffer(wq_h, (hd,), "float32")
    Wk = T.match_buffer(wk_h, (hd,), "float32")
    i = T.launch_thread("blockIdx.x", n)
    head = T.launch_thread("blockIdx.y", hq + hkv)
    tx = T.launch_thread("threadIdx.x", HEAD_THREADS)
    red = T.alloc_buffer((HEAD_THREADS,), "float32", scope="shared")
    acc = T.alloc_buffer((1,), "float32", scope="local")
    acc[0] = T.float32(0)
    for j0 in range((hd + HEAD_THREADS - 1) // HEAD_THREADS):
        j = j0 * HEAD_THREADS + tx
        if j < hd:
            acc[0] = acc[0] + qkv[i, head * hd + j] * qkv[i, head * hd + j]
    red[tx] = acc[0]
    T.tvm_storage_sync("shared")
    tree_sum(red, tx, HEAD_THREADS)
    inv_rms = T.rsqrt(red[0] / T.Cast("float32", hd) + eps)
    for j0 in range((hd + HEAD_THREADS - 1) // HEAD_THREADS):
        j = j0 * HEAD_THREADS + tx
        if j < hd:
            qkv[i, head * hd + j] = qkv[i, head * hd + j] * inv_rms * T.if_then_else(head < hq, Wq[j], Wk[j])


@T.prim_func
def layer_norm(x_h: T.handle, w_h: T.handle, b_h: T.handle, y_h: T.handle, eps: T.float32):
    """Two passes over the row (mean, then the mean squared deviation): no cancellation."""
    n = T.int32()
    d = T.int32()
    X = T.match_buffer(x_h, (n, d), "float32")
    Wt = T.match_buffer(w_h, (d,), "float32")
    B = T.match_buffer(b_h, (d,), "float32")
    Y = T.match_buffer(y_h, (n, d), "float32")
    row = T.launch_thread("blockIdx.x", n)
    tx = T.launch_thread("threadIdx.x", THREADS)
    red = T.alloc_buffer((THREADS,), "float32", scope="shared")
    acc = T.alloc_buffer((2,), "float32", scope="local")  # [sum, mean]
    acc[0] = T.float32(0)
    for j0 in range((d + THREADS - 1) // THREADS):
        j = j0 * THREADS + tx
        if j < d:
            acc[0] = acc[0] + X[row, j]
    red[tx] = acc[0]
    T.tvm_storage_sync("shared")
    tree_sum(red, tx, THREADS)
    acc[1] = red[0] / T.Cast("float32", d)
    T.tvm_storage_sync("shared")  # everyone has read red[0] before it is reused
    acc[0] = T.float32(0)
    for j0 in range((d + THREADS - 1) // THREADS):
        j = j0 * THREADS + tx
        if j < d:
            acc[0] = acc[0] + (X[row, j] - acc[1]) * (X[row, j] - acc[1])
    red[tx] = acc[0]
    T.tvm_storage_sync("shared")
    tree_sum(red, tx, THREADS)
    inv_std = T.rsqrt(red[0] / T.Cast("float32", d) + eps)
    for j0 in range((d + THREADS - 1) // THREADS):
        j = j0 * THREADS + tx
        if j < d:
            Y[row, j] = (X[row, j] - acc[1]) * inv_std * Wt[j] + B[j]
