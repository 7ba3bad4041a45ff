"""The listing commands: compare, status, results, conflicts and trend. Each loads the data,
builds its rows and hands them to the one listing printer."""


from pathlib import Path
from typing import Annotated, Any

import typer

from qnplan.cli.common import (
    check_output,
    dataset,
    handled,
    listing_workbook,
    out,
    print_listing,
    settings,
    stderr,
)
from qnplan.cli.options import (
    CategoryOpt,
    Format,
    FormatOpt,
    OutputOpt,
    ScopeOpt,
    SourceOpt,
    TrendFormat,
    YearA,
    YearB,
    complete_indicator,
    complete_result_year,
    complete_year,
)
from qnplan.errors import UsageError
from qnplan.i18n import tr, tr_count
from qnplan.message import msg


@handled
def compare(
    ctx: typer.Context,
    year_a: YearA,
    year_b: YearB,
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = None,
    category: CategoryOpt = None,
    source: SourceOpt = None,
    output: OutputOpt = None,
) -> None:
    """Compare year A's targets with year B's, each row with A's status against A's results."""
    from qnplan.analysis.rows import Filters, compare_rows, in_time_order, summarize_compare
    from qnplan.render.columns import compare_table
    from qnplan.render.json import compare_json
    from qnplan.render.records import compare_records

    run = settings(ctx)
    check_output(fmt, output)
    year_a, year_b, swapped = in_time_order(year_a, year_b)
    ds = dataset(run)
    scope = scope or ds.province
    rows = compare_rows(ds, year_a, year_b, Filters(scope, category, source))
    lang = run.lang
    title = tr("title.compare", lang, a=year_a, b=year_b, scope=scope)
    print_listing(
        fmt, title, lang,
        json=lambda: compare_json((year_a, year_b), scope, rows, swapped=swapped),
        table=lambda: compare_table(rows, (year_a, year_b), lang, summarize_compare(rows),
                                    ds.province, swapped=swapped),
        records=lambda: compare_records(rows, lang),
        workbook=lambda: listing_workbook(ds, "compare", title, compare_records(rows, lang),
                                   lang, {"a": year_a, "b": year_b}),
        output=output)


def _fail_on(value: str | None) -> set[str]:
    from qnplan.model import Status

    if not value:
        return set()
    wanted = {v.strip() for v in value.split(",") if v.strip()}
    unknown = wanted - {s.value for s in Status}
    if unknown:
        raise UsageError(msg("err.fail_on_unknown", unknown=", ".join(sorted(unknown)),
                            known=", ".join(s.value for s in Status)))
    return wanted


@handled
def status(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(help="Year whose targets to judge.",
                                        autocompletion=complete_year)],
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = None,
    category: CategoryOpt = None,
    source: SourceOpt = None,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", metavar="STATUS,...",
        help="Exit 1 when any row has one of these statuses, e.g. missed,behind.",
        show_default=False)] = None,
    output: OutputOpt = None,
) -> None:
    """Every target of YEAR against its latest result, shortfalls flagged."""
    from qnplan.analysis.plans import ending_in
    from qnplan.analysis.rows import Filters, status_rows, summarize_status, untargeted_results
    from qnplan.render.columns import status_table
    from qnplan.render.json import status_json
    from qnplan.render.plans import ending_json, ending_paragraph
    from qnplan.render.records import status_records

    run = settings(ctx)
    failing = _fail_on(fail_on)
    check_output(fmt, output)
    ds = dataset(run)
    scope = scope or ds.province
    filters = Filters(scope, category, source)
    rows = status_rows(ds, year, filters)
    untargeted = untargeted_results(ds, year, filters)
    lang = run.lang
    ending = ending_in(ds, year, scope, source)

    def table() -> Any:
        t = status_table(rows, year, lang, summarize_status(rows), len(untargeted), scope,
                         ds.province)
        if ending:
            t.summary.append(ending_paragraph(ending, year, lang))
        return t

    title = tr("title.status", lang, year=year, scope=scope)
    print_listing(
        fmt, title, lang,
        json=lambda: status_json(year, scope, rows, untargeted, ending_json(ending)),
        table=table,
        records=lambda: status_records(rows, lang),
        workbook=lambda: listing_workbook(ds, "status", title, status_records(rows, lang),
                                          lang),
        output=output)
    matched = [r for r in rows if r.assessment.status.value in failing]
    if matched:
        stderr(tr("err.fail_on_matched", lang, rows=tr_count("count.row", len(matched), lang),
                  statuses=" | ".join(sorted(failing))))
        raise typer.Exit(1)


@handled
def results(
    ctx: typer.Context,
    year: Annotated[int, typer.Argument(help="Year whose results to list.",
                                        autocompletion=complete_result_year)],
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = None,
    category: CategoryOpt = None,
    source: SourceOpt = None,
    output: OutputOpt = None,
) -> None:
    """Every result reported for YEAR, including those with no target of their own."""
    from qnplan.analysis.rows import Filters, result_rows
    from qnplan.render.columns import results_table
    from qnplan.render.json import results_json
    from qnplan.render.records import result_records

    run = settings(ctx)
    check_output(fmt, output)
    ds = dataset(run)
    scope = scope or ds.province
    rows = result_rows(ds, year, Filters(scope, category, source))
    lang = run.lang
    title = tr("title.results", lang, year=year, scope=scope)
    print_listing(
        fmt, title, lang,
        json=lambda: results_json(year, scope, rows),
        table=lambda: results_table(rows, year, lang, ds.province),
        records=lambda: result_records(rows, lang),
        workbook=lambda: listing_workbook(ds, "results", title, result_records(rows, lang),
                                          lang),
        output=output)


@handled
def conflicts(
    ctx: typer.Context,
    year: Annotated[int | None, typer.Argument(
        help="Only this year.", show_default=False, autocompletion=complete_year)] = None,
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = "all",
    category: CategoryOpt = None,
    source: SourceOpt = None,
    output: OutputOpt = None,
) -> None:
    """Every disagreement between sources about a target or a result."""
    from qnplan.analysis.rows import Filters, conflict_rows
    from qnplan.render.columns import conflicts_table
    from qnplan.render.json import conflicts_json
    from qnplan.render.records import conflict_records

    run = settings(ctx)
    check_output(fmt, output)
    ds = dataset(run)
    scope = scope or ds.province
    rows = conflict_rows(ds, year, Filters(scope, category, source))
    lang = run.lang
    print_listing(
        fmt, tr("title.conflicts", lang), lang,
        json=lambda: conflicts_json(year, scope, rows),
        table=lambda: conflicts_table(rows, lang, ds.province),
        records=lambda: conflict_records(rows, lang),
        workbook=lambda: listing_workbook(ds, "conflicts", tr("title.conflicts", lang),
                                   conflict_records(rows, lang), lang),
        output=output)


def _write_charts(trends: list[Any], output: str | None, root: str, home: str, lang: str,
                  plans: dict[Any, Any] | None = None) -> None:
    """One SVG on stdout or in a file, or one file per indicator in a folder: a target-vs-result
    chart over the years, or a bullet graph where the span holds a single year."""
    from qnplan.output import write_atomic
    from qnplan.render.svg import bullet_graph, trend_chart

    charts = [(t.indicator + ("" if t.scope == home else f"-{t.scope}") + ".svg",
               bullet_graph(t, t.years[0].year, lang=lang) if len(t.years) == 1
               else trend_chart(t, lang=lang,
                                plans=(plans or {}).get((t.indicator, t.scope), [])))
              for t in trends]
    if output is None or output == "-":
        if len(charts) > 1:
            raise UsageError(msg("err.svg_many", n=len(charts)))
        out(charts[0][1])
        return
    path = Path(output)
    if len(charts) == 1 and not path.is_dir():
        write_atomic(path, charts[0][1], Path(root))
        stderr(tr("msg.wrote", lang, path=output))
        return
    if not path.is_dir():
        raise UsageError(msg("err.write_no_folder", path=output))
    for name, svg in charts:
        write_atomic(path / name, svg, Path(root))
    stderr(tr("msg.wrote_charts", lang, path=output,
              charts=tr_count("count.chart", len(charts), lang)))


def _span(year_from: int | None, year_to: int | None, lang: str) -> str:
    if year_from is None and year_to is None:
        return ""
    if year_from is not None and year_to is not None:
        return f"{year_from}–{year_to}"
    if year_from is not None:
        return tr("span.from", lang, year=year_from)
    return tr("span.to", lang, year=year_to)


@handled
def trend(
    ctx: typer.Context,
    indicators: Annotated[list[str] | None, typer.Argument(
        metavar="[INDICATOR]...", show_default=False,
        help="Indicator ids (default: every numeric indicator with figures in two years).",
        autocompletion=complete_indicator)
    ] = None,
    year_from: Annotated[int | None, typer.Option(
        "--from", metavar="YEAR", help="First year to show.", show_default=False)] = None,
    year_to: Annotated[int | None, typer.Option(
        "--to", metavar="YEAR", help="Last year to show.", show_default=False)] = None,
    fmt: Annotated[TrendFormat, typer.Option(
        "--format", "-f", help="Output format; svg draws one chart per indicator.")
    ] = TrendFormat.table,
    scope: ScopeOpt = None,
    source: SourceOpt = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="PATH", show_default=False,
        help="With --format svg: the file for one chart, or a folder for one file per "
             "indicator; with --format xlsx: the Excel workbook to write.")] = None,
    summary: Annotated[bool, typer.Option(
        "--summary", help="Progress at a glance: one row per indicator, its latest verdict "
        "and its progress over the years.")] = False,
) -> None:
    """Each year's target, latest result and verdict, and the progress verdict over the years."""
    from qnplan.analysis.plans import by_indicator
    from qnplan.analysis.trend import build_trend
    from qnplan.render.json import trend_json
    from qnplan.render.plans import ending_json
    from qnplan.render.records import trend_records
    from qnplan.render.trend_table import trend_table

    run = settings(ctx)
    if fmt not in (TrendFormat.svg, TrendFormat.xlsx) and output is not None:
        raise UsageError(msg("err.output_only_svg"))
    if fmt is TrendFormat.xlsx:
        check_output(Format.xlsx, output)
    if summary and fmt in (TrendFormat.svg, TrendFormat.xlsx):
        raise UsageError(msg("err.summary_format"))
    ds = dataset(run)
    scope = scope or ds.province
    trends = build_trend(ds, indicators=indicators, year_from=year_from, year_to=year_to,
                         scope=scope, source=source)
    # the usual scope goes unsaid, as in every title
    where = ", ".join(x for x in (_span(year_from, year_to, run.lang),
                                  "" if scope == ds.province else scope) if x)
    missing = [i for i in indicators or [] if i not in {t.indicator for t in trends}]
    if missing:
        raise UsageError(msg("err.no_trend_data", value=", ".join(missing),
                            span=where or ds.root))
    if not trends:
        raise UsageError(msg("err.no_trend", span=f" ({where})" if where else ""))
    shown = sorted({y.year for t in trends for y in t.years})
    plans = by_indicator(ds, shown, scope, source)  # period targets drawn beside (§9)
    if fmt is TrendFormat.svg:
        _write_charts(trends, output, ds.root, ds.province, run.lang, plans)
        return
    lang = run.lang
    title = tr("title.trend", lang, span=f"{shown[0]}–{shown[-1]}" if shown else "", scope=scope)
    if summary:
        from qnplan.render import glance
        from qnplan.render.json import to_json

        print_listing(
            Format(fmt.value), tr("glance.title", lang, span=title), lang,
            json=lambda: to_json(glance.glance_data((year_from, year_to), scope, trends)),
            table=lambda: glance.glance_table(trends, lang, ds.province),
            records=lambda: glance.glance_records(trends, lang))
        return
    print_listing(
        Format(fmt.value), title, lang,
        json=lambda: trend_json((year_from, year_to), scope, trends,
                                {k: ending_json(v) for k, v in plans.items()}),
        table=lambda: trend_table(trends, lang, ds.province, plans),
        records=lambda: trend_records(trends, lang),
        workbook=lambda: listing_workbook(ds, "trend", title, trend_records(trends, lang),
                                          lang),
        output=output)
