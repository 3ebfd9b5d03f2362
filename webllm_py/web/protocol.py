"""The messages between `WebWorkerMLCEngine` (main thread) and the engine's worker.

Every message is one JSON string (no structured-clone surprises with Python objects):

    main -> worker   {"id": n, "method": "reload" | "chat_completion" | ..., "params": {...}}
    worker -> main   {"id": n, "event": "progress" | "chunk" | "result" | "error", "data": ...}

A call gets any number of "progress" (reload) or "chunk" (streamed completion) events, then
exactly one "result" or "error". Id 0 is the worker itself: "status" while it starts, then
"ready" (or "error"). Errors carry a `kind`, so a page can say what went wrong in its words.
Pure Python: the same code encodes in the worker and decodes on the main thread.
"""

from __future__ import annotations

import dataclasses
import json
import typing
from typing import Any

from ..engine.engine import ContextWindowError
from ..engine.protocol import InvalidRequestError
from ..transport import DownloadError, MissingFile, ShardIntegrityError

# Error kinds a page can explain.
NO_WEBGPU = "no-webgpu"
OUT_OF_MEMORY = "out-of-memory"
BAD_MODEL_URL = "bad-model-url"
CORRUPT_DOWNLOAD = "corrupt-download"
BROKEN_DOWNLOAD = "broken-download"
INVALID_REQUEST = "invalid-request"
CONTEXT_WINDOW = "context-window"  # an invalid request: the newest message alone does not fit
STARTUP = "startup"
INTERNAL = "internal"


def encode(message: dict[str, Any]) -> str:
    return json.dumps(message)


def decode(text: str) -> dict[str, Any]:
    return json.loads(text)


def error_kind(error: BaseException, gpu_errors: list[str] = ()) -> str:
    """What kind of failure this is, from the exception and the GPU's uncaptured errors."""
    text = f"{type(error).__name__}: {error}"
    if isinstance(error, MemoryError) or any("OutOfMemory" in e for e in gpu_errors) \
            or "out of memory" in text.lower() or "Array buffer allocation failed" in text:
        return OUT_OF_MEMORY
    if isinstance(error, ContextWindowError):
        return CONTEXT_WINDOW
    if isinstance(error, InvalidRequestError):
        return INVALID_REQUEST
    if isinstance(error, ShardIntegrityError):
        return CORRUPT_DOWNLOAD
    if "WebGPU" in text and ("not available" in text or "no GPU adapter" in text):
        return NO_WEBGPU
    download = isinstance(error, DownloadError)
    if download and "broke off" in text:
        return BROKEN_DOWNLOAD
    if isinstance(error, MissingFile) or (download and "cannot fetch" in text):
        return BAD_MODEL_URL
    return BROKEN_DOWNLOAD if download else INTERNAL


class EngineError(RuntimeError):
    """An error raised in the worker, re-raised on the main thread; `kind` is one of the kinds above."""

    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind


def exception_from(data: dict[str, Any]) -> Exception:
    """The main thread's exception for a worker's "error" event: what `MLCEngine` raised, for
    a bad request; otherwise an `EngineError` of that kind."""
    if data["kind"] == CONTEXT_WINDOW:
        return ContextWindowError(data["message"])
    if data["kind"] == INVALID_REQUEST:
        return InvalidRequestError(data["message"])
    return EngineError(data["kind"], data["message"])


def from_dict(cls: type, data: Any) -> Any:
    """Rebuild a response dataclass (`ChatCompletionChunk`, ...) from its `to_dict()`."""
    if data is None or not dataclasses.is_dataclass(cls):
        return data
    hints = typing.get_type_hints(cls)
    return cls(**{f.name: _value(hints[f.name], data[f.name]) for f in dataclasses.fields(cls) if f.name in data})


def _value(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    args = [a for a in typing.get_args(hint) if a is not type(None)]
    if typing.get_origin(hint) is list:
        return [_value(args[0], v) for v in value]
    if args and typing.get_origin(hint) is not dict:  # X | None
        return _value(args[0], value)
    return from_dict(hint, value) if dataclasses.is_dataclass(hint) else value
