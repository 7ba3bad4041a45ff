"""`export --format datapackage -o DIR`: the whole data folder as a Frictionless Data Package
(v2) — one CSV per table, codes and plain numbers, and a datapackage.json describing them
(issue 20). Read back as a program reads it: with the csv and json modules, and validated by
frictionless where it is installed (`make test` installs it)."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DataDir, qnplan

TABLES = ["indicators", "sources", "targets", "results", "compare", "status", "conflicts",
          "trend"]


def export(data: DataDir, folder: Path, *args: str) -> None:
    run = qnplan("export", "--format", "datapackage", "-o", str(folder), *args, data=data)
    assert run.exit_code == 0, run.stderr
    assert run.stderr == f"wrote {folder}: datapackage.json and 8 CSV tables\n"


def table(folder: Path, name: str) -> list[dict[str, str]]:
    with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def descriptor(folder: Path) -> dict[str, Any]:
    text = (folder / "datapackage.json").read_text("utf-8")
    found: dict[str, Any] = json.loads(text)
    return found


@pytest.fixture
def package(data: DataDir, tmp_path: Path) -> Path:
    folder = tmp_path / "package"
    export(data, folder)
    return folder


def test_the_package_holds_a_csv_per_table_and_its_descriptor(package: Path) -> None:
    """A folder with no plan periods has no plan tables: an empty table is left out."""
    assert sorted(p.name for p in package.iterdir()) == sorted(
        ["datapackage.json", *(f"{t}.csv" for t in TABLES)])
    assert not any(p.name.startswith(".") for p in package.parent.iterdir())


def test_the_descriptor_is_a_v2_data_package(package: Path) -> None:
    d = descriptor(package)
    assert d["$schema"] == "https://datapackage.org/profiles/2.0/datapackage.json"
    assert d["name"] == "qnplan-quang-ninh"
    assert d["created"] == "2022-12-09T00:00:00Z"  # the newest document, not the clock
    assert [r["name"] for r in d["resources"]] == TABLES
    for resource in d["resources"]:
        assert {k: resource[k] for k in ("type", "path", "format", "mediatype")} == {
            "type": "table", "path": f"{resource['name']}.csv", "format": "csv",
            "mediatype": "text/csv"}


def test_fields_are_typed_and_described(package: Path) -> None:
    targets = next(r for r in descriptor(package)["resources"] if r["name"] == "targets")
    fields = {f["name"]: f for f in targets["schema"]["fields"]}
    assert [f["name"] for f in targets["schema"]["fields"]] == [
        "year", "indicator", "scope", "period", "op", "value", "min", "max", "unit", "text",
        "tolerance", "source", "quote", "chosen", "file"]
    assert (fields["year"]["type"], fields["value"]["type"], fields["chosen"]["type"]) == (
        "integer", "number", "boolean")
    assert "canonical unit" in fields["value"]["description"]
    assert fields["op"]["constraints"]["enum"] == [">", ">=", "<", "<=", "~", "range",
                                                   "qualitative"]
    assert targets["schema"]["primaryKey"] == ["year", "indicator", "scope", "period", "source"]
    assert {"fields": ["source"], "reference": {"resource": "sources", "fields": ["id"]}} in (
        targets["schema"]["foreignKeys"])


def test_every_column_is_described(package: Path) -> None:
    undescribed = [(r["name"], f["name"]) for r in descriptor(package)["resources"]
                   for f in r["schema"]["fields"] if not f.get("description")]
    assert undescribed == []


def test_every_entry_is_a_row_with_its_value_in_the_canonical_unit(package: Path) -> None:
    """853 triệu USD is 0.853 in fdi's unit bn_usd; the hedge and the kind of figure beside."""
    results = table(package, "results")
    assert results[0] == {
        "year": "2023", "indicator": "fdi", "scope": "quang-ninh", "period": "8M",
        "value": "0.853", "unit": "bn_usd", "bound": "lower", "met": "", "text": "",
        "status": "estimate", "source": "news", "quote": "FDI đạt trên 853 triệu USD",
        "chosen": "true", "file": "actuals/2023.yaml"}
    targets = table(package, "targets")
    grdp = [(t["source"], t["value"], t["chosen"]) for t in targets
            if (t["year"], t["indicator"]) == ("2023", "grdp_growth")]
    assert grdp == [("plan-a", "10", "true"), ("news", "11", "false")]


def test_sources_carry_their_details_and_a_licence_note(package: Path) -> None:
    sources = {s["id"]: s for s in table(package, "sources")}
    assert (sources["plan-a"]["number"], sources["plan-a"]["date"],
            sources["plan-a"]["type"]) == ("1/NQ-HĐND", "2022-12-09", "plan")
    assert "Article 15" in sources["plan-a"]["licence_note"]
    assert "copyright of its publisher" in sources["news"]["licence_note"]


def test_views_cover_every_year(package: Path) -> None:
    """Status for every year with targets; compare for each year and the next."""
    assert sorted({r["year"] for r in table(package, "status")}) == ["2023", "2024"]
    assert {(r["year_a"], r["year_b"]) for r in table(package, "compare")} == {("2023", "2024")}
    forest = next(r for r in table(package, "status") if r["indicator"] == "forest_cover")
    assert (forest["status"], forest["value"], forest["result_value"]) == ("missed", "55", "54")


def test_the_same_data_give_the_same_bytes(data: DataDir, tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    export(data, first)
    export(data, second)
    assert sorted(p.name for p in first.iterdir()) == sorted(p.name for p in second.iterdir())
    for path in first.iterdir():
        assert path.read_bytes() == (second / path.name).read_bytes(), path.name


def test_frictionless_finds_the_package_valid(package: Path) -> None:
    """`frictionless validate DIR/datapackage.json`: types, keys and references hold."""
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(package / "datapackage.json"))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_frictionless_would_catch_a_broken_table(package: Path) -> None:
    """The check above can fail: a target naming a source the package lacks is caught."""
    frictionless = pytest.importorskip("frictionless")
    path = package / "targets.csv"
    path.write_text(path.read_text("utf-8").replace(",plan-a,", ",nowhere,", 1), "utf-8")
    report = frictionless.validate(str(package / "datapackage.json"))
    assert not report.valid


def test_exporting_again_replaces_the_earlier_package(data: DataDir, package: Path) -> None:
    """The folder holds only what an earlier export wrote: it is replaced whole."""
    (package / "compare.csv").write_text("stale", "utf-8")
    export(data, package)
    assert table(package, "compare")[0]["year_a"] == "2023"


def test_a_folder_with_other_files_is_refused(data: DataDir, tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    (folder / "notes.txt").write_text("keep me", "utf-8")
    run = qnplan("export", "-f", "datapackage", "-o", str(folder), data=data)
    assert run.exit_code == 2
    assert run.stderr == (f"error: refusing to write into {str(folder)!r}: it holds 'notes.txt', "
                          "which this export did not write; name a new or empty folder\n")
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]


def test_a_file_is_refused(data: DataDir, tmp_path: Path) -> None:
    target = tmp_path / "package.zip"
    target.write_text("x", "utf-8")
    run = qnplan("export", "-f", "datapackage", "-o", str(target), data=data)
    assert run.exit_code == 2
    assert "is a file" in run.stderr
    assert target.read_text("utf-8") == "x"


def test_never_written_into_the_data_directory(data: DataDir) -> None:
    target = data.root / "package"
    run = qnplan("export", "-f", "datapackage", "-o", str(target), data=data)
    assert run.exit_code == 2
    assert "inside the data directory" in run.stderr
    assert not target.exists()


@pytest.mark.parametrize(("args", "message"), [
    (["2023", "2024", "-o", "pkg"], "error: --format datapackage exports the whole dataset: "
     "leave out the years, --scope, --category and --source\n"),
    (["-o", "-"], "error: --format datapackage writes a folder: name it with -o DIR\n"),
])
def test_usage_errors(data: DataDir, args: list[str], message: str) -> None:
    run = qnplan("export", "-f", "datapackage", *args, data=data)
    assert (run.exit_code, run.stderr) == (2, message)


def test_a_report_still_needs_two_years(data: DataDir) -> None:
    run = qnplan("export", "-o", "-", data=data)
    assert (run.exit_code, run.stderr) == (
        2, "error: --format markdown reports on two years: give them, e.g. 2023 2024\n")
