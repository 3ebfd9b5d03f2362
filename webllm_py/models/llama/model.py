"""The Llama forward pass on WebGPU, written the way the architecture reads.

    h = embed(ids)
    for each layer:
        h += W_o · attention(rope(W_qkv · rmsnorm(h)), kv_cache)
        h += W_down · (silu(W_gate · x) * W_up · x),  x = rmsnorm(h)
    logits = W_lm · rmsnorm(h)

q/k/v and gate/up projections are fused into one weight each ([out, in] rows
stacked), as MLC LLM does, so a layer is 9 dispatches.  Memory is planned
once: the KV cache for the whole context window and activations for the
largest prefill chunk, reused by every layer.  Each weight matrix brings its own
kernels (`Matrix.linear` / `.embed`): float32, or q4 dequantized inside the matmul.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ...gpu import Device, Tensor
from ...quantization import Matrix, QuantizedMatrix
from ..rope import inv_frequencies, pack_f32
from ..sources import WeightSource
from .config import LlamaConfig


@dataclass
class LayerWeights:
    attn_norm: Tensor  # [d]
    qkv: Matrix  # [(hq + 2*hkv) * hd, d]
    o: Matrix  # [d, hq * hd]
    mlp_norm: Tensor  # [d]
    gate_up: Matrix  # [2 * ffn, d]
    down: Matrix  # [d, ffn]
    k_cache: Tensor  # [ctx, hkv * hd]
    v_cache: Tensor  # [ctx, hkv * hd]


class LlamaModel:
    def __init__(self, device: Device, config: LlamaConfig, weights: WeightSource,
                 context_window: int | None = None, prefill_chunk: int = 128):
        self.device = device
        self.config = c = config
        self.context_window = ctx = min(context_window or c.max_position_embeddings, c.max_position_embeddings)
        self.prefill_chunk = chunk = min(prefill_chunk, ctx)
        hd, hq, hkv, d, ffn = c.head_dim, c.num_attention_heads, c.num_key_value_heads, c.hidden_size, c.intermediate_size
        qkv_rows = (hq + 2 * hkv) * hd

        def load(*names: str, shape: tuple[int, int]) -> Matrix:
            return weights.matrix(device, names, shape)

        def vector(name: str, size: int) -> Tensor:
            return weights.vector(device, name, size)

        self.embed = load("model.embed_tokens.weight", shape=(c.vocab_size, d))
        self.layers = []
        for i in range(c.num_hidden_layers):
            p = f"model.layers.{i}."
            self.layers.append(LayerWeights(
                attn_norm=vector(p + "input_layernorm.weight", d),
                qkv=load(*(p + f"self_attn.{x}_proj.weight" for x in "qkv"), shape=(qkv_rows, d)),
                o=load(p + "self_attn.o_proj.weight", shape=(d, hq * hd)),
                mlp_norm=vector(p + "post_attention_layernorm.weight", d),
                gate_up=load(p + "mlp.gate_proj.weight", p + "mlp.up_proj.weight", shape=(2 * ffn, d)),
                down=load(p + "mlp.down_proj.weight", shape=(d, ffn)),
                k_cache=device.empty((ctx, hkv * hd), label=f"k_cache.{i}"),
                v_cache=device.empty((ctx, hkv * hd), label=f"v_cache.{i}"),
            ))
        self.final_norm = vector("model.norm.weight", d)
        self.lm_head = self.embed if c.tie_word_embeddings else load("lm_head.weight", shape=(c.vocab_size, d))
        quantized = [m for m in (self.embed, self.lm_head) if isinstance(m, QuantizedMatrix)]
        # What runs the matmuls, for logs and benchmarks: "float32", "q4 (f32 scales)", ...
        self.weight_kernels = f"q4 ({quantized[0].variant} scales)" if quantized else "float32"
        self.inv_freq = device.tensor(pack_f32(inv_frequencies(hd, c.rope_theta, c.rope_scaling)), (hd // 2,), label="inv_freq")

        # Activations for up to `chunk` tokens, shared by all layers.
        self.ids = device.empty((chunk,), "int32", label="ids")
        self.h = device.empty((chunk, d), label="h")
        self.x = device.empty((chunk, d), label="x")
        self.qkv = device.empty((chunk, qkv_rows), label="qkv")
        self.q = device.empty((chunk, hq * hd), label="q")
        self.attn = device.empty((chunk, hq * hd), label="attn")
        self.gate_up = device.empty((chunk, 2 * ffn), label="gate_up")
        self.act = device.empty((chunk, ffn), label="act")
        self.logits = device.empty((chunk, c.vocab_size), label="logits")

    def forward(self, ids: list[int], pos0: int, all_logits: bool = False) -> Tensor:
        """Run `ids` (at positions pos0..) through the model; return logits [n or 1, vocab].

        The KV cache rows pos0 .. pos0+n-1 are written; the caller tracks positions.
        """
        c, dev, n = self.config, self.device, len(ids)
        if not 0 < n <= self.prefill_chunk:
            raise ValueError(f"forward takes 1..{self.prefill_chunk} tokens, got {n}")
        if pos0 + n > self.context_window:
            raise ValueError(f"positions {pos0}..{pos0 + n - 1} exceed the context window {self.context_window}")
        hd, hq, hkv, d, ffn = c.head_dim, c.num_attention_heads, c.num_key_value_heads, c.hidden_size, c.intermediate_size
        dev.write(self.ids, b"".join(i.to_bytes(4, "little", signed=True) for i in ids))
        h, x = self.h.view(n, d), self.x.view(n, d)
        qkv, q, attn = self.qkv.view(n, (hq + 2 * hkv) * hd), self.q.view(n, hq * hd), self.attn.view(n, hq * hd)
        gate_up, act = self.gate_up.view(n, 2 * ffn), self.act.view(n, ffn)
        eps = {"eps": c.rms_norm_eps}

        self.embed.embed(dev, self.ids.view(n, dtype="int32"), h)
        for layer in self.layers:
            dev.run("rms_norm", eps, X=h, Wt=layer.attn_norm, Y=x)
            self._linear(x, layer.qkv, qkv)
            dev.run("rope_qkv", {"pos0": pos0, "hq": hq, "hkv": hkv, "hd": hd, "rot_dim": hd,
                                 "interleaved": int(c.rope_interleaved)},
                    qkv=qkv, inv_freq=self.inv_freq, q=q, k_cache=layer.k_cache, v_cache=layer.v_cache)
            dev.run("attention", {"pos0": pos0, "hkv": hkv, "scale": 1 / math.sqrt(hd)},
                    Q=q.view(n, hq, hd), K=layer.k_cache, V=layer.v_cache, O=attn.view(n, hq, hd))
            self._linear(attn, layer.o, h, accumulate=True)
            dev.run("rms_norm", eps, X=h, Wt=layer.mlp_norm, Y=x)
            self._linear(x, layer.gate_up, gate_up)
            dev.run("silu_mul", gate_up=gate_up, out=act)
            self._linear(act, layer.down, h, accumulate=True)
        dev.run("rms_norm", eps, X=h, Wt=self.final_norm, Y=x)
        if all_logits:
            logits = self.logits.view(n, c.vocab_size)
            self._linear(x, self.lm_head, logits)
            return logits
        self._linear(x, self.lm_head, self.logits.view(1, c.vocab_size), row=n - 1)
        return self.logits.view(1, c.vocab_size)

    def _linear(self, x: Tensor, w: Matrix, y: Tensor, accumulate: bool = False, row: int | None = None) -> None:
        """y (+)= x @ w.T with the weight's own kernels: matrix-vector for one token (x's `row`), matmul for more."""
        w.linear(self.device, x, y, accumulate=accumulate, row=row)
