"""Rich tables: grouped by category, shortfalls red and successes green, each also marked
by a symbol so colour is never the only signal."""

from __future__ import annotations

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from qnplan.model import SHORTFALLS, Change, Status
from qnplan.render.cells import visible
from qnplan.render.columns import Tabular

NUMERIC = {"a", "b", "delta", "ratio", "target", "result"}
WRAPPING = {"indicator", "title", "name", "chosen", "other", "quote"}  # may wrap; the rest never do
MIN_WRAP = 18
CATEGORY_NAMES = {
    "en": {"economy": "Economy", "society": "Society", "environment": "Environment",
           "governance": "Governance", "party": "Party building"},
    "vi": {"economy": "Kinh tế", "society": "Xã hội", "environment": "Môi trường",
           "governance": "Quản trị", "party": "Xây dựng Đảng"},
}


def _status_style(status: Status | None) -> str | None:
    if status in SHORTFALLS:
        return "red"
    if status in (Status.MET, Status.ON_TRACK):
        return "green"
    return None


def fit_columns(t: Tabular, width: int) -> list[int]:
    """Indexes of the columns to show: secondary ones dropped until the rest fit `width`."""
    keep = list(range(len(t.keys)))

    def needed() -> int:
        total = 0
        for i in keep:
            if t.keys[i] in WRAPPING:
                total += MIN_WRAP
            else:
                total += max([cell_len(r[i]) for r in t.rows] + [cell_len(t.headers[i])])
        return total + 3 * (len(keep) - 1)  # padding 1 + divider 1 + padding 1

    for key in t.secondary:
        if needed() <= width:
            break
        if key in t.keys:
            keep.remove(t.keys.index(key))
    return keep


def render_table(t: Tabular, width: int, lang: str = "en", title: str | None = None,
                 ) -> RenderableType:
    """A Rich renderable for a Tabular, fitted to `width` columns."""
    keep = fit_columns(t, width)
    merged_unit = "unit" in t.keys and t.keys.index("unit") not in keep
    table = Table(title=escape(title) if title else None, box=box.SIMPLE_HEAD, pad_edge=False,
                  show_edge=False,
                  header_style="bold", title_justify="left", title_style="bold")
    for i in keep:
        key = t.keys[i]
        table.add_column(escape(t.headers[i]), justify="right" if key in NUMERIC else "left",
                         overflow="fold", no_wrap=key not in WRAPPING,
                         min_width=MIN_WRAP if key in WRAPPING else None)
    category = None
    names = CATEGORY_NAMES.get(lang, CATEGORY_NAMES["en"])
    for n, (row, cat, status, change) in enumerate(
            zip(t.rows, t.categories, t.statuses, t.changes, strict=True)):
        if cat and cat != category:
            if category is not None:
                table.add_section()
            table.add_row(Text(names.get(cat, cat), style="bold underline"),
                          *[""] * (len(keep) - 1))
            category = cat
        cells = []
        for i in keep:
            text = row[i]
            if merged_unit and t.keys[i] == "indicator" and row[t.keys.index("unit")]:
                text += f" ({row[t.keys.index('unit')]})"
            if t.keys[i] == "indicator" and t.marks:
                text += t.marks[n]
            # Text, not markup: data can never inject [bold] or links; escapes are shown.
            cell = Text(visible(text))
            style = _status_style(status)
            if t.keys[i] == "status" and style:
                cell.stylize(style)
            if t.keys[i] == "change" and change in (Change.RAISED, Change.LOWERED):
                cell.stylize("bold")
            cells.append(cell)
        table.add_row(*cells)
    parts: list[RenderableType] = [table]
    parts.extend(Text(visible(note)) for note in t.notes)
    if t.summary:
        parts.append(Text(t.summary))
    return Group(*parts)
