"""YAML text -> plain Python values, remembering the line and column of every value.

libyaml composes the node tree (fast, and aliases stay shared nodes, so an alias bomb
never expands); this module walks it once, refusing duplicate keys, aliases and
non-standard tags, and constructs scalars with PyYAML's safe constructor.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from qnplan.model import Issue

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

MAX_BYTES = 50 * 1024 * 1024
MAX_DEPTH = 64
_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_STD}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_SEQ, _MAP = f"{_STD}seq", f"{_STD}map"

PathKey = tuple[str | int, ...]


@dataclass(slots=True)
class LoadedFile:
    """A parsed YAML file: its data (None if unreadable), where each value stands, problems."""

    path: str
    data: Any = None
    marks: dict[PathKey, tuple[int, int]] = field(default_factory=dict)
    issues: list[Issue] = field(default_factory=list)

    def where(self, key: PathKey) -> tuple[int | None, int | None]:
        """Line and column of the value at key, or of its nearest located parent."""
        while True:
            if key in self.marks:
                return self.marks[key]
            if not key:
                return (None, None)
            key = key[:-1]

    def issue(self, key: PathKey, code: str, message: str, severity: str = "error") -> None:
        line, column = self.where(key)
        self.issues.append(Issue(self.path, line, column, severity, code, message))  # type: ignore[arg-type]

    @property
    def ok(self) -> bool:
        return not any(i.severity == "error" for i in self.issues)


def _syntax_hint(problem: str, context: str, text: str, line: int, column: int) -> str:
    lines = text.splitlines()
    here = lines[line] if 0 <= line < len(lines) else ""
    char = here[column] if 0 <= column < len(here) else ""
    if "block scalar" in context:
        return 'an unquoted ">" or "|" starts a block of text; quote the operator: op: ">="'
    if "cannot start any token" in problem:
        if char == "\t":
            return "a tab is not allowed in YAML indentation; indent with spaces"
        if char == "%":
            return 'a bare % cannot start a value; quote it: unit: "%"'
        if char == "@" or char == "`":
            return f"{char!r} cannot start a value; put the value in quotes"
        return f"{char!r} cannot start a value; put the value in quotes"
    if "mapping values are not allowed" in problem:
        return ("a ': ' inside a value, or a missing colon on the line before; "
                "quote the value or check the line above")
    if "expected ',' or ']'" in problem:
        return "a '[' list is not closed with ']'"
    if "expected ',' or '}'" in problem:
        return "a '{' mapping is not closed with '}'"
    if "could not find expected ':'" in problem:
        return "a key without its colon, or a colon without a space after it"
    if "quoted scalar" in context:
        return "a quoted value is not closed; add the closing quote"
    if "expected node content" in problem:
        return "a value is missing here, or a '[' or '{' is not closed"
    if "undefined alias" in problem:
        return "aliases (*name) are not allowed in qnplan data; write the value out"
    return problem or "YAML syntax error"


def read_text(path: Path, display: str, loaded: LoadedFile) -> str | None:
    """Read a data file as UTF-8 (a BOM is fine), reporting size and encoding problems."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            loaded.issues.append(Issue(display, None, None, "error", "file-too-large",
                f"file is {size // 1_048_576} MB, over the {MAX_BYTES // 1_048_576} MB limit; "
                "split it by year"))
            return None
        raw = path.read_bytes()
    except OSError as exc:
        loaded.issues.append(Issue(display, None, None, "error", "unreadable",
                                   f"cannot read the file: {exc.strerror}"))
        return None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        loaded.issues.append(Issue(display, 1, 1, "error", "encoding",
                                   "file is UTF-16; save it as UTF-8"))
        return None
    if b"\x00" in raw:
        at = raw.index(b"\x00")
        line = raw.count(b"\n", 0, at) + 1
        loaded.issues.append(Issue(display, line, None, "error", "encoding",
                                   "file contains NUL bytes: it is binary, not YAML text"))
        return None
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        loaded.issues.append(Issue(display, line, column, "error", "encoding",
            f"byte 0x{raw[exc.start]:02x} is not UTF-8 (Latin-1 or Windows-1258?); "
            "save the file as UTF-8"))
        return None


def load_yaml(path: Path, display: str | None = None) -> LoadedFile:
    """Parse one YAML file into plain values with positions; never raises for bad input."""
    loaded = LoadedFile(display or str(path))
    text = read_text(path, loaded.path, loaded)
    if text is None:
        return loaded
    return parse_yaml(text, loaded)


def parse_yaml(text: str, loaded: LoadedFile) -> LoadedFile:
    """Parse YAML text into `loaded` (data, marks, issues)."""
    try:
        node = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line, mark.column) if mark else (0, 0)
        hint = _syntax_hint(exc.problem or "", exc.context or "", text, line, column)
        code = "alias" if "alias" in (exc.problem or "") else "yaml-syntax"
        loaded.issues.append(Issue(loaded.path, line + 1, column + 1, "error", code, hint))
        return loaded
    except yaml.YAMLError as exc:  # e.g. a reader error on control characters
        loaded.issues.append(Issue(loaded.path, None, None, "error", "yaml-syntax", str(exc)))
        return loaded
    if node is None:
        loaded.issues.append(Issue(loaded.path, 1, 1, "error", "empty-file", "file is empty"))
        return loaded
    _Walker(loaded).run(node)
    return loaded


class _Walker:
    def __init__(self, loaded: LoadedFile) -> None:
        self.loaded = loaded
        self.seen: set[int] = set()
        self.constructor = yaml.constructor.SafeConstructor()
        self.failed = False

    def run(self, node: yaml.Node) -> None:
        data = self.walk(node, (), 0)
        if not self.failed:
            self.loaded.data = data

    def fail(self, node: yaml.Node, code: str, message: str) -> None:
        mark = node.start_mark
        self.loaded.issues.append(
            Issue(self.loaded.path, mark.line + 1, mark.column + 1, "error", code, message))
        self.failed = True

    def walk(self, node: yaml.Node, key: PathKey, depth: int) -> Any:
        if id(node) in self.seen:
            self.fail(node, "alias", "this value is reused through an alias (*name), which "
                      "qnplan data does not allow; write the value out")
            return None
        self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self.fail(node, "too-deep", f"nesting deeper than {MAX_DEPTH} levels")
            return None
        self.loaded.marks[key] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
            return self.mapping(node, key, depth)
        if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
            return [self.walk(item, (*key, i), depth + 1) for i, item in enumerate(node.value)]
        if isinstance(node, yaml.ScalarNode) and node.tag in _SCALAR_TAGS:
            try:
                return self.constructor.construct_object(node, deep=True)
            except (yaml.constructor.ConstructorError, ValueError):
                kind = node.tag[len(_STD):]
                self.fail(node, "wrong-type", f"cannot read {node.value!r} as {kind}")
                return None
        tag = "!!" + node.tag[len(_STD):] if node.tag.startswith(_STD) else node.tag
        self.fail(node, "tag", f"tag {tag!r} is not allowed in qnplan data; remove it")
        return None

    def mapping(self, node: yaml.MappingNode, key: PathKey, depth: int) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            name = self.walk(key_node, (*key, "<key>"), depth + 1)
            if not isinstance(name, str | int):
                self.fail(key_node, "wrong-type", "a mapping key must be a plain name")
                continue
            name = str(name)
            if name in result:
                self.fail(key_node, "duplicate-key",
                          f"duplicate key {name!r}: YAML would silently keep only the last one; "
                          "remove or rename one")
                continue
            result[name] = self.walk(value_node, (*key, name), depth + 1)
        return result
