"""The "Inside the model" page (demo/inside.html) in headless Chromium (WebGPU on SwiftShader).

Reached from the chat page, it loads the default model (SmolLM2-135M-Instruct's GGUF from the
demo server) and shows the prompt's tokens with their ids, as the CPython tokenizer and chat
template give them.  Five Steps then run on stories260K (`?model=stories260K`): on SwiftShader a
SmolLM2 step with its 30-layer logit lens (30 lm-head GEMVs of 49152 x 576) takes minutes.  Each
Step must fill an attention map per layer and head, the logit-lens table, the candidates' bars
with the chosen token marked and the kernel timeline, and the tokens must be the CPython
engine's greedy ones; Run then goes on by itself until Stop.  Screenshots go to the test's
tmp dir.
"""

from __future__ import annotations

import asyncio
import re

from web_demo import PAGE_TIMEOUT_MS, browser, demo_server, js, run_repl_example, web_dist  # noqa: F401

STEPS = 5
PROMPT = "What is the capital of France?"
GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"

# What the page shows (a JS expression).
_SHOWN = """({
  state: document.body.dataset.state, steps: Number(document.body.dataset.steps),
  error: document.getElementById('error').hidden ? null : document.getElementById('error').textContent,
  prompt_tokens: [...document.querySelectorAll('#tokens .token:not(.generated) small')].map((s) => Number(s.textContent)),
  generated: [...document.querySelectorAll('#tokens .token.generated small')].map((s) => Number(s.textContent)),
  maps: document.querySelectorAll('#heatmaps canvas').length,
  inked_maps: [...document.querySelectorAll('#heatmaps canvas')].filter((c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    return d.some((v, i) => i % 4 !== 3 && v < 250);
  }).length,
  lens_rows: document.querySelectorAll('#lens tbody tr').length,
  lens_cells: [...document.querySelectorAll('#lens tbody td')].filter((td) => /\\d+%$/.test(td.textContent)).length,
  bars: document.querySelectorAll('#bars .bar').length,
  chosen: [...document.querySelectorAll('#bars .bar.chosen small')].map((s) => Number(s.textContent)),
  kernels: document.querySelectorAll('#timeline .kernel').length,
  kernel_rows: document.querySelectorAll('#kernels tbody tr').length,
  clock: document.getElementById('timeline-clock').textContent,
})"""


def cpython_tokens(model, steps: int) -> tuple[list[int], list[int], tuple[int, int]]:
    """The prompt's ids, the greedy tokens and (layers, heads) of the same model in CPython."""
    from webllm_py.generation import generate
    from webllm_py.gpu import request_device
    from webllm_py.loading.load import load_chat_model_async

    async def run():
        chat = await load_chat_model_async(await request_device(), model)
        prompt = chat.chat_format.encode(chat.tokenizer, [{"role": "user", "content": PROMPT}])
        out = await generate(chat.model, prompt, steps)
        c = chat.model.config
        return prompt, out.ids, (c.num_hidden_layers, c.num_attention_heads)

    return asyncio.run(run())


def _open(browser, url: str, shots: str, name: str, steps: int = 0) -> dict:
    """Open the page at `url` (or, with a path starting "link:", follow that link from the
    current page), wait for its model, then press Step `steps` times; what it showed each time."""
    return js(browser, f"""
        if (url.startsWith('link:')) await page.click(`a[href="${{url.slice(5)}}"]`); else await page.goto(url);
        await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state)
                                         || document.querySelector('.py-error'), null, {{timeout: timeout}});
        const failure = await page.evaluate(() => document.querySelector('.py-error')?.textContent);
        if (failure) throw new Error('the page failed: ' + failure);
        const loaded = await page.evaluate(() => ({{...{_SHOWN}, path: location.pathname,
                                                    model: document.body.dataset.loaded}}));
        await page.screenshot({{path: `${{shots}}/${{name}}-loaded.png`, fullPage: true}});
        const steps = [];
        for (let n = 1; n <= count; n++) {{
          await page.click('#step');
          await page.waitForFunction((n) => Number(document.body.dataset.steps) >= n
                                            || document.body.dataset.state === 'error', n, {{timeout: timeout}});
          steps.push(await page.evaluate(() => {_SHOWN}));
          await page.screenshot({{path: `${{shots}}/${{name}}-step-${{n}}.png`, fullPage: true}});
        }}
        return {{loaded, steps}};
    """, url=url, count=steps, shots=shots, name=name, timeout=PAGE_TIMEOUT_MS)


def test_the_chat_page_links_to_the_inside_page_on_the_default_model(browser, demo_server, web_dist, tmp_path):
    prompt, _, _ = cpython_tokens(web_dist / "models" / GGUF, 1)
    js(browser, "await page.goto(url + '/?model=stories260K');", url=demo_server.url)
    loaded = _open(browser, "link:inside.html", str(tmp_path), "smollm2")["loaded"]
    assert loaded["path"] == "/inside.html" and loaded["state"] == "ready", loaded
    assert loaded["model"] == f"{demo_server.url}/models/{GGUF}"  # the default, not the chat's ?model
    assert loaded["prompt_tokens"] == prompt and loaded["generated"] == []
    assert (tmp_path / "smollm2-loaded.png").is_file()


def test_five_steps_fill_the_maps_the_lens_the_bars_and_the_timeline(browser, demo_server, tmp_path):
    prompt, tokens, (layers, heads) = cpython_tokens("stories260K", STEPS)
    shown = _open(browser, f"{demo_server.url}/inside.html?model=stories260K", str(tmp_path), "stories", STEPS)
    assert shown["loaded"]["prompt_tokens"] == prompt and shown["loaded"]["model"] == "stories260K"
    for n, step in enumerate(shown["steps"], 1):
        assert step["error"] is None and step["steps"] == n, step
        assert step["generated"] == tokens[:n], step
        assert step["maps"] == layers * heads and step["inked_maps"] == layers * heads, step
        assert step["lens_rows"] == layers and step["lens_cells"] == layers * 5, step
        assert step["bars"] == 12 and step["chosen"] == [tokens[n - 1]], step
        assert step["kernels"] >= 5 * layers and step["kernel_rows"] >= 4, step
        timed = re.fullmatch(r"(\d+) dispatches in order, (\d+\.\d) ms in all; GPU timestamps.*", step["clock"])
        assert timed and int(timed[1]) == step["kernels"] and float(timed[2]) > 0, step  # Chromium has them
    assert sorted(p.name for p in tmp_path.glob("*.png")) == sorted(
        ["stories-loaded.png"] + [f"stories-step-{n}.png" for n in range(1, STEPS + 1)])

    # Run goes on by itself until Stop, which ends it after the step under way.
    ran = js(browser, """
        await page.click('#run');
        await page.waitForFunction((n) => Number(document.body.dataset.steps) > n, done, {timeout: timeout});
        await page.click('#stop');
        await page.waitForFunction(() => document.body.dataset.state !== 'stepping', null, {timeout: timeout});
        const first = Number(await page.evaluate(() => document.body.dataset.steps));
        await page.waitForTimeout(1000);
        return {first, later: Number(await page.evaluate(() => document.body.dataset.steps)),
                state: await page.evaluate(() => document.body.dataset.state)};
    """, done=STEPS, timeout=PAGE_TIMEOUT_MS)
    assert ran["state"] == "ready" and STEPS < ran["first"] == ran["later"] < 16, ran


def test_the_repl_walks_through_one_forward_pass(browser, demo_server, tmp_path):
    """The REPL's second example session runs the inspection API on stories260K in the page: the
    lens of every layer, an attention row, the sampler's choice and the step's kernels."""
    _, _, (layers, _) = cpython_tokens("stories260K", 1)
    transcript = run_repl_example(browser, f"{demo_server.url}/repl.html", "#inside-example",
                                  str(tmp_path / "repl-inside.png"))
    text = transcript["text"]
    assert transcript["errors"] == [], text
    assert re.search(rf"^\(0, \d+, {layers + 1}\)$", text, re.M)  # the prefill's positions and residual streams
    assert len(re.findall(r"^\d+ \[\('", text, re.M)) == layers  # a lens row per layer
    assert "'argmax on the GPU'" in text
    assert "decode_attention" in text and "(gpu clock)" in text  # Chromium has timestamp-query
    assert (tmp_path / "repl-inside.png").is_file()
