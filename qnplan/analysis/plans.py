"""Plan-period targets against the yearly results (DESIGN §9): for each target of a period,
the years with full-year results, the figure so far by its basis, the rate each remaining year
needs, and a verdict in §8's words (plus `missed` for a period over without reaching it)."""

from __future__ import annotations

import math
from enum import StrEnum

import msgspec

from qnplan.analysis.assess import satisfies
from qnplan.analysis.rows import scopes, sort_key
from qnplan.analysis.select import TARGET_RANK, choose
from qnplan.analysis.trend import verdict_for as trend_verdict_for
from qnplan.errors import UnknownPlanPeriod, UnknownScope, UnknownSource
from qnplan.message import msg
from qnplan.model import (
    BASES,
    Baseline,
    Dataset,
    Indicator,
    PlanTarget,
    Result,
    Source,
    Status,
    period_name,
)
from qnplan.numbers import compare, same


class PlanVerdict(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATING = "deteriorating"
    INSUFFICIENT_DATA = "insufficient_data"
    MISSED = "missed"  # the period is over (its years have results) and the target not reached


class YearVerdict(msgspec.Struct, frozen=True):
    """One year of an each_year target: the full-year result and whether it met the target."""

    year: int
    result: Result
    status: Status  # met | missed | unassessable (a qualitative result without `met`)


class PlanRow(msgspec.Struct, frozen=True):
    """One period target and its progress, mirroring a row of `plan --format json`."""

    target: PlanTarget
    conflicts: tuple[PlanTarget, ...]  # other sources' differing statements of it
    indicator: Indicator
    results: tuple[Result, ...]  # the full-year result of each year in `years`
    years: list[int]  # the period's years with a full-year result
    missing: list[int]  # the period's years without one
    actual: float | None  # the figure so far by the basis (none for each_year)
    required_remaining: float | None  # what each remaining year needs (average basis)
    verdict: PlanVerdict
    r: float | None
    baseline: Baseline | None = None  # the start point of an end target's R
    each_year: tuple[YearVerdict, ...] = ()

    @property
    def period(self) -> tuple[int, int]:
        return (self.target.start, self.target.end)


def periods(ds: Dataset) -> list[tuple[int, int]]:
    """The plan periods that have a file, earliest first."""
    return ds.periods()


def parse_period(text: str) -> tuple[int, int] | None:
    """'2021-2025' (or with an en dash) as (2021, 2025); None if it is not FROM-TO."""
    parts = text.replace("–", "-").split("-")
    if len(parts) != 2 or not all(p.isdigit() for p in parts):
        return None
    return int(parts[0]), int(parts[1])


def check_period(ds: Dataset, period: str | tuple[int, int]) -> tuple[int, int]:
    """The period asked for, or a usage error naming the periods that exist."""
    wanted = parse_period(period) if isinstance(period, str) else period
    if wanted is None or period_name(*wanted) not in ds.plans:
        available = [period_name(*p) for p in ds.periods()]
        asked = period if isinstance(period, str) else period_name(*period)
        raise UnknownPlanPeriod(asked, available, msg(
            "err.no_plan_period", period=asked, root=ds.root,
            have=", ".join(available) or msg("err.none")))
    return wanted


def plan_rows(ds: Dataset, period: str | tuple[int, int], scope: str | None = None,
              source: str | None = None) -> list[PlanRow]:
    """Every target of a plan period (one per indicator, scope and basis, chosen among sources
    as §4 says) with its progress against the yearly full-year results; scope: the folder's
    province unless named ('all' for every place)."""
    start, end = check_period(ds, period)
    scope = scope or ds.province
    known = sorted(set(scopes(ds)) | {t.scope for ts in ds.plans.values() for t in ts})
    if scope not in known:
        raise UnknownScope(scope, known, msg("err.unknown_scope", value=scope,
                                             known=", ".join(known)))
    if source is not None and source not in ds.sources:
        raise UnknownSource(source, sorted(ds.sources), msg(
            "err.unknown_source", value=source, known=", ".join(sorted(ds.sources))))
    chosen = choose_plan_targets(ds.plans[period_name(start, end)], ds.sources, source)
    rows = [assess_plan_target(ds, best, conflicts, source)
            for best, conflicts in chosen if scope == "all" or best.scope == scope]
    rows.sort(key=lambda r: (*sort_key(r.indicator, r.target.scope, "FY", ds.province),
                             BASES.index(r.target.basis)))
    return rows


def ending_in(ds: Dataset, year: int, scope: str | None = None,
              source: str | None = None) -> list[PlanRow]:
    """The period targets whose period ends in `year`, with their progress (for `status`)."""
    return [row for start, end in ds.periods() if end == year
            for row in plan_rows(ds, (start, end), scope, source)]


def covering(ds: Dataset, years: list[int], scope: str | None = None,
             source: str | None = None) -> dict[tuple[int, int], list[PlanRow]]:
    """The periods that any of `years` falls in, each with its rows (for reports and trend)."""
    return {(start, end): plan_rows(ds, (start, end), scope, source)
            for start, end in ds.periods() if any(start <= y <= end for y in years)}


def by_indicator(ds: Dataset, years: list[int], scope: str | None = None,
                 source: str | None = None) -> dict[tuple[str, str], list[PlanRow]]:
    """The period targets of every period that `years` touch, by (indicator, scope): what
    `trend` draws beside the yearly targets."""
    out: dict[tuple[str, str], list[PlanRow]] = {}
    for rows in covering(ds, years, scope, source).values():
        for row in rows:
            out.setdefault((row.target.indicator, row.target.scope), []).append(row)
    return out


def _agree(a: PlanTarget, b: PlanTarget) -> bool:
    def same_number(x: float | None, y: float | None) -> bool:
        return (x is None and y is None) or (x is not None and y is not None and same(x, y))

    if a.op != b.op:
        return False
    if a.op == "qualitative":
        return " ".join((a.text or "").split()) == " ".join((b.text or "").split())
    return same_number(a.value, b.value) and same_number(a.min, b.min) and same_number(
        a.max, b.max)


def choose_plan_targets(targets: list[PlanTarget], sources: dict[str, Source],
                        prefer: str | None = None,
                        ) -> list[tuple[PlanTarget, tuple[PlanTarget, ...]]]:
    """One target per (indicator, scope, basis): --source, else the source type's rank, else
    the later document (DESIGN §4); with the other sources' differing statements."""
    groups: dict[tuple[str, str, str, str], list[PlanTarget]] = {}
    for t in targets:
        groups.setdefault(t.key, []).append(t)

    def rank(t: PlanTarget) -> tuple[bool, int, int]:
        src = sources.get(t.source)
        date = -src.date.toordinal() if src is not None and src.date is not None else 0
        return (t.source != prefer, TARGET_RANK[src.type if src else "press"], date)

    out = []
    for group in groups.values():
        best = min(group, key=rank)
        out.append((best, tuple(t for t in group if t is not best and not _agree(best, t))))
    return out


def full_year_results(ds: Dataset, indicator: str, scope: str, years: range,
                      source: str | None = None) -> dict[int, Result]:
    """Each year's full-year result for an indicator and scope, chosen as §4 says."""
    out: dict[int, Result] = {}
    for year in years:
        picked = choose(ds.actuals.get(year, []), ds.sources, source).get(
            (year, indicator, scope, "FY"))
        if picked is not None and (picked.entry.value is not None or picked.entry.met is not None):
            out[year] = picked.entry
    return out


def figure(t: PlanTarget, better: str) -> float | None:
    """The number a target is measured at: a range at its binding end; None if qualitative."""
    if t.op == "qualitative":
        return None
    if t.op == "range":
        return t.max if better == "lower" else t.min
    return t.value


def meets(t: PlanTarget, ind: Indicator, value: float) -> bool:
    """Whether a figure satisfies the target's op (DESIGN §4, `~` with its tolerance)."""
    bar = figure(t, ind.better)
    assert bar is not None
    return satisfies(t.op, value, bar, t.max, ind.better, t.tolerance)


def verdict_for(r: float) -> PlanVerdict:
    """§8's category of a ratio R of achieved to required progress (when not achieved)."""
    return PlanVerdict(trend_verdict_for(r).value)


def assess_plan_target(ds: Dataset, t: PlanTarget, conflicts: tuple[PlanTarget, ...] = (),
                       source: str | None = None) -> PlanRow:
    """One period target's progress against the yearly full-year results (DESIGN §9)."""
    ind = ds.indicators[t.indicator]
    span = range(t.start, t.end + 1)
    by_year = full_year_results(ds, t.indicator, t.scope, span, source)
    years = sorted(by_year)
    missing = [y for y in span if y not in by_year]
    results = tuple(by_year[y] for y in years)
    base = PlanRow(t, conflicts, ind, results, years, missing, None, None,
                   PlanVerdict.INSUFFICIENT_DATA, None)
    if t.basis == "each_year":
        return _each_year(base)
    if t.op == "qualitative":
        return _qualitative_end(base)
    values = [r.value for r in results if r.value is not None]
    if len(values) != len(results):  # a numeric indicator's result stated as met: not a figure
        return base
    if t.basis == "end":
        return _end(ds, base, source)
    if t.basis == "total":
        return _total(base, values)
    if ind.kind == "growth":
        return _average_growth(base, values)
    return _average_mean(base, values)


def _final(row: PlanRow, actual: float, r: float | None,
           required: float | None = None) -> PlanRow:
    """A complete period: achieved or missed, judged at the end."""
    reached = meets(row.target, row.indicator, actual)
    verdict = PlanVerdict.ACHIEVED if reached else PlanVerdict.MISSED
    return msgspec.structs.replace(row, actual=actual, r=r, verdict=verdict,
                                   required_remaining=required)


def _running(row: PlanRow, actual: float, r: float | None, required: float | None,
             enough: bool) -> PlanRow:
    """A period still running: §8's category of R (insufficient_data below two years)."""
    if not enough:
        return msgspec.structs.replace(row, actual=actual, required_remaining=required)
    verdict = PlanVerdict.DETERIORATING if r is None else verdict_for(r)
    return msgspec.structs.replace(row, actual=actual, r=r, verdict=verdict,
                                   required_remaining=required)


def _average_growth(row: PlanRow, values: list[float]) -> PlanRow:
    """The compound yearly rate so far against the target rate; what each remaining year needs."""
    t = figure(row.target, row.indicator.better)
    if not values or t is None:
        return row
    n, k = row.target.end - row.target.start + 1, len(values)
    index = math.prod(1 + a / 100 for a in values)
    actual = (index ** (1 / k) - 1) * 100
    r = None if same(t, 0) else actual / t
    if k == n:
        return _final(row, actual, r)
    required = (((1 + t / 100) ** n / index) ** (1 / (n - k)) - 1) * 100 if index > 0 else None
    return _running(row, actual, r, required, k >= 2)


def _average_mean(row: PlanRow, values: list[float]) -> PlanRow:
    """The arithmetic mean of the yearly figures so far; what the remaining years must average."""
    t = figure(row.target, row.indicator.better)
    if not values or t is None:
        return row
    n, k = row.target.end - row.target.start + 1, len(values)
    actual = sum(values) / k
    r = _ratio(actual, t, row.indicator.better)
    if k == n:
        return _final(row, actual, r)
    return _running(row, actual, r, (t * n - sum(values)) / (n - k), k >= 2)


def _total(row: PlanRow, values: list[float]) -> PlanRow:
    """The sum so far against the share of the target its years stand for (k/n of it)."""
    t = figure(row.target, row.indicator.better)
    if not values or t is None:
        return row
    n, k = row.target.end - row.target.start + 1, len(values)
    actual = sum(values)
    r = _ratio(actual, t * k / n, row.indicator.better)
    if k == n:
        return _final(row, actual, r)
    if row.indicator.better == "higher" and meets(row.target, row.indicator, actual):
        # a sum of flows only grows: reached before the end is reached for good
        return msgspec.structs.replace(row, actual=actual, r=r, verdict=PlanVerdict.ACHIEVED)
    return _running(row, actual, r, (t - actual) / (n - k), k >= 2)


def _ratio(value: float, bar: float, better: str) -> float | None:
    if better == "lower":
        return None if same(value, 0) else bar / value
    return None if same(bar, 0) else value / bar


def _end(ds: Dataset, row: PlanRow, source: str | None) -> PlanRow:
    """open-sdg's method: observed compound growth from a baseline over the growth required to
    reach the target by the period's last year; achieved once the latest result meets it."""
    t, ind = row.target, row.indicator
    goal = figure(t, ind.better)
    if not row.results or goal is None:
        return row
    latest = row.results[-1]
    assert latest.value is not None
    base = t.baseline or _baseline_before(ds, t, source) or _as_baseline(row.results[0])
    if latest.year == t.end:
        return _final(msgspec.structs.replace(row, baseline=base), latest.value,
                      _open_sdg(base, latest.year, latest.value, t.end, goal, ind.better))
    row = msgspec.structs.replace(row, baseline=base, actual=latest.value)
    if latest.year <= base.year:
        return row  # one point: no growth to measure yet
    r = _open_sdg(base, latest.year, latest.value, t.end, goal, ind.better)
    if meets(t, ind, latest.value):
        return msgspec.structs.replace(row, r=r, verdict=PlanVerdict.ACHIEVED)
    verdict = PlanVerdict.DETERIORATING if r is None else verdict_for(r)
    return msgspec.structs.replace(row, r=r, verdict=verdict)


def _open_sdg(base: Baseline, year: int, value: float, end: int, goal: float,
              better: str) -> float | None:
    """R = ((x/x0)^(1/(y−y0)) − 1) ÷ ((goal/x0)^(1/(end−y0)) − 1); a start at or below zero
    has no compound growth, so the share of the distance covered is taken instead. None where
    nothing was required: the start already met the goal (a later fall is no progress)."""
    x0, y0 = base.value, base.year
    if year <= y0 or end <= y0 or compare(goal, x0) != (1 if better == "higher" else -1):
        return None
    if x0 > 0 and value >= 0 and goal >= 0:
        observed = (value / x0) ** (1 / (year - y0)) - 1
        required = (goal / x0) ** (1 / (end - y0)) - 1
    else:
        observed, required = value - x0, goal - x0
    return None if same(required, 0) else observed / required


def _baseline_before(ds: Dataset, t: PlanTarget, source: str | None) -> Baseline | None:
    """The latest full-year result before the period starts, as a baseline."""
    before = [y for y in ds.actuals if y < t.start]
    found = full_year_results(ds, t.indicator, t.scope, range(min(before, default=t.start),
                                                             t.start), source)
    usable = [r for r in found.values() if r.value is not None]
    return _as_baseline(max(usable, key=lambda r: r.year)) if usable else None


def _as_baseline(r: Result) -> Baseline:
    assert r.value is not None
    return Baseline(r.year, r.value, r.source, r.quote)


def _qualitative_end(row: PlanRow) -> PlanRow:
    """A qualitative aim for the period's end: the last year's `met` flag decides it."""
    last = row.results[-1] if row.results else None
    if last is None or last.year != row.target.end or last.met is None:
        return row
    return msgspec.structs.replace(
        row, verdict=PlanVerdict.ACHIEVED if last.met else PlanVerdict.MISSED)


def _each_year(row: PlanRow) -> PlanRow:
    """Every year judged as a yearly target; R = years met ÷ years judged."""
    t, ind = row.target, row.indicator
    judged: list[YearVerdict] = []
    for r in row.results:
        if t.op == "qualitative" or r.value is None:
            status = Status.UNASSESSABLE if r.met is None else (
                Status.MET if r.met else Status.MISSED)
        else:
            status = Status.MET if meets(t, ind, r.value) else Status.MISSED
        judged.append(YearVerdict(r.year, r, status))
    counted = [j for j in judged if j.status is not Status.UNASSESSABLE]
    row = msgspec.structs.replace(row, each_year=tuple(judged))
    if not counted:
        return row
    r_value = sum(j.status is Status.MET for j in counted) / len(counted)
    n = t.end - t.start + 1
    if len(counted) == n:
        verdict = PlanVerdict.ACHIEVED if compare(r_value, 1) == 0 else PlanVerdict.MISSED
        return msgspec.structs.replace(row, r=r_value, verdict=verdict)
    if len(counted) < 2:
        return row
    return msgspec.structs.replace(row, r=r_value, verdict=verdict_for(r_value))
