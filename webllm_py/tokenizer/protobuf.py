"""A minimal protocol-buffers wire-format reader (enough for SentencePiece models)."""

from __future__ import annotations

import struct

from .base import TokenizerError

Fields = dict[int, list[object]]


def read_varint(data: bytes, pos: int, path: object) -> tuple[int, int]:
    result = 0
    shift = 0
    while True:
        if pos >= len(data):
            raise TokenizerError(path, "protobuf data is truncated (inside a varint)")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise TokenizerError(path, "protobuf data is malformed (varint too long)")


def parse(data: bytes, path: object) -> Fields:
    """Field number -> values: ints for varints, bytes for length-delimited and fixed
    fields (decode them with `as_float`, `as_str` or a nested `parse`)."""
    fields: Fields = {}
    pos = 0
    end = len(data)
    while pos < end:
        key, pos = read_varint(data, pos, path)
        number, wire = key >> 3, key & 7
        if wire == 0:
            value, pos = read_varint(data, pos, path)
        elif wire == 2:
            length, pos = read_varint(data, pos, path)
            if pos + length > end:
                raise TokenizerError(path, f"protobuf data is truncated (field {number})")
            value = data[pos:pos + length]
            pos += length
        elif wire in (1, 5):
            size = 8 if wire == 1 else 4
            if pos + size > end:
                raise TokenizerError(path, f"protobuf data is truncated (field {number})")
            value = data[pos:pos + size]
            pos += size
        else:
            raise TokenizerError(path, f"protobuf data is malformed (wire type {wire})")
        if number == 0:
            raise TokenizerError(path, "protobuf data is malformed (field number 0)")
        fields.setdefault(number, []).append(value)
    return fields


def last(fields: Fields, number: int, default: object = None) -> object:
    """The value of an optional field (protobuf keeps the last occurrence)."""
    values = fields.get(number)
    return values[-1] if values else default


def as_float(value: object) -> float:
    return struct.unpack("<f", value)[0]  # type: ignore[arg-type]


def as_int32(value: int) -> int:
    """A varint holding an int32 (negative numbers are sign-extended to 64 bits)."""
    value &= 0xFFFFFFFFFFFFFFFF
    return value - (1 << 64) if value >= 1 << 63 else value
