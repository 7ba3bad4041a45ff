"""`extract --write`: add drafted entries to the data directory as one change.

Existing files keep every byte (comments included): new entries are appended at the end
of the year file's list, the source is registered if new (its text saved under
sources/), entries already present are skipped, and the result is validated on a copy
first: when anything fails, nothing is written. The change is made under the data folder's
writer lock and committed through a journal (dataset/transaction.py): all of it or none."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from qnplan.dataset.transaction import Change
from qnplan.errors import DataError, InvalidData, UsageError
from qnplan.extract.drafting import Draft, drafts, entry_yaml, file_head
from qnplan.extract.metadata import Meta
from qnplan.extract.statements import Statement
from qnplan.i18n import tr, tr_count, words
from qnplan.message import msg
from qnplan.model import SOURCE_ID_PATTERN, Indicator, Result, Source, Target

_TOP_LIST = re.compile(r"^(targets|actuals):[ \t]*(?:#.*)?$", re.MULTILINE)
MAX_SOURCE_ID = 100  # sources/<id>.txt and its staging name must fit a file name (255 bytes)
PLACEHOLDER_ISSUER = "unknown (registered by qnplan extract; please complete)"
Key = tuple[str, int, str, str, str]  # section, year, indicator, scope, period


def check_source_id(source: str) -> None:
    """Refuse, before anything is read, an id that cannot be a file name and a YAML key."""
    if not re.fullmatch(SOURCE_ID_PATTERN.strip("^$"), source) or len(source) > MAX_SOURCE_ID:
        raise UsageError(msg("extract.bad_source_id", source=source, limit=MAX_SOURCE_ID))
    import yaml

    read = yaml.safe_load(f"{source}: x")  # unquoted, as it is written in every file
    key = next(iter(read)) if isinstance(read, dict) and read else None
    if key != source:
        raise UsageError(msg("extract.yaml_source_id", source=source,
                            read=type(key).__name__ if key is not None else "null"))


def _quoted(s: str) -> str:
    import json

    return json.dumps(s, ensure_ascii=False)  # a JSON string is a valid YAML scalar


def source_entry(source: str, text: str, meta: Meta) -> str:
    """A sources.yaml entry for a document registered by extract, from what is known of it."""
    title = meta.title
    if not title:
        title = next((" ".join(line.split()) for line in text.splitlines() if line.strip()),
                     source)
        if len(title) > 120:
            title = title[:120].rsplit(" ", 1)[0] + " …"
    lines = [f"  {source}:", f"    type: {meta.type or 'press'}", f"    title: {_quoted(title)}"]
    if meta.number:
        lines.append(f"    number: {_quoted(meta.number)}")
    lines.append(f"    issuer: {_quoted(meta.issuer or PLACEHOLDER_ISSUER)}")
    lines.append(f"    date: {meta.date.isoformat() if meta.date else 'null'}")
    if meta.url:
        lines.append(f"    url: {_quoted(meta.url)}")
    lines.append(f"    text: sources/{source}.txt")
    return "\n".join(lines) + "\n"


def _append(existing: str, addition: str) -> str:
    if existing and not existing.endswith("\n"):
        existing += "\n"
    return existing + addition


def read_existing(path: Path) -> str | None:
    """A data file's text (None when it does not exist), read as the loader reads it: a
    regular file, bounded, UTF-8; anything else is refused with its name."""
    from qnplan.dataset.files import Refused, decode_utf8, read_capped

    if not os.path.lexists(path):
        return None
    try:
        return decode_utf8(read_capped(path))
    except Refused as exc:
        raise DataError(msg("y.file_refused", why=exc.message, advice=""), path=str(path)
                        ) from None


def _year_file(path: Path, existing: str | None, section: str, year: int,
               entries: list[Draft], lang: str) -> str:
    body = "".join(entry_yaml(d, lang) for d in entries)
    if existing is None:
        return file_head(entries[0]) + body
    section = "targets" if section == "plans" else section  # a plans file lists targets
    lists = list(_TOP_LIST.finditer(existing))
    # after the list, only its own items, blank lines and comments (at any indentation)
    rest = existing[lists[0].end():] if len(lists) == 1 else ""
    if len(lists) != 1 or lists[0].group(1) != section or re.search(r"^[^\s#]", rest,
                                                                     re.MULTILINE):
        raise DataError(msg("extract.cannot_append", path=str(path), section=section))
    return _append(existing, body)


def _describe(d: Draft, indicators: dict[str, Indicator], home: str) -> str:
    """'fdi 2025 FY >= 2.5 bn_usd': an entry as a reviewer reads it."""
    f = d.fields
    figure = f"{f['min']}–{f['max']}" if "min" in f else str(f.get("value", f.get("text", "")))
    op = f"{f['op']} " if f.get("op") not in (None, "qualitative") else ""
    ind = indicators.get(str(f["indicator"]))
    unit = f.get("unit") or (ind.unit if ind is not None else None)
    unit = f" {unit}" if unit and "text" not in f else ""
    when = f"{d.year} {f.get('period', 'FY')}" if d.span is None else (
        f"{d.span[0]}-{d.span[1]} {f['basis']}")
    return (f"{f['indicator']} {when} {op}{figure}{unit}"
            + ("" if f.get("scope", home) == home else f" ({f['scope']})"))


@dataclass
class Plan:
    """What a write would change, and the lines that tell a reviewer why, entry by entry."""

    changes: list[Change] = field(default_factory=list)
    told: list[str] = field(default_factory=list)
    added: int = 0


def _existing_keys(root: Path) -> tuple[dict[tuple[Key, str], str], dict[str, Source], str]:
    """Every (entry key, source) in the data, with the file it is in; the sources, as they
    are now (read under the writer lock: another run may just have added some); and the
    folder's province, the scope of an entry that names none."""
    from qnplan.dataset.build import load_dataset

    ds, issues = load_dataset(root)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        raise InvalidData(msg("extract.data_invalid"), errors)
    where: dict[tuple[Key, str], str] = {}
    entries: list[Target | Result] = [e for es in ds.targets.values() for e in es]
    entries += [e for es in ds.actuals.values() for e in es]
    for plan in ds.plans.values():
        for p in plan:
            where[(("plans", p.start, p.indicator, p.scope, p.basis), p.source)] = Path(
                os.path.relpath(Path(p.path).resolve(), root)).as_posix()
    for e in entries:
        # a target and a result may share a key: they live in different files
        section = "targets" if isinstance(e, Target) else "actuals"
        where[((section, e.year, e.indicator, e.scope, e.period), e.source)] = Path(
            os.path.relpath(Path(e.path).resolve(), root)).as_posix()
    return where, ds.sources, ds.province


def _key(d: Draft, home: str) -> Key:
    f = d.fields
    return (d.section, d.year, str(f["indicator"]), str(f.get("scope", home)),
            str(f.get("period", f.get("basis", "FY"))))


def _check_registered(root: Path, source: Source, raw: str) -> None:
    """An id already registered for another document is refused by name (else every quote
    would be 'not found' in the other document's text)."""
    if source.text is None:
        return
    from qnplan.dataset.files import Refused, inside

    try:
        registered = read_existing(inside(root, root / source.text))
    except Refused:
        registered = None
    if registered is not None and registered.split() != raw.split():
        raise UsageError(msg("extract.id_taken", source=source.id, title=source.title))


def plan_changes(root: Path, source: str, name: str, raw: str, meta: Meta,
                 found: list[Statement], indicators: dict[str, Indicator], lang: str) -> Plan:
    """The change to make (every file's new and old content) and the review lines, in
    `lang` (as are the draft entries' comments)."""
    check_source_id(source)
    where, sources, home = _existing_keys(root)
    plan = Plan()
    if source in sources:
        _check_registered(root, sources[source], raw)
    else:
        text_path = writable(root, root / "sources" / f"{source}.txt")
        if os.path.lexists(text_path):
            raise UsageError(msg("extract.text_exists", path=str(text_path), source=source))
        plan.changes.append(Change(text_path, raw if raw.endswith("\n") else raw + "\n", None))
        reg = writable(root, root / "sources.yaml")
        old = read_existing(reg) or ""
        plan.changes.append(Change(reg, _append(old, source_entry(source, raw, meta)), old))
        plan.told.append(tr("extract.registered", lang, source=source, name=name,
                            type=meta.type or "press"))
        if not meta.issuer:
            plan.told.append(tr("extract.complete_issuer", lang, source=source))
    items, left = drafts(found, indicators, source, home=home)
    fresh: dict[str, list[Draft]] = {}
    firsts: dict[Key, Draft] = {}
    report: list[str] = []
    for d in items:
        key = _key(d, home)
        quote = str(d.fields["quote"])
        entry = _describe(d, indicators, home)
        if (key, source) in where:
            report.append(tr("extract.skip_present", lang, entry=entry, quote=quote,
                             file=where[(key, source)]))
        elif key in firsts:
            report.append(tr("extract.skip_repeat", lang, entry=entry, quote=quote,
                             first=str(firsts[key].fields["quote"])))
        else:
            firsts[key] = d
            fresh.setdefault(d.file, []).append(d)
    for name, entries in sorted(fresh.items()):
        path = writable(root, root / name)
        old_text = read_existing(path)
        plan.changes.append(Change(path, _year_file(path, old_text, entries[0].section,
                                                    entries[0].year, entries, lang), old_text))
        for d in entries:
            plan.told.append(tr("extract.added_entry", lang, entry=_describe(d, indicators, home),
                                file=name, quote=d.fields["quote"]))
        plan.added += len(entries)
    plan.told.extend(report)
    plan.told.extend(tr("extract.left_entry", lang, quote=st.quote, why=words(why, lang))
                     for st, why in left)
    counts = [tr("extract.n_added", lang, entries=tr_count("count.entry", plan.added, lang))]
    if report:
        counts.append(tr("extract.n_skipped", lang, n=len(report)))
    if left:
        counts.append(tr("extract.n_left", lang, n=len(left)))
    plan.told.append(tr("extract.summary", lang, parts=", ".join(counts)) if plan.added
                     else tr("extract.nothing_new", lang))
    return plan


def writable(root: Path, path: Path) -> Path:
    """`path` if qnplan may write it: its folder inside the data directory (a `sources/`
    that is a link out of it is refused), no special file in the way, nothing read-only."""
    from qnplan.dataset.files import Refused, inside, regular_file

    try:
        folder = inside(root, path.parent) if os.path.lexists(path.parent) else path.parent
        target = inside(root, folder / path.name) if (folder / path.name).is_symlink() else (
            folder / path.name)
        if os.path.lexists(target):
            regular_file(target)
    except Refused as exc:
        raise DataError(exc.message, path=str(path)) from None
    for p in (target, folder):
        # Without write permission it is refused even where the user (root) could write it
        # anyway: someone marked it read-only.
        if os.path.lexists(p) and (not os.access(p, os.W_OK) or not p.stat().st_mode & 0o222):
            raise DataError(msg("extract.read_only", path=str(p)))
    return target


def validate_copy(root: Path, changes: list[Change]) -> None:
    """Load a copy of the data with the changes made; any error refuses the change."""
    import shutil
    import tempfile

    import msgspec

    from qnplan.dataset.build import load_dataset

    with tempfile.TemporaryDirectory(prefix="qnplan-extract-") as tmp:
        copy = Path(tmp) / "data"
        shutil.copytree(root, copy, symlinks=False,
                        ignore=shutil.ignore_patterns(".qnplan-*"))
        for ch in changes:
            target = copy / ch.path.relative_to(root)
            if ch.new is None:
                target.unlink(missing_ok=True)
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(ch.new, encoding="utf-8")
        _, issues = load_dataset(copy, check_quotes=True)
        errors = [msgspec.structs.replace(i, path=i.path.replace(str(copy) + os.sep, ""))
                  for i in issues if i.severity == "error"]
        if errors:
            more = msg("err.more", n=len(errors) - 3) if len(errors) > 3 else ""
            raise InvalidData(msg("extract.would_be_invalid", more=more), errors)


def diff(root: Path, changes: list[Change]) -> str:
    """The exact change as a unified diff, paths relative to the data directory."""
    import difflib

    out: list[str] = []
    for ch in changes:
        rel = ch.path.relative_to(root).as_posix()
        old = (ch.old or "").splitlines(keepends=True)
        new = (ch.new or "").splitlines(keepends=True)
        out.extend(difflib.unified_diff(old, new, "/dev/null" if ch.old is None else f"a/{rel}",
                                        "/dev/null" if ch.new is None else f"b/{rel}"))
        if out and not out[-1].endswith("\n"):
            out[-1] += "\n\\ No newline at end of file\n"
    return "".join(out)


def write_entries(root: Path, source: str, name: str, raw: str, meta: Meta,
                  found: list[Statement], indicators: dict[str, Indicator],
                  dry_run: bool = False, lang: str = "en") -> tuple[list[str], str]:
    """Plan under the writer lock, validate, then commit (or, for a dry run, only show the
    diff); return the review lines (in `lang`) and the diff."""
    from qnplan.dataset import transaction

    root = root.resolve()
    with transaction.locked(root):
        transaction.roll_forward(root)
        plan = plan_changes(root, source, name, raw, meta, found, indicators, lang)
        shown = diff(root, plan.changes) if dry_run else ""
        if plan.changes:  # a new source, or new entries
            validate_copy(root, plan.changes)
            if not dry_run:
                try:
                    transaction.commit(root, plan.changes)
                except OSError as exc:
                    raise DataError(msg("extract.cannot_write", path=str(exc.filename or root),
                                        why=exc.strerror)) from None
    return plan.told, shown


def diff_note(lang: str) -> str:
    """The line closing a dry run."""
    return tr("extract.dry_run", lang)
