"""Year files, data/targets/YEAR.yaml and data/actuals/YEAR.yaml: the year from the file name
and its `year:` field, and every entry checked, built and kept once."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from qnplan.dataset.entries import check_entry
from qnplan.dataset.reading import Reading, display_path, top_section
from qnplan.dataset.strict_yaml import INVALID, LoadedFile
from qnplan.message import msg
from qnplan.model import Result, Target
from qnplan.numbers import show

E = TypeVar("E", Target, Result)
_YEAR_FILE = re.compile(r"^\d{4}$")
MIN_YEAR, MAX_YEAR = 1950, 2100  # a plan year outside these is a typo


def year_files(root: Path, kind: str) -> list[Path]:
    """The YAML files of targets/ or actuals/, however their extension is spelled (2023.yml,
    2023.YAML are reported, not ignored), each YEAR.yaml before its other spellings."""
    folder = root / kind
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml")]
    return sorted(found, key=lambda p: (p.stem, p.suffix != ".yaml", p.name))


def read_year_file(r: Reading, path: Path, section: str, spec_type: type,
                   build: Callable[..., E | None]) -> tuple[int | None, list[E]]:
    """The year a file is for (None if its name or `year:` is wrong) and its valid entries,
    each checked, converted and built by `build`; one per (indicator, scope, period, source)."""
    loaded, year, entries = _year_file(r, path, section)
    out: list[E] = []
    seen: set[tuple[Any, ...]] = set()
    for i, raw in enumerate(entries):
        key = (section, i)
        got = check_entry(r, loaded, key, raw, spec_type)
        if got is None:
            continue
        spec, ind, amounts = got
        entry = build(r, loaded, key, spec, ind, amounts, year or 0, i)
        if entry is None:
            continue
        ident = (spec.indicator, spec.scope, spec.period, spec.source)
        if ident in seen:
            loaded.issue(key, "duplicate-entry", msg(
                "d.duplicate_entry", indicator=spec.indicator, scope=spec.scope,
                period=spec.period, source=repr(spec.source)))
            continue
        seen.add(ident)
        out.append(entry)
        r.positions[(loaded.path, i)] = loaded.where(key)
    r.finish(loaded)
    return year, out


def _year_file(r: Reading, path: Path, section_name: str,
               ) -> tuple[LoadedFile, int | None, list[Any]]:
    loaded = r.load(path)
    section = top_section(loaded, section_name, list)
    data = loaded.data if isinstance(loaded.data, dict) else None
    year = data.get("year") if data is not None else None
    if data is not None:
        for name in sorted(set(data) - {"year", section_name}):
            loaded.issue((name,), "unknown-field", msg("d.unknown_top", name=repr(name)))
        if year is INVALID:
            year = None
        elif not isinstance(year, int) or isinstance(year, bool):
            loaded.issue(("year",), "wrong-type", msg("d.year_type"))
            year = None
        elif not MIN_YEAR <= year <= MAX_YEAR:
            loaded.issue(("year",), "implausible-year", msg(
                "d.year_range", year=show(year), low=MIN_YEAR, high=MAX_YEAR))
            year = None
    named = _file_year(r, loaded, path, section_name)
    if named is None:
        year = None
    elif year is not None and year != named:
        loaded.issue(("year",), "year-mismatch",
                     msg("d.year_mismatch", year=year, name=path.name))
        year = None
    return loaded, year, section or []


def _file_year(r: Reading, loaded: LoadedFile, path: Path, kind: str) -> int | None:
    """The year a file's name gives, if it is the one file for it, spelled YEAR.yaml."""
    if not _YEAR_FILE.match(path.stem):
        loaded.issue((), "file-name", msg("d.file_year", name=repr(path.name)))
        return None
    year = int(path.stem)
    if not MIN_YEAR <= year <= MAX_YEAR:
        loaded.issue((), "implausible-year", msg(
            "d.file_year_range", name=repr(path.name), low=MIN_YEAR, high=MAX_YEAR))
        return None
    first = r.year_paths.setdefault((kind, year), path)
    if first != path:
        loaded.issue((), "duplicate-year", msg(
            "d.duplicate_year", kind=kind, year=year, first=display_path(first)))
        return None
    if path.suffix != ".yaml":
        loaded.issue((), "file-name", msg("d.file_suffix", name=repr(path.name), year=year))
        return None
    return year
