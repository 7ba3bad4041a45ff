"""Rich tables: grouped by category, shortfalls red and successes green, each also marked
by a symbol so colour is never the only signal."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.cells import cell_len

from qnplan.i18n import tr
from qnplan.model import SHORTFALLS, Change, Status
from qnplan.render.cells import visible
from qnplan.render.columns import RIGHT, Tabular

if TYPE_CHECKING:  # the rest of Rich is imported for a terminal only: a pipe needs no layout
    from rich.console import RenderableType

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
    from rich import box
    from rich.console import Group
    from rich.markup import escape
    from rich.table import Table
    from rich.text import Text

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
    if width is None:
        plain = full_width_text(t, lang, title)
        if plain is not None:
            return plain
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    console = Console(file=buf, width=width or FULL_WIDTH, highlight=False, soft_wrap=False,
                      no_color=True, force_terminal=False, legacy_windows=False)
    console.print(render_table(t, width or FULL_WIDTH, lang, title))
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


def full_width_text(t: Tabular, lang: str = "en", title: str | None = None) -> str | None:
    """The table at its natural width, laid out line by line as Rich lays it out at full
    width, without Rich's per-cell layout (ten times the cost of the rows themselves at 16k
    rows). None where Rich would do something this does not (a tab, a line break, a cell
    with outer spaces, a heading or title wider than its room): Rich's text then."""
    keep = list(range(len(t.keys)))
    texts = _texts(t, keep)
    lens = [[len(c) if c.isascii() else cell_len(c) for c in row] for row in texts]
    widths = [max([cell_len(h), *(r[n] for r in lens)]) for n, h in enumerate(t.headers)]
    right = [k in RIGHT for k in t.keys]
    head_col = t.keys.index("indicator") if "indicator" in t.keys else 0
    extra = [*t.headers, *(title or "",), *t.notes, *t.summary]
    if any("\t" in x for x in extra) or any("\n" in x for x in (*t.headers, title or "")):
        return None
    wraps = [k in WRAPPING for k in t.keys]  # Rich may trim the ends of what it could wrap
    for row in texts:
        for cell, wrap in zip(row, wraps, strict=True):
            if "\t" in cell or "\n" in cell or (wrap and cell != cell.strip(" ")):
                return None
    total = sum(widths) + GUTTER * (len(widths) - 1)
    if title is not None and cell_len(title) > total:
        return None

    def line(cells: list[str], sizes: list[int] | None = None) -> str:
        sizes = sizes or [cell_len(c) for c in cells]
        return "   ".join(" " * (w - n) + c if r else c + " " * (w - n)
                           for c, n, w, r in zip(cells, sizes, widths, right, strict=True)
                           ).rstrip()

    out = [] if title is None else [title.rstrip()]
    out += [line(list(t.headers)), "─" * total]
    category = None
    for row, sizes, cat in zip(texts, lens, t.categories, strict=True):
        if cat and cat != category:
            heading = tr(f"category.{cat}", lang)
            if cell_len(heading) > widths[head_col] or heading != heading.strip(" "):
                return None
            if category is not None:
                out.append("")
            cells = [""] * len(widths)
            cells[head_col] = heading
            out.append(line(cells))
            category = cat
        out.append(line(row, sizes))
    for paragraph in (*(visible(n) for n in t.notes), *t.summary):
        out += [part.rstrip() for part in paragraph.split("\n")]
    return "".join(x + "\n" for x in out)
