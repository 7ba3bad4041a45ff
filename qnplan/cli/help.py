"""`--help` in the language chosen by --lang: every command's and option's help text, the
section headings, the usage line's words and the notes Click adds to an option ("required",
its default), through the one catalogue (qnplan.i18n.help_text, keys help.* and usage.*)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import typer.core

from qnplan.i18n import help_text, tr

HEADINGS = {"Options": "help.panel.options", "Commands": "help.panel.commands",
            "Arguments": "help.panel.arguments"}
# The notes Click writes after an option's help text, "[default: table; required]", one by one.
_NOTES = ((re.compile(r"default: (?P<value>.*)"), "usage.default"),
          (re.compile(r"required"), "usage.required"))


def language(ctx: Any) -> str:
    """The --lang of the command line (the root's option, eager so that `--lang vi --help`
    knows it before printing)."""
    given = ctx.find_root().params.get("lang")
    return str(getattr(given, "value", given or "en"))


@contextmanager
def usage_words(command: Any, lang: str) -> Iterator[None]:
    """The usage line's own words ("[OPTIONS]", "COMMAND [ARGS]...") in `lang` while
    `command`'s usage is written, and back afterwards."""
    options, sub = command.options_metavar, getattr(command, "subcommand_metavar", None)
    try:
        if options:
            command.options_metavar = tr("usage.options", lang)
        if sub:
            command.subcommand_metavar = tr("usage.command", lang)
        yield
    finally:
        command.options_metavar = options
        if sub:
            command.subcommand_metavar = sub


@contextmanager
def _in(command: Any, ctx: Any, lang: str) -> Iterator[None]:
    """The command's help text and its subcommands' summaries in `lang` while its help is
    written, and back afterwards."""
    items = [command]
    if hasattr(command, "list_commands"):  # a group builds its commands when asked
        items += [command.get_command(ctx, name) for name in command.list_commands(ctx)]
    saved = [(item, item.help, getattr(item, "short_help", None)) for item in items]
    try:
        for item in items:
            if item.help:
                item.help = help_text(item.help, lang)
            if getattr(item, "short_help", None):
                item.short_help = help_text(item.short_help, lang)
        with usage_words(command, lang):
            yield
    finally:
        for item, text, short in saved:
            item.help = text
            if hasattr(item, "short_help"):
                item.short_help = short


def _parameters(command: Any, ctx: Any, lang: str) -> dict[str, str]:
    """Each parameter's line of help as Click writes it (its help text, then its notes in
    brackets) and the same line in `lang`."""
    lines = {}
    for param in command.get_params(ctx):  # with -h/--help, Click's own option
        record = param.get_help_record(ctx)
        english = param.help or ""
        if record is None or not record[1].startswith(english):
            continue
        notes = record[1][len(english):].strip()
        words = help_text(english, lang) if english else ""
        if notes.startswith("[") and notes.endswith("]"):
            notes = "[" + "; ".join(_note(note, lang) for note in notes[1:-1].split("; ")) + "]"
        lines[record[1]] = f"{words}  {notes}" if words and notes else words or notes
    return lines


def _note(note: str, lang: str) -> str:
    for pattern, key in _NOTES:
        m = pattern.fullmatch(note)
        if m:
            return tr(key, lang, **m.groupdict())
    return note  # a note this catalogue does not know: Click's words, not nothing


class _Formatter:
    """Click's help formatter with the section headings, 'Usage:' and the parameters' lines
    in the reader's language."""

    def __init__(self, inner: Any, lang: str, lines: dict[str, str] | None = None) -> None:
        self._inner, self._lang, self._lines = inner, lang, lines or {}

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

    def write_dl(self, rows: Any, *args: Any, **kwargs: Any) -> None:
        self._inner.write_dl([(term, self._lines.get(text, text)) for term, text in rows],
                             *args, **kwargs)


def format_translated(command: Any, ctx: Any, formatter: Any, write: Any) -> None:
    """Write `command`'s help with `write` (the class's own format_help), in --lang."""
    lang = language(ctx)
    if lang == "en":
        write(ctx, formatter)
        return
    lines = _parameters(command, ctx, lang)
    with _in(command, ctx, lang):
        write(ctx, _Formatter(formatter, lang, lines))


def usage_line(ctx: Any, lang: str) -> str:
    """The command's usage line ("Usage: qnplan status [OPTIONS] {year}") in `lang`."""
    formatter = ctx.make_formatter()
    with usage_words(ctx.command, lang):
        ctx.command.format_usage(ctx, _Formatter(formatter, lang))
    return str(formatter.getvalue()).rstrip("\n")


class TranslatingCommand(typer.core.TyperCommand):
    """A command whose --help follows --lang."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        format_translated(self, ctx, formatter, super().format_help)
