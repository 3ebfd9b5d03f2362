"""What the GPU computed inside one forward pass, copied out at the points `Decoder` hands over.

A `Capture` sits in `Decoder.capture` for one generation step.  At each hook it queues reads
(`Device.read_soon`: a copy of the buffer as it is at that point of the pass, made in order
with the dispatches around it) and, where the fused decode kernels keep an intermediate to
themselves, runs one of the model's own kernels to make it: the queries after RoPE (and
Qwen3's q norm) come from `rope_qkv` into a buffer of the capture's, with a one-row dummy KV
cache so the model's cache is left alone.  Attention probabilities are then softmax(scale *
q . k) over the captured q and the keys in the KV cache, worked out on the host (the kernels
never write them); everything else is the GPU's own numbers.

The logit lens is the model's own `finish` (final norm + lm head, + Gemma 2's soft-cap) applied
to the last token's residual stream after each chosen layer: a GEMV as the layer ends, or, for
many layers (`LENS_MATMUL_ROWS`), batched: `embed` gathers that row of each chosen layer into
one matrix as the layer ends (the lookup of one row of h, the ids chosen so that only the
layer's row of the matrix is written), and after a group's last layer one matmul gives every
row's logits (SmolLM2's 30 layers on SwiftShader: ~60 s of a step by GEMVs, ~8 s by the matmul).
The sampler's `top_candidates` kernels then narrow each row to its 64 best logits with the
row's max and exp sum, and only those records come back (524 bytes a layer instead of
4 * vocab, and no top-k over the vocabulary in Python), unless `CaptureOptions.lens_logits`
asks for the whole rows.

The capture also traces the step's dispatches (kernel, scalars, tensors) and queue writes by
wrapping the device's `run` and `write` (and, to time them, `flush`) for the step only, so the
device class pays nothing when nobody looks.  Its own dispatches are left out of the trace and
of the times.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..gpu import Device, Tensor
from ..gpu.device import PendingRead
from ..models.decoder import Decoder, KVCache
from ..sampling import CANDIDATES, Candidates, SamplerBuffers

TIMED_DISPATCHES = 1024  # per timed submit: two timestamps each, within WebGPU's 4096 queries a set
# From this many lens layers on, the lens is one matmul (of up to a prefill chunk of rows), below
# it a GEMV per layer.  The matmul computes 64-row tiles, so on a CPU adapter it costs the same
# for 1 or 64 rows.  SmolLM2's lm head (49152 x 576 Q8_0) on SwiftShader, Node + Dawn: a layer's
# lens by GEMV (the final norm fused) ~2 s of a step, the matmul ~8 s for all layers (a decode
# step with 7 lens layers by GEMVs: 26 s; with all 30 by the matmul: 21.5 s; without capture
# 10.6 s).  On llvmpipe a GEMV is 0.35 s and the matmul 3 s; on a GPU both are cheap.
LENS_MATMUL_ROWS = 4


@dataclass(frozen=True)
class CaptureOptions:
    """What a captured step keeps besides the residual stream and the MLP activations.

    lens_layers: the layers whose logit lens is worked out (None: all); the last layer's always
    is: its lens is the model's output, whose candidates the sampler's view shows;
    lens_logits: keep each lens row's whole logits too (4 * vocab bytes a layer read back), not
    only its `CANDIDATES` best;
    attention_layers: the layers whose attention probabilities are worked out (None: all);
    kv_layer: the layer whose KV cache rows are kept (None: none)."""

    lens_layers: tuple[int, ...] | None = None
    lens_logits: bool = False
    attention_layers: tuple[int, ...] | None = None
    kv_layer: int | None = 0

    def check(self, layers: int) -> None:
        """Refuse a layer the model does not have, naming it."""
        named = [*(self.lens_layers or ()), *(self.attention_layers or ()),
                 *([] if self.kv_layer is None else [self.kv_layer])]
        for layer in named:
            if isinstance(layer, bool) or not isinstance(layer, int) or not 0 <= layer < layers:
                raise ValueError(f"layer {layer!r} is not a layer of this model (0..{layers - 1})")

    def lens_rows(self, layers: int) -> list[int]:
        """The layers whose lens a step computes, in order (the last one included)."""
        return sorted({*(range(layers) if self.lens_layers is None else self.lens_layers), layers - 1})


@dataclass
class Lens:
    """One layer's logit lens for the last token: its residual stream through the final norm and
    the lm head, narrowed on the GPU to the best `CANDIDATES` logits and the row's softmax
    normalizer, so each candidate's probability is exact."""

    layer: int
    top: list[tuple[int, float]]  # (token id, logit), largest first (ties: lower id first)
    max: float  # the largest logit
    total: float  # sum over the vocabulary of exp(logit - max)
    logits: array | None = None  # the whole row, with CaptureOptions(lens_logits=True)

    def top_probabilities(self, k: int = 5) -> list[tuple[int, float]]:
        """The k (at most `CANDIDATES`) likeliest next tokens as (id, probability)."""
        if not 0 < k <= CANDIDATES:
            raise ValueError(f"the lens keeps the {CANDIDATES} best tokens of a layer, asked for {k}")
        return [(i, math.exp(x - self.max) / self.total) for i, x in self.top[:k]]


@dataclass
class KVRows:
    """One layer's KV cache at the positions the step's last token sees: position -> row."""

    layer: int
    positions: list[int]
    k: list[list[float]]  # [position][hkv * hd], after RoPE
    v: list[list[float]]


@dataclass
class Forward:
    """One forward pass of n tokens at positions pos0 .. pos0 + n - 1, as the GPU computed it.

    `residual[0]` is the embedding, `residual[i + 1]` the residual stream after layer i
    (transformers' `output_hidden_states` before its final norm); `lens[i]` the logit lens of the
    last token read off `residual[i + 1]`, for the chosen layers (`CaptureOptions.lens_layers`;
    the last layer's, `output`, is the model's own next-token distribution)."""

    pos0: int
    n: int
    residual: list[list[list[float]]] = field(default_factory=list)  # [layers + 1][n][hidden]
    attention: dict[int, list[list[list[float]]]] = field(default_factory=dict)  # layer -> [head][n][pos0 + n]
    mlp: dict[int, list[list[float]]] = field(default_factory=dict)  # layer -> [n][ffn], the activation
    lens: dict[int, Lens] = field(default_factory=dict)  # layer -> its lens
    kv: KVRows | None = None

    @property
    def output(self) -> Lens:
        """The last layer's lens: the logits the model's forward pass ended with."""
        return self.lens[max(self.lens)]

    @property
    def residual_norms(self) -> list[list[float]]:
        """The L2 norm of the residual stream, [layers + 1][n]: how large the stream grows."""
        return [[math.sqrt(math.fsum(x * x for x in row)) for row in rows] for rows in self.residual]

    def lens_top(self, layer: int, k: int = 5) -> list[tuple[int, float]]:
        """The k (at most `CANDIDATES`) likeliest next tokens (id, probability) read off layer
        `layer`'s residual."""
        return self.lens[layer].top_probabilities(k)


@dataclass(frozen=True)
class TracedCall:
    """A `Device.run` (kernel, scalars, tensors) or `Device.write` (kernel None; tensor, bytes,
    offset) of the step, in order."""

    kernel: str | None
    scalars: dict[str, int | float] | None = None
    tensors: dict[str, Tensor] = field(default_factory=dict)
    data: bytes = b""
    offset: int = 0


class Capture:
    """The hooks `Decoder` calls while `model.capture` is this object; `await result()` after
    the step.  A forward pass of several prefill chunks keeps the last chunk (the one whose
    logits give the token)."""

    def __init__(self, model: Decoder, options: CaptureOptions):
        c = model.config
        options.check(c.num_hidden_layers)
        self.model, self.options = model, options
        self.device: Device = model.device
        self.trace: list[TracedCall] = []
        self._tracing = False
        self._timed: list[tuple[Callable[[], Awaitable[list[float]]], list[bool]]] = []  # submits, own dispatches
        self._layer = 0  # the layer whose attention and MLP come next
        self._forward: Forward | None = None
        self._reads: list[tuple[Callable[[bytes], None], PendingRead]] = []
        # per captured layer: its index, cache, reads (q, k, v), whether to work out probabilities, keep K/V
        self._attention: list[tuple[int, KVCache, dict[str, array], bool, bool]] = []
        dev = self.device
        # the lens layers in groups that one `finish` takes (at most a prefill chunk of rows), or
        # one by one (GEMVs) when they are few
        rows = options.lens_rows(c.num_hidden_layers)
        size = model.prefill_chunk if len(rows) >= LENS_MATMUL_ROWS else 1
        self._lens_groups = [rows[g:g + size] for g in range(0, len(rows), size)]
        self._lens_slot = {layer: (g, j) for g, group in enumerate(self._lens_groups) for j, layer in enumerate(group)}
        self._lens_in = dev.empty((size, c.hidden_size), label="capture lens input")
        self._lens_out = dev.empty((size, c.vocab_size), label="capture lens logits")
        self._gather_ids = dev.empty((size,), "int32", label="capture lens gather ids")
        self._narrowing = SamplerBuffers(dev, c.vocab_size)
        self._q = dev.empty((1, c.num_attention_heads * c.head_dim), label="capture q")
        kv = c.num_key_value_heads * c.head_dim
        self._dummy_k = dev.empty((1, kv), label="capture dummy k")
        self._dummy_v = dev.empty((1, kv), label="capture dummy v")
        self.probe = dev.empty((1,), label="capture probe")  # a 4-byte read that waits for the queue

    def release(self) -> None:
        self._narrowing.release()
        self.device.release(self._lens_in, self._lens_out, self._gather_ids, self._q, self._dummy_k, self._dummy_v,
                            self.probe)

    # ---- the step's dispatches ---------------------------------------------------------------
    @contextmanager
    def tracing(self, timed: bool = False) -> Iterator[None]:
        """Trace the device's dispatches and writes inside the block (its own left out).  With
        `timed` (a device with "timestamp-query"), every submit in the block is a timed one
        (`Device.flush_timed`: a compute pass per dispatch between two GPU timestamps), so
        `kernel_times()` gives the model's dispatches' GPU times in the step itself."""
        dev = self.device
        run, write, flush = dev.run, dev.write, dev.flush
        own: list[bool] = []  # per dispatch recorded and not yet submitted: the capture's?

        def timed_flush() -> None:
            finish = dev.flush_timed()
            if finish is not None:
                self._timed.append((finish, own[:]))
            own.clear()

        def traced_run(kernel: str, scalars: dict[str, int | float] | None = None, **tensors: Tensor) -> None:
            if self._tracing:
                self.trace.append(TracedCall(kernel, dict(scalars or {}), tensors))
            if not timed:
                run(kernel, scalars, **tensors)
                return
            if len(own) == TIMED_DISPATCHES:
                timed_flush()
            before = len(dev.pending_kernels)
            run(kernel, scalars, **tensors)
            own.extend([not self._tracing] * (len(dev.pending_kernels) - before))  # an empty grid records none

        def traced_write(t: Tensor, data: bytes | memoryview, offset: int = 0) -> None:
            if self._tracing:
                self.trace.append(TracedCall(None, tensors={"t": t}, data=bytes(data), offset=offset))
            write(t, data, offset)

        dev.run, dev.write = traced_run, traced_write  # instance attributes over the class's methods
        if timed:
            dev.flush = timed_flush  # reads and writes submit through it too
        self._tracing = True
        try:
            yield
        finally:
            self._tracing = False
            if timed:
                timed_flush()
                del dev.flush
            del dev.run, dev.write

    async def kernel_times(self) -> list[float]:
        """The GPU milliseconds of each model dispatch of a `tracing(timed=True)` block, in order."""
        times = []
        for finish, own in self._timed:
            times += [ms for ms, mine in zip(await finish(), own) if not mine]
        self._timed = []
        return times

    @contextmanager
    def _own(self) -> Iterator[None]:
        """The capture's own dispatches: not the model's, so not traced."""
        tracing, self._tracing = self._tracing, False
        try:
            yield
        finally:
            self._tracing = tracing

    def _read(self, t: Tensor, keep: Callable[[bytes], None]) -> None:
        self._reads.append((keep, self.device.read_soon(t)))

    # ---- hooks (Decoder) ---------------------------------------------------------------------
    def begin(self, model: Decoder, pos0: int, h: Tensor) -> None:
        """A forward pass starts: h holds the embeddings."""
        n = h.shape[0]
        self._forward, self._reads, self._attention, self._layer = Forward(pos0, n), [], [], 0
        residual, width = self._forward.residual, h.shape[1]
        self._read(h, lambda data: residual.append(_rows(data, width)))
        # `embed` of row j (row0 = j * n) finds id j * n + n - 1 in h's rows: h's last row goes to
        # row j of the lens input, and no other id falls inside h, so no other row is written
        ids = self._gather_ids
        if ids.shape[0] > 1:
            with self._own():
                self.device.write(ids, array("i", [j * n + n - 1 for j in range(ids.shape[0])]).tobytes())

    def layer(self, model: Decoder, i: int, h: Tensor) -> None:
        """Layer i has updated the residual stream h: keep it, and for a lens layer its last row;
        a group's last lens layer runs the group's lens."""
        f, width = self._forward, h.shape[1]
        self._read(h, lambda data: f.residual.append(_rows(data, width)))
        self._layer = i + 1
        if i not in self._lens_slot:
            return
        g, j = self._lens_slot[i]
        group, vocab = self._lens_groups[g], model.config.vocab_size
        with self._own():
            if len(group) == 1:  # a GEMV of h's last row
                self._lens(model, group, h, self._lens_out.view(1, vocab), row=h.shape[0] - 1)
                return
            x = self._lens_in.view(len(group), h.shape[1])
            self.device.run("embed", {"row0": j * h.shape[0], "scale": 1.0},
                            ids=self._gather_ids.view(len(group), dtype="int32"), table=h, out=x)
            if j == len(group) - 1:
                self._lens(model, group, x, self._lens_out.view(len(group), vocab), row=None)

    def _lens(self, model: Decoder, layers: list[int], x: Tensor, logits: Tensor, row: int | None) -> None:
        """logits = the lens of x's `row` (one layer) or of all its rows (`layers`' residual
        streams), narrowed row by row to a candidates record that is read back (and the whole
        rows with `lens_logits`)."""
        c, dev, f = model.config, self.device, self._forward
        model.finish(x, logits, row=row)
        if c.final_logit_softcapping:
            dev.run("softcap", {"cap": c.final_logit_softcapping}, X=logits)
        for r, layer in enumerate(layers):
            def keep(data: bytes, layer: int = layer) -> None:
                found = Candidates.unpack(data, c.vocab_size)
                f.lens[layer] = Lens(layer, list(zip(found.ids, found.values)), found.max, found.sum_1)
            self._read(self._narrowing.narrow(logits, r, 1.0), keep)
        if self.options.lens_logits:
            def keep_rows(data: bytes) -> None:
                flat, vocab = _floats(data), c.vocab_size
                for r, layer in enumerate(layers):
                    f.lens[layer].logits = flat[r * vocab:(r + 1) * vocab]
            self._read(logits, keep_rows)

    def mlp(self, activation: Callable[[], Tensor]) -> None:
        """An MLP's down projection reads act(...) of its input: compute and keep that activation."""
        with self._own():
            a = activation()
        mlp, layer, width = self._forward.mlp, self._layer, a.shape[1]
        self._read(a, lambda data: mlp.__setitem__(layer, _rows(data, width)))

    def attention(self, model: Decoder, cache: KVCache, qkv: Tensor, q: Tensor | None, rope: dict[str, Any],
                  inv_freq: Tensor, qk_norm: tuple[Tensor, Tensor] | None) -> None:
        """Attention of this layer has run.  q: the prefill's queries after RoPE; None for one
        token, whose fused kernel kept them to itself: then `rope_qkv` makes them again from
        qkv (which nothing reads after attention, so Qwen3's head norm may go in place)."""
        c, layer, f = model.config, self._layer, self._forward
        n = qkv.shape[0]
        wanted = self.options.attention_layers
        keep_kv = self.options.kv_layer == layer
        if not keep_kv and wanted is not None and layer not in wanted:
            return
        hq, hkv, hd = c.num_attention_heads, c.num_key_value_heads, c.head_dim
        if q is None:
            q = self._q.view(n, hq * hd)
            with self._own():
                if qk_norm:
                    self.device.run("head_rms_norm", {"hq": hq, "hkv": hkv, "eps": c.rms_norm_eps},
                                    qkv=qkv, Wq=qk_norm[0], Wk=qk_norm[1])
                self.device.run("rope_qkv", {**rope, "hq": hq, "hd": hd}, qkv=qkv, inv_freq=inv_freq, q=q,
                                k_cache=self._dummy_k, v_cache=self._dummy_v)
        rows = cache.k.shape[0]
        seen = min(f.pos0 + n, rows)  # rows 0..seen-1 hold every position the step can see
        entry: dict[str, array] = {}
        self._read(q, lambda data: entry.__setitem__("q", _floats(data)))
        self._read(cache.k.view(seen, hkv * hd), lambda data: entry.__setitem__("k", _floats(data)))
        if keep_kv:
            self._read(cache.v.view(seen, hkv * hd), lambda data: entry.__setitem__("v", _floats(data)))
        self._attention.append((layer, cache, entry, wanted is None or layer in wanted, keep_kv))

    # ---- results -----------------------------------------------------------------------------
    async def result(self) -> Forward:
        """Wait for the reads of the last forward pass and work out its attention probabilities."""
        f = self._forward
        if f is None:
            raise RuntimeError("the capture saw no forward pass")
        for keep, pending in self._reads:
            keep(await pending)
        f.lens = dict(sorted(f.lens.items()))
        for layer, cache, entry, probabilities, keep_kv in self._attention:
            if probabilities:
                f.attention[layer] = self._probabilities(entry["q"], entry["k"], cache, f.pos0, f.n)
            if keep_kv:
                f.kv = self._kv_rows(layer, entry["k"], entry["v"], cache, f.pos0 + f.n - 1)
        self._reads, self._attention = [], []
        return f

    def _probabilities(self, q: array, k: array, cache: KVCache, pos0: int, n: int) -> list[list[list[float]]]:
        """[head][query][key position] = softmax over the positions the query sees of
        scale * q . k (soft-capped for Gemma 2), as transformers' eager attention reports it."""
        c = self.model.config
        hq, hkv, hd = c.num_attention_heads, c.num_key_value_heads, c.head_dim
        rows, group, cap = cache.k.shape[0], hq // hkv, c.attn_logit_softcapping or 0.0
        out = []
        for head in range(hq):
            kv0 = head // group * hd
            per_query = []
            for i in range(n):
                pos = pos0 + i
                first = max(0, pos - cache.window + 1) if cache.window else 0
                qv = q[(i * hq + head) * hd:(i * hq + head + 1) * hd]
                scores = []
                for p in range(first, pos + 1):
                    base = p % rows * hkv * hd + kv0
                    s = c.attention_scale * math.fsum(a * b for a, b in zip(qv, k[base:base + hd]))
                    scores.append(cap * math.tanh(s / cap) if cap else s)
                m = max(scores)
                e = [math.exp(s - m) for s in scores]
                total = math.fsum(e)
                per_query.append([0.0] * first + [x / total for x in e] + [0.0] * (pos0 + n - 1 - pos))
            out.append(per_query)
        return out

    def _kv_rows(self, layer: int, k: array, v: array, cache: KVCache, pos: int) -> KVRows:
        """The K and V rows of the positions the last token sees."""
        width = self.model.config.num_key_value_heads * self.model.config.head_dim
        rows = cache.k.shape[0]
        first = max(0, pos - cache.window + 1) if cache.window else 0
        positions = list(range(first, pos + 1))
        return KVRows(layer, positions, [k[p % rows * width:(p % rows + 1) * width].tolist() for p in positions],
                      [v[p % rows * width:(p % rows + 1) * width].tolist() for p in positions])


def _floats(data: bytes) -> array:
    out = array("f")
    out.frombytes(data)
    return out


def _rows(data: bytes, width: int) -> list[list[float]]:
    flat = _floats(data)
    return [flat[r * width:(r + 1) * width].tolist() for r in range(len(flat) // width)]
