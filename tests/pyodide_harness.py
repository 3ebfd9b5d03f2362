"""Run Python code inside Pyodide 314 with WebGPU, from pytest.

Two session-scoped fixtures with one contract:

* ``pyodide_node``: one long-lived Node process (``tests/js/pyodide_node_runner.mjs``) running
  Pyodide from ``node_modules`` with WebGPU from npm ``webgpu`` (Dawn) on SwiftShader. The repo
  root is mounted at ``/project`` (on ``sys.path``) and the shared data folder at ``/data``.
* ``pyodide_chromium``: real headless Debian Chromium (WebGPU on SwiftShader) driven by npm
  ``playwright-core`` from ``tests/js/pyodide_chromium_runner.mjs``; the page is served by a
  ``http.server`` thread on 127.0.0.1. ``webllm_py/`` and the ``tests/`` Python files are zipped
  at each (re)start and unpacked at ``/project`` (on ``sys.path``); data files are fetched into
  ``/data/<path>`` on request.

``runtime.run(code, data_files=(), timeout=600)`` runs ``code`` (async Python, top-level
``await`` allowed) in a fresh globals dict and returns the JSON round trip of the variable
``result`` it assigns (``None`` if it assigns none). ``data_files`` are paths relative to the
shared data folder that the code reads at ``/data/<path>``. A Python exception inside Pyodide
raises :class:`PyodideError` carrying the traceback text; a timeout kills the runner
(:class:`PyodideTimeout`) and a dead runner is started again on the next call. The runners'
stderr (Pyodide's stdout/stderr, the browser console) is streamed to ``sys.stderr`` with a
``[pyodide-node]`` / ``[pyodide-chromium]`` prefix, so pytest shows it with a failing test.

pytest-pyodide was tried for the Chromium runtime and not used: offline it works only through
selenium with Debian's ``chromium-driver`` (plus the ``selenium``, ``playwright``, a pinned
``pytest-asyncio`` and a dist dir with pure-Python wheels and a lock file for ``run_in_pyodide``),
it gives the browser console only by polling after a call returns, and installing it loads a
pytest plugin that hooks into collection and doctest handling for the whole test suite.
"""

from __future__ import annotations

import atexit
import collections
import http.server
import io
import json
import os
import queue
import shutil
import signal
import subprocess
import sys
import threading
import time
import zipfile
from pathlib import Path
from typing import Any, Sequence

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_DATA = REPO.parent / "shared" / "data"
JS_DIR = REPO / "tests" / "js"
SWIFTSHADER_ICD = "/usr/lib/chromium/vk_swiftshader_icd.json"
CHROMIUM = "/usr/bin/chromium"
# Repository files (glob patterns) unpacked at /project inside Chromium's Pyodide.
CHROMIUM_PROJECT_FILES = ("webllm_py/**/*", "tests/**/*.py")

MARK = "@@PYODIDE_HARNESS@@ "  # keep in sync with tests/js/runner_protocol.mjs
STARTUP_TIMEOUT = 300.0
SHUTDOWN_GRACE = 10.0


class PyodideError(Exception):
    """A Python exception raised inside Pyodide; ``traceback`` holds its formatted text."""

    def __init__(self, traceback: str, runtime: str):
        self.traceback = traceback
        self.runtime = runtime
        super().__init__(f"in Pyodide ({runtime}):\n{traceback}")


class PyodideHarnessError(RuntimeError):
    """The runner failed (start-up, crash, browser or transport error), not the code run."""


class PyodideTimeout(PyodideHarnessError, TimeoutError):
    """A call ran past its timeout; the runner was killed and restarts on the next call."""


def _data_file(path: str) -> str:
    """Validate a path relative to the shared data folder; return it in POSIX form."""
    normal = os.path.normpath(path)
    if os.path.isabs(normal) or normal == ".." or normal.startswith(".." + os.sep):
        raise ValueError(f"data file {path!r} is not a path inside {SHARED_DATA}")
    if not (SHARED_DATA / normal).is_file():
        raise FileNotFoundError(f"data file {path!r} not found in {SHARED_DATA}")
    return Path(normal).as_posix()


class PyodideRuntime:
    """One long-lived runner process (Node script) speaking tests/js/runner_protocol.mjs."""

    def __init__(self, name: str, script: str, args: Sequence[str] = (), env: dict | None = None):
        self.name = name
        self.script = JS_DIR / script
        self.args = list(args)
        self.env = env or {}
        self.info: dict[str, Any] = {}  # the runner's ready message
        self.startup_seconds: float | None = None  # wall time of the last (re)start
        self.starts = 0
        self._proc: subprocess.Popen | None = None
        self._messages: queue.Queue = queue.Queue()
        self._tail: collections.deque[str] = collections.deque(maxlen=200)
        self._lock = threading.RLock()
        self._next_id = 0
        atexit.register(self.close)

    # -- output -----------------------------------------------------------------------------
    def _log(self, line: str) -> None:
        line = line.rstrip("\n")
        self._tail.append(line)
        try:
            sys.stderr.write(f"[pyodide-{self.name}] {line}\n")
            sys.stderr.flush()
        except (ValueError, OSError):  # stream closed at interpreter exit
            pass

    def _read_stdout(self, proc: subprocess.Popen, messages: queue.Queue) -> None:
        for line in proc.stdout:
            if line.startswith(MARK):
                try:
                    messages.put(json.loads(line[len(MARK):]))
                    continue
                except json.JSONDecodeError:
                    pass
            self._log(line)
        messages.put(None)  # EOF: the runner is gone

    def _read_stderr(self, proc: subprocess.Popen) -> None:
        for line in proc.stderr:
            self._log(line)

    def _recent_output(self) -> str:
        return "\n".join(self._tail) or "(no output)"

    # -- life cycle -------------------------------------------------------------------------
    @property
    def pid(self) -> int | None:
        """The runner's process id (also its process group's), None when not running."""
        return self._proc.pid if self.alive else None

    @property
    def alive(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def start(self) -> None:
        with self._lock:
            self._kill()
            node = shutil.which("node")
            if node is None:
                raise PyodideHarnessError("node is not on PATH: run scripts/setup.sh")
            if not (REPO / "node_modules" / "pyodide").is_dir():
                raise PyodideHarnessError("node_modules is missing: run scripts/setup.sh")
            began = time.monotonic()
            self._messages = queue.Queue()
            self._proc = subprocess.Popen(
                [node, str(self.script), *self.args],
                cwd=REPO,
                env={**os.environ, **self.env},
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                encoding="utf-8",
                errors="replace",
                bufsize=1,
                start_new_session=True,  # a kill reaches the whole process group
            )
            for target, args in ((self._read_stdout, (self._proc, self._messages)),
                                 (self._read_stderr, (self._proc,))):
                threading.Thread(target=target, args=args, daemon=True,
                                 name=f"pyodide-{self.name}-{target.__name__}").start()
            message = self._receive(time.monotonic() + STARTUP_TIMEOUT, "start-up")
            if not message.get("ready"):
                self._kill()
                raise PyodideHarnessError(f"{self.name} runner sent {message!r} before ready")
            self.info = message
            self.startup_seconds = time.monotonic() - began
            self.starts += 1
            self._log(f"started in {self.startup_seconds:.2f} s: {json.dumps(message)}")

    def _receive(self, deadline: float, what: str) -> dict:
        try:
            message = self._messages.get(timeout=max(0.0, deadline - time.monotonic()))
        except queue.Empty:
            self._kill()
            raise PyodideTimeout(
                f"{self.name} runner: {what} timed out; runner killed. Recent output:\n"
                f"{self._recent_output()}") from None
        if message is None:
            code = self._proc.wait() if self._proc else None
            self._proc = None
            raise PyodideHarnessError(
                f"{self.name} runner exited (status {code}) during {what}. Recent output:\n"
                f"{self._recent_output()}")
        return message

    def _kill(self) -> None:
        proc, self._proc = self._proc, None
        if proc is None or proc.poll() is not None:
            return
        for sig, grace in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                break
            try:
                proc.wait(grace)
                break
            except subprocess.TimeoutExpired:
                continue

    def close(self) -> None:
        """Stop the runner: end its input, give it time to exit, then kill it."""
        with self._lock:
            proc = self._proc
            if proc is None:
                return
            if proc.poll() is None:
                try:
                    proc.stdin.close()
                    proc.wait(SHUTDOWN_GRACE)
                except (OSError, subprocess.TimeoutExpired):
                    pass
            self._kill()

    # -- the contract ------------------------------------------------------------------------
    def run(self, code: str, data_files: Sequence[str] = (), timeout: float = 600) -> object:
        """Run async Python ``code`` in Pyodide; return the JSON round trip of its ``result``."""
        if isinstance(data_files, str):
            raise TypeError("data_files must be a sequence of paths, not one string")
        files = [_data_file(path) for path in data_files]
        with self._lock:
            if not self.alive:
                self.start()
            self._next_id += 1
            request = {"id": self._next_id, "code": code, "data_files": files}
            try:
                self._proc.stdin.write(json.dumps(request) + "\n")
                self._proc.stdin.flush()
            except OSError as error:
                self._kill()
                raise PyodideHarnessError(
                    f"{self.name} runner is gone ({error}). Recent output:\n"
                    f"{self._recent_output()}") from None
            message = self._receive(time.monotonic() + timeout, f"run (timeout {timeout} s)")
        if message.get("id") != request["id"]:
            raise PyodideHarnessError(f"{self.name} runner answered {message!r} out of turn")
        if "runner_error" in message:
            raise PyodideHarnessError(f"{self.name} runner failed:\n{message['runner_error']}")
        reply = message["reply"]
        if not reply["ok"]:
            raise PyodideError(reply["error"], self.name)
        return reply["result"]


# -- Chromium: the page's HTTP server ----------------------------------------------------------
def _project_zip() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for pattern in CHROMIUM_PROJECT_FILES:
            for path in sorted(REPO.glob(pattern)):
                if path.is_file() and "__pycache__" not in path.parts:
                    archive.write(path, path.relative_to(REPO).as_posix())
    return buffer.getvalue()


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the repo root, the shared data at /data/ and the harness's virtual files."""

    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript",
                      ".js": "text/javascript", ".json": "application/json"}
    virtual: dict[str, tuple[str, bytes]] = {}  # replaced per server
    log = staticmethod(print)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, directory=str(REPO), **kwargs)

    def translate_path(self, path: str) -> str:
        route = path.split("?", 1)[0].split("#", 1)[0]
        if route == "/data" or route.startswith("/data/"):
            self.directory = str(SHARED_DATA)
            path = path[len("/data"):] or "/"
        return super().translate_path(path)

    def do_GET(self):
        entry = self.virtual.get(self.path.split("?", 1)[0])
        if entry is None:
            return super().do_GET()
        content_type, body = entry
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)

    def log_request(self, code="-", size="-"):
        if not str(code).isdigit() or int(code) >= 400:
            super().log_request(code, size)

    def log_message(self, format, *args):  # noqa: A002 - the base class's name
        self.log(f"[http] {self.address_string()} {format % args}")


class _PageServer:
    def __init__(self, log):
        handler = type("Handler", (_Handler,), {"virtual": {}, "log": staticmethod(log)})
        handler.virtual["/__pyodide_harness__/page.html"] = (
            "text/html; charset=utf-8",
            b"<!doctype html><meta charset=utf-8><link rel=icon href=data:,>"
            b"<title>webllm-py pyodide harness</title>")
        self._handler = handler
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        threading.Thread(target=self._server.serve_forever, daemon=True,
                         name="pyodide-chromium-http").start()

    def refresh_project(self) -> None:
        self._handler.virtual["/__pyodide_harness__/project.zip"] = (
            "application/zip", _project_zip())

    def close(self) -> None:
        self._server.shutdown()
        self._server.server_close()


# -- fixtures ------------------------------------------------------------------------------------
class NodeRuntime(PyodideRuntime):
    def __init__(self):
        super().__init__("node", "pyodide_node_runner.mjs",
                         env={"VK_ICD_FILENAMES": SWIFTSHADER_ICD,
                              "PYODIDE_HARNESS_DATA": str(SHARED_DATA)})


class ChromiumRuntime(PyodideRuntime):
    def __init__(self):
        super().__init__("chromium", "pyodide_chromium_runner.mjs",
                         env={"PYODIDE_HARNESS_CHROMIUM": CHROMIUM})
        self._server = _PageServer(self._log)
        self.args = [self._server.url]

    def start(self) -> None:
        with self._lock:
            self._server.refresh_project()  # the page unpacks the project as it is now
            super().start()

    def close(self) -> None:
        super().close()
        self._server.close()


@pytest.fixture(scope="session")
def pyodide_node():
    runtime = NodeRuntime()
    try:
        runtime.start()
        yield runtime
    finally:
        runtime.close()


@pytest.fixture(scope="session")
def pyodide_chromium():
    runtime = ChromiumRuntime()
    try:
        runtime.start()
        yield runtime
    finally:
        runtime.close()


@pytest.fixture(params=["node", "chromium"])
def pyodide_runtime(request):
    """Either session runtime: a test using this runs once in Node and once in Chromium."""
    return request.getfixturevalue(f"pyodide_{request.param}")


def pure_python_install_code(*packages: Any) -> str:
    """Python code that unpacks these CPython packages' .py files into Pyodide and puts them on sys.path.

    For pure-Python dependencies (jinja2; markupsafe falls back to pure Python) that the
    offline Pyodide in node_modules does not ship.
    """
    import base64

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for package in packages:
            root = Path(package.__file__).parent
            for path in sorted(root.rglob("*.py")):
                archive.write(path, f"{root.name}/{path.relative_to(root).as_posix()}")
    data = base64.b64encode(buffer.getvalue()).decode()
    return (f"import base64, io, sys, zipfile\n"
            f"zipfile.ZipFile(io.BytesIO(base64.b64decode({data!r}))).extractall('/tmp/site')\n"
            f"sys.path.insert(0, '/tmp/site')\n")
