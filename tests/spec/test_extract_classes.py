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


def test_a_venue_is_not_the_place_of_the_figures(tmp_path: Path) -> None:
    """'hội nghị ... tại TP Hạ Long': where the meeting is held; the figures are the province's."""
    text = ("Sáng 6/1, tại TP Cẩm Phả, tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2032.\n"
            "Năm 2031, tốc độ tăng trưởng GRDP ước đạt 10,2%; tổng thu ngân sách nhà nước đạt "
            "55.000 tỷ đồng.\n")
    found = statements(tmp_path, text, "--date", "2032-01-06")
    assert [s["scope"] for s in found] == ["quang-ninh", "quang-ninh"]


def test_a_city_named_in_its_sentence_keeps_its_figures(tmp_path: Path) -> None:
    text = ("Năm 2031, tỉnh Quảng Ninh thu ngân sách đạt 55.000 tỷ đồng.\n"
            "Riêng TP Uông Bí, thu ngân sách đạt 3.200 tỷ đồng.\n")
    found = statements(tmp_path, text, "--date", "2032-01-06")
    assert [(s["scope"], s["value"]) for s in found] == [("quang-ninh", 55000), ("uong-bi", 3200)]


def test_a_lowercase_place_name_is_a_common_word(tmp_path: Path) -> None:
    """'biên giới hòa bình' is a peaceful border, not Hòa Bình province."""
    st = only(tmp_path, "Năm 2031, tỉnh Quảng Ninh giữ vững biên giới hòa bình, thu hút vốn FDI "
              "đạt 2,5 tỷ USD.", "--date", "2032-01-05")
    assert (st["scope"], st["indicator"]) == ("quang-ninh", "fdi")


def test_grdp_per_head_without_oil_is_not_grdp_per_head(tmp_path: Path) -> None:
    st = only(tmp_path, "Năm 2031, GRDP bình quân đầu người (không kể dầu thô) đạt 9.500 USD.",
              "--date", "2032-01-05")
    assert st["indicator"] is None


@pytest.mark.parametrize("sentence", [
    "Năm 2031, GDP cả nước tăng 7,1%.",
    "Quốc hội đặt mục tiêu tăng trưởng GDP năm 2032 đạt 8%.",
    "Năm 2031, tăng trưởng GDP đạt 7,1%.",
])
def test_national_growth_is_the_countrys(tmp_path: Path, sentence: str) -> None:
    st = only(tmp_path, sentence, "--date", "2031-12-28")
    assert (st["indicator"], st["scope"]) == ("grdp_growth", "vietnam")


@pytest.mark.parametrize("sentence", [
    "Năm 2031, tỉnh hoàn thành 21/33 chỉ tiêu (đạt 83%).",
    "Năm 2031 có 25/30 chỉ tiêu đạt và vượt kế hoạch (83,3 %).",
])
def test_the_share_of_indicators_met_is_relative(tmp_path: Path, sentence: str) -> None:
    st = only(tmp_path, sentence, "--date", "2032-01-05")
    assert (st["derived"], st["indicator"]) == (True, None)


def test_a_threshold_defining_a_group_is_not_a_figure(tmp_path: Path) -> None:
    text = ("Nhóm các tỉnh có mức tăng trưởng từ 9% trở lên gồm Quảng Ninh, Hải Phòng. "
            "Năm 2031, tỉnh phấn đấu tăng trưởng GRDP 12%.")
    found = statements(tmp_path, text, "--date", "2030-12-10")
    assert [(s["value"], s["indicator"]) for s in found] == [(12, "grdp_growth")]


def test_sector_growth_is_never_grdp_growth(tmp_path: Path) -> None:
    text = ("Năm 2031, GRDP tăng 10,1%. Ngành công nghiệp chế biến chế tạo tăng trưởng 15,2%, "
            "khu vực dịch vụ tăng 8,3%.")
    found = statements(tmp_path, text, "--date", "2032-01-05")
    assert [(s["value"], s["indicator"]) for s in found] == [
        (10.1, "grdp_growth"), (15.2, None), (8.3, None)]


# --- vocabulary -----------------------------------------------------------------------------
@pytest.mark.parametrize(("sentence", "indicator", "value"), [
    ("Năm 2031, thu hút đầu tư trực tiếp nước ngoài đạt 2,1 tỷ USD.", "fdi", 2.1),
    ("Năm 2031, toàn tỉnh đón 19,5 triệu lượt khách.", "tourists", 19.5),
    ("Năm 2031, ngân sách nhà nước thu đạt 55.000 tỷ đồng.", "state_budget_revenue", 55000),
    ("Năm 2031, vốn FDI thu hút đạt 2,1 tỷ USD.", "fdi", 2.1),
])
def test_other_wordings_of_an_indicator(tmp_path: Path, sentence: str, indicator: str,
                                        value: float) -> None:
    st = only(tmp_path, sentence, "--date", "2032-01-05")
    assert (st["indicator"], st["value"]) == (indicator, value)


def test_growth_rates_in_a_list_of_places_are_each_places_grdp_growth(tmp_path: Path) -> None:
    text = ("Quý I/2031, tốc độ tăng trưởng GRDP của các địa phương trong vùng: Quảng Ninh 9,1%, "
            "Hải Phòng 11,2%, Bắc Ninh 7,3%.")
    found = statements(tmp_path, text, "--date", "2031-04-08")
    assert [(s["scope"], s["indicator"], s["period"], s["value"]) for s in found] == [
        ("quang-ninh", "grdp_growth", "Q1", 9.1), ("hai-phong", "grdp_growth", "Q1", 11.2),
        ("bac-ninh", "grdp_growth", "Q1", 7.3)]


# --- time words -----------------------------------------------------------------------------
@pytest.mark.parametrize(("words", "period"), [
    ("Đến hết quý III/2031", "9M"), ("Quý III/2031", "Q3"), ("10 tháng năm 2031", "10M"),
    ("Mười tháng năm 2031", "10M"), ("9 tháng năm 2031", "9M")])
def test_time_words(tmp_path: Path, words: str, period: str) -> None:
    st = only(tmp_path, f"{words}, thu ngân sách nhà nước đạt 40.000 tỷ đồng.",
              "--date", "2031-11-05")
    assert (st["kind"], st["period"]) == ("result", period)


def test_a_budget_estimate_assigned_by_the_council_is_a_target(tmp_path: Path) -> None:
    """'dự toán ... HĐND tỉnh giao 56.000 tỷ đồng' after the centre's: both targets of the
    budget, the second borrowing the first's indicator."""
    text = ("Năm 2032, dự toán thu ngân sách nhà nước Trung ương giao 52.000 tỷ đồng; HĐND tỉnh "
            "giao 56.000 tỷ đồng.")
    found = statements(tmp_path, text, "--date", "2031-12-10")
    assert [(s["kind"], s["indicator"], s["value"]) for s in found] == [
        ("target", "state_budget_revenue", 52000), ("target", "state_budget_revenue", 56000)]


# --- ranges ---------------------------------------------------------------------------------
def test_a_range_of_thousands_is_a_range_not_a_span_of_years(tmp_path: Path) -> None:
    st = only(tmp_path, "Năm 2031, GRDP bình quân đầu người đạt 3.100 - 3.200 USD.",
              "--date", "2030-12-10")
    assert (st["op"], st["min"], st["max"], st["indicator"]) == (
        "range", 3100, 3200, "grdp_per_capita")


# --- periods longer than a year (DESIGN §9) -------------------------------------------------
@pytest.mark.parametrize(("sentence", "indicator", "basis"), [
    ("Giai đoạn 2031 - 2035, phấn đấu tốc độ tăng trưởng GRDP đạt 9% trở lên mỗi năm.",
     "grdp_growth", "each_year"),
    ("Tốc độ tăng trưởng GRDP bình quân giai đoạn 2031 - 2035 đạt 9%/năm.", "grdp_growth",
     "average"),
    ("Giai đoạn 2031-2035, tổng vốn FDI thu hút đạt 9 tỷ USD.", "fdi", "total"),
])
def test_a_plan_period_figure_says_its_span_and_basis(tmp_path: Path, sentence: str,
                                                      indicator: str, basis: str) -> None:
    """Never a single year's figure: the span and how the period is judged."""
    st = only(tmp_path, sentence, "--date", "2030-12-10")
    assert (st["kind"], st["indicator"], st["span"], st["basis"]) == (
        "target", indicator, [2031, 2035], basis)


def test_a_level_by_the_periods_end_is_judged_at_the_end(tmp_path: Path) -> None:
    text = ("Giai đoạn 2031 - 2035, tăng trưởng GRDP bình quân đạt 9%/năm; đến năm 2035, GRDP "
            "bình quân đầu người đạt 21.000 USD.")
    found = statements(tmp_path, text, "--date", "2030-12-10")
    assert [(s["indicator"], s["span"], s["basis"]) for s in found] == [
        ("grdp_growth", [2031, 2035], "average"), ("grdp_per_capita", [2031, 2035], "end")]


def test_a_yearly_figure_keeps_no_span(tmp_path: Path) -> None:
    st = only(tmp_path, "Năm 2031, thu hút vốn FDI đạt 3 tỷ USD.", "--date", "2030-12-10")
    assert "span" not in st and st["year"] == 2031


def test_plan_period_targets_are_written_to_the_plans_file(copy: Path, tmp_path: Path) -> None:
    """--write drafts them into plans/FROM-TO.yaml, which then validates; the yearly target
    beside them goes to its year's file."""
    text = ("Giai đoạn 2031 - 2035, phấn đấu tốc độ tăng trưởng GRDP đạt 9% trở lên mỗi năm.\n"
            "Năm 2031, thu hút vốn FDI đạt 3 tỷ USD.\n")
    doc = tmp_path / "nghi-quyet.txt"
    doc.write_text(text, encoding="utf-8")
    run = qnplan("extract", str(doc), "--source", "nq-thu-2030", "--date", "2030-12-10",
                 "--issuer", "HĐND tỉnh", "--write", data=copy)
    assert run.exit_code == 0, run.stderr
    plan = yaml.safe_load((copy / "plans/2031-2035.yaml").read_text(encoding="utf-8"))
    assert plan == {"period": [2031, 2035], "targets": [{
        "indicator": "grdp_growth", "basis": "each_year", "op": ">=", "value": 9,
        "source": "nq-thu-2030",
        "quote": "phấn đấu tốc độ tăng trưởng GRDP đạt 9% trở lên mỗi năm"}]}
    assert "fdi" in (copy / "targets/2031.yaml").read_text(encoding="utf-8")
    assert qnplan("validate", data=copy).exit_code == 0


def test_a_result_for_a_whole_past_period_is_left_out_with_its_reason(copy: Path,
                                                                      tmp_path: Path) -> None:
    text = "Giai đoạn 2026 - 2030, tốc độ tăng trưởng GRDP bình quân đạt 10,1%/năm.\n"
    doc = tmp_path / "bao-cao.txt"
    doc.write_text(text, encoding="utf-8")
    run = qnplan("extract", str(doc), "--source", "bc-thu-2031", "--date", "2031-02-01",
                 "--write", data=copy)
    assert run.exit_code == 0
    assert "results are kept year by year" in run.stdout
    assert not (copy / "plans/2026-2030.yaml").read_text(encoding="utf-8").count("bc-thu-2031")


# --- tables flattened into text -------------------------------------------------------------
def test_a_flattened_table_gives_one_figure_per_row_with_the_rows_place(tmp_path: Path) -> None:
    """The header names the indicator and unit; each row's place cell is the figure's place."""
    text = ("Phụ lục: mục tiêu tăng trưởng năm 2031 của các địa phương\n"
            "TT | Địa phương | Mục tiêu tăng trưởng (%)\n"
            "1 | Quảng Ninh | 12\n"
            "2 | Thái Bình | 10,5\n"
            "3 | Lạng Sơn | 8 - 9\n")
    found = statements(tmp_path, text, "--date", "2030-12-10")
    assert [(s["kind"], s["year"], s["indicator"], s["scope"], s["value"], s["min"], s["max"])
            for s in found] == [
        ("target", 2031, "grdp_growth", "quang-ninh", 12, None, None),
        ("target", 2031, "grdp_growth", "thai-binh", 10.5, None, None),
        ("target", 2031, "grdp_growth", "lang-son", None, 8, 9)]
    assert found[0]["quote"] == "1 | Quảng Ninh | 12"
