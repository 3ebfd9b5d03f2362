"""`python -m webllm_py convert HF_DIR OUT_DIR --quantization q4f16_1`: write an MLC model folder.

The output is what MLC LLM's `convert_weight` + `gen_config` write, and what WebLLM loads:
`tensor-cache.json` + `params_shard_*.bin` (about 32 MB each), `mlc-chat-config.json`, and the
tokenizer files.  Parameters carry MLC LLM's names and layouts for the model's family (its
weights.py: e.g. Llama's `model.layers.N.self_attn.qkv_proj` = q, k, v stacked,
`mlp.gate_up_proj` = gate, up; GPT-2's Conv1D weights transposed; Gemma's norm weights + 1),
and a quantized linear or embedding weight `X` becomes `X.q_weight` + `X.q_scale`; see
`webllm_py.quantization` for the formats.  Everything is written raw (no f32-to-bf16), so a
q0f32 folder holds the checkpoint's float32 values exactly.

The folder is built under a hidden `.NAME.partial-PID` name next to OUT_DIR and renamed into
place only when complete: an interrupted run never leaves a folder that looks finished.
CPython only (numpy).
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from .models.config import DecoderConfig
from .models.decoder import parameters
from .models.load import read_checkpoint
from .models.registry import Family
from .models.sources import CheckpointWeights
from .mlc.chat_config import CONFIG_NAME, make_chat_config
from .mlc.tensor_cache import TensorCacheWriter
from .quantization import QUANTIZATIONS, Quantization
from .weights import RawTensor, WeightError

# The tokenizer files MLC LLM copies (gen_config.TOKENIZER_FILES).
TOKENIZER_FILES = ("tokenizer.model", "tokenizer.json", "vocab.json", "merges.txt", "added_tokens.json",
                   "tokenizer_config.json")
GENERATION_KEYS = ("temperature", "presence_penalty", "frequency_penalty", "repetition_penalty", "top_p",
                   "pad_token_id", "bos_token_id", "eos_token_id")
_ROWS_PER_STEP = 8192  # quantize big weights in row chunks: bounds numpy temporaries
_NP_DTYPES = {"float32": np.float32, "float16": np.float16}


def quantize_q4(w: np.ndarray, model_dtype: str) -> tuple[np.ndarray, np.ndarray]:
    """MLC LLM's q4 group quantization of an [out, in] weight: (q_weight uint32, q_scale).

    Computed in `model_dtype` arithmetic as MLC does: scale = max|w| / 7 per group of 32,
    q = clamp(round(w / scale + 7), 0, 14), round half to even; an all-zero group gets q = 7.
    """
    dt = _NP_DTYPES[model_dtype]
    out, k = w.shape
    groups = -(-k // 32)
    words = np.empty((out, groups * 4), np.uint32)
    scales = np.empty((out, groups), dt)
    shifts = np.arange(0, 32, 4, dtype=np.uint32)
    for r in range(0, out, _ROWS_PER_STEP):
        rows = w[r:r + _ROWS_PER_STEP].astype(dt)
        padded = np.zeros((rows.shape[0], groups * 32), dt)
        padded[:, :k] = rows
        g = padded.reshape(rows.shape[0], groups, 32)
        scale = (np.abs(g).max(axis=2) / dt(7)).astype(dt)
        with np.errstate(divide="ignore", invalid="ignore"):
            q = np.clip(np.round(g / scale[..., None] + dt(7)), 0, 14)
        q = np.where(scale[..., None] == 0, 7, q).astype(np.uint32).reshape(rows.shape[0], groups * 32)
        q[:, k:] = 0  # MLC pads a partial last group with zero nibbles
        words[r:r + len(rows)] = np.bitwise_or.reduce(q.reshape(len(rows), -1, 8) << shifts, axis=2)
        scales[r:r + len(rows)] = scale
    return words, scales


def dequantize_q4(words: np.ndarray, scales: np.ndarray, in_features: int) -> np.ndarray:
    """float32 (q - 7) * scale, exactly as the GPU kernels compute it."""
    rows, groups = scales.shape
    nibbles = np.ascontiguousarray(words, "<u4").view(np.uint8)  # byte j holds values 2j (low) and 2j + 1
    q = np.empty((rows, 2 * nibbles.shape[1]), np.uint8)
    q[:, 0::2], q[:, 1::2] = nibbles & 15, nibbles >> 4
    w = (q.reshape(rows, groups, 32).astype(np.float32) - 7) * scales.astype(np.float32)[..., None]
    return np.ascontiguousarray(w.reshape(rows, groups * 32)[:, :in_features])


def mlc_params(family: Family, config: DecoderConfig, checkpoint: CheckpointWeights,
               quantization: Quantization) -> Iterator[tuple[str, np.ndarray]]:
    """(MLC name, array) for every parameter, in MLC LLM's order."""
    dt = _NP_DTYPES[quantization.model_dtype]
    for p in parameters(family.model.names, config):
        array = np.frombuffer(checkpoint.float32(p), np.float32).reshape(p.shape)
        if p.is_matrix and quantization.bits:
            q_weight, q_scale = quantize_q4(array, quantization.model_dtype)
            base = p.mlc.removesuffix(".weight")
            yield f"{base}.q_weight", q_weight
            yield f"{base}.q_scale", q_scale
        else:
            yield p.mlc, array.astype(dt)


def rotate_half_rows(tensors: dict[str, RawTensor], head_dim: int) -> dict[str, RawTensor]:
    """q/k projections from Meta's adjacent-pair RoPE layout (llama2.c) to Hugging Face's halves.

    Within each head, output rows (0, 1), (2, 3), ... are rotated as pairs; HF (and MLC) rotate
    row i with row i + head_dim/2.  Moving the even rows to the first half and the odd ones to
    the second makes the same model for HF's rotation, which is the only one MLC folders know.
    """
    order = [2 * i for i in range(head_dim // 2)] + [2 * i + 1 for i in range(head_dim // 2)]
    out = dict(tensors)
    for name, t in tensors.items():
        if name.endswith(("q_proj.weight", "k_proj.weight")):
            row = len(t.data) // t.shape[0]
            rows = [t.data[r * row:(r + 1) * row] for r in range(t.shape[0])]
            data = b"".join(rows[h + i] for h in range(0, t.shape[0], head_dim) for i in order)
            out[name] = RawTensor(name, t.dtype, t.shape, memoryview(data))
    return out


def tokenizer_info(folder: Path) -> dict[str, Any]:
    """MLC's TokenizerInfo (how to post-process decoded tokens), from tokenizer.json when present."""
    info = {"token_postproc_method": "byte_fallback", "prepend_space_in_encode": False, "strip_space_in_decode": False}
    path = folder / "tokenizer.json"
    if path.is_file():
        spec = json.loads(path.read_text("utf-8"))
        decoder, normalizer = json.dumps(spec.get("decoder")), json.dumps(spec.get("normalizer"))
        if '"ByteLevel"' in decoder:
            info["token_postproc_method"] = "byte_level"
        info["prepend_space_in_encode"] = '"Prepend"' in normalizer and '"\\u2581"' in normalizer
        info["strip_space_in_decode"] = '"Strip"' in decoder
    return info


# MLC LLM's conversation template for each family's instruction-tuned models.
_FAMILY_TEMPLATES = {"qwen2": "chatml", "qwen3": "qwen3", "mistral": "mistral_default", "phi3": "phi-3",
                     "gemma": "gemma_instruction", "gemma2": "gemma_instruction", "gpt_neox": "redpajama_chat",
                     "gpt2": "LM"}


def default_conv_template(family: Family, config: DecoderConfig) -> str:
    if family.name != "llama":
        return _FAMILY_TEMPLATES.get(config.model_type, "LM")
    if config.vocab_size >= 128000:
        return "llama-3_1" if config.rope_scaling else "llama-3"
    return "llama-2" if config.vocab_size == 32000 else "LM"


def conv_template_json(name: str) -> dict[str, Any]:
    """A built-in MLC conversation template, spelled out as MLC writes it (`Conversation.to_json_dict`)."""
    from .conversation.mlc import BUILTIN_CONV_TEMPLATES

    if name not in BUILTIN_CONV_TEMPLATES:
        raise ValueError(f"unknown conversation template {name!r}; built in: {', '.join(sorted(BUILTIN_CONV_TEMPLATES))}")
    return {
        "name": name, "system_template": "{system_message}", "system_message": "",
        "add_role_after_system_message": True,
        "role_templates": {"user": "{user_message}", "assistant": "{assistant_message}", "tool": "{tool_message}"},
        "messages": [], "role_content_sep": "", "role_empty_sep": "", "stop_str": [], "stop_token_ids": [],
        "function_string": "", "use_function_calling": False,
        **BUILTIN_CONV_TEMPLATES[name],
    }


def _generation_options(folder: Path) -> dict[str, Any]:
    """Sampling options and token ids as MLC reads them: generation_config.json first, then config.json."""
    found: dict[str, Any] = {}
    for name in ("generation_config.json", "config.json"):
        path = folder / name
        if path.is_file():
            d = json.loads(path.read_text("utf-8"))
            for key in GENERATION_KEYS:
                if key not in found and d.get(key) is not None:
                    found[key] = d[key]
    return found


def convert(hf_dir: str | Path, out_dir: str | Path, quantization: str, *, context_window: int | None = None,
            prefill_chunk: int | None = None, conv_template: str | None = None, force: bool = False) -> Path:
    """Convert a Hugging Face model folder (or a llama2.c `.bin` file); returns the output folder."""
    src, out = Path(hf_dir), Path(out_dir)
    q = QUANTIZATIONS.get(quantization)
    if q is None:
        raise ValueError(f"unknown quantization {quantization!r} (choose from {', '.join(QUANTIZATIONS)})")
    if not src.exists():
        raise WeightError(f"{src}: no such model folder or file")
    if out.exists() and any(out.iterdir()) and not force:
        raise ValueError(f"{out}: exists and is not empty (use --force to replace it)")
    family, config, tensors = read_checkpoint(src)
    if getattr(config, "rope_interleaved", False):  # a llama2.c checkpoint
        tensors, config = rotate_half_rows(tensors, config.head_dim), replace(config, rope_interleaved=False)
    context_window = context_window or config.max_position_embeddings
    template = conv_template_json(conv_template or default_conv_template(family, config))

    partial = out.parent / f".{out.name}.partial-{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir(parents=True)
    try:
        writer = TensorCacheWriter(partial)
        count = 0
        for name, array in mlc_params(family, config, CheckpointWeights(tensors, str(src)), q):
            writer.add(name, array.shape, str(array.dtype), np.ascontiguousarray(array).data.cast("B"))
            count += 1
        params = sum(p.numel for p in parameters(family.model.names, config))
        writer.finish({"ParamSize": count, "ParamBytes": float(writer.total_bytes),
                       "BitsPerParam": writer.total_bytes * 8.0 / params})
        folder = src if src.is_dir() else src.parent  # tokenizer files and generation options lie beside
        copied = [f for f in TOKENIZER_FILES if (folder / f).is_file()]
        for f in copied:
            shutil.copyfile(folder / f, partial / f)
        chat = make_chat_config(config, q, context_window=context_window,
                                prefill_chunk=prefill_chunk or min(context_window, 2048),
                                conv_template=template, tokenizer_files=copied, tokenizer_info=tokenizer_info(folder),
                                generation=_generation_options(folder))
        (partial / CONFIG_NAME).write_text(json.dumps(chat, indent=2))
        if out.exists():
            shutil.rmtree(out)
        partial.rename(out)
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return out
