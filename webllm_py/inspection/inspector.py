"""Generation one token at a time, with a look inside each step (`Inspector`).

An `Inspector` runs the engine's own generation loop (`generation.Decoding` on a `Pipeline`)
with replay turned off, so every step is one `Decoder.forward` that Python walks through, and
hands that forward pass a `Capture`.  Decode steps that nobody inspects are untouched: replay,
and with it the host's near-zero cost per token, is a property of the pipeline, and only the
inspector's pipeline has it off.

Kernel times: where the device has "timestamp-query", the step itself runs each dispatch in a
compute pass of its own between two GPU timestamps (`Device.flush_timed`): `clock="gpu"`.
Timing the step as it runs costs only those passes (issuing its dispatches again afterwards, as
before, cost a second forward pass: 10-25 s more per SmolLM2 step on SwiftShader, Chromium's CPU
WebGPU).
Elsewhere the step's traced writes and dispatches are issued again after the step, each
dispatch submitted alone and followed by a read of 4 bytes, and the wall time of that round
trip, less that of one with no dispatch, is its time, `clock="host"`: it includes the submit
and the driver's latency, so it says which kernels dominate rather than what the GPU alone
spent.  Issuing them again is safe because a forward pass is a pure function of its inputs:
the embedding overwrites the residual stream first, every buffer it writes after is written
before it is read, and the KV cache rows it appends get the same values.
"""

from __future__ import annotations

import dataclasses
import math
import time
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import accumulate

from ..generation import Decoding, Pipeline
from ..gpu import Tensor
from ..models.decoder import Decoder
from ..sampling import Decision, SamplingParams
from .capture import Capture, CaptureOptions, Forward, TracedCall


@dataclass(frozen=True)
class Dispatch:
    """One kernel dispatch of the step: its grid, its time, and the bytes of the buffers it binds
    read-only (`bytes_read`) and writable (`bytes_written`; it may read them too: a KV cache, an
    output it adds to).  Whole bindings: a kernel may touch less of them (attention reads only
    the cached positions)."""

    kernel: str
    grid: tuple[int, int, int]
    bytes_read: int
    bytes_written: int
    ms: float | None = None  # see `clock`
    clock: str = "host"  # "gpu": timestamp queries; "host": a round trip less an empty one (module docstring)


@dataclass(frozen=True)
class Candidate:
    """One of the sampler's candidates (the 64 best logits of the row)."""

    token: int
    logit: float  # after penalties and bias
    probability: float  # softmax(logits / temperature) over the whole vocabulary
    kept: float  # its share among the tokens top-k and top-p keep (0: cut)


@dataclass(frozen=True)
class SamplerView:
    """How the next token was picked.  For a sampled token, the chosen candidate is the first
    whose running sum of `kept` passes `u` (the candidates settle it unless `how` says the whole
    row was read)."""

    how: str  # "argmax on the GPU", "greedy", "sampled from the candidates", "sampled from the whole row"
    temperature: float
    top_k: int
    top_p: float
    u: float | None  # the uniform drawn (None: argmax on the GPU draws none)
    token: int
    candidates: list[Candidate]


@dataclass
class InspectedStep:
    """One generated token and, when captured, the forward pass that gave it."""

    token: int
    context: list[int]  # the ids the model saw: prompt + tokens before this one
    forward: Forward | None = None
    sampler: SamplerView | None = None
    dispatches: list[Dispatch] = field(default_factory=list)


class Inspector:
    """Generates after `prompt` one `step()` at a time, capturing each step's forward pass.

    Its pipeline writes the model's KV cache from position 0 on: another pipeline of the same
    model (an engine's, say) must `reset()` before it generates again.  `options` (what a step
    captures) may change between steps."""

    def __init__(self, model: Decoder, prompt: list[int], params: SamplingParams | None = None,
                 max_tokens: int | None = None, stop_ids: frozenset[int] = frozenset(),
                 options: CaptureOptions = CaptureOptions()):
        options.check(model.config.num_hidden_layers)
        self.model, self.options = model, options
        self.params = params or SamplingParams(temperature=0.0)
        self.decoding = Decoding(Pipeline(model, replay=False), prompt, self.params, max_tokens, stop_ids)

    @property
    def finished(self) -> bool:
        return self.decoding.finish_reason is not None

    async def step(self, capture: bool = True, time_kernels: bool = True) -> InspectedStep | None:
        """The next token (None once the generation has finished); with `capture`, what its
        forward pass computed, the sampler's decision and the step's dispatches (timed with
        `time_kernels`)."""
        if self.finished:
            return None
        context = list(self.decoding.context)
        if not capture:
            choice = await self.decoding.next()
            return InspectedStep(choice.token_id, context)
        model, sampler = self.model, self.decoding.sampler
        if sampler is not None:
            sampler.decisions = []
        probe = Capture(model, self.options)
        gpu_clock = time_kernels and "timestamp-query" in model.device.features
        model.capture = probe
        try:
            with probe.tracing(timed=gpu_clock):
                choice = await self.decoding.next()
        finally:
            model.capture = None
        try:
            forward = await probe.result()
            dispatches = [d for _, d in self._dispatches(probe.trace)]
            if gpu_clock:
                dispatches = [dataclasses.replace(d, ms=ms, clock="gpu")
                              for d, ms in zip(dispatches, await probe.kernel_times(), strict=True)]
            elif time_kernels:
                dispatches = [dataclasses.replace(d, ms=ms, clock="host")
                              for d, ms in zip(dispatches, await self._host_times(probe.trace, probe), strict=True)]
        finally:
            probe.release()
        return InspectedStep(choice.token_id, context, forward, self._sampler_view(forward, choice.token_id),
                             dispatches)

    # ---- the sampler's decision --------------------------------------------------------------
    def _sampler_view(self, forward: Forward, token: int) -> SamplerView:
        p = self.params
        sampler = self.decoding.sampler
        if sampler is None:  # greedy on the GPU: argmax over the logits, the last layer's lens
            out = forward.output
            return SamplerView("argmax on the GPU", 1.0, 0, 1.0, None, token,
                               [Candidate(i, x, q, float(i == token))
                                for (i, x), (_, q) in zip(out.top, out.top_probabilities(len(out.top)))])
        d = sampler.decisions[-1]
        return SamplerView(_how(d), d.temperature, p.top_k, p.top_p, None if d.greedy else d.u, d.token,
                           _candidates(d, p, self.model.config.vocab_size))

    # ---- the step's dispatches ---------------------------------------------------------------
    def _dispatches(self, trace: list[TracedCall]) -> list[tuple[TracedCall, Dispatch]]:
        """Each traced dispatch that ran (an empty grid runs nothing) with its grid and bytes."""
        kernels = self.model.device.kernels
        out = []
        for call in (c for c in trace if c.kernel is not None):
            spec = kernels[call.kernel]
            args = [call.tensors[b.name] for b in spec.buffers]
            grid = tuple(spec.plan(*(t.shape for t in args), call.scalars)[-3:])
            if min(grid) > 0:
                written = sum(_nbytes(t) for b, t in zip(spec.buffers, args) if b.write)
                read = sum(_nbytes(t) for b, t in zip(spec.buffers, args) if not b.write)
                out.append((call, Dispatch(call.kernel, grid, read, written)))
        return out

    async def _host_times(self, trace: list[TracedCall], probe: Capture) -> list[float]:
        """Issue the step's writes and dispatches again, timing each dispatch as a host round
        trip (module docstring)."""
        ran = {id(call) for call, _ in self._dispatches(trace)}
        calls = [c for c in trace if c.kernel is None or id(c) in ran]
        dev, tiny = self.model.device, probe.probe
        await dev.read(tiny)
        empty = []
        for _ in range(3):
            started = time.perf_counter()
            await dev.read(tiny)
            empty.append(time.perf_counter() - started)
        baseline = min(empty)
        times = []
        for call in calls:
            if call.kernel is None:
                dev.write(call.tensors["t"], call.data, call.offset)
                continue
            started = time.perf_counter()
            dev.run(call.kernel, call.scalars, **call.tensors)
            await dev.read(tiny)
            times.append(max(0.0, time.perf_counter() - started - baseline) * 1e3)
        return times


def _nbytes(t: Tensor) -> int:
    """A tensor's bytes, its elements being 16-byte vectors for the `...x4` views of q4 and
    vec4 GEMVs."""
    vector = t.dtype.endswith("x4")
    return Tensor(t.buffer, t.shape, t.dtype[:-2] if vector else t.dtype).nbytes * (4 if vector else 1)


def _how(d: Decision) -> str:
    if d.greedy:
        return "greedy"
    return "sampled from the whole row" if d.full_read else "sampled from the candidates"


def _candidates(d: Decision, p: SamplingParams, vocab: int) -> list[Candidate]:
    """The decision's candidates with their probabilities and their share of what top-k and
    top-p keep (as `sampling.Sampler` narrows them: top-k first, then the nucleus of top-p)."""
    probs = [math.exp((x - d.max) / d.temperature) / d.sum_t for x in d.logits]
    n = len(probs)
    if d.greedy:
        kept = [1.0] + [0.0] * (n - 1)
    else:
        end = min(p.top_k, n) if p.top_k else n  # candidates inside top-k
        cum = list(accumulate(probs[:end]))
        # the mass top-k keeps: all of it below the candidates' count; past it, at least theirs
        # (the sampler goes on only when that bound places the nucleus)
        z = cum[-1] if 0 < p.top_k < vocab else 1.0
        if p.top_p < 1.0:
            end = min(bisect_left(cum, p.top_p * z), end - 1) + 1
            z = cum[end - 1]
        kept = [x / z if i < end else 0.0 for i, x in enumerate(probs)]
    return [Candidate(i, x, q, k) for i, x, q, k in zip(d.ids, d.logits, probs, kept)]
