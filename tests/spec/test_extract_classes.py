"""qnplan extract, class by class (issue 18): the kinds of error seen on real pages, each
pinned on sentences written for the test. What `extract` reports, and what `--write` lands."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import qnplan

from .test_extract import BUNDLED, only, statements


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    root = tmp_path / "data"
    shutil.copytree(BUNDLED, root)
    return root


def written(root: Path, text: str, tmp_path: Path, *extra: str) -> list[tuple[str, int, dict[str, Any]]]:
    """`extract --write` a text into a data copy: the (section, year, entry) it added."""
    def entries() -> list[tuple[str, int, dict[str, Any]]]:
        out = []
        for section in ("targets", "actuals"):
            for p in sorted((root / section).glob("*.yaml")):
                doc = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
                out += [(section, int(p.stem), e) for e in doc.get(section) or []]
        return out

    before = entries()
    doc = tmp_path / "bai-viet.txt"
    doc.write_text(text, encoding="utf-8")
    run = qnplan("extract", str(doc), "--source", "bao-thu", "--write", *extra, data=root)
    assert run.exit_code == 0, run.stderr
    return [e for e in entries() if e not in before]


def brief(entries: list[tuple[str, int, dict[str, Any]]]) -> list[tuple[object, ...]]:
    return [(s, y, e["indicator"], e.get("period", "FY"), e.get("value", (e.get("min"), e.get("max"))))
            for s, y, e in entries]


# --- silent choices: one entry per key, the surer figure kept ---------------------------
def test_a_target_and_a_result_for_the_same_quarter_both_land(copy: Path, tmp_path: Path) -> None:
    """A quarter's result and that quarter's scenario share indicator, place and period, but
    live in different files: neither pushes the other out."""
    text = ("Quý I/2031, tốc độ tăng trưởng GRDP của tỉnh ước đạt 9,4%, vượt kịch bản đề ra "
            "(kịch bản tăng 8,8%).")
    got = brief(written(copy, text, tmp_path, "--date", "2031-04-12"))
    assert sorted(got) == [("actuals", 2031, "grdp_growth", "Q1", 9.4),
                           ("targets", 2031, "grdp_growth", "Q1", 8.8)]


def test_the_body_figure_wins_over_a_headline_with_the_same_key(copy: Path, tmp_path: Path) -> None:
    """A title's round figure and the body's range are the same year's target: the body's,
    stated more fully, is the one written, whichever comes first."""
    text = ("Tỉnh quyết tâm cán đích tăng trưởng 9% năm 2031\n"
            "Theo nghị quyết vừa ban hành, mục tiêu tăng trưởng GRDP năm 2031 được đặt ra ở "
            "mức 8,5 - 9%.\n")
    got = brief(written(copy, text, tmp_path, "--date", "2030-12-05"))
    assert got == [("targets", 2031, "grdp_growth", "FY", (8.5, 9))]


def test_a_headline_with_no_year_and_no_kind_is_not_written(copy: Path, tmp_path: Path) -> None:
    """A title such as 'Thu ngân sách đạt gần 500 tỷ đồng' says neither when nor whether it
    is planned: the body's figures are written, the title's is not."""
    text = ("Thu ngân sách đạt gần 500 tỷ đồng\n"
            "Sáu tháng đầu năm 2031, tổng thu ngân sách nhà nước trên địa bàn ước đạt 480 tỷ "
            "đồng.\n")
    got = brief(written(copy, text, tmp_path, "--date", "2031-07-08"))
    assert got == [("actuals", 2031, "state_budget_revenue", "H1", 480)]


# --- kind from the words -----------------------------------------------------------------
@pytest.mark.parametrize(("wording", "status"), [
    ("ước đạt 480 tỷ đồng", "estimate"), ("đạt 480 tỷ đồng", "reported"),
    ("dự kiến đạt 480 tỷ đồng", "estimate")])
def test_a_result_is_an_estimate_only_when_its_words_say_so(copy: Path, tmp_path: Path,
                                                            wording: str, status: str) -> None:
    text = f"Chín tháng năm 2031, tổng thu ngân sách nhà nước {wording}."
    (_, _, entry), = written(copy, text, tmp_path, "--date", "2031-10-02")
    assert (entry["period"], entry["status"]) == ("9M", status)


def test_an_estimate_for_a_year_to_come_is_a_target(tmp_path: Path) -> None:
    """'ước tăng 8-8,5%' among next year's figures, said in December: a year that has not
    begun can only be planned."""
    st = only(tmp_path, "Năm 2031, tổng sản phẩm trên địa bàn (GRDP) ước tăng 8 - 8,5%.",
              "--date", "2030-12-12")
    assert (st["kind"], st["year"], st["op"], st["min"], st["max"]) == (
        "target", 2031, "range", 8, 8.5)


@pytest.mark.parametrize(("date", "kind"), [("2031-11-20", "result"), ("2031-03-02", "target")])
def test_a_year_end_forecast_late_in_the_year_is_a_result(tmp_path: Path, date: str,
                                                          kind: str) -> None:
    """'Dự kiến cả năm 2031 tăng trên 9%' said in November estimates the year being ended;
    said in March, it plans it."""
    st = only(tmp_path, "Dự kiến tốc độ tăng trưởng GRDP năm 2031 tăng trên 9%.", "--date", date)
    assert (st["kind"], st["year"], st["period"]) == (kind, 2031, "FY")


def test_a_part_of_a_year_reported_after_a_plan_is_a_result_without_a_date(tmp_path: Path) -> None:
    """No date to go by: a sentence naming the first nine months, with no planning word, is
    reported, even after a paragraph about what a plan will do."""
    text = ("Theo kế hoạch, tỉnh sẽ hoàn thành 2 cây cầu lớn trong năm nay.\n"
            "Chín tháng đầu năm 2031, tỉnh đạt tốc độ tăng trưởng GRDP 7,7%.\n")
    found = statements(tmp_path, text)
    growth = [s for s in found if s["indicator"] == "grdp_growth"]
    assert [(s["kind"], s["period"], s["value"]) for s in growth] == [("result", "9M", 7.7)]


def test_a_figure_compared_with_a_whole_past_year_is_that_years(tmp_path: Path) -> None:
    """'cao hơn so với năm 2030 (6,1%)' is 2030's full-year growth, not this period's."""
    text = ("Chín tháng năm 2031, GRDP của tỉnh tăng 8,1% so với cùng kỳ, cao hơn so với năm "
            "2030 (6,1%).")
    found = statements(tmp_path, text, "--date", "2031-10-05")
    assert [(s["kind"], s["year"], s["period"], s["value"]) for s in found] == [
        ("result", 2031, "9M", 8.1), ("result", 2030, "FY", 6.1)]


def test_a_lead_shortening_a_relative_figure_is_not_a_figure_of_its_own(tmp_path: Path) -> None:
    """The lead 'thu nội địa tăng 12%' shortens '... tăng 12% so với dự toán' below: one
    statement, relative to the budget estimate."""
    text = ("Năm 2031, tỉnh phấn đấu thu nội địa tăng 12%...\n"
            "Cụ thể, các chỉ tiêu gồm: thu nội địa tăng 12% so với dự toán; tỷ lệ đô thị hóa "
            "đạt 55%.\n")
    found = statements(tmp_path, text, "--date", "2030-12-01")
    assert [(s["value"], s["derived"]) for s in found] == [(12, True), (55, False)]


# --- place --------------------------------------------------------------------------------
def test_a_text_naming_no_place_is_about_the_place_its_address_names(tmp_path: Path) -> None:
    """'thu ngân sách của tỉnh' on baothaibinh.vn: Thái Bình's, not the data's own province."""
    st = only(tmp_path, "Sáu tháng đầu năm 2031, thu ngân sách của tỉnh ước đạt 9.100 tỷ đồng.",
              "--date", "2031-07-02", "--url", "https://baothaibinh.vn/tin/thu-ngan-sach-a1.htm")
    assert (st["scope"], st["indicator"], st["period"]) == ("thai-binh", "state_budget_revenue",
                                                            "H1")


def test_a_place_in_the_text_wins_over_the_address(tmp_path: Path) -> None:
    st = only(tmp_path, "Năm 2031, tỉnh Lạng Sơn thu ngân sách đạt 9.100 tỷ đồng.",
              "--date", "2032-01-10", "--url", "https://baothaibinh.vn/tin/a1.htm")
    assert st["scope"] == "lang-son"


# --- kind and subject -----------------------------------------------------------------------
def test_a_share_of_grdp_is_relative_even_when_its_subject_spans_a_comma(tmp_path: Path) -> None:
    """'tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đạt 17%': a share (derived), never
    GRDP growth, although the comma cuts the subject in two."""
    st = only(tmp_path, "Năm 2031, tỷ trọng công nghiệp chế biến, chế tạo trong GRDP đạt khoảng "
              "17%.", "--date", "2030-12-01")
    assert (st["derived"], st["indicator"]) == (True, None)
