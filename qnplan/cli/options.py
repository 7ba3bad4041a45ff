"""Option and argument types shared by the commands, with their shell completion."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Annotated

import typer


class Lang(StrEnum):
    en = "en"
    vi = "vi"


class Format(StrEnum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"


class TrendFormat(StrEnum):
    table = "table"
    markdown = "markdown"
    csv = "csv"
    json = "json"
    xlsx = "xlsx"
    svg = "svg"


class ExportFormat(StrEnum):
    markdown = "markdown"
    xlsx = "xlsx"
    datapackage = "datapackage"


class ValidateFormat(StrEnum):
    text = "text"
    github = "github"
    json = "json"


class ExtractFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"


class SchemaKind(StrEnum):
    indicators = "indicators"
    sources = "sources"
    targets = "targets"
    actuals = "actuals"
    plans = "plans"
    settings = "settings"


class Shell(StrEnum):
    bash = "bash"
    zsh = "zsh"
    fish = "fish"
    powershell = "powershell"
    pwsh = "pwsh"


# --- shell completion: values from the data directory chosen by --data / $QNPLAN_DATA -----
Choices = list[tuple[str, str]]


def _data_given(ctx: typer.Context) -> str | None:
    data = ctx.find_root().params.get("data")
    return data if isinstance(data, str) else None


def completer(kind: str, *args: str) -> Callable[[typer.Context, str], Choices]:
    """A completion callback offering the chosen data directory's `kind` (years, scopes …)."""

    def complete(ctx: typer.Context, incomplete: str) -> Choices:
        from qnplan.cli import completion

        found: Choices = getattr(completion, kind)(_data_given(ctx), incomplete, *args)
        return found

    return complete


complete_year = completer("years")
complete_result_year = completer("years", "actuals")
complete_indicator = completer("indicators")
complete_scope = completer("scopes")
complete_source = completer("sources")


def complete_province(incomplete: str) -> Choices:
    """Completion of --province: the 34 provinces' slugs, with their names."""
    from qnplan.provinces import PROVINCES

    return [(s, name) for s, name in PROVINCES.items() if s.startswith(incomplete)]


def complete_category(incomplete: str) -> Choices:
    """Completion of --category: the fixed list of categories."""
    from qnplan.cli.completion import categories

    return categories(incomplete)


# --- shared option types ---------------------------------------------------------------
FormatOpt = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]
ScopeOpt = Annotated[str | None, typer.Option(
    help="Scope to show, e.g. quang-ninh or mong-cai; 'all' for every scope (default: the "
         "data's province, settings.yaml).", show_default=False, autocompletion=complete_scope)]
CategoryOpt = Annotated[str | None, typer.Option(
    help="Only one category: economy, society, environment, governance or party.",
    show_default=False, autocompletion=complete_category)]
SourceOpt = Annotated[str | None, typer.Option(
    "--source", help="Prefer this source's figures where it gives one.", show_default=False,
    autocompletion=complete_source)]
OutputOpt = Annotated[str | None, typer.Option(
    "--output", "-o", metavar="FILE", show_default=False,
    help="With --format xlsx: the Excel workbook to write.")]
YearA = Annotated[int, typer.Argument(metavar="A", help="Earlier year.",
                                      autocompletion=complete_year)]
YearB = Annotated[int, typer.Argument(metavar="B", help="Later year.",
                                      autocompletion=complete_year)]
