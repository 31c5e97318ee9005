"""The import graph of casebook/: no cycles, the core never reaches up, and layers point down.

The graph is read with ``ast`` from the source, every import counted: module level, inside
functions, and under ``if TYPE_CHECKING`` (a type-only cycle still means two modules that
cannot be understood apart). The layers below are the ones docs/architecture.md explains;
a new package goes into this table in the same commit that creates it.
"""

from __future__ import annotations

import ast
import textwrap
from collections.abc import Iterable, Mapping
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "casebook"

# Lowest first. A module may import its own unit and any unit of a lower layer; units that
# share a layer are peers and may not import each other. Layer 0 holds the package roots and
# core.phrase, and matches them exactly (their submodules are placed by the layers above).
LAYERS: tuple[tuple[str, ...], ...] = (
    # package roots only, and the translatable sentence every message is made of
    ("casebook", "casebook.core", "casebook.gui", "casebook.cli", "casebook.core.phrase"),
    ("casebook.core.errors",),  # the error classes every layer may raise
    ("casebook.core.canonical_json", "casebook.core.resource_paths"),
    ("casebook.core.text", "casebook.core.media", "casebook.core.models", "casebook.core.taxonomy"),
    ("casebook.core.integrity",),
    ("casebook.core.store",),
    ("casebook.core.records",),
    ("casebook.core.disclosure",),
    ("casebook.core.analysis",),
    ("casebook.core.interchange", "casebook.core.exchange", "casebook.core.export"),
    ("casebook.core.verification",),
    ("casebook.gui.shared",),
    ("casebook.gui.start", "casebook.gui.tagging", "casebook.gui.exchange"),
    ("casebook.gui.records",),
    ("casebook.gui.analysis",),
    ("casebook.gui.main_window",),
    ("casebook.gui.app",),
    ("casebook.cli.",),  # every module of the command line (the prefix excludes its root)
    ("casebook.__main__",),
)

Graph = dict[str, set[str]]


def module_name(root: Path, path: Path) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def import_graph(root: Path) -> Graph:
    """Module -> the modules of the same top package it imports (by name, not by running it)."""
    files = {module_name(root, p): p for p in root.rglob("*.py")}
    top = root.name
    graph: Graph = {name: set() for name in files}
    for name, path in files.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            targets: Iterable[str] = ()
            if isinstance(node, ast.Import):
                targets = (alias.name for alias in node.names)
            elif isinstance(node, ast.ImportFrom):
                if node.level:
                    parts = package.split(".")
                    base = ".".join(parts[: len(parts) - node.level + 1])
                    base = f"{base}.{node.module}" if node.module else base
                else:
                    base = node.module or ""
                # `from pkg import mod` imports the module; `from mod import name` the module
                targets = (
                    f"{base}.{alias.name}" if f"{base}.{alias.name}" in files else base
                    for alias in node.names
                )
            for target in targets:
                while target not in files and "." in target:  # `import a.b.c` -> the module
                    target = target.rpartition(".")[0]
                if (target == top or target.startswith(top + ".")) and target != name:
                    graph[name].add(target)
    return graph


def cycles(graph: Mapping[str, set[str]]) -> list[list[str]]:
    """Every set of modules that import each other round a loop (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def unit_of(module: str, layers: tuple[tuple[str, ...], ...]) -> tuple[int, str] | None:
    """The layer and unit a module belongs to: the longest unit name that is its prefix."""
    best: tuple[int, str] | None = None
    for level, units in enumerate(layers):
        for unit in units:
            prefix = unit if unit.endswith(".") else unit + "."
            matches = module == unit or (level > 0 and module.startswith(prefix))
            if matches and (best is None or len(unit) > len(best[1])):
                best = (level, unit)
    return best


def layer_violations(
    graph: Mapping[str, set[str]], layers: tuple[tuple[str, ...], ...]
) -> list[str]:
    problems = []
    for module in sorted(graph):
        home = unit_of(module, layers)
        if home is None:
            problems.append(f"{module} belongs to no layer: add its package to LAYERS")
            continue
        for target in sorted(graph[module]):
            there = unit_of(target, layers)
            if there is None or there[1] == home[1]:
                continue
            if there[0] == home[0]:
                problems.append(f"{module} imports its peer {target} (both in layer {home[0]})")
            elif there[0] > home[0]:
                problems.append(f"{module} (layer {home[0]}) imports higher {target} ({there[0]})")
    return problems


@pytest.fixture(scope="module")
def graph() -> Graph:
    return import_graph(PACKAGE)


def test_no_import_cycles(graph: Graph) -> None:
    assert cycles(graph) == []


def test_core_never_imports_the_gui_or_the_command_line(graph: Graph) -> None:
    reaching_up = [
        f"{module} -> {target}"
        for module, targets in graph.items()
        if module.startswith("casebook.core")
        for target in targets
        if target.startswith(("casebook.gui", "casebook.cli"))
    ]
    assert reaching_up == []


def test_every_import_points_down_the_layers(graph: Graph) -> None:
    assert layer_violations(graph, LAYERS) == []


def test_core_keeps_only_a_handful_of_loose_modules() -> None:
    loose = sorted(p.stem for p in (PACKAGE / "core").glob("*.py") if p.stem != "__init__")
    assert len(loose) <= 5, loose


def test_every_package_says_what_it_owns_and_may_import() -> None:
    unexplained = [
        str(init.relative_to(PACKAGE.parent))
        for init in PACKAGE.rglob("__init__.py")
        if init.parent.parent.name in ("core", "gui")
        and "import" not in (ast.get_docstring(ast.parse(init.read_text(encoding="utf-8"))) or "")
    ]
    assert unexplained == []


# -- the checks themselves can fail --------------------------------------------------------


def _package(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "casebook"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
    return root


def test_a_cycle_is_found_even_through_a_function_and_type_checking(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "__init__.py": "",
            "core/__init__.py": "",
            "core/store/__init__.py": "",
            "core/store/casebook.py": "def open():\n    from ..analysis import tags\n",
            "core/analysis/__init__.py": "",
            "core/analysis/tags.py": """
                from typing import TYPE_CHECKING
                if TYPE_CHECKING:
                    from casebook.core.store.casebook import open
            """,
            "core/analysis/matrix.py": "from . import tags\n",
        },
    )
    assert cycles(import_graph(root)) == [
        ["casebook.core.analysis.tags", "casebook.core.store.casebook"]
    ]


def test_upward_peer_and_unplaced_imports_are_named(tmp_path: Path) -> None:
    root = _package(
        tmp_path,
        {
            "core/__init__.py": "",
            "core/store/vault.py": "import casebook.core.records.evidence\n",
            "core/records/evidence.py": "from ..store import vault\n",
            "core/export/pdf.py": "from casebook.core.exchange.units import Unit\n",
            "core/exchange/units.py": "",
            "core/stray.py": "",
            "gui/app.py": "",
            "core/text/burmese.py": "from casebook.gui import app\n",
        },
    )
    graph = import_graph(root)
    assert layer_violations(graph, LAYERS) == [
        "casebook.core.export.pdf imports its peer casebook.core.exchange.units (both in layer 9)",
        "casebook.core.store.vault (layer 5) imports higher casebook.core.records.evidence (6)",
        "casebook.core.stray belongs to no layer: add its package to LAYERS",
        "casebook.core.text.burmese (layer 3) imports higher casebook.gui.app (16)",
    ]
