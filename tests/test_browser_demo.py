"""The demo in real headless Chromium (WebGPU on SwiftShader), served by demo/serve.py on 127.0.0.1,
driven with npm playwright-core (tests/js/playwright_driver.mjs).

The page is PyScript on Pyodide 0.27.7: micropip installs webllm-py by name from the local
index, the engine runs in a web worker (which installs it the same way), and the main thread
only updates the DOM. The tests run in order and share one browser context, so the model
cache filled by one is there for the next. Screenshots go to tests/.cache/screenshots/.
"""

from __future__ import annotations

import re

from web_demo import (PAGE_TIMEOUT_MS, SHOTS, browser, chat, cpython_greedy, demo_server, js,  # noqa: F401
                      load_model, open_page, run_repl_example, screenshot, web_dist)

PROMPT, MAX_TOKENS = "Once upon a time", 20
MODEL_PATH = "/models/stories260K-MLC"
SHARD = f"{MODEL_PATH}/params_shard_0.bin"
LONG_TASK_MS = 200


def cached_urls(browser) -> list[str]:
    return js(browser, "return page.evaluate(async () => (await (await caches.open('webllm-py-models')).keys()).map((r) => r.url));")


def shard_requests(server) -> list[tuple[str, str, int, str | None]]:
    return server.requested(lambda path: path.startswith(SHARD))


def test_chat_streams_the_cpython_greedy_reply(browser, demo_server):
    page = open_page(browser, f"{demo_server.url}/?model=stories260K")
    assert page["state"] == "ready" and page["loaded"] == "stories260K", page
    # micropip installed webllm-py and its dependencies by name from the local index, twice: for
    # the page (pyscript.json) and for the engine's worker.
    installed = [p for _, p, status, _ in demo_server.requested(lambda p: p.startswith("/simple/")) if status == 200]
    for project in ("webllm-py", "jinja2", "markupsafe"):
        assert installed.count(f"/simple/{project}/") == 2
        assert sum(re.fullmatch(rf"/simple/{project}/[^/]+\.whl", p) is not None for p in installed) == 2
    statuses = page["texts"]["status"]
    assert any("Installing webllm-py in the worker" in s for s in statuses), statuses
    assert any(s.startswith("Loading stories260K") for s in statuses), statuses
    assert statuses[-1].startswith("Loaded stories260K"), statuses

    reply = chat(browser, PROMPT, MAX_TOKENS, screenshot=str(SHOTS / "chat.png"))
    assert reply["text"] == cpython_greedy(PROMPT, MAX_TOKENS)
    assert reply["finish"] == "length"
    assert len(reply["shown"]) >= 5 and reply["shown"][-1] == reply["text"]  # it streamed in pieces
    assert all(a in b for a, b in zip(reply["shown"], reply["shown"][1:]))  # each piece extends the last
    assert reply["stats"].startswith("20 tokens (length) · first token after") and "decode:" in reply["stats"]
    # The engine works in the worker: the main thread stays responsive while it generates.
    assert reply["window_ms"] > 1000
    assert [t for t in reply["long_tasks"] if t["duration"] > LONG_TASK_MS] == []

    # Stop: the worker ends the generation after the current token.
    stopped = js(browser, """
        const done = await page.locator('.message.assistant[data-finish]').count();
        await page.evaluate(() => { window.__replies = []; });
        await page.fill('#max-tokens', '200');
        await page.fill('#prompt', 'Once upon a time');
        await page.click('#send');
        await page.waitForFunction(() => window.__replies.length >= 3, null, {timeout: timeout});
        await page.click('#stop');
        const reply = page.locator('.message.assistant[data-finish]').nth(done);
        await reply.waitFor({timeout: timeout});
        return {finish: await reply.getAttribute('data-finish'), text: await reply.textContent()};
    """, timeout=PAGE_TIMEOUT_MS)
    assert stopped["finish"] == "abort" and stopped["text"], stopped


def test_download_shows_progress_and_the_reload_comes_from_the_cache(browser, demo_server, web_dist):
    url = f"{demo_server.url}{MODEL_PATH}"
    before = len(shard_requests(demo_server))
    page = open_page(browser, f"{demo_server.url}/?model={url}")
    assert page["loaded"] == url, page
    assert len(shard_requests(demo_server)) == before + 1
    progress = page["texts"]["progress-text"]
    assert progress[-1] == "1.04 MB / 1.04 MB (100%)", progress
    assert any("Loaded shard 1 of 1 (params_shard_0.bin) from the network" in s for s in page["texts"]["status"])
    assert sorted(u.rsplit("/", 1)[1] for u in cached_urls(browser)) == [
        "mlc-chat-config.json", "params_shard_0.bin", "tensor-cache.json", "tok512.bin"]
    assert chat(browser, PROMPT, MAX_TOKENS)["text"] == cpython_greedy(PROMPT, MAX_TOKENS)

    requests_before_reload = len(demo_server.requests)
    page = open_page(browser, "", reload=True)
    assert page["loaded"] == url, page
    model_requests = [r for r in demo_server.requests[requests_before_reload:] if r[1].startswith("/models/")]
    assert model_requests == []  # no shard, config, index or tokenizer came from the network
    assert any("Loaded shard 1 of 1 (params_shard_0.bin) from the cache" in s for s in page["texts"]["status"])
    listed = js(browser, "return page.textContent('#cache-list');")
    size = sum(f.stat().st_size for f in (web_dist / "models" / "stories260K-MLC").iterdir())
    assert f"{url} — 4 files, {size / 1e6:.2f} MB" in listed
    assert chat(browser, PROMPT, MAX_TOKENS, screenshot=str(SHOTS / "chat-cached-model.png"))["text"] == \
        cpython_greedy(PROMPT, MAX_TOKENS)


def test_corrupt_and_broken_downloads_say_so_and_cache_nothing(browser, demo_server):
    url = f"{demo_server.url}{MODEL_PATH}"
    # Delete the cached model with the page's own button (the cache API's delete).
    js(browser, """
        await page.click('#cache summary');
        await page.click('#cache-list button');
        await page.waitForFunction(() => document.getElementById('cache-list').textContent === '(empty)');
    """)
    assert cached_urls(browser) == []

    demo_server.faults[SHARD] = ("corrupt", 1)
    page = load_model(browser, url)
    assert page["kind"] == "corrupt-download" and "MD5" in page["error"] and "params_shard_0.bin" in page["error"], page
    assert not any(u.endswith("params_shard_0.bin") for u in cached_urls(browser))
    screenshot(browser, "corrupt-download.png")

    demo_server.faults[SHARD] = ("truncate", 3)  # every attempt breaks off
    page = load_model(browser, url)
    assert page["kind"] == "broken-download" and "broke off" in page["error"], page
    assert not any(u.endswith("params_shard_0.bin") for u in cached_urls(browser))

    before = len(shard_requests(demo_server))
    demo_server.faults[SHARD] = ("truncate", 1)  # one break: resumed from where it stopped
    page = load_model(browser, url)
    assert page["loaded"] == url and page["error"] is None, page
    first, resumed = shard_requests(demo_server)[before:]
    assert first[3] is None and 0 < int(re.fullmatch(r"bytes=(\d+)-", resumed[3])[1]) <= 1040128 // 2
    assert any(u.endswith("params_shard_0.bin") for u in cached_urls(browser))

    page = load_model(browser, f"{demo_server.url}/models/no-such-model")
    assert page["kind"] == "bad-model-url" and "404" in page["error"], page


def test_repl_runs_the_example_session(browser, demo_server):
    transcript = run_repl_example(browser, f"{demo_server.url}/repl.html", "#example", str(SHOTS / "repl.png"))
    text = transcript["text"]
    assert transcript["errors"] == [], text
    assert "on Pyodide 0.27.7, webllm-py 0.1.0 (installed by micropip)" in text
    assert ">>> await engine.reload('stories260K')" in text
    assert "([1, " in text  # the prompt's token ids, BOS first, then their pieces
    assert repr(cpython_greedy(PROMPT, 8)) in text  # the reply, greedy, as CPython makes it
    assert len(re.findall(r" p=\d\.\d{3} ", text)) == 8  # each token's probability
    assert "'decode_tokens_per_s'" in text and "prefill:" in text  # timings
