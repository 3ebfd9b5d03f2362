"""Where a model's weights come from: a checkpoint on disk, an MLC model folder, or random numbers.

A source gives the model its matrices and vectors by Hugging Face name.  A matrix is asked
for with the names of the tensors it stacks (fused projections stack several [out, in]
weights along rows) and the shape they fill together; it comes back as a `DenseMatrix` or a
`QuantizedMatrix` (see `webllm_py.quantization`) in row blocks, each small enough for one
GPU binding (`Device.max_binding_bytes`, 128 MiB on some adapters), so a big embedding or lm
head still works; most weights are a single block.
"""

from __future__ import annotations

import zlib
from typing import Protocol

from ..gpu import Device, Tensor
from ..quantization import DenseMatrix, Matrix, Quantization, QuantizedMatrix
from ..weights import RawTensor, WeightError, to_float32_bytes


class WeightSource(Protocol):
    def matrix(self, device: Device, names: tuple[str, ...], shape: tuple[int, int]) -> Matrix: ...

    def vector(self, device: Device, name: str, size: int) -> Tensor: ...


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
    """Tensors read from a checkpoint, converted to float32 and uploaded."""

    def __init__(self, tensors: dict[str, RawTensor], source: str):
        self.tensors = tensors
        self.source = source

    def _float32(self, names: tuple[str, ...], numel: int, shape: tuple[int, ...]) -> bytearray:
        data = bytearray()
        for name in names:
            if name not in self.tensors:
                raise WeightError(f"{self.source}: missing weight {name}")
            data += to_float32_bytes(self.tensors[name])
        if len(data) != 4 * numel:
            got = [self.tensors[n].shape for n in names]
            raise WeightError(f"{self.source}: {', '.join(names)} have shapes {got}, the config needs {shape} in all")
        return data

    def matrix(self, device: Device, names: tuple[str, ...], shape: tuple[int, int]) -> DenseMatrix:
        data = self._float32(names, shape[0] * shape[1], shape)
        step = block_rows(device, shape[0], 4 * shape[1])
        return DenseMatrix(upload_rows(device, data, shape, "float32", names[0], step))

    def vector(self, device: Device, name: str, size: int) -> Tensor:
        return device.tensor(self._float32((name,), size, (size,)), (size,), label=name)


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

    def matrix(self, device: Device, names: tuple[str, ...], shape: tuple[int, int]) -> Matrix:
        name = names[0]
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

    def vector(self, device: Device, name: str, size: int) -> Tensor:
        return self._uniform(device, (size,), name, 0, self.scale)
