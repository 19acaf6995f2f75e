"""The layering README's "Where things are" promises, checked on the source (no imports run).

- no import cycle among the modules of bot/, handlers/ and storage/;
- handlers/ import nothing from storage/ and call no repository (use cases live in bot/services/),
  and read dependencies as `context.svc`, not from bot_data;
- domain code in bot/ imports neither telegram nor the database;
- no source file over 400 lines and no function over 40 lines.
"""

from __future__ import annotations

import ast
from functools import cache
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("bot", "handlers", "storage")
MAX_FILE_LINES = 400
MAX_FUNCTION_LINES = 40
# The repositories on `Services` (bot/services/container.py): handlers reach them only through
# a function in bot/services/.
REPOSITORIES = {"db", "users", "sets", "program", "reminders", "updates"}
NOT_DOMAIN = ("bot.runtime", "bot.cli", "bot.services")  # wiring, command line, use cases
DATABASE = ("storage", "aiosqlite", "asyncpg", "sqlite3")


def _sources() -> dict[str, Path]:
    """Dotted module name → file, for every module of the three packages."""
    modules = {}
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            parts = list(path.relative_to(ROOT).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            modules[".".join(parts)] = path
    return modules


@cache
def _tree(path: Path) -> ast.Module:
    return ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imported(module: str, path: Path) -> set[str]:
    """Every module name `module` imports, anywhere in the file (TYPE_CHECKING and lazy too).

    `from package import name` counts as an edge to `package.name` when that is a module, and to
    the package's __init__ only when `name` is something defined there."""
    known = _sources()
    names: set[str] = set()
    for node in ast.walk(_tree(path)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against this module's package
                here = module.split(".")
                package = here if path.name == "__init__.py" else here[:-1]
                base = ".".join(package[: len(package) - node.level + 1] + ([base] if base else []))
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                names.add(sub if sub in known else base)
    return names


def _graph() -> dict[str, set[str]]:
    known = _sources()
    return {m: {n for n in _imported(m, p) if n in known and n != m} for m, p in known.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for nxt in sorted(graph[node]):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def _relative(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def test_no_import_cycle_among_bot_handlers_and_storage() -> None:
    assert _cycles(_graph()) == []


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_handlers_import_nothing_from_storage() -> None:
    offenders = {
        module: sorted(n for n in _imported(module, path) if n.split(".")[0] == "storage")
        for module, path in _sources().items()
        if module.split(".")[0] == "handlers"
    }
    assert {m: names for m, names in offenders.items() if names} == {}


def _repository_calls(tree: ast.Module) -> list[str]:
    """`anything.<repository>.<method>(…)`, e.g. `svc.sets.delete_message(…)`."""
    calls = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and isinstance(node.func.value, ast.Attribute)
            and node.func.value.attr in REPOSITORIES
        ):
            calls.append(f"line {node.lineno}: .{node.func.value.attr}.{node.func.attr}()")
    return calls


def test_handlers_call_no_repository() -> None:
    found = {
        _relative(path): _repository_calls(_tree(path))
        for module, path in _sources().items()
        if module.split(".")[0] == "handlers"
    }
    assert {file: calls for file, calls in found.items() if calls} == {}


def test_the_repository_call_finder_sees_one() -> None:
    tree = ast.parse("async def f(svc):\n    await svc.sets.delete_message(1, 2, 3)\n")
    assert _repository_calls(tree) == ["line 2: .sets.delete_message()"]


def test_handlers_read_no_bot_data_key_but_the_one_accessor() -> None:
    """Dependencies come as `context.svc` (handlers/common.py), not as string keys of bot_data."""
    found = {
        _relative(path)
        for module, path in _sources().items()
        if module.split(".")[0] == "handlers"
        and any(getattr(node, "attr", None) == "bot_data" for node in ast.walk(_tree(path)))
    }
    assert found <= {"handlers/common.py"}


def test_domain_code_imports_neither_telegram_nor_the_database() -> None:
    offenders = {}
    for module, path in _sources().items():
        if module.split(".")[0] != "bot" or module.startswith(NOT_DOMAIN):
            continue
        bad = sorted(
            n for n in _imported(module, path) if n.split(".")[0] in ("telegram", *DATABASE)
        )
        if bad:
            offenders[module] = bad
    assert offenders == {}


@pytest.mark.parametrize("package", PACKAGES)
def test_no_source_file_over_400_lines(package: str) -> None:
    long = {
        _relative(path): lines
        for path in sorted((ROOT / package).rglob("*.py"))
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_FILE_LINES
    }
    assert long == {}


def _function_lengths(tree: ast.Module) -> list[tuple[str, int]]:
    """(name, lines) of every function, counted from its first body line (docstring included)
    to its last: a signature wrapped over several lines is formatting, not length."""
    return [
        (node.name, (node.end_lineno or node.body[-1].lineno) - node.body[0].lineno + 1)
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
    ]


@pytest.mark.parametrize("package", PACKAGES)
def test_no_function_over_40_lines(package: str) -> None:
    long = {
        f"{_relative(path)}:{name}": lines
        for path in sorted((ROOT / package).rglob("*.py"))
        for name, lines in _function_lengths(_tree(path))
        if lines > MAX_FUNCTION_LINES
    }
    assert long == {}


def test_the_function_measure_counts_the_body() -> None:
    body = "\n".join(f"    x{i} = {i}" for i in range(41))
    tree = ast.parse(f"def f(\n    a: int,\n) -> None:\n{body}\n")
    assert _function_lengths(tree) == [("f", 41)]
