"""JSON Schema of the five data file kinds, generated from the model's Structs, for editors
(yaml-language-server) and CI (check-jsonschema). The files in schema/ are this, written by
`make schema`; a test keeps them in sync."""

from __future__ import annotations

import re
from typing import Any

import msgspec

from qnplan.model import (
    PERIOD_PATTERN,
    ActualsFile,
    IndicatorsFile,
    PlansFile,
    SettingsFile,
    SourcesFile,
    TargetsFile,
)
from qnplan.units import CAPITALISED, SPELLINGS, UNITS

DIALECT = "https://json-schema.org/draft/2020-12/schema"
KINDS: dict[str, type] = {"indicators": IndicatorsFile, "sources": SourcesFile,
                          "targets": TargetsFile, "actuals": ActualsFile, "plans": PlansFile,
                          "settings": SettingsFile}
NUMERIC_OPS = [">", ">=", "<", "<=", "~"]

# What each field means, shown by editors on hover. Every field of every Struct needs one
# (tests/test_schema.py checks).
# What a yearly target and a plan-period target describe alike.
_TARGET_FIGURES = {
    "source": "Source id from sources.yaml.",
    "quote": "The source's verbatim words stating the target.",
    "value": "Target value, in unit (default: the indicator's unit).",
    "min": "Lower end of a range target.",
    "max": "Upper end of a range target.",
    "text": "Wording of a qualitative target.",
    "unit": "Unit of the figures, if not the indicator's: a code or a Vietnamese spelling "
            "of the same dimension.",
    "scope": "Place the target is about, as a slug (default: the folder's province).",
}
_TARGET_TOLERANCE = "For op ~: the accepted shortfall as a fraction (default 0.05)."

DESCRIPTIONS: dict[str, dict[str, str]] = {
    "IndicatorsFile": {
        "": "indicators.yaml: the registry of indicators, keyed by lower_snake_case id.",
        "indicators": "Indicator id (lower_snake_case, unit-free, e.g. fdi) -> its definition.",
    },
    "IndicatorSpec": {
        "": "One indicator: what it measures and how a result is judged against a target.",
        "name": "Display names in English and Vietnamese.",
        "category": "Group shown in tables and usable with --category.",
        "unit": "Canonical unit of the indicator; null only for qualitative indicators.",
        "kind": "flow: accumulates over the year, pro-rated for part years; level: a state at "
                "a date; growth: a year-on-year rate; qualitative: judged by a result's met flag.",
        "better": "Whether a higher or a lower value is better.",
        "aliases": "Vietnamese phrases that name the indicator in documents; qnplan extract "
                   "uses them to choose the id.",
        "note": "Free-text remark for readers of the data.",
    },
    "Names": {
        "": "A name in both languages.",
        "en": "English name.",
        "vi": "Vietnamese name.",
    },
    "SourcesFile": {
        "": "sources.yaml: the registry of cited documents, keyed by id.",
        "sources": "Source id (lower-case words joined by '-') -> the document.",
    },
    "SourceSpec": {
        "": "One cited document.",
        "type": "plan: People's Council resolution or People's Committee decision adopting the "
                "plan; directive: Party committee resolution; report: government progress "
                "report; statistics: statistics office release; press: news article.",
        "title": "Title as published.",
        "issuer": "Body that issued or published it.",
        "date": "Date of adoption or publication (YYYY-MM-DD), null when the document does "
                "not state it.",
        "number": "Document number, e.g. 128/NQ-HĐND.",
        "url": "Where the document was published, if known.",
        "text": "Path of the document's full text, relative to the data directory; enables "
                "quote checks.",
        "note": "Free-text remark: provenance, how a date or number was established.",
        "plan_for": "The year whose targets this document sets as a whole (a yearly plan or "
                    "directive), so that a target it leaves out is 'dropped' (DESIGN §4).",
    },
    "TargetsFile": {
        "": "targets/YEAR.yaml: the targets set for one year.",
        "year": "The year the targets are for; must match the file name.",
        "targets": "Targets, each stated by one source.",
    },
    "TargetSpec": {
        "": "One target as one source states it.",
        "indicator": "Indicator id from indicators.yaml.",
        "op": "How the result is judged: > >= < <= ~ (about, within tolerance) need value; "
              "range needs min and max; qualitative needs text.",
        **_TARGET_FIGURES,
        "period": "Part of the year by which it is due: FY (default), H1, Qn, or nM (the first "
                  "n months).",
        "tolerance": _TARGET_TOLERANCE,
        "note": "Free-text remark, e.g. how the wording was read.",
    },
    "ActualsFile": {
        "": "actuals/YEAR.yaml: the results reported for one year.",
        "year": "The year the results are for; must match the file name.",
        "actuals": "Results, each reported by one source.",
    },
    "ActualSpec": {
        "": "One result as one source reports it.",
        "indicator": "Indicator id from indicators.yaml.",
        "source": "Source id from sources.yaml.",
        "quote": "The source's verbatim words stating the result.",
        "period": "Part of the year the result covers: FY, H1, Qn, or nM (year to date).",
        "status": "How final the figure is: estimate, reported or final.",
        "value": "Result value, in unit (default: the indicator's unit).",
        "met": "For a qualitative result: whether the target was met.",
        "text": "Wording of a qualitative result.",
        "unit": "Unit of the value, if not the indicator's: a code or a Vietnamese spelling of "
                "the same dimension.",
        "bound": "The report's hedge: lower for 'trên'/'hơn' (more than), upper for 'gần' "
                 "(nearly), approx for 'khoảng'.",
        "scope": "Place the result is about, as a slug (default: the folder's province).",
        "as_of": "Date the result was reported at (YYYY-MM-DD).",
        "note": "Free-text remark.",
    },
    "SettingsFile": {
        "": "settings.yaml: what the data folder is about (optional; without it, Quảng Ninh).",
        "province": "The province or centrally-run city the folder is about, as its slug (one "
                    "of the 34 from 1 July 2025): the scope of every entry that names none.",
    },
    "PlansFile": {
        "": "plans/FROM-TO.yaml: the targets of a plan period (a five-year plan, a strategy "
            "to 2030), DESIGN §9.",
        "period": "The period's first and last year, [FROM, TO]; must match the file name.",
        "targets": "Period targets, each stated by one source.",
    },
    "PlanTargetSpec": {
        "": "One plan-period target as one source states it.",
        "indicator": "Indicator id from indicators.yaml.",
        "basis": "How the period is judged: average (compound rate for growth, mean otherwise), "
                 "end (the last year's level), total (sum of the years, flows only), each_year "
                 "(every year as a yearly target).",
        "op": "How the figure is judged: > >= < <= ~ (about, within tolerance) need value; "
              "range needs min and max; qualitative needs text.",
        **_TARGET_FIGURES,
        "tolerance": _TARGET_TOLERANCE,
        "baseline": "The figure the period starts from, cited (used by basis end).",
        "note": "Free-text remark, e.g. how the wording was read.",
    },
    "BaselineSpec": {
        "": "A period target's starting figure, with its own source and quote.",
        "year": "The year of the figure: before the period or its first year.",
        "value": "The figure, in unit (default: the indicator's unit).",
        "source": "Source id from sources.yaml.",
        "quote": "The source's verbatim words stating the figure.",
        "unit": "Unit of the value, if not the indicator's.",
    },
}


def unit_spellings() -> list[str]:
    """Every unit the loader accepts as written: codes, Vietnamese spellings, and their usual
    capitalisation ('tỷ USD')."""
    return sorted(set(UNITS) | set(SPELLINGS) | set(CAPITALISED))


def periods() -> list[str]:
    """Every period the loader accepts."""
    candidates = ["FY", "H1", "H2", "Q1", "Q2", "Q3", "Q4"] + [f"{n}M" for n in range(1, 13)]
    return [p for p in candidates if re.match(PERIOD_PATTERN, p)]


def _nullable(schema: dict[str, Any], enum: list[str]) -> None:
    """Replace a (possibly nullable) string property's type by an enum."""
    if "anyOf" in schema:
        schema["anyOf"] = [{"enum": enum} if s.get("type") == "string" else s
                           for s in schema["anyOf"]]
    else:
        schema.pop("type", None)
        schema.pop("pattern", None)
        schema["enum"] = enum


def _describe(defs: dict[str, Any]) -> None:
    """Put DESCRIPTIONS into the schema (a field without one stays bare: a test fails)."""
    for name, definition in defs.items():
        docs = DESCRIPTIONS.get(name, {})
        if "" in docs:
            definition["description"] = docs[""]
        for field, prop in definition.get("properties", {}).items():
            if field in docs:
                prop["description"] = docs[field]


def _op_rules() -> list[dict[str, Any]]:
    """Which fields each op needs, as the loader enforces them."""
    number = {"not": {"type": "null"}}  # a number, or one written the Vietnamese way
    absent = {"type": "null"}

    def when(op: dict[str, Any], props: dict[str, Any], required: list[str]) -> dict[str, Any]:
        return {"if": {"properties": {"op": op}, "required": ["op"]},
                "then": {"properties": props, "required": required}}

    return [
        when({"enum": NUMERIC_OPS}, {"value": number, "min": absent, "max": absent}, ["value"]),
        when({"const": "range"}, {"min": number, "max": number, "value": absent}, ["min", "max"]),
        when({"const": "qualitative"}, {"text": {"type": "string"}, "value": absent},
             ["text"]),
    ]


def schemas() -> dict[str, dict[str, Any]]:
    """{"indicators": schema, "sources": ..., "targets": ..., "actuals": ..., "plans": ...}."""
    out = {}
    units, all_periods = unit_spellings(), periods()
    for kind, struct in KINDS.items():
        schema = msgspec.json.schema(struct)
        defs = schema["$defs"]
        _describe(defs)
        for name, definition in defs.items():
            props = definition.get("properties", {})
            for prop in props.values():
                if "anyOf" in prop:  # msgspec's order of `X | None` differs between releases
                    prop["anyOf"].sort(key=lambda member: member == {"type": "null"})
            if "unit" in props:
                _nullable(props["unit"], units)
            if "period" in props and name != "PlansFile":  # a plans file's period is [FROM, TO]
                _nullable(props["period"], all_periods)
        for name in ("TargetSpec", "PlanTargetSpec"):
            if name in defs:
                defs[name]["allOf"] = _op_rules()
        if "ActualSpec" in defs:
            defs["ActualSpec"]["anyOf"] = [
                {"properties": {"value": {"not": {"type": "null"}}}, "required": ["value"]},
                {"properties": {"met": {"type": "boolean"}}, "required": ["met"]}]
        out[kind] = {"$schema": DIALECT, "$id": schema_id(kind),
                     "title": f"qnplan {kind} file",
                     "description": DESCRIPTIONS[struct.__name__][""], **schema}
    return out


def schema_id(kind: str) -> str:
    """The schema's identifier: a name, not a download address (the files live in schema/)."""
    return f"urn:qnplan:schema:{kind}"

