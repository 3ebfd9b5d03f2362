"""The engine's side of the web worker: an `MLCEngine` answering `WebWorkerMLCEngine`'s messages.

The worker's JavaScript (`proxy.WORKER_SOURCE`) loads Pyodide, installs webllm-py with micropip
and calls `serve()`, which returns the function that takes each message. Every call runs as
its own task, so an "interrupt" is handled while a generation is still streaming.
"""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any, Callable

import js  # type: ignore[import-not-found]
from pyodide.code import run_js  # type: ignore[import-not-found]

from ..engine import InitProgressReport, MLCEngine
from ..loading.chat_config import CONFIG_NAME, read_chat_config
from ..loading.gguf import is_gguf
from ..loading.mlc import is_mlc_folder
from ..loading.resolve import resolve_model
from ..transport import files_dir_for, is_url
from ..transport import cache as store
from . import cache
from .protocol import decode, encode, error_kind

PROGRESS_INTERVAL_S = 0.1  # at most ~10 progress messages a second, plus every change of step

# Keeps the GPU's uncaptured errors (out of memory, device lost) where Python can read them:
# WebGPU reports those as events, not as exceptions of the call that caused them.
_WATCH_GPU_ERRORS = """
(() => {
  self.webllmGpuErrors = [];
  if (!self.GPUAdapter) return;
  const requestDevice = GPUAdapter.prototype.requestDevice;
  GPUAdapter.prototype.requestDevice = async function (...args) {
    const device = await requestDevice.apply(this, args);
    device.addEventListener('uncapturederror', (event) =>
      self.webllmGpuErrors.push(`${event.error.constructor.name}: ${event.error.message}`));
    device.lost.then((info) => self.webllmGpuErrors.push(`GPU device lost: ${info.message}`));
    return device;
  };
})()
"""


class EngineWorker:
    def __init__(self, post: Callable[[str], None]):
        self.engine = MLCEngine()
        self._post = post
        self._tasks: set[asyncio.Task] = set()

    def send(self, id: int, event: str, data: Any = None) -> None:
        self._post(encode({"id": id, "event": event, "data": data}))

    def receive(self, text: str) -> None:
        task = asyncio.ensure_future(self._handle(decode(text)))
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _handle(self, message: dict) -> None:
        id, method, params = message["id"], message["method"], message.get("params") or {}
        try:
            handler = getattr(self, f"do_{method}", None)
            if handler is None:
                raise ValueError(f"unknown method {method!r}")
            result = await handler(id, **params)
            self._check_gpu()
            self.send(id, "result", result)
        except Exception as e:  # noqa: BLE001 - every failure goes back to the caller
            gpu_errors = _gpu_errors()
            message = str(e) + (f" (GPU: {'; '.join(gpu_errors)})" if gpu_errors else "")
            self.send(id, "error", {"kind": error_kind(e, gpu_errors), "type": type(e).__name__,
                                    "message": message})

    def _check_gpu(self) -> None:
        errors = _gpu_errors()
        if errors:
            raise RuntimeError("the GPU reported: " + "; ".join(errors))

    # ---- the methods a message can call (each takes the call id first) -----------------
    async def do_reload(self, id: int, model: str, chat_opts: dict | None = None) -> dict:
        """Load `model` into a new engine and switch to it only once it loaded, so a model that
        fails to load (a bad URL, a broken download) leaves the previous one loaded, conversation
        and all. The new engine shares the GPU device, and with it the compiled kernels."""
        last = [0.0, ""]

        def progress(report: InitProgressReport) -> None:
            now = time.monotonic()
            if report.progress >= 1 or report.text != last[1] or now - last[0] >= PROGRESS_INTERVAL_S:
                last[:] = [now, report.text]
                self.send(id, "progress", vars(report))

        staged = MLCEngine(self.engine.app_config)
        # MLCEngine requests a device only when it has none; one handed in is not its own, so a
        # failed load does not release the whole device (and with it the loaded model).
        staged._device = self.engine._device
        staged.set_init_progress_callback(progress)
        await staged.reload(model, chat_opts)
        staged.set_init_progress_callback(None)
        previous, self.engine = self.engine, staged
        previous._owns_device, staged._owns_device = False, True  # the device passes to the new engine
        await previous.unload()  # its open requests end with "abort"
        record = staged.app_config.find(model)
        source = record.model if record else resolve_model(model).location  # as the engine found it
        return {"model_id": staged.model_id, "from_url": is_url(source), "weights_dtype": _weights_dtype(source),
                **await self.do_gpu_info(id)}

    async def do_gpu_info(self, id: int) -> dict:
        """The adapter this worker's WebGPU offers (the page shows missing features) and the model cache."""
        gpu = getattr(js.navigator, "gpu", None)
        adapter = await gpu.requestAdapter() if gpu else None
        files = await store.get_cache()
        return {"adapter": _describe(adapter) if adapter else None,
                "features": sorted(adapter.features.values()) if adapter else [],
                "cache": files.kind if files else None}

    async def do_chat_completion(self, id: int, request: dict) -> dict | None:
        return await self._create(id, self.engine.chat.completions, request)

    async def do_completion(self, id: int, request: dict) -> dict | None:
        return await self._create(id, self.engine.completions, request)

    async def _create(self, id: int, api: Any, request: dict) -> dict | None:
        response = await api.create(**request)
        if not request.get("stream"):
            return response.to_dict()
        async for chunk in response:
            self.send(id, "chunk", chunk.to_dict())
        return None

    async def do_interrupt(self, id: int) -> None:
        self.engine.interrupt_generate()

    async def do_reset_chat(self, id: int) -> None:
        self.engine.reset_chat()

    async def do_unload(self, id: int) -> None:
        await self.engine.unload()

    async def do_runtime_stats_text(self, id: int) -> str:
        return await self.engine.runtime_stats_text()

    async def do_list_cached_models(self, id: int) -> list[dict]:
        return [vars(m) for m in await cache.list_cached_models()]

    async def do_delete_cached_model(self, id: int, url: str) -> int:
        return await cache.delete_cached_model(url)

    async def do_use_cache(self, id: int, backend: str | None) -> None:
        store.use_cache(backend)


def _weights_dtype(source: str) -> str | None:
    """The float type a loaded model stores its weights in ("float16", "float32", ...), as its
    mlc-chat-config.json (a URL's copy is in `files_dir_for`) or Hugging Face config.json says;
    None for a source without such a file (a llama2.c checkpoint, which is float32; a GGUF file,
    whose block formats the kernels decode to float32 without shader-f16)."""
    if is_gguf(source):
        return None
    if is_url(source) or is_mlc_folder(source):
        folder = files_dir_for(source) if is_url(source) else Path(source)
        return read_chat_config((folder / CONFIG_NAME).read_bytes(), CONFIG_NAME)[1].model_dtype
    config = Path(source) / "config.json"
    return json.loads(config.read_text()).get("torch_dtype") if config.is_file() else None


def _describe(adapter: Any) -> str:
    info = adapter.info
    return " ".join(part for part in (info.vendor, info.architecture, info.description) if part) or "WebGPU"


def _gpu_errors() -> list[str]:
    errors = getattr(js, "webllmGpuErrors", None)
    if not errors or not errors.length:
        return []
    found = list(errors.to_py())
    errors.length = 0
    return found


def serve(post: Callable[[str], None] | None = None) -> Callable[[str], None]:
    """Start the worker's engine; returns the function to call with each message text."""
    run_js(_WATCH_GPU_ERRORS)
    worker = EngineWorker(post or js.postMessage)
    return worker.receive
