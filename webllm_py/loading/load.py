"""Find a model's architecture and weights (on disk or at a URL) and build it on a device.

A model is named as `resolve.resolve_model` understands it: an embedded id (stories260K), a
Hugging Face folder (config.json + *.safetensors), a llama2.c `.bin` file, a GGUF file or URL,
or an MLC LLM / WebLLM model folder (mlc-chat-config.json + tensor-cache.json + shards) on disk
or at an http(s) URL.  The architecture comes from the config's `model_type` (see
`webllm_py.models.registry`).  `load_model` reads synchronously (URLs through urllib, CPython
only); `load_model_async` awaits network reads, which is what a browser needs.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from ..gpu import Device
from ..models.config import DecoderConfig
from ..models.decoder import Decoder
from ..models.llama.config import LlamaConfig
from ..models.registry import Family, family_for, read_hf_config
from ..models.sources import CheckpointWeights
from ..tokenizer import Tokenizer, load_tokenizer
from ..transport import files_dir_for
from ..weights import Llama2cHeader, RawTensor, WeightError, load_safetensors_folder, read_llama2c
from .gguf import METADATA_FILE, gguf_chat_format, load_gguf_model, load_gguf_model_async
from .mlc import Progress, load_mlc_model, load_mlc_model_async
from .resolve import ModelSource, resolve_model

if TYPE_CHECKING:
    from ..conversation import ChatFormat


def llama2c_config(h: Llama2cHeader) -> LlamaConfig:
    """The Llama config of a llama2.c checkpoint: run.c's fixed choices (RMSNorm epsilon 1e-5,
    RoPE base 10000, bos 1, eos 2), and q/k rows in Meta's adjacent-pair RoPE layout, which the
    config states (`rope_interleaved`) rather than the loader permuting rows."""
    return LlamaConfig(
        vocab_size=h.vocab_size,
        hidden_size=h.dim,
        intermediate_size=h.hidden_dim,
        num_hidden_layers=h.n_layers,
        num_attention_heads=h.n_heads,
        num_key_value_heads=h.n_kv_heads,
        head_dim=h.head_dim,
        rms_norm_eps=1e-5,  # hard-coded in run.c
        rope_theta=10000.0,
        rope_interleaved=True,
        tie_word_embeddings=h.shared_classifier,
        max_position_embeddings=h.seq_len,
        bos_token_id=1,
        eos_token_id=2,
    )


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
        header, tensors = read_llama2c(path.read_bytes(), str(path))
        return family_for("llama", str(path)), llama2c_config(header), tensors
    raise WeightError(f"{path}: no such model file or folder")


def _from_checkpoint(device: Device, source: ModelSource, context_window: int | None, prefill_chunk: int) -> Decoder:
    if source.format == "gguf":
        return load_gguf_model(device, source.location, context_window=context_window, prefill_chunk=prefill_chunk)
    family, config, tensors = read_checkpoint(source.location)
    return family.model(device, config, CheckpointWeights(tensors, source.location),
                        context_window=context_window, prefill_chunk=prefill_chunk)


def load_model(device: Device, name: str | Path, context_window: int | None = None,
               prefill_chunk: int = 128) -> Decoder:
    """The model called `name` (an embedded id, a folder, a file or a URL; see `resolve_model`)."""
    source = resolve_model(name)
    if source.format == "mlc":
        return load_mlc_model(device, source.location, context_window=context_window, prefill_chunk=prefill_chunk)
    return _from_checkpoint(device, source, context_window, prefill_chunk)


async def load_model_async(device: Device, name: str | Path, context_window: int | None = None,
                           prefill_chunk: int = 128, *, progress: Progress | None = None,
                           files_dir: str | Path | None = None) -> Decoder:
    """`load_model`, awaiting downloads (`pyfetch` in the browser).

    For an MLC folder or a GGUF file, `progress` and `files_dir` are `load_mlc_model_async`'s
    (`load_gguf_model_async`'s): progress in bytes, and a folder that receives a URL model's
    small files (tokenizer, chat config; a GGUF's metadata).
    """
    source = resolve_model(name)
    if source.format == "mlc":
        return await load_mlc_model_async(device, source.location, context_window=context_window,
                                          prefill_chunk=prefill_chunk, progress=progress, files_dir=files_dir)
    if source.format == "gguf":
        return await load_gguf_model_async(device, source.location, context_window=context_window,
                                           prefill_chunk=prefill_chunk, progress=progress, files_dir=files_dir)
    return _from_checkpoint(device, source, context_window, prefill_chunk)


@dataclass
class ChatModel:
    """A model with what chatting with it takes: its tokenizer and its chat format."""

    model: Decoder
    tokenizer: Tokenizer
    chat_format: ChatFormat


async def load_chat_model_async(device: Device, name: str | Path, tokenizer: str | None = None,
                                context_window: int | None = None, prefill_chunk: int = 128, *,
                                progress: Progress | None = None) -> ChatModel:
    """`load_model_async`, then the tokenizer (`tokenizer`, else the model's own) and the chat
    template from the same files: a model folder's (HF or MLC), a GGUF's metadata, or none for
    a bare llama2.c checkpoint, which is a plain language model ("LM")."""
    from ..conversation import builtin_conv_template, load_chat_format  # jinja2: only where chat is used

    source = resolve_model(name)
    files_dir = files_dir_for(source.location) if source.is_url else None
    model = await load_model_async(device, source.location, context_window, prefill_chunk,
                                   progress=progress, files_dir=files_dir)
    files = str(files_dir / METADATA_FILE if source.format == "gguf" else files_dir) if files_dir else source.location
    chat_tokenizer = load_tokenizer(tokenizer or source.tokenizer or files)
    chat_format = (load_chat_format(files, chat_tokenizer) if Path(files).is_dir()
                   else gguf_chat_format(files, chat_tokenizer) if source.format == "gguf"
                   else builtin_conv_template("LM"))
    return ChatModel(model, chat_tokenizer, chat_format)
