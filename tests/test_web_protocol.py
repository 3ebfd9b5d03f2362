"""Pure-Python parts of the browser path, in CPython: the streaming shard writer (tensor by tensor,
size and MD5 checks), the worker message format, and how errors are told apart."""

from __future__ import annotations

import hashlib
import json
import random

import pytest

from webllm_py.engine.engine import ContextWindowError
from webllm_py.engine.protocol import (ChatCompletion, ChatCompletionChunk, ChatCompletionMessage, ChatChoice,
                                       ChoiceDelta, ChoiceLogprobs, ChunkChoice, CompletionUsage,
                                       InvalidRequestError, TokenLogprob, TopLogprob)
from webllm_py.loading.mlc import ShardWriter
from webllm_py.transport import DownloadError, MissingFile, ShardIntegrityError
from webllm_py.web import protocol
from webllm_py.weights import WeightError
from webllm_py.weights.tensor_cache import parse_index

SIZES = {"a": (3, 5), "b": (7,), "c": (16, 4)}  # float32 tensors, stored back to back


def shard_and_bytes(md5: bool = True):
    data, records, offset = bytearray(), [], 0
    rng = random.Random(0)
    for name, shape in SIZES.items():
        nbytes = 4 * shape[0] * (shape[1] if len(shape) > 1 else 1)
        records.append({"name": name, "shape": list(shape), "dtype": "float32", "format": "raw", "nbytes": nbytes,
                        "byteOffset": offset})
        data += bytes(rng.randrange(256) for _ in range(nbytes))
        offset += nbytes
    entry = {"dataPath": "params_shard_0.bin", "format": "raw-shard", "nbytes": len(data), "records": records}
    if md5:
        entry["md5sum"] = hashlib.md5(data).hexdigest()
    _, (shard,) = parse_index(json.dumps({"records": [entry]}), "tensor-cache.json")
    return shard, bytes(data)


class Upload:
    """What ShardWriter needs of the loader's upload: file names for messages, and the tensor upload."""

    def __init__(self):
        self.tensors: dict[str, bytes] = {}

    def name(self, file: str) -> str:
        return f"https://host/model/{file}"

    def upload_tensor(self, record, data) -> None:
        self.tensors[record.name] = bytes(data)


@pytest.mark.parametrize("chunk", [1, 7, 60, 10_000])
def test_writer_uploads_each_tensor_once_its_bytes_are_in(chunk):
    shard, data = shard_and_bytes()
    upload = Upload()
    writer = ShardWriter(upload, shard, verify=True)
    for start in range(0, len(data), chunk):
        writer.write(data[start:start + chunk])
        done = [r for r in shard.records if r.offset + r.nbytes <= writer.received]
        assert sorted(upload.tensors) == sorted(r.name for r in done)  # uploaded as soon as complete
        assert len(writer._pending) < max(r.nbytes for r in shard.records) + chunk  # never the whole shard
    writer.finish()
    assert upload.tensors == {r.name: data[r.offset:r.offset + r.nbytes] for r in shard.records}


def test_writer_rejects_corrupt_short_and_long_shards():
    shard, data = shard_and_bytes()
    corrupt = bytearray(data)
    corrupt[10] ^= 1
    writer = ShardWriter(Upload(), shard, verify=True)
    writer.write(bytes(corrupt))
    with pytest.raises(ShardIntegrityError, match=r"params_shard_0.bin: corrupt: MD5 [0-9a-f]{32}, the index says"):
        writer.finish()

    writer = ShardWriter(Upload(), shard, verify=True)
    writer.write(data[:-1])
    with pytest.raises(ShardIntegrityError, match=f"{len(data) - 1} bytes, the index says {len(data)}"):
        writer.finish()

    writer = ShardWriter(Upload(), shard, verify=True)
    with pytest.raises(ShardIntegrityError, match="more than"):
        writer.write(data + b"x")

    writer = ShardWriter(Upload(), shard, verify=False)  # local files: size only
    writer.write(bytes(corrupt))
    writer.finish()


def test_index_md5_must_be_a_hex_digest():
    shard, _ = shard_and_bytes(md5=False)
    assert shard.md5 is None
    entry = {"dataPath": "p.bin", "format": "raw-shard", "nbytes": 0, "records": [], "md5sum": "nope"}
    with pytest.raises(WeightError, match="md5sum 'nope' is not an MD5 hex digest"):
        parse_index(json.dumps({"records": [entry]}), "tensor-cache.json")


def test_responses_survive_the_worker_round_trip():
    logprob = TokenLogprob(" there", -0.1, [32, 116], [TopLogprob(" there", -0.1, [32, 116]), TopLogprob(" in", -3.0, [32])])
    chunk = ChatCompletionChunk("id", "m", [ChunkChoice(0, ChoiceDelta(" there", "assistant"), None,
                                                        ChoiceLogprobs([logprob]))],
                                CompletionUsage(5, 1, 6, {"decode_tokens_per_s": 3.5}))
    message = protocol.decode(protocol.encode({"id": 1, "event": "chunk", "data": chunk.to_dict()}))
    assert protocol.from_dict(ChatCompletionChunk, message["data"]) == chunk
    reply = ChatCompletion("id", "m", [ChatChoice(0, ChatCompletionMessage("assistant", "hi"), "stop")],
                           CompletionUsage(5, 1, 6))
    assert protocol.from_dict(ChatCompletion, json.loads(json.dumps(reply.to_dict()))) == reply


@pytest.mark.parametrize("error, gpu_errors, kind", [
    (RuntimeError("WebGPU is not available in this browser (navigator.gpu is undefined)"), [], "no-webgpu"),
    (RuntimeError("WebGPU found no GPU adapter"), [], "no-webgpu"),
    (MemoryError(), [], "out-of-memory"),
    (RuntimeError("the GPU reported: x"), ["GPUOutOfMemoryError: Out of memory"], "out-of-memory"),
    (MissingFile("https://h/m/mlc-chat-config.json: missing (HTTP 404)"), [], "bad-model-url"),
    (DownloadError("https://h/m/mlc-chat-config.json: cannot fetch (TypeError: Failed to fetch)"), [], "bad-model-url"),
    (ShardIntegrityError("p.bin: corrupt: MD5 a, the index says b"), [], "corrupt-download"),
    (DownloadError("p.bin: the download broke off at byte 5 of 10 (3 attempts; last: https://h/m/p.bin: "
                   "cannot fetch (TypeError: network error))"), [], "broken-download"),
    (DownloadError("https://h/m/p.bin: HTTP 500"), [], "broken-download"),
    (InvalidRequestError("max_tokens must be at least 1, got 0"), [], "invalid-request"),
    (ContextWindowError("the last user message has 600 tokens; the context window holds 512"), [], "context-window"),
    (ValueError("something else"), [], "internal"),
])
def test_errors_are_told_apart(error, gpu_errors, kind):
    assert protocol.error_kind(error, gpu_errors) == kind
    rebuilt = protocol.exception_from({"kind": kind, "message": str(error)})
    assert type(rebuilt) is {"invalid-request": InvalidRequestError, "context-window": ContextWindowError}.get(
        kind, protocol.EngineError)
