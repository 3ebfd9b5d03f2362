"""Runs inside Pyodide (Node and Chromium runners alike): executes one request.

Loaded once per runner process; the runners call ``_harness_run(code)``, which
returns a JSON string ``{"ok": true, "result": ...}`` or
``{"ok": false, "error": "<full traceback>"}``.
"""

import json
import linecache
import traceback

from pyodide.code import eval_code_async

_counter = 0


async def _harness_run(code):
    global _counter
    _counter += 1
    filename = f"<pyodide-run-{_counter}>"
    # Let tracebacks show the source lines of the submitted code.
    linecache.cache[filename] = (len(code), None, code.splitlines(True), filename)
    namespace = {"__name__": "__main__", "__builtins__": __builtins__}
    try:
        await eval_code_async(code, namespace, filename=filename)
        return json.dumps({"ok": True, "result": namespace.get("result")})
    except BaseException as error:  # noqa: BLE001 - everything goes back to pytest
        return json.dumps({"ok": False, "error": _format(error, filename)})


def _format(error, filename):
    # Drop the harness's own frames (this module, eval_code_async) above the submitted code.
    tb = error.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != filename:
        tb = tb.tb_next
    if tb is None and not isinstance(error, SyntaxError):
        tb = error.__traceback__  # failed outside the code: keep every frame
    return "".join(traceback.format_exception(type(error), error, tb))
