"""Shell conventions: TAB completion from the data folder, completion scripts, -h."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from qnplan.cli.app import app
from tests.conftest import DataDir, qnplan


def complete(words: str, data: DataDir | None = None) -> list[str]:
    """What zsh is offered after typing `words` (the last word is the incomplete one)."""
    if data is not None:
        words = words.replace("qnplan ", f"qnplan --data {data.root} ", 1)
    env = {"_QNPLAN_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": words,
           "QNPLAN_DATA": ""}
    result = CliRunner().invoke(app, [], env=env, prog_name="qnplan")
    assert result.exit_code == 0, result.output
    # zsh's format: _arguments '*: :(("value":"help"\n"value"...))'
    body = result.stdout.split(":((", 1)[1].rsplit("))", 1)[0] if ":((" in result.stdout else ""
    return [line.split('"')[1] for line in body.splitlines() if line.startswith('"')]


def test_compare_completes_the_years_that_have_targets(data: DataDir) -> None:
    """`compare <TAB>` offers the years with a targets file, and nothing that isn't one."""
    data.write("targets/notes.yaml", "year: 2025\ntargets: []\n")
    assert complete("qnplan compare ", data) == ["2023", "2024"]
    assert complete("qnplan compare 2023 2024", data) == ["2024"]


def test_years_come_from_the_bundled_data_by_default() -> None:
    """Without --data, completion reads the same dataset the commands use."""
    bundled = Path(__file__).parents[2] / "data" / "targets"
    assert complete("qnplan status 202") == sorted(p.stem for p in bundled.glob("*.yaml"))


def test_scope_completes_every_scope_in_the_data(data: DataDir) -> None:
    """--scope offers 'all' and the scopes that entries name."""
    data.write("actuals/2024.yaml", """\
        year: 2024
        actuals:
          - {indicator: fdi, value: 1, period: FY, status: final, scope: mong-cai,
             source: news, quote: "FDI 1 tỷ USD"}
        """)
    assert complete("qnplan status 2023 --scope ", data) == ["all", "mong-cai", "quang-ninh"]


def test_source_completes_ids_with_their_titles(data: DataDir) -> None:
    """--source offers source ids; zsh shows each title beside it."""
    assert complete("qnplan compare 2023 2024 --source p", data) == ["plan-a", "party-a"]
    env = {"_QNPLAN_COMPLETE": "complete_zsh", "QNPLAN_DATA": "",
           "_TYPER_COMPLETE_ARGS": f"qnplan --data {data.root} status 2023 --source n"}
    out = CliRunner().invoke(app, [], env=env, prog_name="qnplan").stdout
    assert '"news":"Tin 8 tháng"' in out


def test_results_complete_the_years_that_have_results(data: DataDir) -> None:
    """`results <TAB>` offers the years with an actuals file."""
    data.write("actuals/2022.yaml", "year: 2022\nactuals: []\n")
    assert complete("qnplan results ", data) == ["2022", "2023"]


def test_trend_completes_indicator_ids(data: DataDir) -> None:
    assert complete("qnplan trend f", data) == ["fdi", "forest_cover"]


def test_category_completes_the_categories() -> None:
    assert complete("qnplan status 2023 --category e") == ["economy", "environment"]


def test_a_missing_data_folder_completes_nothing(data: DataDir) -> None:
    """Completion never fails loudly: a wrong --data offers nothing."""
    assert complete("qnplan compare ", DataDir(data.root / "nowhere")) == []


@pytest.mark.parametrize(("shell", "start"), [
    ("zsh", "#compdef qnplan\n"),
    ("bash", "_qnplan_completion() {\n"),
    ("fish", "complete --command qnplan "),
])
def test_show_completion_prints_the_script_for_the_named_shell(shell: str, start: str) -> None:
    run = qnplan("--show-completion", shell)
    assert run.exit_code == 0
    assert run.stdout.startswith(start)
    assert "_QNPLAN_COMPLETE=complete_" + shell in run.stdout


def test_show_completion_refuses_an_unknown_shell() -> None:
    """An unknown shell is a usage error that names it and the shells qnplan completes for."""
    run = qnplan("--show-completion", "tcsh")
    assert run.exit_code == 2
    assert run.stdout == ""
    last = run.stderr.splitlines()[-1]
    assert all(word in last for word in ("--show-completion", "tcsh", "bash", "zsh", "fish"))


@pytest.mark.parametrize("args", [["-h"], ["compare", "-h"], ["validate", "-h"]])
def test_dash_h_is_help(args: list[str]) -> None:
    """-h prints the same help as --help."""
    short, long = qnplan(*args), qnplan(*args[:-1], "--help")
    assert short.exit_code == 0
    assert short.stdout == long.stdout and short.stdout.startswith("Usage: qnplan")


def test_install_completion_writes_the_named_shells_script(tmp_path: Path) -> None:
    """--install-completion zsh installs the zsh function under $HOME and says where."""
    result = CliRunner().invoke(app, ["--install-completion", "zsh"], prog_name="qnplan",
                                env={"HOME": str(tmp_path), "QNPLAN_DATA": ""})
    assert result.exit_code == 0
    assert result.stdout.startswith(f"zsh completion installed in {tmp_path}/.zfunc/_qnplan\n")
    assert (tmp_path / ".zfunc" / "_qnplan").read_text().startswith("#compdef qnplan\n")
