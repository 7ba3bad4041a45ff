"""The extract command: a document's quantitative statements, or draft entries written to the
data directory."""


from enum import StrEnum
from typing import Annotated, Any

import typer

from qnplan.cli.common import handled, out, print_tabular, settings, stderr
from qnplan.cli.options import ExtractFormat, Format
from qnplan.errors import UsageError
from qnplan.message import msg


def _parse_date(value: str | None) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(msg("err.date_format", value=repr(value))) from None


class SourceType(StrEnum):
    plan = "plan"
    directive = "directive"
    report = "report"
    statistics = "statistics"
    press = "press"


def _text_option(value: str | None, name: str) -> str | None:
    """A --title/--issuer/--number/--url value: one line, no control characters."""
    if value is None:
        return None
    if not value.strip() or any(not c.isprintable() for c in value):
        raise UsageError(msg("err.option_text", option=name))
    return " ".join(value.split())


@handled
def extract(
    ctx: typer.Context,
    doc: Annotated[str, typer.Argument(
        metavar="DOC", help="A .txt/.md/.html/.pdf/.docx file, '-' for stdin, or a source id.")],
    date: Annotated[str | None, typer.Option(
        "--date", metavar="YYYY-MM-DD",
        help="The document's date, when the document does not say it.",
        show_default=False)] = None,
    source: Annotated[str | None, typer.Option(
        "--source", metavar="ID", help="Source id for drafted entries (registered if new).",
        show_default=False)] = None,
    write: Annotated[bool, typer.Option(
        "--write", help="Append the new entries to the data directory (needs --source).")] = False,
    dry_run: Annotated[bool, typer.Option(
        "--dry-run", help="Show the exact change --write would make, and write nothing.")
    ] = False,
    fmt: Annotated[ExtractFormat, typer.Option(
        "--format", "-f", help="table (review), json (DESIGN §7) or yaml (draft entries).")
    ] = ExtractFormat.table,
    title: Annotated[str | None, typer.Option(
        "--title", help="The document's title, for a new source.", show_default=False)] = None,
    url: Annotated[str | None, typer.Option(
        "--url", help="The address the document was read from.", show_default=False)] = None,
    issuer: Annotated[str | None, typer.Option(
        "--issuer", help="Who issued the document (a council, an office, a newspaper).",
        show_default=False)] = None,
    kind: Annotated[SourceType | None, typer.Option(
        "--type", help="plan, directive, report, statistics or press (default: press).",
        show_default=False)] = None,
    number: Annotated[str | None, typer.Option(
        "--number", help="The document's number, e.g. 128/NQ-HĐND.", show_default=False)
    ] = None,
) -> None:
    """Find every quantitative statement in a document: targets and results, with quotes."""
    from qnplan.extract.command import run_extract
    from qnplan.extract.metadata import Meta

    run = settings(ctx)
    given = Meta(title=_text_option(title, "--title"), url=_text_option(url, "--url"),
                 date=_parse_date(date), issuer=_text_option(issuer, "--issuer"),
                 number=_text_option(number, "--number"), type=kind.value if kind else None)
    if (write or dry_run) and not source:
        raise UsageError(msg("err.write_needs_source"))
    from qnplan.dataset import cache
    from qnplan.dataset.collector import collector_paused
    from qnplan.dataset.paths import data_root

    with collector_paused():  # a one-shot process: see dataset/collector.py
        result = run_extract(data_root(run.data), doc, given, source,
                             write and not dry_run, fmt.value,
                             use_cache=cache.wanted(run.no_cache), dry_run=dry_run,
                             lang=run.lang)
    if dry_run:
        out(result.output)
        for line in result.messages:
            stderr(line)
        return
    if fmt is ExtractFormat.table and not write:
        from qnplan.extract.listing import statements_tabular

        print_tabular(statements_tabular(result.statements, run.lang), Format.table,
                      result.title, run.lang)
    elif result.output:
        out(result.output)
    for line in result.messages:
        (out if write else stderr)(line + ("\n" if write else ""))
