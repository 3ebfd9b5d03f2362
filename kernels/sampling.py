"""Kernels that let the host read a few bytes per token instead of the whole vocabulary."""

from tvm.script import tirx as T

THREADS = 256


@T.prim_func
def argmax(logits_h: T.handle, out_h: T.handle, row: T.int32):
    """out[0] = the index of the largest logit in logits[row] (the lowest index on ties)."""
    rows = T.int32()
    vocab = T.int32()
    logits = T.match_buffer(logits_h, (rows, vocab), "float32")
    out = T.match_buffer(out_h, (1,), "int32")
    T.launch_thread("blockIdx.x", 1)
    tx = T.launch_thread("threadIdx.x", THREADS)
    best_v = T.alloc_buffer((THREADS,), "float32", scope="shared")
    best_i = T.alloc_buffer((THREADS,), "int32", scope="shared")
    v = T.alloc_buffer((2,), "float32", scope="local")  # [mine, other]
    idx = T.alloc_buffer((2,), "int32", scope="local")
    v[0] = T.float32(-3.4e38)
    idx[0] = vocab
    for j0 in range((vocab + THREADS - 1) // THREADS):
        j = j0 * THREADS + tx
        if j < vocab:
            if logits[row, j] > v[0]:
                v[0] = logits[row, j]
                idx[0] = j
    best_v[tx] = v[0]
    best_i[tx] = idx[0]
    T.tvm_storage_sync("shared")
    for step in T.unroll(8):
        s = T.shift_right(THREADS // 2, step)
        # read both candidates, wait, then write: TVM cannot place barriers inside `if`
        v[0] = best_v[tx]
        idx[0] = best_i[tx]
        v[1] = best_v[T.min(tx + s, THREADS - 1)]
        idx[1] = best_i[T.min(tx + s, THREADS - 1)]
        T.tvm_storage_sync("shared")
        if tx < s and (v[1] > v[0] or (v[1] == v[0] and idx[1] < idx[0])):
            best_v[tx] = v[1]
            best_i[tx] = idx[1]
        T.tvm_storage_sync("shared")
    if tx == 0:
        out[0] = best_i[0]
