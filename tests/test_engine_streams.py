"""The engine under any caller behaviour: streams that are not read to the end, streams read
in turn, concurrent requests, and control calls (interrupt, reset, reload, unload) during a
generation.  The embedded stories260K model, greedy, so every reply has one right text."""

from __future__ import annotations

import asyncio
import gc

import pytest

from webllm_py.engine import MLCEngine

STORY = [{"role": "user", "content": "Once upon a time"}]
LILY = [{"role": "user", "content": "Lily went to the park"}]
TOKENS = 24
WAIT = 60.0  # seconds a request may take before we call it a deadlock (it takes well under 1 s)


def run(coro):
    return asyncio.run(coro)


async def _text(engine: MLCEngine, messages: list[dict], **fields) -> str:
    reply = await asyncio.wait_for(engine.chat.completions.create(messages=messages, max_tokens=TOKENS, **fields), WAIT)
    return reply.choices[0].message.content


async def _loaded() -> MLCEngine:
    engine = MLCEngine()
    await engine.reload("stories260K")
    return engine


@pytest.fixture(scope="module")
def expected() -> dict[str, str]:
    async def go():
        engine = await _loaded()
        return {"story": await _text(engine, STORY), "lily": await _text(engine, LILY)}

    return run(go())


async def _break(stream) -> None:
    async for _ in stream:
        break


async def _raise(stream) -> None:
    with pytest.raises(KeyError):
        async for chunk in stream:
            raise KeyError(chunk.id)


async def _aclose(stream) -> None:
    await stream.__anext__()
    await stream.aclose()


async def _garbage(stream) -> None:
    await stream.__anext__()
    del stream
    gc.collect()


async def _cancel(stream) -> None:
    async def reader():
        async for _ in stream:
            await asyncio.sleep(0)

    task = asyncio.create_task(reader())
    await asyncio.sleep(0.05)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task


@pytest.mark.parametrize("leave", [_break, _raise, _aclose, _garbage, _cancel])
def test_a_stream_left_unfinished_never_blocks_the_engine(leave, expected):
    async def go():
        engine = await _loaded()
        await leave(await engine.chat.completions.create(messages=STORY, max_tokens=300, stream=True))
        return await _text(engine, STORY), await _text(engine, LILY)

    assert run(go()) == (expected["story"], expected["lily"])


def test_two_streams_read_in_turn_each_give_their_own_text(expected):
    async def go():
        engine = await _loaded()
        streams = [await engine.chat.completions.create(messages=m, max_tokens=TOKENS, stream=True)
                   for m in (STORY, LILY)]
        texts, done = ["", ""], [False, False]
        while not all(done):
            for i, stream in enumerate(streams):
                if not done[i]:
                    try:
                        chunk = await asyncio.wait_for(stream.__anext__(), WAIT)
                        texts[i] += chunk.choices[0].delta.content or ""
                    except StopAsyncIteration:
                        done[i] = True
        return texts

    assert run(go()) == [expected["story"], expected["lily"]]


def test_concurrent_requests_queue_and_each_get_their_own_text(expected):
    async def go():
        engine = await _loaded()

        async def streamed(messages):
            stream = await engine.chat.completions.create(messages=messages, max_tokens=TOKENS, stream=True)
            return "".join([c.choices[0].delta.content or "" async for c in stream])

        return await asyncio.wait_for(asyncio.gather(
            streamed(STORY), _text(engine, LILY), _text(engine, STORY), streamed(LILY)), WAIT)

    assert run(go()) == [expected["story"], expected["lily"], expected["story"], expected["lily"]]


async def _interrupt(engine: MLCEngine) -> None:
    engine.interrupt_generate()


async def _reset(engine: MLCEngine) -> None:
    engine.reset_chat()


async def _reload_same(engine: MLCEngine) -> None:
    await engine.reload("stories260K")


async def _reload_other(engine: MLCEngine) -> None:
    # the same weights under a different window: another model as far as the engine knows
    await engine.reload("stories260K", chat_opts={"context_window_size": 256})


async def _unload(engine: MLCEngine) -> None:
    await engine.unload()


CONTROLS = [_interrupt, _reset, _reload_same, _reload_other, _unload]


@pytest.mark.parametrize("control", CONTROLS)
def test_control_during_a_stream_ends_it_with_abort(control, expected):
    async def go():
        engine = await _loaded()
        stream = await engine.chat.completions.create(messages=STORY, max_tokens=TOKENS, stream=True, logprobs=True,
                                                      stream_options={"include_usage": True})
        chunks = []
        async for chunk in stream:
            chunks.append(chunk)
            if len(chunks) == 3:
                await control(engine)
        if engine.model_id is None:
            await engine.reload("stories260K")
        return chunks, await _text(engine, STORY)

    chunks, after = run(go())
    choices = [c.choices[0] for c in chunks if c.choices]
    text = "".join(c.delta.content or "" for c in choices)
    assert len(choices) == 4 and choices[-1].finish_reason == "abort" and choices[-1].logprobs is None
    assert expected["story"].startswith(text) and chunks[-1].usage.completion_tokens == 3
    assert after == expected["story"]  # and the engine is as good as new


@pytest.mark.parametrize("control", CONTROLS)
def test_control_ends_requests_made_before_it_streamed_or_not(control):
    async def go():
        engine = await _loaded()
        stream = await engine.chat.completions.create(messages=STORY, max_tokens=TOKENS, stream=True)
        waiting = asyncio.create_task(engine.chat.completions.create(messages=LILY, max_tokens=300))
        await asyncio.sleep(0.01)  # the non-streamed request is generating
        await control(engine)
        return [c.choices[0] async for c in stream], await asyncio.wait_for(waiting, WAIT)

    streamed, waited = run(go())
    assert [(c.delta.content, c.finish_reason) for c in streamed] == [("", "abort")]
    assert waited.choices[0].finish_reason == "abort" and waited.usage.completion_tokens < 300


def test_a_request_made_after_a_control_call_runs_normally(expected):
    async def go():
        engine = await _loaded()
        engine.interrupt_generate()
        engine.reset_chat()
        return await _text(engine, STORY)

    assert run(go()) == expected["story"]
