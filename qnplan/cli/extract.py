"""The extract command: a document's quantitative statements, or draft entries written to the
data directory."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from qnplan.cli.common import SETTINGS, handled, out, print_tabular, stderr
from qnplan.cli.options import ExtractFormat, Format
from qnplan.errors import UsageError
from qnplan.i18n import tr


def _parse_date(value: str | None) -> Any:
    import datetime as dt

    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(tr("err.date_format", value=repr(value))) from None


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

        print_tabular(statements_tabular(result.statements, SETTINGS.lang), Format.table,
                      result.title)
    elif result.output:
        out(result.output)
    for line in result.messages:
        (out if write else stderr)(line + ("\n" if write else ""))
