"""The review table of `extract`: one row per statement, in document order."""

from __future__ import annotations

from qnplan.extract.statements import Statement
from qnplan.numbers import format_number
from qnplan.render.columns import Tabular
from qnplan.units import label

_OP_SIGNS = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈", "range": ""}
_BOUND_SIGNS = {"lower": ">", "upper": "<", "approx": "≈"}
HEADERS = {
    "en": ["Kind", "Year", "Period", "Indicator", "Figure", "Scope", "Quote"],
    "vi": ["Loại", "Năm", "Kỳ", "Chỉ tiêu", "Số liệu", "Phạm vi", "Trích dẫn"],
}


def figure(st: Statement, lang: str) -> str:
    """'≥ 1,000 bn VND', '8–8.5 %', '> 55,000 bn VND' (a hedged result)."""
    unit = label(st.unit, lang) if st.unit else ""
    if st.min is not None and st.max is not None:
        number = f"{format_number(st.min, lang)}–{format_number(st.max, lang)}"
    else:
        number = format_number(st.value, lang)
    sign = _OP_SIGNS.get(st.op or "", "") if st.kind == "target" else _BOUND_SIGNS.get(
        st.bound or "", "")
    return " ".join(p for p in (sign, number, unit) if p)


def statements_tabular(statements: list[Statement], lang: str = "en") -> Tabular:
    """A Tabular for the review table; derived figures are marked and have no indicator."""
    keys = ["kind", "year", "period", "indicator", "figure", "scope", "quote"]
    t = Tabular(keys, HEADERS.get(lang, HEADERS["en"]), secondary=("scope", "period"))
    for st in statements:
        name = st.indicator or f"({st.phrase})" if st.phrase else st.indicator or "?"
        kind = st.kind + (" (derived)" if st.derived else "")
        t.add([kind, str(st.year or "?"), st.period or "–", name, figure(st, lang), st.scope,
               st.quote])
    t.summary = [f"{len(statements)} statements"]
    return t
