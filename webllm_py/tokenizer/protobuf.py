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
        self._fields: dict[int, list[int | bytes]] = {}
        pos = 0
        while pos < len(data):
            key, pos = read_varint(data, pos, path)
            number, wire = key >> 3, key & 7
            value: int | bytes
            if wire == 0:
                value, pos = read_varint(data, pos, path)
            elif wire in (1, 2, 5):
                if wire == 2:
                    size, pos = read_varint(data, pos, path)
                else:
                    size = 8 if wire == 1 else 4
                if pos + size > len(data):
                    raise TokenizerError(path, f"protobuf data is truncated (field {number})")
                value = data[pos:pos + size]
                pos += size
            else:
                raise TokenizerError(path, f"protobuf data is malformed (wire type {wire})")
            if number == 0:
                raise TokenizerError(path, "protobuf data is malformed (field number 0)")
            self._fields.setdefault(number, []).append(value)

    def __contains__(self, number: int) -> bool:
        return number in self._fields

    def _last(self, number: int, kind: type) -> int | bytes | None:
        values = self._fields.get(number)
        if not values:
            return None
        if not isinstance(values[-1], kind):
            raise TokenizerError(self.path, f"protobuf field {number} has the wrong wire type")
        return values[-1]

    def repeated(self, number: int) -> list[bytes]:
        values = self._fields.get(number, [])
        if not all(isinstance(v, bytes) for v in values):
            raise TokenizerError(self.path, f"protobuf field {number} has the wrong wire type")
        return values  # type: ignore[return-value]

    def message(self, number: int) -> Message:
        return Message(self.raw(number), self.path)

    def raw(self, number: int) -> bytes:
        """A length-delimited field (string, bytes, message); empty if absent."""
        value = self._last(number, bytes)
        return b"" if value is None else value  # type: ignore[return-value]

    def varint(self, number: int, default: int = 0) -> int:
        """An int32/int64/enum/bool field (negative values arrive sign-extended)."""
        value = self._last(number, int)
        if value is None:
            return default
        return value - (1 << 64) if value >= 1 << 63 else value  # type: ignore[operator]

    def float32(self, number: int, default: float = 0.0) -> float:
        value = self._last(number, bytes)
        if value is None:
            return default
        if len(value) != 4:  # type: ignore[arg-type]
            raise TokenizerError(self.path, f"protobuf field {number} is not a float")
        return struct.unpack("<f", value)[0]  # type: ignore[arg-type]
