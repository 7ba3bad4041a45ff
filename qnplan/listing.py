"""What the library's questions return: a list of rows that also knows how to show itself.

A `Listing` is a plain list of the row types the CLI prints (CompareRow, StatusRow ...), so
code can loop over it and read fields; in a notebook it shows as the table the CLI would
print; `records()` flattens it to the CSV's columns and `to_pandas()` to a DataFrame."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from qnplan.render.columns import Tabular

T = TypeVar("T")
Record = dict[str, Any]


class Listing(list[T]):
    """Rows of one question, in the order the CLI lists them."""

    def __init__(self, rows: Iterable[T], table: Callable[[str], Tabular], lang: str = "en",
                 ) -> None:
        super().__init__(rows)
        self._table = table
        self.lang = lang

    def table(self, lang: str | None = None) -> Tabular:
        """The rows as the CLI's text columns (headers, cells, notes, summary)."""
        return self._table(lang or self.lang)

    def records(self, lang: str | None = None) -> list[Record]:
        """Plain dicts with the CSV's columns: numbers in the indicator's unit, codes."""
        return records(self, lang or self.lang)

    def to_pandas(self, lang: str | None = None) -> Any:  # a pandas.DataFrame (pandas is optional)
        """A pandas DataFrame of the records (pandas is imported only here)."""
        return to_pandas(self, lang or self.lang)

    def _repr_markdown_(self) -> str:
        from qnplan.render.markdown import markdown_table

        return markdown_table(self.table())

    def _repr_html_(self) -> str:
        return html_table(self.table())


def records(rows: Iterable[Any], lang: str = "en") -> list[Record]:
    """Rows of any listing (compare, status, results, conflicts, trend, plan) as plain dicts in the
    columns of that listing's CSV, so `pandas.DataFrame(qnplan.records(rows))` just works."""
    from qnplan.analysis.plans import PlanRow
    from qnplan.analysis.rows import CompareRow, ConflictRow, ResultRow, StatusRow
    from qnplan.analysis.trend import IndicatorTrend
    from qnplan.render import records as r

    rows = list(rows)
    if not rows:
        return []
    first = rows[0]
    if isinstance(first, CompareRow):
        return r.compare_records(rows, lang)
    if isinstance(first, StatusRow):
        return r.status_records(rows, lang)
    if isinstance(first, ResultRow):
        return r.result_records(rows, lang)
    if isinstance(first, ConflictRow):
        return r.conflict_records(rows, lang)
    if isinstance(first, IndicatorTrend):
        return r.trend_records(rows, lang)
    if isinstance(first, PlanRow):
        from qnplan.render.plans import plan_records

        return plan_records(rows, lang)
    raise TypeError(f"records() takes rows of a listing, not {type(first).__name__}")


def to_pandas(rows: Iterable[Any], lang: str = "en") -> Any:  # a DataFrame; pandas optional
    """The records of `rows` as a pandas DataFrame; pandas is needed only for this."""
    import pandas  # type: ignore[import-not-found,import-untyped,unused-ignore]

    return pandas.DataFrame(records(rows, lang))


def html_table(t: Tabular) -> str:
    """A listing as an HTML table (a notebook's display), its notes and summary below."""
    from qnplan.render.columns import RIGHT, with_marks

    aligns = [' style="text-align:right"' if k in RIGHT else "" for k in t.keys]

    def cells(tag: str, row: list[str]) -> str:
        return "".join(f"<{tag}{align}>{html.escape(cell)}</{tag}>"
                       for cell, align in zip(row, aligns, strict=True))

    body = "".join(f"<tr>{cells('td', row)}</tr>" for row in with_marks(t))
    parts = [f"<table><thead><tr>{cells('th', t.headers)}</tr></thead>"
             f"<tbody>{body}</tbody></table>"]
    parts += [f"<p>{html.escape(p)}</p>" for p in (*t.notes, *t.summary)]
    return "\n".join(parts)
