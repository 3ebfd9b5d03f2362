"""Rotary position embedding fused with the KV-cache append.

Input is the fused projection output `qkv[n, (hq + 2*hkv) * hd]` of tokens at
positions pos0 .. pos0+n-1.  Query heads are rotated into `q`; key heads are
rotated and value heads copied into row (pos0+i) % ctx of the layer's KV cache
`[ctx, hkv, hd]` (a rolling buffer when the cache has fewer rows than positions,
for sliding-window layers).  Only the first `rot_dim` features of a head rotate
(all of them for Llama, a part for GPT-NeoX and Phi, none for GPT-2, whose
positions are learned: then this kernel only appends to the cache).  cos and sin
are multiplied by `mscale` (LongRoPE's attention factor; 1 elsewhere).
Two pairings exist in the wild:
* interleaved=0: Hugging Face's rotate_half, feature j pairs with j + rot_dim/2;
* interleaved=1: Meta/llama2.c, feature 2i pairs with 2i+1.
`inv_freq[rot_dim/2]` comes from the host, which is where frequency scaling
(e.g. Llama 3's) is applied.

The macros `rotary_pair` and `rotary_cos_sin` are shared with the fused decode kernel
(decode_attention.py), so both paths rotate bit for bit alike.
"""

from tvm.script import tirx as T

THREADS = 64
# pi/2 split in three (Cody-Waite): PIO2_1 and PIO2_2 have few mantissa bits, so
# k * PIO2_1 and k * PIO2_2 are exact in float32 for any quadrant count k < 2^19, and the
# reduced angle is accurate.  They must also survive TVM's WGSL printer, which writes
# float literals with 7 significant digits.  We evaluate sin/cos by polynomial instead of
# WGSL's builtins because SwiftShader's builtins are off by ~2e-4, which alone would
# break 1e-4 logit parity.
PIO2_1 = 1.5625  # 25/16
PIO2_2 = 0.00830078125  # 17/2048
PIO2_3 = 1.5707963267948966 - PIO2_1 - PIO2_2
TWO_OVER_PI = 0.6366197723675814


@T.macro
def rotary_pair(pair, j, rot_dim, interleaved):
    """pair = (frequency index, partner feature, 1 if j is the first of its pair) of feature j < rot_dim."""
    rh = rot_dim // 2
    pair[0] = T.if_then_else(interleaved == 1, j // 2, j % rh)
    pair[1] = T.if_then_else(
        interleaved == 1,
        T.if_then_else(j % 2 == 0, j + 1, j - 1),
        T.if_then_else(j < rh, j + rh, j - rh),
    )
    pair[2] = T.Cast("int32", T.if_then_else(interleaved == 1, j % 2 == 0, j < rh))


@T.macro
def rotary_cos_sin(cs, position, freq, mscale):
    """cs = (mscale * cos, mscale * sin) of the angle position * freq (see PIO2_1)."""
    angle = T.Cast("float32", position) * freq
    k = T.round(angle * T.float32(TWO_OVER_PI))
    t = angle - k * T.float32(PIO2_1) - k * T.float32(PIO2_2) - k * T.float32(PIO2_3)  # |t| <= pi/4
    t2 = t * t
    sin_t = t * (T.float32(1) + t2 * (T.float32(-1 / 6) + t2 * (T.float32(1 / 120) + t2 * (
        T.float32(-1 / 5040) + t2 * T.float32(1 / 362880)))))
    cos_t = T.float32(1) + t2 * (T.float32(-1 / 2) + t2 * (T.float32(1 / 24) + t2 * (T.float32(-1 / 720) + t2 * (
        T.float32(1 / 40320) + t2 * T.float32(-1 / 3628800)))))
    quadrant = T.floormod(T.Cast("int32", k), 4)
    cs[0] = mscale * T.if_then_else(quadrant == 0, cos_t, T.if_then_else(quadrant == 1, -sin_t, T.if_then_else(quadrant == 2, -cos_t, sin_t)))
    cs[1] = mscale * T.if_then_else(quadrant == 0, sin_t, T.if_then_else(quadrant == 1, cos_t, T.if_then_else(quadrant == 2, -sin_t, -cos_t)))


def rotated(x, partner, first, cs):
    """x rotated against its partner feature by the angle in cs."""
    return T.if_then_else(first == 1, x * cs[0] - partner * cs[1], x * cs[0] + partner * cs[1])


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
    mscale: T.float32,
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
    out = T.alloc_buffer((1,), "float32", scope="local")
    pair = T.alloc_buffer((3,), "int32", scope="local")
    cs = T.alloc_buffer((2,), "float32", scope="local")
    for j0 in range((hd + THREADS - 1) // THREADS):
        j = j0 * THREADS + tx
        if j < hd:
            base = head * hd
            out[0] = qkv[i, base + j]
            if head < hq + hkv and j < rot_dim:
                rotary_pair(pair, j, rot_dim, interleaved)
                rotary_cos_sin(cs, pos0 + i, inv_freq[pair[0]], mscale)
                out[0] = rotated(qkv[i, base + j], qkv[i, base + pair[1]], pair[2], cs)
            if head < hq:
                q[i, head * hd + j] = out[0]
            elif head < hq + hkv:
                k_cache[T.truncmod(pos0 + i, ctx), (head - hq) * hd + j] = out[0]
            else:
                v_cache[T.truncmod(pos0 + i, ctx), (head - hq - hkv) * hd + j] = out[0]
