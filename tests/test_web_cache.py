"""The browser model cache under Pyodide 314 in Chromium (the engine's own runtime): both stores
(Cache API, IndexedDB), the list/delete API, a second load that reads every file from the cache
(with `fetch` removed), and a damaged entry that is replaced by a fresh download. The page is the
harness's; the model is pyodide_packages/dist's MLC stories260K."""

from __future__ import annotations

import pytest

from pyodide_harness import pure_python_install_code
from web_demo import cpython_greedy, web_dist  # noqa: F401

PROMPT = "Once upon a time"

LOAD_TWICE = """
import js
from pyodide.ffi import to_js
from webllm_py.engine import MLCEngine
from webllm_py.transport.cache import get_cache, use_cache
from webllm_py.web import cache

use_cache({backend!r})
url = js.location.origin + "/pyodide_packages/dist/models/stories260K-MLC"
await cache.delete_cached_model(url)
engine = MLCEngine()
texts = []
engine.set_init_progress_callback(lambda report: texts.append(report.text))
await engine.reload(url)
first = [t for t in texts if "from the" in t]
listed = [vars(m) for m in await cache.list_cached_models()]

texts.clear()
real_fetch = js.fetch
js.fetch = None  # the second load must not touch the network at all
try:
    await engine.reload(url)
finally:
    js.fetch = real_fetch
second = [t for t in texts if "from the" in t]

# A damaged entry is dropped and downloaded again; the good copy replaces it.
store = await get_cache()
shard = url + "/params_shard_0.bin"
await store.put(shard, js.Blob.new(to_js([to_js(b"not the shard")])))
texts.clear()
await engine.reload(url)
third = [t for t in texts if "from the" in t]
repaired = await store.size(shard)
reply = await engine.chat.completions.create(messages=[{{"role": "user", "content": {prompt!r}}}],
                                             max_tokens=8, temperature=0)
in_cache = await cache.has_model_in_cache(url + "/")
deleted = await cache.delete_cached_model(url)
result = {{"kind": store.kind, "first": first, "second": second, "third": third, "repaired": repaired, "listed": listed,
          "text": reply.choices[0].message.content, "in_cache": in_cache, "deleted": deleted,
          "after": [m.url for m in await cache.list_cached_models()], "model": url}}
use_cache(None)
"""


@pytest.mark.parametrize("backend, kind", [("cache", "Cache API"), ("indexeddb", "IndexedDB")])
def test_second_load_comes_from_the_cache_then_delete_empties_it(pyodide_chromium, web_dist, backend, kind):
    import jinja2
    import markupsafe

    result = pyodide_chromium.run(pure_python_install_code(jinja2, markupsafe)
                                  + LOAD_TWICE.format(backend=backend, prompt=PROMPT))
    assert result["kind"] == kind
    assert result["first"] == ["Loaded shard 1 of 1 (params_shard_0.bin) from the network"]
    assert result["second"] == ["Loaded shard 1 of 1 (params_shard_0.bin) from the cache"]
    assert result["third"] == ["Loaded shard 1 of 1 (params_shard_0.bin) from the network"]
    assert result["repaired"] == (web_dist / "models" / "stories260K-MLC" / "params_shard_0.bin").stat().st_size
    # (other tests of the session may have cached models of their own in this browser)
    (model,) = [m for m in result["listed"] if m["url"] == result["model"]]
    assert model["files"] == ["mlc-chat-config.json", "params_shard_0.bin", "tensor-cache.json", "tok512.bin"]
    assert model["nbytes"] == sum(f.stat().st_size for f in (web_dist / "models" / "stories260K-MLC").iterdir())
    assert result["text"] == cpython_greedy(PROMPT, 8)
    assert result["in_cache"] and result["deleted"] == 4 and result["model"] not in result["after"]
