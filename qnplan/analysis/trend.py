"""Progress over several years (DESIGN §8): each year's own verdict, and over the span a ratio R
of what was achieved to what was required, judged by the open-sdg / Statistics Canada cut-offs."""

from __future__ import annotations

from enum import StrEnum

import msgspec

from qnplan.analysis.assess import assess
from qnplan.analysis.rows import Filters, check_filters, sort_key
from qnplan.analysis.select import choose, targets_agree
from qnplan.errors import UnknownIndicator, UsageError
from qnplan.message import msg
from qnplan.model import Dataset, Indicator, Result, Source, Status, Target, months
from qnplan.numbers import compare, same


class Verdict(StrEnum):
    ACHIEVED = "achieved"
    ON_TRACK = "on_track"
    NEEDS_ACCELERATION = "needs_acceleration"
    LIMITED_PROGRESS = "limited_progress"
    DETERIORATING = "deteriorating"
    INSUFFICIENT_DATA = "insufficient_data"


ON_TRACK_FROM = 0.95
NEEDS_ACCELERATION_FROM = 0.60


class TrendYear(msgspec.Struct, frozen=True):
    """One year of an indicator: its chosen full-year target, the latest result, the verdict."""

    year: int
    target: Target | None
    revised_from: tuple[Target, ...]  # the figures the chosen target revised, oldest first
    result: Result | None
    status: Status | None  # None where the year has a result but no target
    ratio: float | None
    bar: float | None  # the (pro-rated) value the result was judged against
    gap: float | None = None  # result − bar, in the indicator's unit (points for a %)
    strict_tie: bool = False  # the result equals a strict bound: missed by 0
    ratio_bound: str | None = None  # the ratio is a bound ("lower" | "upper" | "approx")
    gap_bound: str | None = None
    later: tuple[Target, ...] = ()  # differing figures issued after the chosen one, as if
    # revising it, from a source the choice ranks lower (DESIGN §4): not used, but said
    undated: tuple[Target, ...] = ()  # differing figures whose order cannot be told (a
    # source, theirs or the chosen one's, has no date): perhaps a revision, perhaps not

    @property
    def full_year(self) -> bool:
        """Whether the year's result covers the whole year (only these enter R)."""
        return self.result is not None and self.result.period == "FY"


class Progress(msgspec.Struct, frozen=True):
    """The span's verdict; r is None only for insufficient_data (and a zero requirement)."""

    verdict: Verdict
    r: float | None
    years: list[int]  # the years with a full-year result and a numeric target
    target_index: float | None = None  # growth indicators only
    actual_index: float | None = None
    r_bound: str | None = None  # R is a bound where a result it counts is ("more than" …)


class IndicatorTrend(msgspec.Struct, frozen=True):
    """An indicator's years and progress verdict, mirroring `trend --format json`."""

    indicator: str
    name_en: str
    name_vi: str
    category: str
    unit: str | None
    kind: str
    better: str
    scope: str
    years: list[TrendYear]
    progress: Progress

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


def verdict_for(r: float) -> Verdict:
    """The category of a ratio R of achieved to required progress (when not achieved)."""
    if r >= ON_TRACK_FROM:
        return Verdict.ON_TRACK
    if r >= NEEDS_ACCELERATION_FROM:
        return Verdict.NEEDS_ACCELERATION
    if r >= 0:
        return Verdict.LIMITED_PROGRESS
    return Verdict.DETERIORATING


def target_figure(t: Target | None, better: str) -> float | None:
    """The figure a target is measured at: a range at its binding end; None if qualitative."""
    if t is None or t.op == "qualitative":
        return None
    if t.op == "range":
        return t.max if better == "lower" else t.min
    return t.value


def _ratio_verdict(r: float | None, achieved: bool) -> Verdict:
    if achieved:
        return Verdict.ACHIEVED
    if r is None:  # nothing was required beyond the start, and it was not reached
        return Verdict.DETERIORATING
    return verdict_for(r)


Pair = tuple[TrendYear, float, float]  # a year, its target figure, its full-year result


def _measure(ind: Indicator, pairs: list[Pair]) -> Progress:
    """R and the verdict over pairs of target and result (at least two)."""
    span = [y.year for y, _, _ in pairs]
    lower = ind.better == "lower"
    if ind.kind == "growth":
        i_t = i_a = 1.0
        for _, t, a in pairs:
            i_t *= 1 + t / 100
            i_a *= 1 + a / 100
        n = len(pairs)
        required = i_t ** (1 / n) - 1
        actual = i_a ** (1 / n) - 1
        c = compare(i_a, i_t)
        achieved = c <= 0 if lower else c >= 0
        r = None if same(required, 0) else actual / required
        return Progress(_ratio_verdict(r, achieved), r, span, i_t, i_a)
    if ind.kind == "flow":
        total_t = sum(t for _, t, _ in pairs)
        total_a = sum(a for _, _, a in pairs)
        num, den = (total_t, total_a) if lower else (total_a, total_t)
        r = None if same(den, 0) else num / den
        return Progress(_ratio_verdict(r, r is not None and compare(r, 1) >= 0), r, span)
    first, last = pairs[0], pairs[-1]
    achieved = last[0].status is Status.MET
    required = last[1] - first[2]
    r = None if same(required, 0) else (last[2] - first[2]) / required
    return Progress(_ratio_verdict(r, achieved), r, span)


def _r_bound(ind: Indicator, pairs: list[Pair], r: float | None) -> str | None:
    """Whether R is a bound: each bounded result is moved a little the way its truth lies
    ("more than" up, "nearly" down) and R's response read; R is a lower bound when every such
    move raises it, an upper one when every move lowers it, else approximate."""
    if r is None:
        return None
    found: set[str] = set()
    for i, (y, t, a) in enumerate(pairs):
        bound = y.result.bound if y.result is not None else None
        if bound is None:
            continue
        if bound == "approx":
            return "approx"
        step = 1e-6 * max(1.0, abs(a)) * (1 if bound == "lower" else -1)
        moved = _measure(ind, [*pairs[:i], (y, t, a + step), *pairs[i + 1:]]).r
        if moved is None or same(moved, r):
            continue
        found.add("lower" if moved > r else "upper")
    if not found:
        return None
    return found.pop() if len(found) == 1 else "approx"


def progress(ind: Indicator, years: list[TrendYear]) -> Progress:
    """The span's verdict by the indicator's kind (growth: chained index; flow: sums; level:
    distance covered from the first result to the latest target). Part-year results never count.
    R is marked a bound where a result it counts was stated as one."""
    counted = [(y, target_figure(y.target, ind.better), y.result.value) for y in years
               if y.full_year and y.result is not None]
    pairs = [(y, t, a) for y, t, a in counted if t is not None and a is not None]
    if len(pairs) < 2:
        return Progress(Verdict.INSUFFICIENT_DATA, None, [y.year for y, _, _ in pairs])
    p = _measure(ind, pairs)
    bound = _r_bound(ind, pairs, p.r)
    return p if bound is None else msgspec.structs.replace(p, r_bound=bound)


class Revisions(msgspec.Struct, frozen=True):
    """How the other sources' differing figures for a year's target stand to the chosen one."""

    revised_from: tuple[Target, ...] = ()
    later: tuple[Target, ...] = ()
    undated: tuple[Target, ...] = ()


def _revises(later: Source, earlier: Source, year: int) -> bool:
    """Whether a later-issued document revises an earlier one's target for `year`: the same
    kind of decision restating it (a plan after a plan; two press articles are two reporters,
    not one body), or any document issued once the year has begun. Two bodies' documents both
    issued before the year disagree; neither revises the other."""
    assert later.date is not None and earlier.date is not None
    same_body = later.type == earlier.type and later.type != "press"
    return later.date > earlier.date and (same_body or later.date.year >= year)


def revisions(chosen: Target, conflicts: tuple[Target, ...], ds: Dataset) -> Revisions:
    """Sort the figures that disagree with the chosen target: those it revised (oldest first),
    those issued later as if revising it, and those whose order no date can tell."""
    src = ds.sources[chosen.source]
    revised, later, undated = [], [], []
    for t in conflicts:
        other = ds.sources[t.source]
        if src.date is None or other.date is None:
            undated.append(t)
        elif _revises(src, other, chosen.year):
            revised.append((other.date, t))
        elif _revises(other, src, chosen.year):
            later.append((other.date, t))
    earlier: list[Target] = []
    for _, t in sorted(revised, key=lambda p: p[0]):
        if not (earlier and targets_agree(earlier[-1], t)):  # a restatement revises nothing
            earlier.append(t)
    return Revisions(tuple(earlier), tuple(t for _, t in sorted(later, key=lambda p: p[0])),
                     tuple(undated))


def _latest(results: list[Result]) -> Result | None:
    """The result covering the most months (FY over 8M over H1)."""
    best: Result | None = None
    for r in results:
        if best is None or months(r.period) > months(best.period):
            best = r
    return best


def _check(ds: Dataset, indicators: list[str] | None, year_from: int | None,
           year_to: int | None, scope: str, source: str | None) -> None:
    for ind_id in indicators or []:
        if ind_id not in ds.indicators:
            raise UnknownIndicator(ind_id, sorted(ds.indicators),
                                   msg("err.unknown_indicator", value=ind_id))
        if ds.indicators[ind_id].kind == "qualitative":
            raise UsageError(msg("err.qualitative_trend", value=ind_id))
    if year_from is not None and year_to is not None and year_from > year_to:
        raise UsageError(msg("err.from_after_to", a=year_from, b=year_to))
    check_filters(ds, Filters(scope=scope, source=source))


def build_trend(dataset: Dataset, *, indicators: list[str] | None = None,
                year_from: int | None = None, year_to: int | None = None,
                scope: str | None = None, source: str | None = None) -> list[IndicatorTrend]:
    """Per indicator (and scope), every year with a full-year target or a result in the span,
    and the span's progress verdict. Without `indicators`: the numeric indicators with figures (a
    numeric target or a result) in at least two years; with them: exactly those, even with a
    single year. `scope` defaults to the folder's province."""
    ds = dataset
    scope = scope or ds.province
    _check(ds, indicators, year_from, year_to, scope, source)
    all_years = sorted(ds.targets.keys() | ds.actuals.keys())
    span = [y for y in all_years if (year_from is None or y >= year_from)
            and (year_to is None or y <= year_to)]
    wanted = set(indicators) if indicators else None
    # (indicator, scope) -> year -> TrendYear
    found: dict[tuple[str, str], dict[int, TrendYear]] = {}
    for year in span:
        targets = choose(ds.targets.get(year, []), ds.sources, source)
        results: dict[tuple[str, str], list[Result]] = {}
        for c in choose(ds.actuals.get(year, []), ds.sources, source).values():
            results.setdefault((c.entry.indicator, c.entry.scope), []).append(c.entry)
        keys = {(k[1], k[2]) for k in targets if k[3] == "FY"} | set(results)
        for ind_id, sc in keys:
            ind = ds.indicators[ind_id]
            if ind.kind == "qualitative" or (wanted is not None and ind_id not in wanted):
                continue
            if scope != "all" and sc != scope:
                continue
            chosen = targets.get((year, ind_id, sc, "FY"))
            res = results.get((ind_id, sc), [])
            if chosen is None:
                row = TrendYear(year, None, (), _latest(res), None, None, None)
            else:
                a = assess(chosen.entry, ind, res)
                rv = revisions(chosen.entry, chosen.conflicts, ds)
                row = TrendYear(year, chosen.entry, rv.revised_from, a.result, a.status, a.ratio,
                                a.bar, a.gap, a.strict_tie, a.ratio_bound, a.gap_bound,
                                rv.later, rv.undated)
            found.setdefault((ind_id, sc), {})[year] = row
    out = []
    for (ind_id, sc), by_year in found.items():
        ind = ds.indicators[ind_id]
        # unasked, an indicator needs figures in two years: a qualitative target is not one
        figures = [y for y in by_year.values()
                   if y.result is not None or target_figure(y.target, ind.better) is not None]
        if wanted is None and len(figures) < 2:
            continue
        years = [by_year[y] for y in sorted(by_year)]
        out.append(IndicatorTrend(ind_id, ind.name_en, ind.name_vi, ind.category, ind.unit,
                                  ind.kind, ind.better, sc, years, progress(ind, years)))
    out.sort(key=lambda t: sort_key(ds.indicators[t.indicator], t.scope, "FY", ds.province))
    return out
