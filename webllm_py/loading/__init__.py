"""From a model's name to a model on the GPU: the one place that knows the four sources.

`resolve.resolve_model` turns a name (an embedded id, a path, an http(s) URL) into a
`ModelSource`: its format and where its files are. Then, by format:

* `mlc`: an MLC LLM / WebLLM folder or URL (`mlc-chat-config.json`, read by `chat_config` into
  a family's `DecoderConfig`; `tensor-cache.json` + shards, streamed to the GPU by `mlc`);
* `hf`: a Hugging Face folder (`config.json` + `*.safetensors`) and
  `llama2c`: a llama2.c `.bin` checkpoint, both read whole by `load.read_checkpoint`;
* `gguf`: a GGUF file or URL, its metadata mapped onto a family's config and its tensors streamed
  to the GPU in their own block formats (`gguf`), which also holds its chat template.

`load.load_model` / `load.load_model_async` do all of it; `load.load_chat_model_async` adds the
model's tokenizer and chat template, for the engine. Bytes come through
`webllm_py.transport` (file, urllib, browser fetch and cache); formats are parsed by
`webllm_py.weights`; architectures and their configs are `webllm_py.models`'.
"""

from .load import ChatModel, load_chat_model_async, load_model, load_model_async
from .resolve import ModelNotFoundError, ModelSource, resolve_model

__all__ = ["ChatModel", "ModelNotFoundError", "ModelSource", "load_chat_model_async", "load_model", "load_model_async",
           "resolve_model"]
