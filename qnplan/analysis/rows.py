"""Rows for the listing commands (compare, status, conflicts): pure data, no formatting."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import msgspec

from qnplan.analysis.assess import Assessment, assess
from qnplan.analysis.compare import Movement, movement
from qnplan.analysis.select import Chosen, choose
from qnplan.errors import UnknownCategory, UnknownScope, UnknownSource, UnknownYear
from qnplan.message import Message, msg
from qnplan.model import (
    CATEGORIES,
    DEFAULT_SCOPE,
    Change,
    Dataset,
    Indicator,
    Result,
    Target,
    months,
)


class Filters(msgspec.Struct, frozen=True):
    scope: str = DEFAULT_SCOPE  # "all" for every scope; callers pass the folder's province
    category: str | None = None
    source: str | None = None  # preferred source id

    def keep(self, indicator: Indicator, scope: str) -> bool:
        return (self.scope == "all" or scope == self.scope) and (
            self.category is None or indicator.category == self.category)


class StatusRow(msgspec.Struct, frozen=True):
    indicator: Indicator
    scope: str
    period: str
    target: Chosen[Target]
    assessment: Assessment
    result_conflicts: tuple[Result, ...] = ()


class CompareRow(msgspec.Struct, frozen=True):
    indicator: Indicator
    scope: str
    period: str
    a: Chosen[Target] | None
    b: Chosen[Target] | None
    movement: Movement
    a_status: Assessment | None
    result_conflicts: tuple[Result, ...] = ()


class ResultRow(msgspec.Struct, frozen=True):
    """A reported result, and whether its year sets a target for that indicator and scope."""

    indicator: Indicator
    scope: str
    period: str
    result: Chosen[Result]
    has_target: bool


class ConflictRow(msgspec.Struct, frozen=True):
    year: int
    indicator: Indicator
    scope: str
    period: str
    kind: str  # "target" | "result"
    chosen: Target | Result
    other: Target | Result


class Summary(msgspec.Struct):
    changes: dict[str, int] = msgspec.field(default_factory=dict)
    statuses: dict[str, int] = msgspec.field(default_factory=dict)


def _years(years: Any) -> Message | str:
    return ", ".join(str(y) for y in sorted(years)) or msg("err.none")


def check_year(ds: Dataset, year: int) -> None:
    """A year without a targets file is a usage error naming the years that exist."""
    if year not in ds.targets:
        hint = msg("err.see_results", year=year) if year in ds.actuals else ""
        raise UnknownYear(year, sorted(ds.targets), "targets",
                          msg("err.no_targets", year=year, root=ds.root, have=_years(ds.targets),
                              hint=hint))


def scopes(ds: Dataset) -> list[str]:
    """Every scope the data mentions, plus 'all'."""
    found = {e.scope for es in ds.targets.values() for e in es}
    found |= {e.scope for es in ds.actuals.values() for e in es}
    return ["all", *sorted(found)]


def check_filters(ds: Dataset, filters: Filters) -> None:
    """An unknown scope, category or source is a usage error naming the known ones: a typo
    must never turn a CI gate green by matching nothing."""
    if filters.scope not in (known := scopes(ds)):
        raise UnknownScope(filters.scope, known,
                           msg("err.unknown_scope", value=filters.scope, known=", ".join(known)))
    if filters.category is not None and filters.category not in CATEGORIES:
        raise UnknownCategory(filters.category, list(CATEGORIES),
                              msg("err.unknown_category", value=filters.category,
                                 known=", ".join(CATEGORIES)))
    if filters.source is not None and filters.source not in ds.sources:
        raise UnknownSource(filters.source, sorted(ds.sources),
                            msg("err.unknown_source", value=filters.source,
                               known=", ".join(sorted(ds.sources))))


def sort_key(indicator: Indicator, scope: str, period: str,
             home: str = DEFAULT_SCOPE) -> tuple[Any, ...]:
    """Registry order, the folder's own province (`home`) before other places, full year
    first."""
    return (CATEGORIES.index(indicator.category), indicator.order, scope != home, scope,
            period != "FY", months(period))


def _results(ds: Dataset, year: int, filters: Filters,
             ) -> tuple[dict[tuple[str, str], list[Result]], dict[Any, Any]]:
    """The chosen result per period, indexed by (indicator, scope), and the choices."""
    chosen = choose(ds.actuals.get(year, []), ds.sources, filters.source)
    index: dict[tuple[str, str], list[Result]] = {}
    for c in chosen.values():
        index.setdefault((c.entry.indicator, c.entry.scope), []).append(c.entry)
    return index, chosen


def status_rows(ds: Dataset, year: int, filters: Filters) -> list[StatusRow]:
    """Every target of a year against its latest result."""
    check_year(ds, year)
    check_filters(ds, filters)
    results, chosen_results = _results(ds, year, filters)
    rows = []
    for key, chosen in choose(ds.targets[year], ds.sources, filters.source).items():
        ind = ds.indicators[key[1]]
        if not filters.keep(ind, key[2]):
            continue
        a = assess(chosen.entry, ind, results.get((key[1], key[2]), []))
        rc = chosen_results[a.result.key].conflicts if a.result else ()
        rows.append(StatusRow(ind, key[2], key[3], chosen, a, rc))
    rows.sort(key=lambda r: sort_key(r.indicator, r.scope, r.period, ds.province))
    return rows


def compare_rows(ds: Dataset, year_a: int, year_b: int, filters: Filters) -> list[CompareRow]:
    """Targets of year A against year B, each with A's status."""
    check_year(ds, year_a)
    check_year(ds, year_b)
    check_filters(ds, filters)
    ta = {k[1:]: c for k, c in choose(ds.targets[year_a], ds.sources, filters.source).items()}
    tb = {k[1:]: c for k, c in choose(ds.targets[year_b], ds.sources, filters.source).items()}
    results, chosen_results = _results(ds, year_a, filters)
    dropped_by_plan = _dropped_by_plan(ds, year_a, year_b)
    rows = []
    for key in ta.keys() | tb.keys():
        ind = ds.indicators[key[0]]
        if not filters.keep(ind, key[1]):
            continue
        a, b = ta.get(key), tb.get(key)
        mv = movement(a.entry if a else None, b.entry if b else None, ind)
        if mv.change is Change.DROPPED and not dropped_by_plan(key):
            mv = Movement(Change.NOT_RESTATED, None, None)
        status = assess(a.entry, ind, results.get(key[:2], [])) if a else None
        rc = chosen_results[status.result.key].conflicts if status and status.result else ()
        rows.append(CompareRow(ind, key[1], key[2], a, b, mv, status, rc))
    rows.sort(key=lambda r: sort_key(r.indicator, r.scope, r.period, ds.province))
    return rows


def _dropped_by_plan(ds: Dataset, year_a: int, year_b: int,
                     ) -> Callable[[tuple[str, str, str]], bool]:
    """Whether year B's own plan leaves a target of A out (DESIGN §1, §4): a source recorded
    as setting B's targets as a whole (`plan_for: B`), of a type that set the target in year
    A, lists targets for the same scope. A document that merely mentions a target of year B
    (a mid-year resolution naming one aim of the next year) is not B's plan: its silence about
    the rest says nothing. Both years are indexed once, so a compare stays linear."""
    kinds_a: dict[tuple[str, str, str], set[str]] = {}
    for t in ds.targets[year_a]:
        kinds_a.setdefault(t.key[1:], set()).add(ds.sources[t.source].type)
    plan_kinds_b: dict[str, set[str]] = {}  # scope -> types of B's own plans listing it
    for t in ds.targets[year_b]:
        src = ds.sources[t.source]
        if src.plan_for == year_b:
            plan_kinds_b.setdefault(t.scope, set()).add(src.type)
    return lambda key: bool(kinds_a.get(key, set()) & plan_kinds_b.get(key[1], set()))


def in_time_order(year_a: int, year_b: int) -> tuple[int, int, bool]:
    """Two years to compare, earlier first, and whether they were given the other way round:
    `compare 2024 2023` answers as `compare 2023 2024` and says so, since 'raised', 'new' and
    'dropped' only mean something from an earlier plan to a later one."""
    return (year_b, year_a, True) if year_a > year_b else (year_a, year_b, False)


def result_rows(ds: Dataset, year: int, filters: Filters) -> list[ResultRow]:
    """Every result reported for a year (one per period, DESIGN §4's choice), each marked
    with whether the year has a target for its indicator and scope."""
    if year not in ds.actuals:
        raise UnknownYear(year, sorted(ds.actuals), "results",
                          msg("err.no_results", year=year, root=ds.root, have=_years(ds.actuals)))
    check_filters(ds, filters)
    targeted = {(t.indicator, t.scope) for t in ds.targets.get(year, [])}
    rows = []
    for key, chosen in choose(ds.actuals[year], ds.sources, filters.source).items():
        ind = ds.indicators[key[1]]
        if filters.keep(ind, key[2]):
            rows.append(ResultRow(ind, key[2], key[3], chosen, (key[1], key[2]) in targeted))
    rows.sort(key=lambda r: sort_key(r.indicator, r.scope, r.period, ds.province))
    return rows


def untargeted_results(ds: Dataset, year: int, filters: Filters) -> list[ResultRow]:
    """The results of a year that no target of that year is judged by."""
    if year not in ds.actuals:
        return []
    return [r for r in result_rows(ds, year, filters) if not r.has_target]


def conflict_rows(ds: Dataset, year: int | None, filters: Filters) -> list[ConflictRow]:
    """Every disagreement between sources, for one year or all."""
    if year is not None and year not in ds.targets and year not in ds.actuals:
        raise UnknownYear(year, sorted(ds.targets.keys() | ds.actuals.keys()), "data",
                          msg("err.no_data_year", year=year, root=ds.root,
                             have=_years(ds.targets.keys() | ds.actuals.keys())))
    check_filters(ds, filters)
    rows: list[ConflictRow] = []
    years = [year] if year is not None else sorted(ds.targets.keys() | ds.actuals.keys())
    for y in years:
        targets = choose(ds.targets.get(y, []), ds.sources, filters.source)
        groups: list[tuple[str, Chosen[Target] | Chosen[Result]]] = [
            ("target", c) for c in targets.values()]
        groups += [("result", c)
                   for c in choose(ds.actuals.get(y, []), ds.sources, filters.source).values()]
        for kind, chosen in groups:
            e = chosen.entry
            ind = ds.indicators[e.indicator]
            if filters.keep(ind, e.scope):
                rows.extend(ConflictRow(y, ind, e.scope, e.period, kind, e, other)
                            for other in chosen.conflicts)
    rows.sort(key=lambda r: (r.year, *sort_key(r.indicator, r.scope, r.period, ds.province),
                             r.kind))
    return rows


def summarize_compare(rows: list[CompareRow]) -> Summary:
    s = Summary()
    for r in rows:
        s.changes[r.movement.change] = s.changes.get(r.movement.change, 0) + 1
        if r.a_status:
            st = r.a_status.status
            s.statuses[st] = s.statuses.get(st, 0) + 1
    return s


def summarize_status(rows: list[StatusRow]) -> Summary:
    s = Summary()
    for r in rows:
        st = r.assessment.status
        s.statuses[st] = s.statuses.get(st, 0) + 1
    return s
