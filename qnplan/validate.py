"""Checks on parsed entries: each returns Issues with stable codes and never prints."""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from typing import Any

import msgspec

from qnplan.loader import LoadedFile, PathKey
from qnplan.model import OPS, PERIOD_PATTERN, SCOPE_PATTERN, Indicator, Source
from qnplan.numbers import number_tokens, spellings
from qnplan.units import SPELLINGS, UNITS, canonical_unit, convertible

_PERIOD = re.compile(PERIOD_PATTERN)
_SCOPE = re.compile(SCOPE_PATTERN)
_MSGSPEC_AT = re.compile(r" - at `\$(.*)`$")
_FIELD = re.compile(r"`(\w+)`")
_TYPE_WORDS = {"int | float | null": "a number", "int | float": "a number", "str": "text",
               "str | null": "text", "bool | null": "true or false", "int": "a whole number",
               "date | null": "a date (YYYY-MM-DD)", "object": "a mapping (key: value)",
               "array": "a list of entries (- ...)"}
ZERO_WORDS = ("không còn", "không để", "không có")


def suggest(name: str, known: Any) -> str:
    """' (did you mean X?)' for a near miss, else ''."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.75)
    return f" (did you mean {close[0]!r}?)" if close else ""


def convert_entry(loaded: LoadedFile, key: PathKey, raw: Any, spec: type[Any]) -> Any | None:
    """msgspec-validate one entry's types and fields, reporting a located, readable issue."""
    try:
        return msgspec.convert(raw, spec)
    except msgspec.ValidationError as exc:
        text = str(exc)
        at = _MSGSPEC_AT.search(text)
        sub: PathKey = ()
        if at:
            text = text[: at.start()]
            sub = tuple(int(p) if p.isdigit() else p
                        for p in re.findall(r"\.(\w+)|\[(\d+)\]", at.group(1)) for p in p if p)
        field = ".".join(str(p) for p in sub)
        if text.startswith("Object missing required field"):
            missing = _FIELD.search(text)
            name = missing.group(1) if missing else "?"
            name = f"{field}.{name}" if field else name
            loaded.issue((*key, *sub), "missing-field", f"missing required field {name!r}")
        elif text.startswith("Object contains unknown field"):
            unknown = _FIELD.search(text)
            name = unknown.group(1) if unknown else "?"
            hint = suggest(name, getattr(spec, "__struct_fields__", ()))
            loaded.issue((*key, *sub, name), "unknown-field", f"unknown field {name!r}{hint}")
        elif text.startswith("Expected"):
            m = re.match(r"Expected `([^`]*)`, got `([^`]*)`", text)
            want, got = (m.group(1), m.group(2)) if m else ("?", "?")
            loaded.issue((*key, *sub), "wrong-type",
                         f"{field or 'entry'}: expected {_TYPE_WORDS.get(want, want)}, got {got}")
        else:
            loaded.issue((*key, *sub), "invalid-value", f"{field or 'entry'}: {text}")
        return None


def check_op(loaded: LoadedFile, key: PathKey, raw: dict[str, Any]) -> bool:
    """Explain the YAML traps around `op` before type checks blur them."""
    if "op" not in raw:
        return True
    op = raw["op"]
    if op is None:
        loaded.issue((*key, "op"), "unknown-op", 'op: ~ is YAML\'s null; write op: "~"')
        return False
    if op == "":
        loaded.issue((*key, "op"), "unknown-op",
                     'op is empty: an unquoted > starts a block of text in YAML; write op: ">"')
        return False
    if isinstance(op, str) and op not in OPS:
        loaded.issue((*key, "op"), "unknown-op",
                     f"unknown op {op!r}; use one of {', '.join(OPS)}{suggest(op, OPS)}")
        return False
    return True


def check_reference(loaded: LoadedFile, key: PathKey, indicator: str, source: str,
                    indicators: dict[str, Indicator], sources: dict[str, Source]) -> bool:
    ok = True
    if indicator not in indicators:
        loaded.issue((*key, "indicator"), "unknown-indicator",
                     f"unknown indicator {indicator!r}{suggest(indicator, indicators)}; "
                     "add it to indicators.yaml or fix the id")
        ok = False
    if source not in sources:
        loaded.issue((*key, "source"), "unknown-source",
                     f"unknown source {source!r}{suggest(source, sources)}; "
                     "add it to sources.yaml or fix the id")
        ok = False
    return ok


def check_period_scope(loaded: LoadedFile, key: PathKey, period: str, scope: str) -> bool:
    ok = True
    if not _PERIOD.match(period):
        loaded.issue((*key, "period"), "bad-period",
                     f"unknown period {period!r}; use FY, H1, Q1-Q4 or 1M-11M")
        ok = False
    if not _SCOPE.match(scope):
        loaded.issue((*key, "scope"), "bad-scope",
                     f"scope {scope!r} must be lower-case words joined by '-', e.g. mong-cai")
        ok = False
    return ok


def check_aliases(loaded: LoadedFile, key: PathKey, aliases: list[str], unit: str | None,
                  seen: dict[tuple[str, str | None], str]) -> list[str]:
    """An indicator's usable aliases; an empty one, or one that already names another
    indicator of the same dimension, is reported (extract could not choose between them)."""
    dimension = UNITS[unit][0] if unit in UNITS else None
    out = []
    for i, alias in enumerate(aliases):
        folded = " ".join(unicodedata.normalize("NFC", alias).lower().split())
        if not folded.replace(".", ""):
            loaded.issue((*key, "aliases", i), "bad-alias", "an alias must not be empty")
            continue
        other = seen.setdefault((folded, dimension), str(key[-1]))
        if other != key[-1]:
            loaded.issue((*key, "aliases", i), "duplicate-alias",
                         f"alias {alias!r} already names {other!r}; an alias may name only "
                         "one indicator of a given unit")
            continue
        out.append(alias)
    return out


def check_unit(loaded: LoadedFile, key: PathKey, unit: str | None,
               indicator: Indicator) -> str | None:
    """The entry's unit code (default: the indicator's), or None after reporting a problem."""
    if unit is None:
        return indicator.unit
    code = canonical_unit(unit)
    if code is None:
        loaded.issue((*key, "unit"), "unknown-unit",
                     f"unknown unit {unit!r}{suggest(unit.lower(), [*UNITS, *SPELLINGS])}; "
                     f"use one of {', '.join(UNITS)}")
        return None
    if indicator.unit is None or not convertible(code, indicator.unit):
        loaded.issue((*key, "unit"), "unit-mismatch",
                     f"unit {unit!r} cannot convert to {indicator.id}'s unit "
                     f"{indicator.unit!r}; a value must be in a unit of the same dimension")
        return None
    return code


def check_numbers(loaded: LoadedFile, key: PathKey, fields: dict[str, float | None],
                  unit: str | None, indicator: Indicator) -> bool:
    ok = True
    for name, value in fields.items():
        if value is None:
            continue
        if not math.isfinite(value):
            loaded.issue((*key, name), "not-finite", f"{name} is {value}: write a real number")
            ok = False
        elif unit == "%" and indicator.kind == "level" and not 0 <= value <= 100:
            loaded.issue((*key, name), "percent-range",
                         f"{name} {value:g}% is outside 0-100 for the rate {indicator.id}")
            ok = False
    return ok


def normalize_text(text: str) -> str:
    """Fold whitespace and Unicode composition so quotes match across line breaks."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class SourceText:
    """A source's normalized text. Quotes are found by plain search until a source has been
    asked for many, then through an index of its words, so checking stays linear."""

    PLAIN_SEARCHES = 64

    def __init__(self, text: str) -> None:
        self.text = normalize_text(text)
        self.searches = 0
        self.words: dict[str, list[int]] | None = None

    def _index(self) -> dict[str, list[int]]:
        words: dict[str, list[int]] = {}
        at = 0
        for word in self.text.split(" "):
            words.setdefault(word, []).append(at)
            at += len(word) + 1
        return words

    def contains(self, quote: str) -> bool:
        """Whether the quote occurs in the text, whitespace and composition folded."""
        quote = normalize_text(quote)
        self.searches += 1
        parts = quote.split(" ")
        if self.searches <= self.PLAIN_SEARCHES or len(parts) < 3:
            return quote in self.text
        if self.words is None:
            self.words = self._index()
        words = self.words
        # A quote's inner words are whole words of the text: try the rarest one's places.
        best, best_offset, offset = None, 0, len(parts[0]) + 1
        for word in parts[1:-1]:
            places = words.get(word)
            if places is None:
                return False
            if best is None or len(places) < len(best):
                best, best_offset = places, offset
            offset += len(word) + 1
        assert best is not None
        return any(self.text.startswith(quote, at - best_offset) for at in best)


def check_quote(loaded: LoadedFile, key: PathKey, quote: str, source_text: SourceText | None,
                source_id: str, values: list[float]) -> bool:
    """The quote occurs in the source text; the stated value can be found in the quote.
    True when the quote was checked against a source text."""
    if source_text is not None and not source_text.contains(quote):
        loaded.issue((*key, "quote"), "quote-not-found",
                     f"quote not found in the text of source {source_id!r}; "
                     "copy it verbatim from the document")
    checked = source_text is not None
    if not values:
        return checked
    written = number_tokens(quote)
    folded = quote.lower()
    for value in values:
        if written & spellings(value):
            continue
        if value == 0 and any(w in folded for w in ZERO_WORDS):
            continue
        loaded.issue((*key, "quote"), "value-not-in-quote",
                     f"the value {value:g} is not written in the quote", severity="warning")
    return checked
