"""The stable JSON shapes of DESIGN §5."""

from __future__ import annotations

import json
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Any

from qnplan.assess import Assessment
from qnplan.model import Result, Target
from qnplan.report import CompareRow, ConflictRow, StatusRow
from qnplan.units import clean

if TYPE_CHECKING:
    from qnplan.trend import IndicatorTrend


def _ratio(x: float | None) -> float | None:
    """A ratio to 4 decimals, rounded half-up on its decimal (not binary) value."""
    if x is None:
        return None
    return float(Decimal(repr(clean(x))).quantize(Decimal("0.0001"), ROUND_HALF_UP))


def target_json(t: Target) -> dict[str, Any]:
    out: dict[str, Any] = {"op": t.op, "value": t.value, "source": t.source}
    if t.op == "range":
        out |= {"min": t.min, "max": t.max}
    if t.op == "qualitative":
        out["text"] = t.text
    return out


def result_json(r: Result) -> dict[str, Any]:
    return {"value": r.value, "period": r.period, "status": r.status, "source": r.source}


def conflict_json(e: Target | Result, year: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"source": e.source}
    if year is not None:
        out["year"] = year
    if isinstance(e, Target):
        out |= {"kind": "target", "op": e.op, "value": e.value}
        if e.op == "range":
            out |= {"min": e.min, "max": e.max}
    else:
        out |= {"kind": "result", "op": None, "value": e.value, "period": e.period}
    return out


def _status_json(a: Assessment | None) -> dict[str, Any] | None:
    if a is None:
        return None
    return {"status": a.status.value, "value": a.result.value if a.result else None,
            "period": a.result.period if a.result else None, "ratio": _ratio(a.ratio)}


def _row_head(row: StatusRow | CompareRow) -> dict[str, Any]:
    return {"indicator": row.indicator.id, "scope": row.scope, "period": row.period,
            "unit": row.indicator.unit, "category": row.indicator.category}


def compare_json(years: tuple[int, int], scope: str, rows: list[CompareRow]) -> str:
    out = []
    for r in rows:
        conflicts = [conflict_json(c, years[0]) for c in (r.a.conflicts if r.a else ())]
        conflicts += [conflict_json(c, years[1]) for c in (r.b.conflicts if r.b else ())]
        conflicts += [conflict_json(c, years[0]) for c in r.result_conflicts]
        out.append(_row_head(r) | {
            "a": target_json(r.a.entry) if r.a else None,
            "b": target_json(r.b.entry) if r.b else None,
            "change": r.movement.change.value, "delta": r.movement.delta,
            "delta_pct": r.movement.delta_pct, "a_status": _status_json(r.a_status),
            "conflicts": conflicts})
    return _dump({"years": list(years), "scope": scope, "rows": out})


def status_json(year: int, scope: str, rows: list[StatusRow]) -> str:
    out = []
    for r in rows:
        a = r.assessment
        out.append(_row_head(r) | {
            "target": target_json(r.target.entry),
            "result": result_json(a.result) if a.result else None,
            "status": a.status.value, "ratio": _ratio(a.ratio),
            "conflicts": [conflict_json(c) for c in r.target.conflicts]
            + [conflict_json(c) for c in r.result_conflicts]})
    return _dump({"year": year, "scope": scope, "rows": out})


def conflicts_json(year: int | None, scope: str, rows: list[ConflictRow]) -> str:
    out = []
    for r in rows:
        out.append({"year": r.year, "indicator": r.indicator.id, "scope": r.scope,
                    "period": r.period, "unit": r.indicator.unit, "kind": r.kind,
                    "chosen": conflict_json(r.chosen), "other": conflict_json(r.other)})
    return _dump({"year": year, "scope": scope, "rows": out})


def _round(x: float | None, places: int) -> float | None:
    return None if x is None else round(x, places)


def trend_json(span: tuple[int | None, int | None], scope: str,
               trends: list[IndicatorTrend]) -> str:
    """DESIGN §8's shape; a target revised within the year lists the earlier figures."""
    shown = [y.year for t in trends for y in t.years]
    out = []
    for t in trends:
        years = []
        for y in t.years:
            target = None
            if y.target is not None:
                target = target_json(y.target) | {"revised_from": [
                    {"value": r.value, "source": r.source} for r in y.revised_from]}
            years.append({"year": y.year, "target": target,
                          "result": result_json(y.result) if y.result else None,
                          "status": y.status.value if y.status else None,
                          "ratio": _ratio(y.ratio)})
        p = t.progress
        progress: dict[str, Any] = {"verdict": p.verdict.value, "r": _round(p.r, 3),
                                    "years": p.years}
        if t.kind == "growth":
            progress |= {"target_index": _round(p.target_index, 4),
                         "actual_index": _round(p.actual_index, 4)}
        out.append({"indicator": t.indicator, "scope": t.scope, "unit": t.unit, "kind": t.kind,
                    "better": t.better, "years": years, "progress": progress})
    return _dump({"from": span[0] if span[0] is not None else min(shown, default=None),
                  "to": span[1] if span[1] is not None else max(shown, default=None),
                  "scope": scope, "indicators": out})


def _dump(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
