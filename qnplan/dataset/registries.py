"""The two registries every entry refers to: indicators.yaml (ids, units, names and aliases)
and sources.yaml (the cited documents, with the text each quote is checked against)."""

from __future__ import annotations

import re
from pathlib import Path

from qnplan.dataset import checks as v
from qnplan.dataset import plausibility
from qnplan.dataset.files import Refused, decode_utf8, named_path, read_capped, regular_file
from qnplan.dataset.quotes import SourceText
from qnplan.dataset.reading import Reading, top_section
from qnplan.dataset.strict_yaml import LoadedFile, PathKey
from qnplan.message import msg
from qnplan.model import ID_PATTERN, SOURCE_ID_PATTERN, Indicator, IndicatorSpec, Source, SourceSpec


def read_indicators(r: Reading, path: Path) -> None:
    """indicators.yaml into `r.indicators` (and each name and alias into `r.aliases`)."""
    loaded = r.load(path)
    section = top_section(loaded, "indicators", dict)
    for order, (ind_id, raw) in enumerate((section or {}).items()):
        key = ("indicators", ind_id)
        r.known_indicators.declared.add(ind_id)
        if not re.match(ID_PATTERN, ind_id):
            loaded.issue(key, "bad-id", msg("d.bad_indicator_id", id=repr(ind_id)))
            continue
        spec = v.convert_entry(loaded, key, raw, IndicatorSpec)
        if spec is None:
            continue
        unit = v.unit_code(loaded, (*key, "unit"), spec.unit)
        if spec.unit is not None and unit is None:
            continue
        if unit is None and spec.kind != "qualitative":
            loaded.issue((*key, "unit"), "missing-field",
                         msg("d.indicator_unit", id=repr(ind_id)))
            continue
        v.check_aliases(loaded, key, [spec.name.vi], unit, r.aliases)  # names count too
        aliases = v.check_aliases(loaded, key, spec.aliases, unit, r.aliases)
        r.indicators[ind_id] = Indicator(ind_id, spec.name.en, spec.name.vi, spec.category,
                                         unit, spec.kind, spec.better, order,
                                         (spec.name.vi, *aliases))
    r.finish(loaded)


def read_sources(r: Reading, path: Path) -> None:
    """sources.yaml into `r.sources` (and, when quotes are checked, each text into
    `r.source_texts`)."""
    loaded = r.load(path)
    data = loaded.data
    # `sources:` with nothing under it: a new folder's empty registry (qnplan init)
    empty = isinstance(data, dict) and "sources" in data and data["sources"] is None
    section = None if empty else top_section(loaded, "sources", dict)
    for src_id, raw in (section or {}).items():
        key = ("sources", src_id)
        r.known_sources.declared.add(src_id)
        if not re.match(SOURCE_ID_PATTERN, str(src_id)):
            loaded.issue(key, "bad-id", msg("d.bad_source_id", id=repr(src_id)))
            continue
        spec = v.convert_entry(loaded, key, raw, SourceSpec)
        if spec is None:
            continue
        r.sources[src_id] = Source(src_id, spec.type, spec.title, spec.issuer, spec.date,
                                   spec.number, spec.url, spec.text, spec.plan_for)
        if r.check_quotes:
            plausibility.check_issuer(loaded, key, spec.issuer)
        if spec.text is not None:
            r.source_texts[src_id] = _source_text(r, loaded, (*key, "text"), spec.text)
    r.finish(loaded)


def _source_text(r: Reading, loaded: LoadedFile, key: PathKey, name: str) -> SourceText | None:
    """A source's text, read only when quotes are checked and only from a regular file
    inside the data directory; any other case is reported at the source's `text:`."""
    try:
        path = named_path(r.real_root, name)
        if not path.exists():
            loaded.issue(key, "missing-text", msg("d.missing_text", name=repr(name)))
            return None
        if not r.check_quotes:
            regular_file(path)
            return None
        return SourceText(decode_utf8(read_capped(path)))
    except Refused as exc:
        where = msg("d.at_line", line=exc.line) if exc.line else ""
        loaded.issue(key, exc.code, msg("d.text_refused", name=repr(name), where=where,
                                       why=exc.message))
        return None
