"""Find a model's architecture and weights on disk and build it on a device."""

from __future__ import annotations

import json
from pathlib import Path

from ..gpu import Device
from ..weights import WeightError, load_safetensors_folder, read_llama2c
from .llama.config import LlamaConfig
from .llama.model import LlamaModel
from .sources import CheckpointWeights


def read_checkpoint(path: str | Path) -> tuple[LlamaConfig, dict]:
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
        return LlamaConfig.from_hf(config_dict, str(config_file)), load_safetensors_folder(path)
    if path.is_file():
        return read_llama2c(path.read_bytes(), str(path))
    raise WeightError(f"{path}: no such model file or folder")


def load_model(device: Device, path: str | Path, context_window: int | None = None,
               prefill_chunk: int = 128) -> LlamaModel:
    config, tensors = read_checkpoint(path)
    return LlamaModel(device, config, CheckpointWeights(tensors, str(path)),
                      context_window=context_window, prefill_chunk=prefill_chunk)
