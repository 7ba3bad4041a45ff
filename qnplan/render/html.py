"""The HTML report: one self-contained file (inline CSS and SVG, no script, no network),
rendered by Jinja2 with autoescaping, every figure linked to its verbatim quote."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import msgspec

from qnplan.analysis.plans import PlanRow
from qnplan.analysis.rows import CompareRow, ConflictRow, ResultRow, Summary
from qnplan.analysis.trend import IndicatorTrend
from qnplan.errors import UsageError
from qnplan.i18n import methods_note, tr, tr_count
from qnplan.model import SHORTFALLS, Change, Dataset, PlanTarget, Result, Source, Status, Target
from qnplan.render import cells as c
from qnplan.render.columns import RIGHT, Tabular
from qnplan.render.report_md import measure, report_title, summary_targets

MISSING_EXTRA = ("the HTML report needs Jinja2, which is not installed; "
                 "install the extra with: pip install 'qnplan[html]'")

# Words only this report uses; the rest comes from qnplan.i18n, shared with the Markdown export.
TEXT: dict[str, dict[str, str]] = {
    "en": {
        "contents": "Contents",
        "changes_caption": "How the targets moved from {a} to {b}",
        "statuses_caption": "{a} targets against the latest results",
        "compared_caption": ("Targets {a} and {b} side by side, with {a}'s latest result; "
                             "the numbers in brackets lead to each figure's quote."),
        "shortfall": "target {target}, result {result}: {status}, {measure}",
        "trends": "Trends",
        "trends_intro": ("Each year's full-year target and latest result up to {b}; the table "
                         "beside each chart holds the same figures."),
        "trend_caption": "{name}: target and result by year",
        "progress": "Progress",
        "year": "Year",
        "used": "used",
        "other": "also stated",
        "figure_label": "{name} · {year} {kind}",
        "plan_figure_label": "{name} · plan {period} target",
        "citations": "Every figure and its quote",
        "disagreement": "see disagreement {n}",
        "scope": "Scope: {scope}.",
        "source_preferred": "Figures from source {source} are preferred where it gives one.",
        "methods_quotes": ("Every figure links to the sentence it was copied from, in the "
                           "document's own words, listed under “Every figure and its quote”."),
        "methods_trend": ("Progress over several years compares what was achieved with what was "
                          "required (R): growth rates chained into an index, flows summed, "
                          "levels as the distance covered towards the latest target; R ≥ 0.95 "
                          "is on track, 0.60–0.95 needs acceleration, below 0.60 limited "
                          "progress, below 0 deteriorating. Part-year results are shown but do "
                          "not count."),
    },
    "vi": {
        "contents": "Mục lục",
        "changes_caption": "Mục tiêu thay đổi thế nào từ năm {a} sang năm {b}",
        "statuses_caption": "Mục tiêu năm {a} so với kết quả mới nhất",
        "compared_caption": ("Mục tiêu năm {a} và năm {b}, kèm kết quả mới nhất năm {a}; "
                             "số trong ngoặc vuông dẫn tới trích dẫn của từng số liệu."),
        "shortfall": "mục tiêu {target}, kết quả {result}: {status}, {measure}",
        "trends": "Xu hướng",
        "trends_intro": ("Mục tiêu cả năm và kết quả mới nhất của từng năm đến năm {b}; bảng "
                         "bên cạnh mỗi biểu đồ ghi cùng các số liệu."),
        "trend_caption": "{name}: mục tiêu và kết quả theo năm",
        "progress": "Tiến độ",
        "year": "Năm",
        "used": "dùng",
        "other": "nguồn khác ghi",
        "figure_label": "{name} · {kind} năm {year}",
        "plan_figure_label": "{name} · mục tiêu kế hoạch {period}",
        "citations": "Các số liệu và trích dẫn",
        "disagreement": "xem chênh lệch {n}",
        "scope": "Phạm vi: {scope}.",
        "source_preferred": "Ưu tiên số liệu của nguồn {source} khi nguồn này có.",
        "methods_quotes": ("Mỗi số liệu dẫn tới câu văn gốc trong văn bản, giữ nguyên lời văn, "
                           "liệt kê ở mục “Các số liệu và trích dẫn”."),
        "methods_trend": ("Tiến độ nhiều năm so phần đã đạt với phần phải đạt (R): tốc độ tăng "
                          "trưởng được nhân dồn thành chỉ số, chỉ tiêu dạng dòng được cộng dồn, "
                          "chỉ tiêu mức tính theo quãng đã đi tới mục tiêu mới nhất; R ≥ 0,95 là "
                          "đúng lộ trình, 0,60–0,95 cần tăng tốc, dưới 0,60 tiến triển hạn chế, "
                          "dưới 0 xấu đi. Kết quả một phần năm được hiển thị nhưng không tính."),
    },
}
STATUS_CLASS = {Status.MET: "good", Status.ON_TRACK: "good", Status.MISSED: "bad",
                Status.BEHIND: "bad", Status.NO_DATA: "none", Status.UNASSESSABLE: "none"}
CHANGE_CLASS = {Change.RAISED: "up", Change.LOWERED: "down", Change.NEW: "new",
                Change.DROPPED: "dropped", Change.NOT_RESTATED: "not-restated",
                Change.UNCHANGED: "same", Change.CHANGED: "changed"}


class Figure(msgspec.Struct, frozen=True):
    """A figure as shown, and the number of the citation that quotes it."""

    text: str
    cite: int
    wording: bool = False  # a qualitative target's words, which may wrap


class Citation(msgspec.Struct, frozen=True):
    n: int
    label: str
    figure: str
    quote: str
    source: Source


class Citations:
    """Numbers every cited entry once, in the order the report first shows it."""

    def __init__(self, ds: Dataset, lang: str) -> None:
        self.ds, self.lang = ds, lang
        self.items: list[Citation] = []
        self._numbers: dict[tuple[str, int], int] = {}

    def figure(self, entry: Target | Result, name: str, shown: str | None = None) -> Figure:
        """The figure as shown (by default, the entry's own cell) with its citation number."""
        key = (entry.path, entry.order)
        if key not in self._numbers:
            t = TEXT[self.lang]
            kind = tr("kind.target" if isinstance(entry, Target) else "kind.result", self.lang)
            label = t["figure_label"].format(name=name, year=entry.year, kind=kind)
            self._numbers[key] = n = len(self.items) + 1
            self.items.append(Citation(n, label, self.with_unit(entry), entry.quote,
                                       self.ds.sources[entry.source]))
        wording = isinstance(entry, Target) and entry.op == "qualitative"
        return Figure(shown or c.entry_cell(entry, self.lang), self._numbers[key], wording)

    def plan_figure(self, target: PlanTarget, name: str, shown: str) -> Figure:
        """A plan-period target as shown, with the number of the citation that quotes it."""
        key = (target.path, target.order)
        if key not in self._numbers:
            label = TEXT[self.lang]["plan_figure_label"].format(
                name=name, period=f"{target.start}–{target.end}")
            self._numbers[key] = n = len(self.items) + 1
            self.items.append(Citation(n, label, shown, target.quote,
                                       self.ds.sources[target.source]))
        return Figure(shown, self._numbers[key], target.op == "qualitative")

    def with_unit(self, entry: Target | Result) -> str:
        """'≥ 1 bn USD', '> 0.853 bn USD (8M)': a figure quoted on its own needs its unit."""
        text = c.entry_cell(entry, self.lang)
        unit = c.unit_cell(self.ds.indicators[entry.indicator], self.lang)
        numeric = (entry.value is not None or (isinstance(entry, Target) and entry.min is not None)
                   ) and not (isinstance(entry, Target) and c.none_left(entry))
        if not unit or not numeric:
            return text
        unit = unit if unit == "%" else f" {unit}"
        if isinstance(entry, Result):
            suffix = c.result_suffix(entry, self.lang)
            return f"{text.removesuffix(f' {suffix}')}{unit} {suffix}"
        return f"{text}{unit}"

    def sources(self) -> list[Source]:
        """The cited documents, in the order of their first citation."""
        return list({cit.source.id: cit.source for cit in self.items}.values())


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


def _by_figure(conflicts: list[ConflictRow]) -> list[list[ConflictRow]]:
    """The disagreements grouped per figure (the entry used), in the order first listed: one
    figure with two dissenting sources is one disagreement, counted and listed once."""
    groups: dict[tuple[str, int], list[ConflictRow]] = {}
    for k in conflicts:
        groups.setdefault((k.chosen.path, k.chosen.order), []).append(k)
    return list(groups.values())


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


def _groups(rows: list[CompareRow], table: Tabular, conflicts: list[ConflictRow],
            cites: Citations, lang: str) -> list[Group]:
    """The comparison table's rows, cell for cell as every other format shows them, with a
    citation on each target and result and the numbers of the disagreements behind them."""
    marks = _marks(conflicts)
    i_name = table.keys.index("indicator")
    groups: list[Group] = []
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
        if not groups or groups[-1].category != category:
            groups.append(Group(category, []))
        groups[-1].lines.append(line)
    return groups


def _shortfalls(rows: list[CompareRow], cites: Citations, lang: str) -> list[Shortfall]:
    out: list[Shortfall] = []
    for r in rows:
        st = r.a_status
        if r.a is None or st is None or st.result is None or st.status not in SHORTFALLS:
            continue
        name = c.indicator_cell(r.indicator, r.scope, r.period, lang, cites.ds.province)
        out.append(Shortfall(name, cites.figure(r.a.entry, name), cites.figure(st.result, name),
                             c.status_mark(st.status, lang), measure(st, r.indicator, lang)))
    return out


def _untargeted(results: list[ResultRow], cites: Citations, lang: str) -> list[Untargeted]:
    out: list[Untargeted] = []
    for u in results:
        e = u.result.entry
        name = c.indicator_cell(u.indicator, u.scope, "FY", lang, cites.ds.province)
        out.append(Untargeted(name, str(e.year), cites.figure(e, name, cites.with_unit(e))))
    return out


def _charts(trends: list[IndicatorTrend], cites: Citations, lang: str,
            plan_lines: Mapping[tuple[str, str], list[PlanRow]] | None = None) -> list[Chart]:
    """Each trend's SVG chart and, beside it, the same figures as a table."""
    from qnplan.render.svg import trend_chart
    from qnplan.render.trend_table import progress_text

    t = TEXT[lang]
    headers = [t["year"], tr("h.target", lang), tr("h.result", lang), tr("h.status", lang)]
    charts = []
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
        progress = f"{t['progress']} {progress_text(trend, lang)}"  # as the terminal says it
        drawn = (plan_lines or {}).get((trend.indicator, trend.scope), [])
        charts.append(Chart(name, trend_chart(trend, lang=lang, plans=drawn), headers, lines,
                            progress))
    return charts


def _glance(trends: list[IndicatorTrend], lang: str, home: str) -> Tabular | None:
    """Progress at a glance (every indicator on one screen), or None without trends."""
    from qnplan.render.glance import glance_table

    return glance_table(trends, lang, home) if trends else None


class PlanSection(msgspec.Struct, frozen=True):
    """One plan period of the report: its targets as table lines (each target cited)."""

    id: str
    title: str
    headers: list[str]
    numeric: list[bool]
    lines: list[list[Figure | str]]
    notes: list[str]


def _plans(plans: Mapping[tuple[int, int], list[PlanRow]], cites: Citations,
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


def _disagreements(conflicts: list[ConflictRow], cites: Citations,
                   lang: str) -> list[Disagreement]:
    out: list[Disagreement] = []
    for group in _by_figure(conflicts):
        k = group[0]
        name = c.indicator_cell(k.indicator, k.scope, k.period, lang, cites.ds.province)
        out.append(Disagreement(len(out) + 1, k.year, name, tr(f"kind.{k.kind}", lang),
                                cites.figure(k.chosen, name),
                                [cites.figure(o.other, name) for o in group]))
    return out


def _environment() -> Any:
    try:
        import jinja2
    except ImportError:
        raise UsageError(MISSING_EXTRA) from None
    return jinja2.Environment(
        loader=jinja2.PackageLoader("qnplan.render", "templates"),
        autoescape=True,  # every value is untrusted data: a quote may hold "<script>"
        undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True,
        finalize=_shown)


def _shown(value: Any) -> Any:
    """Text as a reader should see it: control characters from a document (a form feed, an
    escape) as \\xNN rather than obeyed or dropped; markup built here (the SVG) untouched."""
    import markupsafe

    if isinstance(value, str) and not isinstance(value, markupsafe.Markup):
        return c.visible(value)
    return value


def _summary(rows: list[CompareRow], summary: Summary, years: tuple[int, int], n_short: int,
             n_conflicts: int, lang: str) -> str:
    a = years[0]
    ch, st = summary.changes, summary.statuses
    changes = {k.value: ch.get(k, 0) for k in Change} | {"not_restated": ch.get("not_restated", 0)}
    return " ".join([
        summary_targets(rows, changes, years, lang),
        tr("report.summary_status", lang, a=a, short=n_short,
           **{k.value: st.get(k, 0) for k in Status}),
        tr("report.summary_conflicts", lang,
           figures=tr_count("count.figure", n_conflicts, lang))])


def html_report(ds: Dataset, years: tuple[int, int], rows: list[CompareRow], table: Tabular,
                summary: Summary, conflicts: list[ConflictRow], untargeted: list[ResultRow],
                trends: list[IndicatorTrend], lang: str, *, scope: str,
                source: str | None = None, swapped: bool = False,
                plans: Mapping[tuple[int, int], list[PlanRow]] | None = None,
                plan_lines: Mapping[tuple[str, str], list[PlanRow]] | None = None) -> str:
    """The whole report as one HTML document in the given language."""
    env = _environment()
    a, b = years
    t = TEXT[lang]
    cites = Citations(ds, lang)
    groups = _groups(rows, table, conflicts, cites, lang)
    shortfalls = _shortfalls(rows, cites, lang)
    no_target = _untargeted(untargeted, cites, lang)
    charts = _charts(trends, cites, lang, plan_lines)
    plan_sections = _plans(plans or {}, cites, lang)
    disagreements = _disagreements(conflicts, cites, lang)
    ch, st = summary.changes, summary.statuses
    title = report_title(scope, years, lang, ds.province)
    return str(env.get_template("report.html.j2").render(
        lang=lang, t=t, tr=lambda key, **kw: tr(key, lang, **kw), a=a, b=b, title=title,
        headers=[table.headers[j] for j, k in enumerate(table.keys) if k != "indicator"],
        numeric=[k in RIGHT for k in table.keys if k != "indicator"],
        generated=c.made_line(cites.sources(), lang),
        glance=_glance(trends, lang, ds.province),
        status_class=lambda st: STATUS_CLASS.get(st, "none") if st else "none",
        summary_text=(tr("note.swapped", lang, a=a, b=b) + " " if swapped else "")
        + _summary(rows, summary, years, len(shortfalls), len(disagreements), lang),
        scope_text=t["scope"].format(scope=scope),
        source_text=t["source_preferred"].format(source=source) if source else "",
        changes=[(c.change_mark(k, lang), CHANGE_CLASS[k], ch.get(k, 0)) for k in Change],
        statuses=[(c.status_mark(k, lang), STATUS_CLASS[k], st.get(k, 0)) for k in Status],
        groups=groups, columns=len(table.keys), shortfalls=shortfalls, untargeted=no_target,
        charts=charts, plans=plan_sections,
        disagreements=disagreements, citations=cites.items, sources=cites.sources(),
        methods=[*methods_note(lang), t["methods_quotes"], *([t["methods_trend"]] if charts
                                                              else [])],
        source_date=lambda s: c.date_cell(s.date, lang)))
