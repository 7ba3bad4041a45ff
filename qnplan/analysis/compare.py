"""Two years' targets for the same indicator: is the later one raised, lowered, new ...?"""

from __future__ import annotations

import msgspec

from qnplan.analysis.meaning import same_meaning
from qnplan.model import Change, Indicator, Target
from qnplan.numbers import compare, round_half_up, same
from qnplan.units import clean

# How demanding an op is at the same value, per direction; ops absent from a table are
# not comparable in that direction.
STRICTNESS = {
    "higher": {">": 3, ">=": 2, "range": 2, "~": 1},
    "lower": {"<": 3, "<=": 2, "range": 2, "~": 1},
}


class Movement(msgspec.Struct, frozen=True):
    """How a target moved; `by_op` where the value stayed and only the comparator moved
    (`> 10` after `>= 10` is raised, but tightened rather than raised in value)."""

    change: Change
    delta: float | None
    delta_pct: float | None
    by_op: bool = False


def reference(target: Target, better: str) -> float | None:
    """The number a target is judged at: its value, or the binding end of a range."""
    if target.op == "range":
        return target.max if better == "lower" else target.min
    return target.value


def movement(a: Target | None, b: Target | None, indicator: Indicator) -> Movement:
    """How target b (later year) moved from a (earlier year)."""
    if a is None and b is None:
        raise ValueError("nothing to compare")
    if a is None:
        return Movement(Change.NEW, None, None)
    if b is None:
        return Movement(Change.DROPPED, None, None)
    if a.op == "qualitative" or b.op == "qualitative":
        if a.op == b.op and same_meaning(a.text, b.text):
            return Movement(Change.UNCHANGED, None, None)
        return Movement(Change.CHANGED, None, None)
    better = indicator.better
    va, vb = reference(a, better), reference(b, better)
    assert va is not None and vb is not None
    delta = clean(vb - va)
    if same(delta, 0):
        delta = 0.0
    delta_pct = None if same(va, 0) else round_half_up(delta / va * 100, 2)
    if (a.op == "range") != (b.op == "range"):  # a bound vs a band: not comparable
        return Movement(Change.CHANGED, delta, delta_pct)
    ranks = STRICTNESS[better]
    c = compare(vb, va)
    if c != 0:
        if a.op not in ranks or b.op not in ranks:
            return Movement(Change.CHANGED, delta, delta_pct)
        harder = c > 0 if better == "higher" else c < 0
        return Movement(Change.RAISED if harder else Change.LOWERED, delta, delta_pct)
    if a.op not in ranks or b.op not in ranks:
        return Movement(Change.UNCHANGED if a.op == b.op else Change.CHANGED, delta, delta_pct)
    if ranks[b.op] != ranks[a.op]:
        harder = ranks[b.op] > ranks[a.op]
        return Movement(Change.RAISED if harder else Change.LOWERED, delta, delta_pct, True)
    if a.op == "range" and b.op == "range":
        other_a = a.min if better == "lower" else a.max
        other_b = b.min if better == "lower" else b.max
        if not (other_a is not None and other_b is not None and same(other_a, other_b)):
            return Movement(Change.CHANGED, delta, delta_pct)
    return Movement(Change.UNCHANGED, delta, delta_pct)
