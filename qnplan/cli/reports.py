"""The report commands: export (Markdown) and report (one self-contained HTML page)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple

import typer

from qnplan.cli.common import Settings, dataset, handled, out, settings, stderr, write_file
from qnplan.cli.options import (
    CategoryOpt,
    ExportFormat,
    ScopeOpt,
    SourceOpt,
    YearA,
    YearB,
    complete_year,
)
from qnplan.errors import UsageError
from qnplan.i18n import tr, tr_count
from qnplan.message import msg

if TYPE_CHECKING:
    from qnplan.analysis.rows import CompareRow, ConflictRow, Filters, ResultRow, Summary
    from qnplan.model import Dataset


class ReportParts(NamedTuple):
    """What both report commands show: the comparison rows, their summary and the conflicts."""

    ds: Dataset
    filters: Filters
    rows: list[CompareRow]
    summary: Summary
    disagreements: list[ConflictRow]
    untargeted: list[ResultRow]  # results no target of their year is judged by


def _report_parts(run: Settings, year_a: int, year_b: int, scope: str | None,
                  category: str | None, source: str | None) -> ReportParts:
    from qnplan.analysis.rows import (
        Filters,
        compare_rows,
        conflict_rows,
        summarize_compare,
        untargeted_results,
    )

    ds = dataset(run)
    filters = Filters(scope or ds.province, category, source)
    rows = compare_rows(ds, year_a, year_b, filters)
    disagreements = [k for y in (year_a, year_b) for k in conflict_rows(ds, y, filters)]
    untargeted = [u for y in (year_a, year_b) for u in untargeted_results(ds, y, filters)]
    return ReportParts(ds, filters, rows, summarize_compare(rows), disagreements, untargeted)


def _trends(p: ReportParts, year_b: int, category: str | None, source: str | None) -> list[Any]:
    """The trends up to year B that both reports open with (progress at a glance)."""
    from qnplan.analysis.trend import build_trend

    return [t for t in build_trend(p.ds, year_to=year_b, scope=p.filters.scope, source=source)
            if category is None or p.ds.indicators[t.indicator].category == category]


def _write_report(output: str, text: str, data_root: str, lang: str) -> None:
    """Print to stdout for '-', else write the file whole (never into the data directory)."""
    from qnplan.output import write_atomic

    if output == "-":
        out(text)
        return
    write_atomic(Path(output), text, Path(data_root))
    stderr(tr("msg.wrote", lang, path=output))


OptionalYear = Annotated[int | None, typer.Argument(
    metavar="[A]", show_default=False, autocompletion=complete_year,
    help="Earlier year (markdown and xlsx; a data package holds every year).")]


@handled
def export(
    ctx: typer.Context,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="PATH",
        help="File to write ('-' for stdout: Markdown only); for datapackage, a folder.")],
    year_a: OptionalYear = None,
    year_b: Annotated[int | None, typer.Argument(
        metavar="[B]", show_default=False, autocompletion=complete_year,
        help="Later year (markdown and xlsx).")] = None,
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="markdown (a report to publish), xlsx (an Excel workbook, one "
        "sheet per view; needs the [xlsx] extra) or datapackage (the whole dataset as CSV "
        "tables with a datapackage.json).")] = ExportFormat.markdown,
    scope: ScopeOpt = None,
    category: CategoryOpt = None,
    source: SourceOpt = None,
) -> None:
    """Write a report of years A and B (Markdown, or an Excel workbook), or the whole dataset
    as a Frictionless Data Package."""
    from qnplan.analysis.plans import covering
    from qnplan.analysis.rows import in_time_order
    from qnplan.render.report_md import export_report

    run = settings(ctx)
    if fmt is ExportFormat.datapackage:
        if year_a is not None or scope or category or source:
            raise UsageError(msg("err.package_is_whole"))
        _write_package(output, run)
        return
    if year_a is None or year_b is None:
        raise UsageError(msg("err.export_needs_years", format=fmt.value))
    year_a, year_b, swapped = in_time_order(year_a, year_b)
    if fmt is ExportFormat.xlsx:
        if output == "-":
            raise UsageError(msg("err.xlsx_needs_output"))
        from qnplan.analysis.rows import Filters, compare_rows
        from qnplan.render.workbook import export_workbook

        ds = dataset(run)
        filters = Filters(scope or ds.province, category, source)
        rows = compare_rows(ds, year_a, year_b, filters)
        content = export_workbook(ds, (year_a, year_b), filters.scope, filters, run.lang,
                                  rows)
        write_file(output, content, ds.root, run.lang)
        return
    p = _report_parts(run, year_a, year_b, scope, category, source)
    plans = covering(p.ds, [year_a, year_b], p.filters.scope, source)
    text = export_report(p.ds, (year_a, year_b), p.filters.scope, p.rows, p.summary,
                         p.disagreements, p.untargeted, run.lang, swapped=swapped,
                         trends=_trends(p, year_b, category, source), plans=plans)
    _write_report(output, text, p.ds.root, run.lang)


def _write_package(output: str, run: Settings) -> None:
    """The whole data folder as a Data Package in the folder `output`, written whole."""
    from qnplan.output import write_folder
    from qnplan.render.datapackage import OWN_FILES, package_files

    if output == "-":
        raise UsageError(msg("err.package_needs_folder"))
    ds = dataset(run)
    files = package_files(ds)
    write_folder(Path(output), files, Path(ds.root), OWN_FILES)
    stderr(tr("msg.wrote_package", run.lang, path=output,
              tables=tr_count("count.table", len(files) - 1, run.lang)))


@handled
def report(
    ctx: typer.Context,
    year_a: YearA,
    year_b: YearB,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE", help="HTML file to write; '-' for stdout.")],
    scope: ScopeOpt = None,
    category: CategoryOpt = None,
    source: SourceOpt = None,
) -> None:
    """Write a self-contained HTML report (needs the [html] extra): every figure with its quote."""
    from qnplan.analysis.plans import by_indicator, covering
    from qnplan.analysis.rows import in_time_order
    from qnplan.render.columns import compare_table
    from qnplan.render.html import html_report  # Jinja2 is imported by this command only

    run = settings(ctx)
    year_a, year_b, swapped = in_time_order(year_a, year_b)
    p = _report_parts(run, year_a, year_b, scope, category, source)
    scope = p.filters.scope
    table = compare_table(p.rows, (year_a, year_b), run.lang, p.summary, p.ds.province,
                          swapped=swapped)
    trends = _trends(p, year_b, category, source)
    text = html_report(p.ds, (year_a, year_b), p.rows, table, p.summary, p.disagreements,
                       p.untargeted, trends, run.lang, scope=scope, source=source,
                       swapped=swapped, plans=covering(p.ds, [year_a, year_b], scope, source),
                       plan_lines=by_indicator(p.ds, sorted({y.year for t in trends
                                                             for y in t.years}), scope, source))
    _write_report(output, text, p.ds.root, run.lang)
