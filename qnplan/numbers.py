"""Vietnamese and English number parsing and formatting, and float-safe comparison."""

from __future__ import annotations

import math
import re
from functools import cache

_TOKEN = re.compile(r"\d+(?:[.,]\d+)*")
_VI = re.compile(r"^\d{1,3}(?:\.\d{3})*(?:,\d+)?$|^\d+(?:,\d+)?$")
_EN = re.compile(r"^\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^\d+(?:\.\d+)?$")
REL_TOL = 1e-9


def parse_number(text: str, lang: str = "vi") -> float:
    """Parse '53.062' / '86,46' (vi) or '53,062' / '86.46' (en); raise ValueError otherwise."""
    s = text.strip()
    sign = -1.0 if s.startswith("-") else 1.0
    s = s.lstrip("+-")
    if lang == "vi" and _VI.match(s):
        return sign * float(s.replace(".", "").replace(",", "."))
    if lang == "en" and _EN.match(s):
        return sign * float(s.replace(",", ""))
    raise ValueError(f"not a {lang} number: {text!r}")


def number_tokens(text: str) -> set[str]:
    """The numbers written in a text, as written ('53.062', '1,0', '01')."""
    return set(_TOKEN.findall(text))


def spellings(value: float) -> set[str]:
    """The ways a document may write a value: 53.062 / 53,062 / 53062; 86,46 / 86.46;
    1 / 01 / 1,0 / 1.0."""
    value = abs(value)
    if value == int(value):
        n = int(value)
        grouped = f"{n:,}"
        out = {str(n), grouped, grouped.replace(",", "."), f"{n},0", f"{n}.0"}
        if n < 10:
            out.add(f"0{n}")
        return out
    en = f"{value:,.6f}".rstrip("0")
    plain = en.replace(",", "")
    vi = en.replace(",", " ").replace(".", ",").replace(" ", ".")
    return {en, plain, vi, plain.replace(".", ",")}


def same(a: float, b: float) -> bool:
    """Equal up to binary floating-point noise."""
    return math.isclose(a, b, rel_tol=REL_TOL, abs_tol=1e-12)


def compare(a: float, b: float) -> int:
    """-1, 0 or 1 as a is below, equal to (float-safe) or above b."""
    if same(a, b):
        return 0
    return -1 if a < b else 1


def round_half_up(value: float, decimals: int) -> float:
    """Round on the decimal value as written (2.675 -> 2.68), never on its binary neighbour."""
    from decimal import ROUND_HALF_UP, Decimal

    if not math.isfinite(value) or abs(value) >= 1e15:  # nothing after the point to round
        return value
    exp = Decimal(1).scaleb(-decimals)
    rounded = float(Decimal(repr(float(f"{value:.12g}"))).quantize(exp, ROUND_HALF_UP))
    return rounded + 0.0  # -0.0 becomes 0.0


@cache
def _locale(lang: str) -> str:
    return "vi_VN" if lang == "vi" else "en_US"


def format_number(value: float | None, lang: str = "en", max_decimals: int = 2) -> str:
    """Format a number the Vietnamese (53.062; 86,46) or English (53,062; 86.46) way."""
    if value is None:
        return ""
    from babel.numbers import format_decimal  # heavy: only the table and report paths need it

    pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals else "")
    # Rounded here, half-up, so that every format shows the same digits as JSON and CSV.
    rounded = round_half_up(value, max_decimals)
    return str(format_decimal(rounded, format=pattern, locale=_locale(lang)))


def format_percent(ratio: float | None, lang: str = "en") -> str:
    """Format a ratio (1.0 = 100%) as a whole-or-one-decimal percentage."""
    if ratio is None:
        return ""
    return format_number(ratio * 100, lang, max_decimals=1) + "%"
