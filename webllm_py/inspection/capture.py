"""What the GPU computed inside one forward pass, copied out at the points `Decoder` hands over.

A `Capture` sits in `Decoder.capture` for one generation step.  At each hook it queues reads
(`Device.read_soon`: a copy of the buffer as it is at that point of the pass, made in order
with the dispatches around it) and, where the fused decode kernels keep an intermediate to
themselves, runs one of the model's own kernels to make it: the queries after RoPE (and
Qwen3's q norm) come from `rope_qkv` into a buffer of the capture's, with a one-row dummy KV
cache so the model's cache is left alone; each layer's logit lens is the model's own `finish`
(final norm + lm head, + Gemma 2's soft-cap) applied to that layer's residual stream.
Attention probabilities are then softmax(scale * q . k) over the captured q and the keys in the
KV cache, worked out on the host (the kernels never write them); everything else is the GPU's
own numbers.

The capture also traces the step's dispatches (kernel, scalars, tensors) and queue writes by
wrapping the device's `run` and `write` for the step only, so the device class pays nothing
when nobody looks.  Its own dispatches are left out of the trace.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from ..gpu import Device, Tensor
from ..gpu.device import PendingRead
from ..models.decoder import Decoder, KVCache


@dataclass(frozen=True)
class CaptureOptions:
    """What a captured step keeps besides the residual stream, the MLP activations and the lens.

    attention_layers: the layers whose attention probabilities are worked out (None: all);
    kv_layer: the layer whose KV cache rows are kept (None: none)."""

    attention_layers: tuple[int, ...] | None = None
    kv_layer: int | None = 0

    def check(self, layers: int) -> None:
        """Refuse a layer the model does not have, naming it."""
        named = [*(self.attention_layers or ()), *([] if self.kv_layer is None else [self.kv_layer])]
        for layer in named:
            if isinstance(layer, bool) or not isinstance(layer, int) or not 0 <= layer < layers:
                raise ValueError(f"layer {layer!r} is not a layer of this model (0..{layers - 1})")


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
    (transformers' `output_hidden_states` before its final norm); `lens[i]` the logits of the
    last token read off `residual[i + 1]`, so `lens[-1]` are the model's output logits."""

    pos0: int
    n: int
    residual: list[list[list[float]]] = field(default_factory=list)  # [layers + 1][n][hidden]
    attention: dict[int, list[list[list[float]]]] = field(default_factory=dict)  # layer -> [head][n][pos0 + n]
    mlp: dict[int, list[list[float]]] = field(default_factory=dict)  # layer -> [n][ffn], the activation
    lens: list[array] = field(default_factory=list)  # [layers] of vocab logits
    kv: KVRows | None = None

    @property
    def residual_norms(self) -> list[list[float]]:
        """The L2 norm of the residual stream, [layers + 1][n]: how large the stream grows."""
        return [[math.sqrt(math.fsum(x * x for x in row)) for row in rows] for rows in self.residual]

    def lens_top(self, layer: int, k: int = 5) -> list[tuple[int, float]]:
        """The k likeliest next tokens (id, probability) read off layer `layer`'s residual."""
        return top_probabilities(self.lens[layer], k)


def top_probabilities(logits: array | list[float], k: int) -> list[tuple[int, float]]:
    """The k largest softmax(logits) entries as (index, probability), largest first."""
    m = max(logits)
    total = math.fsum(math.exp(x - m) for x in logits)
    best = heapq.nlargest(k, range(len(logits)), key=logits.__getitem__)
    return [(i, math.exp(logits[i] - m) / total) for i in best]


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
        options.check(model.config.num_hidden_layers)
        self.model, self.options = model, options
        self.device: Device = model.device
        c = model.config
        self.trace: list[TracedCall] = []
        self._tracing = False
        self._layer = 0  # the layer whose attention and MLP come next
        self._forward: Forward | None = None
        self._reads: list[tuple[Callable[[bytes], None], PendingRead]] = []
        # per captured layer: its index, cache, reads (q, k, v), whether to work out probabilities, keep K/V
        self._attention: list[tuple[int, KVCache, dict[str, array], bool, bool]] = []
        dev = self.device
        self._lens = dev.empty((1, c.vocab_size), label="capture lens")
        self._q = dev.empty((1, c.num_attention_heads * c.head_dim), label="capture q")
        kv = c.num_key_value_heads * c.head_dim
        self._dummy_k = dev.empty((1, kv), label="capture dummy k")
        self._dummy_v = dev.empty((1, kv), label="capture dummy v")
        self.probe = dev.empty((1,), label="capture probe")  # a 4-byte read that waits for the queue

    def release(self) -> None:
        self.device.release(self._lens, self._q, self._dummy_k, self._dummy_v, self.probe)

    # ---- the step's dispatches ---------------------------------------------------------------
    @contextmanager
    def tracing(self) -> Iterator[None]:
        """Trace the device's dispatches and writes inside the block (its own left out)."""
        dev = self.device
        run, write = dev.run, dev.write

        def traced_run(kernel: str, scalars: dict[str, int | float] | None = None, **tensors: Tensor) -> None:
            if self._tracing:
                self.trace.append(TracedCall(kernel, dict(scalars or {}), tensors))
            run(kernel, scalars, **tensors)

        def traced_write(t: Tensor, data: bytes | memoryview, offset: int = 0) -> None:
            if self._tracing:
                self.trace.append(TracedCall(None, tensors={"t": t}, data=bytes(data), offset=offset))
            write(t, data, offset)

        dev.run, dev.write = traced_run, traced_write  # instance attributes over the class's methods
        self._tracing = True
        try:
            yield
        finally:
            self._tracing = False
            del dev.run, dev.write

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
        self._forward, self._reads, self._attention, self._layer = Forward(pos0, h.shape[0]), [], [], 0
        residual, width = self._forward.residual, h.shape[1]
        self._read(h, lambda data: residual.append(_rows(data, width)))

    def layer(self, model: Decoder, i: int, h: Tensor) -> None:
        """Layer i has updated the residual stream h: keep it and read the lens off it."""
        f, width = self._forward, h.shape[1]
        self._read(h, lambda data: f.residual.append(_rows(data, width)))
        with self._own():
            lens = self._lens.view(1, model.config.vocab_size)
            model.finish(h, lens, row=h.shape[0] - 1)
            if model.config.final_logit_softcapping:
                self.device.run("softcap", {"cap": model.config.final_logit_softcapping}, X=lens)
        self._read(lens, lambda data: f.lens.append(_floats(data)))
        self._layer = i + 1

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
