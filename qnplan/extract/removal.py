"""`qnplan sources remove ID`: a source and every entry citing it taken back out, as one change.

The undo of an intake: each file keeps every byte but the lines of what is removed (an entry
with the comment lines just above it, the source's block in sources.yaml), a year file left
holding nothing but its `year:` and list header is removed, and so is the source's text when no
other source names it. So `remove` after `extract --write` leaves the data as it was. The result
is validated on a copy first (an entry of another source whose baseline cites this one, say,
refuses the change), then committed under the writer lock through the journal."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from qnplan.dataset.transaction import Change
from qnplan.errors import DataError, InvalidData, UsageError
from qnplan.extract.writing import read_existing, validate_copy, writable
from qnplan.message import msg


@dataclass
class Removal:
    """What `sources remove` changes, and how many entries leave each file."""

    changes: list[Change] = field(default_factory=list)
    entries: dict[str, int] = field(default_factory=dict)  # file (relative) -> entries removed
    text: str | None = None  # the source text file removed, relative


def _compose(text: str, path: Path) -> Any:
    import yaml

    try:
        return yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError:
        raise DataError(msg("remove.unreadable"), path=str(path)) from None


def _span(lines: list[str], start: int, end_node: Any, floor: int) -> tuple[int, int]:
    """The lines [first, last) of an item that starts on line `start` and whose node ends at
    `end_node`'s end mark: with the comment lines just above it, without the comment or
    blank lines after it (those belong to what follows)."""
    first = start
    while first - 1 >= floor and lines[first - 1].lstrip().startswith("#"):
        first -= 1
    mark = end_node.end_mark
    at_line_start = mark.line >= len(lines) or not lines[mark.line][:mark.column].strip()
    last = mark.line if at_line_start else mark.line + 1
    last = min(last, len(lines))
    while last - 1 > start and (not lines[last - 1].strip()
                                or lines[last - 1].lstrip().startswith("#")):
        last -= 1
    return first, last


def _source_of(node: Any) -> str | None:
    if node.tag != "tag:yaml.org,2002:map":
        return None
    for key, value in node.value:
        if getattr(key, "value", None) == "source" and isinstance(value.value, str):
            return str(value.value)
    return None


def without_entries(text: str, path: Path, section: str, source: str) -> tuple[str, int]:
    """The file's text without the `section` entries citing `source`, and how many."""
    root = _compose(text, path)
    if root is None or root.tag != "tag:yaml.org,2002:map":
        return text, 0
    seq = next((v for k, v in root.value if getattr(k, "value", None) == section), None)
    if seq is None or seq.tag != "tag:yaml.org,2002:seq" or not seq.value:
        return text, 0
    lines = text.splitlines(keepends=True)
    header = seq.start_mark.line
    doomed: list[tuple[int, int]] = []
    for item in seq.value:
        if _source_of(item) == source:
            doomed.append(_span(lines, item.start_mark.line, item, header))
    if not doomed:
        return text, 0
    for first, last in reversed(doomed):
        del lines[first:last]
    out = "".join(lines)
    if len(doomed) == len(seq.value):  # an empty list would read as null: say it is empty
        out = re.sub(rf"(?m)^{section}:[ \t]*$", f"{section}: []", out, count=1)
    return out, len(doomed)


def without_source(text: str, path: Path, source: str) -> str:
    """sources.yaml's text without the block of `source`."""
    root = _compose(text, path)
    mapping = next((v for k, v in root.value if getattr(k, "value", None) == "sources"), None)
    if mapping is None:
        raise UsageError(msg("remove.unknown", source=source))
    lines = text.splitlines(keepends=True)
    for key, value in mapping.value:
        if key.value == source:
            first, last = _span(lines, key.start_mark.line, value, mapping.start_mark.line)
            del lines[first:last]
            return "".join(lines)
    raise UsageError(msg("remove.unknown", source=source))


def plan_removal(root: Path, source: str) -> Removal:
    """Every file's new content once `source` and its entries are gone."""
    from qnplan.dataset.build import load_dataset
    from qnplan.dataset.plan_files import plan_files
    from qnplan.dataset.year_files import year_files

    ds, issues = load_dataset(root)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        raise InvalidData(msg("extract.data_invalid"), errors)
    if source not in ds.sources:
        raise UsageError(msg("remove.unknown", source=source))
    plan = Removal()
    files = [(p, "targets") for p in year_files(root, "targets")]
    files += [(p, "actuals") for p in year_files(root, "actuals")]
    files += [(p, "targets") for p in plan_files(root)]
    for path, section in files:
        old = read_existing(path)
        if old is None:
            continue
        new, n = without_entries(old, path, section, source)
        if not n:
            continue
        skeleton = re.fullmatch(rf"year: \d{{4}}\n{section}: \[\]\n", new)
        plan.changes.append(Change(path, None if skeleton else new, old))
        plan.entries[path.relative_to(root).as_posix()] = n
    registry = root / "sources.yaml"
    old = read_existing(registry) or ""
    plan.changes.append(Change(registry, without_source(old, registry, source), old))
    text = ds.sources[source].text
    others = {s.text for sid, s in ds.sources.items() if sid != source}
    if text is not None and text not in others and os.path.lexists(root / text):
        from qnplan.dataset.files import Refused, inside

        try:  # never remove a file outside the data directory
            found = inside(root, root / text)
        except Refused:
            return plan
        plan.changes.append(Change(found, None, read_existing(found)))
        plan.text = found.relative_to(root).as_posix()
    return plan


def remove_source(root: Path, source: str) -> Removal:
    """Take `source` and every entry citing it out of the data directory, all or nothing."""
    from qnplan.dataset import transaction

    root = root.resolve()
    with transaction.locked(root):
        transaction.roll_forward(root)
        plan = plan_removal(root, source)
        for change in plan.changes:
            writable(root, change.path)
        validate_copy(root, plan.changes)
        try:
            transaction.commit(root, plan.changes)
        except OSError as exc:
            raise DataError(msg("extract.cannot_write", path=str(exc.filename or root),
                                why=exc.strerror)) from None
    return plan
