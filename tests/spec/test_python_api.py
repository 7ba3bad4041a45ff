"""The Python API (docs/python-api.md): qnplan.load, the Dataset's questions, records,
typed errors, and no change to the interpreter's state."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

import qnplan
from tests.conftest import DataDir
from tests.conftest import qnplan as run


def test_load_answers_compare_like_the_cli(data: DataDir) -> None:
    """ds.compare gives the rows `qnplan compare` lists, in the same order."""
    rows = qnplan.load(data.root).compare(2023, 2024)
    assert [(r.indicator.id, r.movement.change.value) for r in rows] == [
        ("fdi", "raised"), ("grdp_growth", "unchanged"), ("poor_households", "new"),
        ("forest_cover", "not_restated")]
    cli = run("compare", "2023", "2024", "-f", "csv", data=data).stdout.splitlines()[1:]
    assert [line.split(",")[1] for line in cli] == [r.indicator.id for r in rows]


def test_status_rows_carry_the_assessment(data: DataDir) -> None:
    """A part-year flow result is judged against the pro-rated bar (DESIGN §4)."""
    (fdi,) = [r for r in qnplan.load(data.root).status(2023) if r.indicator.id == "fdi"]
    assert fdi.assessment.status.value == "on_track"
    assert fdi.assessment.result is not None
    assert fdi.assessment.result.value == pytest.approx(0.853)


def test_records_have_the_csv_columns(data: DataDir) -> None:
    """qnplan.records flattens rows to dicts keyed like the CSV's columns, values as data."""
    rows = qnplan.load(data.root).status(2023)
    records = qnplan.records(rows)
    header = run("--lang", "en", "status", "2023", "-f", "csv", data=data).stdout
    assert len(records) == len(rows) == 3
    assert records[0]["indicator"] == "fdi"
    assert records[0]["value"] == 1.0
    assert records[0]["status"] == "on_track"
    assert len(records[0]) == len(header.splitlines()[0].split(","))


def test_records_of_nothing_is_an_empty_list() -> None:
    """No rows, no records (the row type cannot be known, nor needs to be)."""
    assert qnplan.records([]) == []


def test_records_refuses_what_is_not_a_listing() -> None:
    """A list of something else is a TypeError naming the type, not a wrong table."""
    with pytest.raises(TypeError, match="int"):
        qnplan.records([1, 2])


def test_a_listing_shows_as_a_table_in_a_notebook(data: DataDir) -> None:
    """_repr_markdown_ and _repr_html_ show the CLI's columns with the data's values."""
    rows = qnplan.load(data.root).compare(2023, 2024)
    markdown = rows._repr_markdown_()
    assert markdown.startswith("| Indicator")
    assert "FDI attracted" in markdown
    page = rows._repr_html_()
    assert page.startswith("<table><thead><tr><th>Indicator</th>")
    assert page.count("<tr>") == len(rows) + 1


def test_names_follow_the_listing_language(data: DataDir) -> None:
    """lang="vi" gives Vietnamese names in records and tables; English stays the default."""
    ds = qnplan.load(data.root)
    assert ds.status(2023, lang="vi").records()[0]["name"] == "Thu hút vốn FDI"
    assert ds.status(2023).records()[0]["name"] == "FDI attracted"


def test_unknown_year_has_fields(data: DataDir) -> None:
    """A year without targets raises UnknownYear with the year and the years there are."""
    with pytest.raises(qnplan.UnknownYear) as caught:
        qnplan.load(data.root).compare(2023, 2031)
    assert (caught.value.year, caught.value.available, caught.value.kind) == (
        2031, [2023, 2024], "targets")


@pytest.mark.parametrize(("option", "error"), [
    ({"scope": "atlantis"}, qnplan.UnknownScope),
    ({"category": "sport"}, qnplan.UnknownCategory),
    ({"source": "nq-0"}, qnplan.UnknownSource),
])
def test_unknown_names_have_fields(data: DataDir, option: dict[str, str],
                                   error: type[qnplan.UnknownName]) -> None:
    """An unknown scope, category or source names the value and what exists instead."""
    with pytest.raises(error) as caught:
        qnplan.load(data.root).status(2023, **option)  # type: ignore[arg-type]
    assert caught.value.value == next(iter(option.values()))
    assert caught.value.available


def test_invalid_data_carries_every_issue(data: DataDir) -> None:
    """A folder with errors raises InvalidData listing them with file and line."""
    data.write("targets/2023.yaml", "year: 2023\ntargets:\n  - indicator: nope\n")
    with pytest.raises(qnplan.InvalidData) as caught:
        qnplan.load(data.root)
    assert caught.value.errors
    assert {Path(i.path).name for i in caught.value.errors} == {"2023.yaml"}


def test_missing_folder_is_typed(tmp_path: Path) -> None:
    """A data folder that is not there raises NoDataDirectory naming it."""
    with pytest.raises(qnplan.NoDataDirectory) as caught:
        qnplan.load(tmp_path / "nowhere")
    assert caught.value.data == str(tmp_path / "nowhere")


def test_validate_returns_issues_without_raising(data: DataDir) -> None:
    """validate returns every problem of a folder, or of one file, as Issues."""
    assert qnplan.validate(data.root) == []
    bad = data.write("targets/2024.yaml", "year: 2024\ntargets:\n  - indicator: fdi\n")
    codes = {i.code for i in qnplan.validate(bad)}
    assert codes
    assert codes == {i.code for i in qnplan.validate(data.root)}


def test_extract_finds_statements() -> None:
    """extract reads a text's figures against the bundled indicators."""
    (found,) = qnplan.extract("Năm 2024, thu hút vốn FDI đạt 1,5 tỷ USD.")
    assert (found.indicator, found.value, found.unit, found.year) == ("fdi", 1.5, "bn_usd", 2024)


def test_load_leaves_the_garbage_collector_as_it_was(data: DataDir) -> None:
    """A library load neither freezes objects nor leaves the collector switched."""
    frozen = gc.get_freeze_count()
    qnplan.load(data.root)
    assert gc.isenabled()
    assert gc.get_freeze_count() == frozen
    gc.disable()
    try:
        qnplan.load(data.root, cache=True)
        assert not gc.isenabled()
        assert gc.get_freeze_count() == frozen
    finally:
        gc.enable()


def test_load_reads_no_environment(data: DataDir, monkeypatch: pytest.MonkeyPatch) -> None:
    """QNPLAN_DATA is the CLI's: load() without a folder is the bundled dataset."""
    monkeypatch.setenv("QNPLAN_DATA", str(data.root))
    assert qnplan.load().indicators.keys() != qnplan.load(data.root).indicators.keys()


def test_import_costs_nothing_until_used() -> None:
    """`import qnplan` loads none of the API (the CLI's start-up must not pay for it)."""
    code = ("import sys, qnplan; print(sorted(m for m in sys.modules "
            "if m.startswith('qnplan.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONWARNINGS": ""}).stdout
    assert out.strip() == "[]"


def test_unknown_attribute_is_an_attribute_error() -> None:
    """A name the API does not have fails like any module attribute."""
    with pytest.raises(AttributeError, match="no_such_thing"):
        qnplan.no_such_thing  # noqa: B018
