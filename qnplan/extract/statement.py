"""The item `extract` finds: one quantitative statement of a document (DESIGN §7)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Statement:
    """One quantitative statement found in a document (DESIGN §7 JSON item)."""

    kind: str
    year: int | None
    period: str
    indicator: str | None
    phrase: str
    op: str | None
    value: float | None
    min: float | None
    max: float | None
    unit: str
    bound: str | None
    scope: str
    derived: bool
    confidence: float
    quote: str
    start: int = 0
    headline: bool = False  # stated in the document's first line (a title or lead)
    estimate: bool = False  # a result the words give as an estimate ('ước', 'dự kiến')
    span: tuple[int, int] | None = None  # a plan period's years (DESIGN §9), else None
    basis: str | None = None  # how a plan-period figure is judged: average|end|total|each_year
    doubts: tuple[str, ...] = ()  # catalogue keys: why to check it (not part of the JSON item)
