"""Imported inside Pyodide by tests/test_harness.py: shows repository modules import there."""


def where() -> str:
    return __file__
