"""Pure-Python weight readers (safetensors, llama2.c) that run in Pyodide and CPython."""

from .llama2c import read_llama2c
from .safetensors import load_safetensors_folder, read_safetensors
from .tensor import DTYPE_SIZES, RawTensor, WeightError, to_float32_bytes

__all__ = [
    "DTYPE_SIZES",
    "RawTensor",
    "WeightError",
    "load_safetensors_folder",
    "read_llama2c",
    "read_safetensors",
    "to_float32_bytes",
]
