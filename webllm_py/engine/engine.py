"""The chat engine: one loaded model, an OpenAI-style API over it, and KV-cache reuse.

    engine = MLCEngine()
    await engine.reload("stories260K")
    reply = await engine.chat.completions.create(messages=[{"role": "user", "content": "Hi"}])
    async for chunk in await engine.chat.completions.create(messages=..., stream=True): ...

The KV cache remembers which token ids it holds.  A request whose prompt starts
with those ids (the next turn of a conversation: the old prompt, the reply, then
the new message) prefills only the tokens after the common prefix.

Scheduling: the GPU runs one step (a prefill, or one token) at a time, in the order
requests ask for it.  A request without `stream` holds the engine until it is done; a
stream holds it only while it computes a chunk, so a stream that is not read to the
end (a `break`, an exception in the loop, a cancelled task, two streams read in turn)
never blocks the next request.  When another request ran in between, a stream's next
chunk first prefills its own context again (mostly from the cache).

Control calls (`interrupt_generate`, `reset_chat`, `reload`, `unload`) end every
request made before them with finish_reason "abort" at its next token: no request
ever continues on a changed KV cache, model or tokenizer.

Context window: a chat prompt that does not fit (with room for `generation_room`
tokens) drops its oldest exchanges, a user message and the replies after it, never
the system message or the last user message; `usage.extra["dropped_messages"]`
counts the messages dropped.  Only a conversation that does not fit even then raises
`ContextWindowError`.
"""

from __future__ import annotations

import asyncio
import json
import time
from dataclasses import dataclass, field, replace
from typing import Any, AsyncIterator, Callable, Mapping

from ..conversation import ChatFormat, JinjaChatFormat, validate_messages
from ..generation import Decoding, Pipeline
from ..gpu import Device, request_device
from ..loading import load_chat_model_async, resolve_model
from ..sampling import Choice, SamplingParams
from ..structured import Grammar, GrammarError, GrammarMatcher, TokenGrammar, TokenIndex
from ..structured.tools import call_grammar, may_be_calls, parse_tool_calls, tool_format
from .config import AppConfig, ChatOptions, ModelRecord, default_app_config
from .protocol import (
    CHAT_FIELDS,
    COMPLETION_FIELDS,
    ChatChoice,
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionMessage,
    ChatStructure,
    ChoiceDelta,
    ChoiceLogprobs,
    ChunkChoice,
    Completion,
    CompletionChoice,
    CompletionUsage,
    FunctionCall,
    GenerationRequest,
    InvalidRequestError,
    TokenLogprob,
    ToolCall,
    ToolCallDelta,
    TopLogprob,
    check_chat_fields,
    flag,
    new_id,
    parse_request,
)

MAX_GENERATION_ROOM = 512  # MLC LLM's default max_gen_len
GRAMMAR_CACHE = 16  # compiled grammars kept per model (their masks per state with them)


class ContextWindowError(InvalidRequestError):
    """The prompt does not fit in the model's context window."""


def generation_room(context_window: int, max_tokens: int | None = None) -> int:
    """Tokens a chat prompt must leave free: max_tokens, at most a quarter of the window
    (and MLC's 512), so that a long reply never pushes the whole history out."""
    room = min(context_window // 4, MAX_GENERATION_ROOM) or 1
    return min(room, max_tokens) if max_tokens else room


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
    mask_tokens: int = 0  # tokens decoded under a grammar, and the time their masks took
    mask_seconds: float = 0.0

    def usage_extra(self) -> dict[str, float]:
        decode_steps = max(self.completion_tokens - 1, 0)
        grammar = {"grammar_mask_ms_per_token": 1000 * self.mask_seconds / self.mask_tokens} if self.mask_tokens else {}
        return {**grammar,
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
        self._owns_device = False  # False for a device handed in (the web worker shares one between engines)
        self._model = None
        self._tokenizer = None
        self._format: ChatFormat | None = None
        self._pipeline: Pipeline | None = None  # the model's prefill/decode loop and what its cache holds
        self._epoch = 0  # bumped by each control call: requests made before it end with "abort"
        self._lock = asyncio.Lock()  # one GPU step at a time, in arrival order
        self._max_token_chars: int | None = None  # the longest token's text (see _check_chars)
        self._takes_parts: bool | None = None  # whether the chat template renders content parts
        self._token_index: TokenIndex | None = None  # the vocabulary's byte trie, for grammars
        self._grammars: dict[str, TokenGrammar] = {}  # recent grammars over it, by their request key
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
        """Load `model`: an id from the app config's model list, or a folder / file path.

        Open requests end with "abort"; a request made while loading ends so too."""
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
        self._epoch += 1
        async with self._lock:
            self._drop_model()
            await self._load(record, options, started)
            self._epoch += 1

    async def _load(self, record: ModelRecord, options: ChatOptions, started: float) -> None:
        self._report(0.0, f"Loading {record.model_id}", started)
        if self._device is None or self._device.check_lost():  # a lost device is replaced
            self._device, self._owns_device = await request_device(), True
        loaded = await load_chat_model_async(
            self._device, record.model, record.tokenizer, options.context_window_size,
            options.prefill_chunk_size or 128,
            progress=lambda done, total, text: self._report(  # bytes of an MLC folder's shards or a GGUF
                0.05 + 0.9 * done / total if total else 0.05, text, started, done, total))
        self._model, self._tokenizer, self._format = loaded.model, loaded.tokenizer, loaded.chat_format
        self._pipeline = Pipeline(loaded.model)
        self.model_id, self.options = record.model_id, options
        self._report(1.0, f"Finished loading {record.model_id} ({self._device.description})", started)

    async def unload(self) -> None:
        """Free the model; open requests end with "abort"."""
        self._epoch += 1
        async with self._lock:
            self._drop_model()

    def _drop_model(self) -> None:
        if self._model is not None:
            self._model.release()  # its weights, caches and sampler buffers leave the GPU
        if self._device is not None and self._owns_device:
            self._device.release_all()  # and what a load that failed made before it failed
        self._model = self._tokenizer = self._format = self._pipeline = None
        self.model_id = None
        self._max_token_chars = self._takes_parts = self._token_index = None
        self._grammars = {}
        self.reset_chat()

    def reset_chat(self) -> None:
        """Forget the conversation: the next request prefills from scratch; open ones end with "abort"."""
        self._epoch += 1
        if self._pipeline is not None:
            self._pipeline.reset()

    def interrupt_generate(self) -> None:
        """End every request made before this call after its current token (finish_reason "abort")."""
        self._epoch += 1

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

    # ---- prompts ---------------------------------------------------------------------
    def _parse(self, fields: dict[str, Any], allowed: set[str]) -> GenerationRequest:
        return parse_request(fields, allowed, self.options.sampling_defaults(), model_id=self.model_id,
                             vocab_size=self._model.config.vocab_size)

    def _char_limit(self) -> int:
        """The most characters of text that can fit in the context window.

        No token stands for more characters than its text has bytes, so text longer than
        context_window * (the longest token's bytes) cannot fit.  (Exact unless the
        tokenizer's normalizer deletes characters, as NFKC-style ones do with control
        characters: such text is refused although it might fit.)  Checking it first makes a
        100 MB message fail at once, without tokenizing.  Measured on first use: 0.12 s for
        Llama 3's 128k tokens.
        """
        if self._max_token_chars is None:
            t = self._tokenizer
            self._max_token_chars = max(len(t.token_bytes(i)) for i in range(t.vocab_size)
                                        if t.id_to_token(i) is not None)
        return self._model.context_window * self._max_token_chars

    def _check_chars(self, chars: int, what: str) -> None:
        if chars > self._model.context_window and chars > self._char_limit():
            raise ContextWindowError(f"{what} has {chars} characters: more than the context window of "
                                     f"{self._model.context_window} tokens can hold "
                                     f"(at most {self._max_token_chars} characters a token)")

    def _check_fits(self, prompt: list[int], what: str = "the prompt") -> None:
        window = self._model.context_window
        if len(prompt) >= window:
            raise ContextWindowError(f"{what} has {len(prompt)} tokens; the context window holds {window} "
                                     "(prompt plus at least one generated token)")

    def _template_input(self, messages: list[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
        """Content parts as the chat template expects them: kept for templates that render
        parts (and MLC templates, which take them from the user); for templates that print
        `content` as a string, the text parts joined with newlines (as vLLM does)."""
        if not isinstance(self._format, JinjaChatFormat) or not any(isinstance(m.get("content"), list)
                                                                    for m in messages):
            return messages
        if self._takes_parts is None:
            self._takes_parts = _renders_parts(self._format)
        if self._takes_parts:
            return messages
        return [{**m, "content": "\n".join(p["text"] for p in m["content"])} if isinstance(m.get("content"), list)
                else m for m in messages]

    def _encode_chat(self, messages: list[Mapping[str, Any]], tools: list | None) -> list[int]:
        try:
            return self._format.encode(self._tokenizer, self._template_input(messages), add_generation_prompt=True,
                                       tools=tools)
        except ValueError as e:  # the model's template refusing the messages
            raise InvalidRequestError(str(e)) from None

    def _fit_chat(self, messages: list[Mapping[str, Any]], room: int, tools: list | None) -> tuple[list[int], int]:
        """The prompt of the newest exchanges that fit with `room` tokens to spare, and how
        many messages it left out (see the module docstring)."""
        window = self._model.context_window
        head = 1 if messages[0]["role"] == "system" else 0
        # where the kept messages may start: at a user message, at the latest at the last one
        starts = [head] + [i for i in range(head + 1, len(messages)) if messages[i]["role"] == "user"]
        last = len(starts) - 1
        tail = [0] * (len(messages) + 1)  # tail[i]: the characters of messages[i:]
        for i in range(len(messages) - 1, head - 1, -1):
            tail[i] = tail[i + 1] + _chars(messages[i])
        fixed = (_chars(messages[0]) if head else 0) + _chars(tools)

        def chars(k: int) -> int:
            return fixed + tail[starts[k]]

        k = 0  # first drop what is too long to fit without tokenizing it
        if chars(0) > window:
            while k < last and chars(k) > self._char_limit():
                k += 1
        minimal = "the last user message" + (" with the system message" if head else "")
        self._check_chars(chars(k), "the conversation" if k < last else minimal)

        def encode(k: int) -> list[int]:
            return self._encode_chat([*messages[:head], *messages[starts[k]:]], tools)

        prompt = encode(k)
        if len(prompt) + room > window and k < last:
            # the fewest exchanges to drop (the prompt shrinks as more are dropped), by bisection
            low, high, prompt = k, last, encode(last)
            if len(prompt) + room <= window:
                while high - low > 1:
                    middle = (low + high) // 2
                    candidate = encode(middle)
                    if len(candidate) + room <= window:
                        high, prompt = middle, candidate
                    else:
                        low = middle
            k = high
        self._check_fits(prompt, "the prompt" if k < last else minimal)
        return prompt, starts[k] - head

    # ---- generation ------------------------------------------------------------------
    def _generations(self, prompt: list[int], request: GenerationRequest, epoch: int,
                     grammar: TokenGrammar | None = None) -> list[_Generation]:
        """The request's `n` choices, each its own draw (seed, seed + 1, ...), under `grammar` if given."""
        out = []
        for index in range(request.n):
            params = request.sampling
            if params.seed is not None and index:
                params = replace(params, seed=params.seed + index)
            out.append(_Generation(self, prompt, request, params, epoch, grammar))
        return out

    def _token_grammar(self, key: str, grammar: Grammar) -> TokenGrammar:
        """`grammar` over the model's vocabulary, from the cache when a request used `key` before
        (its masks per state come with it).  The vocabulary's trie is built on first use (about
        1 s for Llama 3's 128k tokens); special tokens are never part of a grammar's output."""
        if key in self._grammars:
            self._grammars[key] = self._grammars.pop(key)  # most recently used last
            return self._grammars[key]
        if self._token_index is None:
            t = self._tokenizer
            known, special = t.vocab_size, t.special_ids
            self._token_index = TokenIndex([
                t.token_bytes(i) if i < known and i not in special and t.id_to_token(i) is not None else None
                for i in range(self._model.config.vocab_size)])
        while len(self._grammars) >= GRAMMAR_CACHE:
            del self._grammars[next(iter(self._grammars))]
        compiled = self._grammars[key] = TokenGrammar(grammar.compile(), self._token_index)
        return compiled

    async def _run(self, generations: list[_Generation]) -> list[_Generation]:
        """A request without streaming: every choice to its end, holding the engine throughout."""
        async with self._lock:
            for generation in generations:
                while generation.finish_reason is None:
                    await generation.step()
                    # let other tasks (an interrupt) run between tokens, also where reading the
                    # GPU completes without yielding to the event loop (wgpu-py)
                    await asyncio.sleep(0)
        return generations

    async def _stream(self, generations: list[_Generation]) -> AsyncIterator[tuple[int, _Step]]:
        """A streamed request, as (choice index, step): the engine is held only while a step
        runs, never across a `yield`."""
        for index, generation in enumerate(generations):
            while generation.finish_reason is None:
                async with self._lock:
                    step = await generation.step()
                yield index, step

    def _logprob(self, tokenizer, choice: Choice) -> TokenLogprob:
        def entry(token_id: int, value: float) -> TopLogprob:
            data = tokenizer.token_bytes(token_id)
            return TopLogprob(data.decode("utf-8", "replace"), value, list(data))

        main = entry(choice.token_id, choice.logprob)
        return TokenLogprob(main.token, main.logprob, main.bytes, [entry(i, v) for i, v in choice.top_logprobs])


class _Generation:
    """One choice of one request: text, stop strings and aborts over the pipeline's `Decoding`
    (which runs the prefill, then one token per `step`).

    It keeps the model, tokenizer and stops of the moment the request was made, and ends
    with "abort" as soon as a control call changes the engine (the epoch)."""

    def __init__(self, engine: MLCEngine, prompt: list[int], request: GenerationRequest, params: SamplingParams,
                 epoch: int, grammar: TokenGrammar | None = None):
        self.engine, self.prompt, self.params, self.epoch = engine, prompt, params, epoch
        self.tokenizer = engine._tokenizer
        stop_ids = frozenset() if request.ignore_eos else (
            frozenset(self.tokenizer.stop_ids) | frozenset(engine._format.stop_token_ids))
        self.stops = request.stop + engine._format.stop_strings
        window = engine._model.context_window
        self.matcher = GrammarMatcher(grammar, stop_ids) if grammar is not None else None
        self.decoding = Decoding(engine._pipeline, prompt, params, min(request.max_tokens or window, window - len(prompt)),
                                 stop_ids, token_mask=self._token_mask if self.matcher else None)
        self.decoder = self.tokenizer.stream(skip_special_tokens=True)
        self.text, self.shown = "", 0
        self.stats = _Stats(prompt_tokens=len(prompt), completion_ids=self.decoding.generated)
        self.finish_reason: str | None = None
        self.deltas: list[str] = []  # what `step` returned (for the non-streaming API)
        self.logprobs: list[TokenLogprob] = []

    def _token_mask(self) -> bytes:
        """The grammar's mask for the next token, closing the reply as the token budget runs out."""
        return self.matcher.bitmask(self.decoding.limit - len(self.decoding.generated))

    async def step(self) -> _Step:
        """The next token (the caller holds the engine's lock)."""
        engine, decoding = self.engine, self.decoding
        if self.epoch != engine._epoch:
            return await self._end(_Step("", None, "abort"))
        choice = await decoding.next()
        if self.epoch != engine._epoch:  # changed while the GPU worked: the token is not ours to show
            return await self._end(_Step("", None, "abort"))
        logprob = engine._logprob(self.tokenizer, choice) if self.params.logprobs else None
        finish = decoding.finish_reason
        complete = False  # the grammar took its last token: nothing may follow
        if self.matcher is not None and finish != "stop":
            if not self.matcher.accept(choice.token_id, self.tokenizer.token_bytes(choice.token_id)):
                raise RuntimeError(f"token {choice.token_id} was sampled against the grammar's mask")
            complete = self.matcher.finished
        if finish == "stop":  # a stop id, not shown
            self.text += self.decoder.flush()
        else:
            self.text += self.decoder.step(choice.token_id)
            cut = _find_stop(self.text, self.stops, self.shown)
            if cut is not None:
                self.text, finish = self.text[:cut], "stop"
            elif finish == "length" or complete:
                self.text += self.decoder.flush()
                finish = "stop" if complete else finish
        end = len(self.text) if finish else len(self.text) - _held_back(self.text, self.stops)
        step = _Step(self.text[self.shown:end], logprob, finish)
        self.shown = max(self.shown, end)
        return await self._end(step)

    async def _end(self, step: _Step) -> _Step:
        self.finish_reason = step.finish_reason
        if step.finish_reason:
            await self.decoding.close()
        self.deltas.append(step.delta)
        if step.logprob:
            self.logprobs.append(step.logprob)
        d = self.decoding.stats
        self.stats.completion_tokens = len(self.decoding.generated)
        self.stats.prefill_tokens, self.stats.prefill_seconds = d.prefill_tokens, d.prefill_seconds
        self.stats.decode_seconds = d.decode_seconds
        if self.matcher is not None:
            self.stats.mask_tokens, self.stats.mask_seconds = self.matcher.stats.tokens, self.matcher.stats.mask_seconds
        self.engine.stats = self.stats
        return step


def _renders_parts(chat_format: JinjaChatFormat) -> bool:
    """Whether the template renders a list of text parts as their text (templates written
    for multimodal input loop over the parts; others print the list's repr, or fail)."""
    probe = "webllm-py probe text"
    try:
        text = chat_format.render([{"role": "user", "content": [{"type": "text", "text": probe}]}])
    except ValueError:
        return False
    return probe in text and "'type'" not in text and '"type"' not in text


def _chars(value: Any) -> int:
    """Characters of all the strings in a JSON-like value (message, tools)."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, Mapping):
        return sum(_chars(v) for v in value.values())
    if isinstance(value, list):
        return sum(_chars(v) for v in value)
    return 0


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


def _usage(prompt: list[int], generations: list[_Generation], dropped: int | None = None) -> CompletionUsage:
    completion = sum(g.stats.completion_tokens for g in generations)
    extra = generations[-1].stats.usage_extra()
    if dropped is not None:
        extra["dropped_messages"] = dropped
    return CompletionUsage(len(prompt), completion, len(prompt) + completion, extra)


class _ChatCompletions:
    def __init__(self, engine: MLCEngine):
        self._engine = engine

    async def create(self, **fields: Any) -> ChatCompletion | AsyncIterator[ChatCompletionChunk]:
        """OpenAI's `chat.completions.create`; with stream=True, an async iterator of chunks.

        With `tools` (and tool_choice not "none") a reply that is tool calls in the template's
        format comes back as `tool_calls` with finish_reason "tool_calls"; a stream holds a
        reply's text back only while it begins like calls (`may_be_calls`), to tell the two apart."""
        engine = self._engine
        engine._check_loaded()
        epoch = engine._epoch
        request = engine._parse(fields, CHAT_FIELDS)
        structure = check_chat_fields(fields)
        if "messages" not in fields:
            raise InvalidRequestError("messages is required")
        try:
            messages = list(validate_messages(fields["messages"]))
        except ValueError as e:
            raise InvalidRequestError(str(e)) from None
        if engine.options.system_message and messages[0]["role"] != "system":
            messages = [{"role": "system", "content": engine.options.system_message}, *messages]
        room = generation_room(engine._model.context_window, request.max_tokens)
        prompt, dropped = engine._fit_chat(messages, room, structure.tools)
        calls = _template_tool_format(engine._format) if structure.tools else None
        generations = engine._generations(prompt, request, epoch, self._grammar(structure, calls))
        model = engine.model_id
        if request.stream:
            return self._stream(generations, request, model, prompt, dropped, calls)
        generations = await engine._run(generations)
        choices = []
        for i, g in enumerate(generations):
            text = "".join(g.deltas)
            tool_calls = _tool_calls(calls, text, g.finish_reason)
            choices.append(ChatChoice(i, ChatCompletionMessage("assistant", None if tool_calls else text, tool_calls),
                                      "tool_calls" if tool_calls else g.finish_reason,
                                      ChoiceLogprobs(g.logprobs) if request.sampling.logprobs else None))
        return ChatCompletion(new_id("chatcmpl"), model, choices, _usage(prompt, generations, dropped))

    def _grammar(self, structure: ChatStructure, calls: str | None) -> TokenGrammar | None:
        """The reply's grammar over the vocabulary: a forced tool call's, or response_format's."""
        engine = self._engine
        if structure.forced is not None:
            key = json.dumps(["tools", calls, structure.parallel, structure.forced], sort_keys=True)
            try:
                grammar = call_grammar(calls, structure.forced, structure.parallel)
            except GrammarError as e:
                raise InvalidRequestError(str(e)) from None
            return engine._token_grammar(key, grammar)
        if structure.grammar is not None:
            return engine._token_grammar(structure.grammar_key, structure.grammar)
        return None

    async def _stream(self, generations: list[_Generation], request: GenerationRequest, model: str,
                      prompt: list[int], dropped: int, calls: str | None) -> AsyncIterator[ChatCompletionChunk]:
        cid = new_id("chatcmpl")
        holding = set(range(len(generations))) if calls is not None else set()  # may still be calls
        async for index, step in self._engine._stream(generations):
            generation = generations[index]
            role = "assistant" if len(generation.deltas) == 1 else None
            finish = step.finish_reason
            delta = ChoiceDelta(content=step.delta, role=role)
            if index in holding:
                text = "".join(generation.deltas)
                tool_calls = _tool_calls(calls, text, finish)
                if tool_calls:
                    finish = "tool_calls"
                    delta = ChoiceDelta(content=None, role=role, tool_calls=[
                        ToolCallDelta(k, c.id, c.function) for k, c in enumerate(tool_calls)])
                elif finish or not may_be_calls(calls, text):  # text: what was held, then as it comes
                    holding.discard(index)
                    delta = ChoiceDelta(content=text, role=role)
                else:
                    delta = ChoiceDelta(content="", role=role)
            if delta.content or delta.tool_calls or finish or step.logprob or role:
                lp = ChoiceLogprobs([step.logprob]) if step.logprob else None
                yield ChatCompletionChunk(cid, model, [ChunkChoice(index, delta, finish, lp)])
        if request.include_usage:
            yield ChatCompletionChunk(cid, model, [], _usage(prompt, generations, dropped))


def _template_tool_format(chat_format: ChatFormat) -> str:
    """The tool call format the model's chat template teaches (see structured/tools.py)."""
    templates = getattr(chat_format, "templates", {})
    return tool_format(" ".join(getattr(t, "text", "") for t in templates.values()))


def _tool_calls(calls: str | None, text: str, finish_reason: str | None) -> list[ToolCall] | None:
    """The reply's tool calls, when tools were offered and the reply is (only) calls."""
    if calls is None or finish_reason not in ("stop", "length"):
        return None
    parsed = parse_tool_calls(calls, text)
    if not parsed:
        return None
    return [ToolCall(new_id("call"), FunctionCall(c.name, json.dumps(c.arguments, ensure_ascii=False)))
            for c in parsed]


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
        epoch = engine._epoch
        request = engine._parse(fields, COMPLETION_FIELDS)
        prompt_text = fields.get("prompt")
        if not isinstance(prompt_text, str) or not prompt_text:
            raise InvalidRequestError(f"prompt must be a non-empty string, got {type(prompt_text).__name__}")
        if fields.get("suffix") is not None:
            raise InvalidRequestError("suffix is not supported")
        echo = prompt_text if flag(fields, "echo") else ""
        engine._check_chars(len(prompt_text), "the prompt")
        try:
            prompt = engine.tokenizer.encode(prompt_text, add_special_tokens=True)
        except ValueError as e:  # text UTF-8 cannot encode (a lone surrogate)
            raise InvalidRequestError(f"prompt: {e}") from None
        engine._check_fits(prompt)
        model = engine.model_id
        if request.stream:
            return self._stream(engine._generations(prompt, request, epoch), request, model, prompt, echo)
        generations = await engine._run(engine._generations(prompt, request, epoch))
        choices = [CompletionChoice(i, echo + "".join(g.deltas), g.finish_reason,
                                    ChoiceLogprobs(g.logprobs) if request.sampling.logprobs else None)
                   for i, g in enumerate(generations)]
        return Completion(new_id("cmpl"), model, choices, _usage(prompt, generations))

    async def _stream(self, generations: list[_Generation], request: GenerationRequest, model: str,
                      prompt: list[int], echo: str) -> AsyncIterator[Completion]:
        cid = new_id("cmpl")
        async for index, step in self._engine._stream(generations):
            text = echo + step.delta if len(generations[index].deltas) == 1 else step.delta
            if text or step.finish_reason:
                lp = ChoiceLogprobs([step.logprob]) if step.logprob else None
                yield Completion(cid, model, [CompletionChoice(index, text, step.finish_reason, lp)], None)
        if request.include_usage:
            yield Completion(cid, model, [], _usage(prompt, generations))
