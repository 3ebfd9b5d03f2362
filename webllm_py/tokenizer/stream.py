"""Incremental decoding: text for ids as they are generated."""

from __future__ import annotations

import codecs
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .base import Tokenizer


class StreamDecoder:
    """Turns ids into text one step at a time.

    It feeds each id's bytes to an incremental UTF-8 decoder, so a character split over
    several tokens is emitted only once complete (never as U+FFFD), and it applies the
    tokenizer's start-of-text rules (dummy-prefix space, first-token form) only at the start
    of the stream, not at every step. The concatenated output of `step` and `flush` equals
    `Tokenizer.decode` of all the ids.
    """

    def __init__(self, tokenizer: Tokenizer, skip_special_tokens: bool = False) -> None:
        self._tokenizer = tokenizer
        self._skip = tokenizer.special_ids if skip_special_tokens else frozenset()
        self._utf8 = codecs.getincrementaldecoder("utf-8")(tokenizer.decoder.utf8_errors)
        self._to_strip = tokenizer.decoder.strip_leading
        self._first = True

    def step(self, token_id: int) -> str:
        """Text completed by `token_id` (may be empty)."""
        if token_id in self._skip:
            return ""
        data = self._tokenizer.token_bytes(token_id, first=self._first)
        self._first = False
        return self._emit(self._utf8.decode(data))

    def flush(self) -> str:
        """Text still held back (an incomplete UTF-8 sequence becomes U+FFFD)."""
        return self._emit(self._utf8.decode(b"", final=True))

    def _emit(self, text: str) -> str:
        while self._to_strip and text:  # ALL_SPACES (-1) never counts down to 0
            if text[0] != " ":
                self._to_strip = 0
            else:
                text = text[1:]
                self._to_strip -= 1
        return text
