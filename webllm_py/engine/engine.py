"""The chat engine: one loaded model, an OpenAI-style API over it, and KV-cache reuse.

    engine = MLCEngine()
    await engine.reload("stories260K")
    reply = await engine.chat.completions.create(messages=[{"role": "user", "content": "Hi"}])
    async for chunk in await engine.chat.completions.create(messages=..., stream=True): ...

The KV cache remembers which token ids it holds.  A request whose prompt starts
with those ids (the next turn of a conversation: the old prompt, the reply, then
the new message) prefills only the tokens after the common prefix.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, AsyncIterator, Callable

from ..conversation import builtin_conv_template, load_chat_format, validate_messages
from ..gpu import Device, Tensor, request_device
from ..mlc import files_dir_for, is_mlc_folder, is_url, load_mlc_model_async
from ..models.load import load_model
from ..models.resolve import resolve_model
from ..sampling import Sampler, SamplingParams
from ..tokenizer import load_tokenizer
from .config import AppConfig, ChatOptions, ModelRecord, default_app_config
from .protocol import (
    CHAT_FIELDS,
    COMPLETION_FIELDS,
    ChatChoice,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChoiceDelta,
    ChoiceLogprobs,
    ChunkChoice,
    Completion,
    CompletionChoice,
    CompletionUsage,
    GenerationRequest,
    InvalidRequestError,
    TokenLogprob,
    TopLogprob,
    new_id,
    parse_request,
)


class ContextWindowError(InvalidRequestError):
    """The prompt does not fit in the model's context window."""


@dataclass
class InitProgressReport:
    progress: float  # 0..1
    time_elapsed: float
    text: str
    loaded_bytes: int = 0  # weights read so far (an MLC folder's shards, downloaded or cached)
    total_bytes: int = 0


@dataclass
class _Step:
    """One generated token as the API sees it."""

    delta: str  # text now safe to show (stop strings held back until ruled out)
    logprob: TokenLogprob | None
    finish_reason: str | None


@dataclass
class _Stats:
    prompt_tokens: int = 0
    prefill_tokens: int = 0  # prompt tokens actually run (the rest came from the KV cache)
    completion_tokens: int = 0
    completion_ids: list[int] = field(default_factory=list)  # the last choice's generated ids
    prefill_seconds: float = 0.0
    decode_seconds: float = 0.0

    def usage_extra(self) -> dict[str, float]:
        decode_steps = max(self.completion_tokens - 1, 0)
        return {
            "prefill_tokens": self.prefill_tokens,
            "prefill_tokens_per_s": self.prefill_tokens / self.prefill_seconds if self.prefill_seconds else 0.0,
            "decode_tokens_per_s": decode_steps / self.decode_seconds if self.decode_seconds else 0.0,
            "time_to_first_token_s": self.prefill_seconds,
            "e2e_latency_s": self.prefill_seconds + self.decode_seconds,
        }


class MLCEngine:
    def __init__(self, app_config: AppConfig | None = None):
        self.app_config = app_config or default_app_config()
        self.chat = _Chat(self)
        self.completions = _Completions(self)
        self.model_id: str | None = None
        self.options = ChatOptions()
        self._device: Device | None = None
        self._model = None
        self._tokenizer = None
        self._format = None
        self._cached: list[int] = []  # token ids whose K/V rows are in the cache, from position 0
        self._interrupted = False
        self._lock = asyncio.Lock()
        self._progress: Callable[[InitProgressReport], Any] | None = None
        self.stats = _Stats()

    # ---- lifecycle -------------------------------------------------------------------
    def set_init_progress_callback(self, callback: Callable[[InitProgressReport], Any] | None) -> None:
        self._progress = callback

    def _report(self, progress: float, text: str, started: float, loaded: int = 0, total: int = 0) -> None:
        if self._progress:
            self._progress(InitProgressReport(progress, time.perf_counter() - started, text, loaded, total))

    async def reload(self, model: str, chat_opts: dict | ChatOptions | None = None,
                     app_config: AppConfig | None = None) -> None:
        """Load `model`: an id from the app config's model list, or a folder / file path."""
        started = time.perf_counter()
        if app_config is not None:
            self.app_config = app_config
        record = self.app_config.find(model)
        if record is None:  # an embedded id in any case, a folder, a file or a URL
            source = resolve_model(model)
            record = self.app_config.find(source.model_id) or ModelRecord(source.model_id, source.location,
                                                                            source.tokenizer)
        options = ChatOptions.from_dict(record.overrides).merged(
            chat_opts if isinstance(chat_opts, ChatOptions) else ChatOptions.from_dict(chat_opts))
        await self.unload()
        self._report(0.0, f"Loading {record.model_id}", started)
        self._device = self._device or await request_device()
        sizes = {"context_window": options.context_window_size, "prefill_chunk": options.prefill_chunk_size or 128}
        files = record.model  # where the tokenizer and chat template are
        if is_url(record.model) or is_mlc_folder(record.model):
            # Shards stream to the GPU (in the browser through its cache) with progress in bytes.
            files = str(files_dir_for(record.model)) if is_url(record.model) else record.model
            self._model = await load_mlc_model_async(
                self._device, record.model, **sizes, files_dir=files if is_url(record.model) else None,
                progress=lambda loaded, total, text: self._report(
                    0.05 + 0.75 * loaded / total if total else 0.05, text, started, loaded, total))
        else:
            self._model = load_model(self._device, record.model, **sizes)
        self._report(0.8, "Weights on the GPU; loading the tokenizer", started)
        self._tokenizer = load_tokenizer(record.tokenizer or files)
        # A model folder brings its chat template; a bare checkpoint (llama2.c) is a plain LM.
        self._format = (load_chat_format(files, self._tokenizer) if Path(files).is_dir()
                        else builtin_conv_template("LM"))
        self.model_id, self.options = record.model_id, options
        self._report(1.0, f"Finished loading {record.model_id} ({self._device.description})", started)

    async def unload(self) -> None:
        self._model = self._tokenizer = self._format = None
        self.model_id = None
        self._cached = []

    def reset_chat(self) -> None:
        """Forget the conversation: the next request prefills from scratch."""
        self._cached = []

    def interrupt_generate(self) -> None:
        """Stop the running generation after the current token (finish_reason "abort")."""
        self._interrupted = True

    async def runtime_stats_text(self) -> str:
        s = self.stats.usage_extra()
        return f"prefill: {s['prefill_tokens_per_s']:.1f} tok/s, decode: {s['decode_tokens_per_s']:.1f} tok/s"

    @property
    def tokenizer(self):
        self._check_loaded()
        return self._tokenizer

    def _check_loaded(self) -> None:
        if self._model is None:
            raise RuntimeError("no model is loaded: call `await engine.reload(model)` first")

    # ---- generation ------------------------------------------------------------------
    async def _prefill(self, prompt: list[int]) -> Tensor:
        """Run the prompt tokens the cache does not hold yet; return the last logits row."""
        model = self._model
        if len(prompt) >= model.context_window:
            raise ContextWindowError(f"the prompt has {len(prompt)} tokens; the context window holds "
                                     f"{model.context_window} (prompt plus at least one generated token)")
        common = 0
        limit = min(len(self._cached), len(prompt) - 1)  # the last prompt token always runs: we need its logits
        while common < limit and self._cached[common] == prompt[common]:
            common += 1
        common = model.reusable_prefix(len(self._cached), common)
        self._cached = self._cached[:common]
        for start in range(common, len(prompt), model.prefill_chunk):
            chunk = prompt[start:start + model.prefill_chunk]
            logits = model.forward(chunk, start)
            self._cached += chunk
        self.stats.prefill_tokens = len(prompt) - common
        return logits

    def _stop_ids(self, request: GenerationRequest) -> frozenset[int]:
        if request.ignore_eos:
            return frozenset()
        return frozenset(self._tokenizer.stop_ids) | frozenset(self._format.stop_token_ids)

    async def _generate(self, prompt: list[int], request: GenerationRequest, params: SamplingParams) -> AsyncIterator[_Step]:
        """Prefill, then sample token by token, yielding text deltas; the last step has a finish reason."""
        model, tokenizer = self._model, self._tokenizer
        self.stats = _Stats(prompt_tokens=len(prompt))
        t0 = time.perf_counter()
        logits = await self._prefill(prompt)
        sampler = Sampler(self._device, model.config.vocab_size, params)
        stop_ids, stops = self._stop_ids(request), request.stop + self._format.stop_strings
        limit = min(request.max_tokens or model.context_window, model.context_window - len(prompt))
        stream = tokenizer.stream(skip_special_tokens=True)
        generated: list[int] = []
        text, shown = "", 0
        t1 = None
        while True:
            finish = None
            if self._interrupted:
                yield _Step("", None, "abort")
                break
            choice = await sampler.sample(logits, logits.shape[0] - 1, prompt + generated, generated)
            if t1 is None:
                t1 = time.perf_counter()
                self.stats.prefill_seconds = t1 - t0
            token = choice.token_id
            logprob = self._logprob(choice) if params.logprobs else None
            if token in stop_ids:
                text += stream.flush()
                finish = "stop"
            else:
                generated.append(token)
                self.stats.completion_tokens = len(generated)
                self.stats.completion_ids = generated
                text += stream.step(token)
                cut = _find_stop(text, stops, shown)
                if cut is not None:
                    text, finish = text[:cut], "stop"
                elif len(generated) >= limit:
                    text += stream.flush()
                    finish = "length"
            end = len(text) if finish else len(text) - _held_back(text, stops)
            yield _Step(text[shown:end], logprob, finish)
            shown = max(shown, end)
            if finish:
                break
            logits = model.forward([token], len(self._cached))
            self._cached.append(token)
        self.stats.decode_seconds = time.perf_counter() - (t1 or t0)

    def _logprob(self, choice) -> TokenLogprob:
        def entry(token_id: int, value: float) -> TopLogprob:
            data = self._tokenizer.token_bytes(token_id)
            return TopLogprob(data.decode("utf-8", "replace"), value, list(data))

        main = entry(choice.token_id, choice.logprob)
        return TokenLogprob(main.token, main.logprob, main.bytes, [entry(i, v) for i, v in choice.top_logprobs])

    async def _choices(self, prompt: list[int], request: GenerationRequest) -> AsyncIterator[tuple[int, _Step]]:
        """All `n` choices, one after another (each reuses the cached prompt)."""
        async with self._lock:
            self._interrupted = False
            for index in range(request.n):
                params = request.sampling
                if params.seed is not None and index:
                    params = replace(params, seed=params.seed + index)  # n choices, n different draws
                async for step in self._generate(prompt, request, params):
                    yield index, step

    def _usage(self, prompt: list[int], completion_tokens: int) -> CompletionUsage:
        return CompletionUsage(len(prompt), completion_tokens, len(prompt) + completion_tokens, self.stats.usage_extra())


def _find_stop(text: str, stops: list[str], shown: int) -> int | None:
    """Index where the earliest stop string starts (text before it is kept), if any."""
    start = max(0, shown - max((len(s) for s in stops), default=0))
    hits = [i for i in (text.find(s, start) for s in stops) if i >= 0]
    return min(hits) if hits else None


def _held_back(text: str, stops: list[str]) -> int:
    """Length of the longest end of `text` that could still grow into a stop string."""
    best = 0
    for s in stops:
        for k in range(min(len(s) - 1, len(text)), best, -1):
            if text.endswith(s[:k]):
                best = k
                break
    return best


class _ChatCompletions:
    def __init__(self, engine: MLCEngine):
        self._engine = engine

    async def create(self, **fields: Any) -> ChatCompletion | AsyncIterator[ChatCompletionChunk]:
        """OpenAI's `chat.completions.create`; with stream=True, an async iterator of chunks."""
        engine = self._engine
        engine._check_loaded()
        request = parse_request(fields, CHAT_FIELDS, engine.options.sampling_defaults())
        if "messages" not in fields:
            raise InvalidRequestError("messages is required")
        try:
            messages = validate_messages(fields["messages"])
            if engine.options.system_message and messages[0]["role"] != "system":
                messages = [{"role": "system", "content": engine.options.system_message}, *messages]
            prompt = engine._format.encode(engine.tokenizer, messages, add_generation_prompt=True,
                                           tools=fields.get("tools"))
        except InvalidRequestError:
            raise
        except ValueError as e:  # bad messages, or the model's template refusing them
            raise InvalidRequestError(str(e)) from None
        model = fields.get("model") or engine.model_id
        if request.stream:
            return self._stream(prompt, request, model)
        contents: dict[int, list[str]] = {}
        logprobs: dict[int, list[TokenLogprob]] = {}
        finish: dict[int, str] = {}
        completion_tokens = 0
        async for index, step in engine._choices(prompt, request):
            contents.setdefault(index, []).append(step.delta)
            if step.logprob:
                logprobs.setdefault(index, []).append(step.logprob)
            if step.finish_reason:
                finish[index] = step.finish_reason
                completion_tokens += engine.stats.completion_tokens
        choices = [ChatChoice(i, ChatCompletionMessage("assistant", "".join(contents[i])), finish[i],
                              ChoiceLogprobs(logprobs.get(i, [])) if request.sampling.logprobs else None)
                   for i in range(request.n)]
        return ChatCompletion(new_id("chatcmpl"), model, choices, engine._usage(prompt, completion_tokens))

    async def _stream(self, prompt: list[int], request: GenerationRequest, model: str) -> AsyncIterator[ChatCompletionChunk]:
        engine, cid = self._engine, new_id("chatcmpl")
        started: set[int] = set()
        completion_tokens = 0
        async for index, step in engine._choices(prompt, request):
            delta = ChoiceDelta(content=step.delta, role=None if index in started else "assistant")
            started.add(index)
            if step.finish_reason:
                completion_tokens += engine.stats.completion_tokens
            if step.delta or step.finish_reason or step.logprob or delta.role:
                lp = ChoiceLogprobs([step.logprob]) if step.logprob else None
                yield ChatCompletionChunk(cid, model, [ChunkChoice(index, delta, step.finish_reason, lp)])
        if request.include_usage:
            yield ChatCompletionChunk(cid, model, [], engine._usage(prompt, completion_tokens))


class _Chat:
    def __init__(self, engine: MLCEngine):
        self.completions = _ChatCompletions(engine)


class _Completions:
    def __init__(self, engine: MLCEngine):
        self._engine = engine

    async def create(self, **fields: Any) -> Completion | AsyncIterator[Completion]:
        """OpenAI's legacy `completions.create`: raw text in, text out (BOS added as the tokenizer does)."""
        engine = self._engine
        engine._check_loaded()
        request = parse_request(fields, COMPLETION_FIELDS, engine.options.sampling_defaults())
        prompt_text = fields.get("prompt")
        if not isinstance(prompt_text, str) or not prompt_text:
            raise InvalidRequestError(f"prompt must be a non-empty string, got {prompt_text!r}")
        if fields.get("suffix") is not None:
            raise InvalidRequestError("suffix is not supported")
        prompt = engine.tokenizer.encode(prompt_text, add_special_tokens=True)
        model = fields.get("model") or engine.model_id
        echo = prompt_text if fields.get("echo") else ""
        if request.stream:
            return self._stream(prompt, request, model, echo)
        texts: dict[int, list[str]] = {}
        finish: dict[int, str] = {}
        logprobs: dict[int, list[TokenLogprob]] = {}
        completion_tokens = 0
        async for index, step in engine._choices(prompt, request):
            texts.setdefault(index, [echo]).append(step.delta)
            if step.logprob:
                logprobs.setdefault(index, []).append(step.logprob)
            if step.finish_reason:
                finish[index] = step.finish_reason
                completion_tokens += engine.stats.completion_tokens
        choices = [CompletionChoice(i, "".join(texts[i]), finish[i],
                                    ChoiceLogprobs(logprobs.get(i, [])) if request.sampling.logprobs else None)
                   for i in range(request.n)]
        return Completion(new_id("cmpl"), model, choices, engine._usage(prompt, completion_tokens))

    async def _stream(self, prompt: list[int], request: GenerationRequest, model: str, echo: str) -> AsyncIterator[Completion]:
        engine, cid = self._engine, new_id("cmpl")
        started: set[int] = set()
        completion_tokens = 0
        async for index, step in engine._choices(prompt, request):
            text = step.delta if index in started else echo + step.delta
            started.add(index)
            if step.finish_reason:
                completion_tokens += engine.stats.completion_tokens
            if text or step.finish_reason:
                lp = ChoiceLogprobs([step.logprob]) if step.logprob else None
                yield Completion(cid, model, [CompletionChoice(index, text, step.finish_reason, lp)], None)
        if request.include_usage:
            yield Completion(cid, model, [], engine._usage(prompt, completion_tokens))
