"""`--format xlsx`: an Excel workbook, one sheet per view, read back as a spreadsheet reads it
(issue 20). Numbers are numbers with a number format, hedges and estimates have columns of
their own, the header row is frozen and filtered, and the same data give the same bytes."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet

from tests.conftest import DataDir, qnplan


def read(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def rows(ws: Worksheet) -> list[dict[str, Any]]:
    """Each data row as {header: value}."""
    values = list(ws.iter_rows(values_only=True))
    header = values[0]
    return [dict(zip(header, row, strict=True)) for row in values[1:]]


def cell(ws: Worksheet, header: str, row: int) -> Any:
    """The cell under `header` in data row `row` (1 = the first below the header)."""
    col = [c.value for c in ws[1]].index(header) + 1
    return ws.cell(row=row + 1, column=col)


@pytest.fixture
def book(data: DataDir, tmp_path: Path) -> Path:
    out = tmp_path / "report.xlsx"
    run = qnplan("export", "2023", "2024", "--format", "xlsx", "-o", str(out), data=data)
    assert run.exit_code == 0, run.stderr
    assert run.stderr == f"wrote {out}\n"
    return out


def test_export_has_a_sheet_per_view_then_sources_and_notes(book: Path) -> None:
    """The comparison, both years' status, results, disagreements and trend, then the cited
    documents and a notes sheet."""
    assert read(book).sheetnames == ["Compare 2023–2024", "Status", "Results", "Disagreements",
                                     "Trend", "Sources", "Notes"]


def test_numbers_are_numbers_with_a_number_format(book: Path) -> None:
    """Targets and results are numeric cells in the canonical unit, not text; a fraction of
    the target is a percentage."""
    ws = read(book)["Compare 2023–2024"]
    fdi = next(i for i, r in enumerate(rows(ws), 1) if r["Indicator id"] == "fdi")
    assert cell(ws, "Target 2023", fdi).value == 1
    assert cell(ws, "Target 2024", fdi).value == 3
    assert cell(ws, "Target 2024", fdi).data_type == "n"
    assert cell(ws, "Target 2024", fdi).number_format == "#,##0"
    result = cell(ws, "Result", fdi)
    assert (result.value, result.data_type, result.number_format) == (0.853, "n", "#,##0.0###")
    pace = cell(ws, "Pace (% of target)", fdi)
    assert pace.data_type == "n" and pace.number_format == "0.0%"
    assert pace.value == pytest.approx(1.2795)
    assert cell(ws, "Unit of the figures", fdi).value == "bn USD"


def test_hedges_and_estimates_have_columns_of_their_own(book: Path) -> None:
    """'trên 853 triệu USD', an estimate: the number stays a number, the hedge and the kind of
    figure are beside it."""
    results = rows(read(book)["Results"])
    fdi = next(r for r in results if r["Indicator id"] == "fdi")
    assert (fdi["Year"], fdi["Value"], fdi["Hedge"], fdi["Reported as"], fdi["Period"]) == (
        2023, 0.853, "more than", "estimate", "8M")


def test_every_sheet_has_its_header_frozen_and_filtered(book: Path) -> None:
    wb = read(book)
    for ws in wb.worksheets[:-1]:  # the notes sheet is prose
        assert ws.freeze_panes == "A2", ws.title
        last = openpyxl.utils.get_column_letter(ws.max_column)
        assert ws.auto_filter.ref == f"A1:{last}{max(ws.max_row, 2)}", ws.title


def test_every_header_is_words_not_a_field_code(book: Path) -> None:
    """A column added to the records later still needs a label: no snake_case header."""
    wb = read(book)
    codes = [(ws.title, c.value) for ws in wb.worksheets[:-1] for c in ws[1] if "_" in c.value]
    assert codes == []


def test_columns_are_wide_enough_for_their_text(book: Path) -> None:
    ws = read(book)["Status"]
    col = [c.value for c in ws[1]].index("Indicator") + 1
    width = ws.column_dimensions[openpyxl.utils.get_column_letter(col)].width
    assert len("Forest cover") < width <= 61


def test_status_words_and_codes(book: Path) -> None:
    """Statuses and changes read as words; ids stay codes so they can be joined on."""
    ws = read(book)["Status"]
    forest = next(r for r in rows(ws) if r["Indicator id"] == "forest_cover")
    assert (forest["Status"], forest["Target op"], forest["Target"], forest["Result"]) == (
        "missed", "≥", 55, 54)
    compare = rows(read(book)["Compare 2023–2024"])
    assert next(r for r in compare if r["Indicator id"] == "fdi")["Change"] == "raised"


def test_sources_sheet_lists_the_cited_documents_with_dates(book: Path) -> None:
    sources = rows(read(book)["Sources"])
    assert [s["Id"] for s in sources] == ["plan-a", "party-a", "news"]
    assert sources[0]["Date"] == dt.datetime(2022, 12, 9)
    assert sources[0]["Number"] == "1/NQ-HĐND"


def test_notes_sheet_says_what_it_is_and_how_to_read_it(book: Path) -> None:
    notes = [r[0] for r in read(book)["Notes"].iter_rows(values_only=True)]
    assert notes[0] == "Quảng Ninh plan targets: 2023 compared with 2024"
    assert notes[1] == "Made with qnplan from 3 cited documents, the latest dated 2022-12-09."


def test_the_same_data_give_the_same_bytes(data: DataDir, tmp_path: Path) -> None:
    """The workbook is dated by its newest cited document, not by the clock."""
    first, second = tmp_path / "1.xlsx", tmp_path / "2.xlsx"
    assert qnplan("export", "2023", "2024", "-f", "xlsx", "-o", str(first), data=data
                  ).exit_code == 0
    os.utime(data.root / "targets" / "2023.yaml")
    assert qnplan("export", "2023", "2024", "-f", "xlsx", "-o", str(second), data=data
                  ).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert read(first).properties.created == dt.datetime(2022, 12, 9)


def test_vietnamese_labels(data: DataDir, tmp_path: Path) -> None:
    out = tmp_path / "bao-cao.xlsx"
    run = qnplan("--lang", "vi", "export", "2023", "2024", "-f", "xlsx", "-o", str(out),
                 data=data)
    assert run.exit_code == 0, run.stderr
    wb = read(out)
    assert wb.sheetnames == ["So sánh 2023–2024", "Đánh giá", "Kết quả", "Nguồn khác nhau",
                             "Xu hướng", "Nguồn", "Ghi chú"]
    forest = next(r for r in rows(wb["Đánh giá"]) if r["Mã chỉ tiêu"] == "forest_cover")
    assert (forest["Chỉ tiêu"], forest["Đánh giá"], forest["Mục tiêu"]) == (
        "Tỷ lệ che phủ rừng", "không đạt", 55)


@pytest.mark.parametrize(("args", "sheets"), [
    (["compare", "2023", "2024"], ["Compare 2023–2024", "Sources", "Notes"]),
    (["status", "2023"], ["Status", "Sources", "Notes"]),
    (["results", "2023"], ["Results", "Sources", "Notes"]),
    (["conflicts"], ["Disagreements", "Sources", "Notes"]),
    (["trend"], ["Trend", "Sources", "Notes"]),
    (["indicators"], ["Indicators", "Notes"]),
    (["sources"], ["Sources", "Notes"]),
])
def test_listings_write_a_workbook(data: DataDir, tmp_path: Path, args: list[str],
                                   sheets: list[str]) -> None:
    """`--format xlsx -o FILE` on a listing: its sheet, the documents it cites, the notes."""
    out = tmp_path / "listing.xlsx"
    run = qnplan(*args, "--format", "xlsx", "-o", str(out), data=data)
    assert run.exit_code == 0, run.stderr
    assert read(out).sheetnames == sheets


@pytest.mark.parametrize("output", [[], ["-o", "-"]])
def test_a_workbook_needs_a_file(data: DataDir, output: list[str]) -> None:
    run = qnplan("status", "2023", "--format", "xlsx", *output, data=data)
    assert (run.exit_code, run.stdout) == (2, "")
    assert run.stderr == ("error: --format xlsx writes a workbook: name the file with "
                          "-o FILE.xlsx\n")


def test_output_file_only_with_xlsx(data: DataDir, tmp_path: Path) -> None:
    run = qnplan("status", "2023", "-o", str(tmp_path / "x.csv"), data=data)
    assert run.exit_code == 2
    assert run.stderr == ("error: -o/--output is for --format xlsx; redirect other formats "
                          "instead\n")
    assert list(tmp_path.iterdir()) == [data.root]


def test_export_to_stdout_is_markdown_only(data: DataDir) -> None:
    run = qnplan("export", "2023", "2024", "-f", "xlsx", "-o", "-", data=data)
    assert (run.exit_code, run.stdout) == (2, "")


def test_never_written_into_the_data_directory(data: DataDir) -> None:
    target = data.root / "report.xlsx"
    run = qnplan("export", "2023", "2024", "-f", "xlsx", "-o", str(target), data=data)
    assert run.exit_code == 2
    assert "inside the data directory" in run.stderr
    assert not target.exists()


def test_a_formula_in_the_data_stays_text(data: DataDir, tmp_path: Path) -> None:
    """A name starting with '=' is shown as written, never run as a formula."""
    text = (data.root / "indicators.yaml").read_text("utf-8")
    data.write("indicators.yaml", text.replace('en: "Forest cover"', 'en: "=1+1"'))
    out = tmp_path / "x.xlsx"
    assert qnplan("status", "2023", "-f", "xlsx", "-o", str(out), data=data).exit_code == 0
    ws = read(out)["Status"]
    forest = next(i for i, r in enumerate(rows(ws), 1) if r["Indicator id"] == "forest_cover")
    assert (cell(ws, "Indicator", forest).value, cell(ws, "Indicator", forest).data_type) == (
        "=1+1", "s")


def test_without_the_extra_the_error_names_it(data: DataDir, tmp_path: Path) -> None:
    """An installation without xlsxwriter: exit 2, the extra to install named, no file."""
    out = tmp_path / "x.xlsx"
    script = ("import sys; sys.modules['xlsxwriter'] = None\n"
              "from qnplan.cli import main\n"
              f"sys.argv = ['qnplan', '--data', {str(data.root)!r}, 'export', '2023', '2024', "
              f"'-f', 'xlsx', '-o', {str(out)!r}]\n"
              "main()\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={**os.environ, "QNPLAN_NO_CACHE": "1"}, check=False)
    assert run.returncode == 2
    assert run.stderr == ("error: an Excel workbook needs xlsxwriter, which is not installed; "
                          "install the extra with: pip install 'qnplan[xlsx]'\n")
    assert not out.exists()


PLAN = """\
period: [2021, 2025]
targets:
  - indicator: grdp_growth
    basis: average
    op: "~"
    value: 10
    source: news
    quote: "GRDP bình quân giai đoạn khoảng 10%/năm"
"""


def test_export_adds_a_sheet_per_plan_period_the_years_fall_in(data: DataDir,
                                                               tmp_path: Path) -> None:
    """A five-year plan covering the compared years gets its own sheet, its target beside its
    progress."""
    data.write("plans/2021-2025.yaml", PLAN)
    out = tmp_path / "report.xlsx"
    assert qnplan("export", "2023", "2024", "-f", "xlsx", "-o", str(out), data=data
                  ).exit_code == 0
    wb = read(out)
    assert wb.sheetnames[5:] == ["Plan 2021–2025", "Sources", "Notes"]
    row = rows(wb["Plan 2021–2025"])[0]
    assert (row["From"], row["To"], row["Basis"], row["Target op"], row["Target"],
            row["Verdict"]) == (2021, 2025, "average", "≈", 10, "insufficient data")


@pytest.mark.parametrize(("args", "sheets"), [
    (["plan"], ["Plan periods", "Sources", "Notes"]),
    (["plan", "2021-2025"], ["Plan 2021–2025", "Sources", "Notes"]),
])
def test_plan_listings_write_a_workbook(data: DataDir, tmp_path: Path, args: list[str],
                                        sheets: list[str]) -> None:
    data.write("plans/2021-2025.yaml", PLAN)
    out = tmp_path / "plan.xlsx"
    run = qnplan(*args, "--format", "xlsx", "-o", str(out), data=data)
    assert run.exit_code == 0, run.stderr
    assert read(out).sheetnames == sheets
