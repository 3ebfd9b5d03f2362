"""Conversations that outgrow the context window: the oldest exchanges are dropped (never the
system message or the last user message) and counted in usage.extra["dropped_messages"]; an
error comes only when the last message cannot fit, comes fast for huge text, and leaves the
engine and ChatModule as they were."""

from __future__ import annotations

import asyncio
import time
import tracemalloc

import pytest

from engine_chat_model import STRING_TEMPLATE, chat_model
from webllm_py.engine import ChatModule, ContextWindowError, MLCEngine
from webllm_py.engine.engine import generation_room

WINDOW = 128


def run(coro):
    return asyncio.run(coro)


@pytest.fixture(scope="module")
def small_engine(tmp_path_factory) -> MLCEngine:
    """stories260K with a Jinja template that shows every message, in a 128-token window."""
    engine = MLCEngine(chat_model(tmp_path_factory.mktemp("chat") / "model", STRING_TEMPLATE))
    run(engine.reload("stories-chat", chat_opts={"context_window_size": WINDOW, "temperature": 0.0}))
    return engine


def _conversation(turns: int) -> list[dict]:
    messages = [{"role": "system", "content": "You tell short stories."}]
    for i in range(turns):
        messages += [{"role": "user", "content": f"Tell me story number {i} about a cat and a dog."},
                     {"role": "assistant", "content": f"Once upon a time there was a cat. It was day {i}."}]
    return messages + [{"role": "user", "content": "And then what happened to the dog?"}]


@pytest.mark.parametrize("max_tokens", [4, 16, None])
def test_the_oldest_exchanges_are_dropped_until_the_prompt_fits(small_engine, max_tokens):
    engine, messages = small_engine, _conversation(6)
    room = generation_room(WINDOW, max_tokens)

    def prompt_len(drop: int) -> int:  # the prompt without the first `drop` messages after the system's
        kept = [messages[0], *messages[1 + drop:]]
        return len(engine._format.encode(engine.tokenizer, kept, add_generation_prompt=True))

    assert prompt_len(0) + room > WINDOW  # it does not fit whole
    expected = next(d for d in range(0, len(messages) - 1, 2) if prompt_len(d) + room <= WINDOW)
    reply = run(engine.chat.completions.create(messages=messages, max_tokens=max_tokens))
    assert reply.usage.extra["dropped_messages"] == expected > 0
    assert reply.usage.prompt_tokens == prompt_len(expected)
    assert reply.usage.prompt_tokens + reply.usage.completion_tokens <= WINDOW
    shown = engine.tokenizer.decode(engine._pipeline.cached)
    assert "You tell short stories." in shown and "And then what happened to the dog?" in shown
    assert [f"story number {i}" in shown for i in range(6)] == [2 * i >= expected for i in range(6)]


def test_a_conversation_that_fits_drops_nothing(small_engine):
    reply = run(small_engine.chat.completions.create(messages=_conversation(1), max_tokens=4))
    assert reply.usage.extra["dropped_messages"] == 0


def test_streamed_usage_counts_dropped_messages_too(small_engine):
    async def go():
        stream = await small_engine.chat.completions.create(messages=_conversation(6), max_tokens=8, stream=True,
                                                            stream_options={"include_usage": True})
        return [c async for c in stream][-1].usage

    assert run(go()).extra["dropped_messages"] > 0


def test_an_error_only_when_the_last_message_cannot_fit(small_engine):
    long_message = "Tom and Lily played with a big red ball. " * 12  # ~500 characters, ~130 tokens
    messages = [*_conversation(2)[:-1], {"role": "user", "content": long_message}]
    with pytest.raises(ContextWindowError, match="the last user message with the system message has [0-9]+ tokens"):
        run(small_engine.chat.completions.create(messages=messages, max_tokens=4))
    ok = run(small_engine.chat.completions.create(messages=_conversation(2), max_tokens=4))
    assert ok.usage.completion_tokens == 4


def test_chat_module_keeps_talking_past_the_window(tmp_path):
    async def go():
        chat = ChatModule(MLCEngine(chat_model(tmp_path / "model", STRING_TEMPLATE)))
        await chat.reload("stories-chat", chat_opts={"context_window_size": WINDOW, "temperature": 0.0})
        history, dropped = [], []
        for i in range(8):
            prompt = f"Tell me more about day {i}."
            reply = await chat.generate(prompt)
            history += [prompt, reply]
            dropped.append(chat.last_usage.extra["dropped_messages"])
            # ChatModule forgets what the engine dropped: its messages are the newest turns
            assert [m["content"] for m in chat.messages] == history[len(history) - len(chat.messages):]
            assert chat.last_usage.prompt_tokens + chat.max_tokens <= WINDOW
        return chat.max_tokens, dropped

    max_tokens, dropped = run(go())
    assert max_tokens == WINDOW // 4 and dropped[0] == 0 and sum(dropped) > 0


def test_chat_module_default_max_tokens_leaves_room_for_the_next_turn():
    async def go():
        chat = ChatModule()
        await chat.reload("stories260K")  # its 512-token window; no max_tokens in its options
        first = await chat.generate("Once upon a time")
        usage = chat.last_usage
        await chat.generate("Then the sun came out.")
        return chat.max_tokens, usage, chat.last_usage

    max_tokens, first, second = run(go())
    assert max_tokens == 128 and first.completion_tokens <= max_tokens
    assert second.extra["dropped_messages"] == 0 and second.extra["prefill_tokens"] < second.prompt_tokens


def test_a_failed_turn_leaves_chat_module_as_it_was(tmp_path):
    async def go():
        chat = ChatModule(MLCEngine(chat_model(tmp_path / "model", STRING_TEMPLATE)))
        await chat.reload("stories-chat", chat_opts={"context_window_size": WINDOW, "temperature": 0.0})
        await chat.generate("Once upon a time")
        before = [dict(m) for m in chat.messages]
        errors = []
        for bad in ("Tom and Lily played with a big red ball. " * 12, "x" * 10_000_000):
            with pytest.raises(ContextWindowError) as info:
                await chat.generate(bad)
            errors.append(str(info.value))
            assert chat.messages == before
        await chat.generate("Then the sun came out.")
        return errors, chat.messages, chat.last_usage

    errors, messages, usage = run(go())
    assert "tokens" in errors[0] and "characters" in errors[1]
    assert [m["content"] for m in messages][:2] == ["Once upon a time", messages[1]["content"]]
    assert usage.extra["prefill_tokens"] < usage.prompt_tokens  # the failed turns did not spoil the cache


@pytest.mark.parametrize("api", ["chat", "completions"])
def test_a_100_mb_message_fails_fast_with_little_memory(small_engine, api):
    text = "Once upon a time. " * (100_000_000 // 18)
    create = (small_engine.chat.completions.create if api == "chat" else small_engine.completions.create)
    fields = ({"messages": [{"role": "user", "content": text}]} if api == "chat" else {"prompt": text})
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ContextWindowError, match="has [0-9]{8,} characters: more than the context window"):
            run(create(**fields))
        seconds, peak = time.perf_counter() - started, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert seconds < 2.0 and peak < 5_000_000, (seconds, peak)


def test_a_completion_prompt_longer_than_the_window_is_refused(small_engine):
    with pytest.raises(ContextWindowError, match="the prompt has [0-9]+ tokens; the context window holds 128"):
        run(small_engine.completions.create(prompt="Once upon a time. " * 30, max_tokens=4))
    assert run(small_engine.completions.create(prompt="Once upon a time", max_tokens=4)).usage.completion_tokens == 4


def test_a_very_long_conversation_is_cut_quickly(small_engine):
    messages = _conversation(100_000)  # 200,001 messages, 10 MB of text
    started = time.perf_counter()
    reply = run(small_engine.chat.completions.create(messages=messages, max_tokens=4))
    assert time.perf_counter() - started < 10.0
    assert reply.usage.extra["dropped_messages"] > 199_980 and reply.usage.completion_tokens == 4


def test_a_chat_module_reset_during_a_turn_is_not_undone_by_it():
    async def go():
        chat = ChatModule()
        await chat.reload("stories260K")
        await chat.generate("Once upon a time")
        reply = await chat.generate("The end.", progress_callback=lambda step, text: step == 2 and chat.reset_chat())
        return reply, chat.messages, chat.last_usage, chat.engine.stats.completion_tokens

    reply, messages, usage, tokens = run(go())
    assert messages == [] and usage is None and tokens <= 3 and reply
