"""YAML text -> plain Python values, and the line and column of any value when asked.

Valid files take the fast path: libyaml parses, PyYAML's safe constructors build the scalars
and the loader the maps and lists (an aliased node is refused the moment it is reused, so an
alias bomb never expands), and
duplicate keys and non-standard tags are refused with their position. Positions of other
values are only needed to report a problem, so they are computed lazily, by composing the
file a second time, only for files that have one.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, Literal

import msgspec
import yaml

from qnplan.dataset.files import Refused, decode_utf8, read_capped
from qnplan.dataset.nesting import MAX_DEPTH, too_deep
from qnplan.dataset.yaml_errors import syntax_hint, unreadable_scalar
from qnplan.message import Message, msg
from qnplan.model import Issue

try:
    from yaml import CSafeLoader as _Loader
except ImportError:  # pragma: no cover - PyYAML built without libyaml
    from yaml import SafeLoader as _Loader  # type: ignore[assignment]

_STD = "tag:yaml.org,2002:"
_SCALAR_TAGS = {f"{_STD}{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
_SEQ, _MAP, _STR_TAG = f"{_STD}seq", f"{_STD}map", f"{_STD}str"

PathKey = tuple[str | int, ...]
# What Resolver.resolve consults; the loader's own resolve assumes no wildcard resolvers.
_IMPLICIT: dict[Any, list[tuple[str, Any]]] = _Loader.yaml_implicit_resolvers
_GENERAL_RESOLVE = bool(_Loader.yaml_path_resolvers) or None in _IMPLICIT
_DEFAULT_RESOLVE: Callable[..., Any] = _Loader.resolve
_ScalarNode = yaml.ScalarNode
_PLAIN_TAGS: dict[str, str] = {}  # plain scalar -> its implicit tag, for the first so many
_PLAIN_TAGS_KEPT = 50_000


class Invalid:
    """Stands for a value the loader refused (a tag, an alias, 2023-02-30): already reported,
    so later checks skip it instead of reporting it again as missing or mistyped."""

    def __repr__(self) -> str:
        return "INVALID"


INVALID = Invalid()


def has_invalid(value: Any) -> bool:
    """Whether a refused value sits anywhere inside `value`."""
    if value is INVALID:
        return True
    if isinstance(value, dict):
        return any(map(has_invalid, value.values()))
    if isinstance(value, list):
        return any(map(has_invalid, value))
    return False


class LoadedFile(msgspec.Struct):
    """A parsed YAML file: its data (None if unreadable), where each value stands, problems."""

    path: str
    data: Any = None
    issues: list[Issue] = msgspec.field(default_factory=list)
    text: str = ""
    refused: bool = False  # some value in data is INVALID; without one, nothing to look for
    _marks: dict[PathKey, tuple[int, int]] | None = None

    def where(self, key: PathKey) -> tuple[int | None, int | None]:
        """Line and column of the value at key, or of its nearest located parent."""
        if self._marks is None:
            self._marks = _marks(self.text)
        while True:
            if key in self._marks:
                return self._marks[key]
            if not key:
                return (None, None)
            key = key[:-1]

    def issue(self, key: PathKey, code: str, message: Message,
              severity: Literal["error", "warning"] = "error") -> None:
        line, column = self.where(key)
        self.issues.append(Issue(self.path, line, column, severity, code, message))


def read_text(path: Path, display: str, loaded: LoadedFile) -> str | None:
    """Read a data file as UTF-8 (a BOM is fine), reporting size, type and encoding problems."""
    try:
        return decode_utf8(read_capped(path))
    except Refused as exc:
        advice = msg("y.split_by_year") if exc.code == "file-too-large" else ""
        loaded.issues.append(Issue(display, exc.line, exc.column, "error", exc.code,
                                   msg("y.file_refused", why=exc.message, advice=advice)))
        return None


def load_yaml(path: Path, display: str | None = None) -> LoadedFile:
    """Parse one YAML file into plain values; never raises for bad input."""
    loaded = LoadedFile(display or str(path))
    text = read_text(path, loaded.path, loaded)
    if text is None:
        return loaded
    return parse_yaml(text, loaded)


def parse_yaml(text: str, loaded: LoadedFile) -> LoadedFile:
    """Parse YAML text into `loaded`: data and loader-level issues; positions come lazily."""
    loaded.text = text
    if not _shallow_enough(text, loaded):
        return loaded
    # An alias needs an anchor (&name): without '&' in the text, skip the per-node alias check.
    careful = "&" in text
    if careful:
        _refuse_anchors(text, loaded)
    while True:
        try:
            return _construct(text, loaded, careful)
        except _RetryCarefully:
            careful = True


def _refuse_anchors(text: str, loaded: LoadedFile) -> None:
    """Report every anchor (&name), used by an alias or not: qnplan data writes values out."""
    try:
        for event in yaml.parse(text, Loader=_Loader):
            anchor = getattr(event, "anchor", None)
            if anchor is not None and isinstance(event, yaml.NodeEvent) and not isinstance(
                    event, yaml.AliasEvent):
                mark = event.start_mark
                line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
                loaded.issues.append(Issue(loaded.path, line, column, "error", "anchor",
                                           msg("y.anchor", anchor=anchor)))
    except yaml.YAMLError:
        return  # the parse proper reports the syntax error, with its hint


class _RetryCarefully(Exception):
    """The fast loader met a scalar it could not build; the careful one will locate it."""


def _construct(text: str, loaded: LoadedFile, careful: bool) -> LoadedFile:
    loader = (_StrictLoader if careful else _FastStrictLoader)(text, loaded)
    before = len(loaded.issues)
    try:
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line, mark.column) if mark else (0, 0)
        hint = syntax_hint(exc.problem or "", exc.context or "", text, line, column)
        code = "alias" if "alias" in (exc.problem or "") else "yaml-syntax"
        loaded.issues.append(Issue(loaded.path, line + 1, column + 1, "error", code, hint))
        return loaded
    except yaml.reader.ReaderError as exc:  # a control character, before any parsing
        # libyaml counts bytes, the pure-Python reader characters: find the character itself.
        found = yaml.reader.Reader.NON_PRINTABLE.search(text)
        at = found.start() if found else 0
        line = text.count("\n", 0, at) + 1
        column = at - (text.rfind("\n", 0, at) + 1) + 1
        loaded.issues.append(Issue(loaded.path, line, column, "error", "yaml-syntax",
                                   msg("y.control", char=f"U+{exc.character:04X}")))
        return loaded
    except yaml.YAMLError:
        loaded.issues.append(Issue(loaded.path, None, None, "error", "yaml-syntax",
                                   msg("y.not_yaml")))
        return loaded
    except RecursionError:
        loaded.issues.append(Issue(loaded.path, None, None, "error", "too-deep",
                                   msg("y.too_deep")))
        return loaded
    except Exception as exc:  # only the fast loader lets a scalar's failure out
        if careful:
            raise
        del loaded.issues[before:]
        raise _RetryCarefully from exc
    finally:
        loader.dispose()
    if data is INVALID:
        data = None
    if data is None and not loader.failed:
        loaded.issues.append(Issue(loaded.path, 1, 1, "error", "empty-file", msg("y.empty")))
        return loaded
    loaded.data = data
    loaded.refused = loader.failed
    return loaded


def _shallow_enough(text: str, loaded: LoadedFile) -> bool:
    """Refuse nesting deeper than MAX_DEPTH before libyaml's recursive composer sees it."""
    where = too_deep(text)
    if where is None:
        return True
    loaded.issues.append(Issue(loaded.path, *where, "error", "too-deep",
                               msg("y.deeper_than", depth=MAX_DEPTH)))
    return False


def _reject(loader: _StrictLoader, node: yaml.Node) -> Invalid:
    tag = "!!" + node.tag[len(_STD):] if node.tag.startswith(_STD) else node.tag
    loader.fail(node, "tag", msg("y.tag", tag=repr(tag)))
    return INVALID


class _StrictLoader(_Loader):
    """libyaml's parser with PyYAML's safe scalars, refusing duplicate keys, aliases and any
    tag beyond the plain YAML ones; each refusal is recorded with its line and column."""

    yaml_constructors: ClassVar[dict[Any, Any]] = {
        tag: _Loader.yaml_constructors[tag] for tag in _SCALAR_TAGS}

    def __init__(self, text: str, loaded: LoadedFile) -> None:
        super().__init__(text)
        self.loaded = loaded
        self.failed = False
        self.seen_alias = False

    if not _GENERAL_RESOLVE:
        # Path resolvers are what these two track, and there are none: libyaml's composer
        # calls both for every node, and a built-in that ignores its arguments is cheaper
        # than a Python method that returns at once.
        descend_resolver = operator.is_  # type: ignore[assignment]  # (parent, index)
        ascend_resolver = tuple  # type: ignore[assignment]  # ()

    def resolve(self, kind: type[yaml.Node], value: Any, implicit: tuple[bool, bool]) -> Any:
        # Called by libyaml's composer for every node: a quoted scalar is a string, a plain
        # one is tried against the few implicit types its first character can begin, once
        # per distinct spelling (keys and ids repeat on every entry).
        if kind is not _ScalarNode or _GENERAL_RESOLVE:
            return _DEFAULT_RESOLVE(self, kind, value, implicit)
        if not implicit[0]:
            return _STR_TAG
        tag = _PLAIN_TAGS.get(value)
        if tag is None:
            tag = next((tag for tag, regexp in _IMPLICIT.get(value[:1], ())
                        if regexp.match(value)), _STR_TAG)
            if len(_PLAIN_TAGS) < _PLAIN_TAGS_KEPT:
                _PLAIN_TAGS[value] = tag
        return tag

    def fail(self, node: yaml.Node, code: str, message: Message) -> None:
        mark = node.start_mark
        self.loaded.issues.append(
            Issue(self.loaded.path, mark.line + 1, mark.column + 1, "error", code, message))
        self.failed = True

    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:  # the composer shares an aliased node
            if not self.seen_alias:
                self.fail(node, "alias", msg("y.alias"))
                self.seen_alias = True
            return INVALID
        if not isinstance(node, yaml.ScalarNode):
            return super().construct_object(node, deep=True)
        try:
            return super().construct_object(node, deep=True)
        except yaml.YAMLError:
            raise
        except Exception as exc:  # a constructor failing on a scalar is the data's fault
            kind = node.tag[len(_STD):] if node.tag.startswith(_STD) else node.tag
            self.fail(node, "invalid-value", unreadable_scalar(str(node.value), kind, exc))
            return INVALID

    def construct_map(self, node: yaml.MappingNode) -> dict[Any, Any]:
        return self._mapping(node, self.construct_object)

    def _mapping(self, node: yaml.Node, build: Callable[[yaml.Node], Any],
                 ) -> dict[Any, Any]:
        result: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = build(key_node)
            if key.__class__ is not str:  # the usual key needs neither check nor conversion
                if not isinstance(key, str | int) or isinstance(key, bool):
                    self.fail(key_node, "wrong-type", msg("y.key_plain"))
                    continue
                key = str(key)
            if key in result:  # reported; the first value stays, so the rest is still checked
                self.fail(key_node, "duplicate-key", msg("y.duplicate_key", key=repr(key)))
                continue
            result[key] = build(value_node)
        return result

    def construct_seq(self, node: yaml.SequenceNode) -> list[Any]:
        return [self.construct_object(child) for child in node.value]


class _FastStrictLoader(_StrictLoader):
    """_StrictLoader for a text with no anchor, where no alias can occur, and no scalar
    fails to build (parse_yaml retries with _StrictLoader to locate one that does)."""

    construct_object = _Loader.construct_object

    def get_single_data(self) -> Any:
        # No node is shared (no anchor), so PyYAML's bookkeeping of built nodes is not needed:
        # plain maps, lists and strings are built directly, anything else the usual way.
        node = self.get_single_node()
        return None if node is None else self._build(node)

    def _build(self, node: yaml.Node) -> Any:
        kind, tag = node.__class__, node.tag
        if kind is yaml.ScalarNode and tag == _STR_TAG:
            return node.value
        if kind is yaml.MappingNode and tag == _MAP:
            return self._mapping(node, self._build)
        if kind is yaml.SequenceNode and tag == _SEQ:
            return [self._build(child) for child in node.value]
        return self.construct_object(node)


_StrictLoader.add_constructor(_MAP, _StrictLoader.construct_map)
_StrictLoader.add_constructor(_SEQ, _StrictLoader.construct_seq)
_StrictLoader.add_constructor(None, _reject)


def _marks(text: str) -> dict[PathKey, tuple[int, int]]:
    """Line and column (1-based) of every value, keyed by its path; computed only on demand."""
    marks: dict[PathKey, tuple[int, int]] = {}
    try:
        root = yaml.compose(text, Loader=_Loader)
    except (yaml.YAMLError, RecursionError):
        return marks
    stack: list[tuple[yaml.Node, PathKey]] = [(root, ())] if root is not None else []
    seen: set[int] = set()
    while stack:
        node, key = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        marks[key] = (node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            stack.extend((v, (*key, str(k.value))) for k, v in node.value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend((v, (*key, i)) for i, v in enumerate(node.value))
    return marks
