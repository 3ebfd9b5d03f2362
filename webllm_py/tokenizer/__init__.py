"""Pure-Python tokenizers (SentencePiece, Hugging Face, tiktoken, GGUF, llama2.c).

Tokenization must run in any Pyodide, where no compiled tokenizer library can be
installed, and must give exactly the ids of the model's own tokenizer::

    from webllm_py.tokenizer import load_tokenizer
    tok = load_tokenizer("path/to/model-folder-or-file")
    ids = tok.encode("Hello", add_special_tokens=True)
    text = tok.decode(ids, skip_special_tokens=True)
"""

from __future__ import annotations

import os
from pathlib import Path

from .base import AddedToken, Template, Tokenizer, TokenizerError, read_json
from .stream import StreamDecoder

__all__ = ["AddedToken", "StreamDecoder", "Tokenizer", "TokenizerError", "load_tokenizer"]

# Files looked for in a model folder, best first.
_FOLDER_FILES = ("tokenizer.json", "tokenizer.model", "vocab.json", "encoder.json",
                 "tokenizer.bin", "tok512.bin")


def load_tokenizer(path: str | os.PathLike[str]) -> Tokenizer:
    """Load a tokenizer from a file or a model folder, recognizing the format by content:

    * Hugging Face ``tokenizer.json`` (with ``tokenizer_config.json`` beside it, if any),
      or GPT-2 style ``vocab.json`` + ``merges.txt`` / ``encoder.json`` + ``vocab.bpe``;
    * SentencePiece ``.model`` (protobuf);
    * tiktoken files (``*.tiktoken``, Llama 3 / 4 ``tokenizer.model``);
    * GGUF (``tokenizer.ggml.*`` metadata);
    * llama2.c ``tokenizer.bin``.

    Raises `TokenizerError` (a `ValueError`) naming the file and the problem.
    """
    path = Path(path)
    if path.is_dir():
        path = _pick_file(path)
    if not path.is_file():
        raise TokenizerError(path, "no such file")
    tokenizer = _load_file(path)
    if not tokenizer.kind.startswith(("gguf", "llama2c")):  # those carry their own settings
        _apply_configs(tokenizer, path.parent)
    return tokenizer


def _load_file(path: Path) -> Tokenizer:
    with open(path, "rb") as f:
        head = f.read(64)
    if not head:
        raise TokenizerError(path, "file is empty")
    if head.startswith(b"GGUF"):
        from . import gguf
        return gguf.load(path)
    if head.lstrip()[:1] == b"{":
        from . import hf
        return hf.load_json(path)
    if head.startswith(b"#version") or path.name in ("merges.txt", "vocab.bpe"):
        from . import hf
        return hf.load_gpt2_files(path)
    from . import tiktoken
    if tiktoken.is_tiktoken(head):
        return tiktoken.load(path)
    from . import sentencepiece
    if sentencepiece.is_model_proto(head):
        return sentencepiece.load(path)
    from . import llama2c
    if llama2c.is_llama2c(head):
        return llama2c.load(path)
    raise TokenizerError(path, "not a recognized tokenizer file (expected tokenizer.json, a "
                         "SentencePiece or tiktoken model, GGUF, or a llama2.c tokenizer.bin)")


def _pick_file(folder: Path) -> Path:
    for name in _FOLDER_FILES:
        if (folder / name).is_file():
            return folder / name
    candidates = sorted(folder.glob("*.tiktoken")) + sorted(folder.glob("*.gguf"))
    if candidates:
        return candidates[0]
    raise TokenizerError(folder, "no tokenizer file in folder (looked for "
                         + ", ".join(_FOLDER_FILES) + ", *.tiktoken, *.gguf)")


def _apply_configs(tokenizer: Tokenizer, folder: Path) -> None:
    """Apply the Hugging Face ``tokenizer_config.json`` / ``generation_config.json`` next to
    the tokenizer: named bos/eos/pad/unk tokens, ``add_bos_token`` / ``add_eos_token``
    (which, as in transformers, replace the post-processor), and generation stop ids."""
    config_path = folder / "tokenizer_config.json"
    config = read_json(config_path) if config_path.is_file() else {}
    if not isinstance(config, dict):
        raise TokenizerError(config_path, "tokenizer config must be a JSON object")
    for name in ("bos", "eos", "pad", "unk"):
        value = config.get(f"{name}_token")
        if isinstance(value, dict):
            value = value.get("content")
        token_id = tokenizer.token_to_id(value) if isinstance(value, str) else None
        if token_id is not None:
            setattr(tokenizer, f"{name}_id", token_id)
    add_bos, add_eos = config.get("add_bos_token"), config.get("add_eos_token")
    if add_bos is not None or add_eos is not None:
        template = tokenizer.template
        if add_bos is None:
            add_bos = bool(template.prefix)
        if add_eos is None:
            add_eos = bool(template.suffix)
        tokenizer.template = Template(
            prefix=(tokenizer.bos_id,) if add_bos and tokenizer.bos_id is not None else (),
            suffix=(tokenizer.eos_id,) if add_eos and tokenizer.eos_id is not None else ())
    stops = set(tokenizer.stop_ids) | ({tokenizer.eos_id} - {None})
    generation_path = folder / "generation_config.json"
    if generation_path.is_file():
        generation = read_json(generation_path)
        eos = generation.get("eos_token_id") if isinstance(generation, dict) else None
        stops |= {eos} if isinstance(eos, int) else set(eos) if isinstance(eos, list) else set()
    tokenizer.stop_ids = frozenset(stops)
