"""Causal attention over the KV cache, with grouped-query heads.

One workgroup per (query token, query head).  Query token i sits at absolute
position p = pos0 + i and attends to the keys at positions 0 .. p, or only the
last `window` of them (p - window + 1 .. p) when `window` > 0 (sliding-window
attention, as transformers masks it).  Position j lives in cache row j % ctx:
a cache with fewer rows than positions is a rolling buffer (see rope.py, which
writes it).  Keys are visited in tiles of 64 (one per thread), with the online
softmax of FlashAttention: a running max `m` and denominator `l`, rescaling the
output accumulator when the max grows.  Each thread owns up to 4 output
features (head_dim <= 256).  `softcap` > 0 caps scores to softcap * tanh(s / softcap)
(Gemma 2).

This kernel serves prefill; one new token takes the fused decode kernel
(decode_attention.py), which shares `soft_cap` and `online_softmax_tile`.
"""

from tvm.script import tirx as T

from .mathfn import tanh
from .tiles import tree_max, tree_sum

THREADS = 64
MAX_HEAD_DIM = 256
NEG_INF = -3.0e38


@T.macro
def soft_cap(st, softcap):
    """st[2] (a score) = softcap * tanh(st[2] / softcap) when softcap > 0 (Gemma 2)."""
    if softcap > T.float32(0):
        st[2] = softcap * tanh(st[2] / softcap)


@T.macro
def online_softmax_tile(st, red, p_s, tx, valid):
    """Fold one tile of scores (st[2] in each thread, `valid` where the thread has a key) into the
    running max st[0] and denominator st[1]: p_s[tx] = the key's weight exp(score - new max), and
    st[3] = exp(old max - new max), which rescales the output accumulated so far."""
    red[tx] = st[2]
    T.tvm_storage_sync("shared")
    tree_max(red, tx, THREADS)
    m_new = T.max(st[0], red[0])
    T.tvm_storage_sync("shared")
    p = T.if_then_else(valid, T.exp(st[2] - m_new), T.float32(0))
    p_s[tx] = p
    red[tx] = p
    T.tvm_storage_sync("shared")
    tree_sum(red, tx, THREADS)
    st[3] = T.exp(st[0] - m_new)
    st[1] = st[1] * st[3] + red[0]
    st[0] = m_new


@T.prim_func
def attention(
    q_h: T.handle, k_cache_h: T.handle, v_cache_h: T.handle, o_h: T.handle, pos0: T.int32, hkv: T.int32,
    scale: T.float32, window: T.int32, softcap: T.float32,
):
    n = T.int32()
    hq = T.int32()
    hd = T.int32()
    ctx = T.int32()
    Q = T.match_buffer(q_h, (n, hq, hd), "float32")
    K = T.match_buffer(k_cache_h, (ctx, hkv * hd), "float32")
    V = T.match_buffer(v_cache_h, (ctx, hkv * hd), "float32")
    O = T.match_buffer(o_h, (n, hq, hd), "float32")
    bx = T.launch_thread("blockIdx.x", n * hq)
    tx = T.launch_thread("threadIdx.x", THREADS)
    q_s = T.alloc_buffer((MAX_HEAD_DIM,), "float32", scope="shared")
    p_s = T.alloc_buffer((THREADS,), "float32", scope="shared")
    red = T.alloc_buffer((THREADS,), "float32", scope="shared")
    acc = T.alloc_buffer((MAX_HEAD_DIM // THREADS,), "float32", scope="local")
    st = T.alloc_buffer((4,), "float32", scope="local")  # running max, running sum, this key's score, rescale
    i = bx // hq
    h = bx % hq
    kvh = h // (hq // hkv)
    first = T.if_then_else(window > 0, T.max(pos0 + i + 1 - window, 0), 0)  # position of the first key
    kv_len = pos0 + i + 1 - first  # keys to visit
    for d0 in range(MAX_HEAD_DIM // THREADS):
        acc[d0] = T.float32(0)
        if d0 * THREADS + tx < hd:
            q_s[d0 * THREADS + tx] = Q[i, h, d0 * THREADS + tx] * scale
    st[0] = T.float32(NEG_INF)
    st[1] = T.float32(0)
    T.tvm_storage_sync("shared")
    for t in range((kv_len + THREADS - 1) // THREADS):
        # The tile's keys sit in rows row0, row0 + 1, ... (mod ctx): they span at most ctx
        # positions, so one subtraction wraps a row.
        row0 = T.truncmod(first + t * THREADS, ctx)
        key = t * THREADS + tx
        st[2] = T.float32(NEG_INF)
        if key < kv_len:
            st[2] = T.float32(0)
            k_row = T.if_then_else(row0 + tx >= ctx, row0 + tx - ctx, row0 + tx)
            for d in range(hd):
                st[2] = st[2] + q_s[d] * K[k_row, kvh * hd + d]
            soft_cap(st, softcap)
        online_softmax_tile(st, red, p_s, tx, key < kv_len)
        for d0 in range(MAX_HEAD_DIM // THREADS):
            d = d0 * THREADS + tx
            if d < hd:
                acc[d0] = acc[d0] * st[3]
                for jj in range(T.min(THREADS, kv_len - t * THREADS)):
                    v_row = T.if_then_else(row0 + jj >= ctx, row0 + jj - ctx, row0 + jj)
                    acc[d0] = acc[d0] + p_s[jj] * V[v_row, kvh * hd + d]
        T.tvm_storage_sync("shared")
    for d0 in range(MAX_HEAD_DIM // THREADS):
        if d0 * THREADS + tx < hd:
            O[i, h, d0 * THREADS + tx] = acc[d0] / st[1]
