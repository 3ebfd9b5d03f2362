"""Where a model's weights come from: a checkpoint on disk, or random numbers made on the GPU.

A source is called with the Hugging Face names of one or more tensors and the
shape they fill together (fused projections stack several [out, in] matrices
along rows), and returns a device tensor.
"""

from __future__ import annotations

import zlib
from typing import Protocol

from ..gpu import Device, Tensor
from ..weights import RawTensor, WeightError, to_float32_bytes


class WeightSource(Protocol):
    def __call__(self, device: Device, names: tuple[str, ...], shape: tuple[int, ...]) -> Tensor: ...


class CheckpointWeights:
    """Tensors read from a checkpoint, converted to float32 and uploaded."""

    def __init__(self, tensors: dict[str, RawTensor], source: str):
        self.tensors = tensors
        self.source = source

    def __call__(self, device: Device, names: tuple[str, ...], shape: tuple[int, ...]) -> Tensor:
        data = bytearray()
        for name in names:
            if name not in self.tensors:
                raise WeightError(f"{self.source}: missing weight {name}")
            data += to_float32_bytes(self.tensors[name])
        if len(data) != 4 * _numel(shape):
            got = [self.tensors[n].shape for n in names]
            raise WeightError(f"{self.source}: {', '.join(names)} have shapes {got}, the config needs {shape} in all")
        return device.tensor(data, shape, label=names[0])


class RandomWeights:
    """Uniform noise in [-scale, scale], generated on the GPU: for benchmarks of standard shapes."""

    def __init__(self, seed: int = 0, scale: float = 0.02):
        self.seed = seed
        self.scale = scale

    def __call__(self, device: Device, names: tuple[str, ...], shape: tuple[int, ...]) -> Tensor:
        t = device.empty(shape, label=names[0])
        seed = (zlib.crc32(names[0].encode()) ^ self.seed) & 0x7FFFFFFF
        device.run("fill_uniform", {"seed": seed, "scale": self.scale}, out=t.view(_numel(shape)))
        return t


def _numel(shape: tuple[int, ...]) -> int:
    n = 1
    for d in shape:
        n *= d
    return n
