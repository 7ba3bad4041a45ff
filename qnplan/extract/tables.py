"""Tables flattened into text ('TT | Địa phương | Mục tiêu tăng trưởng (%)' then '1 | Quảng Ninh
| 12'): one figure per row and column, its unit and indicator from the column's header, its
place from the row's place cell."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from qnplan.extract.places import Gazetteer
from qnplan.extract.quantities import read_figure
from qnplan.extract.text import Span

_CELL_NUMBER = re.compile(r"\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
                          r"(?:\s*[-–]\s*(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))?\s*")
_UNIT_IN_HEADER = re.compile(r"\(([^()]{1,20})\)\s*$")


@dataclass(frozen=True)
class Cell:
    """One figure of a table: where it is, its value (or min/max), its row and header."""

    row: Span
    start: int
    value: float | None
    min: float | None
    max: float | None
    header: Span  # the column's header cell
    unit: str  # from the header's '(...)', as written ('%', 'tỷ đồng')
    place: str | None  # the row's place cell, if any


def _cells(text: str, para: Span) -> list[Span]:
    out, start = [], para.start
    for m in re.finditer(r"\|", text[para.start:para.end]):
        out.append(Span(start, para.start + m.start()))
        start = para.start + m.end()
    out.append(Span(start, para.end))
    return out


def is_row(text: str, para: Span) -> bool:
    """A paragraph that is a row of a flattened table (two or more '|')."""
    return text.count("|", para.start, para.end) >= 2


def table_cells(text: str, paras: list[Span], places: Gazetteer) -> Iterator[Cell]:
    """Every numeric cell under a header row with a unit, in document order."""
    header: list[Span] | None = None
    for para in paras:
        if not is_row(text, para):
            header = None
            continue
        cells = _cells(text, para)
        if not any(_CELL_NUMBER.fullmatch(text[c.start:c.end]) for c in cells):
            header = cells  # a row of words: the header of the rows below it
            continue
        if header is None or len(header) != len(cells):
            continue
        place = None
        for c in cells:
            found = places.place_before(c.start, c.end)
            if found is not None:
                place = found
        for c, h in zip(cells, header, strict=True):
            m = _CELL_NUMBER.fullmatch(text[c.start:c.end])
            unit = _UNIT_IN_HEADER.search(text[h.start:h.end])
            if m is None or unit is None or h is header[0]:
                continue  # a row number ('TT'), or a column without a unit
            a = read_figure(m.group(1))
            b = read_figure(m.group(2)) if m.group(2) else None
            start = c.start + m.start(1)
            if b is not None and a < b:
                yield Cell(para, start, None, a, b, h, unit.group(1).strip(), place)
            else:
                yield Cell(para, start, a, None, None, h, unit.group(1).strip(), place)
