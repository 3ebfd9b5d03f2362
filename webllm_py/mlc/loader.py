"""Load an MLC model folder (ours or WebLLM's prebuilt ones) from a local path or a URL.

Reading goes shard by shard: each shard's tensors are uploaded to the GPU (converted where
the device needs it, split into row blocks where a binding needs it) before the next shard is
read, so host memory holds one shard at a time, which matters in a browser tab.

Two entry points with one implementation: `load_mlc_model` reads synchronously (files, or
URLs through urllib in CPython) and `load_mlc_model_async` awaits every read (`pyfetch` in
the browser, where a synchronous network read is impossible).
"""

from __future__ import annotations

import asyncio
import sys
import urllib.error
import urllib.request
from pathlib import Path

from ..gpu import Device, Tensor
from ..models.llama.model import LlamaModel
from ..models.sources import block_rows, upload_rows
from ..quantization import DenseMatrix, Quantization, QuantizedMatrix
from ..weights import DTYPE_SIZES, WeightError, to_float32_bytes
from .chat_config import CONFIG_NAME, read_chat_config
from .tensor_cache import INDEX_NAMES, Shard, parse_index

# MLC LLM fuses these projections; the model asks for them by their Hugging Face names.
_FUSED = {("q_proj", "k_proj", "v_proj"): "qkv_proj", ("gate_proj", "up_proj"): "gate_up_proj"}


class MissingFile(WeightError):
    """A file of the model folder does not exist (no such file, HTTP 404)."""


def is_url(source: str | Path) -> bool:
    return isinstance(source, str) and source.startswith(("http://", "https://"))


def is_mlc_folder(path: str | Path) -> bool:
    return Path(path).is_dir() and any((Path(path) / n).is_file() for n in (CONFIG_NAME, *INDEX_NAMES))


class Location:
    """A model folder on disk or on a web server; file names are relative to it."""

    def __init__(self, source: str | Path):
        self.source = str(source).rstrip("/")
        self.url = is_url(self.source)

    def name(self, file: str) -> str:
        return f"{self.source}/{file}"

    def read(self, file: str) -> bytes:
        where = self.name(file)
        if not self.url:
            try:
                return Path(where).read_bytes()
            except FileNotFoundError:
                raise MissingFile(f"{where}: missing") from None
        try:
            with urllib.request.urlopen(where) as response:
                return response.read()
        except urllib.error.HTTPError as e:
            if e.code == 404:
                raise MissingFile(f"{where}: missing (HTTP 404)") from None
            raise WeightError(f"{where}: HTTP {e.code}") from None
        except urllib.error.URLError as e:
            raise WeightError(f"{where}: cannot fetch ({e.reason})") from None

    async def read_async(self, file: str) -> bytes:
        if not self.url:
            return self.read(file)
        if sys.platform != "emscripten":
            return await asyncio.to_thread(self.read, file)
        from pyodide.http import pyfetch  # type: ignore[import-not-found]

        where = self.name(file)
        try:
            response = await pyfetch(where)
        except Exception as e:  # a JS network error (unreachable host, CORS)
            raise WeightError(f"{where}: cannot fetch ({e})") from None
        if response.status == 404:
            raise MissingFile(f"{where}: missing (HTTP 404)")
        if not response.ok:
            raise WeightError(f"{where}: HTTP {response.status}")
        return await response.bytes()


class _Upload:
    """The state of one load: config, index, and the GPU tensors uploaded so far."""

    def __init__(self, device: Device, location: Location):
        self.device = device
        self.location = location
        self.tensors: dict[str, list[Tensor]] = {}

    def read_config(self, data: bytes) -> None:
        self.config, self.quantization, self.chat_config = read_chat_config(data, self.location.name(CONFIG_NAME))

    def read_index(self, data: bytes, name: str) -> list[Shard]:
        self.index_name = self.location.name(name)
        _, shards = parse_index(data, self.index_name)
        records = {r.name: r for s in shards for r in s.records}
        self.steps = {name: self._rows_per_block(name, records) for name in records}
        return shards

    def _gpu_dtype(self, name: str, stored: str) -> str:
        """float16 stays float16 only for q4 scales on devices with shader-f16; other floats become float32."""
        if stored == "float16" and name.endswith(".q_scale") and "shader-f16" in self.device.features:
            return "float16"
        return "float32" if stored in ("float16", "bfloat16", "float32") else stored

    def _rows_per_block(self, name: str, records: dict) -> int:
        """Row-block size of a 2-D tensor; a q_weight and its q_scale are split at the same rows."""
        base, _, kind = name.rpartition(".")
        parts = [records[f"{base}.{k}"] for k in ("q_weight", "q_scale") if f"{base}.{k}" in records] \
            if kind in ("q_weight", "q_scale") else [records[name]]
        if len(parts[0].shape) != 2:
            return 0
        row_bytes = max(p.shape[1] * DTYPE_SIZES[self._gpu_dtype(p.name, p.stored_dtype)] for p in parts)
        return block_rows(self.device, parts[0].shape[0], row_bytes)

    def upload(self, shard: Shard, data: bytes) -> None:
        for name, t in shard.tensors(data, self.location.name(shard.path)).items():
            dtype = self._gpu_dtype(name, t.dtype)
            raw = to_float32_bytes(t) if dtype != t.dtype else t.data
            step = self.steps[name]
            self.tensors[name] = (upload_rows(self.device, raw, t.shape, dtype, name, step) if step
                                  else [self.device.tensor(raw, t.shape, dtype, label=name)])

    def model(self, context_window: int | None, prefill_chunk: int) -> LlamaModel:
        weights = MLCWeights(self.tensors, self.quantization, self.index_name)
        return LlamaModel(self.device, self.config, weights, context_window=context_window, prefill_chunk=prefill_chunk)


def load_mlc_model(device: Device, source: str | Path, context_window: int | None = None,
                   prefill_chunk: int = 128) -> LlamaModel:
    """Load an MLC model folder from a path or (CPython) a URL."""
    location = Location(source)
    up = _Upload(device, location)
    up.read_config(location.read(CONFIG_NAME))
    for name in INDEX_NAMES:  # the current name first, then the older one
        try:
            index = location.read(name)
            break
        except MissingFile:
            if name == INDEX_NAMES[-1]:
                raise MissingFile(f"{location.source}: no {' or '.join(INDEX_NAMES)}") from None
    for shard in up.read_index(index, name):
        up.upload(shard, location.read(shard.path))
    return up.model(context_window, prefill_chunk)


async def load_mlc_model_async(device: Device, source: str | Path, context_window: int | None = None,
                               prefill_chunk: int = 128) -> LlamaModel:
    """Load an MLC model folder from a path or a URL; in the browser, reads with `pyfetch`."""
    location = Location(source)
    up = _Upload(device, location)
    up.read_config(await location.read_async(CONFIG_NAME))
    for name in INDEX_NAMES:
        try:
            index = await location.read_async(name)
            break
        except MissingFile:
            if name == INDEX_NAMES[-1]:
                raise MissingFile(f"{location.source}: no {' or '.join(INDEX_NAMES)}") from None
    for shard in up.read_index(index, name):
        up.upload(shard, await location.read_async(shard.path))
    return up.model(context_window, prefill_chunk)


class MLCWeights:
    """A weight source over tensors already on the GPU, named and laid out as MLC LLM does."""

    def __init__(self, tensors: dict[str, list[Tensor]], quantization: Quantization, source: str):
        self.tensors = tensors
        self.quantization = quantization
        self.source = source

    def _get(self, name: str) -> list[Tensor]:
        if name not in self.tensors:
            raise WeightError(f"{self.source}: missing tensor {name}")
        return self.tensors[name]

    def _check(self, name: str, blocks: list[Tensor], shape: tuple[int, int]) -> None:
        got = (sum(b.shape[0] for b in blocks), *blocks[0].shape[1:])
        if got != shape:
            raise WeightError(f"{self.source}: {name} has shape {list(got)}, the config needs {list(shape)}")

    def matrix(self, device: Device, names: tuple[str, ...], shape: tuple[int, int]) -> DenseMatrix | QuantizedMatrix:
        base = _mlc_name(names)
        if not self.quantization.bits:
            blocks = self._get(base + ".weight")
            self._check(base + ".weight", blocks, shape)
            return DenseMatrix(blocks)
        if shape[1] % 4:
            raise WeightError(f"{self.source}: {base} has {shape[1]} inputs; the q4 kernels need a multiple of 4")
        w, s = self._get(base + ".q_weight"), self._get(base + ".q_scale")
        w_shape, s_shape = self.quantization.packed_shapes(*shape)
        self._check(base + ".q_weight", w, w_shape)
        self._check(base + ".q_scale", s, s_shape)
        return QuantizedMatrix(list(zip(w, s)), shape[1])

    def vector(self, device: Device, name: str, size: int) -> Tensor:
        (t,) = self._get(name)
        if t.shape != (size,):
            raise WeightError(f"{self.source}: {name} has shape {list(t.shape)}, the config needs [{size}]")
        return t


def _mlc_name(names: tuple[str, ...]) -> str:
    """MLC's parameter prefix for Hugging Face weight names: q/k/v -> qkv_proj, gate/up -> gate_up_proj."""
    prefix = names[0].rsplit(".", 2)[0]
    parts = tuple(n.rsplit(".", 2)[1] for n in names)
    return f"{prefix}.{_FUSED[parts]}" if len(names) > 1 else names[0].removesuffix(".weight")
