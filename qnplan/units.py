"""Unit codes, their Vietnamese spellings, and conversion between units of one dimension."""

from __future__ import annotations

# code -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    "%": ("percent", 1.0),
    "pp": ("percentage_points", 1.0),
    "bn_vnd": ("vnd", 1e9),
    "bn_usd": ("usd", 1e9),
    "mn_usd": ("usd", 1e6),
    "usd": ("usd", 1.0),
    "persons": ("persons", 1.0),
    "enterprises": ("enterprises", 1.0),
    "households": ("households", 1.0),
    "per_10k": ("per_10k", 1.0),
    "mn_visits": ("visits", 1e6),
    "visits": ("visits", 1.0),
    "count": ("count", 1.0),
}

# Amounts and counts: never negative, and restated with nghìn/triệu/tỷ in documents.
AMOUNT_UNITS = frozenset({"bn_vnd", "bn_usd", "mn_usd", "usd", "persons", "enterprises",
                          "households", "per_10k", "mn_visits", "visits", "count"})

SPELLINGS: dict[str, str] = {
    "tỷ đồng": "bn_vnd",
    "tỷ usd": "bn_usd",
    "triệu usd": "mn_usd",
    "người": "persons",
    "lao động": "persons",
    "việc làm": "persons",
    "doanh nghiệp": "enterprises",
    "hộ": "households",
    "/1 vạn dân": "per_10k",
    "triệu lượt": "mn_visits",
    "lượt": "visits",
}

# Units as the press capitalises them, accepted as written beside SPELLINGS' lower case.
CAPITALISED = ("USD", "triệu USD", "tỷ USD")

SIGNIFICANT_DIGITS = 12


def canonical_unit(spelling: str) -> str | None:
    """Return the unit code for a code or a Vietnamese spelling, or None if unknown."""
    if spelling in UNITS:
        return spelling
    folded = " ".join(spelling.split()).lower()
    if folded in UNITS:
        return folded
    return SPELLINGS.get(folded)


def convertible(unit_from: str, unit_to: str) -> bool:
    """Whether two unit codes measure the same dimension."""
    return UNITS[unit_from][0] == UNITS[unit_to][0]


def clean(value: float) -> float:
    """Round away binary noise so that 2.7 converted back and forth is 2.7 again."""
    return float(f"{value:.{SIGNIFICANT_DIGITS}g}")


def convert(value: float, unit_from: str, unit_to: str) -> float:
    """Convert a value between unit codes of one dimension."""
    if unit_from == unit_to:
        return value
    dim_from, f_from = UNITS[unit_from]
    dim_to, f_to = UNITS[unit_to]
    if dim_from != dim_to:
        raise ValueError(f"cannot convert {unit_from} to {unit_to}")
    return clean(value * f_from / f_to)
