"""float32 tanh, erf and GELU as TensorIR expressions, accurate to ~1e-7 absolute on every WebGPU,
and the hash behind the GPU's random fills.

WGSL's `tanh` and SwiftShader's transcendental builtins can be off by far more than the 1e-4 logit
parity we test for, and WGSL has no `erf`, so these are built from `exp` (accurate to a few ulp
everywhere) and polynomials.  Coefficients keep 7 significant digits: TVM's WGSL printer writes
float literals with 7, so more would be dropped silently.
"""

from tvm.script import tirx as T

# tanh(a) = a + a^3 * P(a^2) on [0, TANH_SMALL] (least-squares fit, relative error < 1e-7);
# above it (1 - e) / (1 + e) with e = exp(-2a) has no cancellation.
TANH_SMALL = 0.55
TANH_POLY = (-0.00665724, 0.02133962, -0.05391572, 0.1333316, -0.3333333)
# erf by Abramowitz & Stegun 7.1.26: 1 - t * (a1 + t * (a2 + ...)) * exp(-x^2), t = 1 / (1 + p x);
# absolute error < 1.5e-7 (gelu: < 5e-7, as torch's own float32 rounding).
ERF_P = 0.3275911
ERF_A = (1.061405429, -1.453152027, 1.421413741, -0.284496736, 0.254829592)
SQRT_2_OVER_PI = 0.7978846
SQRT_HALF = 0.7071068


def _horner(x, coefficients):
    acc = T.float32(coefficients[0])
    for c in coefficients[1:]:
        acc = acc * x + T.float32(c)
    return acc


def tanh(x):
    """tanh(x); `x` should be a variable or a cheap expression (it is repeated)."""
    a = T.fabs(x)
    s = a * a
    small = a + a * s * _horner(s, TANH_POLY)
    e = T.exp(T.float32(-2) * a)
    big = (T.float32(1) - e) / (T.float32(1) + e)
    t = T.if_then_else(a < T.float32(TANH_SMALL), small, big)
    return T.if_then_else(x < T.float32(0), -t, t)


def erf(x):
    a = T.fabs(x)
    t = T.float32(1) / (T.float32(1) + T.float32(ERF_P) * a)
    y = T.float32(1) - _horner(t, ERF_A) * t * T.exp(-a * a)
    return T.if_then_else(x < T.float32(0), -y, y)


def gelu(x, approximate):
    """GELU: x * Phi(x) exactly (erf) when `approximate` == 0, else the tanh form
    (transformers' gelu_new / gelu_pytorch_tanh)."""
    exact = T.float32(0.5) * x * (T.float32(1) + erf(x * T.float32(SQRT_HALF)))
    inner = T.float32(SQRT_2_OVER_PI) * (x + T.float32(0.044715) * x * x * x)
    tanh_form = T.float32(0.5) * x * (T.float32(1) + tanh(inner))
    return T.if_then_else(approximate == 0, exact, tanh_form)


@T.macro
def hash_index(h, i, seed):
    """h[0] = murmur3's 32-bit finalizer of (i * golden ratio + seed): cheap, well-mixed random
    bits per element, for random weights made on the GPU (fill_uniform, fill_bits)."""
    h[0] = T.Cast("uint32", i) * T.uint32(0x9E3779B1) + T.Cast("uint32", seed)
    h[0] = h[0] ^ T.shift_right(h[0], T.uint32(16))
    h[0] = h[0] * T.uint32(0x85EBCA6B)
    h[0] = h[0] ^ T.shift_right(h[0], T.uint32(13))
    h[0] = h[0] * T.uint32(0xC2B2AE35)
    h[0] = h[0] ^ T.shift_right(h[0], T.uint32(16))
