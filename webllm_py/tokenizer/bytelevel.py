"""GPT-2's byte-to-unicode alphabet, used by byte-level BPE vocabularies.

Every byte is shown as a printable character (``Ġ`` for space, ``Ċ`` for newline), so a
token string in `vocab.json` / `tokenizer.json` spells its bytes.
"""

from __future__ import annotations


def _byte_to_char() -> list[str]:
    printable = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1),
                 *range(ord("®"), ord("ÿ") + 1)]
    chars = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in chars:
            chars[b] = chr(256 + extra)
            extra += 1
    return [chars[b] for b in range(256)]


BYTE_TO_CHAR = _byte_to_char()
CHAR_TO_BYTE = {c: b for b, c in enumerate(BYTE_TO_CHAR)}
# Latin-1 text (one char per byte) -> byte-level alphabet, for str.translate.
_ENCODE_TABLE = {b: c for b, c in enumerate(BYTE_TO_CHAR)}


def byte_level_encode(text: str) -> str:
    """The byte-level spelling of `text`'s UTF-8 bytes."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1").translate(_ENCODE_TABLE)


def bytes_to_byte_level(data: bytes) -> str:
    return data.decode("latin-1").translate(_ENCODE_TABLE)


def byte_level_decode(token: str) -> bytes:
    """Bytes of a byte-level token; a token with other characters (an added token such
    as a run of spaces) stands for its own UTF-8 text, as in HF's ByteLevel decoder."""
    try:
        return bytes([CHAR_TO_BYTE[c] for c in token])
    except KeyError:
        return token.encode("utf-8")
