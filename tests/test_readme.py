"""Every ```python block of README.md runs as written, and every command line it shows parses.

Blocks for CPython run here (top-level `await` allowed, as in an asyncio REPL). Blocks for a web
page (they use `micropip` or `webllm_py.web`) run in one Pyodide 0.27.7 on a page of the demo
server in headless Chromium, in README order, as a site that self-hosts the package would run
them; the only change is the README's placeholder site, `https://your.site`, which becomes the
demo server.
"""

from __future__ import annotations

import ast
import asyncio
import inspect
import json
import re
import shlex
from pathlib import Path

import pytest

from web_demo import browser, demo_server, web_dist  # noqa: F401
from webllm_py.cli import parser

README = Path(__file__).resolve().parents[1] / "README.md"
SITE = "https://your.site"
IN_A_PAGE = ("micropip", "webllm_py.web")


def snippets() -> list[str]:
    return re.findall(r"^```python\n(.*?)^```$", README.read_text(encoding="utf-8"), re.S | re.M)


def for_a_page(code: str) -> bool:
    return any(name in code for name in IN_A_PAGE)


def test_the_readme_has_snippets_of_both_kinds():
    kinds = {for_a_page(code) for code in snippets()}
    assert kinds == {True, False}
    assert README.read_text(encoding="utf-8").count("```python\n") == len(snippets())  # every block is closed


@pytest.mark.parametrize("code", [c for c in snippets() if not for_a_page(c)],
                         ids=lambda code: re.findall(r"import (\w+)", code)[0])
def test_snippet_runs_in_cpython(code, capsys):
    result = eval(compile(code, str(README), "exec", flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT), {"__name__": "readme"})
    if inspect.iscoroutine(result):
        asyncio.run(result)
    assert capsys.readouterr().out.strip()  # each shows what it made


def test_command_lines_parse():
    lines = [shlex.split(line, comments=True) for line in README.read_text(encoding="utf-8").splitlines()
             if line.lstrip().startswith("python -m webllm_py ")]
    assert {argv[3] for argv in lines} >= {"generate", "convert", "bench", "tokenize"}
    for argv in lines:
        parser().parse_args(argv[3:])  # an option the CLI does not have exits with status 2


def test_snippets_for_a_page_run_in_chromium(browser, demo_server):
    codes = [code.replace(SITE, demo_server.url) for code in snippets() if for_a_page(code)]
    values = f"const origin = {json.dumps(demo_server.url)}, codes = {json.dumps(codes)};\n"
    printed = browser.run(values + """
        await page.goto(origin + '/simple/');
        return await page.evaluate(async ({origin, codes}) => {
          const {loadPyodide} = await import(origin + '/pyodide/pyodide.mjs');
          const pyodide = await loadPyodide({indexURL: origin + '/pyodide/'});
          const printed = [];
          pyodide.setStdout({batched: (line) => printed.push(line)});
          await pyodide.loadPackage('micropip');
          for (const code of codes) await pyodide.runPythonAsync(code);
          return printed;
        }, {origin, codes});
    """, timeout=600)
    model = f"{demo_server.url}/models/stories260K-MLC"
    assert any(line.startswith(f"True [CachedModel(url='{model}'") for line in printed), printed
    reports = [[int(n) for n in line.split()[:2]] for line in printed if re.match(r"\d+ \d+ ", line)]
    assert any(loaded == total > 0 for loaded, total in reports), printed  # progress up to every byte
