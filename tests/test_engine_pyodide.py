"""Streams, control calls and a conversation past the context window, in Pyodide under Node +
Dawn as in CPython: the same script runs in both and must give the same result (GPU reads
there really yield to the event loop, so task interleavings differ from wgpu-py's).  Few
tokens: under Node + SwiftShader on a busy 2-core machine a stories260K token takes ~1 s."""

from __future__ import annotations

import ast
import asyncio

SCRIPT = """
import asyncio, gc
from webllm_py.engine import ChatModule, ContextWindowError, MLCEngine

STORY = [{"role": "user", "content": "Once upon a time"}]
LILY = [{"role": "user", "content": "Lily went to the park"}]
engine = MLCEngine()
await engine.reload("stories260K")


async def text(messages):
    return (await engine.chat.completions.create(messages=messages, max_tokens=4)).choices[0].message.content


async def read_slowly():
    async for _ in await engine.chat.completions.create(messages=STORY, max_tokens=300, stream=True):
        await asyncio.sleep(0)


expected = [await text(STORY), await text(LILY)]
after = {}
async for chunk in await engine.chat.completions.create(messages=STORY, max_tokens=100, stream=True):
    break
after["break"] = await text(STORY)
stream = await engine.chat.completions.create(messages=STORY, max_tokens=100, stream=True)
await stream.__anext__()
del stream
gc.collect()
after["gc"] = await text(STORY)
task = asyncio.create_task(read_slowly())
await asyncio.sleep(0.05)
task.cancel()
try:
    await task
except asyncio.CancelledError:
    pass
after["cancel"] = await text(STORY)

streams = [await engine.chat.completions.create(messages=m, max_tokens=4, stream=True) for m in (STORY, LILY)]
alternate, done = ["", ""], [False, False]
while not all(done):
    for i, s in enumerate(streams):
        if not done[i]:
            try:
                alternate[i] += (await s.__anext__()).choices[0].delta.content or ""
            except StopAsyncIteration:
                done[i] = True

aborted = {}
for name in ("interrupt", "reset", "reload", "unload"):
    chunks = []
    async for chunk in await engine.chat.completions.create(messages=STORY, max_tokens=4, stream=True):
        chunks.append(chunk.choices[0])
        if len(chunks) == 3:
            if name == "interrupt":
                engine.interrupt_generate()
            elif name == "reset":
                engine.reset_chat()
            elif name == "reload":
                await engine.reload("stories260K")
            else:
                await engine.unload()
    if engine.model_id is None:
        await engine.reload("stories260K")
    aborted[name] = ["".join(c.delta.content or "" for c in chunks), chunks[-1].finish_reason, len(chunks)]

chat = ChatModule()
await chat.reload("stories260K", chat_opts={"context_window_size": 32, "max_tokens": 4})
turns = []
for i in range(3):
    reply = await chat.generate(f"Tell me more about day {i}.")
    turns.append([reply, chat.last_usage.extra["dropped_messages"], len(chat.messages)])
before = list(chat.messages)
try:
    await chat.generate("Tom and Lily played with a ball. " * 4)
    error = None
except ContextWindowError as e:
    error = str(e)
unchanged = chat.messages == before
reply = await chat.generate("The end.")
turns.append([reply, chat.last_usage.extra["dropped_messages"], len(chat.messages)])
result = {"expected": expected, "after": after, "alternate": alternate, "aborted": aborted, "turns": turns,
          "error": error, "unchanged": unchanged}
"""


def _run_natively(code: str) -> object:
    """Run the script as the harness does (top-level await, fresh globals); return `result`."""
    namespace: dict = {}
    compiled = compile(code, "<script>", "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)

    async def go():
        await eval(compiled, namespace)

    asyncio.run(go())
    return namespace["result"]


def test_streams_control_and_overflow_in_pyodide_as_in_cpython(pyodide_node):
    import jinja2
    import markupsafe

    from pyodide_harness import pure_python_install_code

    native = _run_natively(SCRIPT)
    story, lily = native["expected"]
    assert native["after"] == {"break": story, "gc": story, "cancel": story}
    assert native["alternate"] == [story, lily]
    for name, (text, finish, chunks) in native["aborted"].items():
        assert finish == "abort" and chunks == 4 and story.startswith(text), name
    dropped = [t[1] for t in native["turns"]]
    assert dropped[0] == 0 and sum(dropped) > 0 and max(t[2] for t in native["turns"]) <= 4
    assert "the last user message has" in native["error"] and native["unchanged"]

    got = pyodide_node.run(pure_python_install_code(jinja2, markupsafe) + SCRIPT, timeout=900)
    assert got == native
