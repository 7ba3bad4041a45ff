"""Choosing an indicator id for a figure through the `aliases` of indicators.yaml.

An alias is a Vietnamese phrase, matched case- and accent-insensitively on whole words;
'...' inside an alias stands for any short stretch of words ('tổ chức cơ sở đảng ...
hoàn thành xuất sắc'). The longest alias wins; an indicator whose unit cannot hold the
figure's unit is never chosen."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qnplan.extract.text import fold
from qnplan.model import Indicator
from qnplan.units import UNITS


@dataclass(frozen=True)
class Alias:
    indicator: str
    unit: str | None
    pattern: re.Pattern[str]
    weight: int  # letters in the alias: longer is more specific
    words: frozenset[str] = frozenset()  # its folded words: a sentence lacking one cannot match


def _compile(phrase: str) -> re.Pattern[str]:
    parts = [r"\W+".join(re.findall(r"\w+", fold(p))) for p in phrase.split("...")]
    gap = r"\W+(?:\w+\W+){0,12}?"
    return re.compile(r"(?<!\w)" + gap.join(p for p in parts if p) + r"(?!\w)")


def compatible(indicator_unit: str | None, unit: str) -> bool:
    """Whether a figure in `unit` can be a value of an indicator in `indicator_unit`."""
    if indicator_unit is None:
        return False
    if unit in UNITS:
        return UNITS[unit][0] == UNITS[indicator_unit][0]
    if unit == "":
        return indicator_unit == "%"
    # beds, doctors... counted per 10,000 people where the text drops '/1 vạn dân'
    return indicator_unit == "per_10k" and bool(re.match(r"giường|bác s|dược s|điều dưỡng",
                                                         unit.lower()))


# the alias matches of one document, by sentence span (kept by the document, not the registry)
AliasMatches = dict[tuple[int, int], list[tuple["Alias", int, int]]]
_WORD = re.compile(r"\w+")
# an alias led by a verb of collecting or attracting, which the press also puts after its object
_INVERTED = re.compile(r"(?i)(thu hút|thu)\s+([^.]+\s[^.]+)")


class Vocabulary:
    """Every alias of a registry, ready to match folded text."""

    def __init__(self, indicators: dict[str, Indicator]) -> None:
        self.aliases: list[Alias] = []
        for ind in indicators.values():
            for phrase in ind.aliases:
                weight = len(re.sub(r"\W", "", phrase.replace("...", "")))
                words = frozenset(re.findall(r"\w+", fold(phrase)))
                self.aliases.append(Alias(ind.id, ind.unit, _compile(phrase), weight, words))
                inverted = _INVERTED.fullmatch(phrase)
                if inverted:  # 'thu ngân sách nhà nước' also said 'ngân sách nhà nước thu'
                    self.aliases.append(Alias(ind.id, ind.unit, _compile(
                        f"{inverted.group(2)} {inverted.group(1)}"), weight, words))

    def _found(self, folded: str, span: tuple[int, int],
               found: AliasMatches) -> list[tuple[Alias, int, int]]:
        """Every alias match in one sentence, computed once per sentence into `found`."""
        if span not in found:
            present = set(_WORD.findall(folded, *span))
            found[span] = [(a, m.start(), m.end()) for a in self.aliases
                           if a.words <= present for m in a.pattern.finditer(folded, *span)]
        return found[span]

    def match(self, folded: str, start: int, end: int, unit: str, near: int,
              sentence: tuple[int, int], found: AliasMatches,
              nearest: bool = False) -> tuple[str, int, int] | None:
        """(indicator id, start, end) of the best alias between start and end, or None;
        `found` keeps the matches of the document's sentences (Document.alias_matches)."""
        best: tuple[int, int, str, int, int] | None = None
        if end <= start:
            return None
        for a, m_start, m_end in self._found(folded, sentence, found):
            if m_start < start or m_end > end or not compatible(a.unit, unit):
                continue
            inside = m_start < near < m_end  # an alias around the figure
            distance = 0 if inside else min(abs(near - m_end), abs(m_start - near))
            key = ((-distance, a.weight) if nearest else (a.weight, -distance)) + (
                a.indicator, m_start, m_end)
            if best is None or key[:2] > best[:2]:
                best = key
        return None if best is None else (best[2], best[3], best[4])
