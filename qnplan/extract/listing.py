"""The review table of `extract`: one row per statement, in document order."""

from __future__ import annotations

from qnplan.extract.statements import Statement
from qnplan.i18n import tr, tr_count, unit_label
from qnplan.numbers import format_number
from qnplan.render.cells import period_cell
from qnplan.render.columns import Tabular

_OP_SIGNS = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈", "range": ""}
_BOUND_SIGNS = {"lower": ">", "upper": "<", "approx": "≈"}
_HEADER_KEYS = ("hx.kind", "h.year", "hx.period", "h.indicator", "hx.figure", "hx.scope",
                "hx.quote")


def figure(st: Statement, lang: str) -> str:
    """'≥ 1,000 bn VND', '8–8.5 %', '> 55,000 bn VND' (a hedged result)."""
    unit = unit_label(st.unit, lang) if st.unit else ""
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
    t = Tabular(keys, [tr(k, lang) for k in _HEADER_KEYS], secondary=("scope", "period"))
    for st in statements:
        name = st.indicator or f"({st.phrase})" if st.phrase else st.indicator or "?"
        kind = tr(f"kind.{st.kind}", lang)
        if st.derived:
            kind = tr("extract.derived", lang, kind=kind)
        period = period_cell(st.period, lang) if st.period else "–"
        t.add([kind, str(st.year or "?"), period, name, figure(st, lang), st.scope, st.quote])
    t.summary = [tr_count("count.statement", len(statements), lang)]
    return t
