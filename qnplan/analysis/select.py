"""Which of several sources' entries is used for a figure, and the disagreements."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Generic, TypeVar

import msgspec

from qnplan.analysis.meaning import same_meaning
from qnplan.model import Result, Source, Target
from qnplan.numbers import same

TARGET_RANK = {"plan": 0, "directive": 1, "report": 2, "statistics": 3, "press": 4}
RESULT_RANK = {"statistics": 0, "report": 1, "plan": 2, "directive": 3, "press": 4}
STATUS_RANK = {"final": 0, "reported": 1, "estimate": 2}

E = TypeVar("E", Target, Result)
Key = tuple[int, str, str, str]


class Chosen(Generic[E], msgspec.Struct, frozen=True):
    """The entry used for one (year, indicator, scope, period) and those that disagree with it."""

    entry: E
    conflicts: tuple[E, ...]


def _same_number(a: float | None, b: float | None) -> bool:
    return (a is None and b is None) or (a is not None and b is not None and same(a, b))


def targets_agree(a: Target, b: Target) -> bool:
    """Whether two sources state the same target."""
    if a.op != b.op:
        return False
    if a.op == "qualitative":
        return same_meaning(a.text, b.text)
    return _same_number(a.value, b.value) and _same_number(a.min, b.min) and _same_number(
        a.max, b.max)


def results_agree(a: Result, b: Result) -> bool:
    """Whether two sources report the same result."""
    return _same_number(a.value, b.value) and a.met == b.met


def _agree(a: Target | Result, b: Target | Result) -> bool:
    if isinstance(a, Target) and isinstance(b, Target):
        return targets_agree(a, b)
    if isinstance(a, Result) and isinstance(b, Result):
        return results_agree(a, b)
    return False


def _date_key(source: Source | None) -> int:
    return -source.date.toordinal() if source and source.date else 0


def choose(entries: Iterable[E], sources: dict[str, Source],
           prefer: str | None = None) -> dict[Key, Chosen[E]]:
    """Group entries by (year, indicator, scope, period) and pick one per group (DESIGN §4)."""
    groups: dict[Key, list[E]] = {}
    for entry in entries:
        groups.setdefault(entry.key, []).append(entry)
    chosen: dict[Key, Chosen[E]] = {}
    for key, group in groups.items():
        if len(group) == 1:
            chosen[key] = Chosen(group[0], ())
            continue

        def rank(e: E) -> tuple[int, int, int, int]:
            src = sources.get(e.source)
            stype = src.type if src else "press"
            if isinstance(e, Result):
                return (e.source != prefer, STATUS_RANK[e.status], RESULT_RANK[stype],
                        _date_key(src))
            return (e.source != prefer, 0, TARGET_RANK[stype], _date_key(src))

        best = min(group, key=rank)
        conflicts = tuple(e for e in group if e is not best and not _agree(best, e))
        chosen[key] = Chosen(best, conflicts)
    return chosen
