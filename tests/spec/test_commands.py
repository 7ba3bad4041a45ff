"""What a user sees from each command: exact tables, formats, exit codes, files written."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from qnplan.cli.app import all_commands
from tests.conftest import DataDir, qnplan

COMPARE_120 = """\
Targets 2023 → 2024 (quang-ninh)
Indicator          Unit         2023   2024   Change            Δ       2023 result   Status         Pace   Of FY target
────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
Economy
FDI attracted      bn USD        ≥ 1    ≥ 3   ▲ raised         +2    > 0.853 (8M, ≈   ✔ on track   > 128%        > 85.3%
                                                                              est.)
GRDP growth (c1)   %            > 10   > 10   = unchanged       0                 —   · no data

Society
Poor households    households      —   none   + new                               —

Environment
Forest cover       %            ≥ 55      —   ∅ not restated                54 (FY)   ✘ missed                     -1 pt
(c1) GRDP growth, 2023 target: used > 10 (plan-a); also > 11 (news)
Targets 2023 → 2024: 1 raised, 0 lowered, 1 new, 0 dropped by 2024's plan, 1 not restated in 2024's documents, 1
unchanged, 0 changed.
2023 results: 0 met, 1 missed, 1 on track, 0 behind, 1 no data, 0 unassessable.
“not restated”: no document in the data is 2024's own plan of the kind that set the 2023 target (`plan_for: 2024` in
sources.yaml), so its absence says nothing about the plan.
Pace: a part-year result against the target pro-rated to the months elapsed. Of FY target: the result against the
full-year target, as reports print it (for a target in %, the gap in points).
"""

COMPARE_80 = """\
Targets 2023 → 2024 (quang-ninh)
Indicator             2023   2024   Change             2023 result   Status
───────────────────────────────────────────────────────────────────────────────
Economy
FDI attracted (bn      ≥ 1    ≥ 3   ▲ raised          > 0.853 (8M,   ✔ on track
USD)                                                       ≈ est.)
GRDP growth (%)       > 10   > 10   = unchanged                  —   · no data
(c1)

Society
Poor households          —   none   + new                        —
(households)

Environment
Forest cover (%)      ≥ 55      —   ∅ not restated         54 (FY)   ✘ missed
(c1) GRDP growth, 2023 target: used > 10 (plan-a); also > 11 (news)
Targets 2023 → 2024: 1 raised, 0 lowered, 1 new, 0 dropped by 2024's plan, 1 not
restated in 2024's documents, 1 unchanged, 0 changed.
2023 results: 0 met, 1 missed, 1 on track, 0 behind, 1 no data, 0 unassessable.
“not restated”: no document in the data is 2024's own plan of the kind that set
the 2023 target (`plan_for: 2024` in sources.yaml), so its absence says nothing
about the plan.
Pace: a part-year result against the target pro-rated to the months elapsed. Of
FY target: the result against the full-year target, as reports print it (for a
target in %, the gap in points).
Hidden to fit 80 columns: Δ, Pace, Of FY target. Widen the terminal, or pipe the
output (printed in full), or use --format markdown or csv.
"""

COMPARE_PIPED = """\
Targets 2023 → 2024 (quang-ninh)
Indicator          Unit         2023   2024   Change            Δ            2023 result   Status         Pace   Of FY target
─────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────
Economy
FDI attracted      bn USD        ≥ 1    ≥ 3   ▲ raised         +2   > 0.853 (8M, ≈ est.)   ✔ on track   > 128%        > 85.3%
GRDP growth (c1)   %            > 10   > 10   = unchanged       0                      —   · no data

Society
Poor households    households      —   none   + new                                    —

Environment
Forest cover       %            ≥ 55      —   ∅ not restated                     54 (FY)   ✘ missed                     -1 pt
(c1) GRDP growth, 2023 target: used > 10 (plan-a); also > 11 (news)
Targets 2023 → 2024: 1 raised, 0 lowered, 1 new, 0 dropped by 2024's plan, 1 not restated in 2024's documents, 1 unchanged, 0 changed.
2023 results: 0 met, 1 missed, 1 on track, 0 behind, 1 no data, 0 unassessable.
“not restated”: no document in the data is 2024's own plan of the kind that set the 2023 target (`plan_for: 2024` in sources.yaml), so its absence says nothing about the plan.
Pace: a part-year result against the target pro-rated to the months elapsed. Of FY target: the result against the full-year target, as reports print it (for a target in %, the gap in points).
"""


@pytest.mark.parametrize(("width", "expected"), [(120, COMPARE_120), (80, COMPARE_80)])
def test_compare_table_exact(data: DataDir, width: int, expected: str) -> None:
    """The table is grouped by category, marked by symbols, fits the terminal, wraps long
    cells, and says which columns it hid to fit and how to see them."""
    run = qnplan("compare", "2023", "2024", data=data, width=width)
    assert run.exit_code == 0
    assert run.stdout == expected
    assert max(len(line) for line in run.stdout.splitlines()) <= width


def test_piped_table_is_printed_in_full(data: DataDir) -> None:
    """Output to a pipe is never cut to a terminal's width: every column, no wrapping,
    no trailing spaces."""
    run = qnplan("compare", "2023", "2024", data=data, width=None)
    assert run.exit_code == 0
    assert run.stdout == COMPARE_PIPED
    assert all(line == line.rstrip() for line in run.stdout.splitlines())


def test_vietnamese_numbers_and_names(data: DataDir) -> None:
    """--lang vi writes 0,853 and 98,2% and the Vietnamese indicator names."""
    run = qnplan("--lang", "vi", "status", "2023", data=data, width=None)
    assert "Thu hút vốn FDI" in run.stdout
    assert "> 0,853 (8 tháng, ≈ ước)" in run.stdout and "-1 điểm %" in run.stdout


def test_markdown_format(data: DataDir) -> None:
    run = qnplan("compare", "2023", "2024", "--format", "markdown", data=data)
    lines = run.stdout.splitlines()
    assert lines[0].startswith("| Indicator ") and lines[1].startswith("|---")
    assert lines[1].startswith("|------------------|------------|-----:|-----:|-------")
    assert ("| FDI attracted    | bn USD     |  ≥ 1 |  ≥ 3 | ▲ raised       |  +2 | "
            "> 0.853 (8M, ≈ est.) | ✔ on track | > 128% |      > 85.3% |") in lines


def test_csv_is_data_one_column_per_field(data: DataDir) -> None:
    """CSV (with a BOM for Excel) has one column per field, plain numbers in the canonical
    unit and codes, so a CSV reader gets numbers back."""
    run = qnplan("status", "2023", "--format", "csv", data=data)
    assert run.stdout.startswith("\ufeffcategory,indicator,name,scope,period,unit,op,value,")
    rows = list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    fdi = rows[0]
    assert (fdi["indicator"], fdi["unit"], fdi["op"], fdi["status"]) == (
        "fdi", "bn_usd", ">=", "on_track")
    assert (float(fdi["value"]), float(fdi["result_value"]), float(fdi["ratio"]),
            float(fdi["full_year_ratio"])) == (1.0, 0.853, 1.2795, 0.853)
    assert (fdi["result_bound"], fdi["result_period"], fdi["result_status"]) == (
        "lower", "8M", "estimate")
    assert rows[1]["conflict_sources"] == "news"


def test_csv_numbers_never_follow_the_language(data: DataDir) -> None:
    """--lang vi translates names, never the headers (codes, like JSON keys) nor the number
    syntax: a script reads the same columns whatever language wrote the file."""
    run = qnplan("--lang", "vi", "status", "2023", "--format", "csv", data=data)
    english = qnplan("status", "2023", "--format", "csv", data=data)
    rows = list(csv.reader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    assert run.stdout.splitlines()[0] == english.stdout.splitlines()[0]
    assert rows[0][:4] == ["category", "indicator", "name", "scope"]
    assert rows[1][2] == "Thu hút vốn FDI"
    assert "0.853" in rows[1] and "1.2795" in rows[1] and "-1" in rows[3]


def test_compare_csv_reads_back_as_numbers(data: DataDir) -> None:
    """compare's CSV: both years' targets, the change code, delta and delta_pct as numbers."""
    run = qnplan("compare", "2023", "2024", "--format", "csv", data=data)
    rows = {r["indicator"]: r for r in csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff")))}
    fdi = rows["fdi"]
    assert (float(fdi["a_value"]), float(fdi["b_value"]), fdi["change"]) == (1.0, 3.0, "raised")
    assert (float(fdi["delta"]), float(fdi["delta_pct"])) == (2.0, 200.0)
    assert rows["forest_cover"]["change"] == "not_restated"


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
    for heading in ("## Summary", "## Targets compared", "### Economy", "## Shortfalls",
                    "## Where sources disagree", "## How to read this report", "## Sources"):
        assert text.count(f"\n{heading}\n") == 1
    assert ("- **Forest cover**: target ≥ 55 [7], result 54 (FY) [8] — missed, "
            "-1 point from the target.") in text
    assert ("**no. 1/NQ-HĐND, HĐND tỉnh, 2022-12-09**, *Nghị quyết A* (`plan-a`)\n\n"
            "- [1] “thu hút vốn FDI đạt ít nhất 1,0 tỷ USD”\n- [4] “GRDP đạt trên 10%”\n"
            "- [7] “Giữ vững tỷ lệ che phủ rừng đạt 55%”\n") in text
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


def test_csv_neutralises_formulas_in_data_text_only(data: DataDir) -> None:
    """A name from the data starting with '=' gets a leading quote; qnplan's own codes and
    numbers (>=, -1) are written as they are."""
    path = data.root / "indicators.yaml"
    path.write_text(path.read_text("utf-8").replace(
        'en: "Forest cover"', 'en: "=HYPERLINK(\\"x\\")"'), "utf-8")
    run = qnplan("status", "2023", "--format", "csv", data=data)
    rows = {r["indicator"]: r for r in csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff")))}
    assert rows["forest_cover"]["name"] == "'=HYPERLINK(\"x\")"
    assert (rows["forest_cover"]["op"], rows["forest_cover"]["gap"]) == (">=", "-1")


def test_markdown_cells_are_escaped() -> None:
    from qnplan.render.markdown import escape_cell

    assert escape_cell("a|b\n<script>`x`") == "a\\|b &lt;script>\\`x\\`"


def test_every_command_has_help() -> None:
    """Each command documents itself, and --help works for each."""
    for name, command in all_commands().items():
        assert command.help, name
        assert qnplan(name, "--help").exit_code == 0


def test_global_options_hold_for_their_own_run_only(data: DataDir) -> None:
    """--lang and --data belong to the run that gives them: a later run in the same process
    (a notebook, a test session) starts from the defaults again. (A guard for the future: the
    settings live in Click's ctx.obj, and so did the old module object reset on every run.)"""
    first = qnplan("--lang", "vi", "status", "2099", data=data)
    second = qnplan("status", "2099")
    assert first.exit_code == second.exit_code == 2
    assert first.stderr.startswith("lỗi: ") and str(data.root) in first.stderr
    assert second.stderr.startswith("error: ") and str(data.root) not in second.stderr


def test_version() -> None:
    run = qnplan("--version")
    assert run.exit_code == 0 and run.stdout.startswith("qnplan ")


def test_schema_accepts_the_bundled_files() -> None:
    """The printed JSON Schema validates every bundled YAML file."""
    schemas = json.loads(qnplan("schema").stdout)
    root = Path(__file__).parents[2] / "data"
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

    sys.path.insert(0, str(Path(__file__).parents[2] / "scripts"))
    from cli_reference import README, updated

    current = README.read_text("utf-8")
    assert updated(current) == current, "run make docs"
