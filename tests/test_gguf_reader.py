"""The pure-Python GGUF reader against gguf-py (llama.cpp's own Python package), on files that
gguf-py writes, on llama.cpp's real vocabulary files, and on hostile files."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import gguf
import numpy as np
import pytest

from webllm_py.weights import WeightError
from webllm_py.weights.gguf import GGML_TYPES, GGUFStream, NeedMore, parse_header, read_gguf

# llama.cpp's vocabulary files: SentencePiece (scores, token types), WordPiece and BPE (merges)
VOCABS = [Path("/work/shared/data/llama_cpp_vocab") / f"ggml-vocab-{n}.gguf" for n in ("llama-spm", "bert-bge", "phi-3")]


def _contents(reader: gguf.GGUFReader) -> dict:
    return {k: f.contents() for k, f in reader.fields.items() if not k.startswith("GGUF.")}


def _same(ours: object, theirs: object) -> bool:
    if isinstance(theirs, float):
        return np.float32(ours) == np.float32(theirs) or (np.isnan(ours) and np.isnan(theirs))
    if isinstance(theirs, list):
        return isinstance(ours, list) and len(ours) == len(theirs) and all(map(_same, ours, theirs))
    return ours == theirs and type(ours) is type(theirs)


def _assert_metadata_matches(path: Path, nested: dict | None = None) -> None:
    """Our metadata is gguf-py's, except nested arrays, which its `contents()` flattens: those
    must be `nested`'s."""
    ours, theirs = read_gguf(path).metadata, {**_contents(gguf.GGUFReader(path)), **(nested or {})}
    assert ours.keys() == theirs.keys()
    for key in theirs:
        assert _same(ours[key], theirs[key]), key


def test_block_sizes_are_ggml_s():
    for type_id, (name, block, size) in GGML_TYPES.items():
        qtype = gguf.GGMLQuantizationType(type_id)
        assert qtype.name == name and gguf.GGML_QUANT_SIZES[qtype] == (block, size)


def _write(path: Path, alignment: int | None = None, tensors: bool = True) -> Path:
    w = gguf.GGUFWriter(str(path), "llama")
    if alignment:
        w.add_custom_alignment(alignment)
    w.add_uint8("t.u8", 250)
    w.add_int8("t.i8", -100)
    w.add_uint16("t.u16", 65000)
    w.add_int16("t.i16", -32000)
    w.add_uint32("t.u32", 4_000_000_000)
    w.add_int32("t.i32", -2_000_000_000)
    w.add_uint64("t.u64", 2 ** 63 + 5)
    w.add_int64("t.i64", -(2 ** 62))
    w.add_float32("t.f32", 0.1)
    w.add_float64("t.f64", 1e-300)
    w.add_bool("t.true", True)
    w.add_bool("t.false", False)
    w.add_string("t.str", "héllo ✓ 日本")
    w.add_string("t.empty", "")
    w.add_array("t.ints", [1, -2, 3])
    w.add_array("t.floats", [0.5, -1.25])
    w.add_array("t.strs", ["a", "", "ü"])
    w.add_array("t.bools", [True, False, True])
    w.add_array("t.nested", [[1, 2], [3], [-4, 5, 6]])
    w.add_array("t.nested_strs", [["x", "y"], ["z"]])
    if tensors:
        rng = np.random.default_rng(0)
        w.add_tensor("f32", rng.standard_normal((3, 5)).astype(np.float32))
        w.add_tensor("vec", rng.standard_normal(7).astype(np.float32))
        w.add_tensor("f16", rng.standard_normal((2, 3, 4)).astype(np.float16))
        q = gguf.quants.quantize(rng.standard_normal((4, 64)).astype(np.float32), gguf.GGMLQuantizationType.Q8_0)
        w.add_tensor("q8", q, raw_dtype=gguf.GGMLQuantizationType.Q8_0)
        q = gguf.quants.quantize(rng.standard_normal((2, 64)).astype(np.float32), gguf.GGMLQuantizationType.Q4_1)
        w.add_tensor("q4", q, raw_dtype=gguf.GGMLQuantizationType.Q4_1)
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    return path


@pytest.mark.parametrize("alignment", [None, 1, 8, 64, 4096])
def test_files_written_by_gguf_py(tmp_path, alignment):
    path = _write(tmp_path / "t.gguf", alignment)
    _assert_metadata_matches(path, {"t.nested": [[1, 2], [3], [-4, 5, 6]], "t.nested_strs": [["x", "y"], ["z"]]})
    ours, theirs = read_gguf(path), gguf.GGUFReader(path)
    assert ours.version == 3 and ours.alignment == (alignment or 32) and ours.data_offset % ours.alignment == 0
    assert ours.metadata["t.str"] == "héllo ✓ 日本" and ours.metadata["t.u64"] == 2 ** 63 + 5
    assert list(ours.tensors) == [t.name for t in theirs.tensors]
    for t in theirs.tensors:
        mine = ours.tensors[t.name]
        assert (mine.ggml_type, mine.shape, mine.offset, mine.nbytes) == (
            t.tensor_type.name, tuple(int(d) for d in reversed(t.shape)), t.data_offset, t.n_bytes)
    raw, data = path.read_bytes(), {}
    stream = GGUFStream(len(raw), str(path), lambda g: None, lambda t, d: data.__setitem__(t.name, d))
    stream.write(raw)
    stream.finish()
    for t in theirs.tensors:
        assert data[t.name] == t.data.tobytes()


def test_stream_in_any_chunks(tmp_path):
    """A download's bytes in uneven chunks give the tensors gguf-py reads from the file."""
    path = _write(tmp_path / "t.gguf", 64)
    raw = path.read_bytes()
    expected = {t.name: t.data.tobytes() for t in gguf.GGUFReader(path).tensors}
    for chunk in (1, 7, 100, len(raw)):
        got, headers = {}, []
        stream = GGUFStream(len(raw), "url", headers.append, lambda t, d: got.__setitem__(t.name, d))
        for i in range(0, len(raw), chunk):
            stream.write(raw[i:i + chunk])
        stream.finish()
        assert got == expected and len(headers) == 1 and headers[0].metadata["t.u8"] == 250
    stream = GGUFStream(len(raw), "url", headers.append, lambda t, d: None)
    stream.write(raw[:-1])
    with pytest.raises(WeightError, match="url: truncated"):
        stream.finish()
    with pytest.raises(WeightError, match="more than"):
        stream.write(raw[-1:] + b"x")


@pytest.mark.parametrize("path", VOCABS, ids=[p.name for p in VOCABS])
def test_llama_cpp_vocab_files(path):
    _assert_metadata_matches(path)


def test_truncated_anywhere(tmp_path):
    """Every prefix of a file that ends in its header, or in a tensor, is refused with a
    WeightError naming the file."""
    path = _write(tmp_path / "t.gguf", 8)
    raw, header = path.read_bytes(), read_gguf(path)
    cut = tmp_path / "cut.gguf"
    for n in [*range(header.data_offset), *(t.offset + t.nbytes - 1 for t in header.tensors.values())]:
        cut.write_bytes(raw[:n])
        with pytest.raises(WeightError, match=f"{cut}: ") as e:
            read_gguf(cut)
        assert "truncated" in str(e.value) or "not a GGUF file" in str(e.value) and n < 4


# -- hand-made hostile files ---------------------------------------------------------------------

def _string(s: str | bytes) -> bytes:
    b = s.encode() if isinstance(s, str) else s
    return struct.pack("<Q", len(b)) + b


def _build(version: int = 3, kv: bytes = b"", n_kv: int = 0, tensors: list | None = None, n_tensors: int | None = None,
           data: bytes = b"", magic: bytes = b"GGUF", alignment: int = 32) -> bytes:
    tensors = tensors if tensors is not None else [("w", [32, 2], 8, 0)]  # Q8_0, 2 rows of 32
    infos = b"".join(_string(name) + struct.pack("<I", len(ne)) + struct.pack(f"<{len(ne)}Q", *ne)
                     + struct.pack("<IQ", t, off) for name, ne, t, off in tensors)
    head = magic + struct.pack("<IQQ", version, len(tensors) if n_tensors is None else n_tensors, n_kv) + kv + infos
    head += b"\0" * (-len(head) % alignment)
    return head + (data or b"\0" * 68 * max(1, len(tensors)))


def _error(tmp_path: Path, raw: bytes) -> str:
    path = tmp_path / "bad.gguf"
    path.write_bytes(raw)
    with pytest.raises(WeightError) as e:
        read_gguf(path)
    assert str(e.value).startswith(f"{path}: ")
    return str(e.value)


def test_well_formed_hand_made_file(tmp_path):
    """... whose string value holds a byte fragment (as some vocabularies do): kept as U+FFFD."""
    path = tmp_path / "ok.gguf"
    path.write_bytes(_build(kv=_string("k") + struct.pack("<I", 8) + _string(b"a\xffb"), n_kv=1))
    g = read_gguf(path)
    assert g.tensors["w"].nbytes == 68 and g.metadata["k"] == "a\ufffdb"


@pytest.mark.parametrize("raw, problem", [
    (_build(magic=b"GGML"), "not a GGUF file"),
    (_build(version=1), "version 1 is not supported"),
    (_build(version=4), "unsupported GGUF version 4"),
    (_build(version=3 << 24), "big-endian"),
    (_build(n_tensors=2 ** 60), "truncated or corrupt: tensor count 1152921504606846976 needs"),
    (_build(n_kv=2 ** 40), "truncated or corrupt: metadata count .* needs"),
    (_build(kv=struct.pack("<Q", 2 ** 50), n_kv=1), "truncated or corrupt: length of metadata key 0 .* needs"),
    (_build(kv=_string("k") + struct.pack("<IIQ", 9, 4, 2 ** 50), n_kv=1), "truncated or corrupt: element count of k .* needs"),
    (_build(kv=_string("k") + struct.pack("<I", 13), n_kv=1), "k has unknown value type 13"),
    (_build(kv=_string(b"k\xff") + struct.pack("<IB", 0, 1), n_kv=1), "metadata key 0 is not UTF-8"),
    (_build(tensors=[(b"w\xff", [32, 2], 8, 0)]), "name of tensor 0 is not UTF-8"),
    (_build(kv=(_string("k") + struct.pack("<IB", 0, 1)) * 2, n_kv=2), "'k' appears twice"),
    (_build(kv=_string("general.alignment") + struct.pack("<II", 4, 3), n_kv=1), "power of two, got 3"),
    (_build(kv=_string("general.alignment") + struct.pack("<II", 4, 0), n_kv=1), "power of two, got 0"),
    (_build(tensors=[("w", [32, 2], 8, 32)]), "'w': data ends at byte .* past the end of the file"),
    (_build(tensors=[("w", [32, 2], 8, 2 ** 62)]), "'w': data ends at byte .* past the end"),
    (_build(tensors=[("a", [32, 1], 8, 0), ("b", [32, 1], 8, 32)]), "'b' at byte .* overlaps tensor 'a'"),
    (_build(tensors=[("w", [32, 2], 8, 4)]), "offset 4 is not a multiple of the alignment 32"),
    (_build(tensors=[("w", [32, 2], 99, 0)]), "unknown ggml type 99"),
    (_build(tensors=[("w", [1, 1, 1, 1, 32], 0, 0)]), "5 dimensions"),
    (_build(tensors=[("w", [30, 2], 8, 0)]), "rows of 30 Q8_0 values are not whole blocks of 32"),
    (_build(tensors=[("w", [32, 2], 8, 0), ("w", [32, 2], 8, 96)], data=b"\0" * 300), "'w' appears twice"),
])
def test_hostile_files(tmp_path, raw, problem):
    assert re.search(problem, _error(tmp_path, raw))


def test_parse_header_asks_for_more():
    """Given the first bytes only, the parser says how many it needs rather than failing."""
    raw = _build(kv=_string("k") + struct.pack("<I", 8) + _string("x" * 1000), n_kv=1)
    with pytest.raises(NeedMore) as e:
        parse_header(raw[:100], len(raw), "f")
    assert 100 < e.value.nbytes <= len(raw)
    assert parse_header(raw, len(raw), "f").metadata["k"] == "x" * 1000
