"""Kernels that let the host read a few bytes per token instead of the whole vocabulary.

Sampling runs `apply_logit_processors` (penalties and logit bias, in place, only when asked
for), then `top_candidates` (one workgroup per CHUNK logits, one record each), then
`top_candidates_merge` (one workgroup per FANIN records, one record each) until a single
record is left: one dispatch up to 1024 logits, two up to 16k, three up to 256k.  The host
reads that record of 2K+3 floats and decides in Python.

Record layout (float32):
  [0, K)     the K largest logits, descending, ties: lower id first (padding: PAD_VALUE)
  [K, 2K)    their token ids, as the bit patterns of int32 (padding: PAD_ID)
  2K         m, the largest logit
  2K+1       sum(exp((x - m) / temperature))
  2K+2       sum(exp(x - m)), for the temperature-1 log-probabilities
Values are unscaled logits: dividing by a positive temperature keeps their order, and the
host computes in double what it needs from them.

Top K uses bitonic networks in shared memory: sort runs of K, then repeatedly merge two
sorted runs into the top K of both (max(A[t], B[K-1-t]) is a bitonic sequence holding
them; K/2-distance half-cleaners sort it).  Each compare-exchange stage reads into
registers, syncs, then writes and syncs: TVM cannot put barriers inside conditions, and its
sync planner cannot see that a stage's pairs are disjoint.
"""

from tvm.script import tirx as T

THREADS = 256
K = 64  # candidates per record
LOG2_K = 6
CHUNK = 1024  # logits per top_candidates workgroup: 16 runs of K, 8 KiB of shared memory
LOADS = CHUNK // THREADS
MERGE_LEVELS = 4  # 16 runs -> 1
FANIN = CHUNK // K  # records merged by one top_candidates_merge workgroup
RECORD = 2 * K + 3
PAD_VALUE = -3.4028234663852886e38  # the lowest float32: padding sorts after every logit
PAD_ID = 0x7FFFFFFF  # ... and after every real id on equal values


@T.prim_func
def argmax(logits_h: T.handle, out_h: T.handle, row: T.int32):
    """out[0] = the index of the largest logit in logits[row] (the lowest index on ties)."""
    rows = T.int32()
    vocab = T.int32()
    logits = T.match_buffer(logits_h, (rows, vocab), "float32")
    out = T.match_buffer(out_h, (1,), "int32")
    T.launch_thread("blockIdx.x", 1)
    tx = T.launch_thread("threadIdx.x", THREADS)
    best_v = T.alloc_buffer((THREADS,), "float32", scope="shared")
    best_i = T.alloc_buffer((THREADS,), "int32", scope="shared")
    v = T.alloc_buffer((2,), "float32", scope="local")  # [mine, other]
    idx = T.alloc_buffer((2,), "int32", scope="local")
    v[0] = T.float32(-3.4e38)
    idx[0] = vocab
    for j0 in range((vocab + THREADS - 1) // THREADS):
        j = j0 * THREADS + tx
        if j < vocab:
            if logits[row, j] > v[0]:
                v[0] = logits[row, j]
                idx[0] = j
    best_v[tx] = v[0]
    best_i[tx] = idx[0]
    T.tvm_storage_sync("shared")
    for step in T.unroll(8):
        s = T.shift_right(THREADS // 2, step)
        # read both candidates, wait, then write: TVM cannot place barriers inside `if`
        v[0] = best_v[tx]
        idx[0] = best_i[tx]
        v[1] = best_v[T.min(tx + s, THREADS - 1)]
        idx[1] = best_i[T.min(tx + s, THREADS - 1)]
        T.tvm_storage_sync("shared")
        if tx < s and (v[1] > v[0] or (v[1] == v[0] and idx[1] < idx[0])):
            best_v[tx] = v[1]
            best_i[tx] = idx[1]
        T.tvm_storage_sync("shared")
    if tx == 0:
        out[0] = best_i[0]


@T.prim_func
def apply_logit_processors(logits_h: T.handle, table_h: T.handle, row: T.int32, repetition_penalty: T.float32,
                           presence_penalty: T.float32, frequency_penalty: T.float32):
    """Penalties and bias for the tokens listed in `table`, in place on logits[row].

    table[i] = (token id, seen in the context, times generated, bias as float32 bits), one row
    per distinct token, so threads never touch the same logit.  Order as in vLLM and HF: bias,
    then the repetition penalty (HF: divide positive logits, multiply negative ones), then
    OpenAI's frequency and presence penalties.
    """
    rows = T.int32()
    vocab = T.int32()
    n = T.int32()
    logits = T.match_buffer(logits_h, (rows, vocab), "float32")
    table = T.match_buffer(table_h, (n, 4), "int32")
    bx = T.launch_thread("blockIdx.x", (n + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    i = bx * THREADS + tx
    if i < n:
        token = table[i, 0]
        if 0 <= token and token < vocab:
            x = T.alloc_buffer((1,), "float32", scope="local")
            x[0] = logits[row, token] + T.reinterpret("float32", table[i, 3])
            if table[i, 1] != 0:
                if x[0] > T.float32(0):
                    x[0] = x[0] / repetition_penalty
                else:
                    x[0] = x[0] * repetition_penalty
            count = table[i, 2]
            if count > 0:
                x[0] = x[0] - frequency_penalty * T.Cast("float32", count) - presence_penalty
            logits[row, token] = x[0]


@T.prim_func
def apply_token_mask(logits_h: T.handle, mask_h: T.handle, row: T.int32):
    """logits[row, j] = PAD_VALUE for every token j whose bit in `mask` is clear (bit j % 32 of
    word j // 32): a grammar's forbidden tokens get probability 0 before the candidates are
    chosen, so the sampler never sees them."""
    rows = T.int32()
    vocab = T.int32()
    words = T.int32()
    logits = T.match_buffer(logits_h, (rows, vocab), "float32")
    mask = T.match_buffer(mask_h, (words,), "int32")
    bx = T.launch_thread("blockIdx.x", (vocab + THREADS - 1) // THREADS)
    tx = T.launch_thread("threadIdx.x", THREADS)
    j = bx * THREADS + tx
    if j < vocab:
        if T.bitwise_and(T.shift_right(mask[T.shift_right(j, 5)], T.bitwise_and(j, 31)), 1) == 0:
            logits[row, j] = T.float32(PAD_VALUE)


@T.macro
def _bitonic_stage(sv, si, pv, pi, tx, npairs, j, log2_j, direction_bit):
    """One compare-exchange stage over pairs (i, i + j), pair p = tx + r * THREADS < npairs.

    Larger keys go first unless `direction_bit` (a power of two, or 0 for "always
    descending") is set in i.  Every thread reads, then all sync, then the active ones
    write: TVM cannot place its barriers inside an `if`.
    """
    for r in T.unroll(2):
        i = T.shift_right(tx + r * THREADS, log2_j) * 2 * j + T.bitwise_and(tx + r * THREADS, j - 1)
        pv[2 * r] = sv[i]
        pi[2 * r] = si[i]
        pv[2 * r + 1] = sv[i + j]
        pi[2 * r + 1] = si[i + j]
    T.tvm_storage_sync("shared")
    for r in T.unroll(2):
        i = T.shift_right(tx + r * THREADS, log2_j) * 2 * j + T.bitwise_and(tx + r * THREADS, j - 1)
        later_first = pv[2 * r + 1] > pv[2 * r] or (pv[2 * r + 1] == pv[2 * r] and pi[2 * r + 1] < pi[2 * r])
        if tx + r * THREADS < npairs and later_first == (T.bitwise_and(i, direction_bit) == 0):
            sv[i] = pv[2 * r + 1]
            si[i] = pi[2 * r + 1]
            sv[i + j] = pv[2 * r]
            si[i + j] = pi[2 * r]
    T.tvm_storage_sync("shared")


@T.macro
def _merge_runs(sv, si, pv, pi, tx):
    """Reduce the 16 sorted runs of K in sv/si (positions 0..CHUNK) to their top K at 0..K."""
    for level in range(MERGE_LEVELS):
        outputs = T.shift_right(CHUNK // 2, level)  # K per merged pair of runs
        for r in T.unroll(2):
            q = tx + r * THREADS
            a = T.shift_right(q, LOG2_K) * (2 * K) + T.bitwise_and(q, K - 1)
            b = T.shift_right(q, LOG2_K) * (2 * K) + (2 * K - 1) - T.bitwise_and(q, K - 1)
            pv[r] = sv[a]
            pi[r] = si[a]
            pv[2 + r] = sv[b]
            pi[2 + r] = si[b]
        T.tvm_storage_sync("shared")
        for r in T.unroll(2):
            if tx + r * THREADS < outputs:
                if pv[2 + r] > pv[r] or (pv[2 + r] == pv[r] and pi[2 + r] < pi[r]):
                    sv[tx + r * THREADS] = pv[2 + r]
                    si[tx + r * THREADS] = pi[2 + r]
                else:
                    sv[tx + r * THREADS] = pv[r]
                    si[tx + r * THREADS] = pi[r]
        T.tvm_storage_sync("shared")
        for step in range(LOG2_K):
            _bitonic_stage(sv, si, pv, pi, tx, T.shift_right(outputs, 1), T.shift_right(K // 2, step),
                           LOG2_K - 1 - step, 0)


@T.macro
def _write_record(out, g, sv, si, tx, m, sum_t, sum_1):
    if tx < K:
        out[g, tx] = sv[tx]
        out[g, K + tx] = T.reinterpret("float32", si[tx])
    if tx == 0:
        out[g, 2 * K] = m
        out[g, 2 * K + 1] = sum_t
        out[g, 2 * K + 2] = sum_1


@T.prim_func
def top_candidates(logits_h: T.handle, part_h: T.handle, row: T.int32, temperature: T.float32):
    """part[g] = the record (see the module docstring) of logits[row, g*CHUNK : (g+1)*CHUNK]."""
    rows = T.int32()
    vocab = T.int32()
    groups = T.int32()
    logits = T.match_buffer(logits_h, (rows, vocab), "float32")
    part = T.match_buffer(part_h, (groups, RECORD), "float32")
    g = T.launch_thread("blockIdx.x", groups)
    tx = T.launch_thread("threadIdx.x", THREADS)
    sv = T.alloc_buffer((CHUNK,), "float32", scope="shared")
    si = T.alloc_buffer((CHUNK,), "int32", scope="shared")
    red = T.alloc_buffer((2, THREADS), "float32", scope="shared")
    xs = T.alloc_buffer((LOADS,), "float32", scope="local")
    pv = T.alloc_buffer((4,), "float32", scope="local")  # the two pairs a thread orders
    pi = T.alloc_buffer((4,), "int32", scope="local")
    acc = T.alloc_buffer((4,), "float32", scope="local")  # sum_t, sum_1, and the partner's two
    for r in T.unroll(LOADS):
        j = g * CHUNK + r * THREADS + tx
        if j < vocab:
            xs[r] = logits[row, j]
            si[r * THREADS + tx] = j
        else:
            xs[r] = T.float32(PAD_VALUE)
            si[r * THREADS + tx] = PAD_ID
        sv[r * THREADS + tx] = xs[r]
    T.tvm_storage_sync("shared")
    # bitonic sort of each run of K, descending (the direction alternates below run length K)
    for a in range(LOG2_K):
        for b in range(a + 1):
            _bitonic_stage(sv, si, pv, pi, tx, CHUNK // 2, T.shift_right(T.shift_left(1, a), b), a - b,
                           T.if_then_else(a == LOG2_K - 1, 0, T.shift_left(2, a)))
    _merge_runs(sv, si, pv, pi, tx)
    m = sv[0]
    acc[0] = T.float32(0)
    acc[1] = T.float32(0)
    for r in T.unroll(LOADS):
        acc[0] = acc[0] + T.exp((xs[r] - m) / temperature)
        acc[1] = acc[1] + T.exp(xs[r] - m)
    red[0, tx] = acc[0]
    red[1, tx] = acc[1]
    T.tvm_storage_sync("shared")
    for step in T.unroll(8):
        s = T.shift_right(THREADS // 2, step)
        acc[2] = red[0, T.min(tx + s, THREADS - 1)]
        acc[3] = red[1, T.min(tx + s, THREADS - 1)]
        T.tvm_storage_sync("shared")
        if tx < s:
            red[0, tx] = acc[0] + acc[2]
            red[1, tx] = acc[1] + acc[3]
        acc[0] = acc[0] + acc[2]
        acc[1] = acc[1] + acc[3]
        T.tvm_storage_sync("shared")
    _write_record(part, g, sv, si, tx, m, red[0, 0], red[1, 0])


@T.prim_func
def top_candidates_merge(part_h: T.handle, out_h: T.handle, temperature: T.float32):
    """out[w] = the record of the logits that part[FANIN*w : FANIN*(w+1)] describe.

    Applied until one record is left (a tree: 128k logits take 126 -> 8 -> 1 records).  The
    sums are rescaled to the common max, as online softmax does.
    """
    groups = T.int32()
    merged = T.int32()
    part = T.match_buffer(part_h, (groups, RECORD), "float32")
    out = T.match_buffer(out_h, (merged, RECORD), "float32")
    w = T.launch_thread("blockIdx.x", merged)
    tx = T.launch_thread("threadIdx.x", THREADS)
    sv = T.alloc_buffer((CHUNK,), "float32", scope="shared")
    si = T.alloc_buffer((CHUNK,), "int32", scope="shared")
    pv = T.alloc_buffer((4,), "float32", scope="local")
    pi = T.alloc_buffer((4,), "int32", scope="local")
    st = T.alloc_buffer((4,), "float32", scope="local")  # max, sum_t, sum_1, new max
    for r in T.unroll(LOADS):
        q = r * THREADS + tx
        src = w * FANIN + T.shift_right(q, LOG2_K)
        if src < groups:
            sv[q] = part[src, T.bitwise_and(q, K - 1)]
            si[q] = T.reinterpret("int32", part[src, K + T.bitwise_and(q, K - 1)])
        else:
            sv[q] = T.float32(PAD_VALUE)
            si[q] = PAD_ID
    T.tvm_storage_sync("shared")
    _merge_runs(sv, si, pv, pi, tx)
    st[0] = T.float32(PAD_VALUE)
    st[1] = T.float32(0)
    st[2] = T.float32(0)
    for f in range(FANIN):
        src = w * FANIN + f
        if src < groups:
            st[3] = T.max(st[0], part[src, 2 * K])
            st[1] = st[1] * T.exp((st[0] - st[3]) / temperature) + part[src, 2 * K + 1] * T.exp(
                (part[src, 2 * K] - st[3]) / temperature)
            st[2] = st[2] * T.exp(st[0] - st[3]) + part[src, 2 * K + 2] * T.exp(part[src, 2 * K] - st[3])
            st[0] = st[3]
    _write_record(out, w, sv, si, tx, st[0], st[1], st[2])
