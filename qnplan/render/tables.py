"""A whole data folder as flat tables, one record per row: the registries, every entry as
the files state it (value in the indicator's canonical unit, its source and verbatim quote),
and the views (compare, status, conflicts, trend, plan progress) over every year.

Codes, not words: this is what `export --format datapackage` writes as CSV, for programs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from itertools import pairwise
from pathlib import PurePath
from typing import Any, NamedTuple

from qnplan.analysis.plans import choose_plan_targets, plan_rows
from qnplan.analysis.rows import Filters, compare_rows, conflict_rows, status_rows
from qnplan.analysis.select import choose
from qnplan.analysis.trend import build_trend
from qnplan.model import Dataset, PlanTarget, Source
from qnplan.render.plans import plan_records
from qnplan.render.records import (
    Record,
    amount,
    compare_records,
    conflict_records,
    status_records,
    trend_records,
)

LANG = "en"  # the `name` column of the views: the registry's English name (name_vi is there too)
EVERY_SCOPE = Filters("all")

# What a careful reader needs to know before reusing a document's words, by the kind of
# document. Nothing is claimed about a press article beyond what quoting allows.
LICENCE_NOTES = {
    "plan": ("Resolution or decision of a Vietnamese state body: Article 15 of the Law on "
             "Intellectual Property excludes legal and administrative documents from copyright "
             "protection."),
    "report": ("Report of a Vietnamese state body: Article 15 of the Law on Intellectual "
               "Property excludes administrative documents from copyright protection."),
    "directive": ("Party committee resolution, published for the public; quoted verbatim "
                  "with attribution."),
    "statistics": "Statistics release; quoted verbatim with attribution.",
    "press": ("News article, copyright of its publisher; only short quotations are "
              "reproduced, verbatim and with attribution."),
}


class Table(NamedTuple):
    """A table of the package: its name, what one row is, and its rows."""

    name: str
    title: str
    records: list[Record]


def _file(path: str) -> str:
    """The entry's file relative to the data folder: 'targets/2023.yaml'."""
    return "/".join(PurePath(path).parts[-2:])


def indicator_table(ds: Dataset) -> list[Record]:
    return [{"id": i.id, "name_en": i.name_en, "name_vi": i.name_vi, "category": i.category,
             "unit": i.unit, "kind": i.kind, "better": i.better,
             "aliases": ";".join(i.aliases)}
            for i in sorted(ds.indicators.values(), key=lambda i: i.order)]


def source_table(sources: Iterable[Source]) -> list[Record]:
    return [{"id": s.id, "type": s.type, "number": s.number, "title": s.title,
             "issuer": s.issuer, "date": s.date.isoformat() if s.date else None, "url": s.url,
             "plan_for": s.plan_for, "text": s.text, "licence_note": LICENCE_NOTES.get(s.type)}
            for s in sources]


def _chosen(entries: list[Any], ds: Dataset) -> set[int]:
    """The ids of the entries (targets or results) DESIGN §4's precedence uses."""
    return {id(c.entry) for c in choose(entries, ds.sources, None).values()}


def target_table(ds: Dataset) -> list[Record]:
    out = []
    for year in sorted(ds.targets):
        used = _chosen(ds.targets[year], ds)
        for t in ds.targets[year]:
            out.append({
                "year": t.year, "indicator": t.indicator, "scope": t.scope, "period": t.period,
                "op": t.op, "value": amount(t.value), "min": amount(t.min),
                "max": amount(t.max), "unit": ds.indicators[t.indicator].unit, "text": t.text,
                "tolerance": t.tolerance if t.op == "~" else None, "source": t.source,
                "quote": t.quote, "chosen": id(t) in used, "file": _file(t.path)})
    return out


def result_table(ds: Dataset) -> list[Record]:
    out = []
    for year in sorted(ds.actuals):
        used = _chosen(ds.actuals[year], ds)
        for r in ds.actuals[year]:
            out.append({
                "year": r.year, "indicator": r.indicator, "scope": r.scope, "period": r.period,
                "value": amount(r.value), "unit": ds.indicators[r.indicator].unit,
                "bound": r.bound, "met": r.met, "text": r.text, "status": r.status,
                "source": r.source, "quote": r.quote, "chosen": id(r) in used,
                "file": _file(r.path)})
    return out


def plan_target_table(ds: Dataset) -> list[Record]:
    out = []
    for name in sorted(ds.plans):
        targets: list[PlanTarget] = ds.plans[name]
        used = {id(best) for best, _ in choose_plan_targets(targets, ds.sources, None)}
        for t in targets:
            b = t.baseline
            out.append({
                "period_from": t.start, "period_to": t.end, "indicator": t.indicator,
                "scope": t.scope, "basis": t.basis, "op": t.op, "value": amount(t.value),
                "min": amount(t.min), "max": amount(t.max),
                "unit": ds.indicators[t.indicator].unit, "text": t.text,
                "tolerance": t.tolerance if t.op == "~" else None, "source": t.source,
                "quote": t.quote, "baseline_year": b.year if b else None,
                "baseline_value": amount(b.value) if b else None,
                "baseline_source": b.source if b else None,
                "baseline_quote": b.quote if b else None, "chosen": id(t) in used,
                "file": _file(t.path)})
    return out


def compare_view(ds: Dataset) -> list[Record]:
    """Each year's targets against the next year's that has targets, A's status beside."""
    years = sorted(ds.targets)
    return [{"year_a": a, "year_b": b} | rec for a, b in pairwise(years)
            for rec in compare_records(compare_rows(ds, a, b, EVERY_SCOPE), LANG)]


def status_view(ds: Dataset) -> list[Record]:
    """Every year with targets, each target against its latest result."""
    return [{"year": y} | rec for y in sorted(ds.targets)
            for rec in status_records(status_rows(ds, y, EVERY_SCOPE), LANG)]


def conflict_view(ds: Dataset) -> list[Record]:
    return conflict_records(conflict_rows(ds, None, EVERY_SCOPE), LANG)


def trend_view(ds: Dataset) -> list[Record]:
    return trend_records(build_trend(ds, scope="all"), LANG)


def plan_view(ds: Dataset) -> list[Record]:
    return [rec for span in ds.periods()
            for rec in plan_records(plan_rows(ds, span, "all"), LANG)]


# name, what one row is, how it is made; in the order the package lists them
TABLES: list[tuple[str, str, Callable[[Dataset], list[Record]]]] = [
    ("indicators", "The indicator registry", indicator_table),
    ("sources", "The cited documents", lambda ds: source_table(ds.sources.values())),
    ("targets", "Every yearly target as a document states it", target_table),
    ("results", "Every reported result as a document states it", result_table),
    ("plan_targets", "Every plan-period target as a document states it", plan_target_table),
    ("compare", "Each year's targets against the next year's (DESIGN §4)", compare_view),
    ("status", "Each year's targets against their latest results (DESIGN §4)", status_view),
    ("conflicts", "Every disagreement between sources", conflict_view),
    ("trend", "Each indicator's years and progress verdict (DESIGN §8)", trend_view),
    ("plan_progress", "Each plan-period target's progress (DESIGN §9)", plan_view),
]
TABLE_NAMES = frozenset(name for name, _, _ in TABLES)


def tables(ds: Dataset) -> list[Table]:
    """Every table of the package, built from the data folder."""
    return [Table(name, title, make(ds)) for name, title, make in TABLES]
