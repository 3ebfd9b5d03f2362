"""Where a model's weights come from: a checkpoint on disk, an MLC model folder, or random numbers.

A model asks a source for each parameter by a `Param`, which names it both ways: the Hugging
Face tensors it is made of (fused projections stack several [out, in] weights along rows) with
the transform from their layout to ours, and its MLC LLM name (MLC folders already hold our
layout).  Each family's `weights.py` lists its Params.  A 2-D parameter (a linear or embedding
weight) comes back as a `DenseMatrix` or a `QuantizedMatrix` (see `webllm_py.quantization`) in
row blocks, each small enough for one GPU binding (`Device.max_binding_bytes`, 128 MiB on some
adapters), so a big embedding or lm head still works; most weights are a single block.  A 1-D
parameter (norm weight, bias) comes back as a float32 tensor.
"""

from __future__ import annotations

import zlib
from array import array
from dataclasses import dataclass
from typing import Callable, Protocol

from ..gpu import Device, Tensor
from ..quantization import DenseMatrix, Matrix, Quantization, QuantizedMatrix
from ..weights import RawTensor, WeightError, to_float32_bytes


# float32 bytes in a checkpoint's layout -> float32 bytes in ours
Transform = Callable[[bytes, "Param"], bytes]


@dataclass(frozen=True)
class Param:
    """One parameter: its MLC LLM name, the Hugging Face tensors it stacks, its shape ([out, in] or [n])."""

    mlc: str
    hf: tuple[str, ...]
    shape: tuple[int, ...]
    transform: Transform | None = None  # how the checkpoint's layout becomes ours (and MLC's)

    @property
    def is_matrix(self) -> bool:
        return len(self.shape) == 2

    @property
    def numel(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n


def transpose(data: bytes, p: Param) -> bytes:
    """GPT-2's Conv1D stores weights [in, out]; ours are [out, in]."""
    cols = p.shape[0]  # the stored matrix's columns are our rows
    a = array("f")
    a.frombytes(data)
    return b"".join(a[j::cols].tobytes() for j in range(cols))


def plus_one(data: bytes, p: Param) -> bytes:
    """Gemma's RMSNorm multiplies by (1 + w): store 1 + w (float32 sum, as transformers computes it)."""
    a = array("f")
    a.frombytes(data)
    return array("f", [v + 1.0 for v in a]).tobytes()


def heads_to_blocks(heads: int) -> Transform:
    """GPT-NeoX's fused qkv rows go head by head ([heads, 3, hd]); ours are q heads, k heads, v heads."""

    def transform(data: bytes, p: Param) -> bytes:
        view = memoryview(data)
        block = len(data) // (3 * heads)  # one head's q (or k, or v) rows
        return b"".join(view[(3 * h + part) * block:(3 * h + part + 1) * block]
                        for part in range(3) for h in range(heads))

    return transform


class WeightSource(Protocol):
    def matrix(self, device: Device, param: Param) -> Matrix: ...

    def vector(self, device: Device, param: Param) -> Tensor: ...


def load_params(device: Device, source: WeightSource, params: dict[str, Param]) -> dict[str, Matrix | Tensor]:
    """Each named parameter from `source`: matrices for 2-D ones, tensors for vectors."""
    return {key: source.matrix(device, p) if p.is_matrix else source.vector(device, p) for key, p in params.items()}


def block_rows(device: Device, rows: int, row_bytes: int) -> int:
    """Rows per block so that one block of rows of `row_bytes` fits in a binding."""
    return max(1, min(rows, device.max_binding_bytes // row_bytes))


def upload_rows(device: Device, data: bytes | memoryview, shape: tuple[int, int], dtype: str, label: str,
                step: int) -> list[Tensor]:
    """Upload a row-major [rows, cols] array as blocks of `step` rows."""
    rows, row_bytes = shape[0], len(data) // shape[0]
    view = memoryview(data)
    return [
        device.tensor(view[r * row_bytes:(r + n) * row_bytes], (n, shape[1]), dtype, label=label)
        for r in range(0, rows, step)
        for n in (min(step, rows - r),)
    ]


class CheckpointWeights:
    """Tensors read from a checkpoint, converted to float32 in our layout and uploaded.

    A parameter asked for twice (GPT-2's embedding, which is also its lm head) is uploaded once.
    """

    def __init__(self, tensors: dict[str, RawTensor], source: str):
        self.tensors = tensors
        self.source = source
        self._uploaded: dict[tuple, DenseMatrix] = {}

    def float32(self, p: Param) -> bytes:
        """The parameter's float32 bytes in our layout (also what the converter writes)."""
        data = bytearray()
        for name in p.hf:
            if name not in self.tensors:
                raise WeightError(f"{self.source}: missing weight {name}")
            data += to_float32_bytes(self.tensors[name])
        if len(data) != 4 * p.numel:
            got = [self.tensors[n].shape for n in p.hf]
            raise WeightError(f"{self.source}: {', '.join(p.hf)} have shapes {got}, the config needs {p.shape} in all")
        if p.is_matrix:
            self._check_matrix(p)
        return p.transform(data, p) if p.transform else data

    def _check_matrix(self, p: Param) -> None:
        """Each stacked part must have the config's input (column) count; with the byte count
        already right, the rows then add up too. So a same-sized tensor in the wrong layout (a
        transposed embedding) is refused. GPT-2's Conv1D (`transpose`) stores [in, out] parts."""
        flipped = p.transform is transpose
        for name in p.hf:
            shape = list(self.tensors[name].shape)
            if len(shape) != 2 or shape[0 if flipped else 1] != p.shape[1]:
                single = [p.shape[1], p.shape[0]] if flipped else list(p.shape)
                stacked = f"[{p.shape[1]}, *]" if flipped else f"[*, {p.shape[1]}]"
                want = str(single) if len(p.hf) == 1 else f"{stacked}, stacked into {list(p.shape)}"
                raise WeightError(f"{self.source}: {name} has shape {shape}, the config needs {want}")

    def matrix(self, device: Device, p: Param) -> DenseMatrix:
        key = (p.hf, p.shape, p.transform)
        if key not in self._uploaded:
            step = block_rows(device, p.shape[0], 4 * p.shape[1])
            self._uploaded[key] = DenseMatrix(upload_rows(device, self.float32(p), p.shape, "float32", p.hf[0], step))
        return self._uploaded[key]

    def vector(self, device: Device, p: Param) -> Tensor:
        return device.tensor(self.float32(p), p.shape, label=p.hf[0])


class RandomWeights:
    """Random weights generated on the GPU, for benchmarks of standard shapes.

    Float weights and norms are uniform in [-scale, scale].  With a q4 `quantization` the
    packed words are random bits and the scales are drawn so that weights stay within
    about ±scale: float16 scales (kept as float16 when the device has `shader-f16`, like a
    loaded q4f16_1 model) are random-signed numbers in [2^-8, 2^-7), float32 ones uniform.
    """

    def __init__(self, seed: int = 0, scale: float = 0.02, quantization: Quantization | None = None):
        self.seed = seed
        self.scale = scale
        self.quantization = quantization if quantization and quantization.bits else None

    def _seed(self, name: str, part: int) -> int:
        return (zlib.crc32(f"{name}:{part}".encode()) ^ self.seed) & 0x7FFFFFFF

    def _uniform(self, device: Device, shape: tuple[int, ...], name: str, part: int, scale: float) -> Tensor:
        t = device.empty(shape, label=name)
        n = 1
        for d in shape:
            n *= d
        device.run("fill_uniform", {"seed": self._seed(name, part), "scale": scale}, out=t.view(n))
        return t

    def _bits(self, device: Device, shape: tuple[int, int], name: str, part: int, mask: int, bits: int) -> Tensor:
        """uint32 words (hash & mask) | bits; the kernel takes the masks as signed 32-bit values."""
        t = device.empty(shape, "uint32", label=name)
        signed = {"mask": mask - (1 << 32) if mask >= 1 << 31 else mask, "bits": bits}
        device.run("fill_bits", {"seed": self._seed(name, part), **signed}, out=t.view(shape[0] * shape[1]))
        return t

    def matrix(self, device: Device, p: Param) -> Matrix:
        name, shape = p.hf[0], p.shape
        q = self.quantization
        if q is None:
            step = block_rows(device, shape[0], 4 * shape[1])
            return DenseMatrix([self._uniform(device, (min(step, shape[0] - r), shape[1]), name, r, self.scale)
                                for r in range(0, shape[0], step)])
        (_, words), (_, groups) = q.packed_shapes(*shape)
        f16 = q.model_dtype == "float16" and "shader-f16" in device.features
        step = block_rows(device, shape[0], 4 * words)
        blocks = []
        for r in range(0, shape[0], step):
            rows = min(step, shape[0] - r)
            w = self._bits(device, (rows, words), name, r, 0xFFFFFFFF, 0)
            if f16:  # two float16 per word: random sign and mantissa, exponent 2^-8
                s = self._bits(device, (rows, (groups + 1) // 2), name + ".scale", r, 0x83FF83FF, 0x1C001C00)
                s = s.view(rows, groups, dtype="float16")
            else:
                s = self._uniform(device, (rows, groups), name + ".scale", r, self.scale / 8)
            blocks.append((w, s))
        return QuantizedMatrix(blocks, shape[1])

    def vector(self, device: Device, p: Param) -> Tensor:
        return self._uniform(device, p.shape, p.hf[0], 0, self.scale)
