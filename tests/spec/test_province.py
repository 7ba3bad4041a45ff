"""Any province: settings.yaml names the folder's province, which is the scope of every entry
that names none, the default --scope, and the place reports and extract speak of; `qnplan
init` starts a folder for any of the 34 provinces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import qnplan as api
from qnplan.extract.places import PROVINCES_2025, slug
from qnplan.provinces import PROVINCES
from tests.conftest import DataDir, qnplan

DOCUMENT = ("Nghị quyết về kế hoạch phát triển kinh tế - xã hội tỉnh Lạng Sơn năm 2026\n\n"
            "Năm 2026, phấn đấu tốc độ tăng trưởng GRDP đạt trên 8%; thu hút vốn FDI đạt ít "
            "nhất 0,5 tỷ USD.\n")


def test_the_34_provinces_have_the_slugs_extract_reads() -> None:
    """The settings' list is the 2025 list, each slug as extract spells a place."""
    assert len(PROVINCES) == 34
    assert {slug(name): name for name in PROVINCES_2025} == PROVINCES


def test_entries_without_scope_belong_to_the_folders_province(data: DataDir) -> None:
    """With `province: lang-son`, an entry that names no scope is Lạng Sơn's, and the
    listings show Lạng Sơn by default."""
    data.write("settings.yaml", "province: lang-son\n")
    run = qnplan("status", "2023", "-f", "json", data=data)
    assert run.exit_code == 0, run.stderr
    shown = json.loads(run.stdout)
    assert shown["scope"] == "lang-son"
    assert {r["scope"] for r in shown["rows"]} == {"lang-son"}
    assert qnplan("status", "2023", data=data).stdout.startswith("Targets 2023 (lang-son)\n")


def test_a_folder_without_settings_is_quang_ninh(data: DataDir) -> None:
    """Folders made before the setting keep their meaning."""
    assert api.load(data.root).province == "quang-ninh"
    rows = json.loads(qnplan("compare", "2023", "2024", "-f", "json", data=data).stdout)["rows"]
    assert {r["scope"] for r in rows} == {"quang-ninh"}


def test_an_unknown_province_is_a_located_error(data: DataDir) -> None:
    """A province that is not one of the 34 is reported at its line, with the closest slug."""
    data.write("settings.yaml", "# where\nprovince: lang-sn\n")
    run = qnplan("validate", data=data)
    assert run.exit_code == 1
    assert run.stdout == ("data/settings.yaml:2:11: error: province 'lang-sn' is not one of "
                          "Vietnam's 34 provinces and cities; write its slug, e.g. lang-son "
                          "[unknown-province]\n").replace("data/", f"{data.root}/")


def test_settings_takes_no_other_key(data: DataDir) -> None:
    """A misspelt key in settings.yaml is reported, not ignored."""
    data.write("settings.yaml", "province: lang-son\nprovnce: x\n")
    codes = [i.code for i in api.validate(data.root)]
    assert codes == ["unknown-field"]


def test_the_report_title_names_the_province(data: DataDir) -> None:
    """export's title is the folder's province, not Quảng Ninh."""
    data.write("settings.yaml", "province: lang-son\n")
    run = qnplan("export", "2023", "2024", "-o", "-", data=data)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines()[0].startswith("# Lạng Sơn")


def test_init_starts_a_valid_empty_folder(tmp_path: Path) -> None:
    """init writes settings, the indicator registry and an empty source registry; the folder
    validates with no entries."""
    folder = tmp_path / "lang-son"
    run = qnplan("init", str(folder), "--province", "lang-son")
    assert run.exit_code == 0, run.stderr
    assert (folder / "settings.yaml").read_text(encoding="utf-8") == "province: lang-son\n"
    ds = api.load(folder)
    assert (ds.province, ds.targets, ds.actuals, ds.sources) == ("lang-son", {}, {}, {})
    assert "fdi" in ds.indicators
    assert api.validate(folder) == []


def test_init_then_extract_write_fills_the_folder(tmp_path: Path) -> None:
    """extract --write adds a document's figures to a new folder as the province's."""
    folder = tmp_path / "ls"
    assert qnplan("init", str(folder), "--province", "lang-son").exit_code == 0
    doc = tmp_path / "plan.txt"
    doc.write_text(DOCUMENT, encoding="utf-8")
    run = qnplan("--data", str(folder), "extract", str(doc), "--source", "nq-ls-2025",
                 "--date", "2025-12-10", "--write")
    assert run.exit_code == 0, run.stderr
    assert "scope:" not in (folder / "targets" / "2026.yaml").read_text(encoding="utf-8")
    rows = api.load(folder).status(2026)
    assert [(r.indicator.id, r.scope) for r in rows] == [("grdp_growth", "lang-son"),
                                                         ("fdi", "lang-son")]


@pytest.mark.parametrize("contents", ["file", "folder"])
def test_init_never_writes_over_files(tmp_path: Path, contents: str) -> None:
    """A folder with anything in it is refused (exit 2) and left as it was."""
    folder = tmp_path / "taken"
    folder.mkdir()
    (folder / "notes.txt").write_text("mine", encoding="utf-8")
    if contents == "folder":
        (folder / "notes.txt").unlink()
        (folder / "targets").mkdir()
    run = qnplan("init", str(folder), "--province", "hue")
    assert run.exit_code == 2
    assert run.stderr == f"error: {folder} already has files in it; give a new folder\n"
    assert not (folder / "settings.yaml").exists()


def test_init_refuses_an_unknown_province(tmp_path: Path) -> None:
    """An unknown slug is a usage error naming the closest one; nothing is created."""
    run = qnplan("init", str(tmp_path / "x"), "--province", "quangninh")
    assert run.exit_code == 2
    assert "e.g. quang-ninh" in run.stderr
    assert list(tmp_path.iterdir()) == []
