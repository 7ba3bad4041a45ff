"""The qnplan command line: parse options, call the core, print, map errors to exit codes."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, NamedTuple, TypeVar

import msgspec
import typer

from qnplan.cli.usage import TranslatingGroup
from qnplan.errors import DataError, QnplanError, UsageError
from qnplan.i18n import set_language, tr, tr_count

if TYPE_CHECKING:  # imported by the commands that need them, to keep start-up short
    from qnplan.analysis.rows import CompareRow, ConflictRow, Filters, ResultRow, Summary
    from qnplan.model import Dataset

app = typer.Typer(
    cls=TranslatingGroup,
    name="qnplan",
    help="Compare a province's yearly plan targets and reported results, every figure cited.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=False,  # replaced by --show-completion SHELL / --install-completion SHELL
    context_settings={"help_option_names": ["-h", "--help"]},
)

F = TypeVar("F", bound=Callable[..., Any])
INTERNAL_ERROR = 70


class Lang(StrEnum):
    en = "en"
    vi = "vi"


class Format(StrEnum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"


class TrendFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"
    svg = "svg"


class ValidateFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"


class Settings(msgspec.Struct):
    data: str | None = None
    lang: str = "en"
    debug: bool = False
    no_cache: bool = False


SETTINGS = Settings()


def _stderr(message: str) -> None:
    sys.stderr.write(message.rstrip("\n") + "\n")


def _out(text: str) -> None:
    sys.stdout.write(text)


@contextmanager
def _handled() -> Iterator[None]:
    try:
        yield
    except QnplanError as exc:
        if SETTINGS.debug:
            raise
        _stderr(tr("err.prefix", message=str(exc)))
        raise typer.Exit(exc.exit_code) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug: one line unless --debug
        if SETTINGS.debug:
            raise
        _stderr(tr("err.internal", name=type(exc).__name__, message=str(exc)))
        raise typer.Exit(INTERNAL_ERROR) from None


def handled(fn: F) -> F:
    """Run a command so that qnplan's errors become one line on stderr and an exit code."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with _handled():
            return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


# Typer registers its zsh, fish and PowerShell support only when it builds its own completion
# options (which guess the shell and take no SHELL); ours take the shell by name.
typer.completion.get_completion_inspect_parameters()


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"
    pwsh = "pwsh"


def _completion(ctx: typer.Context, param: typer.CallbackParam, value: Shell | None) -> None:
    """--show-completion SHELL / --install-completion SHELL."""
    if value is None or ctx.resilient_parsing:
        return
    callback = (typer.completion.show_callback if param.name == "show_completion"
                else typer.completion.install_callback)
    callback(ctx, param, value.value)


def _version(value: bool) -> None:
    if value:
        from qnplan import __version__

        _out(f"qnplan {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    data: Annotated[str | None, typer.Option(
        "--data", metavar="DIR",
        help="Data directory (default: $QNPLAN_DATA, else the bundled Quảng Ninh dataset).",
        show_default=False)] = None,
    lang: Annotated[Lang, typer.Option(help="Language of names and numbers: en or vi.")] = Lang.en,
    debug: Annotated[bool, typer.Option("--debug", help="Show a traceback on errors.")] = False,
    no_cache: Annotated[bool, typer.Option(
        "--no-cache", help="Read every data file afresh; neither use nor store the parsed-data "
        "cache (also: QNPLAN_NO_CACHE=1).")] = False,
    version: Annotated[bool, typer.Option(
        "--version", callback=_version, is_eager=True, help="Show the version and exit.")] = False,
    install_completion: Annotated[Shell | None, typer.Option(
        "--install-completion", metavar="SHELL", callback=_completion, expose_value=False,
        is_eager=True, show_default=False,
        help="Install completion for SHELL: bash, zsh, fish, powershell or pwsh.")] = None,
    show_completion: Annotated[Shell | None, typer.Option(
        "--show-completion", metavar="SHELL", callback=_completion, expose_value=False,
        is_eager=True, show_default=False,
        help="Print the completion script for SHELL, to install it by hand.")] = None,
) -> None:
    """Compare a province's yearly plan targets and reported results, every figure cited."""
    SETTINGS.data, SETTINGS.lang, SETTINGS.debug = data, lang.value, debug
    set_language(lang.value)
    SETTINGS.no_cache = no_cache


# --- shell completion: values from the data directory chosen by --data / $QNPLAN_DATA -----
Choices = list[tuple[str, str]]


def _data_given(ctx: typer.Context) -> str | None:
    data = ctx.find_root().params.get("data")
    return data if isinstance(data, str) else None


def _completer(kind: str, *args: str) -> Callable[[typer.Context, str], Choices]:
    """A completion callback offering the chosen data directory's `kind` (years, scopes …)."""

    def complete(ctx: typer.Context, incomplete: str) -> Choices:
        from qnplan.cli import completion

        found: Choices = getattr(completion, kind)(_data_given(ctx), incomplete, *args)
        return found

    return complete


_complete_year = _completer("years")
_complete_result_year = _completer("years", "actuals")
_complete_indicator = _completer("indicators")
_complete_scope = _completer("scopes")
_complete_source = _completer("sources")


def _complete_category(incomplete: str) -> Choices:
    from qnplan.cli.completion import categories

    return categories(incomplete)


# --- shared option types ---------------------------------------------------------------
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ScopeOpt = Annotated[str, typer.Option(
    help="Scope to show, e.g. quang-ninh or mong-cai; 'all' for every scope.",
    autocompletion=_complete_scope)]
CategoryOpt = Annotated[str | None, typer.Option(
    help="Only one category: economy, society, environment, governance or party.",
    show_default=False, autocompletion=_complete_category)]
SourceOpt = Annotated[str | None, typer.Option(
    "--source", help="Prefer this source's figures where it gives one.", show_default=False,
    autocompletion=_complete_source)]
YearA = Annotated[int, typer.Argument(metavar="A", help="Earlier year.",
                                      autocompletion=_complete_year)]
YearB = Annotated[int, typer.Argument(metavar="B", help="Later year.",
                                      autocompletion=_complete_year)]


def _dataset() -> Any:
    from qnplan.dataset import cache
    from qnplan.dataset.paths import data_root

    root = data_root(SETTINGS.data)
    ds, issues = cache.load(root, use_cache=cache.wanted(SETTINGS.no_cache))
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        for issue in errors[:5]:
            _stderr(str(issue))
        more = tr("err.more", n=len(errors) - 5) if len(errors) > 5 else ""
        raise DataError(tr("err.data_problems", problems=tr_count("count.problem", len(errors)),
                           more=more))
    return ds


def _table_width() -> int | None:
    """The terminal's width; None (print in full) when output goes to a pipe or a file,
    unless COLUMNS says otherwise."""
    import os

    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        from rich.console import Console

        return Console().width
    return None


def _print_tabular(t: Any, fmt: Format, title: str,
                   records: Callable[[], list[Any]] | None = None) -> None:
    """Print a listing; CSV comes from the records (one field per column), not the text."""
    if fmt is Format.markdown:
        from qnplan.render.markdown import markdown_table

        _out(markdown_table(t))
    elif fmt is Format.csv:
        from qnplan.render.csv import csv_text

        assert records is not None, "a listing offered as CSV gives its records"
        _out(csv_text(records(), SETTINGS.lang))
    elif sys.stdout.isatty():
        from rich.console import Console

        from qnplan.render.table import render_table

        console = Console(highlight=False, soft_wrap=False)
        console.print(render_table(t, console.width, SETTINGS.lang, title))
    else:
        from qnplan.render.table import table_text

        _out(table_text(t, _table_width(), SETTINGS.lang, title))


@app.command()
@handled
def compare(
    year_a: YearA,
    year_b: YearB,
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = "quang-ninh",
    category: CategoryOpt = None,
    source: SourceOpt = None,
) -> None:
    """Compare year A's targets with year B's, each row with A's status against A's results."""
    from qnplan.analysis.rows import Filters, compare_rows, summarize_compare

    ds = _dataset()
    rows = compare_rows(ds, year_a, year_b, Filters(scope, category, source))
    if fmt is Format.json:
        from qnplan.render.json import compare_json

        _out(compare_json((year_a, year_b), scope, rows))
        return
    from qnplan.render.columns import compare_table
    from qnplan.render.records import compare_records

    t = compare_table(rows, (year_a, year_b), SETTINGS.lang, summarize_compare(rows))
    _print_tabular(t, fmt, tr("title.compare", a=year_a, b=year_b, scope=scope),
                   lambda: compare_records(rows, SETTINGS.lang))


def _fail_on(value: str | None) -> set[str]:
    from qnplan.model import Status

    if not value:
        return set()
    wanted = {v.strip() for v in value.split(",") if v.strip()}
    unknown = wanted - {s.value for s in Status}
    if unknown:
        raise UsageError(tr("err.fail_on_unknown", unknown=", ".join(sorted(unknown)),
                            known=", ".join(s.value for s in Status)))
    return wanted


@app.command()
@handled
def status(
    year: Annotated[int, typer.Argument(help="Year whose targets to judge.",
                                        autocompletion=_complete_year)],
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = "quang-ninh",
    category: CategoryOpt = None,
    source: SourceOpt = None,
    fail_on: Annotated[str | None, typer.Option(
        "--fail-on", metavar="STATUS,...",
        help="Exit 1 when any row has one of these statuses, e.g. missed,behind.",
        show_default=False)] = None,
) -> None:
    """Every target of YEAR against its latest result, shortfalls flagged."""
    from qnplan.analysis.rows import Filters, status_rows, summarize_status, untargeted_results

    failing = _fail_on(fail_on)
    ds = _dataset()
    filters = Filters(scope, category, source)
    rows = status_rows(ds, year, filters)
    untargeted = untargeted_results(ds, year, filters)
    if fmt is Format.json:
        from qnplan.render.json import status_json

        _out(status_json(year, scope, rows, untargeted))
    else:
        from qnplan.render.columns import status_table
        from qnplan.render.records import status_records

        t = status_table(rows, year, SETTINGS.lang, summarize_status(rows), len(untargeted),
                         scope)
        _print_tabular(t, fmt, tr("title.status", year=year, scope=scope),
                       lambda: status_records(rows, SETTINGS.lang))
    matched = [r for r in rows if r.assessment.status.value in failing]
    if matched:
        _stderr(tr("err.fail_on_matched", rows=tr_count("count.row", len(matched)),
                   statuses=" | ".join(sorted(failing))))
        raise typer.Exit(1)


@app.command()
@handled
def results(
    year: Annotated[int, typer.Argument(help="Year whose results to list.",
                                        autocompletion=_complete_result_year)],
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = "quang-ninh",
    category: CategoryOpt = None,
    source: SourceOpt = None,
) -> None:
    """Every result reported for YEAR, including those with no target of their own."""
    from qnplan.analysis.rows import Filters, result_rows

    ds = _dataset()
    rows = result_rows(ds, year, Filters(scope, category, source))
    if fmt is Format.json:
        from qnplan.render.json import results_json

        _out(results_json(year, scope, rows))
        return
    from qnplan.render.columns import results_table
    from qnplan.render.records import result_records

    _print_tabular(results_table(rows, year, SETTINGS.lang), fmt,
                   tr("title.results", year=year, scope=scope),
                   lambda: result_records(rows, SETTINGS.lang))


@app.command()
@handled
def conflicts(
    year: Annotated[int | None, typer.Argument(
        help="Only this year.", show_default=False, autocompletion=_complete_year)] = None,
    fmt: FormatOpt = Format.table,
    scope: ScopeOpt = "all",
    category: CategoryOpt = None,
    source: SourceOpt = None,
) -> None:
    """Every disagreement between sources about a target or a result."""
    from qnplan.analysis.rows import Filters, conflict_rows

    ds = _dataset()
    rows = conflict_rows(ds, year, Filters(scope, category, source))
    if fmt is Format.json:
        from qnplan.render.json import conflicts_json

        _out(conflicts_json(year, scope, rows))
        return
    from qnplan.render.columns import conflicts_table
    from qnplan.render.records import conflict_records

    _print_tabular(conflicts_table(rows, SETTINGS.lang), fmt, tr("title.conflicts"),
                   lambda: conflict_records(rows, SETTINGS.lang))


def _write_charts(trends: list[Any], output: str | None, root: str) -> None:
    """One SVG on stdout or in a file, or one file per indicator in a folder: a target-vs-result
    chart over the years, or a bullet graph where the span holds a single year."""
    from qnplan.i18n import tr, tr_count
    from qnplan.output import write_atomic
    from qnplan.render.svg import bullet_graph, trend_chart

    charts = [(t.indicator + ("" if t.scope == "quang-ninh" else f"-{t.scope}") + ".svg",
               bullet_graph(t, t.years[0].year, lang=SETTINGS.lang) if len(t.years) == 1
               else trend_chart(t, lang=SETTINGS.lang)) for t in trends]
    if output is None or output == "-":
        if len(charts) > 1:
            raise UsageError(tr("err.svg_many", SETTINGS.lang, n=len(charts)))
        _out(charts[0][1])
        return
    path = Path(output)
    if len(charts) == 1 and not path.is_dir():
        write_atomic(path, charts[0][1], Path(root))
        _stderr(tr("msg.wrote", SETTINGS.lang, path=output))
        return
    if not path.is_dir():
        raise UsageError(tr("err.write_no_folder", SETTINGS.lang, path=output))
    for name, svg in charts:
        write_atomic(path / name, svg, Path(root))
    _stderr(tr("msg.wrote_charts", SETTINGS.lang, path=output,
               charts=tr_count("count.chart", len(charts), SETTINGS.lang)))


@app.command()
@handled
def trend(
    indicators: Annotated[list[str] | None, typer.Argument(
        metavar="[INDICATOR]...", show_default=False,
        help="Indicator ids (default: every numeric indicator with figures in two years).",
        autocompletion=_complete_indicator)
    ] = None,
    year_from: Annotated[int | None, typer.Option(
        "--from", metavar="YEAR", help="First year to show.", show_default=False)] = None,
    year_to: Annotated[int | None, typer.Option(
        "--to", metavar="YEAR", help="Last year to show.", show_default=False)] = None,
    fmt: Annotated[TrendFormat, typer.Option(
        "--format", "-f", help="Output format; svg draws one chart per indicator.")
    ] = TrendFormat.table,
    scope: ScopeOpt = "quang-ninh",
    source: SourceOpt = None,
    output: Annotated[str | None, typer.Option(
        "--output", "-o", metavar="PATH", show_default=False,
        help="With --format svg: the file for one chart, or a folder for one file per "
             "indicator.")] = None,
) -> None:
    """Each year's target, latest result and verdict, and the progress verdict over the years."""
    from qnplan.analysis.trend import build_trend
    from qnplan.i18n import tr

    if output is not None and fmt is not TrendFormat.svg:
        raise UsageError(tr("err.output_only_svg", SETTINGS.lang))
    ds = _dataset()
    trends = build_trend(ds, indicators=indicators, year_from=year_from, year_to=year_to,
                         scope=scope, source=source)
    span = "" if year_from is None and year_to is None else (
        f"{year_from}–{year_to}" if year_from is not None and year_to is not None else
        tr("span.from", SETTINGS.lang, year=year_from) if year_from is not None else
        tr("span.to", SETTINGS.lang, year=year_to))
    # the usual scope goes unsaid, as in every title
    where = ", ".join(x for x in (span, "" if scope == "quang-ninh" else scope) if x)
    missing = [i for i in indicators or [] if i not in {t.indicator for t in trends}]
    if missing:
        raise UsageError(tr("err.no_trend_data", SETTINGS.lang, value=", ".join(missing),
                            span=where or ds.root))
    if not trends:
        raise UsageError(tr("err.no_trend", SETTINGS.lang, span=f" ({where})" if where else ""))
    if fmt is TrendFormat.json:
        from qnplan.render.json import trend_json

        _out(trend_json((year_from, year_to), scope, trends))
        return
    if fmt is TrendFormat.svg:
        _write_charts(trends, output, ds.root)
        return
    from qnplan.render.records import trend_records
    from qnplan.render.trend_table import trend_table

    shown = sorted({y.year for t in trends for y in t.years})
    t = trend_table(trends, SETTINGS.lang)
    title = tr("title.trend", SETTINGS.lang, span=f"{shown[0]}–{shown[-1]}", scope=scope)
    _print_tabular(t, Format(fmt.value), title, lambda: trend_records(trends, SETTINGS.lang))


def _validate_root(paths: list[Path]) -> tuple[Path, list[Path] | None]:
    from qnplan.dataset.paths import data_root

    if not paths:
        return data_root(SETTINGS.data), None
    for p in paths:
        if not p.exists():
            raise UsageError(tr("err.path_missing", path=str(p)))
    if len(paths) == 1 and paths[0].is_dir():
        return data_root(str(paths[0])), None
    if any(p.is_dir() for p in paths):
        raise UsageError(tr("err.dir_or_files"))
    if SETTINGS.data:
        return data_root(SETTINGS.data), paths
    first = paths[0].resolve()
    in_kind = first.parent.name in ("targets", "actuals", "plans")
    root = first.parent.parent if in_kind else first.parent
    return root, paths


@app.command()
@handled
def validate(
    paths: Annotated[list[Path] | None, typer.Argument(
        metavar="[PATH]...", help="A data directory, or data files (default: the data directory).",
        show_default=False)] = None,
    fmt: Annotated[ValidateFormat, typer.Option(
        "--format", "-f", help="text, github (CI annotations) or json.")] = ValidateFormat.text,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Exit 1 on warnings too, not only on errors.")] = False,
) -> None:
    """Check the data files and report every problem with file, line and column."""
    from qnplan.dataset import cache
    from qnplan.render.github import github_annotation

    root, only = _validate_root(paths or [])
    ds, issues = cache.load(root, check_quotes=True, only=only,
                            use_cache=cache.wanted(SETTINGS.no_cache))
    errors = sum(1 for i in issues if i.severity == "error")
    if fmt is ValidateFormat.json:
        from qnplan.render.json import to_json

        _out(to_json([{"path": i.path, "line": i.line, "column": i.column,
                       "severity": i.severity, "code": i.code, "message": i.message}
                      for i in issues]))
    elif fmt is ValidateFormat.github:
        for i in issues:
            _out(github_annotation(i) + "\n")
    else:
        for i in issues:
            _out(f"{i}\n")
        entries = sum(len(e) for es in (ds.targets, ds.actuals, ds.plans) for e in es.values())
        _stderr(tr("msg.validate_summary", errors=tr_count("count.error", errors),
                   warnings=tr_count("count.warning", len(issues) - errors),
                   entries=tr_count("count.valid_entry", entries),
                   quoted=tr_count("count.quote", ds.quotes_checked)))
    if errors or (strict and issues):
        raise typer.Exit(1)


class ReportParts(NamedTuple):
    """What both report commands show: the comparison rows, their summary and the conflicts."""

    ds: Dataset
    filters: Filters
    rows: list[CompareRow]
    summary: Summary
    disagreements: list[ConflictRow]
    untargeted: list[ResultRow]  # results no target of their year is judged by


def _report_parts(year_a: int, year_b: int, scope: str, category: str | None,
                  source: str | None) -> ReportParts:
    from qnplan.analysis.rows import (
        Filters,
        compare_rows,
        conflict_rows,
        summarize_compare,
        untargeted_results,
    )

    ds = _dataset()
    filters = Filters(scope, category, source)
    rows = compare_rows(ds, year_a, year_b, filters)
    disagreements = [k for y in (year_a, year_b) for k in conflict_rows(ds, y, filters)]
    untargeted = [u for y in (year_a, year_b) for u in untargeted_results(ds, y, filters)]
    return ReportParts(ds, filters, rows, summarize_compare(rows), disagreements, untargeted)


def _write_report(output: str, text: str, data_root: str) -> None:
    """Print to stdout for '-', else write the file whole (never into the data directory)."""
    from qnplan.output import write_atomic

    if output == "-":
        _out(text)
        return
    write_atomic(Path(output), text, Path(data_root))
    _stderr(tr("msg.wrote", path=output))


@app.command()
@handled
def export(
    year_a: YearA,
    year_b: YearB,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE", help="Markdown file to write; '-' for stdout.")],
    scope: ScopeOpt = "quang-ninh",
    category: CategoryOpt = None,
    source: SourceOpt = None,
) -> None:
    """Write a Markdown report: summary, comparison, shortfalls, conflicts, source notes."""
    from qnplan.render.report_md import export_report

    p = _report_parts(year_a, year_b, scope, category, source)
    text = export_report(p.ds, (year_a, year_b), scope, p.rows, p.summary, p.disagreements,
                         p.untargeted, SETTINGS.lang)
    _write_report(output, text, p.ds.root)


@app.command()
@handled
def report(
    year_a: YearA,
    year_b: YearB,
    output: Annotated[str, typer.Option(
        "--output", "-o", metavar="FILE", help="HTML file to write; '-' for stdout.")],
    scope: ScopeOpt = "quang-ninh",
    category: CategoryOpt = None,
    source: SourceOpt = None,
) -> None:
    """Write a self-contained HTML report (needs the [html] extra): every figure with its quote."""
    from qnplan.analysis.trend import build_trend
    from qnplan.render.columns import compare_table
    from qnplan.render.html import html_report  # Jinja2 is imported by this command only

    p = _report_parts(year_a, year_b, scope, category, source)
    table = compare_table(p.rows, (year_a, year_b), SETTINGS.lang, p.summary)
    trends = [t for t in build_trend(p.ds, year_to=year_b, scope=scope, source=source)
              if category is None or p.ds.indicators[t.indicator].category == category]
    text = html_report(p.ds, (year_a, year_b), p.rows, table, p.summary, p.disagreements,
                       p.untargeted, trends, SETTINGS.lang, scope=scope, source=source)
    _write_report(output, text, p.ds.root)


@app.command()
@handled
def indicators(fmt: FormatOpt = Format.table) -> None:
    """List the indicator registry."""
    from qnplan.render.columns import indicators_table
    from qnplan.render.records import indicator_records

    ds = _dataset()
    if fmt is Format.json:
        from qnplan.render.json import to_json

        _out(to_json(indicator_records(ds, SETTINGS.lang)))
        return
    _print_tabular(indicators_table(ds, SETTINGS.lang), fmt, tr("title.indicators"),
                   lambda: indicator_records(ds, SETTINGS.lang))


@app.command()
@handled
def sources(fmt: FormatOpt = Format.table) -> None:
    """List the cited documents."""
    from qnplan.render.columns import sources_table
    from qnplan.render.records import source_records

    ds = _dataset()
    if fmt is Format.json:
        from qnplan.render.json import to_json

        _out(to_json(source_records(ds)))
        return
    _print_tabular(sources_table(ds, SETTINGS.lang), fmt, tr("title.sources"),
                   lambda: source_records(ds))


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


def _parse_date(value: str | None) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(tr("err.date_format", value=repr(value))) from None


@app.command()
@handled
def extract(
    doc: Annotated[str, typer.Argument(
        metavar="DOC", help="A .txt/.md/.html/.pdf/.docx file, '-' for stdin, or a source id.")],
    date: Annotated[str | None, typer.Option(
        "--date", metavar="YYYY-MM-DD", help="The document's date, when the text lacks it.",
        show_default=False)] = None,
    source: Annotated[str | None, typer.Option(
        "--source", metavar="ID", help="Source id for drafted entries (registered if new).",
        show_default=False)] = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Append the new entries to the data directory (needs --source).")] = False,
    fmt: Annotated[ExtractFormat, typer.Option(
        "--format", "-f", help="table (review), json (DESIGN §7) or yaml (draft entries).")
    ] = ExtractFormat.table,
) -> None:
    """Find every quantitative statement in a document: targets and results, with quotes."""
    from qnplan.extract.command import run_extract

    when = _parse_date(date)
    if write and not source:
        raise UsageError(tr("err.write_needs_source"))
    from qnplan.dataset import cache
    from qnplan.dataset.paths import data_root

    result = run_extract(data_root(SETTINGS.data), doc, when, source, write, fmt.value,
                         use_cache=cache.wanted(SETTINGS.no_cache))
    if fmt is ExtractFormat.table and not write:
        from qnplan.extract.listing import statements_tabular

        _print_tabular(statements_tabular(result.statements, SETTINGS.lang), Format.table,
                       result.title)
    elif result.output:
        _out(result.output)
    for line in result.messages:
        (_out if write else _stderr)(line + ("\n" if write else ""))


class SchemaKind(StrEnum):
    indicators = "indicators"
    sources = "sources"
    targets = "targets"
    actuals = "actuals"
    plans = "plans"


@app.command()
@handled
def schema(
    kind: Annotated[SchemaKind | None, typer.Argument(
        help="One file kind; default: all five, keyed by kind.", show_default=False)] = None,
) -> None:
    """Print the JSON Schema of the YAML data files (for editors and other tools)."""
    from qnplan.dataset.schema import schemas
    from qnplan.render.json import to_json

    all_schemas = schemas()
    _out(to_json(all_schemas[kind.value] if kind else all_schemas))


def main() -> None:
    """Console-script entry point."""
    app()
