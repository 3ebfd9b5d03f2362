"""A Python REPL on the page (PyScript, main thread) with webllm_py imported, and an example
session that walks through the API and the engine's internals: tokens, probabilities, timings."""

from __future__ import annotations

import asyncio
import contextlib
import importlib.metadata
import io
import sys
import traceback

import js
import pyodide
from pyodide.code import eval_code_async
from pyodide.ffi import create_proxy

EXAMPLE = [
    "engine = MLCEngine()  # the OpenAI-style chat engine\nawait engine.reload('stories260K')  # the model inside the wheel",
    "tok = engine.tokenizer\nids = tok.encode('Once upon a time', add_special_tokens=True)\nids, [tok.decode([i]) for i in ids]",
    "reply = await engine.chat.completions.create(\n    messages=[{'role': 'user', 'content': 'Once upon a time'}],\n"
    "    max_tokens=8, temperature=0, logprobs=True, top_logprobs=3)\nreply.choices[0].message.content",
    "for t in reply.choices[0].logprobs.content:  # each token, its probability, the runners-up\n"
    "    print(f'{t.token!r:>10} p={math.exp(t.logprob):.3f}   ' + ', '.join(\n"
    "        f'{a.token!r} {math.exp(a.logprob):.3f}' for a in t.top_logprobs[1:]))",
    "{k: round(v, 3) for k, v in reply.usage.extra.items()}  # timings of that request",
    "await engine.runtime_stats_text()",
    "person = {'type': 'object', 'properties': {'name': {'type': 'string', 'maxLength': 12},\n"
    "          'age': {'type': 'integer', 'minimum': 0, 'maximum': 120}}, 'required': ['name', 'age']}\n"
    "reply = await engine.chat.completions.create(  # a record as JSON, decoded under its schema\n"
    "    messages=[{'role': 'user', 'content': 'Tom was seven and had a red kite.'}], max_tokens=60,\n"
    "    response_format={'type': 'json_schema', 'json_schema': {'name': 'person', 'schema': person}})\n"
    "json.loads(reply.choices[0].message.content)",
    "weather = {'type': 'function', 'function': {'name': 'get_weather', 'parameters': {'type': 'object',\n"
    "           'properties': {'city': {'type': 'string', 'maxLength': 10}}, 'required': ['city']}}}\n"
    "reply = await engine.chat.completions.create(  # a forced tool call: name and JSON arguments\n"
    "    messages=[{'role': 'user', 'content': 'Is it sunny in Paris?'}], tools=[weather],\n"
    "    tool_choice='required', parallel_tool_calls=False, max_tokens=60)\n"
    "reply.choices[0].finish_reason, reply.choices[0].message.tool_calls[0].function",
]
# One forward pass seen from inside (webllm_py.inspection), for a learner.
INSIDE = [
    "from webllm_py.gpu import request_device\nfrom webllm_py.inspection import Inspector\n"
    "from webllm_py.loading import load_model, resolve_model\nfrom webllm_py.tokenizer import load_tokenizer\n"
    "model = load_model(await request_device(), 'stories260K')\ntok = load_tokenizer(resolve_model('stories260K').tokenizer)",
    "inspector = Inspector(model, tok.encode('Once upon a time', add_special_tokens=True))\n"
    "step = await inspector.step()  # the prefill: one forward pass over the prompt\n"
    "f = step.forward\nf.pos0, f.n, len(f.residual)  # its positions; the residual stream: the embedding, then each layer",
    "[round(rows[-1], 1) for rows in f.residual_norms]  # the last token's stream grows layer by layer",
    "for layer in range(len(f.lens)):  # the logit lens: each layer's guess at the next token\n"
    "    print(layer, [(tok.decode([t]), round(p, 2)) for t, p in f.lens_top(layer, 3)])",
    "[round(p, 2) for p in f.attention[0][0][-1]]  # layer 0, head 0: where the last token looks",
    "step = await inspector.step()  # a decode step: one token against the KV cache\n"
    "step.sampler.how, tok.decode([step.token]), [(tok.decode([c.token]), round(c.probability, 3))\n"
    "                                             for c in step.sampler.candidates[:4]]",
    "for d in step.dispatches:  # that step's kernels, in order\n"
    "    print(f'{d.kernel:18} grid {d.grid}  {d.ms:6.2f} ms ({d.clock} clock)')",
]

document = js.document
namespace: dict = {"__name__": "__main__"}
transcript = document.getElementById("transcript")


def write(text: str, kind: str = "") -> None:
    node = document.createElement("span")
    node.className = kind
    node.textContent = text if text.endswith("\n") else text + "\n"
    transcript.appendChild(node)
    transcript.scrollTop = transcript.scrollHeight


async def run(code: str) -> bool:
    """Run one cell as the Python REPL would: show it, its prints and its value; False on an error."""
    write("\n".join(("... " if line[:1].isspace() or line[:1] in ")]}" else ">>> ") + line
                     for line in code.splitlines()), "input")
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            value = await eval_code_async(code, namespace, filename="<repl>")
    except Exception:  # noqa: BLE001 - shown like the REPL shows it
        write(out.getvalue() + traceback.format_exc(limit=-3), "error")
        return False
    if out.getvalue():
        write(out.getvalue())
    if value is not None:
        namespace["_"] = value
        write(repr(value))
    return True


def set_busy(busy: bool) -> None:
    for id in ("code", "run", "example", "inside-example"):
        document.getElementById(id).disabled = busy


async def run_input() -> None:
    code = document.getElementById("code").value
    if code.strip():
        document.getElementById("code").value = ""
        set_busy(True)
        await run(code)
        set_busy(False)
        document.getElementById("code").focus()


async def run_example(cells: list[str]) -> None:
    set_busy(True)
    document.body.dataset.state = "running"
    for cell in cells:
        if not await run(cell):
            break
    document.body.dataset.state = "done"
    set_busy(False)


def on_submit(event) -> None:
    event.preventDefault()  # at once: a coroutine would run after the browser submitted the form
    asyncio.ensure_future(run_input())


def on_key(event) -> None:
    if event.key == "Enter" and not event.shiftKey:
        on_submit(event)


handlers = [create_proxy(on_submit), create_proxy(on_key),
            create_proxy(lambda event: asyncio.ensure_future(run_example(EXAMPLE))),
            create_proxy(lambda event: asyncio.ensure_future(run_example(INSIDE)))]
document.getElementById("repl-form").addEventListener("submit", handlers[0])
document.getElementById("code").addEventListener("keydown", handlers[1])
document.getElementById("example").addEventListener("click", handlers[2])
document.getElementById("inside-example").addEventListener("click", handlers[3])

transcript.textContent = (f"Python {sys.version.split()[0]} on Pyodide {pyodide.__version__}, "
                          f"webllm-py {importlib.metadata.version('webllm-py')} (installed by micropip)\n")
await run("import json, math, webllm_py\nfrom webllm_py.engine import MLCEngine, ChatModule  # preloaded")  # noqa: F704
set_busy(False)
document.body.dataset.state = "ready"
