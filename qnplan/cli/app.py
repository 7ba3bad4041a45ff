"""The qnplan command line: the Typer app, its global options, and the commands of each
group (listings, reports, data, extract), listed in the order --help lists them and each
built only when it is run or listed."""

import importlib
from typing import Annotated, Any

import typer

from qnplan.cli.common import Settings, out
from qnplan.cli.help import TranslatingCommand
from qnplan.cli.options import Lang, Shell
from qnplan.cli.usage import TranslatingGroup

# Every command, in the order of `qnplan --help`, and the module under qnplan.cli that defines
# it: a function of that name, or for `sources` (a group: `sources remove ID`) its Typer `app`.
COMMANDS = (("compare", "listings"), ("status", "listings"), ("results", "listings"),
            ("conflicts", "listings"), ("trend", "listings"), ("plan", "plans"),
            ("validate", "data"), ("export", "reports"), ("report", "reports"),
            ("indicators", "data"), ("sources", "sources"), ("extract", "extract"),
            ("schema", "data"), ("init", "data"))
_MODULE_OF = dict(COMMANDS)


class CommandGroup(TranslatingGroup):
    """The root group. A command's module is imported, and its parameters read, only when the
    command is run or listed: one run pays for one command, not for all fourteen."""

    def list_commands(self, ctx: Any) -> list[str]:
        names = [name for name, _ in COMMANDS]
        return names + [name for name in self.commands if name not in names]  # @app.command()

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self.commands and cmd_name in _MODULE_OF:
            self.commands[cmd_name] = _build(cmd_name, _MODULE_OF[cmd_name])
        return self.commands.get(cmd_name)


def all_commands() -> dict[str, Any]:
    """Every command by name, built, in --help's order (for the docs and the tests)."""
    group = typer.main.get_command(app)
    return {name: group.get_command(None, name) for name in group.list_commands(None)}  # type: ignore[attr-defined]


def _build(name: str, module_name: str) -> Any:
    """The Click command `name`, from its function (or Typer app) in qnplan.cli.<module_name>."""
    module = importlib.import_module(f"qnplan.cli.{module_name}")
    if name == "sources":
        sub = module.app
    else:
        sub = typer.Typer(rich_markup_mode=None, add_completion=False)
        sub.command(cls=TranslatingCommand)(getattr(module, name))
    command = typer.main.get_command(sub)
    command.name = name
    return command


app = typer.Typer(
    cls=CommandGroup,
    name="qnplan",
    help="Compare a province's yearly plan targets and reported results, every figure cited.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    add_completion=False,  # replaced by --show-completion SHELL / --install-completion SHELL
    context_settings={"help_option_names": ["-h", "--help"]},
)

# Typer registers its zsh, fish and PowerShell support only when it builds its own completion
# options (which guess the shell and take no SHELL); ours take the shell by name.
typer.completion.get_completion_inspect_parameters()


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

        out(f"qnplan {__version__}\n")
        raise typer.Exit()


@app.callback()
def main_options(
    ctx: typer.Context,
    data: Annotated[str | None, typer.Option(
        "--data", metavar="DIR",
        help="Data directory (default: $QNPLAN_DATA, else the bundled Quảng Ninh dataset).",
        show_default=False)] = None,
    lang: Annotated[Lang, typer.Option(
        help="Language of names and numbers: en or vi.",
        is_eager=True)] = Lang.en,  # eager: `--lang vi --help` knows it before printing
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
    ctx.obj = Settings(data=data, lang=lang.value, debug=debug, no_cache=no_cache)


def main() -> None:
    """Console-script entry point."""
    app()
