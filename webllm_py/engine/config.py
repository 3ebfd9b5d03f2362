"""App config and chat options, shaped like WebLLM's `AppConfig` / `ChatOptions`."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass
class ModelRecord:
    """One model an app can load by id."""

    model_id: str
    model: str  # a folder or URL with the weights (MLC folder, HF folder, or a llama2.c .bin)
    tokenizer: str | None = None  # tokenizer file or folder, when not inside `model`
    model_lib: str = "webllm-py"  # the kernel set; ours ships in the package
    overrides: dict[str, Any] = field(default_factory=dict)  # ChatOptions defaults for this model


@dataclass
class AppConfig:
    model_list: list[ModelRecord]

    def find(self, model_id: str) -> ModelRecord | None:
        return next((m for m in self.model_list if m.model_id == model_id), None)


@dataclass
class ChatOptions:
    """Per-model defaults a request can override."""

    temperature: float | None = None
    top_p: float | None = None
    repetition_penalty: float | None = None
    presence_penalty: float | None = None
    frequency_penalty: float | None = None
    max_tokens: int | None = None
    context_window_size: int | None = None
    prefill_chunk_size: int | None = None
    system_message: str | None = None

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "ChatOptions":
        d = dict(d or {})
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(d) - names)
        if unknown:
            raise ValueError(f"chat_opts: unknown option {unknown[0]!r}")
        return cls(**d)

    def merged(self, other: "ChatOptions") -> "ChatOptions":
        """`other`'s set options over ours."""
        return ChatOptions(**{f.name: getattr(other, f.name) if getattr(other, f.name) is not None
                              else getattr(self, f.name) for f in fields(self)})

    def sampling_defaults(self) -> dict[str, Any]:
        keys = ("temperature", "top_p", "repetition_penalty", "presence_penalty", "frequency_penalty", "max_tokens")
        return {k: getattr(self, k) for k in keys if getattr(self, k) is not None}


def default_app_config() -> AppConfig:
    """The models that ship with the package."""
    from importlib import resources

    folder = str(resources.files("webllm_py") / "assets" / "stories260K")
    return AppConfig([ModelRecord("stories260K", model=f"{folder}/stories260K.bin", tokenizer=f"{folder}/tok512.bin",
                                  overrides={"temperature": 0.0})])
