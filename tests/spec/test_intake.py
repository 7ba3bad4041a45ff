"""The intake workflow a person can review in a minute (issue 18): the source record read from
the document itself or given by options, `--write` naming every entry it adds, skips or leaves
out, `--dry-run` showing the exact change, and `sources remove` undoing an intake to the byte."""

from __future__ import annotations

import difflib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from qnplan.dataset.paths import BUNDLED
from tests.conftest import DataDir, qnplan

ARTICLE = ("8 tháng năm 2024, tỷ lệ che phủ rừng đạt 55,2%. "
           "Năm 2025 phấn đấu tỷ lệ che phủ rừng đạt 56%.")


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file()}


def registered(root: Path, source: str) -> dict[str, Any]:
    entry = yaml.safe_load((root / "sources.yaml").read_text("utf-8"))["sources"][source]
    assert isinstance(entry, dict)
    return entry


@pytest.fixture
def bundled_copy(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(BUNDLED, root)
    return root


# --- the source record ----------------------------------------------------------------------
def test_a_saved_page_gives_its_title_address_date_and_site(data: DataDir,
                                                            tmp_path: Path) -> None:
    page = tmp_path / "bai.html"
    page.write_text(f"""<html><head>
        <title>Tin nhanh | Báo Mẫu</title>
        <meta property="og:title" content="Che phủ rừng tăng">
        <meta property="og:url" content="https://bao.example.vn/che-phu-rung.html">
        <meta property="og:site_name" content="Báo Mẫu">
        <meta property="article:published_time" content="2024-09-05T07:30:00+07:00">
        </head><body><nav>Trang chủ</nav><article><h1>Che phủ rừng tăng</h1>
        <p>{ARTICLE}</p></article></body></html>""", encoding="utf-8")
    run = qnplan("extract", str(page), "--source", "bao-mau-2024-09", "--write", data=data)
    assert run.exit_code == 0, run.stderr
    assert registered(data.root, "bao-mau-2024-09") == {
        "type": "press", "title": "Che phủ rừng tăng", "issuer": "Báo Mẫu",
        "date": __import__("datetime").date(2024, 9, 5),
        "url": "https://bao.example.vn/che-phu-rung.html",
        "text": "sources/bao-mau-2024-09.txt"}
    assert "complete the issuer" not in run.stdout


def test_a_page_without_meta_tags_gives_its_title_link_and_byline(data: DataDir,
                                                                  tmp_path: Path) -> None:
    page = tmp_path / "bai.html"
    page.write_text(f"""<html><head><title>Che phủ rừng tăng</title>
        <link rel="canonical" href="https://bao.example.vn/a.html"></head>
        <body><p class="date">Thứ 2, 04/12/2023 | 18:17</p><p>{ARTICLE}</p></body></html>""",
                    encoding="utf-8")
    run = qnplan("extract", str(page), "--source", "bao-2023-12", "--write", data=data)
    assert run.exit_code == 0, run.stderr
    entry = registered(data.root, "bao-2023-12")
    assert (entry["title"], entry["url"], str(entry["date"]), entry["issuer"]) == (
        "Che phủ rừng tăng", "https://bao.example.vn/a.html", "2023-12-04", "bao.example.vn")


def test_a_page_that_says_nothing_of_itself_is_registered_for_completion(
        data: DataDir, tmp_path: Path) -> None:
    page = tmp_path / "bai.html"
    page.write_text(f"<html><body><p>{ARTICLE}</p></body></html>", encoding="utf-8")
    run = qnplan("extract", str(page), "--source", "bao-x", "--write", data=data)
    assert run.exit_code == 0, run.stderr
    entry = registered(data.root, "bao-x")
    assert (entry["type"], entry["date"], "url" in entry) == ("press", None, False)
    assert entry["issuer"] == "unknown (registered by qnplan extract; please complete)"
    assert "complete the issuer of bao-x in sources.yaml (or give --issuer)" in run.stdout


def test_header_lines_of_a_saved_text_are_metadata_not_text(data: DataDir,
                                                            tmp_path: Path) -> None:
    doc = tmp_path / "bai.txt"
    doc.write_text("# URL: https://bao.example.vn/b.html\n"
                   "# title: Rừng Quảng Ninh (tiêu đề dựng lại); date: 2024-09-05; kind: report; "
                   "scope: quang-ninh\n" + ARTICLE + "\n", encoding="utf-8")
    run = qnplan("extract", str(doc), "--source", "bc-2024-09", "--write", data=data)
    assert run.exit_code == 0, run.stderr
    entry = registered(data.root, "bc-2024-09")
    assert (entry["title"], entry["url"], str(entry["date"]), entry["type"]) == (
        "Rừng Quảng Ninh", "https://bao.example.vn/b.html", "2024-09-05", "report")
    assert (data.root / "sources/bc-2024-09.txt").read_text("utf-8") == ARTICLE + "\n"


def test_options_override_what_the_document_says(data: DataDir, tmp_path: Path) -> None:
    doc = tmp_path / "nq.txt"
    doc.write_text("# title: Tiêu đề trong tệp; date: 2024-01-01\n" + ARTICLE, encoding="utf-8")
    run = qnplan("extract", str(doc), "--source", "nq-5-hdnd-2024", "--write", "--title",
                 "Nghị quyết số 5", "--url", "https://hdnd.example.vn/5", "--issuer",
                 "HĐND tỉnh", "--type", "plan", "--number", "5/NQ-HĐND", "--date",
                 "2024-09-06", data=data)
    assert run.exit_code == 0, run.stderr
    assert registered(data.root, "nq-5-hdnd-2024") == {
        "type": "plan", "title": "Nghị quyết số 5", "number": "5/NQ-HĐND",
        "issuer": "HĐND tỉnh", "date": __import__("datetime").date(2024, 9, 6),
        "url": "https://hdnd.example.vn/5", "text": "sources/nq-5-hdnd-2024.txt"}


def test_a_resolution_gives_its_number_and_dateline(data: DataDir, tmp_path: Path) -> None:
    """The date is the dateline's, not that of a law the opening cites."""
    doc = tmp_path / "nq.txt"
    doc.write_text("HỘI ĐỒNG NHÂN DÂN TỈNH\nSố: 77/NQ-HĐND\nQuảng Ninh, ngày 9 tháng 12 năm 2023\n"
                   "NGHỊ QUYẾT\nCăn cứ Luật ngày 19 tháng 6 năm 2015;\n" + ARTICLE,
                   encoding="utf-8")
    run = qnplan("extract", str(doc), "--source", "nq-77", "--write", "--type", "plan",
                 data=data)
    assert run.exit_code == 0, run.stderr
    entry = registered(data.root, "nq-77")
    assert (entry["number"], str(entry["date"])) == ("77/NQ-HĐND", "2023-12-09")


def test_a_pdfs_properties_give_its_title_and_date(data: DataDir, tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    from tests.spec.test_extract import tiny_pdf

    reader = pypdf.PdfReader(__import__("io").BytesIO(tiny_pdf("Nam 2024, GRDP tang 7,5%.")))
    writer = pypdf.PdfWriter(clone_from=reader)
    writer.add_metadata({"/Title": "Bao cao kinh te", "/CreationDate": "D:20241205093000+07'00'"})
    pdf = tmp_path / "bc.pdf"
    with pdf.open("wb") as fh:
        writer.write(fh)
    run = qnplan("extract", str(pdf), "--source", "bc-pdf", "--write", data=data)
    assert run.exit_code == 0, run.stderr
    entry = registered(data.root, "bc-pdf")
    assert (entry["title"], str(entry["date"])) == ("Bao cao kinh te", "2024-12-05")


def test_a_docx_properties_give_its_title_and_date(data: DataDir, tmp_path: Path) -> None:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph(ARTICLE)
    d.core_properties.title = "Báo cáo rừng"
    d.core_properties.created = __import__("datetime").datetime(2024, 9, 7, 8, 0)
    d.save(str(tmp_path / "bc.docx"))
    run = qnplan("extract", str(tmp_path / "bc.docx"), "--source", "bc-docx", "--write",
                 data=data)
    assert run.exit_code == 0, run.stderr
    entry = registered(data.root, "bc-docx")
    assert (entry["title"], str(entry["date"])) == ("Báo cáo rừng", "2024-09-07")


@pytest.mark.parametrize("option", ["--title", "--issuer", "--url", "--number"])
def test_a_metadata_option_with_control_characters_is_refused(data: DataDir, tmp_path: Path,
                                                              option: str) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(ARTICLE, encoding="utf-8")
    run = qnplan("extract", str(doc), "--source", "a-1", "--write", option, "a\nb", data=data)
    assert (run.exit_code, run.stderr) == (
        2, f"error: {option}: give one line of text, without control characters\n")


# --- the review: every entry named, and why ------------------------------------------------
def test_write_names_each_entry_added_skipped_or_left_out(data: DataDir, tmp_path: Path) -> None:
    doc = tmp_path / "bai.txt"
    doc.write_text("8 tháng năm 2024, tỷ lệ che phủ rừng đạt 55,2%. "
                   "Riêng 8 tháng năm 2024, tỷ lệ che phủ rừng toàn tỉnh đạt 55,4%. "
                   "Năm 2025 phấn đấu số hợp tác xã thành lập mới đạt 300 hợp tác xã. "
                   "8 tháng năm 2024, thu hút vốn FDI đạt 80% kế hoạch năm.",
                   encoding="utf-8")
    args = ("extract", str(doc), "--source", "bao-1", "--date", "2024-09-05", "--write")
    run = qnplan(*args, data=data)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines()[2:] == [
        "added forest_cover 2024 8M 55.2 % to actuals/2024.yaml: “tỷ lệ che phủ rừng đạt 55,2%”",
        "left out “tỷ lệ che phủ rừng toàn tỉnh đạt 55,4%”: repeated: same indicator, place and "
        "period as 'tỷ lệ che phủ rừng đạt 55,2%'",
        "left out “Năm 2025 phấn đấu số hợp tác xã thành lập mới đạt 300 hợp tác xã”: no "
        "indicator in the registry names it",
        "left out “thu hút vốn FDI đạt 80% kế hoạch năm”: relative to another figure",
        "in all: 1 entry added, 3 left out"]
    again = qnplan(*args, data=data)
    assert again.stdout.splitlines()[0] == (
        "skipped forest_cover 2024 8M 55.2 %: already in actuals/2024.yaml: "
        "“tỷ lệ che phủ rừng đạt 55,2%”")
    assert again.stdout.splitlines()[-1] == "nothing new to add"


def test_write_says_why_each_statement_is_left_out_in_the_chosen_language(
        data: DataDir, tmp_path: Path) -> None:
    """The review's reasons follow --lang like every other word."""
    doc = tmp_path / "bai.txt"
    doc.write_text("Năm 2025 phấn đấu số hợp tác xã thành lập mới đạt 300 hợp tác xã. "
                   "8 tháng năm 2024, thu hút vốn FDI đạt 80% kế hoạch năm.",
                   encoding="utf-8")
    run = qnplan("--lang", "vi", "extract", str(doc), "--source", "bao-2", "--date",
                 "2024-09-05", "--write", data=data)
    assert run.exit_code == 0, run.stderr
    left = [line for line in run.stdout.splitlines() if line.startswith("không đưa vào")]
    assert left == [
        "không đưa vào “Năm 2025 phấn đấu số hợp tác xã thành lập mới đạt 300 hợp tác xã”: "
        "không chỉ tiêu nào trong danh mục gọi tên nó",
        "không đưa vào “thu hút vốn FDI đạt 80% kế hoạch năm”: tính theo một số liệu khác"]


def test_dry_run_shows_the_exact_change_and_writes_nothing(bundled_copy: Path,
                                                          tmp_path: Path) -> None:
    doc = tmp_path / "bai.txt"
    doc.write_text(ARTICLE, encoding="utf-8")
    before = snapshot(bundled_copy)
    args = ("extract", str(doc), "--source", "bao-2024-9", "--date", "2024-09-05")
    dry = qnplan(*args, "--dry-run", data=bundled_copy)
    assert dry.exit_code == 0, dry.stderr
    assert snapshot(bundled_copy) == before
    assert dry.stderr.splitlines()[-1] == ("dry run: nothing was written; run again with "
                                           "--write to make this change")
    assert qnplan(*args, "--write", data=bundled_copy).exit_code == 0
    after = snapshot(bundled_copy)
    expected = []
    for name in sorted(set(before) | set(after)):
        if before.get(name) == after.get(name):
            continue
        old = before[name].decode() if name in before else None
        new = after[name].decode()
        expected.extend(difflib.unified_diff(
            (old or "").splitlines(keepends=True), new.splitlines(keepends=True),
            "/dev/null" if old is None else f"a/{name}", f"b/{name}"))
    shown = dry.stdout
    assert sorted(shown.split("--- ")) == sorted("".join(expected).split("--- "))


# --- sources remove: one command to undo an intake --------------------------------------------
def test_remove_after_an_intake_leaves_the_data_byte_identical(bundled_copy: Path,
                                                               tmp_path: Path) -> None:
    doc = tmp_path / "nq.txt"
    doc.write_text("NGHỊ QUYẾT về nhiệm vụ năm 2026\nNăm 2025, tốc độ tăng trưởng GRDP ước đạt "
                   "10,5%.\nNăm 2026: tốc độ tăng trưởng GRDP đạt trên 11%; thu hút vốn FDI "
                   "ít nhất 2,5 tỷ USD; tỷ lệ che phủ rừng đạt 56%.\n", encoding="utf-8")
    before = snapshot(bundled_copy)
    intake = qnplan("extract", str(doc), "--source", "nq-88-hdnd-2025", "--date", "2025-12-10",
                    "--write", data=bundled_copy)
    assert intake.exit_code == 0, intake.stderr
    assert snapshot(bundled_copy) != before
    run = qnplan("sources", "remove", "nq-88-hdnd-2025", data=bundled_copy)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines()[-2:] == ["removed the source text sources/nq-88-hdnd-2025.txt",
                                            "removed source nq-88-hdnd-2025 from sources.yaml"]
    assert snapshot(bundled_copy) == before


def test_remove_takes_out_entries_in_the_middle_of_hand_written_files(data: DataDir) -> None:
    """Entries of the source between others, with their comments; every other line stays."""
    kept = data.root.joinpath("targets/2023.yaml").read_text("utf-8")
    data.write("targets/2023.yaml", kept.replace(
        "  - indicator: forest_cover\n",
        "  # from the 8-month news: check\n"
        "  - indicator: fdi\n    op: \">=\"\n    value: 2\n    source: news\n"
        "    quote: \"FDI ít nhất 2 tỷ USD\"\n"
        "  - indicator: forest_cover\n"))
    run = qnplan("sources", "remove", "news", data=data)
    assert run.exit_code == 0, run.stderr
    left = data.root.joinpath("targets/2023.yaml").read_text("utf-8")
    assert "news" not in left and "check" not in left
    assert left == kept.replace(
        "  - indicator: grdp_growth\n    op: \">\"\n    value: 11\n    source: news\n"
        "    quote: \"GRDP tăng trên 11%\"\n", "")
    assert "news" not in data.root.joinpath("sources.yaml").read_text("utf-8")
    assert not data.root.joinpath("actuals/2023.yaml").exists()  # it held news entries only
    assert qnplan("validate", data=data).exit_code == 0


def test_remove_of_an_unknown_source_changes_nothing(data: DataDir) -> None:
    before = snapshot(data.root)
    run = qnplan("sources", "remove", "nope", data=data)
    assert (run.exit_code, run.stderr) == (
        2, "error: no source 'nope' in sources.yaml; `qnplan sources` lists them\n")
    assert snapshot(data.root) == before


def test_sources_still_lists(data: DataDir) -> None:
    run = qnplan("sources", "-f", "json", data=data)
    assert [s["id"] for s in json.loads(run.stdout)] == ["plan-a", "party-a", "news"]
