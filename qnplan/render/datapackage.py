"""The whole data folder as a Frictionless Data Package (v2): one CSV per table (codes, plain
numbers in the indicator's canonical unit, UTF-8) and a `datapackage.json` describing each
column's type and meaning, so pandas, DuckDB, polars and open-data portals read it as it is.

Standard library only. The same data give the same bytes: rows in a fixed order, and the
package dated by its newest document rather than by the clock.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from typing import Any

from qnplan.model import BOUNDS, CATEGORIES, KINDS, OPS, RESULT_STATUSES, SOURCE_TYPES, Dataset
from qnplan.provinces import place_name
from qnplan.render.csv import plain
from qnplan.render.records import Record
from qnplan.render.tables import TABLE_NAMES, Table, tables

DESCRIPTOR = "datapackage.json"
PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json"
TABLE_SCHEMA = "https://datapackage.org/profiles/2.0/tableschema.json"
OWN_FILES = frozenset({DESCRIPTOR, *(f"{name}.csv" for name in TABLE_NAMES)})

INTEGERS = frozenset({"year", "year_a", "year_b", "period_from", "period_to", "plan_for",
                      "baseline_year", "targets"})
BOOLEANS = frozenset({"met", "chosen", "comparator_only", "has_target"})
DATES = frozenset({"date"})
AMOUNT = "in the indicator's canonical unit (the unit column)"
# Column meanings; a column a later version adds is typed from its values, undescribed.
DESCRIPTIONS = {
    "id": "stable identifier", "name_en": "name in English", "name_vi": "name in Vietnamese",
    "name": "the indicator's name in English", "category": "economy, society, environment, "
    "governance or party", "unit": "canonical unit code of the indicator (DESIGN §3)",
    "kind": "flow, level, growth or qualitative; in conflicts: target or result",
    "better": "higher or lower", "aliases": "phrases that name the indicator, ';'-separated",
    "type": "plan, directive, report, statistics or press", "number": "the document's number",
    "title": "the document's title", "issuer": "the body that issued it",
    "date": "the document's date", "url": "the address its text was read from",
    "plan_for": "the year whose targets the document sets as a whole",
    "text": "full text file (sources); qualitative wording (targets, results)",
    "licence_note": "what the kind of document allows when its words are reused",
    "year": "the year the figure is for", "indicator": "indicator id (indicators.id)",
    "scope": "the place: the province, or a city within it", "period": "FY, H1, Q1-Q4 or "
    "1M-11M (year to date)", "op": "comparison: >, >=, <, <=, ~, range or qualitative",
    "value": f"the figure, {AMOUNT}", "min": f"lower end of a range, {AMOUNT}",
    "max": f"upper end of a range, {AMOUNT}", "tolerance": "for ~: the fraction allowed below",
    "source": "source id (sources.id)", "quote": "the document's words, verbatim",
    "chosen": "whether this entry is the figure used when sources state it differently",
    "file": "the data file the entry is in", "bound": "hedge: lower (more than), upper "
    "(nearly), approx (about)", "met": "for a qualitative result: whether it was met",
    "status": "result: estimate, reported or final; views: the target's status",
    "basis": "average, end, total or each_year (DESIGN §9)",
    "period_from": "first year of the plan period", "period_to": "last year of the plan period",
    "baseline_year": "year of the cited starting figure", "baseline_value": f"the starting "
    f"figure, {AMOUNT}", "baseline_source": "source of the starting figure",
    "baseline_quote": "the starting figure's words, verbatim",
    "year_a": "the earlier year", "year_b": "the later year",
    "change": "raised, lowered, unchanged, changed, new, dropped or not_restated",
    "delta": f"later minus earlier target, {AMOUNT}", "delta_pct": "delta as % of the earlier",
    "result_value": f"the result judged, {AMOUNT}", "ratio": "result over the (pro-rated) "
    "target; 1 = on target", "full_year_ratio": "result over the full-year target",
    "gap": f"result minus the bar, {AMOUNT}", "conflicts": "disagreeing sources, ';'-separated",
    "progress": "the span's progress verdict (DESIGN §8)", "progress_r": "the ratio R of §8",
    "verdict": "the period's verdict (DESIGN §9)", "r": "the ratio R of §9",
    "actual": f"the figure so far by the basis, {AMOUNT}",
    "required_remaining": "the rate each remaining year needs (average basis)",
    "ratio_bound": "the ratios are bounds too, as the result is (lower, upper, approx)",
    "progress_r_bound": "R is a bound, as a result it counts is (lower, upper, approx)",
    "revised_from": "earlier documents' differing targets, ';'-separated",
    "later_targets": "later documents' differing targets, ';'-separated",
    "undated_targets": "differing targets whose order cannot be told, ';'-separated",
    "progress_years": "the years R counts, ';'-separated",
    "result_bound": "the result's hedge: lower, upper or approx",
    "result_period": "the period the result covers", "result_status": "estimate, reported "
    "or final", "result_source": "the result's source (sources.id)",
    "comparator_only": "only the comparator moved (tightened or loosened)",
    "has_target": "whether the year has a target for the indicator and scope",
    "years": "the period's years with a full-year result, ';'-separated",
    "missing": "the period's years without one, ';'-separated",
    "years_met": "each_year basis: the years met", "years_missed": "each_year basis: the "
    "years missed",
}
for _side, _which in (("a", "year A's target"), ("b", "year B's target"),
                      ("chosen", "the figure used"), ("other", "the disagreeing figure")):
    DESCRIPTIONS |= {f"{_side}_op": f"{_which}: comparison", f"{_side}_value": f"{_which}, "
                     f"{AMOUNT}", f"{_side}_source": f"{_which}: source (sources.id)"}
DESCRIPTIONS |= {"a_min": f"year A's range, lower end, {AMOUNT}", "a_max": f"year A's range, "
                 f"upper end, {AMOUNT}", "a_text": "year A's qualitative wording",
                 "b_min": f"year B's range, lower end, {AMOUNT}", "b_max": f"year B's range, "
                 f"upper end, {AMOUNT}", "b_text": "year B's qualitative wording"}
ENUMS: dict[str, dict[str, tuple[str, ...]]] = {
    "indicators": {"category": CATEGORIES, "kind": KINDS, "better": ("higher", "lower")},
    "sources": {"type": SOURCE_TYPES},
    "targets": {"op": OPS}, "plan_targets": {"op": OPS},
    "results": {"status": RESULT_STATUSES, "bound": BOUNDS},
}
KEYS: dict[str, list[str]] = {
    "indicators": ["id"], "sources": ["id"],
    "targets": ["year", "indicator", "scope", "period", "source"],
    "results": ["year", "indicator", "scope", "period", "source"]}
REFERENCES = {"indicator": "indicators", "source": "sources", "baseline_source": "sources"}
ENTRIES = ("targets", "results", "plan_targets")


def _columns(table: Table) -> list[str]:
    return list(table.records[0]) if table.records else []


def csv_text(table: Table) -> str:
    """The table as CSV: a header of column names, then one line per record. Data text is
    written as the documents have it (no spreadsheet formula guard: this is data)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    columns = _columns(table)
    writer.writerow(columns)
    for rec in table.records:
        writer.writerow([plain(rec[k]) for k in columns])
    return buf.getvalue()


def _type(name: str, values: list[Any]) -> str:
    if name in INTEGERS:
        return "integer"
    if name in BOOLEANS:
        return "boolean"
    if name in DATES:
        return "date"
    present = [v for v in values if v is not None]
    if present and all(isinstance(v, int | float) and not isinstance(v, bool) for v in present):
        return "number"
    return "string"


def _field(table: Table, name: str) -> dict[str, Any]:
    field: dict[str, Any] = {"name": name,
                             "type": _type(name, [r[name] for r in table.records])}
    if name in DESCRIPTIONS:
        field["description"] = DESCRIPTIONS[name]
    allowed = ENUMS.get(table.name, {}).get(name)
    if allowed:
        field["constraints"] = {"enum": list(allowed)}
    return field


def _schema(table: Table) -> dict[str, Any]:
    columns = _columns(table)
    schema: dict[str, Any] = {"$schema": TABLE_SCHEMA,
                              "fields": [_field(table, c) for c in columns]}
    if table.name in KEYS:
        schema["primaryKey"] = KEYS[table.name]
    if table.name in ENTRIES:
        schema["foreignKeys"] = [
            {"fields": [c], "reference": {"resource": REFERENCES[c], "fields": ["id"]}}
            for c in columns if c in REFERENCES]
    return schema


def _source(s: Record) -> dict[str, Any]:
    title = ", ".join(str(x) for x in (s["number"], s["issuer"], s["date"]) if x)
    out: dict[str, Any] = {"title": f"{title}: {s['title']}" if title else s["title"]}
    if s["url"] and str(s["url"]).startswith(("http://", "https://")):
        out["path"] = s["url"]
    if s["licence_note"]:
        out["licenceNote"] = s["licence_note"]
    return out


def descriptor(ds: Dataset, made: list[Table]) -> dict[str, Any]:
    """datapackage.json: the package, its documents and one resource per table."""
    place = place_name(ds.province)
    dates = [s.date for s in ds.sources.values() if s.date]
    created = max(dates, default=dt.date(2000, 1, 1))
    sources = next(t for t in made if t.name == "sources").records
    return {
        "$schema": PROFILE,
        "name": f"qnplan-{ds.province}",
        "title": f"{place}: plan targets and reported results, every figure cited",
        "description": (
            "Yearly and plan-period targets and the results reported against them, each "
            "with the document that states it and its verbatim words; and the comparisons "
            "qnplan draws from them. Figures are in the indicator's canonical unit (the unit "
            "column; indicators.csv lists them). Made with qnplan; dated by the newest "
            "document."),
        "created": f"{created.isoformat()}T00:00:00Z",
        "sources": [_source(s) for s in sources],
        "resources": [{
            "name": t.name, "type": "table", "path": f"{t.name}.csv", "format": "csv",
            "mediatype": "text/csv", "encoding": "utf-8", "title": t.title,
            "schema": _schema(t)} for t in made if _columns(t)],
    }


def package_files(ds: Dataset) -> dict[str, bytes]:
    """Every file of the package, by name: the CSV tables and datapackage.json."""
    made = tables(ds)
    files = {f"{t.name}.csv": csv_text(t).encode("utf-8") for t in made if _columns(t)}
    text = json.dumps(descriptor(ds, made), ensure_ascii=False, indent=2) + "\n"
    files[DESCRIPTOR] = text.encode("utf-8")
    return files
