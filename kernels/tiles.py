"""Pieces shared between kernels: the tiled matmuls' 4x4 register tile per thread (float and
int4), and workgroup tree reductions in shared memory."""

from tvm.script import tirx as T


@T.macro
def tree_sum(red, tx, threads):
    """red[0] = the sum of red[0 .. threads) (a tree of halvings, barriers outside the `if`)."""
    for step in T.unroll(threads.bit_length() - 1):
        s = T.shift_right(threads // 2, step)
        if tx < s:
            red[tx] = red[tx] + red[tx + s]
        T.tvm_storage_sync("shared")


@T.macro
def tree_max(red, tx, threads):
    """red[0] = the largest of red[0 .. threads), as `tree_sum`."""
    for step in T.unroll(threads.bit_length() - 1):
        s = T.shift_right(threads // 2, step)
        if tx < s:
            red[tx] = T.max(red[tx], red[tx + s])
        T.tvm_storage_sync("shared")


@T.macro
def accumulate_tile(acc, part, xs, ws, ty, tx, depth):
    """acc[i, j] += sum over the staged K tile of xs[kk, ty*4+i] * ws[kk, tx*4+j].

    Each K tile is summed on its own, then added in: blocked summation keeps float32
    rounding error close to a pairwise sum's for long K.
    """
    for i in T.unroll(4):
        for j in T.unroll(4):
            part[i, j] = T.float32(0)
    for kk in range(depth):
        for i in T.unroll(4):
            for j in T.unroll(4):
                part[i, j] = part[i, j] + xs[kk, ty * 4 + i] * ws[kk, tx * 4 + j]
    for i in T.unroll(4):
        for j in T.unroll(4):
            acc[i, j] = acc[i, j] + part[i, j]


@T.macro
def store_tile(Y, acc, row0, col, n, m, col0, accumulate):
    """Y[row0 + i, col0 + col + j] (+)= acc[i, j] for the in-range part of the 4x4 tile."""
    for i in T.unroll(4):
        for j in T.unroll(4):
            if row0 + i < n and col + j < m:
                if accumulate:
                    Y[row0 + i, col0 + col + j] = Y[row0 + i, col0 + col + j] + acc[i, j]
                else:
                    Y[row0 + i, col0 + col + j] = acc[i, j]


@T.macro
def store_output(Y, value, row, m, col0, accumulate, B, bias, writer):
    """Y[col0 + row] (+)= value (+ B[col0 + row] when `bias`), by the thread for which `writer`
    holds, if row < m."""
    if writer and row < m:
        if bias:
            if accumulate:
                Y[col0 + row] = Y[col0 + row] + (value + B[col0 + row])
            else:
                Y[col0 + row] = value + B[col0 + row]
        elif accumulate:
            Y[col0 + row] = Y[col0 + row] + value
        else:
            Y[col0 + row] = value


@T.macro
def sum_rows_and_store(red, ty, tx, threads, Y, row, m, col0, accumulate, B, bias):
    """Each workgroup row ty reduces its `threads` partial sums in shared memory (a tree of
    halvings, barriers outside the `if`), then thread 0 writes Y[col0 + row] (+)= the sum
    (+ B[col0 + row] when `bias`)."""
    for step in T.unroll(threads.bit_length() - 1):
        s = T.shift_right(threads // 2, step)
        if tx < s:
            red[ty, tx] = red[ty, tx] + red[ty, tx + s]
        T.tvm_storage_sync("shared")
    store_output(Y, red[ty, 0], row, m, col0, accumulate, B, bias, tx == 0)
