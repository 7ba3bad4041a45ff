"""Listing rows as plain-text columns, shared by the table, Markdown and CSV renderers."""

from __future__ import annotations

import msgspec

from qnplan.model import Change, Result, Status, Target
from qnplan.render import cells as c
from qnplan.report import CompareRow, ConflictRow, StatusRow, Summary

HEADERS = {
    "en": {"indicator": "Indicator", "unit": "Unit", "change": "Change", "delta": "Δ",
           "result": "Result", "status": "Status", "ratio": "% of target", "target": "Target",
           "source": "Source", "year": "Year", "kind": "Of", "chosen": "Used",
           "other": "Disagrees"},
    "vi": {"indicator": "Chỉ tiêu", "unit": "Đơn vị", "change": "Thay đổi", "delta": "Δ",
           "result": "Kết quả", "status": "Đánh giá", "ratio": "% kế hoạch", "target": "Mục tiêu",
           "source": "Nguồn", "year": "Năm", "kind": "Loại", "chosen": "Dùng",
           "other": "Khác"},
}


class Tabular(msgspec.Struct):
    """Headers and string rows, with what a renderer needs to group and colour them."""

    keys: list[str]
    headers: list[str]
    rows: list[list[str]] = msgspec.field(default_factory=list)
    categories: list[str] = msgspec.field(default_factory=list)
    statuses: list[Status | None] = msgspec.field(default_factory=list)
    changes: list[Change | None] = msgspec.field(default_factory=list)
    notes: list[str] = msgspec.field(default_factory=list)
    summary: str = ""
    marks: list[str] = msgspec.field(default_factory=list)  # conflict footnote marks per row
    secondary: tuple[str, ...] = ()  # columns a narrow terminal may drop, first to go first


def with_marks(t: Tabular) -> list[list[str]]:
    """Rows with each conflict mark appended to the indicator cell (for flat formats)."""
    if not t.marks or "indicator" not in t.keys:
        return t.rows
    i = t.keys.index("indicator")
    return [[*row[:i], row[i] + mark, *row[i + 1:]] for row, mark in zip(t.rows, t.marks,
                                                                        strict=True)]


def _entry_text(e: Target | Result, lang: str) -> str:
    return f"{c.entry_cell(e, lang)} ({e.source})"


def _note(t: Tabular, label: str, chosen: Target | Result, others: tuple[Target | Result, ...],
          lang: str) -> str:
    n = len(t.notes) + 1
    also = "; ".join(_entry_text(o, lang) for o in others)
    t.notes.append(f"(c{n}) {label}: used {_entry_text(chosen, lang)}; also {also}")
    return f" (c{n})"


def compare_table(rows: list[CompareRow], years: tuple[int, int], lang: str,
                  summary: Summary) -> Tabular:
    h = HEADERS[lang]
    a, b = str(years[0]), str(years[1])
    keys = ["indicator", "unit", "a", "b", "change", "delta", "result", "status", "ratio"]
    t = Tabular(keys, [h["indicator"], h["unit"], a, b, h["change"], h["delta"],
                       f"{a} {h['result'].lower()}", h["status"], h["ratio"]],
                secondary=("delta", "unit", "ratio", "result"))
    for r in rows:
        name = c.indicator_cell(r.indicator, r.scope, r.period, lang)
        mark = ""
        for year, chosen in ((a, r.a), (b, r.b)):
            if chosen and chosen.conflicts:
                mark += _note(t, f"{r.indicator.id} {year} target", chosen.entry,
                              chosen.conflicts, lang)
        res = r.a_status.result if r.a_status else None
        if res and r.result_conflicts:
            mark += _note(t, f"{r.indicator.id} {a} result", res, r.result_conflicts, lang)
        st = r.a_status.status if r.a_status else None
        t.rows.append([name, c.unit_cell(r.indicator, lang),
                       c.target_cell(r.a.entry if r.a else None, lang),
                       c.target_cell(r.b.entry if r.b else None, lang),
                       c.change_mark(r.movement.change, lang), c.delta_cell(r.movement.delta, lang),
                       c.result_cell(res, lang), c.status_mark(st, lang) if st else "",
                       c.ratio_cell(r.a_status.ratio if r.a_status else None, lang)])
        t.marks.append(mark)
        t.categories.append(r.indicator.category)
        t.statuses.append(st)
        t.changes.append(r.movement.change)
    ch = summary.changes
    t.summary = (f"Targets {a} → {b}: " + ", ".join(
        f"{ch.get(k, 0)} {c.word(k, lang)}" for k in (Change.RAISED, Change.LOWERED, Change.NEW,
                                                Change.DROPPED, Change.UNCHANGED, Change.CHANGED))
        + f". {a} results: " + _status_summary(summary, lang))
    return t


def _status_summary(summary: Summary, lang: str) -> str:
    return ", ".join(f"{summary.statuses.get(s, 0)} {c.word(s, lang)}" for s in Status) + "."


def status_table(rows: list[StatusRow], year: int, lang: str, summary: Summary) -> Tabular:
    h = HEADERS[lang]
    keys = ["indicator", "unit", "target", "result", "status", "ratio", "source"]
    t = Tabular(keys, [h["indicator"], h["unit"], f"{h['target']} {year}", h["result"],
                       h["status"], h["ratio"], h["source"]],
                secondary=("source", "unit", "ratio"))
    for r in rows:
        name = c.indicator_cell(r.indicator, r.scope, r.period, lang)
        mark = ""
        if r.target.conflicts:
            mark += _note(t, f"{r.indicator.id} {year} target", r.target.entry,
                          r.target.conflicts, lang)
        a = r.assessment
        if a.result and r.result_conflicts:
            mark += _note(t, f"{r.indicator.id} {year} result", a.result, r.result_conflicts,
                          lang)
        t.rows.append([name, c.unit_cell(r.indicator, lang), c.target_cell(r.target.entry, lang),
                       c.result_cell(a.result, lang), c.status_mark(a.status, lang),
                       c.ratio_cell(a.ratio, lang),
                       a.result.source if a.result else r.target.entry.source])
        t.marks.append(mark)
        t.categories.append(r.indicator.category)
        t.statuses.append(a.status)
        t.changes.append(None)
    t.summary = f"{year}: {len(rows)} targets: " + _status_summary(summary, lang)
    return t


def conflicts_table(rows: list[ConflictRow], lang: str) -> Tabular:
    h = HEADERS[lang]
    keys = ["year", "indicator", "kind", "unit", "chosen", "other"]
    t = Tabular(keys, [h["year"], h["indicator"], h["kind"], h["unit"], h["chosen"], h["other"]],
                secondary=("unit", "kind"))
    for r in rows:
        t.rows.append([str(r.year), c.indicator_cell(r.indicator, r.scope, r.period, lang),
                       r.kind, c.unit_cell(r.indicator, lang), _entry_text(r.chosen, lang),
                       _entry_text(r.other, lang)])
        t.categories.append(r.indicator.category)
        t.statuses.append(None)
        t.changes.append(None)
    t.summary = f"{len(rows)} disagreements between sources."
    return t
