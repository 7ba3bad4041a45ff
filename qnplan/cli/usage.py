"""Click's own usage errors (unknown option, missing argument, bad choice) in the language
chosen by --lang: the group that catches them and the catalogue keys of their sentences."""

from __future__ import annotations

import difflib
import re
import sys
from typing import Any

import typer
import typer.core

from qnplan.cli.help import format_translated, usage_line
from qnplan.i18n import LANGUAGES, tr

# Click's exceptions, from wherever this Typer takes Click (typer 0.28 vendors its own copy).
_CLICK_ERRORS: Any = sys.modules[typer.BadParameter.__module__]
_ClickUsageError: Any = _CLICK_ERRORS.UsageError


class TranslatingGroup(typer.core.TyperGroup):
    """Click's own usage errors (unknown option, missing argument, bad choice) in the language
    chosen by --lang, like every other message."""

    def format_help(self, ctx: Any, formatter: Any) -> None:
        """--help in the language of --lang (qnplan.cli.help)."""
        format_translated(self, ctx, formatter, super().format_help)

    def make_context(self, info_name: str | None, args: list[str], parent: Any = None,
                     **extra: Any) -> Any:
        given = list(args)  # Click's parser consumes the list
        try:
            return super().make_context(info_name, args, parent, **extra)
        except _ClickUsageError as e:
            # the group's own options failed to parse ('qnplan --lang vi --bogus'): no option
            # has applied yet, so --lang is read from the words as given
            lang = _lang_given(given)
            if lang == "en" or isinstance(e, _TranslatedUsage):
                raise
            raise _TranslatedUsage(_usage_message(e, lang), e.ctx, lang) from None

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        """The command named by args[0]; for a name no command has, a usage error naming the
        commands it is close to (from every command, built or not: the root builds lazily)."""
        try:
            return super().resolve_command(ctx, args)
        except _ClickUsageError:
            name = args[0] if args else ""
            known = self.list_commands(ctx)
            if not name or name.startswith("-") or name in known:
                raise
            raise _NoSuchCommand(name, difflib.get_close_matches(name, known), ctx) from None

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except _ClickUsageError as e:
            # read --lang from the parsed options: an unknown command fails before they apply
            given = ctx.params.get("lang")
            lang = str(getattr(given, "value", given or "en"))
            if lang == "en" or isinstance(e, _TranslatedUsage):
                raise
            raise _TranslatedUsage(_usage_message(e, lang), e.ctx, lang) from None


def _lang_given(args: list[str]) -> str:
    """The value of --lang among a command line's words ("--lang vi", "--lang=vi"), "en"
    when there is none or it is no language of the catalogue."""
    lang = "en"
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            lang = args[i + 1]
        elif arg.startswith("--lang="):
            lang = arg.partition("=")[2]
    return lang if lang in LANGUAGES else "en"


class _NoSuchCommand(_ClickUsageError):  # type: ignore[misc]  # a class known at run time
    """An unknown command, with the commands whose names are close to it."""

    def __init__(self, name: str, close: list[str], ctx: Any) -> None:
        self.name, self.close = name, close
        suggestion = f" Did you mean {', '.join(map(repr, close))}?" if close else ""
        super().__init__(f"No such command {name!r}.{suggestion}", ctx)


class _TranslatedUsage(_ClickUsageError):  # type: ignore[misc]  # a class known at run time
    def __init__(self, message: str, ctx: Any, lang: str) -> None:
        super().__init__(message, ctx)
        self.lang = lang

    def show(self, file: Any = None) -> None:
        ctx, lang = self.ctx, self.lang
        usage = usage_line(ctx, lang) + "\n" if ctx else ""
        help_cmd = f"{ctx.command_path} -h" if ctx else "qnplan -h"
        typer.echo(f"{usage}{tr('usage.try', lang, command=help_cmd)}\n\n"
                   f"{tr('err.prefix', lang, message=self.message)}", err=True)


_CLICK_PHRASES = (  # Click's English sentences and their catalogue keys
    (r"No such command '(?P<name>.+)'\.", "usage.no_command"),
    (r"Option '(?P<name>.+)' requires an argument\.", "usage.needs_value"),
    (r"Got unexpected extra argument(?:s|\(s\))? \((?P<name>.+)\)", "usage.extra"),
    (r"(?P<name>.+) is not one of (?P<choices>.+)\.", "usage.not_one_of"),
    (r"(?P<name>.+) is not a valid int(?:eger)?\.", "usage.not_integer"),
    (r"Missing command\.", "usage.missing_command"),
    (r"Option '(?P<name>.+)' does not take a value\.", "usage.takes_no_value"),
)


def _phrase(message: str, lang: str) -> str:
    for pattern, key in _CLICK_PHRASES:
        m = re.fullmatch(pattern, message)
        if m:
            return tr(key, lang, **m.groupdict())
    return message  # a sentence this catalogue does not know: Click's words, not nothing


def _usage_message(e: Any, lang: str) -> str:
    """e's message in `lang`, from its type and fields where Click keeps them, else from its
    English sentence."""
    if isinstance(e, _NoSuchCommand):
        return tr("usage.no_command", lang, name=e.name) + (
            tr("usage.did_you_mean", lang, names=", ".join(e.close)) if e.close else "")
    if isinstance(e, _CLICK_ERRORS.NoSuchOption):
        return tr("usage.no_option", lang, name=e.option_name) + (
            tr("usage.did_you_mean", lang, names=", ".join(e.possibilities))
            if e.possibilities else "")
    hint = ""
    if isinstance(e, _CLICK_ERRORS.BadParameter):
        hint = e.param_hint or (e.param.get_error_hint(e.ctx) if e.param and e.ctx else "")
    if isinstance(e, _CLICK_ERRORS.MissingParameter):
        return tr("usage.missing_argument" if e.param_type == "argument" or (
            e.param is not None and e.param.param_type_name == "argument")
            else "usage.missing_option", lang, name=hint)
    if isinstance(e, _CLICK_ERRORS.BadParameter):
        return tr("usage.invalid", lang, name=hint, message=_phrase(e.message, lang))
    return _phrase(e.message, lang)
