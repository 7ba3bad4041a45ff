"""Plain-text cells shared by every output format."""

from __future__ import annotations

import re

from qnplan.i18n import tr
from qnplan.model import Change, Indicator, Result, Status, Target
from qnplan.numbers import format_number, format_percent
from qnplan.units import label

OP_SIGNS = {">": ">", ">=": "≥", "<": "<", "<=": "≤", "~": "≈"}
BOUND_SIGNS = {"lower": ">", "upper": "<", "approx": "≈"}
CHANGE_SIGNS = {Change.RAISED: "▲", Change.LOWERED: "▼", Change.NEW: "+", Change.DROPPED: "−",
                Change.UNCHANGED: "=", Change.CHANGED: "≠"}
STATUS_SIGNS = {Status.MET: "✔", Status.MISSED: "✘", Status.ON_TRACK: "✔", Status.BEHIND: "✘",
                Status.NO_DATA: "·", Status.UNASSESSABLE: "?"}
def word(key: Change | Status, lang: str) -> str:
    """The word for a change or status in the output language."""
    prefix = "change" if isinstance(key, Change) else "status"
    return tr(f"{prefix}.{key.value}", lang)


def change_mark(change: Change, lang: str) -> str:
    """'▲ raised': a symbol as well as a word, so colour is never the only signal."""
    return f"{CHANGE_SIGNS[change]} {word(change, lang)}"


def status_mark(status: Status, lang: str) -> str:
    return f"{STATUS_SIGNS[status]} {word(status, lang)}"


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
