"""Listing rows as plain-text columns for reading (the Rich table and Markdown); CSV and JSON
carry the fields themselves (render/records.py)."""

from __future__ import annotations

import msgspec

from qnplan.analysis.rows import CompareRow, ConflictRow, ResultRow, StatusRow, Summary
from qnplan.i18n import tr, tr_count, unit_label
from qnplan.model import DEFAULT_SCOPE, Change, Dataset, Indicator, Result, Status, Target
from qnplan.render import cells as c

RIGHT = {"a", "b", "delta", "pace", "full_year", "target", "result", "latest", "value", "ratio"}


class Tabular(msgspec.Struct):
    """Headers and string rows, with what a renderer needs to group and colour them."""

    keys: list[str]
    headers: list[str]
    rows: list[list[str]] = msgspec.field(default_factory=list)
    categories: list[str] = msgspec.field(default_factory=list)
    statuses: list[Status | None] = msgspec.field(default_factory=list)
    changes: list[Change | None] = msgspec.field(default_factory=list)
    notes: list[str] = msgspec.field(default_factory=list)
    summary: list[str] = msgspec.field(default_factory=list)  # one paragraph each
    marks: list[str] = msgspec.field(default_factory=list)  # conflict footnote marks per row
    secondary: tuple[str, ...] = ()  # columns a narrow terminal may drop, first to go first

    def add(self, row: list[str], category: str = "", status: Status | None = None,
            change: Change | None = None, mark: str = "") -> None:
        """Append one row with what the renderers group and colour it by."""
        self.rows.append(row)
        self.categories.append(category)
        self.statuses.append(status)
        self.changes.append(change)
        self.marks.append(mark)


def with_marks(t: Tabular) -> list[list[str]]:
    """Rows with each conflict mark appended to the indicator cell (for flat formats)."""
    if "indicator" not in t.keys:
        return t.rows
    i = t.keys.index("indicator")
    return [[*row[:i], row[i] + mark, *row[i + 1:]] for row, mark in zip(t.rows, t.marks,
                                                                        strict=True)]


def _entry_text(e: Target | Result, lang: str) -> str:
    return f"{c.entry_cell(e, lang)} ({e.source})"


def _note(t: Tabular, indicator: Indicator, year: str, kind: str, chosen: Target | Result,
          others: tuple[Target | Result, ...], lang: str) -> str:
    mark = f"c{len(t.notes) + 1}"
    t.notes.append(tr("note.conflict", lang, mark=mark, indicator=indicator.name(lang),
                      year=year, kind=tr(f"kind.{kind}", lang), used=_entry_text(chosen, lang),
                      others="; ".join(_entry_text(o, lang) for o in others)))
    return f" ({mark})"


def _counts(counts: dict[str, int], codes: type[Change] | type[Status]) -> dict[str, int]:
    return {code.value: counts.get(code.value, 0) for code in codes}


def _status_counts(summary: Summary, lang: str) -> str:
    return tr("summary.counts", lang, **_counts(summary.statuses, Status))


def compare_table(rows: list[CompareRow], years: tuple[int, int], lang: str,
                  summary: Summary, home: str = DEFAULT_SCOPE, *,
                  swapped: bool = False) -> Tabular:
    """The compare listing; `swapped` where the years were given later first (and are shown
    in time order, with a line saying so)."""
    a, b = str(years[0]), str(years[1])
    keys = ["indicator", "unit", "a", "b", "change", "delta", "result", "status", "pace",
            "full_year"]
    t = Tabular(keys, [tr("h.indicator", lang), tr("h.unit", lang), a, b, tr("h.change", lang),
                       tr("h.delta", lang), tr("h.year_result", lang, year=a),
                       tr("h.status", lang), tr("h.pace", lang), tr("h.full_year", lang)],
                secondary=("delta", "unit", "pace", "full_year", "result"))
    for r in rows:
        mark = ""
        for year, chosen in ((a, r.a), (b, r.b)):
            if chosen and chosen.conflicts:
                mark += _note(t, r.indicator, year, "target", chosen.entry, chosen.conflicts,
                              lang)
        st = r.a_status
        res = st.result if st else None
        if res and r.result_conflicts:
            mark += _note(t, r.indicator, a, "result", res, r.result_conflicts, lang)
        ea, eb = (r.a.entry if r.a else None), (r.b.entry if r.b else None)
        t.add([c.indicator_cell(r.indicator, r.scope, r.period, lang, home),
               c.unit_cell(r.indicator, lang, ea, eb), c.target_cell(ea, lang),
               c.target_cell(eb, lang), c.movement_mark(r.movement, lang),
               c.delta_cell(r.movement.delta, lang), c.result_cell(res, lang),
               c.status_mark(st.status, lang) if st else "", c.pace_cell(st, lang),
               c.full_year_cell(st, r.indicator, lang)],
              r.indicator.category, st.status if st else None, r.movement.change, mark)
    t.summary = [tr("note.swapped", lang, a=a, b=b)] if swapped else []
    t.summary += [tr("summary.changes", lang, a=a, b=b, **_counts(summary.changes, Change)),
                 tr("summary.statuses", lang, year=a, counts=_status_counts(summary, lang))]
    if summary.changes.get(Change.NOT_RESTATED):
        t.summary.append(tr("note.not_restated", lang, a=a, b=b))
    if any(r.movement.by_op for r in rows):
        t.summary.append(tr("note.by_op", lang))
    if any(r.a_status and r.a_status.pro_rated for r in rows):
        t.summary.append(tr("note.pace", lang))
    return t


def status_table(rows: list[StatusRow], year: int, lang: str, summary: Summary,
                 untargeted: int = 0, scope: str = DEFAULT_SCOPE, home: str = DEFAULT_SCOPE,
                 ) -> Tabular:
    y = str(year)
    keys = ["indicator", "unit", "target", "result", "status", "pace", "full_year",
            "target_source", "result_source"]
    t = Tabular(keys, [tr("h.indicator", lang), tr("h.unit", lang),
                       tr("h.year_target", lang, year=y), tr("h.result", lang),
                       tr("h.status", lang), tr("h.pace", lang), tr("h.full_year", lang),
                       tr("h.target_source", lang), tr("h.result_source", lang)],
                secondary=("result_source", "target_source", "unit", "pace", "full_year"))
    for r in rows:
        mark = ""
        if r.target.conflicts:
            mark += _note(t, r.indicator, y, "target", r.target.entry, r.target.conflicts,
                          lang)
        a = r.assessment
        if a.result and r.result_conflicts:
            mark += _note(t, r.indicator, y, "result", a.result, r.result_conflicts, lang)
        t.add([c.indicator_cell(r.indicator, r.scope, r.period, lang, home),
               c.unit_cell(r.indicator, lang, r.target.entry, a.result),
               c.target_cell(r.target.entry, lang), c.result_cell(a.result, lang),
               c.status_mark(a.status, lang), c.pace_cell(a, lang),
               c.full_year_cell(a, r.indicator, lang), r.target.entry.source,
               a.result.source if a.result else ""],
              r.indicator.category, a.status, None, mark)
    t.summary = [tr("summary.status", lang, year=y, counts=_status_counts(summary, lang),
                    targets=tr_count("count.target", len(rows), lang))]
    if any(r.assessment.pro_rated for r in rows):
        t.summary.append(tr("note.pace", lang))
    if untargeted:
        t.summary.append(tr("note.untargeted", lang, n=untargeted, year=y, scope=scope))
    return t


def results_table(rows: list[ResultRow], year: int, lang: str,
                  home: str = DEFAULT_SCOPE) -> Tabular:
    keys = ["indicator", "unit", "result", "has_target", "source"]
    t = Tabular(keys, [tr("h.indicator", lang), tr("h.unit", lang), tr("h.result", lang),
                       tr("h.has_target", lang), tr("h.source", lang)],
                secondary=("source", "unit", "has_target"))
    for r in rows:
        e = r.result.entry
        mark = _note(t, r.indicator, str(year), "result", e, r.result.conflicts, lang) if (
            r.result.conflicts) else ""
        # the result shows its period
        t.add([c.indicator_cell(r.indicator, r.scope, "FY", lang, home),
               c.unit_cell(r.indicator, lang, e), c.result_cell(e, lang),
               tr("yes" if r.has_target else "no", lang), e.source],
              r.indicator.category, mark=mark)
    t.summary = [tr("summary.results", lang, year=year, n=len(rows),
                    untargeted=sum(1 for r in rows if not r.has_target))]
    return t


def conflicts_table(rows: list[ConflictRow], lang: str, home: str = DEFAULT_SCOPE) -> Tabular:
    keys = ["year", "indicator", "kind", "unit", "chosen", "other"]
    t = Tabular(keys, [tr(f"h.{k}", lang) for k in keys], secondary=("unit", "kind"))
    for r in rows:
        t.add([str(r.year), c.indicator_cell(r.indicator, r.scope, r.period, lang, home),
               tr(f"kind.{r.kind}", lang), c.unit_cell(r.indicator, lang, r.chosen, r.other),
               _entry_text(r.chosen, lang), _entry_text(r.other, lang)], r.indicator.category)
    t.summary = [tr("summary.conflicts", lang,
                    disagreements=tr_count("count.disagreement", len(rows), lang))]
    return t


def indicators_table(ds: Dataset, lang: str) -> Tabular:
    keys = ["id", "name", "category", "unit", "indicator_kind", "better"]
    t = Tabular(keys, [tr(f"h.{k}", lang) for k in keys], secondary=("better", "indicator_kind"))
    for ind in sorted(ds.indicators.values(), key=lambda i: i.order):
        t.add([ind.id, ind.name(lang), tr(f"category.{ind.category}", lang),
               unit_label(ind.unit, lang), tr(f"ikind.{ind.kind}", lang),
               tr(f"better.{ind.better}", lang)])
    return t


def sources_table(ds: Dataset, lang: str) -> Tabular:
    keys = ["id", "type", "number", "issuer", "date", "title"]
    t = Tabular(keys, [tr(f"h.{k}", lang) for k in keys], secondary=("issuer", "type"))
    for s in ds.sources.values():
        t.add([s.id, tr(f"stype.{s.type}", lang), s.number or "", s.issuer,
               s.date.isoformat() if s.date else "", s.title])
    return t
