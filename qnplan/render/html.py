"""The HTML report: one self-contained file (inline CSS and SVG, no script, no network),
rendered by Jinja2 with autoescaping, every figure linked to its verbatim quote."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from qnplan.analysis.plans import PlanRow
from qnplan.analysis.rows import CompareRow, ConflictRow, ResultRow, Summary
from qnplan.analysis.trend import IndicatorTrend
from qnplan.errors import UsageError
from qnplan.i18n import methods_note, template, tr, tr_count
from qnplan.message import msg
from qnplan.model import Change, Dataset, Status
from qnplan.render import cells as c
from qnplan.render import html_sections as sections
from qnplan.render.columns import RIGHT, Tabular
from qnplan.render.html_citations import Citations
from qnplan.render.html_sections import CHANGE_CLASS, STATUS_CLASS
from qnplan.render.report_md import report_title, summary_targets


def _glance(trends: list[IndicatorTrend], lang: str, home: str) -> Tabular | None:
    """Progress at a glance (every indicator on one screen), or None without trends."""
    from qnplan.render.glance import glance_table

    return glance_table(trends, lang, home) if trends else None


def _environment() -> Any:
    try:
        import jinja2
    except ImportError:
        raise UsageError(msg("html.needs_extra")) from None
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
    cites = Citations(ds, lang)
    groups = sections.groups(rows, table, conflicts, cites, lang)
    shortfalls = sections.shortfalls(rows, cites, lang)
    no_target = sections.untargeted(untargeted, cites, lang)
    charts = sections.charts(trends, cites, lang, plan_lines)
    plan_sections = sections.plan_sections(plans or {}, cites, lang)
    disagreements = sections.disagreements(conflicts, cites, lang)
    ch, st = summary.changes, summary.statuses
    title = report_title(scope, years, lang, ds.province)
    return str(env.get_template("report.html.j2").render(
        lang=lang, tr=lambda key, **kw: tr(key, lang, **kw),
        template=lambda key: template(key, lang), a=a, b=b, title=title,
        headers=[table.headers[j] for j, k in enumerate(table.keys) if k != "indicator"],
        numeric=[k in RIGHT for k in table.keys if k != "indicator"],
        generated=c.made_line(cites.sources(), lang),
        glance=_glance(trends, lang, ds.province),
        status_class=lambda st: STATUS_CLASS.get(st, "none") if st else "none",
        summary_text=(tr("note.swapped", lang, a=a, b=b) + " " if swapped else "")
        + _summary(rows, summary, years, len(shortfalls), len(disagreements), lang),
        scope_text=tr("html.scope", lang, scope=scope),
        source_text=tr("html.source_preferred", lang, source=source) if source else "",
        changes=[(c.change_mark(k, lang), CHANGE_CLASS[k], ch.get(k, 0)) for k in Change],
        statuses=[(c.status_mark(k, lang), STATUS_CLASS[k], st.get(k, 0)) for k in Status],
        groups=groups, columns=len(table.keys), shortfalls=shortfalls, untargeted=no_target,
        charts=charts, plans=plan_sections,
        disagreements=disagreements, citations=cites.items, sources=cites.sources(),
        methods=[*methods_note(lang), tr("html.methods_quotes", lang),
                 *([tr("html.methods_trend", lang)] if charts else [])],
        source_date=lambda s: c.date_cell(s.date, lang)))
