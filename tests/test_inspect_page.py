"""The "Inside the model" page (demo/inside.html) in headless Chromium (WebGPU on SwiftShader).

Reached from the chat page, it loads the default model (SmolLM2-135M-Instruct's GGUF from the
demo server) and shows the prompt's tokens with their ids, as the CPython tokenizer and chat
template give them.  Five Steps then run on it: each must show the CPython engine's greedy
token, an attention map per head for each ticked layer, the logit-lens rows of those layers
(the last one always), the candidates' bars with the chosen token marked and the kernel
timeline with GPU times; ticking a layer shows it from the next Step on.  Run goes on by itself
until Stop (on the embedded stories260K, whose steps are quick).  Screenshots go to the test's
tmp dir; each Step's time in the page is printed.
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
  ticked: [...document.querySelectorAll('#layer-boxes input:checked')].map((b) => Number(b.value)),
  map_layers: [...document.querySelectorAll('#heatmaps .row-label')].map((s) => s.textContent).filter((t) => t.startsWith('L')),
  lens_layers: [...document.querySelectorAll('#lens tbody th')].map((th) => Number(th.textContent)),
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


def _open(browser, url: str, shots: str, name: str) -> dict:
    """Open the page at `url` (or, with a path starting "link:", follow that link from the
    current page), wait for its model; what it shows, with the layers ticked."""
    return js(browser, f"""
        if (url.startsWith('link:')) await page.click(`a[href="${{url.slice(5)}}"]`); else await page.goto(url);
        await page.waitForFunction(() => ['ready', 'error'].includes(document.body.dataset.state)
                                         || document.querySelector('.py-error'), null, {{timeout: timeout}});
        const failure = await page.evaluate(() => document.querySelector('.py-error')?.textContent);
        if (failure) throw new Error('the page failed: ' + failure);
        await page.screenshot({{path: `${{shots}}/${{name}}-loaded.png`, fullPage: true}});
        return page.evaluate(() => ({{...{_SHOWN}, path: location.pathname, model: document.body.dataset.loaded}}));
    """, url=url, shots=shots, name=name, timeout=PAGE_TIMEOUT_MS)


def _step(browser, n: int, shots: str, name: str, tick: int | None = None) -> dict:
    """Tick layer `tick` (if given), press Step, wait for step n to be drawn; what the page shows
    and how long the step took."""
    return js(browser, f"""
        if (tick !== null) await page.check(`#layer-boxes input[value="${{tick}}"]`);
        const started = Date.now();
        await page.click('#step');
        await page.waitForFunction((n) => Number(document.body.dataset.steps) >= n
                                          || document.body.dataset.state === 'error', n, {{timeout: timeout}});
        const seconds = (Date.now() - started) / 1000;
        await page.screenshot({{path: `${{shots}}/${{name}}-step-${{n}}.png`, fullPage: true}});
        return {{...await page.evaluate(() => {_SHOWN}), seconds}};
    """, n=n, tick=tick, shots=shots, name=name, timeout=PAGE_TIMEOUT_MS)


def test_five_steps_on_the_default_model_fill_the_maps_the_lens_the_bars_and_the_timeline(
        browser, demo_server, web_dist, tmp_path):
    """Reached from the chat page, the page loads SmolLM2 (not the chat's model); each Step shows
    the CPython engine's greedy token, and the lens and attention maps of the ticked layers (a
    few by default; one more ticked before step 3 shows from then on; "All" and "A few" tick
    every layer and the default ones)."""
    prompt, tokens, (layers, heads) = cpython_tokens(web_dist / "models" / GGUF, STEPS)
    js(browser, "await page.goto(url + '/?model=stories260K');", url=demo_server.url)
    loaded = _open(browser, "link:inside.html", str(tmp_path), "smollm2")
    assert loaded["path"] == "/inside.html" and loaded["state"] == "ready", loaded
    assert loaded["model"] == f"{demo_server.url}/models/{GGUF}"  # the default, not the chat's ?model
    assert loaded["prompt_tokens"] == prompt and loaded["generated"] == []
    few = loaded["ticked"]
    assert layers == 30 and few == [0, 5, 10, 15, 20, 25, 29], few
    for n in range(1, STEPS + 1):
        extra = 1 if n == 3 else None
        step = _step(browser, n, str(tmp_path), "smollm2", tick=extra)
        print(f"step {n}: {step['seconds']:.1f} s in the page")
        shown = sorted({*few, *([1] if n >= 3 else [])})
        assert step["error"] is None and step["steps"] == n, step
        assert step["generated"] == tokens[:n], step
        assert step["ticked"] == shown and step["map_layers"] == [f"L{i}" for i in shown], step
        assert step["maps"] == step["inked_maps"] == len(shown) * heads, step
        assert step["lens_layers"] == shown and step["lens_cells"] == len(shown) * 5, step
        assert step["bars"] == 12 and step["chosen"] == [tokens[n - 1]], step
        assert step["kernels"] >= 5 * layers and step["kernel_rows"] >= 4, step
        timed = re.fullmatch(r"(\d+) dispatches in order, (\d+\.\d) ms in all; GPU timestamps.*", step["clock"])
        assert timed and int(timed[1]) == step["kernels"] and float(timed[2]) > 0, step  # Chromium has them
    assert sorted(p.name for p in tmp_path.glob("*.png")) == sorted(
        ["smollm2-loaded.png"] + [f"smollm2-step-{n}.png" for n in range(1, STEPS + 1)])

    # "All" ticks every layer, "A few" goes back to the default
    ticked = js(browser, """
        const ticked = () => page.evaluate(() => [...document.querySelectorAll('#layer-boxes input:checked')]
                                                 .map((b) => Number(b.value)));
        await page.click('#layers-all');
        const all = await ticked();
        await page.click('#layers-few');
        return {all, few: await ticked()};
    """)
    assert ticked == {"all": list(range(layers)), "few": few}, ticked


def test_run_goes_on_until_stop(browser, demo_server, tmp_path):
    """Run steps by itself (stories260K, `?model=`, embedded); Stop ends it after the step under
    way, and the tokens drawn are the CPython engine's."""
    _, tokens, _ = cpython_tokens("stories260K", 16)
    loaded = _open(browser, f"{demo_server.url}/inside.html?model=stories260K", str(tmp_path), "stories")
    assert loaded["state"] == "ready" and loaded["model"] == "stories260K", loaded
    ran = js(browser, """
        await page.click('#run');
        await page.waitForFunction((n) => Number(document.body.dataset.steps) > n, done, {timeout: timeout});
        await page.click('#stop');
        await page.waitForFunction(() => document.body.dataset.state !== 'stepping', null, {timeout: timeout});
        const first = Number(await page.evaluate(() => document.body.dataset.steps));
        await page.waitForTimeout(1000);
        return {first, later: Number(await page.evaluate(() => document.body.dataset.steps)),
                state: await page.evaluate(() => document.body.dataset.state),
                generated: await page.evaluate(() => [...document.querySelectorAll('#tokens .token.generated small')]
                                                     .map((s) => Number(s.textContent)))};
    """, done=STEPS, timeout=PAGE_TIMEOUT_MS)
    assert ran["state"] == "ready" and STEPS < ran["first"] == ran["later"] < 16, ran
    assert ran["generated"] == tokens[:ran["first"]], ran


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
