"""Checks on parsed entries: each returns Issues with stable codes and never prints."""

from __future__ import annotations

import difflib
import math
import re
import sys
import unicodedata
from typing import Any, Literal, NamedTuple, get_args, get_origin, get_type_hints

import msgspec

from qnplan.dataset.strict_yaml import LoadedFile, PathKey, has_invalid
from qnplan.message import Message, msg
from qnplan.model import OPS, PERIOD_PATTERN, SCOPE_PATTERN, Indicator
from qnplan.numbers import misread_thousands, parse_vi, show
from qnplan.units import AMOUNT_UNITS, SPELLINGS, UNITS, canonical_unit, convertible

_PERIOD = re.compile(PERIOD_PATTERN)
_SCOPE = re.compile(SCOPE_PATTERN)
_MSGSPEC_AT = re.compile(r" - at `\$(.*)`$")
_FIELD = re.compile(r"`(\w+)`")
# msgspec's type names, as message-catalogue keys (their words in either language).
_TYPE_WORDS = {"int | float | null": "number", "int | float | str | null": "number",
               "int | float": "number", "str": "text",
               "str | null": "text", "bool | null": "bool", "int": "whole",
               "date | null": "date_format", "object": "mapping_kv",
               "array": "entries"}
_GOT = {"str": "text", "int": "whole", "float": "number", "bool": "bool",
        "null": "null", "array": "list", "object": "mapping", "date": "date",
        "datetime": "datetime"}
_SCALARS = ("int", "float", "bool", "date", "datetime")
MAX_MAGNITUDE = sys.float_info.max  # an int beyond it cannot become a float
_NAMES = ("indicator", "source", "unit", "scope", "period", "op")


def suggest(name: str, known: Any) -> Message | str:
    """' (did you mean X?)' for a near miss, else ''."""
    close = difflib.get_close_matches(name, list(known), n=1, cutoff=0.75)
    return msg("v.did_you_mean", name=repr(close[0])) if close else ""


class Suggester:
    """'did you mean' for names missing from `known`, linear on bad data: computed once per
    distinct name, and only for the first LIMIT names (each costs a pass over `known`)."""

    LIMIT = 20

    def __init__(self, known: Any) -> None:
        self.known = known
        self.declared: set[str] = set()  # in the registry, but refused there (and reported)
        self.hints: dict[str, Message | str] = {}

    def __call__(self, name: str) -> Message | str:
        hint = self.hints.get(name)
        if hint is None:
            hint = suggest(name, self.known) if len(self.hints) < self.LIMIT else ""
            self.hints[name] = hint
        return hint


def convert_entry(loaded: LoadedFile, key: PathKey, raw: Any, spec: type[Any]) -> Any | None:
    """msgspec-validate one entry's types and fields, reporting located, readable issues:
    every unknown field, then the first type problem among the known ones."""
    if loaded.refused and has_invalid(raw):
        return None  # the loader reported the refused value
    fields: tuple[str, ...] = getattr(spec, "__struct_fields__", ())
    unknown = [name for name in raw if name not in fields] if isinstance(raw, dict) and not (
        raw.keys() <= _field_set(spec)) else []
    for name in unknown:
        loaded.issue((*key, name), "unknown-field",
                     msg("v.unknown_field", name=repr(name), hint=suggest(name, fields)))
    if unknown:
        raw = {name: value for name, value in raw.items() if name in fields}
    try:
        converted = msgspec.convert(raw, spec)
    except msgspec.ValidationError as exc:
        _report_invalid(loaded, key, raw, spec, str(exc))
        return None
    return None if unknown else converted


_FIELD_SETS: dict[type[Any], frozenset[str]] = {}


def _field_set(spec: type[Any]) -> frozenset[str]:
    found = _FIELD_SETS.get(spec)
    if found is None:
        found = _FIELD_SETS[spec] = frozenset(getattr(spec, "__struct_fields__", ()))
    return found


def _report_invalid(loaded: LoadedFile, key: PathKey, raw: Any, spec: type[Any],
                    text: str) -> None:
    """msgspec's complaint, in qnplan's words (its own wording never reaches the user)."""
    at = _MSGSPEC_AT.search(text)
    sub: PathKey = ()
    if at:
        text = text[: at.start()]
        sub = tuple(int(p) if p.isdigit() else p
                    for p in re.findall(r"\.(\w+)|\[(\d+)\]", at.group(1)) for p in p if p)
    field = ".".join(str(p) for p in sub)
    where = (*key, *sub)
    if text.startswith("Object missing required field"):
        missing = _FIELD.search(text)
        name = missing.group(1) if missing else "?"
        name = f"{field}.{name}" if field else name
        loaded.issue(where, "missing-field", msg("v.missing_field", name=repr(name)))
    elif text.startswith("Object contains unknown field"):
        unknown = _FIELD.search(text)
        name = unknown.group(1) if unknown else "?"
        loaded.issue((*where, name), "unknown-field", msg("v.unknown_field", name=repr(name),
                                                         hint=""))
    elif text.startswith("Expected"):
        m = re.match(r"Expected `([^`]*)`, got `([^`]*)`", text)
        want, got = (m.group(1), m.group(2)) if m else ("?", "?")
        hint = msg("v.quote_it") if want.startswith("str") and got in _SCALARS else ""
        loaded.issue(where, "wrong-type", msg(
            "v.wrong_type", field=field or msg("v.entry"), hint=hint,
            want=msg(f"type.{_TYPE_WORDS[want]}") if want in _TYPE_WORDS else want,
            got=msg(f"type.{_GOT[got]}") if got in _GOT else got))
    elif text.startswith("Invalid enum value"):
        value = _value_at(raw, sub)
        allowed = _allowed(spec, sub)
        loaded.issue(where, "invalid-value", msg(
            "v.not_one_of", field=field, value=repr(value), allowed=", ".join(allowed),
            hint=suggest(str(value), allowed)))
    elif "date" in text:
        loaded.issue(where, "invalid-value", msg("v.bad_date", field=field,
                                                value=repr(_value_at(raw, sub))))
    else:
        loaded.issue(where, "invalid-value", msg("v.not_allowed", field=field or msg("v.entry")))


def _value_at(raw: Any, sub: PathKey) -> Any:
    for part in sub:
        if isinstance(raw, dict):
            raw = raw.get(str(part))
        elif isinstance(raw, list) and isinstance(part, int) and part < len(raw):
            raw = raw[part]
        else:
            return None
    return raw


def _allowed(spec: type[Any], sub: PathKey) -> tuple[str, ...]:
    """The values a Literal field of `spec` allows, e.g. kind: flow, level, ..."""
    if len(sub) != 1:
        return ()
    hint = get_type_hints(spec).get(str(sub[0]))
    for option in (hint, *get_args(hint)):
        if get_origin(option) is Literal:
            return tuple(map(str, get_args(option)))
    return ()


def check_op(loaded: LoadedFile, key: PathKey, raw: dict[str, Any]) -> bool:
    """Explain the YAML traps around `op` before type checks blur them."""
    if "op" not in raw:
        return True
    op = raw["op"]
    if op is None:
        loaded.issue((*key, "op"), "unknown-op", msg("v.op_null"))
        return False
    if op == "":
        loaded.issue((*key, "op"), "unknown-op", msg("v.op_empty"))
        return False
    if isinstance(op, str) and op not in OPS:
        loaded.issue((*key, "op"), "unknown-op", msg("v.unknown_op", op=repr(op),
                                                    known=", ".join(OPS), hint=suggest(op, OPS)))
        return False
    return True


def nfc_names(raw: dict[str, Any]) -> dict[str, Any]:
    """The entry with its ids and unit in NFC, so text typed decomposed names the same thing."""
    fixed = {}
    for name in _NAMES:
        value = raw.get(name)
        # ASCII is always NFC: most ids and units need no closer look.
        if isinstance(value, str) and not value.isascii() and not unicodedata.is_normalized(
                "NFC", value):
            fixed[name] = unicodedata.normalize("NFC", value)
    return {**raw, **fixed} if fixed else raw


def check_reference(loaded: LoadedFile, key: PathKey, indicator: Any, source: Any,
                    indicators: Suggester, sources: Suggester) -> bool:
    """The indicator and source exist. One declared in its registry but refused there, or
    a value of the wrong type, was reported already: it fails without a second message."""
    ok = (isinstance(indicator, str) and indicator in indicators.known
          and isinstance(source, str) and source in sources.known)
    if isinstance(indicator, str) and indicator not in indicators.declared:
        loaded.issue((*key, "indicator"), "unknown-indicator",
                     msg("v.unknown_indicator", id=repr(indicator), hint=indicators(indicator)))
    if isinstance(source, str) and source not in sources.declared:
        loaded.issue((*key, "source"), "unknown-source",
                     msg("v.unknown_source", id=repr(source), hint=sources(source)))
    return ok


def check_period_scope(loaded: LoadedFile, key: PathKey, period: str, scope: str) -> bool:
    ok = True
    if not _PERIOD.match(period):
        loaded.issue((*key, "period"), "bad-period", msg("v.bad_period", period=repr(period)))
        ok = False
    if not _SCOPE.match(scope):
        loaded.issue((*key, "scope"), "bad-scope", msg("v.bad_scope", scope=repr(scope)))
        ok = False
    return ok


def unit_code(loaded: LoadedFile, key: PathKey, unit: str | None) -> str | None:
    """The code of a unit written as a code or a Vietnamese spelling (any Unicode form), or
    None, reported if the unit was given but is unknown."""
    if unit is None:
        return None
    code = canonical_unit(unicodedata.normalize("NFC", unit))
    if code is None:
        loaded.issue(key, "unknown-unit", msg(
            "v.unknown_unit", unit=repr(unit), hint=suggest(unit.lower(), [*UNITS, *SPELLINGS]),
            known=", ".join(UNITS)))
    return code


def check_aliases(loaded: LoadedFile, key: PathKey, aliases: list[str], unit: str | None,
                  seen: dict[tuple[str, str | None], str]) -> list[str]:
    """An indicator's usable aliases; an empty one, or one that already names another
    indicator of the same dimension, is reported (extract could not choose between them)."""
    dimension = UNITS[unit][0] if unit in UNITS else None
    out = []
    for i, alias in enumerate(aliases):
        folded = " ".join(unicodedata.normalize("NFC", alias).lower().split())
        if not folded.replace(".", ""):
            loaded.issue((*key, "aliases", i), "bad-alias", msg("v.empty_alias"))
            continue
        other = seen.setdefault((folded, dimension), str(key[-1]))
        if other != key[-1]:
            loaded.issue((*key, "aliases", i), "duplicate-alias",
                         msg("v.duplicate_alias", alias=repr(alias), other=repr(other)))
            continue
        out.append(alias)
    return out


def check_unit(loaded: LoadedFile, key: PathKey, unit: str | None,
               indicator: Indicator) -> str | None:
    """The entry's unit code (default: the indicator's), or None after reporting a problem."""
    if indicator.unit is None:
        loaded.issue(key, "qualitative-value", msg("v.qualitative_value", id=indicator.id))
        return None
    if unit is None:
        return indicator.unit
    code = unit_code(loaded, (*key, "unit"), unit)
    if code is None:
        return None
    if not convertible(code, indicator.unit):
        loaded.issue((*key, "unit"), "unit-mismatch", msg(
            "v.unit_mismatch", unit=repr(unit), id=indicator.id, own=repr(indicator.unit)))
        return None
    return code


def check_numbers(loaded: LoadedFile, key: PathKey, fields: dict[str, float | None],
                  unit: str | None, indicator: Indicator) -> bool:
    """Each number is finite, of a plausible size, not a negative amount, and a level's
    percentage lies in 0-100."""
    ok = True
    for name, value in fields.items():
        if value is None:
            continue
        problem = number_problem(name, value, unit, indicator)
        if problem is not None:
            loaded.issue((*key, name), *problem)
            ok = False
    return ok


def number_problem(name: str, value: float, unit: str | None,
                   indicator: Indicator) -> tuple[str, Message] | None:
    """(code, message) for a number that cannot stand, else None."""
    if isinstance(value, float) and not math.isfinite(value):
        return ("not-finite", msg("v.not_finite", name=name, value=value))
    if abs(value) > MAX_MAGNITUDE:  # before any float(): a 400-digit int overflows it
        return ("too-large", msg("v.too_large", name=name, value=show(value)))
    if unit in UNITS and indicator.unit in UNITS and not math.isfinite(
            value * UNITS[unit][1] / UNITS[str(indicator.unit)][1]):
        return ("too-large", msg("v.too_large_converted", name=name, value=show(value),
                                unit=indicator.unit))
    if value < 0 and (indicator.kind == "flow" or unit in AMOUNT_UNITS):
        return ("negative", msg("v.negative", name=name, value=show(value), id=indicator.id,
                               unit=unit))
    if unit == "%" and indicator.kind == "level" and not 0 <= value <= 100:
        return ("percent-range",
                msg("v.percent_range", name=name, value=show(value), id=indicator.id))
    return None


class Amounts(NamedTuple):
    """An entry's numbers, read: Vietnamese strings parsed, each a plain number or None."""

    value: float | None
    min: float | None
    max: float | None


def read_amounts(loaded: LoadedFile, key: PathKey, spec: Any) -> Amounts | None:
    """The entry's value/min/max as numbers: "55.600" and "86,46" read the Vietnamese way,
    and an unquoted 55.600 (which YAML reads as 55.6) refused where the quote shows it."""
    read: list[float | None] = []
    ok = True
    for name in Amounts._fields:
        x: float | str | None = getattr(spec, name, None)
        if isinstance(x, str):
            try:
                x = parse_vi(x)
            except ValueError as exc:
                loaded.issue((*key, name), "bad-number", msg("v.bad_number", name=name,
                                                             problem=str(exc)))
                ok = False
                continue
        elif isinstance(x, float) and (token := misread_thousands(x, spec.quote)):
            meant = parse_vi(token)
            loaded.issue((*key, name), "vi-thousands", msg(
                "v.vi_thousands", name=name, token=token, read=show(x), quoted=repr(token),
                meant=show(meant)))
            ok = False
        read.append(x)
    return Amounts(*read) if ok else None
