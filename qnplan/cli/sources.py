"""`qnplan sources`: list the cited documents; `qnplan sources remove ID` takes one back out
with every entry citing it (the undo of `extract --write`)."""

from __future__ import annotations

from typing import Annotated

import typer

from qnplan.cli import data
from qnplan.cli.common import SETTINGS, handled, out
from qnplan.cli.options import Format, FormatOpt, complete_source
from qnplan.cli.usage import TranslatingGroup
from qnplan.i18n import tr, tr_count

app = typer.Typer(cls=TranslatingGroup, rich_markup_mode=None, add_completion=False,
                  help="List the cited documents; `sources remove ID` takes one back out.")


@app.callback(invoke_without_command=True)
def sources(ctx: typer.Context, fmt: FormatOpt = Format.table) -> None:
    """List the cited documents; `sources remove ID` takes one back out."""
    if ctx.invoked_subcommand is None:
        data.sources(fmt)


@app.command()
@handled
def remove(
    source: Annotated[str, typer.Argument(
        metavar="ID", help="The source to remove.", autocompletion=complete_source)],
) -> None:
    """Remove a source, its text and every entry citing it, all at once (undoes an intake)."""
    from qnplan.dataset.paths import data_root
    from qnplan.extract.removal import remove_source

    lang = SETTINGS.lang
    done = remove_source(data_root(SETTINGS.data), source)
    for file, n in sorted(done.entries.items()):
        out(tr("remove.entries", lang, entries=tr_count("count.entry", n, lang), file=file) + "\n")
    if done.text:
        out(tr("remove.text", lang, file=done.text) + "\n")
    out(tr("remove.done", lang, source=source) + "\n")
