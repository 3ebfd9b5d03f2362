"""MLC LLM / WebLLM model folders: the tensor cache format, mlc-chat-config.json, and loading."""

from .loader import (MLCWeights, MissingFile, ShardIntegrityError, files_dir_for, is_mlc_folder, is_url, load_mlc_model,
                     load_mlc_model_async)
from .tensor_cache import INDEX_NAMES, TensorCacheWriter, parse_index

__all__ = ["INDEX_NAMES", "MLCWeights", "MissingFile", "ShardIntegrityError", "TensorCacheWriter", "files_dir_for",
           "is_mlc_folder", "is_url", "load_mlc_model", "load_mlc_model_async", "parse_index"]
