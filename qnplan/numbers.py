"""Vietnamese and English number parsing and formatting, and float-safe comparison."""

from __future__ import annotations

import math
import re
from decimal import Decimal
from functools import cache, lru_cache

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


def show(value: float) -> str:
    """A number for a message: plain digits (9000000, 0.00001, never 9e+06), and never a wall
    of thousands of digits (Python refuses to print an int past 4300 of them)."""
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)
        if abs(value) < 1e16:
            text = format(Decimal(repr(value)), "f")
            return text[:-2] if text.endswith(".0") else text
        value = int(value)
    if abs(value) < 10**16:
        return str(value)
    try:
        digits = len(str(abs(value)))
    except ValueError:  # past the int-to-string limit: count without converting
        digits = int(value.bit_length() * math.log10(2)) + 1
    return f"a number of {digits} digits"


_VI_WRITTEN = re.compile(r"[+-]?[0-9][0-9.,]*")
_VI_THOUSANDS = re.compile(r"[0-9]{1,3}\.[0-9]{3}")


def parse_vi(text: str) -> float:
    """A number written the Vietnamese way in the data: '55.600' -> 55600, '86,46' -> 86.46
    (Babel's strict parser, vi locale); ValueError saying what was probably meant otherwise."""
    written = text.strip()
    if not _VI_WRITTEN.fullmatch(written):
        raise ValueError(f"{text!r} is not a number; write digits, e.g. 55.600 or 86,46")
    from babel.numbers import NumberFormatError, parse_decimal  # only strings need Babel

    try:
        number = parse_decimal(written, locale="vi", strict=True)
    except NumberFormatError as exc:
        meant = getattr(exc, "suggestions", None) or []
        hint = f" (did you mean {meant[-1]!r}?)" if meant else ""
        raise ValueError(f"{text!r} is not a Vietnamese number{hint}: '.' groups thousands "
                         "(55.600) and ',' marks decimals (86,46)") from None
    return float(number)


def misread_thousands(value: float, quote: str) -> str | None:
    """The quote's "55.600" when YAML has read an unquoted 55.600 as 55.6, else None."""
    if not math.isfinite(value):
        return None
    tokens = number_tokens(quote)
    if tokens & spellings(value):
        return None
    for token in sorted(tokens):
        if _VI_THOUSANDS.fullmatch(token) and float(token) == value:
            return token
    return None


def number_tokens(text: str) -> set[str]:
    """The numbers written in a text, as written ('53.062', '1,0', '01')."""
    return set(_TOKEN.findall(text))


@lru_cache(maxsize=4096)  # one figure is stated by several entries and sources
def spellings(value: float) -> frozenset[str]:
    """The ways a document may write a value: 53.062 / 53,062 / 53062; 86,46 / 86.46;
    1 / 01 / 1,0 / 1.0."""
    value = abs(value)
    if value == int(value):
        n = int(value)
        grouped = f"{n:,}"
        out = {str(n), grouped, grouped.replace(",", "."), f"{n},0", f"{n}.0"}
        if n < 10:
            out.add(f"0{n}")
        return frozenset(out)
    en = f"{value:,.6f}".rstrip("0")
    plain = en.replace(",", "")
    vi = en.replace(",", " ").replace(".", ",").replace(" ", ".")
    return frozenset((en, plain, vi, plain.replace(".", ",")))


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
    if abs(value) < 1e12 and float(value).is_integer():  # most figures: nothing to round
        return value + 0.0
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
    # Rounded here, half-up, so that every format shows the same digits as JSON and CSV.
    rounded = round_half_up(value, max_decimals)
    if not math.isfinite(rounded):
        from babel.numbers import format_decimal  # 'NaN' and '∞' as the locale writes them

        pattern = "#,##0" + ("." + "#" * max_decimals if max_decimals else "")
        return str(format_decimal(rounded, format=pattern, locale=_locale(lang)))
    # CLDR's pattern #,##0.## for en and vi, written out: a table of 16k rows spent four
    # fifths of its time in Babel's general formatter.
    if float(rounded).is_integer() and abs(rounded) < 1e15:
        text = f"{int(rounded):,}"
    else:
        from decimal import Decimal

        text = f"{Decimal(repr(rounded)):,.{max_decimals}f}"
        if max_decimals:
            text = text.rstrip("0").rstrip(".")
    if text == "-0":
        text = "0"
    return text.translate(_VI_MARKS) if lang == "vi" else text


_VI_MARKS = str.maketrans(",.", ".,")


def format_percent(ratio: float | None, lang: str = "en") -> str:
    """Format a ratio (1.0 = 100%) as a whole-or-one-decimal percentage."""
    if ratio is None:
        return ""
    return format_number(ratio * 100, lang, max_decimals=1) + "%"
