"""Shared by the web tests: the built pyodide_packages/dist, the demo server, the CPython reference.

Fixtures (import them into a test module):

* ``web_dist``: ``pyodide_packages/build.py``'s ``build_all()``, once per session.
* ``demo_server``: ``demo/serve.py``'s server on 127.0.0.1 (a free port) with a fault hook:
  ``demo_server.faults[path] = ("truncate" | "corrupt", times)`` makes the next ``times``
  responses for that path (whole or a range) break off halfway (the connection closes after
  the Content-Length promised more) or carry one flipped byte.

``cpython_greedy(prompt, max_tokens)`` is the CPython engine's greedy chat reply on the embedded
stories260K: what every browser run must reproduce.
"""

from __future__ import annotations

import asyncio
import functools
import importlib.util
import shutil
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "pyodide_packages"))
from build import build_all  # noqa: E402

_spec = importlib.util.spec_from_file_location("demo_serve", REPO / "demo" / "serve.py")
demo_serve = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(demo_serve)


class FaultyHandler(demo_serve.DemoHandler):
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


@functools.cache
def cpython_greedy(prompt: str, max_tokens: int) -> str:
    from webllm_py.engine import MLCEngine

    async def run() -> str:
        engine = MLCEngine()
        await engine.reload("stories260K")
        reply = await engine.chat.completions.create(messages=[{"role": "user", "content": prompt}],
                                                     max_tokens=max_tokens, temperature=0)
        return reply.choices[0].message.content

    return asyncio.run(run())
