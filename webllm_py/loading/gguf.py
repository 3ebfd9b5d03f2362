"""Models from GGUF files (llama.cpp's format): the config from the metadata, the weights from
the tensors, mapped onto each family's Params.

Config: `{arch}.block_count`, `.embedding_length`, `.attention.head_count`, ... become the
config.json that transformers would have written (`gguf_hf_config`), which the family's own
`from_hf` then validates, so a GGUF model is held to the same checks as a Hugging Face one.

Weights: a family's Params name Hugging Face tensors; `gguf_name` maps each to llama.cpp's
name (`model.layers.3.self_attn.q_proj.weight` -> `blk.3.attn_q.weight`).  Each 2-D tensor is
uploaded as it arrives (from a file or a download) in its own block format (`ggml_matrix`);
fused Params (q/k/v, gate/up) are the row blocks of their parts side by side, so nothing is
copied on the GPU.  llama.cpp already stores what our layouts want for the transforms
a checkpoint needs: GPT-2's weights are [out, in], GPT-NeoX's qkv rows are q, k, v blocks,
Gemma's norm weights hold 1 + w.  The one difference left: for `llama` files, llama.cpp
permutes the q and k rows of each head from rotate-half pairs (i, i + d/2) to adjacent pairs
(2i, 2i + 1).  We undo that permutation on the rows when loading (a row permutation moves
whole rows of blocks, so it works in every block format) rather than switching the RoPE
kernel to its interleaved mode, so every family's model.py, and the KV cache layout, stay
exactly as for Hugging Face checkpoints.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from struct import unpack
from typing import TYPE_CHECKING, Any

from .. import transport
from ..gpu import Device, Tensor
from ..models.config import ConfigError, DecoderConfig
from ..models.decoder import Decoder
from ..models.registry import Family, read_hf_config
from ..models.sources import Param
from ..quantization import Matrix, ggml_matrix, stack_rows
from ..transport import is_url
from ..weights import RawTensor, WeightError, to_float32_bytes
from ..weights.gguf import GGUFFile, GGUFStream, GGUFTensor, read_gguf
from ..weights.tensor import pairs_to_halves
from .mlc import Progress

if TYPE_CHECKING:
    from ..conversation import ChatFormat
    from ..tokenizer import Tokenizer

# general.architecture -> config.json's model_type
ARCHITECTURES = {"llama": "llama", "qwen2": "qwen2", "qwen3": "qwen3", "gemma": "gemma", "gemma2": "gemma2",
                 "phi3": "phi3", "gptneox": "gpt_neox", "gpt2": "gpt2"}

_TOP = {
    "model.embed_tokens": "token_embd", "model.norm": "output_norm", "lm_head": "output",
    "gpt_neox.embed_in": "token_embd", "gpt_neox.final_layer_norm": "output_norm", "embed_out": "output",
    "transformer.wte": "token_embd", "transformer.wpe": "position_embd", "transformer.ln_f": "output_norm",
}
_LAYER = re.compile(r"(?:model\.layers|gpt_neox\.layers|transformer\.h)\.(\d+)\.(.+)")
_IN_LAYER = {
    "input_layernorm": "attn_norm", "post_attention_layernorm": "ffn_norm",
    "self_attn.q_proj": "attn_q", "self_attn.k_proj": "attn_k", "self_attn.v_proj": "attn_v",
    "self_attn.o_proj": "attn_output", "self_attn.qkv_proj": "attn_qkv",
    "self_attn.q_norm": "attn_q_norm", "self_attn.k_norm": "attn_k_norm",
    "mlp.gate_proj": "ffn_gate", "mlp.up_proj": "ffn_up", "mlp.down_proj": "ffn_down",
    "mlp.gate_up_proj": "ffn_up",  # Phi-3: llama.cpp keeps gate and up fused under ffn_up
    "attention.query_key_value": "attn_qkv", "attention.dense": "attn_output",
    "mlp.dense_h_to_4h": "ffn_up", "mlp.dense_4h_to_h": "ffn_down",
    "ln_1": "attn_norm", "ln_2": "ffn_norm", "attn.c_attn": "attn_qkv", "attn.c_proj": "attn_output",
    "mlp.c_fc": "ffn_up", "mlp.c_proj": "ffn_down",
}
# Gemma 2's sandwich norms: its post_attention_layernorm follows attention
_GEMMA2_LAYER = {"post_attention_layernorm": "post_attention_norm", "pre_feedforward_layernorm": "ffn_norm",
                 "post_feedforward_layernorm": "post_ffw_norm"}
_ROPE_FACTORS = ("rope_factors_short.weight", "rope_factors_long.weight")  # Phi-3's LongRoPE
_LLAMA3_FREQS = "rope_freqs.weight"  # Llama 3.1's per-frequency divisors


def gguf_name(hf: str, arch: str) -> str:
    """llama.cpp's name for a Hugging Face tensor name (as the families' Params spell them)."""
    module, _, kind = hf.rpartition(".")
    if module in _TOP:
        return f"{_TOP[module]}.{kind}"
    m = _LAYER.fullmatch(module)
    inner = m and (arch == "gemma2" and _GEMMA2_LAYER.get(m.group(2)) or _IN_LAYER.get(m.group(2)))
    if not inner:
        raise WeightError(f"no GGUF name for {hf}")
    return f"blk.{m.group(1)}.{inner}.{kind}"


# -- config ------------------------------------------------------------------------------------

class _Meta:
    """Typed access to `{arch}.*` metadata keys, with errors naming the file and the key."""

    def __init__(self, g: GGUFFile, arch: str):
        self.g, self.arch = g, arch

    def get(self, key: str, default: Any = ConfigError) -> Any:
        full = f"{self.arch}.{key}"
        if full in self.g.metadata:
            return self.g.metadata[full]
        if default is ConfigError:
            raise ConfigError(f"{self.g.source}: missing metadata key {full}")
        return default

    def int(self, key: str, default: Any = ConfigError) -> int:
        v = self.get(key, default)
        if isinstance(v, list) and v and all(x == v[0] for x in v):  # per-layer values that agree
            v = v[0]
        if v is not default and (not isinstance(v, int) or isinstance(v, bool) or v <= 0):
            raise ConfigError(f"{self.g.source}: {self.arch}.{key} must be a positive integer, got {v!r}")
        return v


def _vector_floats(vectors: dict[str, bytes], name: str) -> list[float] | None:
    data = vectors.get(name)
    return None if data is None else list(unpack(f"<{len(data) // 4}f", data))


def gguf_hf_config(g: GGUFFile, vectors: dict[str, bytes] | None = None) -> dict:
    """The config.json that transformers would hold for this GGUF's model.

    `vectors` (float32 bytes of 1-D tensors by name) supply Phi-3's LongRoPE factors; without
    them the config is complete but for those.
    """
    arch = g.metadata.get("general.architecture")
    if arch not in ARCHITECTURES:
        raise ConfigError(f"{g.source}: unsupported general.architecture {arch!r}; "
                          f"supported: {', '.join(sorted(ARCHITECTURES))}")
    m, tensors, vectors = _Meta(g, arch), g.tensors, vectors or {}
    if "token_embd.weight" not in tensors:
        raise WeightError(f"{g.source}: no token_embd.weight tensor")
    scaling = m.get("rope.scaling.type", "none")
    if scaling not in ("none", "longrope" if arch == "phi3" else "none"):
        raise ConfigError(f"{g.source}: unsupported {arch}.rope.scaling.type {scaling!r}")
    hidden, heads, layers = m.int("embedding_length"), m.int("attention.head_count"), m.int("block_count")
    ids = {f"{k}_token_id": g.metadata[f"tokenizer.ggml.{k}_token_id"] for k in ("bos", "eos")
           if f"tokenizer.ggml.{k}_token_id" in g.metadata}
    d: dict[str, Any] = {"model_type": ARCHITECTURES[arch], "vocab_size": tensors["token_embd.weight"].shape[0], **ids}
    if arch == "gpt2":
        return {**d, "n_embd": hidden, "n_layer": layers, "n_head": heads,
                "n_positions": m.int("context_length"), "n_inner": m.int("feed_forward_length"),
                "layer_norm_epsilon": m.get("attention.layer_norm_epsilon")}
    head_dim = m.int("attention.key_length", hidden // heads)
    rotary = m.int("rope.dimension_count", head_dim)
    d.update(hidden_size=hidden, num_hidden_layers=layers, num_attention_heads=heads,
             num_key_value_heads=m.int("attention.head_count_kv", heads), head_dim=head_dim,
             intermediate_size=m.int("feed_forward_length"), max_position_embeddings=m.int("context_length"),
             rope_theta=m.get("rope.freq_base", 10000.0), tie_word_embeddings="output.weight" not in tensors)
    if arch == "gptneox":
        del d["num_key_value_heads"], d["head_dim"]
        return {**d, "rotary_pct": rotary / head_dim, "layer_norm_eps": m.get("attention.layer_norm_epsilon"),
                "use_parallel_residual": m.get("use_parallel_residual", True),
                "attention_bias": "blk.0.attn_qkv.bias" in tensors, "hidden_act": "gelu"}
    d["rms_norm_eps"] = m.get("attention.layer_norm_rms_epsilon")
    if arch == "phi3":
        d.update(partial_rotary_factor=rotary / head_dim, sliding_window=m.get("attention.sliding_window", None))
        short, long = (_vector_floats(vectors, n) for n in _ROPE_FACTORS)
        if short is not None and long is not None:
            d["rope_scaling"] = {"type": "longrope", "short_factor": short, "long_factor": long,
                                 "original_max_position_embeddings": m.int("rope.scaling.original_context_length"),
                                 "attention_factor": m.get("rope.scaling.attn_factor", None)}
        return d
    if rotary != head_dim:
        raise ConfigError(f"{g.source}: {arch}.rope.dimension_count {rotary} differs from the head size {head_dim}"
                          " (partial rotary is not implemented for this family)")
    if arch == "qwen3":
        d["attention_bias"] = "blk.0.attn_q.bias" in tensors
    if arch == "gemma2":
        # llama.cpp scales queries by key_length^-1/2, and by (hidden / heads)^-1/2 for the 46-layer 27B
        scalar = m.get("attention.scale", None)
        d.update(sliding_window=m.get("attention.sliding_window", None),
                 attn_logit_softcapping=m.get("attn_logit_softcapping", None),
                 final_logit_softcapping=m.get("final_logit_softcapping", None),
                 query_pre_attn_scalar=scalar ** -2 if scalar else hidden // heads if layers == 46 else head_dim)
    return d


def gguf_config(g: GGUFFile, vectors: dict[str, bytes] | None = None) -> tuple[Family, DecoderConfig]:
    """The family and validated config of a GGUF model (see `gguf_hf_config`)."""
    family, config = read_hf_config(gguf_hf_config(g, vectors), g.source)
    freqs = _vector_floats(vectors or {}, _LLAMA3_FREQS)
    if freqs is not None:
        # Llama 3.1's scaling as llama.cpp stores it: each frequency divided by its factor, at
        # every position, which is LongRoPE with one table and no attention factor.
        config = replace(config, rope_scaling={"rope_type": "longrope", "short_factor": freqs, "long_factor": freqs,
                                               "original_max_position_embeddings": config.max_position_embeddings,
                                               "attention_factor": 1.0})
    return family, config


# -- weights -----------------------------------------------------------------------------------

def _float32(t: GGUFTensor, data: bytes, source: str) -> bytes:
    """A float tensor's float32 bytes (norms, biases and RoPE factors are F32 in llama.cpp's files)."""
    dtype = {"F32": "float32", "F16": "float16", "BF16": "bfloat16"}.get(t.ggml_type)
    if dtype is None:
        raise WeightError(f"{source}: tensor {t.name!r} of type {t.ggml_type}: unsupported for a vector"
                          " (only F32, F16, BF16)")
    return bytes(to_float32_bytes(RawTensor(t.name, dtype, t.shape, memoryview(data))))


def _matrix(device: Device, data: bytes, t: GGUFTensor, source: str) -> Matrix:
    """A 2-D tensor on the GPU in its own block format."""
    try:
        return ggml_matrix(device, data, t.ggml_type, t.shape, t.name)
    except WeightError as e:
        raise WeightError(f"{source}: {e}") from None


def our_row_order(g: GGUFFile, t: GGUFTensor, data: bytes) -> bytes:
    """A 2-D tensor's bytes with its rows in our order: `llama` files' q and k rows un-permuted."""
    arch = g.metadata.get("general.architecture")
    kind = t.name.split(".")[-2] if t.name.startswith("blk.") else ""
    if arch != "llama" or kind not in ("attn_q", "attn_k"):
        return data
    heads = g.metadata[f"{arch}.attention.head_count"]
    if kind == "attn_k":
        heads = g.metadata.get(f"{arch}.attention.head_count_kv", heads)
    return pairs_to_halves(data, t.shape[0], heads)


def param_tensors(p: Param, arch: str, g: GGUFFile) -> list[str]:
    """The GGUF tensors that a Param stacks, by llama.cpp's names."""
    names = [gguf_name(n, arch) for n in p.hf]
    if p.mlc == "lm_head.weight" and "output.weight" in g.tensors:
        names = ["output.weight"]  # GPT-2 too: llama.cpp writes its tied lm head out as `output`
    for n in names:
        if n not in g.tensors:
            raise WeightError(f"{g.source}: missing tensor {n}")
    return names


def gguf_arch(model_type: str) -> str:
    return next(a for a, t in ARCHITECTURES.items() if t == model_type)


class GGUFUpload:
    """One load of a GGUF file: takes its header, then its tensors in any order, uploading
    each 2-D tensor at once and keeping 1-D ones (norms, biases: small) as float32 bytes."""

    def __init__(self, device: Device, source: str):
        self.device, self.source = device, source
        self.matrices: dict[str, Matrix] = {}
        self.vectors: dict[str, bytes] = {}
        self.header: GGUFFile | None = None

    def on_header(self, g: GGUFFile) -> None:
        gguf_config(g)  # fail before any download or upload when the model is not supported
        self.header = g

    def on_tensor(self, t: GGUFTensor, data: bytes) -> None:
        if len(t.shape) == 1:
            self.vectors[t.name] = _float32(t, data, self.source)
            return
        if len(t.shape) != 2:
            raise WeightError(f"{self.source}: tensor {t.name!r} has shape {list(t.shape)}; only 1-D and 2-D are used")
        self.matrices[t.name] = _matrix(self.device, our_row_order(self.header, t, data), t, self.source)

    def model(self, context_window: int | None, prefill_chunk: int) -> Decoder:
        family, config = gguf_config(self.header, self.vectors)
        weights = GGUFWeights(self, config.model_type)
        model = family.model(self.device, config, weights, context_window=context_window, prefill_chunk=prefill_chunk)
        unused = sorted(set(self.header.tensors) - weights.used - set(_ROPE_FACTORS) - {_LLAMA3_FREQS})
        if unused:
            described = ", ".join(f"{n} ({self.header.tensors[n].ggml_type})" for n in unused[:5])
            raise WeightError(f"{self.source}: tensors the {config.model_type} model does not use (an unsupported"
                              f" variant?): {described}{' ...' if len(unused) > 5 else ''}")
        return model


class GGUFWeights:
    """A weight source over a GGUF load's tensors, by the families' Params."""

    def __init__(self, upload: GGUFUpload, model_type: str):
        self.upload = upload
        self.arch = gguf_arch(model_type)
        self.used: set[str] = set()

    def _names(self, p: Param) -> list[str]:
        names = param_tensors(p, self.arch, self.upload.header)
        self.used.update(names)
        return names

    def matrix(self, device: Device, p: Param) -> Matrix:
        names = self._names(p)
        flat = [n for n in names if n not in self.upload.matrices]
        if flat:
            raise WeightError(f"{self.upload.source}: {', '.join(flat)} should be 2-D, the config needs {list(p.shape)}")
        m = stack_rows([self.upload.matrices[n] for n in names], f"{self.upload.source}: {' + '.join(names)}")
        if m.shape != p.shape:
            raise WeightError(f"{self.upload.source}: {' + '.join(names)} have shape {list(m.shape)},"
                              f" the config needs {list(p.shape)}")
        return m

    def vector(self, device: Device, p: Param) -> Tensor:
        names = self._names(p)
        if any(n not in self.upload.vectors for n in names):
            raise WeightError(f"{self.upload.source}: {', '.join(names)} should be 1-D, the config needs {list(p.shape)}")
        data = b"".join(self.upload.vectors[n] for n in names)
        if len(data) != 4 * p.numel:
            raise WeightError(f"{self.upload.source}: {' + '.join(names)} have {len(data) // 4} values,"
                              f" the config needs {p.numel}")
        return device.tensor(data, p.shape, label=names[0])


def is_gguf(source: str | Path) -> bool:
    """A GGUF file or URL, by its name (a URL's query and fragment aside)."""
    return str(source).split("?")[0].split("#")[0].lower().endswith(".gguf")


class _Loads:
    """The uploads of one model from a stream; a stream that starts over (a damaged cache entry
    read again from the network) gets a fresh upload."""

    def __init__(self, device: Device, source: str):
        self.device, self.source = device, source
        self.upload: GGUFUpload | None = None
        self.stream: GGUFStream | None = None

    def open(self, size: int) -> GGUFStream:
        self.upload = GGUFUpload(self.device, self.source)
        self.stream = GGUFStream(size, self.source, self.upload.on_header, self.upload.on_tensor)
        return self.stream


def _on_bytes(source: str | Path, report: Progress) -> transport.OnBytes:
    verb = "Fetching" if is_url(source) else "Reading"
    return lambda received, size: report(received, size, f"{verb} {source}")


def _no_progress(loaded: int, total: int, text: str) -> None:
    pass


def load_gguf_model(device: Device, source: str | Path, context_window: int | None = None,
                    prefill_chunk: int = 128, *, progress: Progress | None = None) -> Decoder:
    """A model from a GGUF file or, in CPython, a URL (urllib, resumed with range requests),
    streamed: each tensor goes to the GPU once its bytes are in, so one tensor at a time is in memory."""
    loads = _Loads(device, str(source))
    transport.stream(str(source), loads.open, _on_bytes(source, progress or _no_progress))
    return loads.upload.model(context_window, prefill_chunk)


async def load_gguf_model_async(device: Device, source: str | Path, context_window: int | None = None,
                                prefill_chunk: int = 128, *, progress: Progress | None = None,
                                files_dir: str | Path | None = None) -> Decoder:
    """`load_gguf_model`, awaiting downloads: in the browser a URL streams through
    `webllm_py.transport`'s `fetch` (tensor by tensor to the GPU, resumed, checked for size and
    completeness, kept in the browser's cache).  `files_dir`, if given, receives the file's
    metadata as `METADATA_FILE` (a GGUF without tensors), for the tokenizer and chat template of a
    model at a URL."""
    loads, report = _Loads(device, str(source)), progress or _no_progress
    origin = await transport.stream_async(str(source), loads.open, _on_bytes(source, report))
    report(loads.stream.size, loads.stream.size, f"Loaded {source} from the {origin}")
    if files_dir is not None:
        _write_metadata(files_dir, loads.stream.metadata_file)
    return loads.upload.model(context_window, prefill_chunk)


METADATA_FILE = "model.gguf"


def _write_metadata(files_dir: str | Path, data: bytes) -> None:
    folder = Path(files_dir)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / METADATA_FILE).write_bytes(data)


def gguf_chat_format(path: str | Path, tokenizer: Tokenizer | None = None) -> ChatFormat:
    """The chat format of a GGUF file: its `tokenizer.chat_template` (Jinja, as transformers
    renders it, with the bos and eos tokens of `tokenizer.ggml.*`), else a plain LM."""
    from ..conversation import builtin_conv_template, load_chat_format  # jinja2: only where chat is used

    meta = read_gguf(path).metadata
    template = meta.get("tokenizer.chat_template")
    if not isinstance(template, str):
        return builtin_conv_template("LM")
    tokens = meta.get("tokenizer.ggml.tokens") or []
    config: dict[str, Any] = {"chat_template": template}
    for name in ("bos", "eos", "unknown", "padding"):
        i = meta.get(f"tokenizer.ggml.{name}_token_id")
        key = {"unknown": "unk", "padding": "pad"}.get(name, name) + "_token"
        if isinstance(i, int) and 0 <= i < len(tokens):
            config[key] = tokens[i]
    return load_chat_format(config, tokenizer)
