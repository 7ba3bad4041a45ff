"""`--help` in the language chosen by --lang: every command's and option's help text, and the
section headings, through the one catalogue (qnplan.i18n.help_text, keys help.*)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer.core

from qnplan.i18n import help_text, tr

HEADINGS = {"Options": "help.panel.options", "Commands": "help.panel.commands",
            "Arguments": "help.panel.arguments"}


def language(ctx: Any) -> str:
    """The --lang of the command line (the root's option, eager so that `--lang vi --help`
    knows it before printing)."""
    given = ctx.find_root().params.get("lang")
    return str(getattr(given, "value", given or "en"))


@contextmanager
def _in(command: Any, ctx: Any, lang: str) -> Iterator[None]:
    """The command's help texts (its own, its parameters', its subcommands' summaries) in
    `lang` while its help is written, and back afterwards."""
    items = [command, *getattr(command, "params", [])]
    if hasattr(command, "list_commands"):  # a group builds its commands when asked
        items += [command.get_command(ctx, name) for name in command.list_commands(ctx)]
    saved = [(item, item.help, getattr(item, "short_help", None)) for item in items]
    try:
        for item in items:
            if item.help:
                item.help = help_text(item.help, lang)
            if getattr(item, "short_help", None):
                item.short_help = help_text(item.short_help, lang)
        yield
    finally:
        for item, text, short in saved:
            item.help = text
            if hasattr(item, "short_help"):
                item.short_help = short


class _Formatter:
    """Click's help formatter with the section headings and 'Usage:' in the reader's language."""

    def __init__(self, inner: Any, lang: str) -> None:
        self._inner, self._lang = inner, lang

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def write_heading(self, heading: str) -> None:
        key = HEADINGS.get(heading)
        self._inner.write_heading(tr(key, self._lang) if key else heading)

    def section(self, name: str) -> Any:
        key = HEADINGS.get(name)
        return self._inner.section(tr(key, self._lang) if key else name)

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        self._inner.write_usage(prog, args, prefix=tr("usage.usage", self._lang) + " ")


def format_translated(command: Any, ctx: Any, formatter: Any, write: Any) -> None:
    """Write `command`'s help with `write` (the class's own format_help), in --lang."""
    lang = language(ctx)
    if lang == "en":
        write(ctx, formatter)
        return
    with _in(command, ctx, lang):
        write(ctx, _Formatter(formatter, lang))


class TranslatingCommand(typer.core.TyperCommand):
    """A command whose --help follows --lang."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        format_translated(self, ctx, formatter, super().format_help)
