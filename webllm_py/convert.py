"""`python -m webllm_py convert HF_DIR OUT_DIR --quantization q4f16_1`: write an MLC model folder.

The output is what MLC LLM's `convert_weight` + `gen_config` write, and what WebLLM loads:
`tensor-cache.json` + `params_shard_*.bin` (about 32 MB each), `mlc-chat-config.json`, and the
tokenizer files.  Parameters carry MLC LLM's names and layouts for the model's family (its
weights.py: e.g. Llama's `model.layers.N.self_attn.qkv_proj` = q, k, v stacked,
`mlp.gate_up_proj` = gate, up; GPT-2's Conv1D weights transposed; Gemma's norm weights + 1),
and a quantized linear or embedding weight `X` becomes `X.q_weight` + `X.q_scale`; see
`webllm_py.quantization` for the formats.  Everything is written raw (no f32-to-bf16), so a
q0f32 folder holds the checkpoint's float32 values exactly.

A GGUF file converts too: its tensors are dequantized from llama.cpp's block formats
(`dequantize_ggml`, numpy) and requantized; the folder gets its metadata as `tokenizer.gguf`
and its chat template as `chat_template.jinja`.

The folder is built under a hidden `.NAME.partial-PID` name next to OUT_DIR and renamed into
place only when complete: an interrupted run never leaves a folder that looks finished.
CPython only (numpy).
"""

from __future__ import annotations

import json
import glob
import os
import shutil
from dataclasses import replace
from pathlib import Path
from typing import Any, Iterator

import numpy as np

from .loading.chat_config import CONFIG_NAME, make_chat_config
from .loading.gguf import gguf_arch, gguf_config, is_gguf, our_row_order, param_tensors
from .loading.load import read_checkpoint
from .models.config import DecoderConfig
from .models.decoder import parameters
from .models.registry import Family
from .models.sources import CheckpointWeights, Param
from .quantization import QUANTIZATIONS, Quantization
from .weights import RawTensor, WeightError
from .weights.gguf import BLOCK_SIZES, GGUFFile, GGUFTensor, metadata_only, read_gguf
from .weights.tensor import pairs_to_halves
from .weights.tensor_cache import TensorCacheWriter

# The tokenizer files MLC LLM copies (gen_config.TOKENIZER_FILES).
TOKENIZER_FILES = ("tokenizer.model", "tokenizer.json", "vocab.json", "merges.txt", "added_tokens.json",
                   "tokenizer_config.json")
# transformers 5 keeps a chat template in its own file; listed with the tokenizer files so that a
# folder at a URL brings it along (our engine prefers it to the conv_template).
CHAT_TEMPLATE_FILES = ("chat_template.jinja",)
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


# -- GGUF sources: llama.cpp's block formats dequantized to float32 -------------------------------

def _f16(blocks: np.ndarray, at: int) -> np.ndarray:
    """The float16 at byte `at` of each block, as float32 [blocks, 1]."""
    return blocks[:, at:at + 2].copy().view(np.float16).astype(np.float32)


def _nibbles(qs: np.ndarray) -> np.ndarray:
    """ggml's 4-bit layout: a block's low nibbles are its first half, the high nibbles its second."""
    return np.concatenate([qs & 15, qs >> 4], axis=1).astype(np.float32)


def _fifth_bits(qh: np.ndarray, n: int) -> np.ndarray:
    """Bit j of the little-endian uint32 `qh` of each block, for j < n, as 0 or 16."""
    bits = qh.copy().view("<u4")
    return ((bits >> np.arange(n, dtype=np.uint32)) & 1).astype(np.float32) * 16


def _k_scales(scales: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Q4_K / Q5_K: eight 6-bit scales and mins packed in 12 bytes (ggml's get_scale_min_k4)."""
    s = scales.astype(np.uint8)
    low = np.concatenate([s[:, 0:4] & 63, (s[:, 8:12] & 15) | ((s[:, 0:4] >> 6) << 4)], axis=1)
    mins = np.concatenate([s[:, 4:8] & 63, (s[:, 8:12] >> 4) | ((s[:, 4:8] >> 6) << 4)], axis=1)
    return low.astype(np.float32), mins.astype(np.float32)


def _q4_0(b):
    return (_nibbles(b[:, 2:18]) - 8) * _f16(b, 0)


def _q4_1(b):
    return _nibbles(b[:, 4:20]) * _f16(b, 0) + _f16(b, 2)


def _q5_0(b):
    return (_nibbles(b[:, 6:22]) + _fifth_bits(b[:, 2:6], 32) - 16) * _f16(b, 0)


def _q5_1(b):
    return (_nibbles(b[:, 8:24]) + _fifth_bits(b[:, 4:8], 32)) * _f16(b, 0) + _f16(b, 2)


def _q8_0(b):
    return b[:, 2:34].view(np.int8).astype(np.float32) * _f16(b, 0)


def _qk_45(b: np.ndarray, high: np.ndarray | None) -> np.ndarray:
    """Q4_K (high None) and Q5_K: 8 sub-blocks of 32, each d * scale * q - dmin * min; the
    quants of sub-blocks 2i and 2i + 1 share 32 bytes (low and high nibbles)."""
    sc, mn = _k_scales(b[:, 4:16])
    qs = b[:, -128:].reshape(-1, 4, 32)
    q = np.stack([qs & 15, qs >> 4], axis=2).reshape(-1, 8, 32).astype(np.float32)
    if high is not None:  # sub-block j's fifth bits are bit j of each of the 32 qh bytes
        q += ((high[:, None, :] >> np.arange(8, dtype=np.uint8)[None, :, None]) & 1) * 16
    w = _f16(b, 0)[:, :, None] * sc[:, :, None] * q - _f16(b, 2)[:, :, None] * mn[:, :, None]
    return w.reshape(-1, 256)


def _q4_k(b):
    return _qk_45(b, None)


def _q5_k(b):
    return _qk_45(b, b[:, 16:48])


def _q6_k(b):
    """Q6_K: 16 sub-blocks of 16 with int8 scales; 4 low bits in ql, 2 high bits in qh."""
    ql, qh = b[:, 0:128].reshape(-1, 2, 64), b[:, 128:192].reshape(-1, 2, 32)
    low = np.stack([ql[:, :, :32] & 15, ql[:, :, 32:] & 15, ql[:, :, :32] >> 4, ql[:, :, 32:] >> 4], axis=2)
    high = np.stack([(qh >> s) & 3 for s in (0, 2, 4, 6)], axis=2)
    q = (low | (high << 4)).astype(np.float32) - 32  # [n, half, quarter, 32]
    scales = b[:, 192:208].view(np.int8).astype(np.float32).reshape(-1, 2, 4, 2)  # [n, half, quarter, 16-group]
    w = q.reshape(-1, 2, 4, 2, 16) * scales[..., None] * _f16(b, 208)[:, :, None, None, None]
    return w.reshape(-1, 256)


_GGML_DEQUANT = {"Q4_0": _q4_0, "Q4_1": _q4_1, "Q5_0": _q5_0, "Q5_1": _q5_1, "Q8_0": _q8_0,
                 "Q4_K": _q4_k, "Q5_K": _q5_k, "Q6_K": _q6_k}


def dequantize_ggml(data: bytes, ggml_type: str, shape: tuple[int, ...], name: str = "tensor") -> np.ndarray:
    """A GGUF tensor's float32 values in `shape` (row-major), from llama.cpp's block formats."""
    if ggml_type in ("F32", "F16"):
        return np.frombuffer(data, "<f4" if ggml_type == "F32" else "<f2").astype(np.float32).reshape(shape)
    if ggml_type == "BF16":
        return (np.frombuffer(data, "<u2").astype(np.uint32) << 16).view(np.float32).reshape(shape)
    if ggml_type not in _GGML_DEQUANT:
        raise WeightError(f"{name}: GGML type {ggml_type} is not supported (supported: F32, F16, BF16, "
                          f"{', '.join(_GGML_DEQUANT)})")
    block, size = BLOCK_SIZES[ggml_type]
    blocks = np.frombuffer(data, np.uint8).reshape(-1, size)
    return _GGML_DEQUANT[ggml_type](blocks).reshape(shape)


class GGUFCheckpoint:
    """A GGUF file's tensors by the families' Params, as float32 in our layout (for `mlc_params`)."""

    def __init__(self, g: GGUFFile, path: Path, model_type: str):
        self.g, self.path, self.arch = g, path, gguf_arch(model_type)

    def read(self, t: GGUFTensor) -> bytes:
        with open(self.path, "rb") as f:
            f.seek(t.offset)
            return f.read(t.nbytes)

    def float32(self, p: Param) -> bytes:
        parts = []
        for name in param_tensors(p, self.arch, self.g):
            t = self.g.tensors[name]
            data = self.read(t) if len(t.shape) == 1 else our_row_order(self.g, t, self.read(t))
            parts.append(dequantize_ggml(data, t.ggml_type, t.shape, f"{self.g.source}: {name}"))
        array = np.concatenate(parts) if len(parts) > 1 else parts[0]
        if array.size != p.numel:
            raise WeightError(f"{self.g.source}: {', '.join(param_tensors(p, self.arch, self.g))} have"
                              f" {array.size} values, the config needs {list(p.shape)}")
        return np.ascontiguousarray(array, np.float32).tobytes()


def read_gguf_checkpoint(path: Path) -> tuple[Family, DecoderConfig, GGUFCheckpoint]:
    g = read_gguf(path)
    reader = GGUFCheckpoint(g, path, "llama")
    vectors = {t.name: dequantize_ggml(reader.read(t), t.ggml_type, t.shape, t.name).tobytes()
               for t in g.tensors.values() if len(t.shape) == 1}
    family, config = gguf_config(g, vectors)
    return family, config, GGUFCheckpoint(g, path, config.model_type)


def _gguf_files(g: GGUFFile, path: Path, out: Path) -> tuple[list[str], dict[str, Any], dict[str, Any]]:
    """What a GGUF gives the MLC folder besides weights: its metadata as `tokenizer.gguf` (our
    tokenizer reads it), its chat template as `chat_template.jinja`, the tokenizer info and the
    special ids (tokenizer files, tokenizer info, generation options)."""
    with open(path, "rb") as f:
        (out / "tokenizer.gguf").write_bytes(metadata_only(f.read(g.metadata_end), g))
    files = ["tokenizer.gguf"]
    template = g.metadata.get("tokenizer.chat_template")
    if isinstance(template, str):
        (out / "chat_template.jinja").write_text(template, "utf-8")
        files.append("chat_template.jinja")
    byte_level = g.metadata.get("tokenizer.ggml.model") == "gpt2"
    info = {"token_postproc_method": "byte_level" if byte_level else "byte_fallback",
            "prepend_space_in_encode": False, "strip_space_in_decode": False}
    ids = {f"{k}_token_id": g.metadata[f"tokenizer.ggml.{k}_token_id"] for k in ("bos", "eos", "padding")
           if isinstance(g.metadata.get(f"tokenizer.ggml.{k}_token_id"), int)}
    if "padding_token_id" in ids:
        ids["pad_token_id"] = ids.pop("padding_token_id")
    return files, info, ids


def mlc_params(family: Family, config: DecoderConfig, checkpoint: CheckpointWeights | GGUFCheckpoint,
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
    """q/k projections from Meta's adjacent-pair RoPE layout (llama2.c) to Hugging Face's halves,
    the only rotation MLC folders know."""
    out = dict(tensors)
    for name, t in tensors.items():
        if name.endswith(("q_proj.weight", "k_proj.weight")):
            data = pairs_to_halves(t.data, t.shape[0], t.shape[0] // head_dim)
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


def _check_paths(src: Path, out: Path, force: bool) -> None:
    """Refuse an OUT_DIR that would destroy the input or cannot be a folder; symlinks resolved."""
    for real_src, real_out in ((Path(os.path.abspath(src)), Path(os.path.abspath(out))),
                               (src.resolve(), out.resolve())):  # the link itself, then what it names
        if real_out == real_src or real_out in real_src.parents:
            raise ValueError(f"{out}: is or contains the input {src}; writing there would delete it")
        if src.is_dir() and real_src in real_out.parents:
            raise ValueError(f"{out}: is inside the input folder {src}; choose a folder outside it")
    if out.exists() and not out.is_dir():
        raise ValueError(f"{out}: exists and is a file, not a folder")
    if out.exists() and any(out.iterdir()) and not force:
        raise ValueError(f"{out}: exists and is not empty (use --force to replace it)")


def _check_sizes(context_window: int | None, prefill_chunk: int | None) -> None:
    for name, value in (("context_window", context_window), ("prefill_chunk", prefill_chunk)):
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 1):
            raise ValueError(f"{name} must be a whole number of at least 1, got {value!r}")


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def remove_stale_partials(out: Path) -> list[Path]:
    """Delete the `.NAME.partial-PID` (and `.NAME.old-PID`) folders that killed conversions to
    `out` left behind, those whose PID no longer runs; returns them."""
    removed = []
    for kind in ("partial", "old"):
        for folder in out.parent.glob(f".{glob.escape(out.name)}.{kind}-*"):
            pid = folder.name.rpartition("-")[2]
            if pid.isdigit() and int(pid) != os.getpid() and not _pid_alive(int(pid)):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
    return removed


def _os_error(e: OSError, partial: Path, out: Path) -> OSError:
    """The error renamed to the path the user gave: the hidden partial folder means OUT_DIR."""
    where = str(e.filename or out).replace(str(partial), str(out))
    return OSError(e.errno, e.strerror or str(e), where)


def convert(hf_dir: str | Path, out_dir: str | Path, quantization: str, *, context_window: int | None = None,
            prefill_chunk: int | None = None, conv_template: str | None = None, force: bool = False) -> Path:
    """Convert a Hugging Face model folder, a GGUF file or a llama2.c `.bin` file; returns the output folder.

    OUT_DIR may not be, contain or lie inside the input; an OS failure (a read-only folder, a
    full disk) raises an OSError naming OUT_DIR's path and leaves nothing behind.
    """
    src, out = Path(hf_dir), Path(out_dir)
    q = QUANTIZATIONS.get(quantization)
    if q is None:
        raise ValueError(f"unknown quantization {quantization!r} (choose from {', '.join(QUANTIZATIONS)})")
    if not src.exists():
        raise WeightError(f"{src}: no such model folder or file")
    _check_sizes(context_window, prefill_chunk)
    _check_paths(src, out, force)
    if is_gguf(src):
        family, config, checkpoint = read_gguf_checkpoint(src)
    else:
        family, config, tensors = read_checkpoint(src)
        if getattr(config, "rope_interleaved", False):  # a llama2.c checkpoint
            tensors, config = rotate_half_rows(tensors, config.head_dim), replace(config, rope_interleaved=False)
        checkpoint = CheckpointWeights(tensors, str(src))
    context_window = context_window or config.max_position_embeddings
    prefill_chunk = prefill_chunk or min(context_window, 2048)
    if prefill_chunk > context_window:
        raise ValueError(f"prefill_chunk {prefill_chunk} is larger than the context window {context_window}")
    template = conv_template_json(conv_template or default_conv_template(family, config))

    partial = out.parent / f".{out.name}.partial-{os.getpid()}"
    old = out.parent / f".{out.name}.old-{os.getpid()}"
    try:
        remove_stale_partials(out)
        shutil.rmtree(partial, ignore_errors=True)
        partial.mkdir(parents=True)
        _write_folder(partial, src, family, config, checkpoint, q, context_window, prefill_chunk, template)
        if out.exists():
            out.rename(old)  # out of the way first: OUT_DIR is the old folder or the new one, never half
        partial.rename(out)
        shutil.rmtree(old, ignore_errors=True)
    except OSError as e:
        if old.exists() and not out.exists():
            old.rename(out)
        raise _os_error(e, partial, out) from None
    finally:
        shutil.rmtree(partial, ignore_errors=True)
    return out


def _write_folder(partial: Path, src: Path, family: Family, config: DecoderConfig,
                  checkpoint: CheckpointWeights | GGUFCheckpoint, q: Quantization, context_window: int,
                  prefill_chunk: int, template: dict[str, Any]) -> None:
    """Everything of the MLC folder, written into `partial`."""
    writer = TensorCacheWriter(partial)
    count = 0
    for name, array in mlc_params(family, config, checkpoint, q):
        writer.add(name, array.shape, str(array.dtype), np.ascontiguousarray(array).data.cast("B"))
        count += 1
    params = sum(p.numel for p in parameters(family.model.names, config))
    writer.finish({"ParamSize": count, "ParamBytes": float(writer.total_bytes),
                   "BitsPerParam": writer.total_bytes * 8.0 / params})
    if isinstance(checkpoint, GGUFCheckpoint):
        copied, info, generation = _gguf_files(checkpoint.g, src, partial)
    else:
        folder = src if src.is_dir() else src.parent  # tokenizer files and generation options lie beside
        copied = [f for f in (*TOKENIZER_FILES, *CHAT_TEMPLATE_FILES) if (folder / f).is_file()]
        for f in copied:
            shutil.copyfile(folder / f, partial / f)
        info, generation = tokenizer_info(folder), _generation_options(folder)
    chat = make_chat_config(config, q, context_window=context_window, prefill_chunk=prefill_chunk,
                            conv_template=template, tokenizer_files=copied, tokenizer_info=info,
                            generation=generation)
    (partial / CONFIG_NAME).write_text(json.dumps(chat, indent=2))
