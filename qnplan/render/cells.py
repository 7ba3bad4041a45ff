"""Plain-text cells shared by the table, Markdown and report renderers (not CSV or JSON,
which carry the numbers themselves)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from qnplan.analysis.assess import Assessment
from qnplan.analysis.compare import Movement
from qnplan.i18n import tr, tr_count, tr_plural, unit_label
from qnplan.model import (
    DEFAULT_SCOPE,
    Change,
    Indicator,
    PlanTarget,
    Result,
    Source,
    Status,
    Target,
)
from qnplan.numbers import format_number, format_percent, same

OP_SIGNS = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈"}
BOUND_SIGNS = {"lower": ">", "upper": "<", "approx": "≈"}
CHANGE_SIGNS = {Change.RAISED: "▲", Change.LOWERED: "▼", Change.NEW: "+", Change.DROPPED: "−",
                Change.NOT_RESTATED: "∅", Change.UNCHANGED: "=", Change.CHANGED: "≠"}
STATUS_SIGNS = {Status.MET: "✔", Status.MISSED: "✘", Status.ON_TRACK: "✔", Status.BEHIND: "✘",
                Status.NO_DATA: "·", Status.UNASSESSABLE: "?"}
SHORT_TEXT = 28  # a qualitative target longer than this reads "qualitative" in a table


def word(key: Change | Status, lang: str) -> str:
    """The word for a change or status in the output language."""
    prefix = "change" if isinstance(key, Change) else "status"
    return tr(f"{prefix}.{key.value}", lang)


def change_mark(change: Change, lang: str) -> str:
    """'▲ raised': a symbol as well as a word, so colour is never the only signal."""
    return f"{CHANGE_SIGNS[change]} {word(change, lang)}"


def movement_mark(mv: Movement, lang: str) -> str:
    """'▲ raised', or '▲ tightened' / '▼ loosened' where the figure stayed and only the
    comparator moved: '▲ raised' beside a change of 0 would say the figure rose."""
    if mv.by_op and mv.change in (Change.RAISED, Change.LOWERED):
        key = "tightened" if mv.change is Change.RAISED else "loosened"
        return f"{CHANGE_SIGNS[mv.change]} {tr(f'change.{key}', lang)}"
    return change_mark(mv.change, lang)


def status_mark(status: Status, lang: str) -> str:
    return f"{STATUS_SIGNS[status]} {word(status, lang)}"


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Show control characters (ANSI escapes, bells) as \\xNN text instead of obeying them."""
    if text.isascii() and text.isprintable():  # the common case, without a regex
        return text
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def number(value: float | None, lang: str) -> str:
    return format_number(value, lang, max_decimals=3)


def target_cell(target: Target | PlanTarget | None, lang: str, full_text: bool = False) -> str:
    """'≥ 1', '3–3.5', '≈ 11', or the qualitative wording (shortened unless full_text)."""
    if target is None:
        return "—"
    if target.op == "qualitative":
        text = target.text or ""
        return text if full_text or len(text) <= SHORT_TEXT else tr("qualitative", lang)
    if target.op == "range":
        return f"{number(target.min, lang)}–{number(target.max, lang)}"
    if none_left(target):
        return tr("cell.none", lang)
    return f"{OP_SIGNS[target.op]} {number(target.value, lang)}"


def none_left(target: Target | PlanTarget) -> bool:
    """Whether a target asks for nothing to remain ("không còn hộ nghèo": ≤ 0), which reads
    "none", never "≤ 0 households"."""
    return target.op == "<=" and target.value is not None and same(target.value, 0)


def result_cell(result: Result | None, lang: str) -> str:
    """'> 0.853 (8M, ≈ estimate)', 'met (FY)' or '—': an estimate is always marked."""
    if result is None:
        return "—"
    if result.value is None:
        shown = (tr("result.met", lang) if result.met else tr("result.not_met", lang)
                 if result.met is not None else "?")
    else:
        sign = BOUND_SIGNS.get(result.bound or "", "")
        shown = f"{sign} {number(result.value, lang)}".strip()
    return f"{shown} {result_suffix(result, lang)}"


def result_with_unit(result: Result, ind: Indicator, lang: str) -> str:
    """'> 45,300 bn VND (8M, ≈ est.)', '99.96% (8M)': a result quoted on its own needs its unit."""
    text, suffix = result_cell(result, lang), result_suffix(result, lang)
    unit = unit_cell(ind, lang, result)
    if not unit:
        return text
    return f"{text.removesuffix(' ' + suffix)}{'' if unit == '%' else ' '}{unit} {suffix}"


def result_suffix(result: Result, lang: str) -> str:
    """'(8M)', or '(8M, ≈ est.)' for an estimate: what follows a result's figure."""
    estimate = ", " + tr("cell.estimate", lang) if result.status == "estimate" else ""
    return f"({period_cell(result.period, lang)}{estimate})"


def period_cell(period: str, lang: str) -> str:
    """'8M', 'FY' in English (the data's own codes); '8 tháng', 'cả năm' in Vietnamese."""
    if period in ("FY", "H1", "H2"):  # H2 only in extract's statements, never in the data
        return tr(f"period.{period}", lang)
    if period.startswith("Q"):
        return tr("period.quarter", lang, n=period[1:])
    return tr("period.months", lang, n=period[:-1])


def entry_cell(entry: Target | Result, lang: str) -> str:
    """A target (its wording in full, if qualitative) or a result, as one plain cell."""
    if isinstance(entry, Target):
        return target_cell(entry, lang, full_text=True)
    return result_cell(entry, lang)


def delta_cell(delta: float | None, lang: str) -> str:
    if delta is None:
        return ""
    sign = "+" if delta > 0 else ""
    return sign + number(delta, lang)


def bounded(text: str, bound: str | None) -> str:
    """A figure derived from a result stated as a bound, marked as one: '> 85.3%'."""
    return f"{BOUND_SIGNS[bound]} {text}" if bound and text else text


def ratio_cell(ratio: float | None, lang: str, bound: str | None = None) -> str:
    """A ratio as a percentage: '128%', or '> 128%' from a result stated as "more than"."""
    return bounded(format_percent(ratio, lang), bound)


def points(gap: float, lang: str, bound: str | None = None) -> str:
    """A difference of two percentages, in points: '+1.03 pts' ('> +1.03 pts' from a result
    stated as "more than")."""
    sign = "+" if gap > 0 else ""
    return bounded(tr_plural("cell.points", 1 if abs(gap) == 1 else 2, lang,
                             gap=sign + format_number(gap, lang, max_decimals=2)), bound)


def pace_cell(a: Assessment | None, lang: str) -> str:
    """Result ÷ the pro-rated target, only where the result was pro-rated."""
    if a is None or not a.pro_rated:
        return ""
    if a.strict_tie:
        return tr("cell.short_by_zero", lang)
    return ratio_cell(a.ratio, lang, a.ratio_bound)


def full_year_cell(a: Assessment | None, ind: Indicator, lang: str) -> str:
    """Result ÷ the target as set (what reports print), or the gap in points for a % target;
    a result exactly at a strict bound reads 'missed by 0', never '100%'."""
    if a is None or (a.full_year_ratio is None and a.gap is None):
        return ""
    if a.strict_tie and not a.pro_rated:
        return tr("cell.missed_by_zero", lang)
    if ind.unit == "%" and a.gap is not None:
        return points(a.gap, lang, a.gap_bound)
    return ratio_cell(a.full_year_ratio, lang, a.ratio_bound)


def indicator_cell(ind: Indicator, scope: str, period: str, lang: str,
                   home: str = DEFAULT_SCOPE) -> str:
    """The indicator's name, with its scope and period where they are not the defaults (the
    folder's province `home`, the full year)."""
    name = ind.name(lang)
    extras = [x for x in (scope if scope != home else "",
                          period_cell(period, lang) if period != "FY" else "") if x]
    return f"{name} [{', '.join(extras)}]" if extras else name


def unit_cell(ind: Indicator, lang: str, *entries: Target | Result | None) -> str:
    """The indicator's unit, or nothing where every entry shown is qualitative."""
    numeric = [e for e in entries if e is not None and (
        e.op != "qualitative" if isinstance(e, Target) else e.value is not None)]
    if entries and not numeric:
        return ""
    return unit_label(ind.unit, lang)


def date_cell(d: date | None, lang: str) -> str:
    """'2023-09-05', or '05/09/2023' in Vietnamese."""
    if d is None:
        return ""
    return d.strftime("%d/%m/%Y") if lang == "vi" else d.isoformat()


def made_line(sources: Iterable[Source], lang: str) -> str:
    """'Made with qnplan from 5 cited documents, the latest dated 2023-09-05.' A report is dated
    by its newest source rather than the day it was written: the same data give the same bytes."""
    cited = list(sources)
    dates = [s.date for s in cited if s.date is not None]
    documents = tr_count("count.document", len(cited), lang)
    if not dates:
        return tr("report.generated_undated", lang, documents=documents)
    return tr("report.generated", lang, documents=documents, date=date_cell(max(dates), lang))
