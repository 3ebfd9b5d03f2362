"""Inside the model (PyScript, main thread): the real engine generating one token per Step, with
what `webllm_py.inspection` captured from each forward pass drawn on the page: the tokens and
their ids, the sampler's candidates as bars (the chosen one marked), the logit lens as a table,
an attention map per layer and head, and the step's kernels as a timeline.  The lens and the
maps are of the layers ticked under "Layers to look into", read at each Step (a few by default,
every k-th and the last: on a CPU's WebGPU each layer looked into adds to a Step's time).

The model runs on this page's thread (the chat page keeps it in a worker): inspection needs
the model object itself, and a step is short enough that the page waits for it.  The default
model is the chat page's, SmolLM2-135M-Instruct's GGUF from the demo server (the browser's model
cache keeps it after the first visit); `?model=<id or URL>` loads another (stories260K is
embedded).  body[data-state] is starting / loading / ready / stepping / done / error;
body[data-steps] counts the steps drawn since the last start.
"""

from __future__ import annotations

import asyncio
import html
import time
from collections import defaultdict
from typing import Any

import js
from pyodide.ffi import create_proxy, to_js

from webllm_py.gpu import request_device
from webllm_py.inspection import CaptureOptions, InspectedStep, Inspector
from webllm_py.loading.load import ChatModel, load_chat_model_async
from webllm_py.sampling import SamplingParams

CHAT_MODEL = "/models/SmolLM2-135M-Instruct.Q4_1.gguf"
LENS_TOP = 5  # tokens per layer in the lens table
BARS = 12  # candidates drawn as bars
FEW_LAYERS = 6  # layers looked into by default, about: every k-th, and the last

document = js.document


def element(id: str) -> Any:
    return document.getElementById(id)


def shown(text: str) -> str:
    """A token's text with its spaces and line breaks visible."""
    return text.replace(" ", "␣").replace("\n", "⏎") or "∅"


def few_layers(layers: int) -> list[int]:
    """About FEW_LAYERS layers spread over the model: every k-th from the first, and the last."""
    return sorted({*range(0, layers, -(-layers // FEW_LAYERS)), layers - 1})


def kernel_kind(name: str) -> str:
    if "gemv" in name or "matmul" in name:
        return "matmul"
    if "attention" in name:
        return "attention"
    return "norm" if "norm" in name else "other"


class InsidePage:
    def __init__(self) -> None:
        self.chat: ChatModel | None = None
        self.inspector: Inspector | None = None
        self.prompt: list[int] = []
        self.generated: list[int] = []
        self.stopping = False
        self.handlers = []

    # ---- state ---------------------------------------------------------------------------------
    def set_state(self, state: str) -> None:
        document.body.dataset.state = state
        busy = state in ("starting", "loading", "stepping")
        finished = self.inspector is None or self.inspector.finished
        for id in ("prompt", "temperature", "max-tokens", "restart", "layers-all", "layers-few"):
            element(id).disabled = busy or self.chat is None
        for box in self.layer_boxes():
            box.disabled = busy
        element("step").disabled = element("run").disabled = busy or finished
        element("stop").disabled = state != "stepping"

    def fail(self, error: BaseException) -> None:
        box = element("error")
        box.textContent = f"{type(error).__name__}: {error}"
        box.hidden = False
        self.set_state("error" if self.chat is None else "ready")

    def token_text(self, token: int) -> str:
        """What the token adds to the text (a leading space included; a partial UTF-8 character as �)."""
        return shown(self.chat.tokenizer.token_bytes(token).decode("utf-8", errors="replace"))

    # ---- actions -------------------------------------------------------------------------------
    async def load(self) -> None:
        self.set_state("loading")
        wanted = js.URLSearchParams.new(js.location.search).get("model")
        name = wanted or js.URL.new(CHAT_MODEL, js.location.href).href
        element("status").textContent = f"Loading {name}…"
        progress = element("progress")

        def on_progress(loaded: int, total: int, text: str) -> None:
            progress.value = loaded / total if total else 0

        started = time.perf_counter()
        try:
            self.chat = await load_chat_model_async(await request_device(), name, progress=on_progress)
        except Exception as e:  # noqa: BLE001 - shown on the page
            self.fail(e)
            return
        progress.value = 1
        model = self.chat.model
        c = model.config
        element("status").textContent = (f"Loaded {name} in {time.perf_counter() - started:.1f} s: "
                                         f"{c.num_hidden_layers} layers, {c.num_attention_heads} heads, vocabulary "
                                         f"{c.vocab_size}, on {model.device.description}.")
        document.body.dataset.loaded = name
        element("layer-boxes").innerHTML = "".join(
            f'<label><input type="checkbox" value="{i}">L{i}</label>' for i in range(c.num_hidden_layers))
        self.tick_layers(few_layers(c.num_hidden_layers))
        self.restart()

    def layer_boxes(self) -> list[Any]:
        return list(document.querySelectorAll("#layer-boxes input"))

    def tick_layers(self, layers: list[int]) -> None:
        for box in self.layer_boxes():
            box.checked = int(box.value) in layers

    def capture_options(self) -> CaptureOptions:
        """Lens and attention maps of the ticked layers (the last layer's lens comes anyway)."""
        ticked = tuple(int(box.value) for box in self.layer_boxes() if box.checked)
        return CaptureOptions(lens_layers=ticked, attention_layers=ticked, kv_layer=None)

    def restart(self) -> None:
        """A new generation from the prompt box (the KV cache starts empty)."""
        chat = self.chat
        try:
            params = SamplingParams(temperature=float(element("temperature").value or 0), seed=0)
            max_tokens = int(element("max-tokens").value or 16)
            self.prompt = chat.chat_format.encode(chat.tokenizer, [{"role": "user", "content": element("prompt").value}])
            stops = frozenset(chat.tokenizer.stop_ids) | frozenset(chat.chat_format.stop_token_ids)
            self.inspector = Inspector(chat.model, self.prompt, params, max_tokens, stops, self.capture_options())
        except ValueError as e:
            self.fail(e)
            return
        element("error").hidden = True
        self.generated = []
        document.body.dataset.steps = "0"
        for id in ("bars", "heatmaps", "timeline", "sampler-how", "timeline-clock"):
            element(id).innerHTML = ""
        element("lens").tBodies[0].innerHTML = element("lens").tHead.innerHTML = ""
        element("kernels").tBodies[0].innerHTML = ""
        self.draw_tokens()
        self.set_state("ready")

    async def step(self) -> bool:
        """One token, drawn; False when the generation has ended (or failed)."""
        self.set_state("stepping")
        started = time.perf_counter()
        try:
            self.inspector.options = self.capture_options()
            step = await self.inspector.step()
        except Exception as e:  # noqa: BLE001 - shown on the page
            self.fail(e)
            return False
        if step is None:
            self.set_state("done")
            return False
        self.generated.append(step.token)
        self.draw(step)
        f = step.forward
        element("status").textContent = (
            f"Step {len(self.generated)}: {self.token_text(step.token)!r} (id {step.token}) after a forward pass of "
            f"{f.n} token{'s' * (f.n > 1)} at position {f.pos0}; capture and timing took "
            f"{time.perf_counter() - started:.1f} s.")
        document.body.dataset.steps = str(len(self.generated))
        await asyncio.sleep(0)  # let the browser paint before the next step
        self.set_state("done" if self.inspector.finished else "ready")
        return not self.inspector.finished

    async def run(self) -> None:
        self.stopping = False
        while not self.stopping and await self.step():
            pass

    # ---- drawing -------------------------------------------------------------------------------
    def draw(self, step: InspectedStep) -> None:
        self.draw_tokens()
        self.draw_bars(step)
        self.draw_lens(step)
        self.draw_attention(step)
        self.draw_kernels(step)

    def draw_tokens(self) -> None:
        chips = [f'<span class="token" title="prompt token {i}">{html.escape(self.token_text(t))}<small>{t}</small></span>'
                 for i, t in enumerate(self.prompt)]
        chips += [f'<span class="token generated{" latest" * (i == len(self.generated) - 1)}" '
                  f'title="generated token {i + 1}">{html.escape(self.token_text(t))}<small>{t}</small></span>'
                  for i, t in enumerate(self.generated)]
        element("tokens").innerHTML = "".join(chips)

    def draw_bars(self, step: InspectedStep) -> None:
        s = step.sampler
        how = [s.how, f"probabilities at temperature {s.temperature:g}"]
        if s.top_k:
            how.append(f"top-k {s.top_k}")
        if s.top_p < 1:
            how.append(f"top-p {s.top_p:g}")
        if s.u is not None:
            how.append(f"uniform drawn u = {s.u:.4f}")
        element("sampler-how").textContent = ", ".join(how)
        rows = []
        for c in s.candidates[:BARS]:
            kind = "chosen" if c.token == s.token else "cut" if c.kept == 0 and s.u is not None else ""
            rows.append(f'<div class="bar {kind}"><span class="label">{html.escape(self.token_text(c.token))} '
                        f'<small>{c.token}</small></span><div class="fill" style="width:{100 * c.probability:.2f}%">'
                        f'</div><span>{100 * c.probability:.1f}%</span></div>')
        element("bars").innerHTML = "".join(rows)

    def draw_lens(self, step: InspectedStep) -> None:
        f = step.forward
        table = element("lens")
        table.tHead.innerHTML = "<tr><th>layer</th>" + "".join(f"<th>#{k + 1}</th>" for k in range(LENS_TOP)) + "</tr>"
        rows = []
        for layer in f.lens:
            cells = "".join(f'<td class="{"chosen" if token == step.token else ""}">'
                            f"{html.escape(self.token_text(token))} {100 * p:.0f}%</td>"
                            for token, p in f.lens_top(layer, LENS_TOP))
            rows.append(f"<tr><th>{layer}</th>{cells}</tr>")
        table.tBodies[0].innerHTML = "".join(rows)

    def draw_attention(self, step: InspectedStep) -> None:
        f = step.forward
        box = element("heatmaps")
        heads = self.chat.model.config.num_attention_heads
        box.style.gridTemplateColumns = f"3em repeat({heads}, minmax(24px, 1fr))"
        box.innerHTML = "".join(["<span></span>"] + [f'<span class="row-label">h{h}</span>' for h in range(heads)])
        for layer in sorted(f.attention):
            label = document.createElement("span")
            label.className, label.textContent = "row-label", f"L{layer}"
            box.appendChild(label)
            for head, probabilities in enumerate(f.attention[layer]):
                box.appendChild(self.heatmap(probabilities, f"layer {layer}, head {head}"))

    def heatmap(self, rows: list[list[float]], title: str) -> Any:
        """A canvas with one pixel per (query, key): white at 0, the accent blue at 1 (square-root
        scale, so small weights still show)."""
        height, width = len(rows), len(rows[0])
        pixels = bytearray(width * height * 4)
        for y, row in enumerate(rows):
            for x, p in enumerate(row):
                v = min(1.0, max(0.0, p)) ** 0.5
                pixels[(y * width + x) * 4:(y * width + x + 1) * 4] = bytes(
                    (int(255 - 202 * v), int(255 - 166 * v), int(255 - 31 * v), 255))
        canvas = document.createElement("canvas")
        canvas.width, canvas.height, canvas.title = width, height, title
        if height == 1:
            canvas.style.height = "10px"
        canvas.getContext("2d").putImageData(js.ImageData.new(js.Uint8ClampedArray.new(to_js(pixels)), width, height), 0, 0)
        return canvas

    def draw_kernels(self, step: InspectedStep) -> None:
        dispatches = step.dispatches
        clock = dispatches[0].clock if dispatches else "host"
        total = sum(d.ms or 0 for d in dispatches)
        element("timeline-clock").textContent = (
            f"{len(dispatches)} dispatches in order, {total:.1f} ms in all; "
            + ("GPU timestamps around each kernel, run in a compute pass of its own" if clock == "gpu" else
               "host times: each kernel's submit-and-wait round trip less an empty one (no GPU timestamps here)"))
        element("timeline").innerHTML = "".join(
            f'<div class="kernel {kernel_kind(d.kernel)}" style="flex:{max(d.ms or 0, 1e-3):.4f} 0 0" '
            f'title="{html.escape(d.kernel)} grid {d.grid} {d.ms or 0:.3f} ms, {d.bytes_read / 1e6:.2f} MB bound read-only, '
            f'{d.bytes_written / 1e6:.2f} MB bound writable"></div>' for d in dispatches)
        by_kernel: dict[str, list] = defaultdict(lambda: [0, 0.0, 0, 0])
        for d in dispatches:
            row = by_kernel[d.kernel]
            row[0] += 1
            row[1] += d.ms or 0
            row[2] += d.bytes_read
            row[3] += d.bytes_written
        element("kernels").tBodies[0].innerHTML = "".join(
            f"<tr><td>{html.escape(name)}</td><td>{n}</td><td>{ms:.2f}</td><td>{r / 1e6:.2f}</td><td>{w / 1e6:.2f}</td></tr>"
            for name, (n, ms, r, w) in sorted(by_kernel.items(), key=lambda item: -item[1][1]))


page = InsidePage()


def on_step(event) -> None:
    asyncio.ensure_future(page.step())


def on_run(event) -> None:
    asyncio.ensure_future(page.run())


def on_stop(event) -> None:
    page.stopping = True


def on_restart(event) -> None:
    page.restart()


def on_all_layers(event) -> None:
    page.tick_layers(list(range(page.chat.model.config.num_hidden_layers)))


def on_few_layers(event) -> None:
    page.tick_layers(few_layers(page.chat.model.config.num_hidden_layers))


for id, handler in (("step", on_step), ("run", on_run), ("stop", on_stop), ("restart", on_restart),
                    ("layers-all", on_all_layers), ("layers-few", on_few_layers)):
    proxy = create_proxy(handler)
    page.handlers.append(proxy)
    element(id).addEventListener("click", proxy)

await page.load()  # noqa: F704 - PyScript runs the module body as a coroutine
