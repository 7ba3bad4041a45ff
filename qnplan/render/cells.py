"""Plain-text cells shared by every output format."""

from __future__ import annotations

import re

from qnplan.model import Change, Indicator, Result, Status, Target
from qnplan.numbers import format_number, format_percent
from qnplan.units import label

OP_SIGNS = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈"}
BOUND_SIGNS = {"lower": ">", "upper": "<", "approx": "≈"}
CHANGE_MARKS = {Change.RAISED: "▲ raised", Change.LOWERED: "▼ lowered", Change.NEW: "+ new",
                Change.DROPPED: "− dropped", Change.UNCHANGED: "= unchanged",
                Change.CHANGED: "≠ changed"}
STATUS_MARKS = {Status.MET: "✔ met", Status.MISSED: "✘ missed", Status.ON_TRACK: "✔ on track",
                Status.BEHIND: "✘ behind", Status.NO_DATA: "· no data",
                Status.UNASSESSABLE: "? unassessable"}
STATUS_WORDS = {Status.MET: "met", Status.MISSED: "missed", Status.ON_TRACK: "on track",
                Status.BEHIND: "behind", Status.NO_DATA: "no data",
                Status.UNASSESSABLE: "unassessable"}


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def visible(text: str) -> str:
    """Show control characters (ANSI escapes, bells) as \\xNN text instead of obeying them."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def number(value: float | None, lang: str) -> str:
    return format_number(value, lang, max_decimals=3)


def target_cell(target: Target | None, lang: str, full_text: bool = False) -> str:
    """'≥ 1', '3–3.5', '≈ 11', or the qualitative wording (shortened unless full_text)."""
    if target is None:
        return "—"
    if target.op == "qualitative":
        text = target.text or ""
        return text if full_text or len(text) <= 28 else "qualitative"
    if target.op == "range":
        return f"{number(target.min, lang)}–{number(target.max, lang)}"
    return f"{OP_SIGNS[target.op]} {number(target.value, lang)}"


def result_cell(result: Result | None, lang: str) -> str:
    """'> 0.853 (8M)', 'met (FY)' or '—'."""
    if result is None:
        return "—"
    if result.value is None:
        shown = "met" if result.met else "not met" if result.met is not None else "?"
    else:
        sign = BOUND_SIGNS.get(result.bound or "", "")
        shown = f"{sign} {number(result.value, lang)}".strip()
    return f"{shown} ({result.period})"


def delta_cell(delta: float | None, lang: str) -> str:
    if delta is None:
        return ""
    sign = "+" if delta > 0 else ""
    return sign + number(delta, lang)


def ratio_cell(ratio: float | None, lang: str) -> str:
    return format_percent(ratio, lang)


def indicator_cell(ind: Indicator, scope: str, period: str, lang: str) -> str:
    """The indicator's name, with its scope and period where they are not the defaults."""
    name = ind.name(lang)
    extras = [x for x in (scope if scope != "quang-ninh" else "", period if period != "FY" else "")
              if x]
    return f"{name} [{', '.join(extras)}]" if extras else name


def unit_cell(ind: Indicator, lang: str) -> str:
    return label(ind.unit, lang)
