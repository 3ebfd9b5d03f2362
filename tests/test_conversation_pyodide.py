"""The chat formats inside Pyodide (Python 3.14, jinja2 as pure Python, no compiled
markupsafe speedups): every huggingface.js render case, the sandbox and the MLC templates
give exactly CPython's results."""

from pathlib import Path

import jinja2
import markupsafe

from pyodide_harness import pure_python_install_code

DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
E2E_FILE = "chat_templates/hf_jinja_tests/e2e_model_templates.json"

# Runs in CPython and in Pyodide; DATA_ROOT is set before it, and it sets `result`.
RENDER_CODE = """
import datetime, json, sys
from webllm_py.conversation import (BUILTIN_CONV_TEMPLATES, ChatTemplateError,
                                    JinjaChatTemplate, builtin_conv_template)
from webllm_py.conversation import jinja as jinja_module

class FixedDatetime(datetime.datetime):
    @classmethod
    def now(cls, tz=None):
        return datetime.datetime(2025, 7, 10)

jinja_module.datetime = FixedDatetime  # SmolLM3 prints the date
e2e = json.load(open(DATA_ROOT + "/chat_templates/hf_jinja_tests/e2e_model_templates.json"))
renders = {}
for group in ("default_templates", "custom_templates"):
    for name, case in e2e[group].items():
        data = dict(case["data"])
        messages = data.pop("messages")
        try:
            renders[name] = JinjaChatTemplate(case["chat_template"], name).render(messages, **data)
        except ChatTemplateError as exc:
            renders[name] = "error: " + exc.problem
jinja_module.datetime = datetime.datetime
chat = [{"role": "system", "content": "S"}, {"role": "user", "content": "U"},
        {"role": "assistant", "content": "<think>t</think>A"}, {"role": "user", "content": "V"}]
mlc = {name: builtin_conv_template(name).render(chat) for name in BUILTIN_CONV_TEMPLATES}
try:
    JinjaChatTemplate("{{ ''.__class__ }}").render(chat)
    sandbox = "rendered"
except ChatTemplateError as exc:
    sandbox = exc.problem
result = {"python": list(sys.version_info[:2]), "renders": renders, "mlc": mlc,
          "sandbox": sandbox}
"""


def test_chat_formats_in_pyodide(pyodide_node):
    install = pure_python_install_code(jinja2, markupsafe)
    result = pyodide_node.run(install + "DATA_ROOT = '/data'\n" + RENDER_CODE, [E2E_FILE])
    expected = {"DATA_ROOT": str(DATA)}
    exec(RENDER_CODE, expected)  # noqa: S102 - the same code under CPython
    assert result["python"][0] == 3 and result["python"][1] >= 14
    assert "unsafe" in result["sandbox"]
    assert result["mlc"] == expected["result"]["mlc"]
    assert len(result["renders"]) == 53
    for name, text in expected["result"]["renders"].items():
        assert result["renders"][name] == text, name
