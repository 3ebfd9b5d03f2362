"""The chat page as a new user meets it (issue 11), in headless Chromium (WebGPU on SwiftShader,
which has no shader-f16): no WebGPU is said within a second, before Python starts; start-up
and load times say what they cover; notices only when they apply; every control has its own
accessible name; Enter sends; empty prompts and bad form values are refused in plain words;
a failed request or load leaves the page, the conversation and the loaded model usable; a
conversation that outgrows the context window goes on without its oldest messages.

The tests share one page, in order. Screenshots go to tests/.cache/screenshots/ux-*.png.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from web_demo import (PAGE_TIMEOUT_MS, REPO, SHOTS, browser, chat, cpython_chat, cpython_greedy, demo_server,  # noqa: F401
                      js, load_model, open_page, page_state, screenshot, web_dist)

PROMPT = "Once upon a time"
TURN = "Once upon a time there was a little girl named Lily. " * 12  # 169 tokens of stories260K's 512
EMBEDDED = REPO / "webllm_py" / "assets" / "stories260K"


def names_in(snapshot: str) -> list[tuple[str, str | None]]:
    """(role, accessible name) of each node of a Playwright aria snapshot."""
    found = []
    for line in snapshot.splitlines():
        match = re.match(r'\s*- (\w+)(?: "((?:[^"\\]|\\.)*)")?', line)
        if match:
            found.append((match[1], match[2]))
    return found


@pytest.mark.parametrize("gpu", ["missing", "no-adapter"])
def test_without_webgpu_the_page_says_so_before_python_starts(browser, demo_server, gpu):
    page = js(browser, """
        const noGPU = await context.browser().newContext();
        await noGPU.addInitScript((gpu) => {
          if (gpu === 'missing') Object.defineProperty(Navigator.prototype, 'gpu', {get: () => undefined});
          else GPU.prototype.requestAdapter = async () => null;
        }, gpu);
        const bare = await noGPU.newPage();
        const requested = [];
        bare.on('request', (request) => requested.push(new URL(request.url()).pathname));
        try {
          await bare.goto(url);
          await bare.waitForFunction(() => document.body.dataset.state === 'error', null, {timeout: timeout});
          const shown = await bare.evaluate(() => ({
            at_ms: performance.now(), kind: document.getElementById('error').dataset.kind,
            text: document.getElementById('error').textContent, status: document.getElementById('status').textContent}));
          await bare.waitForTimeout(500);
          await bare.screenshot({path: shot});
          return {...shown, requested};
        } finally {
          await noGPU.close();
        }
    """, url=f"{demo_server.url}/", gpu=gpu, shot=str(SHOTS / f"ux-no-webgpu-{gpu}.png"),
             timeout=PAGE_TIMEOUT_MS)
    assert page["kind"] == "no-webgpu" and "no usable WebGPU" in page["text"], page
    why = "navigator.gpu is undefined" if gpu == "missing" else "requestAdapter() found no GPU adapter"
    assert why in page["text"], page
    assert page["at_ms"] < 2000, page  # Pyodide's start-up alone takes ~10 s here
    assert not [p for p in page["requested"] if p.startswith(("/pyodide/", "/simple/")) or p.endswith("core.js")]
    assert page["status"].startswith("Python was not started")


def test_first_load_says_what_its_times_cover_and_no_notice_that_does_not_apply(browser, demo_server):
    page = open_page(browser, f"{demo_server.url}/?model=stories260K")
    assert page["state"] == "ready" and page["loaded"] == "stories260K", page
    load = re.fullmatch(r"Loaded stories260K in (\d+\.\d) s on (.+)\.", page["status"])
    assert load, page["status"]  # the embedded model has no cache to speak of
    timing = re.fullmatch(r"Ready (\d+\.\d) s after the page opened: starting Python and installing webllm-py took "
                          r"(\d+\.\d) s on the page and (\d+\.\d) s in the engine's worker; loading the model, "
                          r"(\d+\.\d) s\.", page["timing"])
    assert timing, page["timing"]
    total, python, worker, model = map(float, timing.groups())
    assert abs(python + worker + model - total) <= 0.15 and python > 1 and worker > 1, page["timing"]
    assert model == float(load[1])
    assert page["notice"] is None and page["error"] is None  # stories260K is float32: nothing is widened
    assert page["focused"] == "prompt"


def test_every_control_has_its_own_accessible_name(browser):
    snapshot = js(browser, """
        await page.selectOption('#model-select', 'other');  // shows the URL box
        const snapshot = await page.locator('body').ariaSnapshot();
        await page.selectOption('#model-select', 'stories260K');
        return snapshot;
    """)
    nodes = names_in(snapshot)
    controls = [(role, name) for role, name in nodes
                if role in ("textbox", "combobox", "spinbutton", "button", "progressbar", "region", "main", "form")]
    assert all(name for _, name in controls), snapshot
    assert len(set(controls)) == len(controls), snapshot  # no two share a role and a name
    names = [name for _, name in controls]
    assert len(set(names)) == len(names), snapshot  # ... nor a name ("Model" was a section and the picker)
    for control in [("combobox", "Model"), ("textbox", "Model URL"), ("textbox", "Message"),
                    ("spinbutton", "Max tokens"), ("spinbutton", "Temperature"), ("button", "Send"),
                    ("main", "Conversation")]:
        assert control in controls, snapshot


def test_enter_sends_shift_enter_is_a_new_line_and_an_empty_prompt_sends_nothing(browser):
    keys = js(browser, """
        const sends = () => page.evaluate(() => Number(document.body.dataset.sends ?? 0));
        const before = await sends();
        const seen = {empty: await page.isDisabled('#send')};
        await page.fill('#prompt', '   ');
        seen.blank = await page.isDisabled('#send');
        await page.press('#prompt', 'Enter');
        await page.fill('#prompt', 'Once upon a time');
        seen.typed = await page.isDisabled('#send');
        await page.press('#prompt', 'Shift+Enter');
        await page.waitForTimeout(300);
        seen.value = await page.inputValue('#prompt');
        seen.sent = (await sends()) - before;
        seen.messages = await page.locator('#messages .message').count();
        return seen;
    """)
    assert keys == {"empty": True, "blank": True, "typed": False, "value": "Once upon a time\n", "sent": 0,
                    "messages": 0}
    reply = chat(browser, PROMPT, 8, key="Enter")
    assert reply["text"] == cpython_greedy(PROMPT, 8) and reply["finish"] == "length"
    assert reply["prompt"] == "" and reply["focused"] == "prompt" and reply["disabled"]["send"]


def test_bad_form_values_get_a_plain_message(browser):
    before = page_state(browser)["messages"]
    for max_tokens, message in [("", "Max tokens must be a whole number of at least 1; it is empty."),
                                ("2.5", "Max tokens must be a whole number of at least 1, not '2.5'."),
                                ("0", "Max tokens must be a whole number of at least 1, not '0'.")]:
        page = chat(browser, PROMPT, max_tokens)
        assert (page["kind"], page["error"]) == ("bad-setting", message), page
        assert page["messages"] == before and page["prompt"] == PROMPT and page["focused"] == "max-tokens"
    screenshot(browser, "ux-bad-setting.png")
    js(browser, "await page.fill('#temperature', '3');")
    page = chat(browser, PROMPT, 8)
    assert page["error"] == "Temperature must be a number from 0 to 2, not '3'." and page["focused"] == "temperature"
    js(browser, "await page.fill('#temperature', '0');")
    page = chat(browser, PROMPT, 8)  # the next success clears the message
    assert page["error"] is None and len(page["messages"]) == len(before) + 2, page
    invalid = js(browser, "return page.$$eval('[aria-invalid]', (fields) => fields.map((f) => f.id));")
    assert invalid == []


def test_a_message_too_long_for_the_window_fails_alone_and_the_next_send_works(browser):
    js(browser, "await page.click('#clear');")
    too_long = (TURN * 5).strip()
    page = chat(browser, too_long, 4)
    assert page["kind"] == "context-window" and "too long for the model" in page["error"], page
    assert "context window holds 512" in page["error"], page
    assert page["messages"] == [] and page["prompt"] == too_long  # given back, to shorten
    assert page["state"] == "ready" and not page["disabled"]["send"]
    screenshot(browser, "ux-too-long.png")
    page = chat(browser, PROMPT, 8)
    assert page["text"] == cpython_greedy(PROMPT, 8) and page["error"] is None, page


def test_a_long_conversation_drops_its_oldest_messages(browser):
    js(browser, "await page.click('#clear');")
    messages = []
    for turn in range(3):
        page = chat(browser, TURN, 4)
        assert page["error"] is None, page
        messages += [{"role": "user", "content": TURN.strip()}, {"role": "assistant", "content": page["text"]}]
        assert page["text"] == cpython_chat(messages[:-1], 4)
    assert [m["dropped"] for m in page["messages"]] == [True, True, False, False, False, False], page["messages"]
    assert page["stats"].endswith("the oldest 2 messages no longer fit in the context window and were left out")
    screenshot(browser, "ux-dropped.png")


def test_a_failed_load_keeps_the_previous_model_and_conversation(browser, demo_server):
    js(browser, "await page.click('#clear');")
    first = chat(browser, PROMPT, 8)["text"]
    bad = f"{demo_server.url}/models/no-such-model"
    page = load_model(browser, bad, screenshot=str(SHOTS / "ux-failed-load.png"))
    assert page["kind"] == "bad-model-url" and "404" in page["error"], page
    assert page["status"] == f"Could not load {bad}; still using stories260K.", page
    assert page["loaded"] == "stories260K" and page["state"] == "ready" and len(page["messages"]) == 2
    page = chat(browser, "The end", 8)  # the same model, the same conversation
    history = [{"role": "user", "content": PROMPT}, {"role": "assistant", "content": first},
               {"role": "user", "content": "The end"}]
    assert page["text"] == cpython_chat(history, 8) and page["error"] is None, page


@pytest.fixture(scope="module")
def float16_model(demo_server, tmp_path_factory):
    """stories260K converted to q4f16_1 (float16 scales), a folder also served at /extra/<its name>."""
    out = tmp_path_factory.mktemp("models") / "stories260K-q4f16_1"
    subprocess.run([sys.executable, "-P", "-m", "webllm_py", "convert", str(EMBEDDED / "stories260K.bin"), str(out),
                    "--quantization", "q4f16_1"], check=True, cwd=REPO, stdout=subprocess.DEVNULL)
    shutil.copyfile(EMBEDDED / "tok512.bin", out / "tok512.bin")
    config = json.loads((out / "mlc-chat-config.json").read_text())
    config["tokenizer_files"] = ["tok512.bin"]
    (out / "mlc-chat-config.json").write_text(json.dumps(config))
    demo_server.mounts["/extra/"] = out.parent
    return out


def test_the_shader_f16_notice_shows_only_for_a_float16_model(browser, demo_server, float16_model):
    url = f"{demo_server.url}/extra/{float16_model.name}"
    page = load_model(browser, url, screenshot=str(SHOTS / "ux-float16-notice.png"))
    assert page["loaded"] == url and page["error"] is None, page
    assert page["notice"].startswith("This GPU has no shader-f16, so this model's float16 values are widened"), page
    assert page["status"].endswith("; its files are kept in the browser's Cache API."), page
    assert page["timing"] == ""  # the start-up times were about the first load
    reply = chat(browser, PROMPT, 8)["text"]  # with the scales widened: the model's numbers all the same
    assert reply == cpython_chat([{"role": "user", "content": PROMPT}], 8, model=float16_model)
    page = load_model(browser, "stories260K")
    assert page["notice"] is None and "cache" not in page["status"], page


def test_a_first_load_that_fails_leaves_only_loading_enabled(browser, demo_server):
    bad = f"{demo_server.url}/models/no-such-model"
    page = open_page(browser, f"{demo_server.url}/?model={bad}")
    assert page["state"] == "no-model" and page["kind"] == "bad-model-url", page
    assert page["status"] == f"Could not load {bad}, so no model is loaded: choose one and press Load."
    assert page["disabled"] == {"send": True, "prompt": True, "load": False, "model-select": False,
                                "stop": True, "clear": True}
    page = load_model(browser, "stories260K")
    assert page["state"] == "ready" and page["error"] is None and not page["disabled"]["prompt"], page
    assert chat(browser, PROMPT, 8)["text"] == cpython_greedy(PROMPT, 8)
