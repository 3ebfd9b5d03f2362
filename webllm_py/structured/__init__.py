"""Structured output in pure Python (it runs in Pyodide): grammars from JSON Schema, regular
expressions and GBNF text, the matcher that gives the allowed tokens per step, and tool calls
as each chat template writes them.

    grammar = schema_grammar({"type": "object", "properties": {"name": {"type": "string"}}})
    token_grammar = TokenGrammar(grammar.compile(), TokenIndex(token_bytes))
    matcher = GrammarMatcher(token_grammar, stop_ids)
    matcher.bitmask()          # uint32 words for the GPU mask kernel
    matcher.accept(token_id, token_bytes[token_id])
"""

from .gbnf import parse_gbnf
from .grammar import Grammar, GrammarError
from .matcher import GrammarMatcher, TokenGrammar, TokenIndex
from .schema import json_object_grammar, schema_grammar

__all__ = ["Grammar", "GrammarError", "GrammarMatcher", "TokenGrammar", "TokenIndex", "json_object_grammar",
           "parse_gbnf", "schema_grammar"]
