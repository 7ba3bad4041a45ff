"""Turning statements into output: the DESIGN §7 JSON, and draft data entries (DESIGN §1)
grouped per year file, for review or for `--write`."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field

from qnplan.extract.statements import Statement
from qnplan.i18n import tr, words
from qnplan.message import Message, msg
from qnplan.model import DEFAULT_SCOPE, Indicator
from qnplan.numbers import number_tokens, spellings
from qnplan.units import UNITS, convert

FIELDS = ("kind", "year", "period", "indicator", "phrase", "op", "value", "min", "max", "unit",
          "bound", "scope", "derived", "confidence", "quote")
SURE = 0.9  # below this a draft entry carries a comment saying why it is unsure


def plain(x: float | None) -> float | int | None:
    """45900.0 -> 45900, for output that reads like the document."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() and abs(x) < 1e15 else x


def statements_json(document: str, date: dt.date | None, scope: str,
                    statements: list[Statement]) -> str:
    """The DESIGN §7 JSON document."""
    items = []
    for st in statements:
        item = {k: getattr(st, k) for k in FIELDS}
        item["period"] = st.period or None  # a single month fits no period
        if st.span is not None:  # a plan-period figure (DESIGN §9)
            item["span"], item["basis"] = list(st.span), st.basis
        for k in ("value", "min", "max"):
            item[k] = plain(item[k])
        items.append(item)
    return json.dumps({"document": document, "date": date.isoformat() if date else None,
                       "scope": scope, "statements": items}, ensure_ascii=False, indent=2) + "\n"


@dataclass
class Draft:
    """One draft entry and why it may be wrong."""

    section: str  # targets | actuals
    year: int
    fields: dict[str, object]
    doubts: list[Message] = field(default_factory=list)
    span: tuple[int, int] | None = None  # a plan period's years: section 'plans', year its first

    @property
    def file(self) -> str:
        """The data file it belongs in: 'targets/2026.yaml', 'plans/2026-2030.yaml'."""
        if self.span is not None:
            return f"plans/{self.span[0]}-{self.span[1]}.yaml"
        return f"{self.section}/{self.year}.yaml"


def _doubts(st: Statement, ind: Indicator | None) -> list[Message]:
    why: list[Message] = []
    if st.confidence < SURE:
        why.extend([msg(key) for key in st.doubts]
                   or [msg("doubt.confidence", confidence=st.confidence)])
    if ind is not None and st.unit not in UNITS:
        why.append(msg("doubt.unit", unit=st.unit, indicator_unit=ind.unit))
    return why


def drafts(statements: list[Statement], indicators: dict[str, Indicator], source: str,
           status: str | None = None, home: str = DEFAULT_SCOPE,
           ) -> tuple[list[Draft], list[tuple[Statement, Message]]]:
    """Draft entries for the statements that can become data, and the others with the reason
    why (a Message, worded where it is shown);
    a result's status is `status` if given, else what its words say; `scope` is written
    where it is not the folder's province `home`."""
    out: list[Draft] = []
    left: list[tuple[Statement, Message]] = []
    chosen: dict[tuple[object, ...], tuple[Statement, int]] = {}
    for st in statements:
        if st.headline and "doubt.no_year" in st.doubts and (
                "doubt.kind_default" in st.doubts or "doubt.kind_carried" in st.doubts):
            left.append((st, msg("left.headline")))
            continue
        if st.derived:
            left.append((st, msg("left.derived")))
            continue
        if st.indicator is None:
            left.append((st, msg("left.no_indicator")))
            continue
        if st.year is None:
            left.append((st, msg("left.no_year")))
            continue
        if not st.period:
            left.append((st, msg("left.single_month")))
            continue
        if st.span is not None and st.kind != "target":
            left.append((st, msg("left.period_result", start=st.span[0], end=st.span[1])))
            continue
        if st.period == "H2" and st.span is None:  # DESIGN §1's part-years run from January
            left.append((st, msg("left.second_half")))
            continue
        ind = indicators[st.indicator]
        f: dict[str, object] = {"indicator": st.indicator}
        unit = _unit_as_quoted(st, ind)
        if st.span is not None:
            f["basis"] = st.basis
        if st.kind == "target":
            f["op"] = st.op
            if st.op == "range":
                f["min"], f["max"] = _in(st.min, st.unit, unit), _in(st.max, st.unit, unit)
            else:
                f["value"] = _in(st.value, st.unit, unit)
        else:
            f["value"] = _in(st.value if st.value is not None else st.min, st.unit, unit)
        if unit != ind.unit:
            f["unit"] = unit
        if st.scope != home:
            f["scope"] = st.scope
        if st.span is None and (st.period != "FY" or st.kind == "result"):
            f["period"] = st.period
        if st.kind == "result":
            # an estimate only where the words say so ('ước đạt'); else as reported
            f["status"] = status or ("estimate" if st.estimate else "reported")
            if st.bound:
                f["bound"] = st.bound
        f["source"] = source
        f["quote"] = st.quote
        section = "targets" if st.kind == "target" else "actuals"
        year = st.year
        if st.span is not None:
            section, year = "plans", st.span[0]
        key = (section, year, st.span, st.indicator, st.scope, st.period, st.basis)
        if key in chosen:  # one entry per key: keep the figure stated most surely
            other, at = chosen[key]
            if _rank(st) <= _rank(other):
                left.append((st, msg("left.repeated", quote=other.quote)))
                continue
            left.append((other, msg("left.repeated", quote=st.quote)))
            out[at] = Draft(section, year, f, _doubts(st, ind), st.span)
            chosen[key] = (st, at)
            continue
        chosen[key] = (st, len(out))
        out.append(Draft(section, year, f, _doubts(st, ind), st.span))
    return out, left


def _rank(st: Statement) -> tuple[bool, float]:
    """How surely a statement states its figure: the body over a headline, then confidence."""
    return (not st.headline, st.confidence)


def _in(value: float | None, unit: str, wanted: str) -> float | int | None:
    if value is None or unit not in UNITS or unit == wanted:
        return plain(value)
    return plain(convert(value, unit, wanted))


def _unit_as_quoted(st: Statement, ind: Indicator) -> str:
    """The unit of the indicator's dimension in which the quote writes the value (600 mn_usd,
    not 0.6 bn_usd), so that `validate` finds the value in the quote."""
    if st.unit not in UNITS or ind.unit is None:
        return ind.unit or st.unit
    value = st.value if st.value is not None else st.min
    if value is None:
        return st.unit
    written = number_tokens(st.quote)
    for code, (dim, _) in UNITS.items():
        if dim == UNITS[st.unit][0] and spellings(convert(value, st.unit, code)) & written:
            return code
    return st.unit


_YAML_WORDS = frozenset({"true", "false", "yes", "no", "on", "off", "null", "y", "n"})


def _scalar(v: object) -> str:
    if isinstance(v, str) and re.fullmatch(r"(?=.*[a-zA-Z])[a-zA-Z0-9][a-zA-Z0-9_-]*", v) and (
            v.lower() not in _YAML_WORDS):
        return v
    if isinstance(v, str):
        return json.dumps(v, ensure_ascii=False)  # a JSON string is a valid YAML scalar
    return str(v)


def entry_yaml(d: Draft, lang: str) -> str:
    """One draft as a YAML list item, indented for a targets:/actuals: list; why it may be
    wrong in a comment, in `lang`."""
    lines = []
    if d.doubts:
        why = "; ".join(words(doubt, lang) for doubt in d.doubts)
        lines.append(f"  # {tr('extract.unsure', lang, why=why)}")
    for i, (k, v) in enumerate(d.fields.items()):
        lines.append(f"{'  - ' if i == 0 else '    '}{k}: {_scalar(v)}")
    return "\n".join(lines) + "\n"


def drafts_yaml(items: list[Draft], lang: str) -> str:
    """Draft entries grouped per file, each group a valid file of its own, commented in
    `lang`."""
    groups: dict[str, list[Draft]] = {}
    for d in items:
        groups.setdefault(d.file, []).append(d)
    chunks = []
    for name, ds in sorted(groups.items(), key=lambda kv: (kv[1][0].year, kv[0])):
        chunks.append(f"# {name}\n{file_head(ds[0])}{''.join(entry_yaml(d, lang) for d in ds)}")
    return "---\n".join(chunks) if chunks else f"# {tr('extract.no_drafts', lang)}\n"


def file_head(d: Draft) -> str:
    """The lines a new data file for `d` starts with."""
    if d.span is not None:
        return f"period: [{d.span[0]}, {d.span[1]}]\ntargets:\n"
    return f"year: {d.year}\n{d.section}:\n"
