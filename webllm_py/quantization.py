"""Weight storage modes (MLC LLM's names and layouts) and the GPU matrices that use them.

| mode      | linear and embedding weights                                                  | other params |
| --------- | ----------------------------------------------------------------------------- | ------------ |
| `q0f32`   | float32 [out, in]                                                             | float32      |
| `q0f16`   | float16 [out, in]                                                             | float16      |
| `q4f32_1` | `q_weight` uint32 [out, ceil(in/32)*4] + `q_scale` float32 [out, ceil(in/32)] | float32      |
| `q4f16_1` | the same with a float16 `q_scale`                                             | float16      |

Group quantization (`q4*_1`): groups of 32 along the input dimension; scale = max|w| / 7,
q = clamp(round(w / scale + 7), 0, 14) computed in the model dtype (round half to even, as
MLC's CPU path does), packed 8 per uint32 with value i in bits 4i..4i+3 (a partial last group
is padded with zero nibbles); w ≈ (q - 7) * scale.  The embedding and the lm head are
quantized too, as in MLC LLM.

On the GPU a weight is a matrix object with its own `linear` (y (+)= x @ W.T; for one token a
GEMV that can fuse an input `Prologue` — RMSNorm, LayerNorm, a gated activation — and a bias)
and `embed` (row lookup): `DenseMatrix` (float32) or `QuantizedMatrix` (q4 with float32 or float16
scales).  float16 scales are kept as they are when the adapter has `shader-f16` (the `_f16`
kernels read them) and widened to float32 when it does not; both give the same numbers,
since dequantization is exact in float32 either way.  Unquantized float16 weights (`q0f16`)
are widened to float32 at load: the dense kernels are float32.

GGUF weights (llama.cpp's files) stay in their own GGML block format on the GPU: `ggml_matrix`
uploads a tensor's raw bytes as a `GGMLMatrix`, whose kernels (`kernels/ggml.py`) dequantize
while they compute, bit-exactly as gguf-py does, on every adapter (they read f16 scales as bits,
so there is nothing to widen without `shader-f16`).
"""

from __future__ import annotations

from dataclasses import dataclass

from .gpu import Device, Tensor
from .weights.tensor import WeightError


@dataclass(frozen=True)
class Quantization:
    name: str
    model_dtype: str  # dtype of unquantized params and of the scales: "float32" or "float16"
    bits: int = 0  # 0: not quantized
    group_size: int = 32

    @property
    def kind(self) -> str:
        """MLC LLM's name for the method, as written in mlc-chat-config.json's quantization."""
        return "group-quant" if self.bits else "no-quant"

    def packed_shapes(self, out_features: int, in_features: int) -> tuple[tuple[int, int], tuple[int, int]]:
        """Shapes of (q_weight, q_scale) for a quantized [out, in] weight."""
        groups = -(-in_features // self.group_size)
        return (out_features, groups * self.group_size * self.bits // 32), (out_features, groups)


QUANTIZATIONS: dict[str, Quantization] = {
    q.name: q
    for q in (
        Quantization("q0f32", "float32"),
        Quantization("q0f16", "float16"),
        Quantization("q4f32_1", "float32", bits=4),
        Quantization("q4f16_1", "float16", bits=4),
    )
}


# From this many rows on, a q4 matrix-vector product uses the "tall" schedule (64 rows per
# workgroup): enough workgroups to fill a large GPU, and 1.5x faster there (kernels/quantized.py).
TALL_ROWS = 8192
# The subgroup size the q4_gemv_sg32 kernels are compiled for (kernels/quantized.py).
SUBGROUP_SIZE = 32


def fixed_subgroup_size(device: Device) -> int | None:
    """The adapter's subgroup size if every subgroup has it (the adapter's smallest and largest
    subgroup sizes, which the browser backend reads from GPUAdapterInfo, are equal) and the device
    has Dawn's `subgroups` feature; None otherwise.  wgpu-native names the feature `subgroup` and
    its shader compiler rejects the `enable subgroups;` that TVM writes, so wgpu devices get None."""
    smallest, largest = device.limits.get("subgroupMinSize"), device.limits.get("subgroupMaxSize")
    return smallest if "subgroups" in device.features and smallest is not None and smallest == largest else None


@dataclass(frozen=True)
class Prologue:
    """An input transform that a GEMV fuses (kernels/prologue.py): one token's x becomes
    rmsnorm(x) * w, layernorm(x) * w + b, act(gate) * up of x = [gate | up] (`gated`), or act(x).

    `name` is the kernel-name part: "", "rms", "layer", "silu", "gelu", "gelu_tanh" (gated) or
    "act_gelu", "act_gelu_tanh"."""

    name: str = ""
    weight: Tensor | None = None  # the norm's weight (Nw)
    bias: Tensor | None = None  # LayerNorm's bias (Nb)
    eps: float = 0.0

    @property
    def gated(self) -> bool:
        """x holds [gate | up]: twice the weight's input width."""
        return self.name in ("silu", "gelu", "gelu_tanh")

    def arguments(self) -> tuple[dict[str, float], dict[str, Tensor]]:
        """The kernel's extra scalars and buffers."""
        scalars = {"eps": self.eps} if self.weight is not None else {}
        tensors = {name: t for name, t in (("Nw", self.weight), ("Nb", self.bias)) if t is not None}
        return scalars, tensors


NO_PROLOGUE = Prologue()


def gemv_kernel(base: str, prologue: Prologue, bias: bool, accumulate: bool, suffix: str = "") -> str:
    """The shipped name of a GEMV variant: base[_prologue][_bias][_add][_suffix] (as kernels/prologue.py)."""
    return "_".join(p for p in (base, prologue.name, "bias" if bias else "", "add" if accumulate else "", suffix) if p)


def _gemv_call(prologue: Prologue, bias: Tensor | None, x: Tensor, in_features: int,
               row: int | None) -> tuple[dict[str, float], dict[str, Tensor]]:
    """The scalars and buffers that every format's fused GEMV takes besides X, W.., Y, after
    checking that x fits the weight."""
    width = in_features * (2 if prologue.gated else 1)
    if x.shape[-1] != width:
        raise ValueError(f"linear: x has {x.shape[-1]} columns, the weight {in_features}"
                         + (f" (a gated input [gate | up] has {width})" if prologue.gated else ""))
    scalars, tensors = prologue.arguments()
    if bias is not None:
        tensors["B"] = bias
    return {"row": row or 0, **scalars}, tensors


def _unfused(prologue: Prologue, bias: Tensor | None) -> None:
    if prologue.name or bias is not None:
        raise ValueError("a prologue or bias is fused into the GEMV only (one token or `row`); "
                         "for more rows, Decoder.linear runs them as kernels of their own")


def _vec4(t: Tensor, *shape: int) -> Tensor:
    """A view whose elements are 16-byte vectors (`uint32x4`, `float32x4`) for the q4 and
    `gemv_vec4` kernels.

    `Device.run` only needs the buffer, the shape and the buffer identity.
    """
    return Tensor(t.buffer, tuple(shape), t.dtype + "x4", t.capacity, t.id)


def _dense_gemv(device: Device, x: Tensor, w: Tensor, y: Tensor, prologue: Prologue, bias: bool, accumulate: bool,
                scalars: dict[str, float], tensors: dict[str, Tensor]) -> None:
    """One float32 row block's GEMV: the `gemv_vec4` kernel (16-byte loads) when its width is a
    multiple of 4, the scalar `gemv` otherwise."""
    (m, k), (n, kx) = w.shape, x.shape
    if k % 4:
        device.run(gemv_kernel("gemv", prologue, bias, accumulate), scalars, X=x, W=w, Y=y, **tensors)
    else:
        device.run(gemv_kernel("gemv_vec4", prologue, bias, accumulate), scalars,
                   X=_vec4(x, n, kx // 4), W=_vec4(w, m, k // 4), Y=y, **tensors)


@dataclass
class DenseMatrix:
    """A float32 [out, in] weight in row blocks, each small enough for one GPU binding."""

    blocks: list[Tensor]

    def __len__(self) -> int:
        """The number of row blocks."""
        return len(self.blocks)

    @property
    def shape(self) -> tuple[int, int]:
        return sum(b.shape[0] for b in self.blocks), self.blocks[0].shape[1]

    def linear(self, device: Device, x: Tensor, y: Tensor, accumulate: bool = False, row: int | None = None,
               prologue: Prologue = NO_PROLOGUE, bias: Tensor | None = None) -> None:
        """y (+)= x' @ W.T (+ bias): matrix-vector for one token (x's `row`), with `prologue`'s
        x' and the bias fused; tiled matmul of x for more."""
        col0 = 0
        gemv = row is not None or x.shape[0] == 1
        if gemv:
            scalars, tensors = _gemv_call(prologue, bias, x, self.shape[1], row)
        else:
            _unfused(prologue, bias)
        for block in self.blocks:
            if gemv:
                _dense_gemv(device, x, block, y.view(y.shape[1]), prologue, bias is not None, accumulate,
                            {**scalars, "col0": col0}, tensors)
            else:
                device.run("matmul_add" if accumulate else "matmul", {"col0": col0}, X=x, W=block, Y=y)
            col0 += block.shape[0]

    def embed(self, device: Device, ids: Tensor, out: Tensor, scale: float = 1.0) -> None:
        """out[i] = W[ids[i]] * scale."""
        row0 = 0
        for block in self.blocks:
            device.run("embed", {"row0": row0, "scale": scale}, ids=ids, table=block, out=out)
            row0 += block.shape[0]


@dataclass
class QuantizedMatrix:
    """A q4 [out, in] weight as row blocks of (q_weight uint32 [rows, words], q_scale [rows, groups])."""

    blocks: list[tuple[Tensor, Tensor]]
    in_features: int

    def __len__(self) -> int:
        """The number of row blocks."""
        return len(self.blocks)

    @property
    def shape(self) -> tuple[int, int]:
        return sum(w.shape[0] for w, _ in self.blocks), self.in_features

    @property
    def variant(self) -> str:
        """Kernel name suffix: the scales' dtype on the GPU."""
        return "f16" if self.blocks[0][1].dtype == "float16" else "f32"

    def linear(self, device: Device, x: Tensor, y: Tensor, accumulate: bool = False, row: int | None = None,
               prologue: Prologue = NO_PROLOGUE, bias: Tensor | None = None) -> None:
        """y (+)= x' @ deq(W).T (+ bias), dequantizing inside the kernel: gemv for one token (x's
        `row`), with `prologue`'s x' and the bias fused (its rows reduced through subgroup
        shuffles where every subgroup is 32 wide); matmul of x for more."""
        n, k = x.shape
        xv = _vec4(x, n, k // 4)
        gemv = row is not None or n == 1
        if gemv:
            scalars, tensors = _gemv_call(prologue, bias, x, self.in_features, row)
        else:
            _unfused(prologue, bias)
        subgroups = fixed_subgroup_size(device) == SUBGROUP_SIZE
        col0 = 0
        for w, s in self.blocks:
            wv = _vec4(w, *s.shape)  # one uint32x4 is one group of 32 values
            if gemv:
                # no tall activation variants: the down projections they serve have few rows
                tall = w.shape[0] >= TALL_ROWS and prologue.name in ("", "rms", "layer")
                base = "q4_gemv_tall" if tall else "q4_gemv_sg32" if subgroups else "q4_gemv"
                device.run(gemv_kernel(base, prologue, bias is not None, accumulate, self.variant),
                           {**scalars, "col0": col0}, X=xv, W=wv, S=s, Y=y.view(y.shape[1]), **tensors)
            else:
                device.run(f"q4_matmul{'_add' if accumulate else ''}_{self.variant}", {"col0": col0},
                           X=xv, W=wv, S=s, Y=y)
            col0 += w.shape[0]

    def embed(self, device: Device, ids: Tensor, out: Tensor, scale: float = 1.0) -> None:
        """out[i] = deq(W)[ids[i]] * scale."""
        row0 = 0
        for w, s in self.blocks:
            device.run(f"q4_embed_{self.variant}", {"row0": row0, "scale": scale}, ids=ids, W=w, S=s, out=out)
            row0 += w.shape[0]


# GGML type name (as gguf-py spells it) -> (elements per block, bytes per block); F32 is dense.
GGML_TYPES: dict[str, tuple[int, int]] = {
    "F32": (1, 4), "F16": (1, 2), "BF16": (1, 2),
    "Q8_0": (32, 34), "Q4_0": (32, 18), "Q4_1": (32, 20), "Q5_0": (32, 22), "Q5_1": (32, 24),
    "Q4_K": (256, 144), "Q5_K": (256, 176), "Q6_K": (256, 210),
}
# Row blocks address bytes with int32 offsets in the kernels.
MAX_GGML_BLOCK_BYTES = (1 << 31) - 16


@dataclass(frozen=True)
class GGMLBlock:
    """Consecutive rows of a weight in one GGML type: the GGUF bytes, row after row, as uint32
    words (padded to 4 bytes), or for F32 a float32 [rows, cols] tensor for the dense kernels."""

    ggml_type: str
    rows: int
    data: Tensor


@dataclass
class GGMLMatrix:
    """A [out, in] weight in GGUF block formats, as row blocks that each fit one GPU binding.

    Blocks may differ in type: a fused projection stacks its parts (`stack_rows`), and llama.cpp
    quantizes q, k and v (or gate and up) of one layer to different types."""

    blocks: list[GGMLBlock]
    in_features: int

    def __len__(self) -> int:
        """The number of row blocks."""
        return len(self.blocks)

    @property
    def shape(self) -> tuple[int, int]:
        return sum(b.rows for b in self.blocks), self.in_features

    def linear(self, device: Device, x: Tensor, y: Tensor, accumulate: bool = False, row: int | None = None,
               prologue: Prologue = NO_PROLOGUE, bias: Tensor | None = None) -> None:
        """y (+)= x' @ deq(W).T (+ bias), dequantizing inside the kernel: gemv for one token (x's
        `row`), with `prologue`'s x' and the bias fused; matmul of x for more."""
        gemv = row is not None or x.shape[0] == 1
        if gemv:
            scalars, tensors = _gemv_call(prologue, bias, x, self.in_features, row)
        else:
            _unfused(prologue, bias)
            if x.shape[-1] != self.in_features:
                raise ValueError(f"GGMLMatrix.linear: x has {x.shape[-1]} columns, the weight {self.in_features}")
        col0 = 0
        for b in self.blocks:
            if gemv and b.ggml_type == "F32":
                _dense_gemv(device, x, b.data, y.view(y.shape[1]), prologue, bias is not None, accumulate,
                            {**scalars, "col0": col0}, tensors)
            elif gemv:
                kernel = gemv_kernel("ggml_gemv", prologue, bias is not None, accumulate, b.ggml_type.lower())
                # the words do not tell the kernel how many rows they hold
                device.run(kernel, {**scalars, "col0": col0, "m": b.rows}, X=x, W=b.data, Y=y.view(y.shape[1]),
                           **tensors)
            else:
                kernel = "matmul_add" if accumulate else "matmul"
                if b.ggml_type != "F32":
                    kernel = f"ggml_{kernel}_{b.ggml_type.lower()}"
                device.run(kernel, {"col0": col0, **({} if b.ggml_type == "F32" else {"m": b.rows})},
                           X=x, W=b.data, Y=y)
            col0 += b.rows

    def embed(self, device: Device, ids: Tensor, out: Tensor, scale: float = 1.0) -> None:
        """out[i] = deq(W)[ids[i]] * scale."""
        row0 = 0
        for b in self.blocks:
            if b.ggml_type == "F32":
                device.run("embed", {"row0": row0, "scale": scale}, ids=ids, table=b.data, out=out)
            else:
                device.run(f"ggml_embed_{b.ggml_type.lower()}", {"row0": row0, "scale": scale, "m": b.rows},
                           ids=ids, W=b.data, out=out)
            row0 += b.rows


Matrix = DenseMatrix | QuantizedMatrix | GGMLMatrix


def ggml_matrix(device: Device, data: bytes | memoryview, ggml_type: str, shape: tuple[int, int], label: str) -> Matrix:
    """Upload a GGUF tensor's raw bytes (`shape` = (rows, cols), cols contiguous: GGUF's ne[0])
    in row blocks that each fit one binding: a `DenseMatrix` for F32, else a `GGMLMatrix`."""
    if ggml_type not in GGML_TYPES:
        raise WeightError(f"{label}: GGML type {ggml_type} is not supported (supported: {', '.join(GGML_TYPES)})")
    rows, cols = shape
    block, block_bytes = GGML_TYPES[ggml_type]
    if rows <= 0 or cols <= 0 or cols % block:
        raise WeightError(f"{label}: shape {list(shape)} does not fit {ggml_type}, whose rows are whole blocks"
                          f" of {block} values")
    row_bytes = cols // block * block_bytes
    if len(data) != rows * row_bytes:
        raise WeightError(f"{label}: {len(data)} bytes for a {ggml_type} tensor of shape {list(shape)},"
                          f" which takes {rows * row_bytes}")
    # a block's buffer is its bytes rounded up to 16 (Device.empty), and all of it is bound
    step = max(1, min(rows, min(device.max_binding_bytes, MAX_GGML_BLOCK_BYTES) // 16 * 16 // row_bytes))
    view = memoryview(data)
    if ggml_type == "F32":
        return DenseMatrix([device.tensor(view[r * row_bytes:(r + n) * row_bytes], (n, cols), label=label)
                            for r in range(0, rows, step) for n in (min(step, rows - r),)])
    blocks = []
    for r in range(0, rows, step):
        n = min(step, rows - r)
        raw = view[r * row_bytes:(r + n) * row_bytes]
        if len(raw) % 4:
            raw = bytes(raw) + b"\0" * (-len(raw) % 4)
        blocks.append(GGMLBlock(ggml_type, n, device.tensor(raw, (len(raw) // 4,), "uint32", label=label)))
    return GGMLMatrix(blocks, cols)


def stack_rows(parts: list[Matrix], label: str) -> Matrix:
    """One matrix whose rows are the parts' rows in order (a fused q/k/v or gate/up projection),
    sharing their GPU buffers: dense parts stay a `DenseMatrix`, GGUF parts of any types (F32 too)
    a `GGMLMatrix`."""
    if len({p.shape[1] for p in parts}) != 1:
        raise WeightError(f"{label}: cannot stack matrices of shapes {[list(p.shape) for p in parts]}")
    if all(isinstance(p, DenseMatrix) for p in parts):
        return DenseMatrix([b for p in parts for b in p.blocks])
    blocks = []
    for p in parts:
        if isinstance(p, DenseMatrix):
            blocks += [GGMLBlock("F32", b.shape[0], b) for b in p.blocks]
        elif isinstance(p, GGMLMatrix):
            blocks += p.blocks
        else:
            raise WeightError(f"{label}: cannot stack a {type(p).__name__} with GGUF weights")
    return GGMLMatrix(blocks, parts[0].shape[1])
