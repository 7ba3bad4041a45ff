"""The HTML report's sections as the template shows them: the comparison table grouped by
category, shortfalls, results with no target, trend charts, plan periods and disagreements,
every figure in them cited."""

from __future__ import annotations

from collections.abc import Mapping

import msgspec

from qnplan.analysis.plans import PlanRow
from qnplan.analysis.rows import CompareRow, ConflictRow, ResultRow
from qnplan.analysis.trend import IndicatorTrend
from qnplan.i18n import tr
from qnplan.model import SHORTFALLS, Change, Result, Status, Target
from qnplan.render import cells as c
from qnplan.render.columns import RIGHT, Tabular
from qnplan.render.html_citations import Citations, Figure
from qnplan.render.report_md import measure

STATUS_CLASS = {Status.MET: "good", Status.ON_TRACK: "good", Status.MISSED: "bad",
                Status.BEHIND: "bad", Status.NO_DATA: "none", Status.UNASSESSABLE: "none"}
CHANGE_CLASS = {Change.RAISED: "up", Change.LOWERED: "down", Change.NEW: "new",
                Change.DROPPED: "dropped", Change.NOT_RESTATED: "not-restated",
                Change.UNCHANGED: "same", Change.CHANGED: "changed"}


class Cell(msgspec.Struct, frozen=True):
    label: str  # the column header, shown beside the value on a phone
    text: str  # shown when there is no figure
    figures: list[Figure] = msgspec.field(default_factory=list)  # a revision: old → new
    css: str = ""


class Line(msgspec.Struct, frozen=True):
    """One row of a table: its header cell, the other cells, and disagreement marks."""

    name: str
    cells: list[Cell]
    marks: list[int] = msgspec.field(default_factory=list)


class Group(msgspec.Struct, frozen=True):
    category: str
    lines: list[Line]


class Chart(msgspec.Struct, frozen=True):
    name: str
    svg: str  # built by qnplan.render.svg, which escapes every text it holds
    headers: list[str]
    lines: list[Line]
    progress: str


class Shortfall(msgspec.Struct, frozen=True):
    name: str
    target: Figure
    result: Figure
    status: str
    measure: str  # how far from the target, as the Markdown report says it


class Untargeted(msgspec.Struct, frozen=True):
    name: str
    year: str
    result: Figure


class Disagreement(msgspec.Struct, frozen=True):
    """One figure on which sources disagree: the entry used and every other one stated."""

    n: int
    year: int
    name: str
    kind: str
    used: Figure
    others: list[Figure]


class PlanSection(msgspec.Struct, frozen=True):
    """One plan period of the report: its targets as table lines (each target cited)."""

    id: str
    title: str
    headers: list[str]
    numeric: list[bool]
    lines: list[list[Figure | str]]
    notes: list[str]


def _by_figure(conflicts: list[ConflictRow]) -> list[list[ConflictRow]]:
    """The disagreements grouped per figure (the entry used), in the order first listed: one
    figure with two dissenting sources is one disagreement, counted and listed once."""
    by_entry: dict[tuple[str, int], list[ConflictRow]] = {}
    for k in conflicts:
        by_entry.setdefault((k.chosen.path, k.chosen.order), []).append(k)
    return list(by_entry.values())


def _marks(conflicts: list[ConflictRow]) -> dict[tuple[str, int], list[int]]:
    """Disagreement numbers by the entry that was used despite them."""
    return {(g[0].chosen.path, g[0].chosen.order): [n]
            for n, g in enumerate(_by_figure(conflicts), 1)}


def _css(key: str, figure: Figure | None, t: Tabular, i: int) -> str:
    if figure is not None and figure.wording:
        return "wording"
    if key == "status":
        st = t.statuses[i]
        return f"status {STATUS_CLASS.get(st, 'none')}" if st else "status none"
    if key == "change":
        ch = t.changes[i]
        return f"change {CHANGE_CLASS.get(ch, 'changed')}" if ch else "change"
    return "num" if key in RIGHT else ""


def groups(rows: list[CompareRow], table: Tabular, conflicts: list[ConflictRow],
           cites: Citations, lang: str) -> list[Group]:
    """The comparison table's rows, cell for cell as every other format shows them, with a
    citation on each target and result and the numbers of the disagreements behind them."""
    marks = _marks(conflicts)
    i_name = table.keys.index("indicator")
    out: list[Group] = []
    for i, (r, cells) in enumerate(zip(rows, table.rows, strict=True)):
        name = cells[i_name]
        st = r.a_status
        entries: dict[str, Target | Result | None] = {
            "a": r.a.entry if r.a else None, "b": r.b.entry if r.b else None,
            "result": st.result if st else None}
        line = Line(name, [], sorted(n for e in entries.values() if e is not None
                                     for n in marks.get((e.path, e.order), [])))
        for j, (key, text) in enumerate(zip(table.keys, cells, strict=True)):
            if j == i_name:
                continue
            entry = entries.get(key)
            fig = cites.figure(entry, name, text) if entry is not None else None
            line.cells.append(Cell(table.headers[j], text, [fig] if fig else [],
                                   _css(key, fig, table, i)))
        category = tr(f"category.{r.indicator.category}", lang)
        if not out or out[-1].category != category:
            out.append(Group(category, []))
        out[-1].lines.append(line)
    return out


def shortfalls(rows: list[CompareRow], cites: Citations, lang: str) -> list[Shortfall]:
    """Year A's targets missed or behind, each with its result and how far it fell short."""
    out: list[Shortfall] = []
    for r in rows:
        st = r.a_status
        if r.a is None or st is None or st.result is None or st.status not in SHORTFALLS:
            continue
        name = c.indicator_cell(r.indicator, r.scope, r.period, lang, cites.ds.province)
        out.append(Shortfall(name, cites.figure(r.a.entry, name), cites.figure(st.result, name),
                             c.status_mark(st.status, lang), measure(st, r.indicator, lang)))
    return out


def untargeted(results: list[ResultRow], cites: Citations, lang: str) -> list[Untargeted]:
    """The results reported with no target to compare them with."""
    out: list[Untargeted] = []
    for u in results:
        e = u.result.entry
        name = c.indicator_cell(u.indicator, u.scope, "FY", lang, cites.ds.province)
        out.append(Untargeted(name, str(e.year), cites.figure(e, name, cites.with_unit(e))))
    return out


def charts(trends: list[IndicatorTrend], cites: Citations, lang: str,
           plan_lines: Mapping[tuple[str, str], list[PlanRow]] | None = None) -> list[Chart]:
    """Each trend's SVG chart and, beside it, the same figures as a table."""
    from qnplan.render.svg import trend_chart
    from qnplan.render.trend_table import progress_text

    headers = [tr("html.year", lang), tr("h.target", lang), tr("h.result", lang),
               tr("h.status", lang)]
    out = []
    for trend in trends:
        name = c.indicator_cell(cites.ds.indicators[trend.indicator], trend.scope, "FY", lang,
                                cites.ds.province)
        lines = []
        for y in trend.years:
            targets = [cites.figure(old, name, c.target_cell(old, lang))
                       for old in (*y.revised_from, *([y.target] if y.target else []))]
            result = [cites.figure(y.result, name)] if y.result is not None else []
            status = c.status_mark(y.status, lang) if y.status else ""
            lines.append(Line(str(y.year), [
                Cell(headers[1], "—", targets, "num"),
                Cell(headers[2], "—", result, "num"),
                Cell(headers[3], status, [],
                     f"status {STATUS_CLASS[y.status]}" if y.status else "status none")]))
        # as the terminal says it
        progress = f"{tr('html.progress', lang)} {progress_text(trend, lang)}"
        drawn = (plan_lines or {}).get((trend.indicator, trend.scope), [])
        out.append(Chart(name, trend_chart(trend, lang=lang, plans=drawn), headers, lines,
                         progress))
    return out


def plan_sections(plans: Mapping[tuple[int, int], list[PlanRow]], cites: Citations,
                  lang: str) -> list[PlanSection]:
    """A section per plan period the years fall in, as `qnplan plan` shows it."""
    from qnplan.render.plans import period_text, plan_table

    out = []
    for period, rows in plans.items():
        t = plan_table(rows, period, lang, cites.ds.province)
        at = t.keys.index("target")
        lines: list[list[Figure | str]] = []
        for row, cells in zip(rows, t.rows, strict=True):
            line: list[Figure | str] = list(cells)
            line[at] = cites.plan_figure(row.target, cells[0], cells[at])
            lines.append(line)
        out.append(PlanSection(f"plan-{period[0]}-{period[1]}",
                               tr("report.plan_heading", lang, period=period_text(period)),
                               t.headers, [k in RIGHT for k in t.keys], lines,
                               [*t.notes, *t.summary]))
    return out


def disagreements(conflicts: list[ConflictRow], cites: Citations,
                  lang: str) -> list[Disagreement]:
    """Each figure on which sources disagree, numbered as the comparison table marks it."""
    out: list[Disagreement] = []
    for group in _by_figure(conflicts):
        k = group[0]
        name = c.indicator_cell(k.indicator, k.scope, k.period, lang, cites.ds.province)
        out.append(Disagreement(len(out) + 1, k.year, name, tr(f"kind.{k.kind}", lang),
                                cites.figure(k.chosen, name),
                                [cites.figure(o.other, name) for o in group]))
    return out

