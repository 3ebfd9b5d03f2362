"""A minimal protocol-buffers wire-format reader (enough for SentencePiece models)."""

from __future__ import annotations

import struct

from .base import TokenizerError


def read_varint(data: bytes, pos: int, path: object) -> tuple[int, int]:
    """(value, next position) of the varint at `pos`."""
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


class Message:
    """The fields of one message, by number. Optional fields keep their last value, as
    protobuf specifies; nested messages are read with `message`."""

    def __init__(self, data: bytes, path: object) -> None:
        self.path = path
        self._varints: dict[int, list[int]] = {}
        self._blobs: dict[int, list[bytes]] = {}  # length-delimited and fixed-size fields
        pos = 0
        while pos < len(data):
            key, pos = read_varint(data, pos, path)
            number, wire = key >> 3, key & 7
            if number == 0:
                raise TokenizerError(path, "protobuf data is malformed (field number 0)")
            if wire == 0:
                value, pos = read_varint(data, pos, path)
                self._varints.setdefault(number, []).append(value)
                continue
            if wire == 2:
                size, pos = read_varint(data, pos, path)
            elif wire in (1, 5):
                size = 8 if wire == 1 else 4
            else:
                raise TokenizerError(path, f"protobuf data is malformed (wire type {wire})")
            if pos + size > len(data):
                raise TokenizerError(path, f"protobuf data is truncated (field {number})")
            self._blobs.setdefault(number, []).append(data[pos:pos + size])
            pos += size

    def __contains__(self, number: int) -> bool:
        return number in self._varints or number in self._blobs

    def repeated(self, number: int) -> list[bytes]:
        """All values of a repeated length-delimited field."""
        return self._blobs.get(number, [])

    def message(self, number: int) -> Message:
        return Message(self.raw(number), self.path)

    def raw(self, number: int) -> bytes:
        """A length-delimited field (string, bytes, message); empty if absent."""
        values = self._blobs.get(number)
        return values[-1] if values else b""

    def varint(self, number: int, default: int = 0) -> int:
        """An int32/int64/enum/bool field (negative values arrive sign-extended)."""
        values = self._varints.get(number)
        if not values:
            return default
        return values[-1] - (1 << 64) if values[-1] >= 1 << 63 else values[-1]

    def float32(self, number: int, default: float = 0.0) -> float:
        values = self._blobs.get(number)
        if not values:
            return default
        if len(values[-1]) != 4:
            raise TokenizerError(self.path, f"protobuf field {number} is not a float")
        return struct.unpack("<f", values[-1])[0]
