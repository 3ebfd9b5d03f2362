"""Where a model's weights come from: a checkpoint on disk, or random numbers made on the GPU.

A source is called with the Hugging Face names of one or more tensors and the
shape they fill together (fused projections stack several [out, in] matrices
along rows).  It returns the weight as row blocks, each small enough for one
GPU binding (`Device.max_binding_bytes`, 128 MiB on some adapters), so a big
embedding or lm head still works; most weights are a single block.
"""

from __future__ import annotations

import zlib
from typing import Protocol

from ..gpu import Device, Tensor
from ..weights import RawTensor, WeightError, to_float32_bytes


class WeightSource(Protocol):
    def __call__(self, device: Device, names: tuple[str, ...], shape: tuple[int, ...]) -> list[Tensor]: ...


def block_rows(device: Device, shape: tuple[int, ...]) -> int:
    """Rows per block so that one block fits in a binding."""
    row_bytes = 4 * _numel(shape[1:])
    return max(1, min(shape[0], device.max_binding_bytes // row_bytes))


class CheckpointWeights:
    """Tensors read from a checkpoint, converted to float32 and uploaded."""

    def __init__(self, tensors: dict[str, RawTensor], source: str):
        self.tensors = tensors
        self.source = source

    def __call__(self, device: Device, names: tuple[str, ...], shape: tuple[int, ...]) -> list[Tensor]:
        data = bytearray()
        for name in names:
            if name not in self.tensors:
                raise WeightError(f"{self.source}: missing weight {name}")
            data += to_float32_bytes(self.tensors[name])
        if len(data) != 4 * _numel(shape):
            got = [self.tensors[n].shape for n in names]
            raise WeightError(f"{self.source}: {', '.join(names)} have shapes {got}, the config needs {shape} in all")
        step, row_bytes = block_rows(device, shape), 4 * _numel(shape[1:])
        view = memoryview(data)
        return [
            device.tensor(view[r * row_bytes:(r + rows) * row_bytes], (rows, *shape[1:]), label=names[0])
            for r in range(0, shape[0], step)
            for rows in (min(step, shape[0] - r),)
        ]


class RandomWeights:
    """Uniform noise in [-scale, scale], generated on the GPU: for benchmarks of standard shapes."""

    def __init__(self, seed: int = 0, scale: float = 0.02):
        self.seed = seed
        self.scale = scale

    def __call__(self, device: Device, names: tuple[str, ...], shape: tuple[int, ...]) -> list[Tensor]:
        step, blocks = block_rows(device, shape), []
        for r in range(0, shape[0], step):
            t = device.empty((min(step, shape[0] - r), *shape[1:]), label=names[0])
            seed = (zlib.crc32(f"{names[0]}:{r}".encode()) ^ self.seed) & 0x7FFFFFFF
            device.run("fill_uniform", {"seed": seed, "scale": self.scale}, out=t.view(_numel(t.shape)))
            blocks.append(t)
        return blocks


def _numel(shape: tuple[int, ...]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n
