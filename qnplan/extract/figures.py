"""One figure in its clause -> a Statement: whether it is a figure of its own or a derived
one, then its kind, year, period, plan period, indicator, scope, operator and confidence."""

from __future__ import annotations

import re

from qnplan.extract import cues
from qnplan.extract.document import Clause, Memory, Passage
from qnplan.extract.kinds import dated_kind, kind_of
from qnplan.extract.periods import figure_period, figure_year, plan_basis, plan_span
from qnplan.extract.quantities import ZERO, Quantity
from qnplan.extract.scopes import scope_of
from qnplan.extract.statement import Statement
from qnplan.extract.subjects import indicator_of, phrase_of
from qnplan.extract.vocabulary import Vocabulary
from qnplan.model import Indicator
from qnplan.units import UNITS, convert, convertible

_RANKING = re.compile(r"(?:thứ|hạng|top)\s*:?\s*$")
_OPEN_BRACKET = re.compile(r"\(\s*$")
# '21/33 chỉ tiêu (đạt 83%)': the share of a count met, not a figure of its own
_OF_COUNT = re.compile(r"\d+\s*/\s*\d+\s+(?:chỉ tiêu|tiêu chí|nhiệm vụ|nội dung|xã|huyện|"
                       r"dự án|chương trình)[^.;%]{0,50}$")
# a clause defining a group by a threshold ('nhóm các tỉnh có mức tăng trưởng từ 8% trở lên')
_GROUP = re.compile(r"(?:\bnhóm\b|(?:các|những) (?:tỉnh|địa phương|thành phố|huyện)[^.;]{0,20}"
                    r"\bcó\b)[^.;]{0,60}(?:từ|trên|ít nhất)?\s*$")

_KIND_DOUBT = {  # catalogue keys (qnplan/i18n/en/extract.py): the draft comment follows --lang
    "running": "doubt.kind_running",
    "carried": "doubt.kind_carried",
    "default": "doubt.kind_default",
}


def figure_statement(p: Passage, c: Clause, q: Quantity, previous_end: int, memory: Memory,
                     earlier: list[Statement], vocabulary: Vocabulary,
                     indicators: dict[str, Indicator]) -> Statement | None:
    """The statement a figure makes (None for a rank, a threshold or a 'không còn' of no
    indicator); `previous_end` is where the figure before it in the clause ends (else the
    clause's start), `earlier` the sentence's statements so far."""
    doc, s, low = p.doc, p.sentence, p.doc.low
    before = low[previous_end:q.number_start]
    after = low[q.end:c.span.end]
    if _RANKING.search(before):
        return None
    derived = cues.is_derived(before, after, q.unit) or (
        q.unit == "%" and bool(_OF_COUNT.search(low, max(s.start, q.number_start - 80),
                                               q.number_start))) or (
        q.unit in ("%", "") and previous_end <= c.span.start
        and bool(cues.DERIVED_CLAUSE.search(low, c.subject_start, q.number_start)))
    bracket = bool(_OPEN_BRACKET.search(low[max(s.start, c.span.start - 3):c.span.start]))
    context_start = s.clauses[c.index - 1].start if bracket and c.index else c.span.start
    kind, how = kind_of(p, c, context_start, q, after, memory, earlier)
    year, explicit_year = figure_year(p, c, q, memory, kind)
    period = figure_period(p, c, q, memory, kind)
    span = plan_span(p, c, q)
    if span is not None:  # '10% trở lên mỗi năm' for 2026-2030: the period's, not a year's
        year, explicit_year, period = span[1], True, "FY"
    kind = dated_kind(p, q, kind, how, year, period)
    op = cues.op_before(before, after)
    if q.min is not None:
        op = "range"
    if q.written == ZERO:
        op = "<="
    indicator, phrase = (None, "") if derived else indicator_of(
        p, c, q, previous_end, memory, earlier, vocabulary, indicators)
    if q.written == ZERO and indicator is None:
        return None  # 'không còn' about something that is not an indicator
    if op == ">=" and _GROUP.search(low, s.start, q.number_start):
        return None  # 'nhóm các tỉnh có mức tăng trưởng từ 8% trở lên': a threshold
    scope = scope_of(p, q, context_start, indicator, phrase)
    if not phrase:
        phrase = phrase_of(doc.text, c.span.start if not bracket else context_start,
                           q.number_start)
    basis = None if span is None else plan_basis(p, c, q, indicators, indicator)
    value, vmin, vmax, unit = q.value, q.min, q.max, q.unit
    if indicator is not None:
        value, vmin, vmax, unit = _to_indicator_unit(q, indicators[indicator].unit)
    quote = doc.text[context_start:c.span.end + (1 if bracket and c.span.end < s.end
                                                 and doc.text[c.span.end] == ")" else 0)]
    confidence = round(0.5 + 0.2 * (indicator is not None) + 0.2 * (how == "cue")
                       + 0.1 * explicit_year, 2)
    doubts = tuple(d for d in (
        _KIND_DOUBT.get(how),
        None if explicit_year else "doubt.no_year",
        None if indicator is not None else "doubt.no_indicator",
    ) if d)
    return Statement(
        kind=kind, year=year, period=period, indicator=indicator, phrase=phrase,
        op=(op or ">=") if kind == "target" else None, value=value, min=vmin, max=vmax,
        unit=unit, bound=cues.bound_of(op, before) if kind == "result" else None, scope=scope,
        derived=derived, confidence=confidence, quote=quote, start=q.start,
        headline=s.paragraph == 0 and doc.titled, doubts=doubts,
        estimate=kind == "result" and bool(cues.FORESEE.search(
            low, s.start, q.number_start)), span=span, basis=basis)


def _to_indicator_unit(q: Quantity, unit: str | None) -> tuple[float | None, float | None,
                                                                float | None, str]:
    if unit is None or q.unit not in UNITS or q.unit == unit or not convertible(q.unit, unit):
        return q.value, q.min, q.max, unit or q.unit

    def conv(v: float | None) -> float | None:
        return None if v is None else convert(v, q.unit, unit)

    return conv(q.value), conv(q.min), conv(q.max), unit
