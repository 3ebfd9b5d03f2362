"""MLC LLM / WebLLM model folders: the tensor cache format, mlc-chat-config.json, and loading."""

from .loader import MLCWeights, is_mlc_folder, is_url, load_mlc_model, load_mlc_model_async
from .tensor_cache import INDEX_NAMES, TensorCacheWriter, parse_index

__all__ = ["INDEX_NAMES", "MLCWeights", "TensorCacheWriter", "is_mlc_folder", "is_url", "load_mlc_model",
           "load_mlc_model_async", "parse_index"]
