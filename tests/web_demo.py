"""Shared by the web tests: the built pyodide_packages/dist, the demo server, the browser, the
CPython reference.

Fixtures (import them into a test module):

* ``web_dist``: ``pyodide_packages/build.py``'s ``build_all()``, once per session.
* ``demo_server``: ``demo/serve.py``'s server on 127.0.0.1 (a free port) with a fault hook:
  ``demo_server.faults[path] = ("truncate" | "corrupt", times)`` makes the next ``times``
  responses for that path (whole or a range) break off halfway (the connection closes after
  the Content-Length promised more) or carry one flipped byte; ``demo_server.mounts[prefix] =
  folder`` serves one more folder.
* ``browser``: headless Chromium driven by playwright-core (tests/js/playwright_driver.mjs), one
  page and one browser context per test module; ``js(browser, code, **values)`` runs JavaScript
  there, and ``open_page`` / ``load_model`` / ``chat`` / ``page_state`` work the chat page as a
  person would. Screenshots go to ``SHOTS``.

``cpython_chat(messages, max_tokens[, model])`` is the CPython engine's greedy reply, on the
embedded stories260K by default (``cpython_greedy(prompt, max_tokens)`` for one user message):
what every browser run must reproduce.
"""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import json
import shutil
import sys
import time
from pathlib import Path

import pytest

from pyodide_harness import CHROMIUM, PyodideRuntime

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "pyodide_packages"))
from build import build_all  # noqa: E402

SHOTS = REPO / "tests" / ".cache" / "screenshots"
PAGE_TIMEOUT_MS = 240_000

_spec = importlib.util.spec_from_file_location("demo_serve", REPO / "demo" / "serve.py")
demo_serve = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(demo_serve)


class FaultyHandler(demo_serve.DemoHandler):
    def translate_path(self, path: str) -> str:
        route = path.split("?", 1)[0]
        for prefix, folder in self.server.mounts.items():
            if route.startswith(prefix):
                return str(folder / route[len(prefix):])
        return super().translate_path(path)

    def copyfile(self, source, outputfile):
        route = self.path.split("?", 1)[0]
        fault = self.server.take_fault(route)
        if fault is None:
            return super().copyfile(source, outputfile)
        data = bytearray(source.read())
        if fault == "truncate":
            outputfile.write(data[:len(data) // 2])
            outputfile.flush()
            time.sleep(0.3)  # let the browser hand the first half to the page before the connection drops
            self.close_connection = True
            return None
        data[len(data) // 2] ^= 0xFF
        outputfile.write(data)
        return None


class FaultyServer(demo_serve.DemoServer):
    def __init__(self):
        super().__init__(handler=FaultyHandler)
        self.faults: dict[str, tuple[str, int]] = {}
        self.mounts: dict[str, Path] = {}  # URL prefix -> folder, before demo/serve.py's own

    def take_fault(self, route: str) -> str | None:
        with self._lock:
            kind, times = self.faults.get(route, (None, 0))
            if not times:
                return None
            self.faults[route] = (kind, times - 1)
            return kind


@pytest.fixture(scope="session")
def web_dist() -> Path:
    if shutil.which("node") is None or not (REPO / "node_modules" / "pyodide027").is_dir():
        pytest.fail("node / node_modules missing: run scripts/setup.sh")
    return build_all()


@pytest.fixture(scope="session")
def demo_server(web_dist):
    server = FaultyServer().start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def browser(demo_server):
    if not (REPO / "pyodide_packages" / "dist" / "models" / "stories260K-MLC").is_dir():
        pytest.fail("the MLC demo model was not built")
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver = PyodideRuntime("playwright", "playwright_driver.mjs", env={"PYODIDE_HARNESS_CHROMIUM": CHROMIUM})
    try:
        driver.start()
        yield driver
    finally:
        driver.close()


def js(browser: PyodideRuntime, code: str, **values) -> object:
    """Run `code` (an async function body of `page` and `context`) with `values` bound as JS constants."""
    constants = "".join(f"const {k} = {json.dumps(v)};\n" for k, v in values.items())
    return browser.run(constants + code, timeout=PAGE_TIMEOUT_MS / 1000 + 60)


def run_repl_example(browser: PyodideRuntime, url: str, button: str, screenshot: str) -> dict:
    """Open the REPL page, run the example session behind `button` (an element id), screenshot the
    page; the transcript's text and its error lines."""
    return js(browser, """
        await page.goto(url);
        await page.waitForFunction(() => document.body.dataset.state === 'ready' || document.querySelector('.py-error'),
                                   null, {timeout: timeout});
        await page.click(button);
        await page.waitForFunction(() => document.body.dataset.state === 'done', null, {timeout: timeout});
        await page.screenshot({path: screenshot, fullPage: true});
        return page.evaluate(() => ({text: document.getElementById('transcript').textContent,
                                     errors: [...document.querySelectorAll('#transcript .error')].map((e) => e.textContent)}));
    """, url=url, button=button, screenshot=screenshot, timeout=PAGE_TIMEOUT_MS)


# What the chat page shows, read in the page (a JS expression).
_STATE = """({
  state: document.body.dataset.state, loaded: document.body.dataset.loaded,
  error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
  kind: document.getElementById('error').hidden ? null : document.getElementById('error').dataset.kind ?? null,
  status: document.getElementById('status').textContent, timing: document.getElementById('timing').textContent,
  notice: document.getElementById('notice').hidden ? null : document.getElementById('notice').textContent,
  stats: document.getElementById('stats').textContent, prompt: document.getElementById('prompt').value,
  messages: [...document.querySelectorAll('#messages .message')].map((m) => ({
    role: m.classList.contains('user') ? 'user' : 'assistant', text: m.textContent,
    dropped: m.classList.contains('dropped'), finish: m.dataset.finish ?? null})),
  disabled: Object.fromEntries(['send', 'prompt', 'load', 'model-select', 'stop', 'clear'].map(
    (id) => [id, document.getElementById(id).disabled])),
  focused: document.activeElement?.id ?? null, texts: window.__texts,
})"""


def page_state(browser: PyodideRuntime) -> dict:
    """What the chat page shows now: state, error and its kind, status, messages, enabled controls."""
    return js(browser, f"return page.evaluate(() => {_STATE});")


def open_page(browser: PyodideRuntime, url: str, reload: bool = False) -> dict:
    """Open (or reload) the chat page and wait until its first model load finished (or failed)."""
    return js(browser, f"""
        if (reload) await page.reload(); else await page.goto(url);
        await page.waitForFunction(() => document.body.dataset.loads === '1' || document.body.dataset.state === 'error'
                                         || document.querySelector('.py-error'), null, {{timeout: timeout}});
        const failure = await page.evaluate(() => document.querySelector('.py-error')?.textContent);
        if (failure) throw new Error('the page failed: ' + failure);
        return page.evaluate(() => {_STATE});
    """, url=url, reload=reload, timeout=PAGE_TIMEOUT_MS)


def load_model(browser: PyodideRuntime, model: str, screenshot: str | None = None) -> dict:
    """Pick `model` in the page ("Another model URL…" and the URL, for anything but the listed
    options) and press Load; wait for the load to finish."""
    return js(browser, f"""
        const loads = await page.evaluate(() => Number(document.body.dataset.loads));
        await page.evaluate(() => {{ window.__texts = {{'status': [], 'progress-text': []}}; }});
        const listed = await page.$$eval('#model-select option', (options) => options.map((o) => o.value));
        await page.selectOption('#model-select', listed.includes(model) ? model : 'other');
        if (!listed.includes(model)) await page.fill('#model-url', model);
        await page.click('#load');
        await page.waitForFunction((n) => Number(document.body.dataset.loads) > n, loads, {{timeout: timeout}});
        if (screenshot) await page.screenshot({{path: screenshot, fullPage: true}});
        return page.evaluate(() => {_STATE});
    """, model=model, screenshot=screenshot, timeout=PAGE_TIMEOUT_MS)


def chat(browser: PyodideRuntime, prompt: str, max_tokens: int | str = 20, screenshot: str | None = None,
         key: str | None = None) -> dict:
    """Type `prompt` and send it (click Send, or press `key` in the prompt box), with `max_tokens`
    in its field; wait until the page is done with it. Returns `page_state` plus the last reply's
    text and finish, each text it showed while streaming, the long tasks during generation and
    how long it took."""
    return js(browser, f"""
        const sends = Number(await page.evaluate(() => document.body.dataset.sends ?? 0));
        await page.evaluate(() => {{ window.__replies = []; }});
        await page.fill('#max-tokens', String(maxTokens));
        await page.fill('#prompt', prompt);
        if (key) await page.press('#prompt', key); else await page.click('#send');
        await page.waitForFunction((n) => Number(document.body.dataset.sends ?? 0) > n, sends, {{timeout: timeout}});
        if (screenshot) await page.screenshot({{path: screenshot, fullPage: true}});
        return page.evaluate(() => {{
          const [start] = performance.getEntriesByName('webllm-generate-start').slice(-1);
          const [end] = performance.getEntriesByName('webllm-generate-end').slice(-1);
          const replies = document.querySelectorAll('.message.assistant');
          const last = replies[replies.length - 1];
          return {{...{_STATE}, text: last?.textContent ?? null, finish: last?.dataset.finish ?? null,
                  shown: window.__replies, window_ms: end ? end.startTime - start.startTime : null,
                  long_tasks: start ? window.__longTasks.filter((t) => t.start + t.duration > start.startTime
                                                                      && t.start < end.startTime) : []}};
        }});
    """, prompt=prompt, maxTokens=max_tokens, screenshot=screenshot, key=key, timeout=PAGE_TIMEOUT_MS)


def screenshot(browser: PyodideRuntime, name: str) -> None:
    js(browser, "await page.screenshot({path, fullPage: true});", path=str(SHOTS / name))


@functools.cache
def _cpython_chat(messages: str, max_tokens: int, model: str) -> str:
    from webllm_py.engine import MLCEngine

    async def run() -> str:
        engine = MLCEngine()
        await engine.reload(model)
        reply = await engine.chat.completions.create(messages=json.loads(messages), max_tokens=max_tokens,
                                                     temperature=0)
        return reply.choices[0].message.content

    return asyncio.run(run())


def cpython_chat(messages: list[dict[str, str]], max_tokens: int, model: str = "stories260K") -> str:
    """The CPython engine's greedy reply to `messages` on `model` (an id or a folder)."""
    return _cpython_chat(json.dumps(messages), max_tokens, str(model))


def cpython_greedy(prompt: str, max_tokens: int) -> str:
    return cpython_chat([{"role": "user", "content": prompt}], max_tokens)
