"""The chat page (PyScript, main thread). The engine runs in a web worker behind
`WebWorkerMLCEngine`, so this thread only turns progress and streamed chunks into DOM updates.

`?model=<id or URL>` loads that model instead of the embedded default.
"""

from __future__ import annotations

import asyncio
import time

import js
from pyodide.ffi import create_proxy

from webllm_py.web import protocol
from webllm_py.web.proxy import WebWorkerMLCEngine

EMBEDDED = "stories260K"
OTHER = "other"
PROBLEMS = {  # what a page should say for each kind of engine error
    protocol.NO_WEBGPU: "This browser has no usable WebGPU (navigator.gpu is missing or offers no adapter). "
                        "Use a recent Chrome or Edge, or start Chromium with --enable-unsafe-webgpu.",
    protocol.OUT_OF_MEMORY: "The GPU or the tab ran out of memory loading or running this model. "
                            "Try a smaller model, or close other tabs that use the GPU.",
    protocol.BAD_MODEL_URL: "There is no MLC model at that URL. A model URL is a folder with "
                            "mlc-chat-config.json, tensor-cache.json and params_shard_*.bin.",
    protocol.CORRUPT_DOWNLOAD: "A downloaded weight shard is corrupt: its MD5 does not match tensor-cache.json. "
                               "Nothing was cached; press Load to try again.",
    protocol.BROKEN_DOWNLOAD: "The download broke off and could not be resumed. Nothing was cached; "
                              "press Load to try again.",
    protocol.STARTUP: "The engine's worker could not start.",
}

document = js.document


def element(id: str):
    return document.getElementById(id)


def set_state(state: str) -> None:
    """ready / loading / generating / error: the page's state, also for tests (body[data-state])."""
    document.body.dataset.state = state
    idle = state == "ready"
    for id in ("send", "prompt", "load", "model-select", "clear"):
        element(id).disabled = not idle
    element("stop").disabled = state != "generating"


def show_status(text: str) -> None:
    element("status").textContent = text


def show_error(kind: str, detail: str) -> None:
    box = element("error")
    box.textContent = f"{PROBLEMS.get(kind, 'Something went wrong.')} ({detail})"
    box.dataset.kind = kind
    box.hidden = False


def show_notice(text: str) -> None:
    element("notice").textContent = text
    element("notice").hidden = not text


def megabytes(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


class ChatPage:
    def __init__(self, engine: WebWorkerMLCEngine):
        self.engine = engine
        self.messages: list[dict[str, str]] = []
        self.listeners = []
        engine.set_init_progress_callback(self.on_progress)

    def listen(self, id: str, event: str, handler) -> None:
        proxy = create_proxy(handler)
        self.listeners.append(proxy)
        element(id).addEventListener(event, proxy)

    # ---- models ----------------------------------------------------------------------
    def fill_model_picker(self, chosen: str) -> None:
        demo_mlc = f"{js.location.origin}/models/stories260K-MLC"
        options = [(EMBEDDED, "stories260K (embedded in the wheel)"),
                   (demo_mlc, "stories260K, MLC format (downloaded from this server, then cached)"),
                   (OTHER, "Another model URL…")]
        if chosen not in (EMBEDDED, demo_mlc):
            element("model-url").value = chosen
            chosen = OTHER
        select = element("model-select")
        for value, label in options:
            option = document.createElement("option")
            option.value, option.textContent, option.selected = value, label, value == chosen
            select.appendChild(option)
        self.on_model_choice()

    def on_model_choice(self, event=None) -> None:
        element("model-url").hidden = element("model-select").value != OTHER

    def chosen_model(self) -> str:
        value = element("model-select").value
        return element("model-url").value.strip() if value == OTHER else value

    def on_progress(self, report) -> None:
        element("progress").value = report.progress
        show_status(report.text)
        if report.total_bytes:
            element("progress-text").textContent = (
                f"{megabytes(report.loaded_bytes)} / {megabytes(report.total_bytes)} "
                f"({100 * report.loaded_bytes / report.total_bytes:.0f}%)")

    async def load(self, model: str) -> None:
        set_state("loading")
        element("error").hidden = True
        element("progress").value = 0
        element("progress-text").textContent = ""
        self.clear()
        began = time.perf_counter()
        try:
            info = await self.engine.reload(model)
        except protocol.EngineError as e:
            show_status(f"Could not load {model}")
            element("progress-text").textContent = ""
            show_error(e.kind, str(e))
            document.body.dataset.loaded = ""
            self.finish_load()
            return
        element("progress").value = 1
        show_status(f"Loaded {info['model_id']} in {time.perf_counter() - began:.1f} s on {info['adapter']} "
                    f"(model cache: {info['cache'] or 'none'})")
        show_notice("" if "shader-f16" in info["features"] else
                    "This GPU has no shader-f16: float16 weights are widened to float32 "
                    "(same results, twice their memory).")
        document.body.dataset.loaded = model
        await self.show_cache()
        self.finish_load()

    def finish_load(self) -> None:
        """Back to ready; body[data-loads] counts finished loads (tests wait on it)."""
        document.body.dataset.loads = str(int(getattr(document.body.dataset, "loads", 0)) + 1)
        set_state("ready")

    def on_load(self, event) -> None:
        asyncio.ensure_future(self.load(self.chosen_model()))

    async def show_cache(self) -> None:
        items = element("cache-list")
        items.replaceChildren()
        for model in await self.engine.list_cached_models():
            item = document.createElement("li")
            item.textContent = f"{model['url']} — {len(model['files'])} files, {megabytes(model['nbytes'])}"
            button = document.createElement("button")
            button.textContent = "Delete"
            handler = create_proxy(lambda event, url=model["url"]: asyncio.ensure_future(self.delete_cached(url)))
            self.listeners.append(handler)
            button.addEventListener("click", handler)
            item.appendChild(button)
            items.appendChild(item)
        if not items.children.length:
            items.innerHTML = "<li>(empty)</li>"

    async def delete_cached(self, url: str) -> None:
        await self.engine.delete_cached_model(url)
        await self.show_cache()

    # ---- chat ------------------------------------------------------------------------
    def add_message(self, role: str, text: str):
        node = document.createElement("div")
        node.className = f"message {role}"
        node.textContent = text
        element("messages").appendChild(node)
        return node

    def clear(self, event=None) -> None:
        self.messages = []
        element("messages").replaceChildren()
        element("stats").textContent = ""
        if event is not None:
            self.engine.reset_chat()

    def on_submit(self, event) -> None:
        event.preventDefault()  # now: a handler's coroutine would run after the browser submitted the form
        asyncio.ensure_future(self.send())

    async def send(self) -> None:
        prompt = element("prompt").value.strip() or element("prompt").placeholder
        element("prompt").value = ""
        self.messages.append({"role": "user", "content": prompt})
        self.add_message("user", prompt)
        reply = self.add_message("assistant", "")
        reply.classList.add("streaming")
        set_state("generating")
        js.performance.mark("webllm-generate-start")
        text, usage, finish = "", None, None
        try:
            stream = await self.engine.chat.completions.create(
                messages=self.messages, stream=True, stream_options={"include_usage": True},
                max_tokens=int(element("max-tokens").value), temperature=float(element("temperature").value))
            async for chunk in stream:
                for choice in chunk.choices:
                    text += choice.delta.content or ""
                    finish = choice.finish_reason or finish
                reply.textContent = text
                usage = chunk.usage or usage
        except (protocol.EngineError, ValueError) as e:
            show_error(getattr(e, "kind", protocol.INVALID_REQUEST), str(e))
        js.performance.mark("webllm-generate-end")
        reply.classList.remove("streaming")
        reply.dataset.finish = finish or "error"
        self.messages.append({"role": "assistant", "content": text})
        if usage:
            element("stats").textContent = (
                f"{usage.completion_tokens} tokens ({finish}) · first token after "
                f"{usage.extra['time_to_first_token_s']:.2f} s · {await self.engine.runtime_stats_text()}")
        set_state("ready")

    def on_stop(self, event) -> None:
        self.engine.interrupt_generate()


async def main() -> None:
    show_status("Python is running; starting the engine's worker…")
    if getattr(js.navigator, "gpu", None) is None:
        show_error(protocol.NO_WEBGPU, "navigator.gpu is undefined")
        set_state("error")
        return
    try:
        engine = await WebWorkerMLCEngine.create(pyodide_url="/pyodide/pyodide.mjs",
                                                 index_urls=["/simple/{package_name}/"], on_status=show_status)
    except protocol.EngineError as e:
        show_error(e.kind, str(e))
        set_state("error")
        return
    page = ChatPage(engine)
    page.listen("model-select", "change", page.on_model_choice)
    page.listen("load", "click", page.on_load)
    page.listen("prompt-form", "submit", page.on_submit)
    page.listen("stop", "click", page.on_stop)
    page.listen("clear", "click", page.clear)
    model = js.URLSearchParams.new(js.location.search).get("model") or EMBEDDED
    page.fill_model_picker(model)
    await page.load(model)


await main()  # noqa: F704 - PyScript runs the script with top-level await
