"""webllm-py in the browser: the model cache's API and the engine in a web worker.

* `webllm_py.web.cache`: the models kept in the browser's model cache;
  `list_cached_models()`, `delete_cached_model(url)`, `has_model_in_cache(url)`. The downloads
  themselves (streamed to the GPU, retried and resumed with HTTP ranges, checked, cached only
  once whole and correct) are `webllm_py.transport`'s.
* `webllm_py.web.worker` / `webllm_py.web.proxy`: `MLCEngine` in a dedicated web worker and
  `WebWorkerMLCEngine`, its main-thread stand-in with the same API, so the page stays responsive
  while the GPU works. `webllm_py.web.protocol` is their message format (pure Python).

Everything but `protocol` needs Pyodide's `js` module, so import the submodules directly.
"""
