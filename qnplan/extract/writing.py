"""`extract --write`: append drafted entries to the data directory in one step.

Existing files keep every byte (comments included): new entries are appended at the end
of the year file's list, the source is registered if new (its text saved under
sources/), entries already present are skipped, and the result is validated on a copy
first: when anything fails, nothing is written."""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import tempfile
from pathlib import Path

import msgspec

from qnplan.errors import DataError, InvalidData, UsageError
from qnplan.extract.drafting import Draft, drafts, entry_yaml
from qnplan.extract.statements import Statement
from qnplan.i18n import tr, tr_count
from qnplan.message import msg
from qnplan.model import DEFAULT_SCOPE, SOURCE_ID_PATTERN, Indicator, Source
from qnplan.output import staged

_TOP_LIST = re.compile(r"^(targets|actuals):[ \t]*(?:#.*)?$", re.MULTILINE)


def _source_type(text: str) -> str:
    head = text[:600].lower()
    if "nghị quyết" in head and ("hđnd" in head or "hội đồng nhân dân" in head):
        return "plan"
    if "nghị quyết" in head:
        return "directive"
    if "báo cáo" in head:
        return "report"
    return "press"


def _quoted(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def source_entry(source: str, text: str, date: dt.date | None) -> str:
    """A sources.yaml entry for a document registered by extract."""
    title = next((" ".join(line.split()) for line in text.splitlines() if line.strip()), source)
    if len(title) > 120:
        title = title[:120].rsplit(" ", 1)[0] + " …"
    return (f"  {source}:\n    type: {_source_type(text)}\n    title: {_quoted(title)}\n"
            f"    issuer: \"unknown (registered by qnplan extract; please complete)\"\n"
            f"    date: {date.isoformat() if date else 'null'}\n"
            f"    text: sources/{source}.txt\n")


def _append(existing: str, addition: str) -> str:
    if existing and not existing.endswith("\n"):
        existing += "\n"
    return existing + addition


def _year_file(path: Path, section: str, year: int, entries: list[Draft]) -> str:
    body = "".join(entry_yaml(d) for d in entries)
    if not path.exists():
        return f"year: {year}\n{section}:\n{body}"
    text = path.read_text(encoding="utf-8")
    lists = list(_TOP_LIST.finditer(text))
    if len(lists) != 1 or lists[0].group(1) != section or re.search(r"^\S", text[lists[0].end():],
                                                                     re.MULTILINE):
        raise DataError(tr("extract.cannot_append", path=path, section=section))
    return _append(text, body)


def _present(existing: dict[tuple[str, int], list[tuple[str, str, str, str]]],
             d: Draft) -> bool:
    key = (str(d.fields["indicator"]), str(d.fields.get("scope", DEFAULT_SCOPE)),
           str(d.fields.get("period", "FY")), str(d.fields["source"]))
    return key in existing.get((d.section, d.year), [])


def plan_changes(root: Path, source: str, name: str, raw: str, date: dt.date | None,
                 found: list[Statement], indicators: dict[str, Indicator],
                 sources: dict[str, Source]) -> tuple[dict[Path, str], list[str]]:
    """The new content of every file to change, and the lines telling what it adds."""
    from qnplan.dataset.build import load_dataset

    if not re.match(SOURCE_ID_PATTERN, source):
        raise UsageError(tr("extract.bad_source_id", source=source))
    ds, _ = load_dataset(root)
    changes: dict[Path, str] = {}
    told: list[str] = []
    if source not in sources:
        text_path = root / "sources" / f"{source}.txt"
        if text_path.exists():
            raise UsageError(tr("extract.text_exists", path=text_path, source=source))
        changes[text_path] = raw if raw.endswith("\n") else raw + "\n"
        reg = root / "sources.yaml"
        changes[reg] = _append(reg.read_text(encoding="utf-8"), source_entry(source, raw, date))
        told.append(tr("extract.registered", source=source, name=name))
    # a target and a result may share a key: they live in different files
    existing: dict[tuple[str, int], list[tuple[str, str, str, str]]] = {}
    keys = [("targets", *t.key, t.source) for ts in ds.targets.values() for t in ts]
    keys += [("actuals", *r.key, r.source) for rs in ds.actuals.values() for r in rs]
    for section, year, *rest in keys:
        existing.setdefault((section, year), []).append((rest[0], rest[1], rest[2], rest[3]))
    items, left = drafts(found, indicators, source)
    fresh: dict[tuple[str, int], list[Draft]] = {}
    skipped = 0
    for d in items:
        if _present(existing, d):
            skipped += 1
            continue
        key = (str(d.fields["indicator"]), str(d.fields.get("scope", DEFAULT_SCOPE)),
               str(d.fields.get("period", "FY")), source)
        existing.setdefault((d.section, d.year), []).append(key)
        fresh.setdefault((d.section, d.year), []).append(d)
    for (section, year), entries in sorted(fresh.items()):
        path = root / section / f"{year}.yaml"
        changes[path] = _year_file(path, section, year, entries)
        noun = "count.target" if section == "targets" else "count.result"
        told.append(tr("extract.added", entries=tr_count(noun, len(entries)),
                       file=f"{section}/{year}.yaml"))
    if skipped:
        told.append(tr("extract.skipped", entries=tr_count("count.entry", skipped)))
    if left:
        told.append(tr("extract.left_out", statements=tr_count("count.statement", len(left))))
    if not fresh:
        told.append(tr("extract.nothing_new"))
    return changes, told


def _validate_copy(root: Path, changes: dict[Path, str]) -> None:
    from qnplan.dataset.build import load_dataset

    with tempfile.TemporaryDirectory(prefix="qnplan-extract-") as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(root, copy, symlinks=False)
        for path, text in changes.items():
            target = copy / path.relative_to(root)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        _, issues = load_dataset(copy, check_quotes=True)
        errors = [msgspec.structs.replace(i, path=i.path.replace(str(copy) + os.sep, ""))
                  for i in issues if i.severity == "error"]
        if errors:
            more = msg("err.more", n=len(errors) - 3) if len(errors) > 3 else ""
            raise InvalidData(msg("extract.would_be_invalid", more=more), errors)


def _commit(changes: dict[Path, str]) -> None:
    temps: list[tuple[Path, Path]] = []
    try:
        for path, text in changes.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            temps.append((staged(path, text), path))
    except BaseException:
        for written, _ in temps:
            written.unlink(missing_ok=True)
        raise
    for written, path in temps:  # every file is complete before the first rename
        written.replace(path)


def write_entries(root: Path, source: str, name: str, raw: str, text: str,
                  date: dt.date | None, found: list[Statement],
                  indicators: dict[str, Indicator], sources: dict[str, Source]) -> list[str]:
    """Validate, then write; return the lines that tell the user what was added."""
    changes, told = plan_changes(root, source, name, raw, date, found, indicators, sources)
    if changes:  # a new source, or new entries
        _validate_copy(root, changes)
        _commit(changes)
    return told
