"""Markdown: GitHub tables for --format markdown, and the report `export` writes."""

from __future__ import annotations

import re

from qnplan.render.cells import visible
from qnplan.render.columns import RIGHT, Tabular, with_marks

_SPECIAL = re.compile(r"([\\`*_~\[\]|#])")
NBSP = "\u00a0"


def escape_cell(text: str) -> str:
    """Make data text inert in a Markdown cell: no emphasis (a quote's `**03**` or `_x_` shows
    as written), no pipes, code, HTML, entities or line breaks."""
    text = visible(" ".join(text.split()))
    return _SPECIAL.sub(r"\\\1", text).replace("&", "&amp;").replace("<", "&lt;")


def chart_cell(text: str) -> str:
    """A block bar as code with no-break spaces: its leading blanks are where the target sits,
    and Markdown would otherwise trim them and draw every target at zero."""
    return f"`{text.replace(' ', NBSP)}`" if text.strip() else ""


def pipe_table(headers: list[str], rows: list[list[str]], right: list[bool]) -> str:
    """A GitHub-flavoured table of already-escaped cells, padded to line up in plain text,
    numeric columns right-aligned."""
    widths = [max([len(h), 3, *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]

    def line(cells: list[str]) -> str:
        padded = [cell.rjust(w) if r else cell.ljust(w)
                  for cell, w, r in zip(cells, widths, right, strict=True)]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join("-" * (w + 1) + ":" if r else "-" * (w + 2)
                          for w, r in zip(widths, right, strict=True)) + "|"
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def markdown_table(t: Tabular) -> str:
    """A listing as a Markdown table, then its notes and its summary."""
    rows = [[chart_cell(x) if key == "chart" else escape_cell(x) for key, x in zip(
        t.keys, row, strict=True)] for row in with_marks(t)]
    parts = [pipe_table([escape_cell(h) for h in t.headers], rows, [k in RIGHT for k in t.keys])]
    if t.notes:
        parts.append("\n".join(f"- {escape_cell(n)}" for n in t.notes))
    parts.extend(escape_cell(p) for p in t.summary)
    return "\n\n".join(parts) + "\n"
