"""One entry of a targets, actuals or plans file, checked and built: first what every entry
shares (fields, references, period and scope, quote, amounts), then a target's op and
figures or a result's value, each figure's quote checked against its source when asked."""

from __future__ import annotations

from typing import Any

from qnplan.dataset import checks as v
from qnplan.dataset import plausibility
from qnplan.dataset.quotes import check_quote, check_quote_written
from qnplan.dataset.reading import Reading
from qnplan.dataset.strict_yaml import LoadedFile
from qnplan.message import msg
from qnplan.model import (
    ActualSpec,
    Indicator,
    PlanTargetSpec,
    Result,
    Target,
    TargetSpec,
)
from qnplan.numbers import show
from qnplan.units import convert


def check_entry(r: Reading, loaded: LoadedFile, key: tuple[Any, ...], raw: Any, spec_type: type,
                ) -> tuple[Any, Indicator, v.Amounts] | None:
    """An entry's fields, types and references, each problem reported (one does not hide
    another); the spec and its indicator when all is well."""
    if not isinstance(raw, dict):
        loaded.issue(key, "wrong-type", msg("d.entry_mapping"))
        return None
    raw = v.nfc_names(raw)
    if "scope" not in raw:
        raw = {**raw, "scope": r.province}
    op_ok = spec_type not in (TargetSpec, PlanTargetSpec) or v.check_op(loaded, key, raw)
    # A bad op is reported; a stand-in lets the other fields still be checked.
    spec = v.convert_entry(loaded, key, raw if op_ok else {**raw, "op": ">"}, spec_type)
    ok = v.check_reference(loaded, key, raw.get("indicator"), raw.get("source"),
                           r.known_indicators, r.known_sources)
    if spec is None or not op_ok:
        return None
    # a plan-period target has no part-year `period`: its period is its file's
    ok = v.check_period_scope(loaded, key, getattr(spec, "period", "FY"), spec.scope) and ok
    ok = check_quote_written(loaded, key, spec.quote) and ok
    amounts = v.read_amounts(loaded, key, spec)
    if not ok or amounts is None:
        return None
    return spec, r.indicators[spec.indicator], amounts


def build_target(r: Reading, loaded: LoadedFile, key: tuple[Any, ...],
                 spec: TargetSpec | PlanTargetSpec, ind: Indicator, n: v.Amounts, year: int,
                 order: int) -> Target | None:
    """A checked entry's target: its op with the figures that op needs, in the indicator's
    unit; None after reporting the first problem."""
    op = spec.op
    if op == "qualitative":
        if spec.text is None:
            loaded.issue(key, "missing-field", msg("d.qualitative_text"))
            return None
        extra = next((f for f in ("value", "min", "max") if getattr(n, f) is not None),
                     None)
        if extra is not None:
            loaded.issue((*key, extra), "op-fields", msg("d.qualitative_extra", extra=extra))
            return None
    elif op == "range":
        if n.min is None or n.max is None:
            loaded.issue(key, "missing-field", msg("d.range_needs"))
            return None
        if n.value is not None:
            loaded.issue((*key, "value"), "op-fields", msg("d.range_value"))
            return None
    elif n.value is None:
        loaded.issue(key, "missing-field", msg("d.needs_value", op=repr(op)))
        return None
    elif n.min is not None or n.max is not None:
        loaded.issue(key, "op-fields", msg("d.min_max_op", op=repr(op)))
        return None
    unit = None
    if op != "qualitative":
        unit = v.check_unit(loaded, key, spec.unit, ind)
        if unit is None:
            return None
        numbers = {"value": n.value, "min": n.min, "max": n.max}
        if not v.check_numbers(loaded, key, numbers, unit, ind):
            return None
        if n.min is not None and n.max is not None and n.min > n.max:
            loaded.issue((*key, "min"), "op-fields",
                         msg("d.min_over_max", min=show(n.min), max=show(n.max)))
            return None
    tolerance = 0.05 if spec.tolerance is None else spec.tolerance
    if not 0 <= tolerance < 1:  # also refuses NaN
        loaded.issue((*key, "tolerance"), "invalid-value", msg("d.tolerance"))
        return None
    if r.check_quotes:
        stated = [float(x) for x in (n.value, n.min, n.max) if x is not None]
        r.quotes_checked += check_quote(loaded, key, spec.quote, r.source_text(spec.source),
                                        spec.source, stated, unit)
        if op not in ("qualitative", "range"):
            plausibility.check_op_wording(loaded, key, op, stated, spec.quote)
        if isinstance(spec, TargetSpec):
            plausibility.check_period_wording(loaded, key, spec.period, spec.quote)

    def canon(x: float | None) -> float | None:
        return None if x is None or unit is None or ind.unit is None else convert(
            float(x), unit, ind.unit)

    period = spec.period if isinstance(spec, TargetSpec) else "FY"
    return Target(year, spec.indicator, spec.scope, period, op, canon(n.value),
                  canon(n.min), canon(n.max), spec.text, float(tolerance), spec.source,
                  spec.quote, order, loaded.path)


def build_result(r: Reading, loaded: LoadedFile, key: tuple[Any, ...], spec: ActualSpec,
                 ind: Indicator, n: v.Amounts, year: int, order: int) -> Result | None:
    """A checked entry's result: a value in the indicator's unit, or a met/not-met verdict;
    None after reporting the first problem."""
    value: float | None = None
    unit: str | None = None
    if n.value is None and spec.met is None:
        loaded.issue(key, "missing-field", msg("d.result_needs"))
        return None
    if n.value is not None:
        unit = v.check_unit(loaded, key, spec.unit, ind)
        if unit is None or not v.check_numbers(loaded, key, {"value": n.value}, unit, ind):
            return None
        value = convert(float(n.value), unit, ind.unit) if ind.unit else None
    if r.check_quotes:
        stated = [float(n.value)] if n.value is not None else []
        r.quotes_checked += check_quote(loaded, key, spec.quote, r.source_text(spec.source),
                                        spec.source, stated, unit)
        plausibility.check_period_wording(loaded, key, spec.period, spec.quote)
    return Result(year, spec.indicator, spec.scope, spec.period, value, spec.met, spec.text,
                  spec.bound, spec.status, spec.source, spec.quote, order, loaded.path)
