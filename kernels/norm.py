"""RMSNorm: y = x / sqrt(mean(x^2) + eps) * w, one workgroup per row."""

from tvm.script import tirx as T

THREADS = 256


@T.prim_func
def rms_norm(x_h: T.handle, w_h: T.handle, y_h: T.handle, eps: T.float32):
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
    for step in T.unroll(8):
        s = T.shift_right(THREADS // 2, step)
        if tx < s:
            red[tx] = red[tx] + red[tx + s]
        T.tvm_storage_sync("shared")
    inv_rms = T.rsqrt(red[0] / T.Cast("float32", d) + eps)
    for j0 in range((d + THREADS - 1) // THREADS):
        j = j0 * THREADS + tx
        if j < d:
            Y[row, j] = X[row, j] * inv_rms * Wt[j]
