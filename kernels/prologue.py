"""Input transforms ("prologues") and a bias epilogue that the GEMVs of every weight format fuse.

A decode GEMV workgroup reads the whole input vector anyway, so normalising it or applying the
gated activation on the way in costs a reduction over a vector that sits in cache, and saves a
dispatch and a round trip of the vector through memory:

| prologue    | x'[c] (X the kernel's input row)                       | X's width | extra inputs   |
| ----------- | ------------------------------------------------------ | --------- | -------------- |
| (none)      | X[c]                                                   | k         |                |
| `rms`       | X[c] / sqrt(mean(X^2) + eps) * Nw[c]                   | k         | Nw, eps        |
| `layer`     | (X[c] - mean(X)) / sqrt(var(X) + eps) * Nw[c] + Nb[c]  | k         | Nw, Nb, eps    |
| `silu`      | silu(X[c]) * X[k + c]  (SwiGLU: gate, then up)         | 2k        |                |
| `gelu`      | gelu(X[c]) * X[k + c]  (GeGLU, erf form)               | 2k        |                |
| `gelu_tanh` | gelu_tanh(X[c]) * X[k + c]  (GeGLU, tanh form)         | 2k        |                |
| `act_gelu`, `act_gelu_tanh` | gelu(X[c]) (GPT-NeoX / GPT-2 MLPs: the down projection's input) | k | |

Each workgroup computes the norm's statistics itself (all its threads reduce over the row in
shared memory, mean and variance in two passes as `norm.layer_norm`), so the GEMV stays one
dispatch with no ordering between workgroups.  Gemma's (1 + w) norm weights are stored as 1 + w,
so `rms` serves it too.  The bias epilogue adds B[col0 + j] to each output (Qwen2's q/k/v,
GPT-NeoX and GPT-2 projections).

Not yet tuned for speed: each of a workgroup's rows transforms the inputs it reads itself, so an
activation's exp runs once per input element and row of the workgroup (8 in the WIDE q4
schedule), and the statistics cost every workgroup one extra read of x (from cache).  Measured
on a GPU this is to be weighed against staging x' in shared memory chunk by chunk.

Every GEMV template takes the superset signature (X, W.., Y, Nw, Nb, B, row, col0, eps): buffers
that a variant does not read vanish from the compiled kernel (TVM passes a kernel only what it
uses), and `specialized` removes `eps` where no norm reads it, so the manifest lists exactly
what each variant needs.
"""

from dataclasses import dataclass

from tvm.script import tirx as T

from .mathfn import SQRT_2_OVER_PI, SQRT_HALF, erf, tanh
from .tiles import tree_sum


@dataclass(frozen=True)
class Prologue:
    """One input transform: its kernel-name part and what its code needs (Python constants)."""

    name: str  # "" for none
    norm: bool = False  # reduces the row for its statistics
    centered: bool = False  # layer norm: subtracts the mean, adds Nb
    gated: bool = False  # X holds [gate | up], 2k wide
    act: str = ""  # "silu", "gelu" or "gelu_tanh" on X[c]

    @property
    def width(self) -> int:
        """X's width in units of k."""
        return 2 if self.gated else 1


PROLOGUES = {p.name: p for p in (
    Prologue(""),
    Prologue("rms", norm=True),
    Prologue("layer", norm=True, centered=True),
    Prologue("silu", gated=True, act="silu"),
    Prologue("gelu", gated=True, act="gelu"),
    Prologue("gelu_tanh", gated=True, act="gelu_tanh"),
    Prologue("act_gelu", act="gelu"),
    Prologue("act_gelu_tanh", act="gelu_tanh"),
)}

# The (prologue, bias, accumulate) combinations the models use, compiled for every weight format:
# plain products (and the o projection's +bias into the residual), the normed q/k/v, gate/up and
# lm head projections (+bias: Qwen2, GPT-NeoX, GPT-2), the down projections' gated (Llama-likes;
# Gemma 2 writes before its post-norm) and GELU (GPT-NeoX, GPT-2) inputs.
VARIANTS = [("", False, False), ("", False, True), ("", True, True),
            ("rms", False, False), ("rms", True, False), ("layer", False, False), ("layer", True, False),
            ("silu", False, True), ("silu", False, False), ("gelu", False, True), ("gelu", False, False),
            ("gelu_tanh", False, True), ("gelu_tanh", False, False),
            ("act_gelu", True, True), ("act_gelu_tanh", True, True)]


def variant_name(base: str, prologue: str, bias: bool, accumulate: bool, suffix: str = "") -> str:
    """The shipped name of a GEMV variant, e.g. q4_gemv_tall_rms_bias_f32 (quantization.py spells
    the same rule)."""
    parts = [base, prologue, "bias" if bias else "", "add" if accumulate else "", suffix]
    return "_".join(p for p in parts if p)


def rolled_if_activation(p: Prologue):
    """The loop kind for transforming a chunk of inputs: unrolled for a norm (a multiply-add per
    element), rolled for an activation, whose ~40 instructions per element unrolled 32 or 128
    times made each shader 60-240 KB of WGSL."""
    return T.serial if p.act else T.unroll


def specialized(kernel, p: Prologue):
    """Drop the `eps` scalar (the last parameter) from a variant that reads no norm."""
    return kernel if p.norm else kernel.specialize({kernel.params[-1]: T.float32(0)})


@T.macro
def _row_sum(X, row, vecs, lanes, tid, threads, red, tmp, center, square):
    """red[0] = the sum over the row X[row, :] (vecs vectors of `lanes` floats) of x, or of
    (x - center)^2 when `square`; every thread of the workgroup takes part."""
    tmp[lanes] = T.float32(0)
    for j0 in range((vecs + threads - 1) // threads):
        j = j0 * threads + tid
        if j < vecs:
            if lanes == 4:
                tmp[T.Ramp(0, 1, 4)] = X[row, j]
            else:
                tmp[0] = X[row, j]
            for l in T.unroll(lanes):
                if square:
                    tmp[lanes] = tmp[lanes] + (tmp[l] - center) * (tmp[l] - center)
                else:
                    tmp[lanes] = tmp[lanes] + tmp[l]
    red[tid] = tmp[lanes]
    T.tvm_storage_sync("shared")
    tree_sum(red, tid, threads)


@T.macro
def input_stats(p, X, row, vecs, lanes, k, eps, tid, threads, red, tmp, stat):
    """stat = (1 / std, mean) of the row for a norm prologue (mean 0 for RMSNorm); nothing else.

    `red` is a shared buffer of `threads` floats, `tmp` a local one of lanes + 1."""
    if p.norm:
        stat[1] = T.float32(0)
        if p.centered:
            _row_sum(X, row, vecs, lanes, tid, threads, red, tmp, stat[1], False)
            stat[1] = red[0] / T.Cast("float32", k)
            T.tvm_storage_sync("shared")  # everyone has read red[0] before it is reused
        _row_sum(X, row, vecs, lanes, tid, threads, red, tmp, stat[1], True)
        stat[0] = T.rsqrt(red[0] / T.Cast("float32", k) + eps)
        T.tvm_storage_sync("shared")


@T.macro
def transform(p, xt, ut, j, c, Nw, Nb, stat, tt):
    """xt[j] = x'[c] from the raw xt[j] = X[row, c] (and ut[j] = X[row, k + c] when gated);
    tt is a local scratch of 2 floats (the activations repeat their argument)."""
    if p.norm:
        if p.centered:
            xt[j] = (xt[j] - stat[1]) * stat[0] * Nw[c] + Nb[c]
        else:
            xt[j] = xt[j] * stat[0] * Nw[c]
    if p.act == "silu":
        xt[j] = xt[j] / (T.float32(1) + T.exp(-xt[j]))
    if p.act == "gelu":
        tt[1] = xt[j] * T.float32(SQRT_HALF)
        xt[j] = T.float32(0.5) * xt[j] * (T.float32(1) + erf(tt[1]))
    if p.act == "gelu_tanh":
        tt[1] = T.float32(SQRT_2_OVER_PI) * (xt[j] + T.float32(0.044715) * xt[j] * xt[j] * xt[j])
        tt[1] = tanh(tt[1])
        xt[j] = T.float32(0.5) * xt[j] * (T.float32(1) + tt[1])
    if p.gated:
        xt[j] = xt[j] * ut[j]
