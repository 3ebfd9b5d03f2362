"""Find a model's architecture and weights (on disk or at a URL) and build it on a device.

Sources: a Hugging Face folder (config.json + *.safetensors), a llama2.c `.bin` file, or an
MLC LLM / WebLLM model folder (mlc-chat-config.json + tensor-cache.json + shards) on disk or
at an http(s) URL.  The architecture comes from the config's `model_type` (see `registry`).
`load_model` reads synchronously (URLs through urllib, CPython only); `load_model_async`
awaits network reads, which is what a browser needs.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..gpu import Device
from ..mlc import is_mlc_folder, is_url, load_mlc_model, load_mlc_model_async
from ..weights import RawTensor, WeightError, load_safetensors_folder, read_llama2c
from .config import DecoderConfig
from .decoder import Decoder
from .registry import Family, family_for, read_hf_config
from .sources import CheckpointWeights


def read_checkpoint(path: str | Path) -> tuple[Family, DecoderConfig, dict[str, RawTensor]]:
    """A Hugging Face folder (config.json + *.safetensors) or a llama2.c `.bin` file."""
    path = Path(path)
    if path.is_dir():
        config_file = path / "config.json"
        if not config_file.is_file():
            raise WeightError(f"{path}: no config.json in the model folder")
        try:
            config_dict = json.loads(config_file.read_text())
        except json.JSONDecodeError as e:
            raise WeightError(f"{config_file}: not valid JSON ({e})") from None
        family, config = read_hf_config(config_dict, str(config_file))
        tensors = load_safetensors_folder(path)
        rename = getattr(family.model.names, "hf_tensors", None)  # a family's older checkpoint names
        return family, config, rename(tensors) if rename else tensors
    if path.is_file():
        config, tensors = read_llama2c(path.read_bytes(), str(path))
        return family_for("llama", str(path)), config, tensors
    raise WeightError(f"{path}: no such model file or folder")


def load_model(device: Device, path: str | Path, context_window: int | None = None,
               prefill_chunk: int = 128) -> Decoder:
    if is_url(path) or is_mlc_folder(path):
        return load_mlc_model(device, path, context_window=context_window, prefill_chunk=prefill_chunk)
    family, config, tensors = read_checkpoint(path)
    return family.model(device, config, CheckpointWeights(tensors, str(path)),
                        context_window=context_window, prefill_chunk=prefill_chunk)


async def load_model_async(device: Device, source: str | Path, context_window: int | None = None,
                           prefill_chunk: int = 128) -> Decoder:
    """`load_model` for any source, awaiting downloads (`pyfetch` in the browser)."""
    if is_url(source) or is_mlc_folder(source):
        return await load_mlc_model_async(device, source, context_window=context_window, prefill_chunk=prefill_chunk)
    return load_model(device, source, context_window=context_window, prefill_chunk=prefill_chunk)
