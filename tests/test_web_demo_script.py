"""The README's first command, `bash scripts/demo.sh`, headless: it builds, serves the demo on
localhost, prints the URL, serves the page, the index and Pyodide, and stops on Ctrl-C."""

from __future__ import annotations

import os
import signal
import subprocess
import urllib.request

from pyodide_harness import REPO


def test_demo_script_serves_and_stops_on_ctrl_c():
    proc = subprocess.Popen(["bash", "scripts/demo.sh", "--port", "0"], cwd=REPO, stdout=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        line = proc.stdout.readline()
        assert line.startswith("webllm-py demo: http://127.0.0.1:"), line
        url = line.split()[2]
        for path, expect in (("", b"webllm-py chat"), ("repl.html", b"webllm-py REPL"),
                             ("pyscript.json", b'"webllm-py"'), ("simple/webllm-py/", b"webllm_py-0.1.0-py3-none-any.whl"),
                             ("pyodide/pyodide-lock.json", b'"micropip"'), ("pyscript/core.js", b"")):
            with urllib.request.urlopen(url + path) as response:
                assert response.status == 200 and expect in response.read(), path
        os.killpg(proc.pid, signal.SIGINT)
        assert proc.wait(timeout=60) == 0  # generous: CI machines can be slow
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
