"""Pure-Python readers of weight file formats (safetensors, GGUF, llama2.c, MLC's tensor cache)
that run in Pyodide and CPython. They parse bytes and name problems; they build no model
configs and fetch nothing (see `webllm_py.loading` and `webllm_py.transport`)."""

from .llama2c import Llama2cHeader, read_llama2c
from .safetensors import load_safetensors_folder, read_safetensors
from .tensor import DTYPE_SIZES, RawTensor, WeightError, to_float32_bytes

__all__ = [
    "DTYPE_SIZES",
    "Llama2cHeader",
    "RawTensor",
    "WeightError",
    "load_safetensors_folder",
    "read_llama2c",
    "read_safetensors",
    "to_float32_bytes",
]
