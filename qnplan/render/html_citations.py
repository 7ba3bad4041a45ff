"""The HTML report's citations: every figure it shows numbered once, in the order first
shown, each number leading to the figure's verbatim quote and its source."""

from __future__ import annotations

import msgspec

from qnplan.i18n import tr
from qnplan.model import Dataset, PlanTarget, Result, Source, Target
from qnplan.render import cells as c


class Figure(msgspec.Struct, frozen=True):
    """A figure as shown, and the number of the citation that quotes it."""

    text: str
    cite: int
    wording: bool = False  # a qualitative target's words, which may wrap


class Citation(msgspec.Struct, frozen=True):
    n: int
    label: str
    figure: str
    quote: str
    source: Source


class Citations:
    """Numbers every cited entry once, in the order the report first shows it."""

    def __init__(self, ds: Dataset, lang: str) -> None:
        self.ds, self.lang = ds, lang
        self.items: list[Citation] = []
        self._numbers: dict[tuple[str, int], int] = {}

    def figure(self, entry: Target | Result, name: str, shown: str | None = None) -> Figure:
        """The figure as shown (by default, the entry's own cell) with its citation number."""
        key = (entry.path, entry.order)
        if key not in self._numbers:
            kind = tr("kind.target" if isinstance(entry, Target) else "kind.result", self.lang)
            label = tr("html.figure_label", self.lang, name=name, year=entry.year, kind=kind)
            self._numbers[key] = n = len(self.items) + 1
            self.items.append(Citation(n, label, self.with_unit(entry), entry.quote,
                                       self.ds.sources[entry.source]))
        wording = isinstance(entry, Target) and entry.op == "qualitative"
        return Figure(shown or c.entry_cell(entry, self.lang), self._numbers[key], wording)

    def plan_figure(self, target: PlanTarget, name: str, shown: str) -> Figure:
        """A plan-period target as shown, with the number of the citation that quotes it."""
        key = (target.path, target.order)
        if key not in self._numbers:
            label = tr("html.plan_figure_label", self.lang, name=name,
                       period=f"{target.start}–{target.end}")
            self._numbers[key] = n = len(self.items) + 1
            self.items.append(Citation(n, label, shown, target.quote,
                                       self.ds.sources[target.source]))
        return Figure(shown, self._numbers[key], target.op == "qualitative")

    def with_unit(self, entry: Target | Result) -> str:
        """'≥ 1 bn USD', '> 0.853 bn USD (8M)': a figure quoted on its own needs its unit."""
        text = c.entry_cell(entry, self.lang)
        unit = c.unit_cell(self.ds.indicators[entry.indicator], self.lang)
        numeric = (entry.value is not None or (isinstance(entry, Target) and entry.min is not None)
                   ) and not (isinstance(entry, Target) and c.none_left(entry))
        if not unit or not numeric:
            return text
        unit = unit if unit == "%" else f" {unit}"
        if isinstance(entry, Result):
            suffix = c.result_suffix(entry, self.lang)
            return f"{text.removesuffix(f' {suffix}')}{unit} {suffix}"
        return f"{text}{unit}"

    def sources(self) -> list[Source]:
        """The cited documents, in the order of their first citation."""
        return list({cit.source.id: cit.source for cit in self.items}.values())
