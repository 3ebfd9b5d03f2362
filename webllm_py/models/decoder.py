"""The decoder-only transformer machinery that every family shares on the GPU.

A family's model subclasses `Decoder` and writes what its paper describes: a `Layer` dataclass
of its weights, `names` (its weights.py: which checkpoint or MLC tensors fill them) and `block`
(one layer's forward pass), plus `embed_tokens` / `finish` where it differs from the usual
embedding lookup and final RMSNorm.  The base does the rest:

* memory: a KV cache per layer for the whole context window, or, for a sliding-window layer,
  a rolling one of `window + prefill_chunk - 1` rows (enough for every query of a chunk to see
  its whole window: position p lives in row p % rows), and activation buffers sized for the
  largest prefill chunk, made on first use and shared by all layers (`scratch`);
* the forward pass: embed, blocks, final norm, lm head (+ Gemma 2's logit soft-capping);
* `linear`: for one token, one GEMV that applies the input's norm or gated activation and the
  bias itself (a decoded Llama layer is its 4 projections and attention); for a chunk, those
  as kernels of their own around the matmul, so a family's `block` is one code path;
* attention: for a chunk, RoPE + KV-cache append (`rope_qkv`), then `attention` over the cache;
  for one token, all of it in one dispatch (`decode_attention`), its keys split over
  workgroups past `SPLIT_K_MIN_KEYS` (flash-decoding: + `attention_merge`).

The model owns its GPU memory: the weights, caches, scratch and the sampler's buffers
(`sampling`); `release` gives all of it back.  Sizes the device cannot hold (a context window
of 10**9 positions, say) are refused from the config, before any weight is loaded.

`capture` (None, costing nothing) may hold an `inspection.Capture` while one forward pass is
looked into: the base hands it the residual stream after the embedding and after each layer,
each attention's qkv and KV cache, and each MLP's activation, so no family's `block` changes.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ..gpu import Device, Tensor
from ..quantization import NO_PROLOGUE, Matrix, Prologue, QuantizedMatrix
from ..sampling import SamplerBuffers
from .config import DecoderConfig
from .rope import inv_frequencies, pack_f32
from .sources import Param, WeightSource, load_params


# Split-K decode attention (flash-decoding).  One workgroup per query head walks its keys in
# 64-key tiles; past SPLIT_K_MIN_KEYS keys the keys are split over several workgroups per head
# and a second, small dispatch merges their partial results.  The split costs that dispatch
# (~8 us through Dawn, ENVIRONMENT.md) and the partials' round trip, and saves all but one
# split's tiles: it pays from about 8 tiles (512 keys) on.  Splits hold 128..SPLIT_K_KEYS keys.
SPLIT_K_MIN_KEYS = 512
SPLIT_K_KEYS = 256


def decode_keys(pos0: int, window: int) -> int:
    """How many cached positions the token at pos0 attends to (itself included)."""
    return min(pos0 + 1, window) if window else pos0 + 1


def decode_splits(keys: int) -> int:
    """Workgroups per query head for a decode step over `keys` keys: 1 up to SPLIT_K_MIN_KEYS,
    then the power of two that leaves each at most SPLIT_K_KEYS.  Powers of two, so the choice
    (which a recorded decode step bakes in, see `Decoder.step_variant`) changes only a few times
    over a context."""
    if keys <= SPLIT_K_MIN_KEYS:
        return 1
    return 1 << (-(-keys // SPLIT_K_KEYS) - 1).bit_length()


@dataclass
class KVCache:
    k: Tensor  # [rows, hkv * hd]: position p in row p % rows
    v: Tensor
    window: int  # 0: queries see every earlier position; w: the last w


def cache_rows(config: DecoderConfig, context_window: int, prefill_chunk: int) -> list[int]:
    """Rows of each layer's KV cache (see the module docstring)."""
    return [min(context_window, w + prefill_chunk - 1) if (w := config.window(i)) else context_window
            for i in range(config.num_hidden_layers)]


def check_sizes(device: Device, config: DecoderConfig, context_window: int | None = None,
                prefill_chunk: int = 128) -> tuple[int, int]:
    """The context window and prefill chunk a model of `config` gets, once the device is known to
    hold its largest buffers; else `BufferTooLargeError`, before any GPU call (and any download)."""
    c = config
    window = min(context_window or c.max_position_embeddings, c.max_position_embeddings)
    chunk = min(prefill_chunk, window)
    rows = max(cache_rows(c, window, chunk), default=0)
    device.check_fits(rows * c.num_key_value_heads * c.head_dim * 4,
                      f"a KV cache of {rows} positions (context window {window}; ask for a smaller context_window_size)")
    device.check_fits(chunk * c.vocab_size * 4, f"the logits of a {chunk}-token prefill chunk")
    return window, chunk


def parameters(names: ModuleType, config: DecoderConfig) -> list[Param]:
    """Every parameter of a model in MLC LLM's order: embedding, layers, the rest."""
    model = dict(names.model(config))
    first = [model.pop(k) for k in ("embed",) if k in model]
    layers = [p for i in range(config.num_hidden_layers) for p in names.layer(config, i).values()]
    return first + layers + list(model.values())


class Decoder:
    config: DecoderConfig
    names: ModuleType  # the family's weights.py: model(config) and layer(config, i) -> {key: Param}
    Layer: type  # the family's per-layer weights, one field per key of names.layer
    embed: Matrix
    lm_head: Matrix
    final_norm: Tensor
    capture: Any = None  # an inspection.Capture while a forward pass is looked into (see the module docstring)

    def __init__(self, device: Device, config: DecoderConfig, weights: WeightSource,
                 context_window: int | None = None, prefill_chunk: int = 128):
        self.device = device
        self.config = c = config
        self.context_window, self.prefill_chunk = ctx, chunk = check_sizes(device, c, context_window, prefill_chunk)
        self._scratch: dict[str, Tensor] = {}
        self.load(weights)
        kv = c.num_key_value_heads * c.head_dim
        self.caches = [KVCache(device.empty((n, kv), label=f"k_cache.{i}"), device.empty((n, kv), label=f"v_cache.{i}"),
                               c.window(i)) for i, n in enumerate(cache_rows(c, ctx, chunk))]
        self._windows = tuple(dict.fromkeys(cache.window for cache in self.caches))  # distinct, in layer order
        scaling = c.rope_scaling
        self.longrope = scaling is not None and scaling["rope_type"] == "longrope"
        self.mscale = scaling["attention_factor"] if self.longrope else 1.0
        self.inv_freq = self._rope_table(long=False)
        self.inv_freq_long = self._rope_table(long=True) if self.longrope else self.inv_freq
        self.ids = device.empty((chunk,), "int32", label="ids")
        self.logits = device.empty((chunk, c.vocab_size), label="logits")
        self.sampling = SamplerBuffers(device, c.vocab_size)
        quantized = [m for m in (self.embed, self.lm_head) if isinstance(m, QuantizedMatrix)]
        # What runs the matmuls, for logs and benchmarks: "float32", "q4 (f32 scales)", ...
        self.weight_kernels = f"q4 ({quantized[0].variant} scales)" if quantized else "float32"

    def load(self, weights: WeightSource) -> None:
        """Upload the weights that the family's weights.py names: embed, final_norm, ... and the layers."""
        c, dev = self.config, self.device
        for key, value in load_params(dev, weights, self.names.model(c)).items():
            setattr(self, key, value)
        if c.tie_word_embeddings:
            self.lm_head = self.embed
        self.layers = [self.Layer(**load_params(dev, weights, self.names.layer(c, i)))
                       for i in range(c.num_hidden_layers)]

    def release(self) -> None:
        """Give the GPU back every buffer the model holds; it cannot run afterwards
        (`ReleasedTensorError`).  The buffers are found in its attributes, so a family's own
        (GPT-2's position ids, say) and every weight format's matrices need no code here."""
        self.device.release(*_tensors(vars(self)))

    def _rope_table(self, long: bool) -> Tensor:
        c = self.config
        if not c.rotary_dim:  # no RoPE: the kernel only appends to the cache and reads no frequency
            return self.device.empty((1,), label="inv_freq")
        table = inv_frequencies(c.rotary_dim, c.rope_theta, c.rope_scaling, long=long)
        return self.device.tensor(pack_f32(table), (len(table),), label="inv_freq")

    def step_variant(self, pos0: int, n: int = 1) -> tuple[bool, tuple[int, ...]]:
        """What besides the position makes a forward pass of n tokens at pos0 dispatch other
        kernels or buffers: whether LongRoPE uses its long factors, and for one token the
        decode attention's splits per cache window (as `attention` decides; layers with the same
        window split alike).  Recorded decode steps (generation.Pipeline) are kept per variant,
        and it is asked every decode step, so it costs one split per distinct window."""
        long = self.longrope and pos0 + n > self.config.rope_scaling["original_max_position_embeddings"]
        return long, tuple(decode_splits(decode_keys(pos0, window)) for window in self._windows) if n == 1 else ()

    def reusable_prefix(self, written: int, common: int) -> int:
        """How many cached positions a continuation from position `common` may keep, when the
        cache holds positions 0..written-1: all `common`, unless a rolling cache has already
        overwritten rows that the window at `common` needs (then 0: start over)."""
        for cache in self.caches:
            first_needed = max(0, common - cache.window + 1)  # the window of the query at `common`
            if cache.window and written > first_needed + cache.k.shape[0]:
                return 0
        return common

    # ---- the forward pass ----------------------------------------------------------------------
    def forward(self, ids: list[int], pos0: int, all_logits: bool = False) -> Tensor:
        """Run `ids` (at positions pos0..) through the model; return logits [n or 1, vocab].

        The KV cache rows of positions pos0 .. pos0+n-1 are written; the caller tracks positions.
        """
        c, dev, n = self.config, self.device, len(ids)
        if not 0 < n <= self.prefill_chunk:
            raise ValueError(f"forward takes 1..{self.prefill_chunk} tokens, got {n}")
        if pos0 + n > self.context_window:
            raise ValueError(f"positions {pos0}..{pos0 + n - 1} exceed the context window {self.context_window}")
        dev.write(self.ids, b"".join(i.to_bytes(4, "little", signed=True) for i in ids))
        h = self.scratch("h", n, c.hidden_size)
        self.embed_tokens(self.ids.view(n, dtype="int32"), h, pos0)
        if self.capture is not None:
            self.capture.begin(self, pos0, h)
        for i, (layer, cache) in enumerate(zip(self.layers, self.caches)):
            self.block(layer, cache, h, pos0)
            if self.capture is not None:
                self.capture.layer(self, i, h)
        logits = self.logits.view(n if all_logits else 1, c.vocab_size)
        self.finish(h, logits, row=None if all_logits else n - 1)
        if c.final_logit_softcapping:
            dev.run("softcap", {"cap": c.final_logit_softcapping}, X=logits)
        return logits

    def embed_tokens(self, ids: Tensor, h: Tensor, pos0: int) -> None:
        """h = the token embeddings."""
        self.embed.embed(self.device, ids, h)

    def block(self, layer, cache: KVCache, h: Tensor, pos0: int) -> None:
        """One layer: update the residual stream h [n, hidden] in place."""
        raise NotImplementedError

    def finish(self, h: Tensor, logits: Tensor, row: int | None) -> None:
        """logits = W_lm · rmsnorm(h): of h's `row` only, else of every row."""
        self.linear(h, self.lm_head, logits, norm=self.final_norm, row=row)

    # ---- building blocks -----------------------------------------------------------------------
    def scratch(self, name: str, n: int, width: int) -> Tensor:
        """An activation buffer [n, width], allocated once for the largest chunk and shared by all layers."""
        if name not in self._scratch:
            self._scratch[name] = self.device.empty((self.prefill_chunk, width), label=name)
        return self._scratch[name].view(n, width)

    def linear(self, x: Tensor, w: Matrix, y: Tensor, bias: Tensor | None = None, accumulate: bool = False,
               norm: Tensor | tuple[Tensor, Tensor] | None = None, gated: str | None = None,
               act: str | None = None, row: int | None = None) -> None:
        """y (+)= f(x) @ w.T (+ bias), f being, by the arguments given:

        * `norm`: RMSNorm by that weight, or LayerNorm by a (weight, bias) pair;
        * `gated` ("silu", "gelu", "gelu_tanh"): act(gate) * up of x = [gate | up] (SwiGLU, GeGLU);
        * `act` ("gelu", "gelu_tanh"): act(x);
        * none of them: x itself.
        One token (or x's `row` only): one GEMV that fuses f and the bias (kernels/prologue.py).
        More rows: f into a scratch buffer by a kernel of its own, then the matmul, then the bias."""
        prologue = self._prologue(norm, gated, act)
        if self.capture is not None and (gated or act):
            self.capture.mlp(lambda: self._apply(prologue, x))
        if row is not None or x.shape[0] == 1:
            w.linear(self.device, x, y, accumulate=accumulate, row=row, prologue=prologue, bias=bias)
            return
        w.linear(self.device, self._apply(prologue, x), y, accumulate=accumulate)
        if bias is not None:
            self.device.run("add_bias", Y=y, B=bias)

    def _prologue(self, norm: Tensor | tuple[Tensor, Tensor] | None, gated: str | None, act: str | None) -> Prologue:
        if sum(a is not None for a in (norm, gated, act)) > 1:
            raise ValueError("linear takes one of norm, gated and act")
        if isinstance(norm, tuple):
            return Prologue("layer", *norm, eps=self.config.layer_norm_eps)
        if norm is not None:
            return Prologue("rms", norm, eps=self.config.rms_norm_eps)
        if gated is not None:
            return Prologue(_activation(gated, ACTIVATIONS))
        if act is not None:
            return Prologue("act_" + _activation(act, ACTIVATIONS[1:]))
        return NO_PROLOGUE

    def _apply(self, p: Prologue, x: Tensor) -> Tensor:
        """p's transform of every row of x, as kernels of their own, into a scratch buffer (x itself if none)."""
        n, width = x.shape
        if p.name in ("rms", "layer"):
            out = self.scratch("normed", n, width)
            if p.name == "rms":
                self.rms_norm(x, p.weight, out)
            else:
                self.layer_norm(x, p.weight, p.bias, out)
        elif p.gated:
            out = self.scratch("activated", n, width // 2)
            if p.name == "silu":
                self.device.run("silu_mul", gate_up=x, out=out)
            else:
                self.device.run("gelu_mul", {"approximate": int(p.name == "gelu_tanh")}, gate_up=x, out=out)
        elif p.name:
            out = self.scratch("activated", n, width)
            self.device.run("gelu_act", {"approximate": int(p.name == "act_gelu_tanh")}, X=x, out=out)
        else:
            out = x
        return out

    def rms_norm(self, x: Tensor, w: Tensor, y: Tensor, accumulate: bool = False) -> None:
        """y (+)= x / rms(x) * w."""
        self.device.run("rms_norm_add" if accumulate else "rms_norm", {"eps": self.config.rms_norm_eps},
                        X=x, Wt=w, Y=y)

    def layer_norm(self, x: Tensor, w: Tensor, b: Tensor, y: Tensor) -> None:
        """y = (x - mean) / std * w + b."""
        self.device.run("layer_norm", {"eps": self.config.layer_norm_eps}, X=x, Wt=w, B=b, Y=y)

    def attention(self, qkv: Tensor, cache: KVCache, out: Tensor, pos0: int,
                  qk_norm: tuple[Tensor, Tensor] | None = None) -> None:
        """out [n, hq * hd] = causal attention of the tokens' queries over the cache, after RoPE on
        q and k and appending k and v to the cache; qkv [n, (hq + 2 hkv) * hd] holds q, k, v heads.
        `qk_norm` (Qwen3): the weights of an RMSNorm over each q and k head before RoPE."""
        c, dev, n = self.config, self.device, qkv.shape[0]
        hq, hkv, hd = c.num_attention_heads, c.num_key_value_heads, c.head_dim
        # LongRoPE switches to its long factors once a forward pass reaches past the original
        # training length (transformers decides per forward call, by the largest position).
        long = self.longrope and pos0 + n > c.rope_scaling["original_max_position_embeddings"]
        rope = {"pos0": pos0, "hkv": hkv, "rot_dim": c.rotary_dim, "interleaved": int(c.rope_interleaved),
                "mscale": self.mscale}
        inv_freq = self.inv_freq_long if long else self.inv_freq
        softcap = c.attn_logit_softcapping or 0.0
        if n == 1:
            splits = decode_splits(decode_keys(pos0, cache.window))
            stats = self._split_scratch("attn_stats", 2).view(hq, splits, 2)
            o = out.view(hq, 1, hd) if splits == 1 else self._split_scratch("attn_part", hd).view(hq, splits, hd)
            norm = {"Wq": qk_norm[0], "Wk": qk_norm[1]} if qk_norm else {}
            dev.run("decode_attention_qk_norm" if qk_norm else "decode_attention",
                    {**rope, "scale": c.attention_scale, "window": cache.window, "softcap": softcap,
                     "eps": c.rms_norm_eps if qk_norm else 0.0},
                    qkv=qkv.view(qkv.shape[1]), inv_freq=inv_freq, K=cache.k, V=cache.v, O=o,
                    Stats=stats, **norm)
            if splits > 1:
                dev.run("attention_merge", Part=o, Stats=stats, O=out.view(hq, hd))
            if self.capture is not None:
                self.capture.attention(self, cache, qkv, None, rope, inv_freq, qk_norm)
            return
        if qk_norm:
            dev.run("head_rms_norm", {"hq": hq, "hkv": hkv, "eps": c.rms_norm_eps},
                    qkv=qkv, Wq=qk_norm[0], Wk=qk_norm[1])
        q = self.scratch("q", n, hq * hd)
        dev.run("rope_qkv", {**rope, "hq": hq, "hd": hd}, qkv=qkv, inv_freq=inv_freq, q=q,
                k_cache=cache.k, v_cache=cache.v)
        dev.run("attention", {"pos0": pos0, "hkv": hkv, "scale": c.attention_scale, "window": cache.window,
                              "softcap": softcap},
                Q=q.view(n, hq, hd), K=cache.k, V=cache.v, O=out.view(n, hq, hd))
        if self.capture is not None:
            self.capture.attention(self, cache, qkv, q, rope, inv_freq, qk_norm)

    def _split_scratch(self, name: str, width: int) -> Tensor:
        """A buffer [hq, splits, width] of split-K decode (partial outputs, or their max and sum)
        for the most splits any layer takes, made on first use."""
        if name not in self._scratch:
            most = max(decode_splits(decode_keys(self.context_window - 1, cache.window)) for cache in self.caches)
            self._scratch[name] = self.device.empty((self.config.num_attention_heads, most, width), label=name)
        return self._scratch[name]


ACTIVATIONS = ("silu", "gelu", "gelu_tanh")


def _activation(name: str, allowed: tuple[str, ...]) -> str:
    if name not in allowed:
        raise ValueError(f"unknown activation {name!r} (known: {', '.join(allowed)})")
    return name


def _tensors(value: Any) -> Iterator[Tensor]:
    """Every tensor in `value`: in lists, tuples, dict values, dataclasses (layers, matrices,
    KV caches) and the sampler's buffers."""
    if isinstance(value, Tensor):
        yield value
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _tensors(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _tensors(item)
    elif isinstance(value, SamplerBuffers):
        yield from _tensors(vars(value))
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for f in dataclasses.fields(value):
            yield from _tensors(getattr(value, f.name))
