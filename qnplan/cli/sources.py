"""`qnplan sources`: list the cited documents; `qnplan sources remove ID` takes one back out
with every entry citing it (the undo of `extract --write`)."""


import inspect
from typing import Annotated, Any, get_type_hints

import typer

from qnplan.cli import data
from qnplan.cli.common import handled, out, settings
from qnplan.cli.help import TranslatingCommand
from qnplan.cli.options import complete_source
from qnplan.cli.usage import TranslatingGroup
from qnplan.i18n import tr, tr_count

app = typer.Typer(cls=TranslatingGroup, rich_markup_mode=None, add_completion=False,
                  help="List the cited documents.")


def _listing(ctx: typer.Context, **options: Any) -> None:
    """List the cited documents."""
    if ctx.invoked_subcommand is None:
        data.sources(ctx=ctx, **options)


# The listing takes every option `data.sources` has (--format, -o …), whatever they become.
_hints = get_type_hints(data.sources, include_extras=True)
_listing.__signature__ = inspect.Signature([  # type: ignore[attr-defined]
    p.replace(annotation=_hints[name])
    for name, p in inspect.signature(data.sources).parameters.items()])
_listing.__annotations__ = _hints
app.callback(invoke_without_command=True)(_listing)


@app.command(cls=TranslatingCommand)
@handled
def remove(
    ctx: typer.Context,
    source: Annotated[str, typer.Argument(
        metavar="ID", help="The source to remove.", autocompletion=complete_source)],
) -> None:
    """Remove a source, its text and every entry citing it, all at once (undoes an intake)."""
    from qnplan.dataset.paths import data_root
    from qnplan.extract.removal import remove_source

    run = settings(ctx)
    lang = run.lang
    done = remove_source(data_root(run.data), source)
    for file, n in sorted(done.entries.items()):
        out(tr("remove.entries", lang, entries=tr_count("count.entry", n, lang), file=file) + "\n")
    if done.text:
        out(tr("remove.text", lang, file=done.text) + "\n")
    out(tr("remove.done", lang, source=source) + "\n")
