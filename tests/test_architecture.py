"""webllm_py's layers: every import, module-level or inside a function, relative or absolute,
goes from a package (or top-level module) to itself or to a lower layer of the list in
webllm_py/__init__.py's docstring, so the packages form no import cycle."""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "webllm_py"


@dataclass(frozen=True)
class Import:
    where: str  # file:line
    importer: str  # a package or top-level module of the package ("" for the package itself)
    imported: str


def layers(package: Path) -> list[list[str]]:
    """The layer list of the package's docstring: the indented lines after "Layers", each
    "name, name   what they are"."""
    doc = ast.get_docstring(ast.parse((package / "__init__.py").read_text())) or ""
    block = re.search(r"^Layers\b.*?\n\n((?: {4}[^\n]*\n)+)", doc + "\n", re.M | re.S)
    if block is None:
        raise AssertionError(f"{package}/__init__.py: its docstring has no layer list")
    return [re.split(r",\s*", re.split(r"\s{2,}", line.strip())[0]) for line in block.group(1).splitlines()]


def _modules(package: Path) -> dict[str, Path]:
    """Dotted module name -> file, for every module of the package."""
    found = {}
    for path in sorted(package.rglob("*.py")):
        parts = [package.name, *path.relative_to(package).with_suffix("").parts]
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _unit(module: str) -> str:
    """The package or top-level module a module belongs to: "a" for pkg.a.b; "" for pkg itself."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def imports(package: Path) -> list[Import]:
    """Every import of one of the package's modules by another, found by walking the whole tree
    (so imports in functions, methods and `if TYPE_CHECKING:` blocks count)."""
    modules = _modules(package)
    found = []
    for name, path in modules.items():
        is_init = path.name == "__init__.py"
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    parts = name.split(".") if is_init else name.split(".")[:-1]
                    parts = parts[:len(parts) - node.level + 1]
                    base = ".".join(parts + ([node.module] if node.module else []))
                # `from pkg import sub` imports the submodule pkg.sub
                targets = [f"{base}.{a.name}" if f"{base}.{a.name}" in modules else base for a in node.names]
            else:
                continue
            for target in dict.fromkeys(targets):  # `from m import a, b` is one import of m
                if target == package.name or target.startswith(package.name + "."):
                    where = f"{path.relative_to(package.parent)}:{node.lineno}"
                    found.append(Import(where, _unit(name), _unit(target)))
    return [i for i in found if i.importer != i.imported]


def against_the_layers(found: list[Import], order: list[list[str]]) -> list[str]:
    """The imports of a unit in the same or a higher layer, or of a unit the list does not name."""
    rank = {"": -1, **{unit: i for i, layer in enumerate(order) for unit in layer}}
    problems = []
    for i in found:
        missing = [u for u in (i.importer, i.imported) if u not in rank]
        if missing:
            problems.append(f"{i.where}: {', '.join(missing)} is in no layer")
        elif rank[i.imported] >= rank[i.importer]:
            problems.append(f"{i.where}: {i.importer or 'the package'} (layer {rank[i.importer]}) imports "
                            f"{i.imported} (layer {rank[i.imported]}), which is not below it")
    return problems


def cycles(found: list[Import]) -> list[str]:
    """Each import cycle between units, as the imports that close it (Tarjan's strongly
    connected components)."""
    graph: dict[str, set[str]] = {}
    for i in found:
        graph.setdefault(i.importer, set()).add(i.imported)
        graph.setdefault(i.imported, set())
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    components = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while not component or v not in component:
                component.add(stack.pop())
            if len(component) > 1:
                components.append(component)

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return [f"cycle {sorted(c)}: " + "; ".join(f"{i.where} ({i.importer} -> {i.imported})" for i in found
                                                if i.importer in c and i.imported in c)
            for c in components]


def test_webllm_py_has_no_import_cycle():
    assert cycles(imports(PACKAGE)) == []


def test_webllm_py_imports_only_lower_layers():
    assert against_the_layers(imports(PACKAGE), layers(PACKAGE)) == []


def test_every_package_is_in_exactly_one_layer():
    listed = [unit for layer in layers(PACKAGE) for unit in layer]
    present = {p.stem if p.is_file() else p.name for p in PACKAGE.iterdir()
               if p.suffix == ".py" and p.name != "__init__.py" or (p / "__init__.py").is_file()}
    assert sorted(listed) == sorted(present)


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    return root / "pkg"


BAD = {
    "pkg/__init__.py": '"""Toy.\n\nLayers, lowest first:\n\n    low        a\n    mid, side  b\n    high       c\n"""\n',
    "pkg/low.py": "",
    "pkg/side.py": "",
    "pkg/mid/__init__.py": "from .core import f\n",
    "pkg/mid/core.py": "from ..low import x\n\n\ndef f():\n    from pkg import high\n",  # up, inside a function
    "pkg/high.py": "import pkg.mid.core\nfrom . import side\n",
}


def test_a_bad_graph_fails_naming_the_imports(tmp_path):
    package = _write(tmp_path, BAD)
    found = imports(package)
    assert cycles(found) == ["cycle ['high', 'mid']: pkg/high.py:1 (high -> mid); pkg/mid/core.py:5 (mid -> high)"]
    assert against_the_layers(found, layers(package)) == [
        "pkg/mid/core.py:5: mid (layer 1) imports high (layer 2), which is not below it"]
    same_layer = {**BAD, "pkg/side.py": "from .mid import f\n", "pkg/mid/core.py": "def f():\n    pass\n"}
    package = _write(tmp_path / "same", same_layer)
    assert against_the_layers(imports(package), layers(package)) == [
        "pkg/side.py:1: side (layer 1) imports mid (layer 1), which is not below it"]
    assert cycles(imports(package)) == []


def test_a_package_without_a_layer_list_fails(tmp_path):
    package = _write(tmp_path, {"pkg/__init__.py": '"""Toy."""\n'})
    with pytest.raises(AssertionError, match="pkg/__init__.py: its docstring has no layer list"):
        layers(package)


def test_an_unlisted_package_is_named(tmp_path):
    package = _write(tmp_path, {**BAD, "pkg/extra.py": "from .low import x\n"})
    assert "pkg/extra.py:1: extra is in no layer" in against_the_layers(imports(package), layers(package))
