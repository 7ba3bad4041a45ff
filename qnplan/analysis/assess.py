"""A target against reported results: status and ratio, with pro-rating for part years."""

from __future__ import annotations

from collections.abc import Iterable

import msgspec

from qnplan.model import Indicator, Result, Status, Target, months
from qnplan.numbers import compare, same
from qnplan.units import clean


class Assessment(msgspec.Struct, frozen=True):
    """How one target stands: the result used (if any), the status and % of target."""

    status: Status
    result: Result | None
    ratio: float | None  # result ÷ bar (bar ÷ result for better: lower), DESIGN §4
    bar: float | None  # the (pro-rated) value the result was judged against
    full_year_ratio: float | None = None  # the same against the target as set, not pro-rated
    gap: float | None = None  # result − bar, in the indicator's unit (points for a %)
    strict_tie: bool = False  # the result equals a strict bound (> 95.5 vs 95.5): missed by 0
    ratio_bound: str | None = None  # "lower" | "upper" | "approx": both ratios are bounds too
    gap_bound: str | None = None  # the gap's, which is the result's own bound

    @property
    def pro_rated(self) -> bool:
        """Whether the result was judged against a pro-rated bar."""
        return self.ratio is not None and self.full_year_ratio is not None and not same(
            self.ratio, self.full_year_ratio)


def pick_result(target: Target, results: Iterable[Result]) -> Result | None:
    """The result a target is judged by: its own period's, else the latest one before it."""
    due = months(target.period)
    best: Result | None = None
    for r in results:
        if r.indicator != target.indicator or r.scope != target.scope or r.year != target.year:
            continue
        m = months(r.period)
        if m > due:
            continue
        if best is None or m > months(best.period) or (
                m == months(best.period) and r.period == target.period):
            best = r
    return best


def satisfies(op: str, result: float, bar: float, upper: float | None, better: str,
              tolerance: float) -> bool:
    """Whether a result meets a bar under an op (DESIGN §4); equality is float-safe."""
    c = compare(result, bar)
    if op == ">":
        return c > 0
    if op == ">=":
        return c >= 0
    if op == "<":
        return c < 0
    if op == "<=":
        return c <= 0
    if op == "~":
        if better == "lower":
            return compare(result, bar * (1 + tolerance)) <= 0
        return compare(result, bar * (1 - tolerance)) >= 0
    if op == "range":
        if better == "lower":
            return compare(result, upper if upper is not None else bar) <= 0
        return c >= 0
    raise ValueError(f"not a numeric op: {op}")


def assess(target: Target, indicator: Indicator, results: Iterable[Result]) -> Assessment:
    """Judge one target against the results for its year, indicator and scope."""
    result = pick_result(target, results)
    if result is None:
        return Assessment(Status.NO_DATA, None, None, None)
    part = months(result.period) < months(target.period)
    good, bad = (Status.ON_TRACK, Status.BEHIND) if part else (Status.MET, Status.MISSED)
    if target.op == "qualitative" or result.value is None:
        if result.met is None:
            return Assessment(Status.UNASSESSABLE, result, None, None)
        return Assessment(good if result.met else bad, result, None, None)
    share = months(result.period) / months(target.period) if indicator.kind == "flow" else 1.0
    if target.op == "range":
        base = target.max if indicator.better == "lower" else target.min
    else:
        base = target.value
    assert base is not None
    bar = base * share
    upper = target.max * share if target.max is not None else None
    ok = satisfies(target.op, result.value, bar, upper, indicator.better, target.tolerance)
    tie = target.op in ("<", ">") and same(result.value, bar)
    return Assessment(good if ok else bad, result, _ratio(result.value, bar, indicator.better),
                      bar, _ratio(result.value, base, indicator.better),
                      clean(result.value - bar), tie,
                      derived_bound(result.bound, increasing=indicator.better != "lower"),
                      result.bound)


FLIPPED = {"lower": "upper", "upper": "lower", "approx": "approx"}


def derived_bound(bound: str | None, *, increasing: bool) -> str | None:
    """The bound of a figure computed from a bounded result: a result stated as "more than"
    853 gives "more than 85.3 %" of its target, and "less than" where the figure falls as the
    result grows (target ÷ result, for better: lower); "about" stays "about"."""
    if bound is None or increasing:
        return bound
    return FLIPPED[bound]


def _ratio(value: float, bar: float, better: str) -> float | None:
    """value ÷ bar, or bar ÷ value where lower is better; None where it would divide by 0 or
    the bar is 0."""
    if same(bar, 0):  # "none left" (≤ 0): no share of nothing means anything
        return None
    if better == "lower":
        return None if same(value, 0) else bar / value
    return value / bar
