"""Serve the demo on localhost: the pages, PyScript, Pyodide, the package index and the demo model.

    python demo/serve.py [--port 8000] [--host 127.0.0.1]     # after python pyodide_packages/build.py
    bash scripts/demo.sh                                      # both, after scripts/setup.sh

URL layout (what demo/pyscript.json and the pages expect):

    /                   demo/ (index.html: the chat, repl.html: a Python REPL)
    /pyscript/          npm @pyscript/core's dist/
    /pyodide/           pyodide_packages/dist/pyodide/  (Pyodide 0.27.7 + micropip)
    /simple/            pyodide_packages/dist/simple/   (PEP 503 index: webllm-py, jinja2, markupsafe)
    /models/            pyodide_packages/dist/models/   (SmolLM2-135M-Instruct.Q4_1.gguf, the default;
                                                         stories260K as an MLC folder)

Every response says `Cache-Control: no-store`, so the only cache in play is the model cache of
`webllm_py.transport.cache`; files can be fetched in byte ranges (206), which resumed downloads use.
"""

from __future__ import annotations

import argparse
import errno
import http.server
import io
import os
import re
import threading
from pathlib import Path
from typing import Callable

REPO = Path(__file__).resolve().parents[1]
DIST = REPO / "pyodide_packages" / "dist"
MOUNTS = {  # longest prefix first
    "/pyscript/": REPO / "node_modules" / "@pyscript" / "core" / "dist",
    "/pyodide/": DIST / "pyodide",
    "/simple/": DIST / "simple",
    "/models/": DIST / "models",
    "/": REPO / "demo",
}
DEFAULT_PORT = 8000
_RANGE = re.compile(r"bytes=(\d+)-(\d*)$")


class DemoHandler(http.server.SimpleHTTPRequestHandler):
    extensions_map = {**http.server.SimpleHTTPRequestHandler.extensions_map,
                      ".wasm": "application/wasm", ".mjs": "text/javascript", ".js": "text/javascript",
                      ".json": "application/json", ".py": "text/plain", ".whl": "application/octet-stream",
                      ".bin": "application/octet-stream"}
    server: "DemoServer"

    def translate_path(self, path: str) -> str:
        route = path.split("?", 1)[0].split("#", 1)[0]
        for prefix, folder in MOUNTS.items():
            if route.startswith(prefix):
                self.directory = str(folder)
                return super().translate_path("/" + path[len(prefix):])
        return super().translate_path(path)

    def end_headers(self) -> None:
        self.send_header("Cache-Control", "no-store")
        self.send_header("Accept-Ranges", "bytes")
        super().end_headers()

    def send_head(self):
        """SimpleHTTPRequestHandler's, plus one `Range: bytes=a-b` per request (206)."""
        match = _RANGE.match(self.headers.get("Range", ""))
        path = self.translate_path(self.path)
        if not match or not os.path.isfile(path):
            return super().send_head()
        size = os.path.getsize(path)
        start, end = int(match[1]), int(match[2]) if match[2] else size - 1
        if start >= size or end < start:
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{size}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        end = min(end, size - 1)
        with open(path, "rb") as f:  # demo-sized files: a range is read into memory
            f.seek(start)
            body = f.read(end - start + 1)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(path))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def log_request(self, code="-", size="-"):
        self.server.record(self.command, self.path, int(code) if str(code).isdigit() else 0,
                           self.headers.get("Range"))
        if self.server.verbose or (str(code).isdigit() and int(code) >= 400):
            super().log_request(code, size)


class DemoServer(http.server.ThreadingHTTPServer):
    """The demo's HTTP server; `requests` lists (method, path, status, Range header) of each request."""

    daemon_threads = True

    def __init__(self, host: str = "127.0.0.1", port: int = 0, handler: type[DemoHandler] = DemoHandler,
                 verbose: bool = False):
        super().__init__((host, port), handler)
        self.verbose = verbose
        self.requests: list[tuple[str, str, int, str | None]] = []
        self._lock = threading.Lock()

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def record(self, method: str, path: str, status: int, byte_range: str | None) -> None:
        with self._lock:
            self.requests.append((method, path, status, byte_range))

    def requested(self, match: Callable[[str], bool]) -> list[tuple[str, str, int, str | None]]:
        with self._lock:
            return [r for r in self.requests if match(r[1])]

    def start(self) -> "DemoServer":
        threading.Thread(target=self.serve_forever, daemon=True, name="demo-server").start()
        return self


def check_built() -> None:
    missing = [str(folder) for folder in MOUNTS.values() if not folder.is_dir()]
    if missing:
        raise SystemExit(f"serve.py: missing {', '.join(missing)}: run scripts/setup.sh and "
                         "python pyodide_packages/build.py first (scripts/demo.sh does both)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"0: any free port (default {DEFAULT_PORT}, "
                                                                       "or any free one when it is taken)")
    parser.add_argument("--verbose", action="store_true", help="log every request")
    args = parser.parse_args()
    check_built()
    try:
        server = DemoServer(args.host, args.port, verbose=args.verbose)
    except OSError as e:
        if e.errno != errno.EADDRINUSE or args.port != DEFAULT_PORT:
            raise
        server = DemoServer(args.host, 0, verbose=args.verbose)
    print(f"webllm-py demo: {server.url}/   (Python REPL: {server.url}/repl.html)   Ctrl-C stops it", flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
