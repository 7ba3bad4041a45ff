"""Listing rows as flat records of plain values, one field per column: what CSV writes.

Numbers stay numbers in the indicator's canonical unit, statuses and changes stay codes;
only names and headers depend on the language.
"""

from __future__ import annotations

from typing import Any

from qnplan.analysis.assess import Assessment
from qnplan.analysis.rows import CompareRow, ConflictRow, ResultRow, StatusRow
from qnplan.analysis.trend import IndicatorTrend
from qnplan.model import Dataset, Result, Target
from qnplan.numbers import round_half_up
from qnplan.units import clean

Record = dict[str, Any]
# Cells whose text comes from the data files (names, wording, titles): the only ones a
# spreadsheet formula could hide in, so the only ones the CSV formula guard touches.
DATA_TEXT = frozenset({"name", "text", "a_text", "b_text", "title", "issuer", "number"})


def ratio(x: float | None) -> float | None:
    """A ratio (or a gap) to 4 decimals, rounded half-up on its decimal (not binary) value."""
    return None if x is None else round_half_up(x, 4)


def amount(x: float | None) -> float | None:
    """A value or difference without binary noise (1.03, not 1.0299999999999994)."""
    return None if x is None else clean(x)


def _head(r: StatusRow | CompareRow | ResultRow | ConflictRow, lang: str) -> Record:
    return {"category": r.indicator.category, "indicator": r.indicator.id,
            "name": r.indicator.name(lang), "scope": r.scope, "period": r.period,
            "unit": r.indicator.unit}


def _target(t: Target | None, prefix: str = "") -> Record:
    return {f"{prefix}op": t.op if t else None, f"{prefix}value": t.value if t else None,
            f"{prefix}min": t.min if t else None, f"{prefix}max": t.max if t else None,
            f"{prefix}text": t.text if t else None, f"{prefix}source": t.source if t else None}


def _assessment(a: Assessment | None) -> Record:
    res = a.result if a else None
    return {"result_value": res.value if res else None,
            "result_bound": res.bound if res else None,
            "result_period": res.period if res else None,
            "result_status": res.status if res else None,
            "result_source": res.source if res else None,
            "status": a.status.value if a else None,
            "ratio": ratio(a.ratio) if a else None,
            "full_year_ratio": ratio(a.full_year_ratio) if a else None,
            "gap": ratio(a.gap) if a else None,
            "ratio_bound": a.ratio_bound if a else None}


def _sources(entries: tuple[Target | Result, ...]) -> str:
    return ";".join(dict.fromkeys(e.source for e in entries))


def compare_records(rows: list[CompareRow], lang: str) -> list[Record]:
    return [_head(r, lang) | _target(r.a.entry if r.a else None, "a_")
            | _target(r.b.entry if r.b else None, "b_")
            | {"change": r.movement.change.value, "comparator_only": r.movement.by_op,
               "delta": amount(r.movement.delta),
               "delta_pct": r.movement.delta_pct}
            | _assessment(r.a_status)
            | {"conflicts": _sources((*(r.a.conflicts if r.a else ()),
                                      *(r.b.conflicts if r.b else ()), *r.result_conflicts))}
            for r in rows]


def status_records(rows: list[StatusRow], lang: str) -> list[Record]:
    return [_head(r, lang) | _target(r.target.entry) | _assessment(r.assessment)
            | {"conflicts": _sources((*r.target.conflicts, *r.result_conflicts))}
            for r in rows]


def result_records(rows: list[ResultRow], lang: str) -> list[Record]:
    out = []
    for r in rows:
        e = r.result.entry
        out.append(_head(r, lang) | {
            "value": e.value, "bound": e.bound, "text": e.text, "result_status": e.status,
            "source": e.source, "has_target": r.has_target,
            "conflicts": _sources(r.result.conflicts)})
    return out


def _side(e: Target | Result) -> tuple[str | None, float | None]:
    return (e.op, e.value) if isinstance(e, Target) else (None, e.value)


def conflict_records(rows: list[ConflictRow], lang: str) -> list[Record]:
    out = []
    for r in rows:
        (c_op, c_value), (o_op, o_value) = _side(r.chosen), _side(r.other)
        out.append({"year": r.year} | _head(r, lang) | {
            "kind": r.kind, "chosen_source": r.chosen.source, "chosen_op": c_op,
            "chosen_value": c_value, "other_source": r.other.source, "other_op": o_op,
            "other_value": o_value})
    return out


def trend_records(trends: list[IndicatorTrend], lang: str) -> list[Record]:
    """A record per indicator and year; the span's progress verdict repeated on each, so a
    filter on one year keeps it."""
    out = []
    for t in trends:
        p = t.progress
        progress = {"progress": p.verdict.value, "progress_r": None if p.r is None else
                    round_half_up(p.r, 3), "progress_r_bound": p.r_bound,
                    "progress_years": ";".join(map(str, p.years))}
        for y in t.years:
            res = y.result
            out.append({"year": y.year, "category": t.category, "indicator": t.indicator,
                        "name": t.name(lang), "scope": t.scope, "unit": t.unit}
                       | _target(y.target)
                       | {"revised_from": ";".join(amount_text(r.value) for r in y.revised_from),
                          "later_targets": ";".join(amount_text(r.value) for r in y.later),
                          "undated_targets": ";".join(amount_text(r.value) for r in y.undated),
                          "result_value": res.value if res else None,
                          "result_bound": res.bound if res else None,
                          "result_period": res.period if res else None,
                          "result_status": res.status if res else None,
                          "result_source": res.source if res else None,
                          "status": y.status.value if y.status else None,
                          "ratio": ratio(y.ratio), "gap": ratio(y.gap),
                          "ratio_bound": y.ratio_bound} | progress)
    return out


def amount_text(x: float | None) -> str:
    """An amount in a list cell, as CSV writes numbers: '12', '0.853'."""
    v = amount(x)
    return "" if v is None else str(int(v)) if v.is_integer() else repr(v)


def indicator_records(ds: Dataset, lang: str) -> list[Record]:
    return [{"id": i.id, "name": i.name(lang), "category": i.category, "unit": i.unit,
             "kind": i.kind, "better": i.better}
            for i in sorted(ds.indicators.values(), key=lambda i: i.order)]


def source_records(ds: Dataset) -> list[Record]:
    return [{"id": s.id, "type": s.type, "number": s.number, "issuer": s.issuer,
             "date": s.date.isoformat() if s.date else None, "title": s.title, "url": s.url}
            for s in ds.sources.values()]
