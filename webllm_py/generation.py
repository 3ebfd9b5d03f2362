"""The generation pipeline: the one prefill/decode loop that the engine, the CLI, `generate` and
the benchmark all run (as WebLLM's `llm_chat.ts` is its per-model pipeline).

A `Pipeline` belongs to one loaded model and knows which token ids the KV cache holds (so a
prompt that starts with them prefills only the rest).  A `Decoding` is one generation on it:
prefill, then one `Choice` per `next()` call, ending at a stop id or the token limit.

Host cost per token is kept small in two ways:

* Replay.  A decode step (one token through the model, plus the argmax for greedy decoding) is
  recorded once per model, variant (`Decoder.step_variant`: LongRoPE's table) and kind, at two
  positions; `Device.compile_step` checks that only the `pos0` scalars differ and builds it once,
  and every later step is one uniform write, the token and one encode + submit (see
  gpu/device.py).  A step that cannot be replayed (GPT-2 writes its position ids, say) runs as
  before, and `Pipeline.refused` says why.
* No wait between tokens for greedy decoding.  Without penalties, bias or logprobs the GPU picks
  (`argmax`) and writes the token into the ids buffer that the next step's embedding reads, so
  the host submits step k+1 before it reads token k back: the GPU always has the next step
  queued while the host waits.  Step k+1 is only submitted when token k may be followed by
  another (the limit, the context window); if token k turns out to be a stop id the extra step
  only wrote a cache row that the cache's bookkeeping never claims.

Sampling keeps its Python policy (`Sampler`: the GPU narrows to 64 candidates, Python decides),
one read per token.
"""

from __future__ import annotations

import math
import struct
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from .gpu import Device, Tensor
from .gpu.device import PendingRead, ReplayRefused, Step
from .models.decoder import Decoder
from .sampling import GREEDY_BELOW, Choice, Sampler, SamplingError, SamplingParams


@dataclass
class DecodeStats:
    """What one generation cost: tokens run for the prompt and the time until the first token
    (prefill), then the time of the other tokens (decode)."""

    prefill_tokens: int = 0  # prompt tokens actually run (the rest came from the KV cache)
    prefill_seconds: float = 0.0
    decode_seconds: float = 0.0
    decode_steps: int = 0
    replayed_steps: int = 0
    host_seconds: float = 0.0  # of decode steps: recording and encoding (ours), without the submit
    submit_seconds: float = 0.0  # of decode steps: inside the queue's submit (driver work included)


class Pipeline:
    """One model's prefill and decode steps, and the token ids its KV cache holds."""

    def __init__(self, model: Decoder, replay: bool = True):
        self.model = model
        self.device: Device = model.device
        self.cached: list[int] = []  # token ids whose K/V rows are in the cache, from position 0
        self.owner: object = None  # the generation whose context `cached` ends with
        self.replay = replay
        self.reused = 0  # cached tokens the last prefill kept
        self.refused: str | None = None  # why decode steps run unreplayed, once a recording was refused
        self._steps: dict[tuple, tuple[Step, Tensor]] = {}  # (variant, greedy) -> step, its logits
        self.picked = model.ids.view(1, dtype="int32")  # argmax's output is the next step's input

    def reset(self) -> None:
        """Forget what the cache holds: the next prompt is prefilled from scratch."""
        self.cached, self.owner = [], None

    # ---- steps -------------------------------------------------------------------------------
    def prefill(self, context: list[int], all_logits: bool = False) -> Iterator[Tensor]:
        """Run the context tokens the cache does not hold yet, in chunks, yielding each chunk's
        logits (the last row only, unless `all_logits`: then from position 0), which the next
        chunk overwrites.  The last token always runs."""
        model = self.model
        if len(context) > model.context_window:
            raise ValueError(f"the context has {len(context)} tokens; the context window holds "
                             f"{model.context_window}")
        common, limit = 0, min(len(self.cached), len(context) - 1)
        while common < limit and self.cached[common] == context[common]:
            common += 1
        common = 0 if all_logits else model.reusable_prefix(len(self.cached), common)
        self.cached = self.cached[:common]
        self.reused = common
        for start in range(common, len(context), model.prefill_chunk):
            chunk = context[start:start + model.prefill_chunk]
            logits = model.forward(chunk, start, all_logits=all_logits)
            self.cached += chunk
            yield logits

    def decode(self, token: int, pos: int) -> Tensor:
        """Run one token at `pos` (replayed when possible); return its logits [1, vocab]."""
        step = self._step(pos, greedy=False) if self.replay and self.refused is None else None
        if step is not None:
            self.device.replay(step[0], pos, token)
            return step[1]
        logits = self.model.forward([token], pos)
        self.device.flush()
        return logits

    def decode_greedy(self, token: int | None, pos: int) -> PendingRead:
        """Run one token at `pos` and pick the next on the GPU into `picked`; return the queued
        read of it (copied in the same submit when replayed).  token None: the previous greedy
        step left it in `picked` (replayed steps only; see `replayable`)."""
        step = self._step(pos, greedy=True) if self.replay and self.refused is None else None
        if step is not None:
            return self.device.replay(step[0], pos, token, read=self.picked)
        if token is None:
            raise ValueError("an unreplayed step needs its token")
        logits = self.model.forward([token], pos)
        self.device.run("argmax", {"row": 0}, logits=logits, out=self.picked)
        return self.device.read_soon(self.picked)

    def replayable(self, pos: int, greedy: bool) -> bool:
        """Whether a step at `pos` is replayed (recording it now if need be)."""
        return self.replay and self.refused is None and self._step(pos, greedy) is not None

    def _step(self, pos: int, greedy: bool) -> tuple[Step, Tensor] | None:
        model = self.model
        key = (model.step_variant(pos), greedy)
        step = self._steps.get(key)
        if step is not None and not step[0].released:
            return step
        # a second position of the same variant, inside the window
        other = next((p for p in (pos + 1, pos - 1) if 0 <= p < model.context_window
                      and model.step_variant(p) == key[0]), None)
        if other is None:
            return None
        try:
            recordings = []
            for p in (pos, other):
                with self.device.recording() as recording:
                    logits = model.forward([0], p)
                    if greedy:
                        self.device.run("argmax", {"row": 0}, logits=logits, out=self.picked)
                recordings.append(recording)
            compiled = self.device.compile_step(*recordings, (pos, other), model.ids)
        except ReplayRefused as e:
            self.refused = str(e)
            return None
        self._steps[key] = compiled, logits
        return self._steps[key]


class Decoding:
    """One generation on a pipeline: `next()` gives its tokens one at a time.

    After a stop id (returned, but not added to `generated`) `finish_reason` is "stop"; after
    `max_tokens` tokens, or when the context window is full, "length"; `next()` then returns
    None.  Greedy decoding without logprobs, penalties or bias picks on the GPU and reads each
    token while the GPU already runs the next step (see the module docstring)."""

    def __init__(self, pipeline: Pipeline, prompt: list[int], params: SamplingParams, max_tokens: int | None = None,
                 stop_ids: frozenset[int] = frozenset(), keep_logits: bool = False,
                 token_mask: Callable[[], bytes] | None = None):
        model = pipeline.model
        window = model.context_window
        if not prompt:
            raise ValueError("the prompt is empty")
        if len(prompt) > window:
            raise ValueError(f"the prompt has {len(prompt)} tokens; the context window holds {window}")
        self.pipeline, self.prompt, self.params = pipeline, prompt, params
        self.limit = min(max_tokens or window, window + 1 - len(prompt))  # the last token is never fed
        self.stop_ids = stop_ids
        self.keep_logits = keep_logits
        self.logits: list[list[float]] = []  # row i: the logits after context token i, when kept
        self.generated: list[int] = []
        self.finish_reason: str | None = None
        self.stats = DecodeStats()
        # token_mask: the allowed tokens of the next step as uint32 words (bit t: token t), applied
        # to the logits before the sampler narrows them (structured output); sampled path only
        self.token_mask = token_mask
        self._mask: Tensor | None = None
        self.on_gpu = token_mask is None and params.temperature < GREEDY_BELOW and not (
            params.logprobs or params.logit_bias or params.repetition_penalty != 1.0
            or params.presence_penalty or params.frequency_penalty or keep_logits)
        self.sampler = None if self.on_gpu else Sampler(model.device, model.config.vocab_size, params, model.sampling)
        self._pending: PendingRead | None = None  # the read of the next greedy token
        self._pending_pos = 0  # that token's position (where the step that feeds it runs)

    @property
    def context(self) -> list[int]:
        return self.prompt + self.generated

    async def next(self) -> Choice | None:
        """The next token, or None once the generation has finished."""
        if self.finish_reason is not None:
            return None
        started, first = time.perf_counter(), not self.stats.prefill_seconds
        choice = await (self._next_on_gpu() if self.on_gpu else self._next_sampled())
        if choice.token_id in self.stop_ids:
            self.finish_reason = "stop"
        else:
            self.generated.append(choice.token_id)
            if len(self.generated) >= self.limit:
                self.finish_reason = "length"
        if self.finish_reason is not None:
            await self.close()
        elapsed = time.perf_counter() - started
        if first:
            self.stats.prefill_seconds = elapsed
        else:
            self.stats.decode_seconds += elapsed
        return choice

    async def close(self) -> None:
        """Finish a read still in flight (for a generation left before its end)."""
        if self._pending is not None:
            pending, self._pending = self._pending, None
            await pending
        if self._mask is not None:
            self.pipeline.device.release(self._mask)
            self._mask = None

    def _holds_context(self) -> bool:
        """Whether the cache holds this generation's context but its last token."""
        p = self.pipeline
        return p.owner is self and len(p.cached) == len(self.prompt) + len(self.generated) - 1

    def _step(self, token: int | None, pos: int, greedy: bool) -> Tensor | None:
        """One decode step, timed: the host's part (recording or replaying, encoding) and the
        submit.  Greedy: the token's read is pending afterwards, and no logits are returned."""
        p, counters = self.pipeline, self.pipeline.device.counters
        t, submitted = time.perf_counter(), counters.submit_seconds
        logits = None
        if greedy:
            self._pending, self._pending_pos = p.decode_greedy(token, pos), pos + 1
        else:
            logits = p.decode(token, pos)
        submit = counters.submit_seconds - submitted
        self.stats.decode_steps += 1
        self.stats.replayed_steps += p.replay and p.refused is None
        self.stats.host_seconds += time.perf_counter() - t - submit
        self.stats.submit_seconds += submit
        return logits

    async def _prefill(self) -> Tensor:
        """Run the context (what the cache lacks of it); the last chunk's logits."""
        p = self.pipeline
        context = self.context
        for logits in p.prefill(context, all_logits=self.keep_logits):
            if self.keep_logits:
                self.logits += await _read_rows(p.device, logits)
        self.stats.prefill_tokens += len(context) - p.reused
        p.owner = self
        return logits

    async def _next_on_gpu(self) -> Choice:
        p, device = self.pipeline, self.pipeline.device
        if self._pending is None or p.owner is not self or len(p.cached) != self._pending_pos:
            await self.close()  # the cache changed since (another request ran): start again
            if self.generated and self._holds_context():
                self._step(self.generated[-1], len(p.cached), greedy=True)
                p.cached.append(self.generated[-1])
            else:
                logits = await self._prefill()
                device.run("argmax", {"row": logits.shape[0] - 1}, logits=logits, out=p.picked)
                self._pending, self._pending_pos = device.read_soon(p.picked), len(p.cached)
        pending, pos = self._pending, self._pending_pos
        self._pending = None
        # Submit the step that feeds this token before reading it, when another token may follow.
        if len(self.generated) + 1 < self.limit and p.replayable(pos, greedy=True):
            self._step(None, pos, greedy=True)
        token = struct.unpack("<i", await pending)[0]
        vocab = p.model.config.vocab_size
        if not 0 <= token < vocab:
            raise SamplingError(f"argmax picked token id {token}, outside the vocabulary (0..{vocab - 1}):"
                                " the logits hold NaN or the GPU returned a corrupt result")
        if self._pending is not None:
            p.cached.append(token)  # the submitted step has written its K/V row
        return Choice(token)

    async def _next_sampled(self) -> Choice:
        p = self.pipeline
        if self.generated and self._holds_context():
            token = self.generated[-1]
            logits = self._step(token, len(p.cached), greedy=False)
            p.cached.append(token)
            if self.keep_logits:
                self.logits += await _read_rows(p.device, logits)
        else:
            logits = await self._prefill()
        if self.keep_logits and not all(map(math.isfinite, self.logits[-1])):
            raise SamplingError(f"the logits at position {len(self.context) - 1} hold NaN or infinity "
                                "(are the weights finite?)")
        if self.token_mask is not None:
            bits = self.token_mask()
            if self._mask is None:
                self._mask = p.device.empty((len(bits) // 4,), "int32", label="token mask")
            p.device.write(self._mask, bits)
            p.device.run("apply_token_mask", {"row": logits.shape[0] - 1}, logits=logits, mask=self._mask)
        return await self.sampler.sample(logits, logits.shape[0] - 1, self.prompt, self.generated)


async def _read_rows(device: Device, logits: Tensor) -> list[list[float]]:
    data = await device.read(logits)
    n, vocab = logits.shape
    flat = struct.unpack(f"<{n * vocab}f", data)
    return [list(flat[i * vocab:(i + 1) * vocab]) for i in range(n)]


@dataclass
class Generation:
    ids: list[int] = field(default_factory=list)  # the generated ids, ending with the stop id if one came
    logits: list[list[float]] = field(default_factory=list)  # one row per position, when kept
    prefill_seconds: float = 0.0  # until the first token is known
    decode_seconds: float = 0.0
    stats: DecodeStats = field(default_factory=DecodeStats)


async def generate(model: Decoder, prompt_ids: list[int], max_tokens: int, temperature: float = 0.0,
                   seed: int | None = None, keep_logits: bool = False, stop_ids: tuple[int, ...] = (),
                   pipeline: Pipeline | None = None) -> Generation:
    """Greedy (temperature 0) or sampled tokens after the prompt, from a fresh cache unless a
    `pipeline` (whose cache may hold a prefix of the prompt) is given.

    Kept logits: row i is the model's output after token i of prompt + ids[:-1]."""
    if max_tokens < 1:
        raise ValueError(f"max_tokens must be at least 1, got {max_tokens}")
    if len(prompt_ids) + max_tokens - 1 > model.context_window:
        raise ValueError(f"prompt ({len(prompt_ids)} tokens) + max_tokens ({max_tokens}) exceed the context window"
                         f" ({model.context_window})")
    decoding = Decoding(pipeline or Pipeline(model), prompt_ids, SamplingParams(temperature=temperature, seed=seed),
                        max_tokens, frozenset(stop_ids), keep_logits)
    out = Generation(stats=decoding.stats)
    while (choice := await decoding.next()) is not None:
        out.ids.append(choice.token_id)
    out.logits = decoding.logits
    out.prefill_seconds, out.decode_seconds = decoding.stats.prefill_seconds, decoding.stats.decode_seconds
    return out
