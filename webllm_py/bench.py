"""`python -m webllm_py bench`: prefill and decode speed of a model or a standard shape.

Standard shapes use random weights made on the GPU, so no download is needed, in any of
the weight formats (`--quantization q4f32_1`: random packed words and scales).
Per decode step it reports what the host adds on top of the GPU: `host_ms_per_decode_step`
(our side: recording or replaying the step and encoding its command buffer, and queueing the
token's read), `submit_ms_per_decode_step` (inside the queue's submit, which on a CPU driver
includes the driver's own work), `dispatches_per_token` and `syncs_per_token` (host waits for
GPU results).  Where the adapter has timestamp queries, `decode_kernel_ms` is one decode step's
GPU time per kernel (summed over its dispatches, each in a pass of its own).
`host_only` measures the host alone: every kernel is an empty shader (`Device.hollow_kernels`),
so on an adapter that shares the host's CPU (SwiftShader, lavapipe) the GPU's work does not
slow the host being measured; its tok/s are the host's ceiling and it reports no GPU figures.
A `progress(phase, done, total)` callback follows the load, prefill and decode phases.
"""

from __future__ import annotations

import dataclasses
import time
from typing import Callable

from .generation import Decoding, Pipeline
from .gpu import Device, Tensor
from .models.config import DecoderConfig
from .models.decoder import Decoder, parameters
from .models.gemma.config import GemmaConfig
from .models.gpt_neox.config import GPTNeoXConfig
from .models.llama.config import LlamaConfig
from .models.mistral.config import MistralConfig
from .models.phi3.config import Phi3Config
from .models.qwen.config import QwenConfig
from .models.registry import family_for
from .models.sources import Param, RandomWeights, WeightSource
from .quantization import QUANTIZATIONS, DenseMatrix, GGMLMatrix, Matrix, QuantizedMatrix
from .sampling import SamplingParams

# progress(phase: "load" | "prefill" | "decode", units done, units in the phase)
Progress = Callable[[str, int, int], None]

_LLAMA3_ROPE = {"rope_type": "llama3", "factor": 32.0, "low_freq_factor": 1.0, "high_freq_factor": 4.0,
                "original_max_position_embeddings": 8192}

# Published models' shapes (from their config.json), one or more per family, and
# llama-16l-tiny: Llama-3.2-1B's layer count and attention heads (32 query, 8 KV) at a tiny width,
# which loads in seconds anywhere and measures the host's cost per token (its GPU work is tiny).
SHAPES: dict[str, DecoderConfig] = {
    "llama-3.2-1b": LlamaConfig(vocab_size=128256, hidden_size=2048, intermediate_size=8192, num_hidden_layers=16,
                                num_attention_heads=32, num_key_value_heads=8, head_dim=64, rope_theta=500000.0,
                                rope_scaling=_LLAMA3_ROPE, tie_word_embeddings=True, max_position_embeddings=131072),
    "llama-3.1-8b": LlamaConfig(vocab_size=128256, hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                                num_attention_heads=32, num_key_value_heads=8, head_dim=128, rope_theta=500000.0,
                                rope_scaling={**_LLAMA3_ROPE, "factor": 8.0}, max_position_embeddings=131072),
    "tinyllama-1.1b": LlamaConfig(vocab_size=32000, hidden_size=2048, intermediate_size=5632, num_hidden_layers=22,
                                  num_attention_heads=32, num_key_value_heads=4, head_dim=64, max_position_embeddings=2048),
    "redpajama-incite-3b": GPTNeoXConfig(vocab_size=50432, hidden_size=2560, intermediate_size=10240,
                                         num_hidden_layers=32, num_attention_heads=32, num_key_value_heads=32,
                                         head_dim=80, use_parallel_residual=False, max_position_embeddings=2048),
    "qwen2.5-0.5b": QwenConfig(vocab_size=151936, hidden_size=896, intermediate_size=4864, num_hidden_layers=24,
                               num_attention_heads=14, num_key_value_heads=2, head_dim=64, rope_theta=1000000.0,
                               tie_word_embeddings=True, max_position_embeddings=32768),
    "phi-3.5-mini": Phi3Config(vocab_size=32064, hidden_size=3072, intermediate_size=8192, num_hidden_layers=32,
                               num_attention_heads=32, num_key_value_heads=32, head_dim=96,
                               max_position_embeddings=4096),
    "gemma-2-2b": GemmaConfig(vocab_size=256000, hidden_size=2304, intermediate_size=9216, num_hidden_layers=26,
                              num_attention_heads=8, num_key_value_heads=4, head_dim=256, query_pre_attn_scalar=256,
                              attn_logit_softcapping=50.0, final_logit_softcapping=30.0, sandwich_norms=True,
                              layer_windows=(4096, 0) * 13, tie_word_embeddings=True, max_position_embeddings=8192,
                              model_type="gemma2"),
    "mistral-7b": MistralConfig(vocab_size=32768, hidden_size=4096, intermediate_size=14336, num_hidden_layers=32,
                                num_attention_heads=32, num_key_value_heads=8, head_dim=128, rope_theta=1000000.0,
                                layer_windows=(4096,) * 32, max_position_embeddings=32768),
    "llama-16l-tiny": LlamaConfig(vocab_size=512, hidden_size=128, intermediate_size=256, num_hidden_layers=16,
                                  num_attention_heads=32, num_key_value_heads=8, head_dim=8, rope_theta=500000.0,
                                  rope_scaling=_LLAMA3_ROPE, tie_word_embeddings=True, max_position_embeddings=131072),
}


class _Counted:
    """A weight source that reports how many of the model's parameters the GPU has made.

    Random weights are made by GPU kernels that the host only records, so on a slow GPU (a CPU
    Vulkan driver) recording ends long before the weights exist.  Where the device can block
    until its work is done (`WgpuDevice.wait`, CPython), each percent is reported once the GPU
    has made it; elsewhere, as recorded.
    """

    def __init__(self, device: Device, source: WeightSource, total: int, progress: Progress):
        self.source, self.total, self.progress = source, total, progress
        self.wait = getattr(device, "wait", None)
        self.done = self.reported = 0

    def _count(self, p: Param) -> None:
        self.done += p.numel
        if self.done - self.reported >= self.total / 100 or self.done == self.total:
            if self.wait:
                self.wait()
            self.reported = self.done
            self.progress("load", self.done, self.total)

    def matrix(self, device: Device, p: Param) -> Matrix:
        m = self.source.matrix(device, p)
        self._count(p)
        return m

    def vector(self, device: Device, p: Param) -> Tensor:
        v = self.source.vector(device, p)
        self._count(p)
        return v


def build(device: Device, model: str, context_window: int, prefill_chunk: int,
          quantization: str = "q0f32", progress: Progress | None = None) -> Decoder:
    """A standard shape with random weights, or the model called `model` (see `resolve_model`)."""
    if model in SHAPES:
        config = SHAPES[model]
        family = family_for(config.model_type, model)
        weights: WeightSource = RandomWeights(quantization=QUANTIZATIONS[quantization])
        if progress:
            total = sum(p.numel for p in parameters(family.model.names, config))
            weights = _Counted(device, weights, total, progress)
        return family.model(device, config, weights, context_window=context_window, prefill_chunk=prefill_chunk)
    from .loading.load import load_model  # here: the loaders need jinja2, which a standard shape does not

    return load_model(device, model, context_window=context_window, prefill_chunk=prefill_chunk)


def _matrix_bytes(m: Matrix) -> int:
    if isinstance(m, DenseMatrix):
        return sum(b.nbytes for b in m.blocks)
    if isinstance(m, GGMLMatrix):
        return sum(b.data.nbytes for b in m.blocks)
    return sum(w.nbytes + s.nbytes for w, s in m.blocks)


def decode_bytes_per_token(model: Decoder, positions: float) -> int:
    """Bytes a decode step must read: every layer matrix, the lm head, and the cache rows that
    `positions` (at most a layer's window) take per layer (the embedding row, norms and biases are
    negligible)."""
    c = model.config
    kv_row = 2 * 4 * c.num_key_value_heads * c.head_dim
    matrices = [getattr(layer, f.name) for layer in model.layers for f in dataclasses.fields(layer)]
    cache = sum(int(min(positions, cache.window or positions) * kv_row) for cache in model.caches)
    return _matrix_bytes(model.lm_head) + cache + sum(
        _matrix_bytes(m) for m in matrices if isinstance(m, (DenseMatrix, QuantizedMatrix, GGMLMatrix)))


async def run_bench(device: Device, model_name: str, prompt_len: int = 128, decode_tokens: int = 64,
                    repeats: int = 3, quantization: str = "q0f32", progress: Progress | None = None,
                    replay: bool = True, host_only: bool = False) -> dict:
    """Measure prefill of `prompt_len` tokens and `decode_tokens` greedy decode steps, best of `repeats`,
    through the generation pipeline (`replay=False`: with every decode step recorded anew;
    `host_only`: with empty kernels, on a device that has compiled none yet).

    `quantization` picks the weight format of a standard shape's random weights.  Each phase
    runs once more first, to warm up pipelines, bind groups and recorded steps; that round is
    not counted.
    """
    if model_name not in SHAPES:
        from .loading.resolve import ModelNotFoundError, no_such_model, resolve_model

        try:
            resolve_model(model_name)  # a wrong name fails before any work
        except ModelNotFoundError:
            raise no_such_model(model_name, list(SHAPES)) from None
    if host_only:
        device.hollow_kernels()
    report = progress or (lambda phase, done, total: None)
    report("load", 0, 1)
    model = build(device, model_name, context_window=prompt_len + decode_tokens + 1, prefill_chunk=prompt_len,
                  quantization=quantization, progress=progress)
    await device.read(model.ids)  # the load ends when the GPU has made (or received) every weight
    prompt = [(7 * i + 3) % model.config.vocab_size for i in range(prompt_len)]
    pipeline = Pipeline(model, replay=replay)
    greedy = SamplingParams(temperature=0)

    rounds = repeats + 1
    prefill, decode, host, submit, dispatches, syncs = [], [], [], [], [], []
    for r in range(rounds):
        report("prefill", r * prompt_len, rounds * prompt_len)
        pipeline.reset()
        t0 = time.perf_counter()
        await Decoding(pipeline, prompt, greedy, max_tokens=1).next()
        prefill.append(prompt_len / (time.perf_counter() - t0))
    report("prefill", rounds * prompt_len, rounds * prompt_len)
    for r in range(rounds):  # every round decodes the same tokens after the prompt
        pipeline.reset()
        decoding = Decoding(pipeline, prompt, greedy, max_tokens=decode_tokens + 1)
        await decoding.next()  # the prefill's token
        before, steps = dataclasses.replace(device.counters), decoding.stats.decode_steps
        t1 = time.perf_counter()
        for i in range(decode_tokens):
            report("decode", r * decode_tokens + i, rounds * decode_tokens)
            await decoding.next()
        decode.append(decode_tokens / (time.perf_counter() - t1))
        s, after = decoding.stats, device.counters
        host.append(s.host_seconds / s.decode_steps * 1e3)
        submit.append(s.submit_seconds / s.decode_steps * 1e3)
        steps = s.decode_steps - steps  # submitted meanwhile (the first one may go with the prefill)
        dispatches.append((after.dispatches - before.dispatches) / steps)
        syncs.append((after.syncs - before.syncs) / steps)
    report("decode", rounds * decode_tokens, rounds * decode_tokens)
    gpu: dict = {}  # what the GPU did: nothing to report with empty kernels
    if not host_only:
        kernel_ms = await _decode_kernel_ms(model, pipeline, prompt, greedy)
        read_bytes = decode_bytes_per_token(model, prompt_len + decode_tokens / 2)
        gpu = {**({"decode_kernel_ms": kernel_ms} if kernel_ms else {}),
               "gb_read_per_token": round(read_bytes / 1e9, 4),
               "decode_read_gb_s": round(read_bytes * max(decode[1:]) / 1e9, 1)}
    return {
        "model": model_name,
        "device": device.description,
        "host_only": host_only,
        "quantization": quantization if model_name in SHAPES else "as stored",
        "weight_kernels": model.weight_kernels,
        "prompt_tokens": prompt_len,
        "decode_tokens": decode_tokens,
        "prefill_tok_s": round(max(prefill[1:]), 1),
        "decode_tok_s": round(max(decode[1:]), 2),
        "replayed": pipeline.refused or replay,  # True, False (asked), or why a recording was refused
        "dispatches_per_token": round(min(dispatches[1:]), 2),
        "syncs_per_token": round(min(syncs[1:]), 2),
        "host_ms_per_decode_step": round(min(host[1:]), 3),
        "submit_ms_per_decode_step": round(min(submit[1:]), 3),
        **gpu,
        "config": dataclasses.asdict(model.config),
    }


async def _decode_kernel_ms(model: Decoder, pipeline: Pipeline, prompt: list[int],
                            greedy: SamplingParams) -> dict[str, float]:
    """One decode step after the prompt, each dispatch timed on the GPU: milliseconds per
    kernel, the largest first ({} without timestamp queries).  The step runs unreplayed, so
    its dispatches are recorded one by one and `pending_kernels` names them."""
    device = model.device
    if "timestamp-query" not in device.features:
        return {}
    pipeline.reset()
    token = (await Decoding(pipeline, prompt, greedy, max_tokens=1).next()).token_id
    device.flush()
    model.forward([token], len(prompt))
    kernels = device.pending_kernels
    timed = device.flush_timed()
    totals: dict[str, float] = {}
    for kernel, ms in zip(kernels, await timed() if timed else []):
        totals[kernel] = totals.get(kernel, 0.0) + ms
    return {k: round(v, 4) for k, v in sorted(totals.items(), key=lambda kv: -kv[1])}
