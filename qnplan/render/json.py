"""The stable JSON shapes of DESIGN §5, written by msgspec byte for byte as json.dumps(...,
ensure_ascii=False, indent=2) wrote them (ten times faster, and no json import)."""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

import msgspec

from qnplan.analysis.assess import Assessment
from qnplan.analysis.rows import CompareRow, ConflictRow, ResultRow, StatusRow
from qnplan.model import PlanTarget, Result, Target
from qnplan.render.records import amount, ratio

if TYPE_CHECKING:
    from qnplan.analysis.trend import IndicatorTrend


def number(x: float | None) -> float | msgspec.Raw | None:
    """A number to put in a document, spelled as json.dumps spells it. msgspec writes the
    same shortest digits but spells exponents its own way (1e16 for 1e+16, 0.00001 for
    1e-05) and NaN as null: those few go in as text."""
    if x is None or x == 0 or 1e-4 <= abs(x) < 1e16:
        return x
    if math.isnan(x):
        return msgspec.Raw(b"NaN")
    if math.isinf(x):
        return msgspec.Raw(b"Infinity" if x > 0 else b"-Infinity")
    return msgspec.Raw(repr(x).encode())


def _ratio(x: float | None) -> float | msgspec.Raw | None:
    """A ratio to 4 decimals, rounded half-up on its decimal (not binary) value."""
    if x is None or not math.isfinite(x):
        return number(x)
    return number(ratio(x))


def target_json(t: Target | PlanTarget) -> dict[str, Any]:
    """A target's side of a row, yearly or plan-period: op, value (min/max, text) and source."""
    out: dict[str, Any] = {"op": t.op, "value": number(t.value), "source": t.source}
    if t.op == "range":
        out |= {"min": number(t.min), "max": number(t.max)}
    if t.op == "qualitative":
        out["text"] = t.text
    return out


def result_json(r: Result) -> dict[str, Any]:
    return {"value": number(r.value), "period": r.period, "status": r.status,
            "source": r.source, "bound": r.bound, "met": r.met,
            "estimate": r.status == "estimate"}


def _measures(a: Assessment) -> dict[str, Any]:
    """Added to DESIGN §5's rows: the ratio to the target as set, and result − bar."""
    return {"full_year_ratio": _ratio(a.full_year_ratio), "gap": _ratio(a.gap),
            "ratio_bound": a.ratio_bound}


def conflict_json(e: Target | Result, year: int | None = None) -> dict[str, Any]:
    out: dict[str, Any] = {"source": e.source}
    if year is not None:
        out["year"] = year
    if isinstance(e, Target):
        out |= {"kind": "target", "op": e.op, "value": number(e.value)}
        if e.op == "range":
            out |= {"min": number(e.min), "max": number(e.max)}
    else:
        out |= {"kind": "result", "op": None, "value": number(e.value), "period": e.period,
                "bound": e.bound}
    return out


def _status_json(a: Assessment | None) -> dict[str, Any] | None:
    if a is None:
        return None
    res = a.result
    return {"status": a.status.value, "value": number(res.value) if res else None,
            "period": res.period if res else None, "ratio": _ratio(a.ratio)} | _measures(a) | {
            "bound": res.bound if res else None, "source": res.source if res else None,
            "estimate": res.status == "estimate" if res else False}


def _row_head(row: StatusRow | CompareRow | ResultRow) -> dict[str, Any]:
    return {"indicator": row.indicator.id, "scope": row.scope, "period": row.period,
            "unit": row.indicator.unit, "category": row.indicator.category}


def compare_json(years: tuple[int, int], scope: str, rows: list[CompareRow], *,
                 swapped: bool = False) -> str:
    """DESIGN §5's shape, plus `years_swapped`: true where the years were given later first
    (`years` is always in time order)."""
    out = []
    for r in rows:
        conflicts = [conflict_json(c, years[0]) for c in (r.a.conflicts if r.a else ())]
        conflicts += [conflict_json(c, years[1]) for c in (r.b.conflicts if r.b else ())]
        conflicts += [conflict_json(c, years[0]) for c in r.result_conflicts]
        out.append(_row_head(r) | {
            "a": target_json(r.a.entry) if r.a else None,
            "b": target_json(r.b.entry) if r.b else None,
            "change": r.movement.change.value, "comparator_only": r.movement.by_op,
            "delta": number(amount(r.movement.delta)),
            "delta_pct": number(r.movement.delta_pct), "a_status": _status_json(r.a_status),
            "conflicts": conflicts})
    return to_json({"years": list(years), "years_swapped": swapped, "scope": scope,
                    "rows": out})


def status_json(year: int, scope: str, rows: list[StatusRow],
                untargeted: list[ResultRow],
                plan_targets: list[dict[str, Any]] | None = None) -> str:
    out = []
    for r in rows:
        a = r.assessment
        out.append(_row_head(r) | {
            "target": target_json(r.target.entry),
            "result": result_json(a.result) if a.result else None,
            "status": a.status.value, "ratio": _ratio(a.ratio)} | _measures(a) | {
            "conflicts": [conflict_json(c) for c in r.target.conflicts]
            + [conflict_json(c) for c in r.result_conflicts]})
    return to_json({"year": year, "scope": scope, "rows": out,
                    "results_without_target": [_result_row(r) for r in untargeted],
                    "plan_targets": plan_targets or []})  # periods ending in the year (§9)


def _result_row(r: ResultRow) -> dict[str, Any]:
    return _row_head(r) | {"result": result_json(r.result.entry), "has_target": r.has_target,
                           "conflicts": [conflict_json(c) for c in r.result.conflicts]}


def results_json(year: int, scope: str, rows: list[ResultRow]) -> str:
    """Every result of a year, each marked with whether the year sets it a target."""
    return to_json({"year": year, "scope": scope, "rows": [_result_row(r) for r in rows]})


def conflicts_json(year: int | None, scope: str, rows: list[ConflictRow]) -> str:
    out = []
    for r in rows:
        out.append({"year": r.year, "indicator": r.indicator.id, "scope": r.scope,
                    "period": r.period, "unit": r.indicator.unit, "kind": r.kind,
                    "chosen": conflict_json(r.chosen), "other": conflict_json(r.other)})
    return to_json({"year": year, "scope": scope, "rows": out})


def _round(x: float | None, places: int) -> float | msgspec.Raw | None:
    return None if x is None else number(round(x, places))


def trend_json(span: tuple[int | None, int | None], scope: str,
               trends: list[IndicatorTrend],
               plan_targets: Mapping[tuple[str, str], list[dict[str, Any]]] | None = None) -> str:
    """DESIGN §8's shape; a target revised within the year lists the earlier figures; each
    indicator's plan-period targets over the span (§9) are added as `plan_targets`."""
    shown = [y.year for t in trends for y in t.years]
    out = []
    for t in trends:
        years = []
        for y in t.years:
            target = None
            if y.target is not None:
                target = target_json(y.target) | {"revised_from": [
                    {"value": number(r.value), "source": r.source} for r in y.revised_from],
                    "later": [_other(o) for o in y.later],
                    "undated": [_other(o) for o in y.undated]}
            years.append({"year": y.year, "target": target,
                          "result": result_json(y.result) if y.result else None,
                          "status": y.status.value if y.status else None,
                          "ratio": _ratio(y.ratio), "gap": _ratio(y.gap),
                          "ratio_bound": y.ratio_bound})
        p = t.progress
        progress: dict[str, Any] = {"verdict": p.verdict.value, "r": _round(p.r, 3),
                                    "r_bound": p.r_bound, "years": p.years}
        if t.kind == "growth":
            progress |= {"target_index": _round(p.target_index, 4),
                         "actual_index": _round(p.actual_index, 4)}
        out.append({"indicator": t.indicator, "scope": t.scope, "unit": t.unit, "kind": t.kind,
                    "better": t.better, "years": years, "progress": progress,
                    "plan_targets": (plan_targets or {}).get((t.indicator, t.scope), [])})
    return to_json({"from": span[0] if span[0] is not None else min(shown, default=None),
                    "to": span[1] if span[1] is not None else max(shown, default=None),
                    "scope": scope, "indicators": out})


def _other(t: Target) -> dict[str, Any]:
    """A differing figure for the same target, as trend's JSON lists it."""
    return {"op": t.op, "value": number(t.value), "source": t.source}


def to_json(data: Any) -> str:
    """A document as json.dumps(data, ensure_ascii=False, indent=2) + newline would write it;
    every float in it must have gone through number()."""
    return msgspec.json.format(msgspec.json.encode(data), indent=2).decode("utf-8") + "\n"
