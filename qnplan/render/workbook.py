"""Which sheets a workbook holds: the export's views of two years, or one listing; each
followed by the documents its rows cite and a notes sheet (title, provenance, methods)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from qnplan.analysis.plans import covering
from qnplan.analysis.rows import (
    CompareRow,
    Filters,
    compare_rows,
    conflict_rows,
    result_rows,
    status_rows,
)
from qnplan.analysis.trend import build_trend
from qnplan.i18n import methods_note, tr
from qnplan.model import Dataset, Source
from qnplan.render import cells as c
from qnplan.render.plans import period_text, plan_records
from qnplan.render.records import (
    Record,
    compare_records,
    conflict_records,
    result_records,
    status_records,
    trend_records,
)
from qnplan.render.report_md import report_title
from qnplan.render.xlsx import Sheet, workbook

UNDATED = dt.date(2000, 1, 1)  # a fixed date for a workbook none of whose documents is dated
TARGET_FIELDS = ("op", "value", "min", "max", "text", "source")


def _as_target(records: list[Record]) -> list[Record]:
    """Status and trend records name their target's fields plainly; a sheet that also holds
    result columns says which figure is the target."""
    return [{(f"target_{k}" if k in TARGET_FIELDS else k): v for k, v in r.items()}
            for r in records]


def _cited(ds: Dataset, sheets: Iterable[Sheet]) -> list[Source]:
    """The documents the sheets' rows name, in the registry's order."""
    ids: set[str] = set()
    for sheet in sheets:
        for rec in sheet.records:
            for key, value in rec.items():
                if value and (key == "source" or key.endswith("_source") or key == "conflicts"):
                    ids.update(str(value).split(";"))
    return [s for s in ds.sources.values() if s.id in ids]


def source_records(sources: list[Source]) -> list[Record]:
    """A row per document: what a reader needs to find it."""
    return [{"id": s.id, "type": s.type, "number": s.number, "issuer": s.issuer,
             "date": s.date.isoformat() if s.date else None, "title": s.title, "url": s.url,
             "plan_for": s.plan_for} for s in sources]


def _book(ds: Dataset, sheets: list[Sheet], heading: str, lang: str,
          registry: bool = False) -> bytes:
    """The sheets, then the cited documents (unless the sheet is a registry) and the notes;
    dated by the newest document."""
    cited = list(ds.sources.values()) if registry else _cited(ds, sheets)
    dates = [s.date for s in cited if s.date] or [s.date for s in ds.sources.values() if s.date]
    if not registry:
        sheets.append(Sheet(tr("xl.sheet.sources", lang), source_records(cited)))
    notes = [heading, c.made_line(cited, lang), "", *methods_note(lang)]
    return workbook(sheets, (tr("xl.sheet.notes", lang), notes), max(dates, default=UNDATED),
                    lang)


def export_workbook(ds: Dataset, years: tuple[int, int], scope: str, filters: Filters,
                    lang: str, compared: list[CompareRow] | None = None) -> bytes:
    """`export A B --format xlsx`: the comparison, both years' status, results and
    disagreements, the trend up to B, each plan period A or B falls in, the cited documents
    and a methods note."""
    a, b = years
    rows = compared if compared is not None else compare_rows(ds, a, b, filters)
    status = [{"year": y} | r for y in years
              for r in _as_target(status_records(status_rows(ds, y, filters), lang))]
    results = [{"year": y} | r for y in years if y in ds.actuals
               for r in result_records(result_rows(ds, y, filters), lang)]
    disagreements = [r for y in years for r in conflict_records(conflict_rows(ds, y, filters),
                                                                lang)]
    trends = [t for t in build_trend(ds, year_to=b, scope=scope, source=filters.source)
              if filters.category is None or t.category == filters.category]
    sheets = [Sheet(tr("xl.sheet.compare", lang, a=a, b=b), compare_records(rows, lang),
                    {"a": a, "b": b}),
              Sheet(tr("xl.sheet.status", lang), status),
              Sheet(tr("xl.sheet.results", lang), results),
              Sheet(tr("xl.sheet.conflicts", lang), disagreements),
              Sheet(tr("xl.sheet.trend", lang), _as_target(trend_records(trends, lang)))]
    for span, plan_rows in covering(ds, list(years), scope, filters.source).items():
        period = period_text(span)
        sheets.append(Sheet(tr("xl.sheet.plan", lang, period=period),
                            _as_target(plan_records(plan_rows, lang)), {"period": period}))
    return _book(ds, sheets, report_title(scope, years, lang, ds.province), lang)


def listing_workbook(ds: Dataset, view: str, title: str, records: list[Record], lang: str,
                     fields: dict[str, Any] | None = None) -> bytes:
    """One listing (`status 2024 --format xlsx`, …) as a sheet, with its documents and notes."""
    if view in ("status", "trend", "plan"):
        records = _as_target(records)
    sheets = [Sheet(tr(f"xl.sheet.{view}", lang, **(fields or {})), records, fields)]
    return _book(ds, sheets, title, lang, registry=view in ("indicators", "sources"))
