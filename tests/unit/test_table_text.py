"""render/table.py: a table printed to a pipe is laid out without Rich, and reads exactly as
Rich lays it out at full width (tests pin Rich's layout elsewhere; this pins the two to each
other on every listing of the bundled data, in both languages)."""

from __future__ import annotations

import io

import pytest
from rich.console import Console

import qnplan
from qnplan.render.columns import Tabular, indicators_table, sources_table
from qnplan.render.table import FULL_WIDTH, full_width_text, render_table


def rich_text(t: Tabular, lang: str, title: str | None) -> str:
    buf = io.StringIO()
    Console(file=buf, width=FULL_WIDTH, highlight=False, soft_wrap=False, no_color=True,
            force_terminal=False).print(render_table(t, FULL_WIDTH, lang, title))
    return "".join(line.rstrip() + "\n" for line in buf.getvalue().splitlines())


def tables(lang: str) -> list[tuple[str, Tabular]]:
    ds = qnplan.load()
    out = [(name, listing.table(lang)) for name, listing in (
        ("compare", ds.compare(2023, 2024, scope="all")),
        ("status", ds.status(2024)),
        ("results", ds.results(2024, scope="all")),
        ("conflicts", ds.conflicts()),
        ("trend", ds.trend(scope="all")))]
    return [*out, ("indicators", indicators_table(ds.data, lang)),
            ("sources", sources_table(ds.data, lang))]


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_pipe_layout_is_richs_layout(lang: str) -> None:
    """Every listing, with and without a title, prints the same text as through Rich."""
    for name, t in tables(lang):
        for title in (None, f"Listing {name}"):
            assert full_width_text(t, lang, title) == rich_text(t, lang, title), name


def test_what_rich_would_wrap_is_left_to_rich() -> None:
    """A cell with a line break has no plain layout: the caller uses Rich's."""
    t = Tabular(["indicator", "value"], ["Indicator", "Value"])
    t.add(["two\nlines", "1"])
    assert full_width_text(t) is None
