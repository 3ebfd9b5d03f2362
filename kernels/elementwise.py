"""Per-element kernels: token embedding lookup, activations, biases, soft-capping.

Activations: SwiGLU (`silu_mul`), GeGLU (`gelu_mul`, Gemma), GELU (`gelu_act`, out of place:
the GPT-NeoX and GPT-2 down projections' input); `approximate` picks the erf (0) or the tanh (1)
form of GELU.  `add_bias`, `add` and `softcap` update their buffer in place.
"""

from tvm.script import tirx as T

from .mathfn import gelu, hash_index, tanh

THREADS = 256


@T.prim_func
def embed(ids_h: T.handle, table_h: T.handle, out_h: T.handle, row0: T.int32, scale: T.float32):
    """out[i, :] = table[ids[i] - row0, :] * scale for the ids this block of the table holds (row0 ..).

    `scale` is 1 except for Gemma, which multiplies embeddings by sqrt(hidden_size)."""
    n = T.int32()
    vocab = T.int32()
    d = T.int32()
    ids = T.match_buffer(ids_h, (n,), "int32")
    table = T.match_buffer(table_h, (vocab, d), "float32")
    out = T.match_buffer(out_h, (n, d), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (d + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    j = by * THREADS + tx
    r = ids[i] - row0
    if j < d and 0 <= r and r < vocab:
        out[i, j] = table[r, j] * scale


@T.prim_func
def silu_mul(gate_up_h: T.handle, out_h: T.handle):
    """out = silu(gate) * up, with gate and up the two halves of each row of `gate_up`."""
    n = T.int32()
    f = T.int32()
    gate_up = T.match_buffer(gate_up_h, (n, 2 * f), "float32")
    out = T.match_buffer(out_h, (n, f), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (f + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    j = by * THREADS + tx
    if j < f:
        g = gate_up[i, j]
        out[i, j] = g / (T.float32(1) + T.exp(-g)) * gate_up[i, f + j]


@T.prim_func
def gelu_mul(gate_up_h: T.handle, out_h: T.handle, approximate: T.int32):
    """out = gelu(gate) * up, with gate and up the two halves of each row of `gate_up`."""
    n = T.int32()
    f = T.int32()
    gate_up = T.match_buffer(gate_up_h, (n, 2 * f), "float32")
    out = T.match_buffer(out_h, (n, f), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (f + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    g = T.alloc_buffer((1,), "float32", scope="local")
    j = by * THREADS + tx
    if j < f:
        g[0] = gate_up[i, j]
        out[i, j] = gelu(g[0], approximate) * gate_up[i, f + j]


@T.prim_func
def gelu_act(x_h: T.handle, out_h: T.handle, approximate: T.int32):
    """out = gelu(x): the input of GPT-NeoX's and GPT-2's down projection, for a prefill chunk
    (one token's GEMV applies it itself)."""
    n = T.int32()
    f = T.int32()
    X = T.match_buffer(x_h, (n, f), "float32")
    out = T.match_buffer(out_h, (n, f), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (f + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    v = T.alloc_buffer((1,), "float32", scope="local")
    j = by * THREADS + tx
    if j < f:
        v[0] = X[i, j]
        out[i, j] = gelu(v[0], approximate)


@T.prim_func
def add_bias(y_h: T.handle, b_h: T.handle):
    """y[i, :] += b: the bias of a linear layer, after the matmul."""
    n = T.int32()
    m = T.int32()
    Y = T.match_buffer(y_h, (n, m), "float32")
    B = T.match_buffer(b_h, (m,), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (m + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    j = by * THREADS + tx
    if j < m:
        Y[i, j] = Y[i, j] + B[j]


@T.prim_func
def add(x_h: T.handle, y_h: T.handle):
    """y += x (GPT-2 adds learned position embeddings to token embeddings)."""
    n = T.int32()
    d = T.int32()
    X = T.match_buffer(x_h, (n, d), "float32")
    Y = T.match_buffer(y_h, (n, d), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (d + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    j = by * THREADS + tx
    if j < d:
        Y[i, j] = Y[i, j] + X[i, j]


@T.prim_func
def softcap(x_h: T.handle, cap: T.float32):
    """x = cap * tanh(x / cap): Gemma 2's final logit soft-capping."""
    n = T.int32()
    m = T.int32()
    X = T.match_buffer(x_h, (n, m), "float32")
    i = T.launch_thread("blockIdx.x", n)
    by = T.launch_thread("blockIdx.y", (m + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    v = T.alloc_buffer((1,), "float32", scope="local")
    j = by * THREADS + tx
    if j < m:
        v[0] = X[i, j] / cap
        X[i, j] = cap * tanh(v[0])


@T.prim_func
def fill_uniform(out_h: T.handle, seed: T.int32, scale: T.float32):
    """out[i] = scale * u, u uniform in [-1, 1) from a hash of (i, seed): random weights made on the GPU."""
    n = T.int32()
    out = T.match_buffer(out_h, (n,), "float32")
    bx = T.launch_thread("blockIdx.x", (n + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    i = bx * THREADS + tx
    if i < n:
        h = T.alloc_buffer((1,), "uint32", scope="local")
        hash_index(h, i, seed)
        out[i] = scale * (T.Cast("float32", T.shift_right(h[0], T.uint32(8))) * T.float32(1.0 / 8388608) - T.float32(1))
