"""A document as the statement rules read it: its text, a sentence with the years and
period words it names, the clause a figure sits in, and what earlier sentences said.

Built fresh for every extraction and passed to the rules as arguments, so that nothing about
one document outlives it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from qnplan.extract.places import Gazetteer, place_in_address
from qnplan.extract.quantities import Quantity
from qnplan.extract.text import Sentence, Span, fold, paragraphs


@dataclass(frozen=True)
class Document:
    """One document's collapsed text and what is known about it as a whole."""

    text: str
    low: str  # text.lower(), same offsets
    folded: str  # fold(text), same offsets: what aliases and places match
    paras: list[Span]
    places: Gazetteer
    own: str  # the place the document is about
    titled: bool  # its first line is a title or lead
    date: dt.date | None
    # the vocabulary's alias matches, by sentence: computed once, for this document only
    alias_matches: dict[Any, Any] = field(default_factory=dict, compare=False)


def read(raw: str, date: dt.date | None, default_scope: str, url: str | None) -> Document:
    """A document's raw text, collapsed and split into paragraphs; its place is the one it
    names most, else the one its address names, else `default_scope`."""
    text, paras = paragraphs(raw)
    places = Gazetteer(text)
    return Document(
        text=text, low=text.lower(), folded=fold(text), paras=paras, places=places,
        own=places.own or place_in_address(url) or default_scope,
        # a first line that is a title or lead: short, with the body after it
        titled=len(paras) > 1 and paras[0].end - paras[0].start <= 240,
        date=date)


@dataclass(frozen=True)
class Passage:
    """One sentence of a document, with the years and the period words it names."""

    doc: Document
    sentence: Sentence
    years: tuple[tuple[int, int, int], ...]  # (start, end, year): years that date what follows
    periods: tuple[tuple[int, int, str], ...]  # (start, end, period): not those of comparisons

    def anchor_years(self, start: int, end: int) -> list[tuple[int, int]]:
        """(position, year) of the years between start and end of the sentence."""
        return [(a, y) for a, b, y in self.years if a >= start and b <= end]

    def period_words(self, start: int, end: int) -> list[tuple[int, str]]:
        """(position, period) of the period words between start and end of the sentence."""
        return [(a, p) for a, b, p in self.periods if a >= start and b <= end]


@dataclass(frozen=True)
class Clause:
    """The clause a figure is in, with where its subject and its sentence's lead-in lie."""

    span: Span  # with the figure-free clause before it when that one names the subject
    index: int  # its place among the sentence's clauses
    figures: tuple[Quantity, ...]  # every figure of the clause
    subject_start: int  # where the figure-free clauses just before this one begin
    lead_end: int  # where the sentence's lead-in (the text before its first figure) ends

    def next_figure(self, q: Quantity) -> int:
        """Where the clause's next figure after `q` starts (the clause's end if none)."""
        return min((x.start for x in self.figures if x.start >= q.end), default=self.span.end)


@dataclass
class Memory:
    """What earlier sentences said that later ones leave implicit (updated sentence by
    sentence, passed along explicitly)."""

    year: int | None = None
    period: str | None = None
    period_paragraph: int = -1
    kind: str | None = None
    indicator: str | None = None
    indicator_unit: str = ""
    indicator_paragraph: int = -1
