"""What every command shares: the run's global options (Click's ctx.obj), printing, error
handling, loading the data directory and the one printer of every listing."""

from __future__ import annotations

import functools
import inspect
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import msgspec
import typer

from qnplan.cli.options import Format
from qnplan.errors import InvalidData, QnplanError, UsageError
from qnplan.i18n import tr
from qnplan.message import msg

if TYPE_CHECKING:
    from qnplan.model import Dataset, Issue

F = TypeVar("F", bound=Callable[..., Any])
INTERNAL_ERROR = 70
USAGE_ERROR = 2  # a year, scope or folder that does not exist, like a bad option
DATA_ERROR = 1


class Settings(msgspec.Struct, frozen=True):
    """The global options of one run: --data, --lang, --debug, --no-cache."""

    data: str | None = None
    lang: str = "en"
    debug: bool = False
    no_cache: bool = False


def settings(ctx: typer.Context | None) -> Settings:
    """The run's global options, which the root command keeps in ctx.obj (the defaults for a
    command run on its own, as a test may)."""
    obj = ctx.find_root().obj if ctx is not None else None
    return obj if isinstance(obj, Settings) else Settings()


def stderr(message: str) -> None:
    """One line on stderr."""
    sys.stderr.write(message.rstrip("\n") + "\n")


def out(text: str) -> None:
    """Text on stdout, as it is."""
    sys.stdout.write(text)


@contextmanager
def _handled(run: Settings) -> Iterator[None]:
    try:
        yield
    except QnplanError as exc:
        if run.debug:
            raise
        from qnplan.render.issues import error_text

        stderr(tr("err.prefix", run.lang, message=error_text(exc, run.lang)))
        raise typer.Exit(USAGE_ERROR if isinstance(exc, UsageError) else DATA_ERROR) from None
    except (typer.Exit, typer.Abort, KeyboardInterrupt):
        raise
    except Exception as exc:  # a bug: one line unless --debug
        if run.debug:
            raise
        stderr(tr("err.internal", run.lang, name=type(exc).__name__, message=str(exc)))
        raise typer.Exit(INTERNAL_ERROR) from None


def handled(fn: F) -> F:
    """Run a command so that qnplan's errors become one line on stderr and an exit code, in
    the language of the command's `ctx` (Typer passes it by name)."""
    if "ctx" not in inspect.signature(fn).parameters:  # else --lang and --debug go unread
        raise TypeError(f"{fn.__name__}: a handled command takes `ctx: typer.Context`")

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with _handled(settings(kwargs.get("ctx"))):
            return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def load_cached(root: Path, run: Settings, *, check_quotes: bool = False,
                only: list[Path] | None = None) -> tuple[Dataset, list[Issue]]:
    """A data directory through the parsed-data cache (unless --no-cache), built with the
    garbage collector held off and its objects frozen: right for a one-shot process only."""
    from qnplan.dataset import cache
    from qnplan.dataset.collector import collector_paused

    with collector_paused():
        return cache.load(root, check_quotes=check_quotes, only=only,
                          use_cache=cache.wanted(run.no_cache))


def dataset(run: Settings) -> Any:
    """The data directory chosen by --data / $QNPLAN_DATA / the bundled data, loaded; its
    first errors on stderr and a DataError when it is invalid."""
    from qnplan.dataset.paths import data_root

    ds, issues = load_cached(data_root(run.data), run)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        from qnplan.render.issues import issue_line

        for issue in errors[:5]:
            stderr(issue_line(issue, run.lang))
        more = msg("err.more", n=len(errors) - 5) if len(errors) > 5 else ""
        raise InvalidData(msg("err.data_problems", problems=msg("count.problem", n=len(errors)),
                              more=more), issues)
    return ds


def _table_width() -> int | None:
    """The terminal's width; None (print in full) when output goes to a pipe or a file,
    unless COLUMNS says otherwise."""
    import os

    if sys.stdout.isatty() or os.environ.get("COLUMNS"):
        from rich.console import Console

        return Console().width
    return None


def print_tabular(t: Any, fmt: Format, title: str, lang: str) -> None:
    """Print a tabular listing as Markdown, or as a table (Rich's layout on a terminal)."""
    if fmt is Format.markdown:
        from qnplan.render.markdown import markdown_table

        out(markdown_table(t))
    elif sys.stdout.isatty():
        from rich.console import Console

        from qnplan.render.table import render_table

        console = Console(highlight=False, soft_wrap=False)
        console.print(render_table(t, console.width, lang, title))
    else:
        from qnplan.render.table import table_text

        out(table_text(t, _table_width(), lang, title))


def check_output(fmt: Format, output: str | None) -> None:
    """-o goes with --format xlsx, and --format xlsx with a file: a workbook is never printed."""
    if fmt is Format.xlsx and (output is None or output == "-"):
        raise UsageError(msg("err.xlsx_needs_output"))
    if fmt is not Format.xlsx and output is not None:
        raise UsageError(msg("err.output_only_xlsx"))


def write_file(output: str, content: str | bytes, data_root: str, lang: str) -> None:
    """Write a file whole (never into the data directory) and say so on stderr."""
    from pathlib import Path

    from qnplan.output import write_atomic

    write_atomic(Path(output), content, Path(data_root))
    stderr(tr("msg.wrote", lang, path=output))


def listing_workbook(ds: Dataset, view: str, title: str, records: list[Any], lang: str,
                     fields: dict[str, Any] | None = None) -> tuple[bytes, str]:
    """A listing as an Excel workbook (the [xlsx] extra), and the data directory it must not
    be written into."""
    from qnplan.render import workbook

    return workbook.listing_workbook(ds, view, title, records, lang, fields), ds.root


def print_listing(fmt: Format, title: str, lang: str, *, json: Callable[[], str],
                  table: Callable[[], Any], records: Callable[[], list[Any]],
                  workbook: Callable[[], tuple[bytes, str]] | None = None,
                  output: str | None = None) -> None:
    """Print one listing in the chosen format: JSON as `json` writes it, CSV from the records
    (one field per column, not the text), Markdown and tables from the tabular form; or write
    the workbook (its bytes and the data directory it must stay out of) to `output`. Only the
    chosen form is built."""
    if fmt is Format.xlsx:
        assert workbook is not None and output is not None, "check_output let xlsx through"
        content, data_root = workbook()
        write_file(output, content, data_root, lang)
    elif fmt is Format.json:
        out(json())
    elif fmt is Format.csv:
        from qnplan.render.csv import csv_text

        out(csv_text(records(), lang))
    else:
        print_tabular(table(), fmt, title, lang)
