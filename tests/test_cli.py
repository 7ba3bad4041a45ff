"""What a user sees from each command: exact tables, formats, exit codes, files written."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
import typer.main
import yaml

from qnplan.cli import app
from tests.conftest import DataDir, qnplan

COMPARE_120 = """\
Targets 2023 → 2024 (quang-ninh)
Indicator            Unit         2023   2024   Change         Δ    2023 result   Status       % of target
──────────────────────────────────────────────────────────────────────────────────────────────────────────
Economy
FDI attracted        bn USD        ≥ 1    ≥ 3   ▲ raised      +2   > 0.853 (8M)   ✔ on track          128%
GRDP growth (c1)     %            > 10   > 10   = unchanged    0              —   · no data

Society
Poor households      households      —    ≤ 0   + new                         —

Environment
Forest cover         %            ≥ 55      —   − dropped               54 (FY)   ✘ missed           98.2%
(c1) grdp_growth 2023 target: used > 10 (plan-a); also > 11 (news)
Targets 2023 → 2024: 1 raised, 0 lowered, 1 new, 1 dropped, 1 unchanged, 0 changed. 2023 results: 0 met, 1 missed, 1 on
track, 0 behind, 1 no data, 0 unassessable.
"""

COMPARE_80 = """\
Targets 2023 → 2024 (quang-ninh)
Indicator                  2023   2024   Change         2023 result   Status
────────────────────────────────────────────────────────────────────────────────
Economy
FDI attracted (bn USD)      ≥ 1    ≥ 3   ▲ raised      > 0.853 (8M)   ✔ on track
GRDP growth (%) (c1)       > 10   > 10   = unchanged              —   · no data

Society
Poor households               —    ≤ 0   + new                    —
(households)

Environment
Forest cover (%)           ≥ 55      —   − dropped          54 (FY)   ✘ missed
(c1) grdp_growth 2023 target: used > 10 (plan-a); also > 11 (news)
Targets 2023 → 2024: 1 raised, 0 lowered, 1 new, 1 dropped, 1 unchanged, 0
changed. 2023 results: 0 met, 1 missed, 1 on track, 0 behind, 1 no data, 0
unassessable.
"""


def stripped(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


@pytest.mark.parametrize(("width", "expected"), [(120, COMPARE_120), (80, COMPARE_80)])
def test_compare_table_exact(data: DataDir, width: int, expected: str) -> None:
    """The Rich table is grouped by category, marked by symbols, and fits the width."""
    run = qnplan("compare", "2023", "2024", data=data, width=width)
    assert run.exit_code == 0
    assert stripped(run.stdout) == expected
    assert max(len(line.rstrip()) for line in run.stdout.splitlines()) <= width


def test_vietnamese_numbers_and_names(data: DataDir) -> None:
    """--lang vi writes 0,853 and 98,2% and the Vietnamese indicator names."""
    run = qnplan("--lang", "vi", "status", "2023", data=data, width=120)
    assert "Thu hút vốn FDI" in run.stdout
    assert "> 0,853 (8M)" in run.stdout and "98,2%" in run.stdout


def test_markdown_format(data: DataDir) -> None:
    run = qnplan("compare", "2023", "2024", "--format", "markdown", data=data)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("| Indicator ") and lines[1].startswith("|---")
    assert "| FDI attracted    | bn USD     | ≥ 1    | ≥ 3    | ▲ raised    | +2  |" in run.stdout


def test_csv_has_bom_and_parses(data: DataDir) -> None:
    """CSV starts with a UTF-8 BOM (for Excel) and round-trips through a CSV reader."""
    run = qnplan("status", "2023", "--format", "csv", data=data)
    assert run.stdout.startswith("\ufeffcategory,Indicator,")
    rows = list(csv.reader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    assert rows[1] == ["economy", "FDI attracted", "bn USD", "≥ 1", "> 0.853 (8M)",
                       "✔ on track", "128%", "news"]


@pytest.mark.parametrize(("fail_on", "code"), [
    ("missed", 1), ("behind", 0), ("missed,behind", 1), ("on_track", 1), ("met", 0), (None, 0),
])
def test_fail_on(data: DataDir, fail_on: str | None, code: int) -> None:
    """--fail-on exits 1 exactly when a row has one of the statuses (here: missed, on_track)."""
    args = ["status", "2023", "-f", "json"] + (["--fail-on", fail_on] if fail_on else [])
    run = qnplan(*args, data=data)
    assert run.exit_code == code
    assert json.loads(run.stdout)["year"] == 2023


def test_fail_on_unknown_status_is_usage_error(data: DataDir) -> None:
    run = qnplan("status", "2023", "--fail-on", "late", data=data)
    assert run.exit_code == 2
    assert run.stderr == ("error: --fail-on: unknown status late; use met, missed, on_track, "
                          "behind, no_data, unassessable\n")


def test_source_option_prefers_that_source(data: DataDir) -> None:
    """--source news makes the press figure (> 11) the one used."""
    doc = json.loads(qnplan("status", "2023", "-f", "json", "--source", "news", data=data).stdout)
    grdp = next(r for r in doc["rows"] if r["indicator"] == "grdp_growth")
    assert grdp["target"] == {"op": ">", "value": 11, "source": "news"}
    assert grdp["conflicts"] == [{"source": "plan-a", "kind": "target", "op": ">", "value": 10}]


def test_category_filter(data: DataDir) -> None:
    doc = json.loads(qnplan("compare", "2023", "2024", "-f", "json", "--category",
                            "environment", data=data).stdout)
    assert [r["indicator"] for r in doc["rows"]] == ["forest_cover"]
    bad = qnplan("compare", "2023", "2024", "--category", "sport", data=data)
    assert bad.exit_code == 2


def test_missing_data_dir_is_usage_error(tmp_path: Path) -> None:
    run = qnplan("compare", "2023", "2024", data=tmp_path / "nope")
    assert run.exit_code == 2
    assert run.stderr.startswith("error: data directory ") and "Traceback" not in run.stderr


def test_bad_option_is_usage_error(data: DataDir) -> None:
    run = qnplan("compare", "2023", "2024", "--format", "xml", data=data)
    assert run.exit_code == 2


def test_export_writes_report(data: DataDir, tmp_path: Path) -> None:
    """export -o writes a Markdown report with summary, shortfalls, conflicts, sources."""
    out = tmp_path / "summary.md"
    run = qnplan("export", "2023", "2024", "-o", str(out), data=data)
    assert run.exit_code == 0, run.stderr
    text = out.read_text("utf-8")
    assert text.startswith("# Quảng Ninh plan targets: 2023 compared with 2024\n")
    for heading in ("## Summary", "## Targets compared", "## Shortfalls",
                    "## Where sources disagree", "## Sources"):
        assert heading in text
    assert "- **Forest cover**: target ≥ 55 [1], result 54 (FY) [2] — missed, 98.2% of target." in text
    assert "1. **Nghị quyết A**, số 1/NQ-HĐND, HĐND tỉnh, 09/12/2022 (`plan-a`)" in text
    assert list(tmp_path.glob(".summary.md.*")) == []  # no temporary file left behind


def test_export_to_stdout(data: DataDir) -> None:
    run = qnplan("export", "2023", "2024", "-o", "-", data=data)
    assert run.exit_code == 0 and run.stdout.startswith("# Quảng Ninh plan targets")


def test_export_refuses_the_data_directory(data: DataDir) -> None:
    """Writing into the data folder is refused, and nothing is written."""
    target = data.root / "targets" / "2023.yaml"
    before = target.read_bytes()
    run = qnplan("export", "2023", "2024", "-o", str(target), data=data)
    assert run.exit_code == 2
    assert "inside the data directory" in run.stderr
    assert target.read_bytes() == before


def test_export_bad_year_leaves_no_file(data: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "r.md"
    run = qnplan("export", "2023", "2031", "-o", str(out), data=data)
    assert run.exit_code == 2 and not out.exists()


def test_markup_in_data_prints_literally(data: DataDir) -> None:
    """Rich markup or ANSI escapes in a name are printed as text, never interpreted."""
    path = data.root / "indicators.yaml"
    path.write_text(path.read_text("utf-8").replace(
        'en: "FDI attracted"', 'en: "[bold red]FDI[/] \\e[31mx"'), "utf-8")
    run = qnplan("status", "2023", data=data, width=200)
    assert "[bold red]FDI[/]" in run.stdout
    assert "\x1b" not in run.stdout


def test_csv_neutralises_formulas(data: DataDir) -> None:
    """A cell starting with '=' gets a leading quote; negative numbers stay numbers."""
    from qnplan.render.csv import safe_cell

    assert safe_cell("=HYPERLINK(\"x\")") == "'=HYPERLINK(\"x\")"
    assert safe_cell("@SUM(A1)") == "'@SUM(A1)"
    assert safe_cell("-1,600") == "-1,600"
    assert safe_cell("+2") == "+2"


def test_markdown_cells_are_escaped() -> None:
    from qnplan.render.markdown import escape_cell

    assert escape_cell("a|b\n<script>`x`") == "a\\|b &lt;script>\\`x\\`"


def test_every_command_has_help() -> None:
    """Each command documents itself, and --help works for each."""
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, name
        assert qnplan(name, "--help").exit_code == 0


def test_version() -> None:
    run = qnplan("--version")
    assert run.exit_code == 0 and run.stdout.startswith("qnplan ")


def test_schema_accepts_the_bundled_files() -> None:
    """The printed JSON Schema validates every bundled YAML file."""
    schemas = json.loads(qnplan("schema").stdout)
    root = Path(__file__).parent.parent / "data"
    files = [("indicators", root / "indicators.yaml"), ("sources", root / "sources.yaml")]
    files += [("targets", p) for p in sorted((root / "targets").glob("*.yaml"))]
    files += [("actuals", p) for p in sorted((root / "actuals").glob("*.yaml"))]
    for kind, path in files:
        doc = json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))
        jsonschema.validate(doc, schemas[kind])


def test_schema_rejects_a_bad_op() -> None:
    schema = json.loads(qnplan("schema", "targets").stdout)
    bad = {"year": 2023, "targets": [{"indicator": "fdi", "op": "=>", "value": 1,
                                      "source": "s", "quote": "q"}]}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(bad, schema)


def test_indicators_and_sources_list(data: DataDir) -> None:
    ind = json.loads(qnplan("indicators", "-f", "json", data=data).stdout)
    assert ind[0] == {"id": "fdi", "name": "FDI attracted", "category": "economy",
                      "unit": "bn_usd", "kind": "flow", "better": "higher"}
    src = json.loads(qnplan("sources", "-f", "json", data=data).stdout)
    assert src[0]["id"] == "plan-a" and src[0]["date"] == "2022-12-09"


@pytest.mark.help_layout
def test_readme_command_reference_is_current() -> None:
    """The README's command reference is what --help prints today (make docs)."""
    import sys

    sys.path.insert(0, str(Path(__file__).parent.parent / "scripts"))
    from cli_reference import README, updated

    current = README.read_text("utf-8")
    assert updated(current) == current, "run make docs"
