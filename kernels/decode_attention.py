"""Attention for one new token in one dispatch, and split-K ("flash-decoding") for long contexts.

`decode_attention` does for a token at position `pos0` what rope_qkv + attention (+ Qwen3's
head_rms_norm before them) do for a chunk: optionally RMSNorm each q and k head, RoPE on q and
k, append k and v to the layer's KV cache, and attend over the cache (sliding `window` on a
rolling cache, GQA, `scale`, `softcap`; see rope.py and attention.py, whose macros it shares
so that both paths compute alike).  For one token that is little work, and each dispatch
costs ~8 us through Dawn (ENVIRONMENT.md): one dispatch per layer instead of two or three.

One workgroup per query head (and key split); no workgroup can wait for another within one
dispatch.  So none reads the cache row this step writes: each workgroup ropes the current key
of its KV head itself (one head_dim vector, a few hundred flops) and reads the current value
straight from `qkv`, and exactly one workgroup per KV head (its group's first query head, in
split 0) writes them to the cache for the next steps.  The row it overwrites holds position
pos0 - rows of a rolling cache, outside every window (a cache has at least `window` rows), so
no workgroup reads it either.

Keys are the positions first .. pos0 (first = max(0, pos0 - window + 1) with a window), visited
in 64-key tiles with attention.py's online softmax.  The grid's y is `splits`: split s takes
the s-th of `splits` equal runs of those keys.  With one split, O[h, 0] is the normalised
output and Stats is not touched; with more, O[h, s] is split s's unnormalised output and
Stats[h, s] its (max, sum), which `attention_merge` (a second, small dispatch) rescales by
exp(max - overall max) and adds up.  A single workgroup per head walks a long context alone
while most of the GPU idles; splitting the keys puts hq * splits workgroups to work.
"""

from tvm.script import tirx as T

from .attention import MAX_HEAD_DIM, NEG_INF, THREADS, online_softmax_tile, soft_cap
from .rope import rotary_cos_sin, rotary_pair, rotated
from .tiles import tree_max, tree_sum

CHUNKS = MAX_HEAD_DIM // THREADS  # features per thread


@T.macro
def head_rms_norm(x_s, w, red, tmp, tx, hd, eps):
    """x_s[:hd] = x_s / rms(x_s) * w, as norm.py's head_rms_norm (each thread owns its features)."""
    tmp[0] = T.float32(0)
    for d0 in range(CHUNKS):
        if d0 * THREADS + tx < hd:
            tmp[0] = tmp[0] + x_s[d0 * THREADS + tx] * x_s[d0 * THREADS + tx]
    red[tx] = tmp[0]
    T.tvm_storage_sync("shared")
    tree_sum(red, tx, THREADS)
    tmp[0] = T.rsqrt(red[0] / T.Cast("float32", hd) + eps)
    T.tvm_storage_sync("shared")  # red is reused
    for d0 in range(CHUNKS):
        if d0 * THREADS + tx < hd:
            x_s[d0 * THREADS + tx] = x_s[d0 * THREADS + tx] * tmp[0] * w[d0 * THREADS + tx]


def decode_attention(qk_norm: bool):
    """The fused decode kernel; with `qk_norm`, q and k heads are RMS-normed by Wq / Wk first (Qwen3).
    Without it TVM leaves the unused Wq / Wk out of the kernel; `eps` is then passed and ignored."""

    @T.prim_func
    def kernel(
        qkv_h: T.handle, inv_freq_h: T.handle, wq_h: T.handle, wk_h: T.handle, k_cache_h: T.handle,
        v_cache_h: T.handle, o_h: T.handle, stats_h: T.handle, pos0: T.int32, hkv: T.int32, rot_dim: T.int32,
        interleaved: T.int32, mscale: T.float32, scale: T.float32, window: T.int32, softcap: T.float32,
        eps: T.float32,
    ):
        width = T.int32()  # (hq + 2 * hkv) * hd
        half = T.int32()
        rows = T.int32()
        hq = T.int32()
        splits = T.int32()
        hd = T.int32()
        qkv = T.match_buffer(qkv_h, (width,), "float32")
        inv_freq = T.match_buffer(inv_freq_h, (half,), "float32")
        Wq = T.match_buffer(wq_h, (hd,), "float32")
        Wk = T.match_buffer(wk_h, (hd,), "float32")
        K = T.match_buffer(k_cache_h, (rows, hkv * hd), "float32")
        V = T.match_buffer(v_cache_h, (rows, hkv * hd), "float32")
        O = T.match_buffer(o_h, (hq, splits, hd), "float32")
        Stats = T.match_buffer(stats_h, (hq, splits, 2), "float32")
        h = T.launch_thread("blockIdx.x", hq)
        s = T.launch_thread("blockIdx.y", splits)
        tx = T.launch_thread("threadIdx.x", THREADS)
        q_s = T.alloc_buffer((MAX_HEAD_DIM,), "float32", scope="shared")
        k_s = T.alloc_buffer((MAX_HEAD_DIM,), "float32", scope="shared")  # this step's key, roped
        p_s = T.alloc_buffer((THREADS,), "float32", scope="shared")
        red = T.alloc_buffer((THREADS,), "float32", scope="shared")
        acc = T.alloc_buffer((CHUNKS,), "float32", scope="local")
        q_r = T.alloc_buffer((CHUNKS,), "float32", scope="local")
        k_r = T.alloc_buffer((CHUNKS,), "float32", scope="local")
        st = T.alloc_buffer((4,), "float32", scope="local")  # running max, running sum, score, rescale
        tmp = T.alloc_buffer((1,), "float32", scope="local")
        pair = T.alloc_buffer((3,), "int32", scope="local")
        cs = T.alloc_buffer((2,), "float32", scope="local")
        group = hq // hkv
        kvh = h // group
        q0 = h * hd
        k0 = (hq + kvh) * hd
        v0 = (hq + hkv + kvh) * hd
        first = T.if_then_else(window > 0, T.max(pos0 + 1 - window, 0), 0)  # position of the first key
        kv_len = pos0 + 1 - first  # keys to visit; key kv_len - 1 is this step's
        per_split = (kv_len + splits - 1) // splits
        begin = s * per_split
        end = T.max(T.min(begin + per_split, kv_len), begin)
        for d0 in range(CHUNKS):
            if d0 * THREADS + tx < hd:
                q_s[d0 * THREADS + tx] = qkv[q0 + d0 * THREADS + tx]
                k_s[d0 * THREADS + tx] = qkv[k0 + d0 * THREADS + tx]
        if qk_norm:
            head_rms_norm(q_s, Wq, red, tmp, tx, hd, eps)
            head_rms_norm(k_s, Wk, red, tmp, tx, hd, eps)
        T.tvm_storage_sync("shared")  # RoPE reads each feature's partner
        for d0 in range(CHUNKS):
            j = d0 * THREADS + tx
            if j < hd:
                q_r[d0] = q_s[j]
                k_r[d0] = k_s[j]
                if j < rot_dim:
                    rotary_pair(pair, j, rot_dim, interleaved)
                    rotary_cos_sin(cs, pos0, inv_freq[pair[0]], mscale)
                    q_r[d0] = rotated(q_s[j], q_s[pair[1]], pair[2], cs)
                    k_r[d0] = rotated(k_s[j], k_s[pair[1]], pair[2], cs)
        T.tvm_storage_sync("shared")
        row = T.truncmod(pos0, rows)
        for d0 in range(CHUNKS):
            j = d0 * THREADS + tx
            acc[d0] = T.float32(0)
            if j < hd:
                q_s[j] = q_r[d0] * scale
                k_s[j] = k_r[d0]
                if h % group == 0 and s == 0:
                    K[row, kvh * hd + j] = k_r[d0]
                    V[row, kvh * hd + j] = qkv[v0 + j]
        st[0] = T.float32(NEG_INF)
        st[1] = T.float32(0)
        T.tvm_storage_sync("shared")
        for t in range((end - begin + THREADS - 1) // THREADS):
            tile = begin + t * THREADS
            row0 = T.truncmod(first + tile, rows)  # keys span at most `rows` positions: one subtraction wraps
            key = tile + tx
            st[2] = T.float32(NEG_INF)
            if key < end:
                st[2] = T.float32(0)
                if key == kv_len - 1:
                    for d in range(hd):
                        st[2] = st[2] + q_s[d] * k_s[d]
                else:
                    k_row = T.if_then_else(row0 + tx >= rows, row0 + tx - rows, row0 + tx)
                    for d in range(hd):
                        st[2] = st[2] + q_s[d] * K[k_row, kvh * hd + d]
                soft_cap(st, softcap)
            online_softmax_tile(st, red, p_s, tx, key < end)
            for d0 in range(CHUNKS):
                d = d0 * THREADS + tx
                if d < hd:
                    acc[d0] = acc[d0] * st[3]
                    for jj in range(T.min(THREADS, end - tile)):
                        if tile + jj == kv_len - 1:
                            acc[d0] = acc[d0] + p_s[jj] * qkv[v0 + d]
                        else:
                            v_row = T.if_then_else(row0 + jj >= rows, row0 + jj - rows, row0 + jj)
                            acc[d0] = acc[d0] + p_s[jj] * V[v_row, kvh * hd + d]
            T.tvm_storage_sync("shared")
        for d0 in range(CHUNKS):
            if d0 * THREADS + tx < hd:
                if splits == 1:
                    O[h, 0, d0 * THREADS + tx] = acc[d0] / st[1]
                else:
                    O[h, s, d0 * THREADS + tx] = acc[d0]
        if splits > 1 and tx == 0:
            Stats[h, s, 0] = st[0]
            Stats[h, s, 1] = st[1]

    return kernel


@T.prim_func
def attention_merge(part_h: T.handle, stats_h: T.handle, o_h: T.handle):
    """O[h] = the splits' outputs Part[h, s], each rescaled to the overall max, over the overall sum."""
    hq = T.int32()
    splits = T.int32()
    hd = T.int32()
    Part = T.match_buffer(part_h, (hq, splits, hd), "float32")
    Stats = T.match_buffer(stats_h, (hq, splits, 2), "float32")
    O = T.match_buffer(o_h, (hq, hd), "float32")
    h = T.launch_thread("blockIdx.x", hq)
    tx = T.launch_thread("threadIdx.x", THREADS)
    red = T.alloc_buffer((THREADS,), "float32", scope="shared")
    acc = T.alloc_buffer((1,), "float32", scope="local")
    st = T.alloc_buffer((2,), "float32", scope="local")  # overall max, overall sum
    st[0] = T.float32(NEG_INF)
    for s0 in range((splits + THREADS - 1) // THREADS):
        if s0 * THREADS + tx < splits:
            st[0] = T.max(st[0], Stats[h, s0 * THREADS + tx, 0])
    red[tx] = st[0]
    T.tvm_storage_sync("shared")
    tree_max(red, tx, THREADS)
    st[0] = red[0]
    T.tvm_storage_sync("shared")
    st[1] = T.float32(0)
    for s0 in range((splits + THREADS - 1) // THREADS):
        if s0 * THREADS + tx < splits:
            st[1] = st[1] + Stats[h, s0 * THREADS + tx, 1] * T.exp(Stats[h, s0 * THREADS + tx, 0] - st[0])
    red[tx] = st[1]
    T.tvm_storage_sync("shared")
    tree_sum(red, tx, THREADS)
    for d0 in range(CHUNKS):
        if d0 * THREADS + tx < hd:
            acc[0] = T.float32(0)
            for s in range(splits):
                acc[0] = acc[0] + Part[h, s, d0 * THREADS + tx] * T.exp(Stats[h, s, 0] - st[0])
            O[h, d0 * THREADS + tx] = acc[0] / red[0]
