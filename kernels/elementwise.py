"""Per-element kernels: token embedding lookup and the SwiGLU activation."""

from tvm.script import tirx as T

THREADS = 256


@T.prim_func
def embed(ids_h: T.handle, table_h: T.handle, out_h: T.handle):
    """out[i, :] = table[ids[i], :]."""
    n = T.int32()
    vocab = T.int32()
    d = T.int32()
    ids = T.match_buffer(ids_h, (n,), "int32")
    table = T.match_buffer(table_h, (vocab, d), "float32")
    out = T.match_buffer(out_h, (n, d), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (d + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    j = by * THREADS + tx
    if j < d:
        out[i, j] = table[ids[i], j]


@T.prim_func
def silu_mul(gate_up_h: T.handle, out_h: T.handle):
    """out = silu(gate) * up, with gate and up the two halves of each row of `gate_up`."""
    n = T.int32()
    f = T.int32()
    gate_up = T.match_buffer(gate_up_h, (n, 2 * f), "float32")
    out = T.match_buffer(out_h, (n, f), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (f + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    j = by * THREADS + tx
    if j < f:
        g = gate_up[i, j]
        out[i, j] = g / (T.float32(1) + T.exp(-g)) * gate_up[i, f + j]
