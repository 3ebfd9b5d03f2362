"""One way to name a model, shared by `load_model`, the engine's `reload` and the CLI.

A name is, in this order:

* an embedded model id (`stories260K`, shipped in `webllm_py/assets/`);
* an http(s) URL of an MLC/WebLLM model folder, or of a GGUF file (a name ending in `.gguf`);
* a folder: MLC/WebLLM (`mlc-chat-config.json` or `tensor-cache.json`) or Hugging Face
  (`config.json` + `*.safetensors`);
* a file: a GGUF file (by its magic) or a llama2.c `.bin` checkpoint;
* an embedded model id in another case (`stories260k`): no other model can be meant, so it is
  accepted rather than refused.

Anything else is a `ModelNotFoundError` that lists what a name can be, with a "did you mean"
for a near miss of an embedded id.  Only the name is checked here; whether the files hold a
model the engine can run is for the loaders to say.
"""

from __future__ import annotations

import difflib
import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Literal, Sequence

from ..transport import MissingFile, is_url
from ..weights import WeightError
from .gguf import is_gguf
from .mlc import is_mlc_folder

# Embedded models: id -> (weights file, tokenizer file) inside webllm_py/assets/<id>/.
EMBEDDED: dict[str, tuple[str, str]] = {"stories260K": ("stories260K.bin", "tok512.bin")}

Format = Literal["mlc", "hf", "llama2c", "gguf"]


class ModelNotFoundError(MissingFile):
    """A model name that is no embedded id, URL, model folder or model file."""


@dataclass(frozen=True)
class ModelSource:
    """A model's name, understood: its id, what format it is in, and where its files are."""

    model_id: str  # the embedded id in its own spelling, else the name as given
    format: Format
    location: str  # the weights: a file, a folder or a URL
    tokenizer: str | None  # a tokenizer file or folder when known without downloading anything

    @property
    def is_url(self) -> bool:
        return is_url(self.location)


def embedded_ids() -> list[str]:
    return sorted(EMBEDDED)


def _embedded(model_id: str) -> ModelSource:
    weights, tokenizer = EMBEDDED[model_id]
    folder = Path(str(resources.files("webllm_py") / "assets" / model_id))
    return ModelSource(model_id, "llama2c", str(folder / weights), str(folder / tokenizer))


def no_such_model(name: str, shapes: Sequence[str] = ()) -> ModelNotFoundError:
    """The error for a name that is none of the things a model name can be (nor one of `shapes`,
    where the caller also takes the names of standard shapes), with the nearest id if one is close."""
    kinds = f"a standard shape: {', '.join(shapes)}; " if shapes else ""
    message = (f"no such model {name!r} ({kinds}an embedded model id: {', '.join(embedded_ids())}, "
               "a model folder, a model file or an http(s) URL)")
    ids = [*embedded_ids(), *shapes]
    near = difflib.get_close_matches(name.lower(), [i.lower() for i in ids], n=1, cutoff=0.7)
    if near:
        message += f"; did you mean {next(i for i in ids if i.lower() == near[0])}?"
    return ModelNotFoundError(message)


def _folder(name: str, path: Path) -> ModelSource:
    if is_mlc_folder(path):
        return ModelSource(name, "mlc", str(path), str(path))
    if (path / "config.json").is_file():
        return ModelSource(name, "hf", str(path), str(path))
    raise WeightError(f"{path}: this folder holds no model (no mlc-chat-config.json, tensor-cache.json "
                      "or config.json)")


def _file(name: str, path: Path) -> ModelSource:
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic == b"GGUF":  # weights and tokenizer in one file
        return ModelSource(name, "gguf", str(path), str(path))
    if path.suffix in (".safetensors", ".json"):
        raise WeightError(f"{path}: give the Hugging Face model folder, not one of its files")
    return ModelSource(name, "llama2c", str(path), None)  # read_llama2c checks the header


def resolve_model(name: str | os.PathLike[str]) -> ModelSource:
    """Where the model called `name` is (see the module docstring for what a name can be)."""
    if isinstance(name, str) and name in EMBEDDED:
        return _embedded(name)
    if is_url(name):
        return ModelSource(str(name), "gguf" if is_gguf(name) else "mlc", str(name), None)
    path = Path(name)
    if path.is_dir():
        return _folder(str(name), path)
    if path.is_file():
        return _file(str(name), path)
    folded = {i.lower(): i for i in EMBEDDED}
    if str(name).lower() in folded:
        return _embedded(folded[str(name).lower()])
    raise no_such_model(str(name))
