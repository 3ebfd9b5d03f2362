"""Rotary position embedding fused with the KV-cache append.

Input is the fused projection output `qkv[n, (hq + 2*hkv) * hd]` of tokens at
positions pos0 .. pos0+n-1.  Query heads are rotated into `q`; key heads are
rotated and value heads copied into row pos0+i of the layer's KV cache
`[ctx, hkv, hd]`.  Only the first `rot_dim` features of a head rotate (all of
them for Llama).  Two pairings exist in the wild:
* interleaved=0: Hugging Face's rotate_half, feature j pairs with j + rot_dim/2;
* interleaved=1: Meta/llama2.c, feature 2i pairs with 2i+1.
`inv_freq[rot_dim/2]` comes from the host, which is where frequency scaling
(e.g. Llama 3's) is applied.
"""

from tvm.script import tirx as T

THREADS = 64
TWO_PI_HI = 6.28125  # 201/32: few mantissa bits, so k * TWO_PI_HI is exact
TWO_PI_LO = 0.0019353071795864769  # 2*pi - TWO_PI_HI


@T.prim_func
def rope_qkv(
    qkv_h: T.handle,
    inv_freq_h: T.handle,
    q_h: T.handle,
    k_cache_h: T.handle,
    v_cache_h: T.handle,
    pos0: T.int32,
    hq: T.int32,
    hkv: T.int32,
    hd: T.int32,
    rot_dim: T.int32,
    interleaved: T.int32,
):
    n = T.int32()
    qkv_width = T.int32()  # (hq + 2 * hkv) * hd
    q_width = T.int32()  # hq * hd
    kv_width = T.int32()  # hkv * hd
    ctx = T.int32()
    half = T.int32()
    qkv = T.match_buffer(qkv_h, (n, qkv_width), "float32")
    inv_freq = T.match_buffer(inv_freq_h, (half,), "float32")
    q = T.match_buffer(q_h, (n, q_width), "float32")
    k_cache = T.match_buffer(k_cache_h, (ctx, kv_width), "float32")
    v_cache = T.match_buffer(v_cache_h, (ctx, kv_width), "float32")
    i = T.launch_thread("blockIdx.x", n)
    head = T.launch_thread("blockIdx.y", hq + 2 * hkv)
    tx = T.launch_thread("threadIdx.x", THREADS)
    for j0 in range((hd + THREADS - 1) // THREADS):
        j = j0 * THREADS + tx
        if j < hd:
            base = head * hd
            x = qkv[i, base + j]
            out = T.alloc_buffer((1,), "float32", scope="local")
            out[0] = x
            if head < hq + hkv and j < rot_dim:
                rh = rot_dim // 2
                fi = T.if_then_else(interleaved == 1, j // 2, j % rh)
                partner = T.if_then_else(
                    interleaved == 1,
                    T.if_then_else(j % 2 == 0, j + 1, j - 1),
                    T.if_then_else(j < rh, j + rh, j - rh),
                )
                first = T.if_then_else(interleaved == 1, j % 2 == 0, j < rh)
                angle = T.Cast("float32", pos0 + i) * inv_freq[fi]
                turns = T.round(angle * T.float32(0.15915494309189535))
                r = angle - turns * T.float32(TWO_PI_HI) - turns * T.float32(TWO_PI_LO)
                y = qkv[i, base + partner]
                out[0] = T.if_then_else(first, x * T.cos(r) - y * T.sin(r), x * T.cos(r) + y * T.sin(r))
            if head < hq:
                q[i, head * hd + j] = out[0]
            elif head < hq + hkv:
                k_cache[pos0 + i, (head - hq) * hd + j] = out[0]
            else:
                v_cache[pos0 + i, (head - hq - hkv) * hd + j] = out[0]
