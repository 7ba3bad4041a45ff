"""Rich tables: grouped by category, shortfalls red and successes green, each also marked
by a symbol so colour is never the only signal."""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from qnplan.i18n import tr
from qnplan.model import SHORTFALLS, Change, Status
from qnplan.render.cells import visible
from qnplan.render.columns import RIGHT, Tabular

# Columns that may wrap, and the narrowest each may become; the rest never wrap.
WRAPPING = {"indicator": 18, "title": 18, "name": 18, "chosen": 18, "other": 18, "issuer": 12,
            "result": 12, "quote": 18}
FULL_WIDTH = 100_000  # "unlimited": output that is not a terminal is never cut to fit


def _status_style(status: Status | None) -> str | None:
    if status in SHORTFALLS:
        return "red"
    if status in (Status.MET, Status.ON_TRACK):
        return "green"
    return None


GUTTER = 3  # padding 1 + divider 1 + padding 1 between columns


def _texts(t: Tabular, keep: list[int], columns: list[int] | None = None) -> list[list[str]]:
    """The cells of `columns` (default: those kept) as shown when `keep` are: marks on the
    indicator, its unit there too if the unit column is hidden, control characters made
    visible."""
    merged_unit = "unit" in t.keys and t.keys.index("unit") not in keep
    out = []
    for row, mark in zip(t.rows, t.marks, strict=True):
        cells = []
        for i in keep if columns is None else columns:
            text = row[i]
            if t.keys[i] == "indicator":
                unit = row[t.keys.index("unit")] if merged_unit else ""
                text += (f" ({unit})" if unit else "") + mark
            cells.append(visible(text))
        out.append(cells)
    return out


def _natural(t: Tabular, keep: list[int], texts: list[list[str]]) -> list[int]:
    return [max([cell_len(t.headers[i]), *(cell_len(r[n]) for r in texts)])
            for n, i in enumerate(keep)]


def fit_columns(t: Tabular, width: int) -> list[int]:
    """Indexes of the columns to show: secondary ones dropped until the rest fit `width`
    (wrapping columns counted at their narrowest). Cells are measured twice in all, with the
    unit column shown and with it merged into the indicator, never once per dropped column."""
    every = list(range(len(t.keys)))
    shown = _natural(t, every, _texts(t, every))
    unit = t.keys.index("unit") if "unit" in t.keys else None
    merged = shown if unit is None else _natural(
        t, every, _texts(t, [i for i in every if i != unit], every))

    def needed(keep: list[int]) -> int:
        natural = merged if unit is not None and unit not in keep else shown
        return sum(min(natural[i], WRAPPING.get(t.keys[i], natural[i])) for i in keep
                   ) + GUTTER * (len(keep) - 1)

    keep = every
    for key in t.secondary:
        if needed(keep) <= width:
            break
        if key in t.keys:
            keep = [i for i in keep if i != t.keys.index(key)]
    return keep


def column_widths(keys: list[str], natural: list[int], width: int) -> list[int]:
    """Each column's width: its natural width if all fit; else the columns that may wrap
    share what the others leave, each at least its minimum, in proportion to what it lacks."""
    if sum(natural) + GUTTER * (len(keys) - 1) <= width:
        return natural
    wrap = [n for n, k in enumerate(keys) if k in WRAPPING]
    room = width - GUTTER * (len(keys) - 1) - sum(
        w for n, w in enumerate(natural) if n not in wrap)
    widths = list(natural)
    mins = {n: min(natural[n], WRAPPING[keys[n]]) for n in wrap}
    spare = max(0, room - sum(mins.values()))
    lacking = sum(natural[n] - mins[n] for n in wrap)
    for n in wrap:
        share = (spare * (natural[n] - mins[n]) // lacking) if lacking else 0
        widths[n] = min(natural[n], mins[n] + share)
    return widths


def render_table(t: Tabular, width: int, lang: str = "en", title: str | None = None,
                 ) -> RenderableType:
    """A Rich renderable for a Tabular, fitted to `width` columns."""
    keep = fit_columns(t, width)
    texts = _texts(t, keep)
    keys = [t.keys[i] for i in keep]
    widths: list[int | None] = list(column_widths(keys, _natural(t, keep, texts), width))
    # Narrower than the narrowest layout: let Rich wrap every column rather than cut one.
    squeeze = sum(w or 0 for w in widths) + GUTTER * (len(keys) - 1) > width
    if squeeze:
        widths = [None] * len(keys)
    table = Table(title=escape(title) if title else None, box=box.SIMPLE_HEAD, pad_edge=False,
                  show_edge=False, header_style="bold", title_justify="left", title_style="bold")
    for i, key, w in zip(keep, keys, widths, strict=True):
        table.add_column(escape(t.headers[i]), justify="right" if key in RIGHT else "left",
                         overflow="fold", no_wrap=key not in WRAPPING and not squeeze, width=w)
    category = None
    for row, cat, status, change in zip(texts, t.categories, t.statuses, t.changes,
                                        strict=True):
        if cat and cat != category:
            if category is not None:
                table.add_section()
            # The heading goes in the indicator's column: a narrow first column (a year)
            # would cut it.
            heading: list[Text | str] = [""] * len(keep)
            heading[keys.index("indicator") if "indicator" in keys else 0] = Text(
                tr(f"category.{cat}", lang), style="bold underline")
            table.add_row(*heading)
            category = cat
        cells = []
        for key, text in zip(keys, row, strict=True):
            # Text, not markup: data can never inject [bold] or links; escapes are shown.
            cell = Text(text)
            style = _status_style(status)
            if key == "status" and style:
                cell.stylize(style)
            if key == "change" and change in (Change.RAISED, Change.LOWERED):
                cell.stylize("bold")
            cells.append(cell)
        table.add_row(*cells)
    parts: list[RenderableType] = [table]
    parts.extend(Text(visible(note)) for note in t.notes)
    parts.extend(Text(paragraph) for paragraph in t.summary)
    merged_unit = "unit" in t.keys and t.keys.index("unit") not in keep
    hidden = [t.headers[i] for i in range(len(t.keys))
              if i not in keep and not (merged_unit and t.keys[i] == "unit")]
    if hidden:
        parts.append(Text(tr("note.hidden", lang, width=width, columns=", ".join(hidden))))
    return Group(*parts)


def table_text(t: Tabular, width: int | None, lang: str = "en", title: str | None = None,
               ) -> str:
    """The table as plain text: fitted to `width` (a terminal), or at its full natural width
    when `width` is None (a pipe or a file: nothing cut); no trailing spaces."""
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    console = Console(file=buf, width=width or FULL_WIDTH, highlight=False, soft_wrap=False,
                      no_color=True, force_terminal=False, legacy_windows=False)
    console.print(render_table(t, width or FULL_WIDTH, lang, title))
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())
