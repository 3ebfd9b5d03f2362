"""Pieces shared between kernels: the tiled matmuls' 4x4 register tile per thread (float and
int4), and workgroup tree reductions in shared memory."""

import functools
import operator
from collections.abc import Callable
from typing import Any

from tvm.script import tirx as T


def _fold(threads: int) -> int:
    """How many values each thread of a reduction's first level combines: about sqrt(threads)."""
    return 1 << (threads.bit_length() // 2)


def _combined(combine: Callable, values: list) -> Any:
    """One expression combining the values left to right: one statement, so no barrier within."""
    return functools.reduce(combine, values)


@T.macro
def _reduce(red, tx, threads, combine):
    """red[0] = combine over red[0 .. threads), in two levels with a barrier after each: the first
    threads / g threads each combine g neighbours into the first of them, then thread 0 combines
    those.  A tree of halvings would take log2(threads) barriers, which CPU drivers pay dearly."""
    if tx < threads // _fold(threads):
        red[tx * _fold(threads)] = _combined(combine, [red[tx * _fold(threads) + i] for i in range(_fold(threads))])
    T.tvm_storage_sync("shared")
    if tx == 0:
        red[0] = _combined(combine, [red[i * _fold(threads)] for i in range(threads // _fold(threads))])
    T.tvm_storage_sync("shared")


@T.macro
def tree_sum(red, tx, threads):
    """red[0] = the sum of red[0 .. threads) (see `_reduce`)."""
    _reduce(red, tx, threads, operator.add)


@T.macro
def tree_max(red, tx, threads):
    """red[0] = the largest of red[0 .. threads) (see `_reduce`)."""
    _reduce(red, tx, threads, T.max)


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
    """Each workgroup row ty reduces its `threads` partial sums in shared memory (two levels, as
    `_reduce`), then thread 0 writes Y[col0 + row] (+)= the sum (+ B[col0 + row] when `bias`)."""
    if tx < threads // _fold(threads):
        red[ty, tx * _fold(threads)] = _combined(operator.add,
                                                 [red[ty, tx * _fold(threads) + i] for i in range(_fold(threads))])
    T.tvm_storage_sync("shared")
    total = _combined(operator.add, [red[ty, i * _fold(threads)] for i in range(threads // _fold(threads))])
    store_output(Y, total, row, m, col0, accumulate, B, bias, tx == 0)
