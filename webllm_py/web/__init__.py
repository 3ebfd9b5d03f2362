"""webllm-py in the browser: the model cache, resumable checked downloads, and the engine in a web worker.

* `webllm_py.web.cache`: downloaded model files kept by URL (Cache API, IndexedDB as fallback);
  `list_cached_models()`, `delete_cached_model(url)`, `has_model_in_cache(url)`.
* `webllm_py.web.download`: what `webllm_py.mlc` uses to read a model URL in the browser: shards
  streamed straight to the GPU with progress, retried and resumed with HTTP ranges, checked
  against the index's MD5s, and cached only once whole and correct.
* `webllm_py.web.worker` / `webllm_py.web.proxy`: `MLCEngine` in a dedicated web worker and
  `WebWorkerMLCEngine`, its main-thread stand-in with the same API, so the page stays responsive
  while the GPU works. `webllm_py.web.protocol` is their message format (pure Python).

Everything but `protocol` needs Pyodide's `js` module, so import the submodules directly.
"""
