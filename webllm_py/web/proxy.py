"""`WebWorkerMLCEngine`: `MLCEngine`'s API on the main thread, with the engine in a web worker.

    engine = await WebWorkerMLCEngine.create(pyodide_url="/pyodide/pyodide.mjs",
                                             index_urls=["/simple/{package_name}/"])
    engine.set_init_progress_callback(print)
    await engine.reload("stories260K")
    async for chunk in await engine.chat.completions.create(messages=[...], stream=True): ...
    engine.interrupt_generate()

The worker is a module worker made from `WORKER_SOURCE`: it loads Pyodide, installs webllm-py
with micropip (by name, from the given index, as the page did), and runs
`webllm_py.web.worker`. Tokenizing, sampling and GPU submission then happen off the main thread,
which only turns messages into DOM updates, so the page stays responsive while the model runs.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any, AsyncIterator, Callable

import js  # type: ignore[import-not-found]
from pyodide.ffi import create_proxy, to_js  # type: ignore[import-not-found]

from ..engine.engine import InitProgressReport
from ..engine.protocol import ChatCompletion, ChatCompletionChunk, Completion
from .protocol import STARTUP, EngineError, decode, encode, exception_from, from_dict

WORKER_SOURCE = """
// webllm-py engine worker: Pyodide + micropip install, then webllm_py.web.worker.serve().
// The first message is the set-up {pyodideURL, indexURLs, packages}; later ones wait until
// Python is ready.
const queue = [];
const status = (text) => self.postMessage(JSON.stringify({id: 0, event: 'status', data: text}));
self.onmessage = async (first) => {
  self.onmessage = (event) => queue.push(event.data);
  try {
    const setup = JSON.parse(first.data);
    const began = performance.now();
    status('Loading Pyodide in the worker');
    const {loadPyodide} = await import(setup.pyodideURL);
    const pyodide = await loadPyodide({indexURL: new URL('.', setup.pyodideURL).href});
    status('Installing ' + setup.packages.join(', ') + ' in the worker (micropip)');
    await pyodide.loadPackage('micropip');
    const micropip = pyodide.pyimport('micropip');
    await micropip.install.callKwargs(pyodide.toPy(setup.packages), {index_urls: pyodide.toPy(setup.indexURLs)});
    const handle = pyodide.pyimport('webllm_py.web.worker').serve();
    self.onmessage = (event) => handle(event.data);
    self.postMessage(JSON.stringify({id: 0, event: 'ready', data: {
      pyodide: pyodide.version, startup_s: (performance.now() - began) / 1000}}));
    queue.splice(0).forEach(handle);
  } catch (error) {
    self.postMessage(JSON.stringify({id: 0, event: 'error', data: {
      kind: 'startup', type: error.name, message: String(error.message ?? error)}}));
  }
};
"""


def _absolute(url: str) -> str:
    return str(js.URL.new(url, js.location.href).href)


class _Call:
    """One pending call: its result future, and a queue of its chunks when it streams."""

    def __init__(self, on_progress: Callable[[dict], None] | None = None):
        self.result: asyncio.Future = asyncio.get_event_loop().create_future()
        self.chunks: asyncio.Queue | None = None
        self.on_progress = on_progress


class WebWorkerMLCEngine:
    def __init__(self, worker: Any, on_status: Callable[[str], None] | None = None):
        self._worker = worker
        self._ids = itertools.count(1)
        self._calls: dict[int, _Call] = {}
        self._ready = _Call()
        self._on_status = on_status
        self._progress: Callable[[InitProgressReport], Any] | None = None
        self._listener = create_proxy(self._on_message)
        worker.addEventListener("message", self._listener)
        self.chat = _Chat(self)
        self.completions = _Endpoint(self, "completion", Completion, Completion)
        self.model_id: str | None = None
        self.worker_info: dict = {}

    @classmethod
    async def create(cls, pyodide_url: str, index_urls: list[str], packages: tuple[str, ...] = ("webllm-py",),
                     on_status: Callable[[str], None] | None = None) -> "WebWorkerMLCEngine":
        """Start the worker and wait until its engine is ready; URLs may be relative to the page."""
        blob = js.Blob.new(to_js([WORKER_SOURCE]), to_js({"type": "text/javascript"},
                                                         dict_converter=js.Object.fromEntries))
        worker = js.Worker.new(js.URL.createObjectURL(blob), to_js({"type": "module", "name": "webllm-py engine"},
                                                                  dict_converter=js.Object.fromEntries))
        engine = cls(worker, on_status)
        worker.postMessage(encode({"pyodideURL": _absolute(pyodide_url), "packages": list(packages),
                                   "indexURLs": [str(js.decodeURI(_absolute(u))) for u in index_urls]}))  # keeps {package_name}
        engine.worker_info = await engine._ready.result
        return engine

    # ---- messages ------------------------------------------------------------------------
    def _on_message(self, event: Any) -> None:
        message = decode(event.data)
        id, kind, data = message["id"], message["event"], message.get("data")
        if id == 0:
            if kind == "status":
                if self._on_status:
                    self._on_status(data)
            elif not self._ready.result.done():
                if kind == "ready":
                    self._ready.result.set_result(data)
                else:
                    self._ready.result.set_exception(EngineError(STARTUP, data["message"]))
            return
        call = self._calls.get(id)
        if call is None:
            return
        if kind == "progress" and call.on_progress:
            call.on_progress(data)
        elif kind == "chunk" and call.chunks is not None:
            call.chunks.put_nowait(data)
        elif kind in ("result", "error"):
            del self._calls[id]
            if kind == "result":
                call.result.set_result(data)
            else:
                call.result.set_exception(exception_from(data))
            if call.chunks is not None:
                call.chunks.put_nowait(None)

    def _send(self, method: str, params: dict | None = None, call: _Call | None = None) -> _Call:
        id = next(self._ids)
        call = call or _Call()
        self._calls[id] = call
        self._worker.postMessage(encode({"id": id, "method": method, "params": params or {}}))
        return call

    async def _request(self, method: str, **params: Any) -> Any:
        return await self._send(method, params).result

    async def _stream(self, method: str, request: dict, cls: type) -> AsyncIterator[Any]:
        """Start a streamed call and wait for its first chunk, so that a bad request raises here,
        as `MLCEngine`'s `create` does; returns the iterator over its chunks."""
        call = _Call()
        call.chunks = asyncio.Queue()
        self._send(method, {"request": request}, call)
        first = await call.chunks.get()
        if first is None:
            await call.result  # raises the worker's error

        async def chunks() -> AsyncIterator[Any]:
            chunk = first
            while chunk is not None:
                yield from_dict(cls, chunk)
                chunk = await call.chunks.get()
            await call.result  # raises an error that ended the stream

        return chunks()

    # ---- MLCEngine's API -----------------------------------------------------------------
    def set_init_progress_callback(self, callback: Callable[[InitProgressReport], Any] | None) -> None:
        self._progress = callback

    async def reload(self, model: str, chat_opts: dict | None = None) -> dict:
        """Load `model` in the worker. Returns {model_id, from_url, weights_dtype, adapter, features,
        cache}: what the page tells about the load. A model that fails to load raises and leaves
        the previous one loaded."""
        def progress(data: dict) -> None:
            if self._progress:
                self._progress(InitProgressReport(**data))

        info = await self._send("reload", {"model": model, "chat_opts": chat_opts}, _Call(progress)).result
        self.model_id = info["model_id"]
        return info

    async def unload(self) -> None:
        await self._request("unload")
        self.model_id = None

    def interrupt_generate(self) -> None:
        self._send("interrupt")

    def reset_chat(self) -> None:
        self._send("reset_chat")

    async def runtime_stats_text(self) -> str:
        return await self._request("runtime_stats_text")

    async def gpu_info(self) -> dict:
        return await self._request("gpu_info")

    async def list_cached_models(self) -> list[dict]:
        return await self._request("list_cached_models")

    async def delete_cached_model(self, url: str) -> int:
        return await self._request("delete_cached_model", url=_absolute(url))

    async def use_cache(self, backend: str | None) -> None:
        await self._request("use_cache", backend=backend)

    def terminate(self) -> None:
        self._worker.terminate()
        self._worker.removeEventListener("message", self._listener)
        self._listener.destroy()


class _Endpoint:
    """`create` of one OpenAI endpoint, answered by the worker: a response, or its streamed chunks."""

    def __init__(self, engine: WebWorkerMLCEngine, method: str, response: type, chunk: type):
        self._engine = engine
        self._method = method
        self._response = response
        self._chunk = chunk

    async def create(self, **fields: Any) -> Any:
        if fields.get("stream"):
            return await self._engine._stream(self._method, fields, self._chunk)
        return from_dict(self._response, await self._engine._request(self._method, request=fields))


class _Chat:
    def __init__(self, engine: WebWorkerMLCEngine):
        self.completions = _Endpoint(engine, "chat_completion", ChatCompletion, ChatCompletionChunk)
