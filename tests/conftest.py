# Pyodide fixtures (pyodide_node, pyodide_chromium, and pyodide_runtime for both): see
# tests/pyodide_harness.py.
from pyodide_harness import pyodide_chromium, pyodide_node, pyodide_runtime  # noqa: F401
