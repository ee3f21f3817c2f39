"""The house has no import circle: no module of briefing imports, directly or through
others, a module that imports it back (lazy imports inside functions included: a circle
that only works because one side imports late breaks the day someone moves an import up).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "briefing"


def modules(package: Path) -> dict[str, tuple[Path, bool]]:
    """Dotted module name → (file, whether it is a package's __init__)."""
    found = {}
    for path in package.rglob("*.py"):
        parts = list(path.relative_to(package.parent).with_suffix("").parts)
        is_package = parts[-1] == "__init__"
        found[".".join(parts[:-1] if is_package else parts)] = (path, is_package)
    return found


def import_graph(package: Path) -> dict[str, set[str]]:
    """Which modules of the package each one imports, anywhere in its text. Importing
    `a.b.c` runs `a/__init__` and `a/b/__init__` first: those count as imported too,
    except a module's own enclosing packages (already running when it is imported)."""
    known = modules(package)
    graph: dict[str, set[str]] = {}
    for name, (path, is_package) in known.items():
        here = name if is_package else name.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = here
                for _ in range(max(node.level - 1, 0)):
                    base = base.rpartition(".")[0]
                module = node.module or ""
                if node.level:
                    module = f"{base}.{module}" if module else base
                for alias in node.names:
                    submodule = f"{module}.{alias.name}"
                    targets.add(submodule if submodule in known else module)
        with_parents = set()
        for target in targets:
            parts = target.split(".")
            with_parents |= {".".join(parts[:k]) for k in range(1, len(parts) + 1)}
        graph[name] = {
            t for t in with_parents if t in known and t != name and not name.startswith(t + ".")
        }
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for other in sorted(graph.get(node, ())):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in on_stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


# Circles that came with the `reading` and `digest` merges (2026-12-04), each closed by a
# lazy import; their owners break them (issue 25). The test fails on any other circle, and
# when one of these is broken, until it leaves this list.
KNOWN: list[list[str]] = []


def test_briefing_has_no_import_circle_but_the_known_ones() -> None:
    graph = import_graph(PACKAGE)
    assert "briefing.web.tasks" in graph and "briefing.review.service" in graph
    assert sorted(circles(graph)) == sorted(KNOWN)


def test_the_review_and_memory_modules_are_in_no_circle() -> None:
    members = {m for group in circles(import_graph(PACKAGE)) for m in group}
    ours = {m for m in import_graph(PACKAGE) if m.startswith(("briefing.review", "briefing.web"))}
    assert not members & (ours | {"briefing.memory", "briefing.docstore", "briefing.errors"})


def test_the_web_package_imports_no_circle_of_its_own() -> None:
    graph = import_graph(PACKAGE)
    web = {
        name: {t for t in targets if t.startswith("briefing.web")}
        for name, targets in graph.items()
        if name.startswith("briefing.web")
    }
    assert "briefing.web.jobs" in web["briefing.web.tasks"]  # tasks runs the jobs …
    assert not any(t == "briefing.web.tasks" for t in web["briefing.web.jobs"])  # … not back
    assert circles(web) == []


def test_the_walker_finds_a_circle_a_lazy_import_hides(tmp_path: Path) -> None:
    package = tmp_path / "briefing"
    (package / "web").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "web" / "__init__.py").write_text("")
    (package / "web" / "jobs.py").write_text(
        "def submit():\n    from briefing.web.tasks import make\n    return make\n"
    )
    (package / "web" / "tasks.py").write_text("from briefing.web import jobs\n")
    (package / "web" / "alone.py").write_text("from . import jobs\n")
    assert circles(import_graph(package)) == [["briefing.web.jobs", "briefing.web.tasks"]]


def test_a_package_init_that_imports_its_importer_is_a_circle(tmp_path: Path) -> None:
    package = tmp_path / "briefing"
    (package / "review").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "review" / "__init__.py").write_text("from briefing.review import service\n")
    (package / "review" / "service.py").write_text("import briefing.memory\n")
    (package / "memory.py").write_text("from briefing.review.xliff import check\n")
    (package / "review" / "xliff.py").write_text("check = 1\n")
    assert circles(import_graph(package)) == [
        ["briefing.memory", "briefing.review", "briefing.review.service"]
    ]


@pytest.mark.parametrize(
    "module",
    [
        "briefing.web.jobs",
        "briefing.web.tasks",
        "briefing.web.running",
        "briefing.web.digests",
        "briefing.web.routes.briefs",
        "briefing.web.routes.digests",
        "briefing.web.reviews",
        "briefing.web.app",
        "briefing.review.service",
        "briefing.review.tmx",
        "briefing.memory",
    ],
)
def test_each_module_imports_alone_in_a_fresh_interpreter(module: str) -> None:
    done = subprocess.run(
        [sys.executable, "-c", f"import {module}"],
        cwd=PACKAGE.parent,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
