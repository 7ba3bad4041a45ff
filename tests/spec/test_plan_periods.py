"""DESIGN §9: plan-period targets (data/plans/FROM-TO.yaml) — loading and validation, the
progress of each period target, and `qnplan plan`."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SOURCE_TEXT, DataDir, qnplan

# Sentences of the fixture's plan-a text that period targets quote (synthetic wording).
PLAN_TEXT = (SOURCE_TEXT + " Tăng trưởng GRDP bình quân giai đoạn đạt khoảng 10%/năm. "
             "Đến năm 2025 tỷ lệ che phủ rừng đạt trên 56%. Năm 2020 che phủ rừng đạt 54,5%. "
             "Tổng vốn FDI cả giai đoạn đạt ít nhất 5 tỷ USD. Hằng năm thu hút ít nhất 1 tỷ USD FDI.")

GRDP_AVERAGE = """\
  - indicator: grdp_growth
    basis: average
    op: "~"
    value: 10
    source: plan-a
    quote: "Tăng trưởng GRDP bình quân giai đoạn đạt khoảng 10%/năm"
"""


def plans_file(data: DataDir, body: str, name: str = "2021-2025.yaml",
               period: str = "[2021, 2025]") -> None:
    data.write("sources/plan-a.txt", PLAN_TEXT)
    data.write(f"plans/{name}", f"period: {period}\ntargets:\n{body}")


def problems(data: DataDir) -> list[str]:
    """validate's lines for the plans folder, each without the folder's path."""
    run = qnplan("validate", data=data)
    prefix = f"{data.root}/plans/"
    return [line.removeprefix(prefix) for line in run.stdout.splitlines()
            if line.startswith(prefix)]


# --- loading and validation ---------------------------------------------------------------

def test_a_valid_plans_file_validates_clean(data: DataDir) -> None:
    """A plans file whose target and quote check out adds no problem and its entry counts."""
    plans_file(data, GRDP_AVERAGE)
    run = qnplan("validate", data=data)
    assert run.exit_code == 0
    assert run.stdout == ""
    assert run.stderr == ("0 errors, 0 warnings; 10 valid entries, 4 quotes checked against "
                          "their source text\n")


@pytest.mark.parametrize(("what", "name", "period", "body", "expected"), [
    ("file name not FROM-TO", "2021.yaml", "[2021, 2025]", GRDP_AVERAGE,
     "2021.yaml:1:1: error: file name '2021.yaml' must be FROM-TO.yaml, the plan period's first "
     "and last year, e.g. 2021-2025.yaml [file-name]"),
    ("period too long", "2021-2035.yaml", "[2021, 2035]", GRDP_AVERAGE,
     "2021-2035.yaml:1:1: error: file name '2021-2035.yaml' spans 15 years; a plan period is 2 "
     "to 10 years, e.g. 2021-2025.yaml [period-length]"),
    ("period of one year", "2025-2025.yaml", "[2025, 2025]", GRDP_AVERAGE,
     "2025-2025.yaml:1:1: error: file name '2025-2025.yaml' spans 1 years; a plan period is 2 "
     "to 10 years, e.g. 2021-2025.yaml [period-length]"),
    ("period backwards", "2025-2021.yaml", "[2025, 2021]", GRDP_AVERAGE,
     "2025-2021.yaml:1:1: error: file name '2025-2021.yaml' spans -3 years; a plan period is 2 "
     "to 10 years, e.g. 2021-2025.yaml [period-length]"),
    ("period field disagrees", "2021-2025.yaml", "[2021, 2030]", GRDP_AVERAGE,
     "2021-2025.yaml:1:9: error: period [2021, 2030] disagrees with the file name "
     "2021-2025.yaml; make them match [period-mismatch]"),
    ("period field not two years", "2021-2025.yaml", "2021", GRDP_AVERAGE,
     "2021-2025.yaml:1:9: error: 'period' must be two years, e.g. period: [2021, 2025] "
     "[wrong-type]"),
    ("total of a level", "2021-2025.yaml", "[2021, 2025]",
     GRDP_AVERAGE.replace("grdp_growth", "forest_cover").replace("average", "total"),
     "2021-2025.yaml:4:12: error: basis total does not fit forest_cover (level); it may be: "
     "average, end, each_year [basis-kind]"),
    ("average of a qualitative", "2021-2025.yaml", "[2021, 2025]",
     "  - indicator: competitiveness_indices\n    basis: average\n    op: qualitative\n"
     "    text: giữ vững\n    source: plan-a\n    quote: \"GRDP đạt trên 10%\"\n",
     "2021-2025.yaml:4:12: error: basis average does not fit competitiveness_indices "
     "(qualitative); it may be: end, each_year [basis-kind]"),
    ("unknown basis", "2021-2025.yaml", "[2021, 2025]", GRDP_AVERAGE.replace("average", "mean"),
     "2021-2025.yaml:4:12: error: basis: 'mean' is not one of average, end, total, each_year "
     "[invalid-value]"),
    ("baseline after the period starts", "2021-2025.yaml", "[2021, 2025]",
     GRDP_AVERAGE.replace("grdp_growth", "forest_cover").replace("average", "end")
     + "    baseline: {year: 2022, value: 54.5, source: plan-a, "
       "quote: \"Năm 2020 che phủ rừng đạt 54,5%\"}\n",
     "2021-2025.yaml:9:22: error: baseline year 2022 is after the period starts (2021); a "
     "baseline is a figure from before the period or its first year [baseline-year]"),
    ("baseline quote not in the source", "2021-2025.yaml", "[2021, 2025]",
     GRDP_AVERAGE.replace("grdp_growth", "forest_cover").replace("average", "end")
     + "    baseline: {year: 2020, value: 54.5, source: plan-a, quote: \"che phủ 54,5%\"}\n",
     "2021-2025.yaml:9:64: error: quote not found in the text of source 'plan-a'; copy it "
     "verbatim from the document [quote-not-found]"),
    ("unknown indicator", "2021-2025.yaml", "[2021, 2025]",
     GRDP_AVERAGE.replace("grdp_growth", "grdp_growht"),
     "2021-2025.yaml:3:16: error: unknown indicator 'grdp_growht' (did you mean "
     "'grdp_growth'?); add it to indicators.yaml or fix the id [unknown-indicator]"),
    ("op needs a value", "2021-2025.yaml", "[2021, 2025]",
     GRDP_AVERAGE.replace("    value: 10\n", ""),
     "2021-2025.yaml:3:5: error: target with op '~' needs a 'value' [missing-field]"),
    ("duplicate entry", "2021-2025.yaml", "[2021, 2025]", GRDP_AVERAGE + GRDP_AVERAGE,
     "2021-2025.yaml:9:5: error: a second average entry for grdp_growth (quang-ninh) from "
     "source 'plan-a'; keep one [duplicate-entry]"),
])
def test_plans_file_errors_are_located(data: DataDir, what: str, name: str, period: str,
                                       body: str, expected: str) -> None:
    """Each problem of a plans file is one located error with a stable code, and fails validate."""
    plans_file(data, body, name, period)
    assert problems(data) == [expected], what
    assert qnplan("validate", data=data).exit_code == 1


def test_a_quote_without_the_value_is_a_warning(data: DataDir) -> None:
    """As for a yearly target, a quote that does not spell the value is a warning."""
    plans_file(data, GRDP_AVERAGE.replace("value: 10", "value: 11"))
    assert problems(data) == [
        "2021-2025.yaml:8:12: warning: the value 11 is not written in the quote "
        "[value-not-in-quote]"]


# --- progress of a period target ----------------------------------------------------------

def results(data: DataDir, figures: dict[int, dict[str, float]]) -> None:
    """actuals/YEAR.yaml with one full-year result per indicator, from the news source, in
    place of the fixture's results."""
    for old in (data.root / "actuals").glob("*.yaml"):
        old.unlink()
    for year, by_indicator in figures.items():
        lines = [f"year: {year}", "actuals:"]
        for indicator, value in by_indicator.items():
            lines.append(f"  - {{indicator: {indicator}, value: {value}, period: FY, "
                         f"status: reported, source: news, quote: \"đạt {value}\"}}")
        data.write(f"actuals/{year}.yaml", "\n".join(lines) + "\n")


GROWTH = {2021: 10.5, 2022: 10.28, 2023: 11.03, 2024: 8.42, 2025: 11.89}


def plan_json(data: DataDir, *args: str) -> dict[str, object]:
    run = qnplan("plan", "2021-2025", "--format", "json", *args, data=data)
    assert run.exit_code == 0, run.stderr
    out: dict[str, object] = json.loads(run.stdout)
    return out


def only_row(data: DataDir, *args: str) -> dict[str, object]:
    rows = plan_json(data, *args)["rows"]
    assert isinstance(rows, list) and len(rows) == 1
    row: dict[str, object] = rows[0]
    return row


def test_average_growth_over_a_finished_period_is_the_compound_rate(data: DataDir) -> None:
    """§9's worked example, on the fixture's figures: five years of growth against ~10 %/yr;
    the compound rate (Π(1 + a/100))^(1/5) − 1 = 10.42 % meets ~10, so achieved, R = 1.042."""
    plans_file(data, GRDP_AVERAGE)
    results(data, {y: {"grdp_growth": g} for y, g in GROWTH.items()})
    # by hand: 1.105 × 1.1028 × 1.1103 × 1.0842 × 1.1189 = 1.641346; ^(1/5) = 1.104180
    assert plan_json(data) == {
        "period": [2021, 2025], "scope": "quang-ninh",
        "rows": [{"indicator": "grdp_growth", "unit": "%", "kind": "growth", "basis": "average",
                  "target": {"op": "~", "value": 10.0, "source": "plan-a"},
                  "years": [2021, 2022, 2023, 2024, 2025], "missing": [],
                  "actual": 10.42, "required_remaining": None,
                  "verdict": "achieved", "r": 1.042,
                  "scope": "quang-ninh", "category": "economy", "better": "higher",
                  "results": [{"year": y, "value": g, "met": None, "status": "reported",
                               "source": "news"} for y, g in GROWTH.items()],
                  "baseline": None, "each_year": [], "conflicts": []}]}


def test_average_growth_while_the_period_runs_gives_the_rate_still_needed(
        data: DataDir) -> None:
    """Four of five years in: the rate so far is 10.05 %/yr (R 1.005, on track) and the last
    year needs (1.1^5 ÷ 1.486...)^(1/1) − 1 = 9.79 % for the period to average 10 %."""
    plans_file(data, GRDP_AVERAGE)
    results(data, {y: {"grdp_growth": g} for y, g in GROWTH.items() if y < 2025})
    # by hand: Π = 1.105 × 1.1028 × 1.1103 × 1.0842 = 1.466928; ^(1/4) − 1 = 10.053 %;
    # 1.1^5 = 1.61051; 1.61051 / 1.466928 − 1 = 9.788 %
    row = only_row(data)
    assert (row["years"], row["missing"], row["actual"], row["required_remaining"],
            row["verdict"], row["r"]) == ([2021, 2022, 2023, 2024], [2025], 10.05, 9.79,
                                          "on_track", 1.005)


def test_a_finished_period_short_of_its_target_is_missed(data: DataDir) -> None:
    """Over, and 10.42 %/yr is below ~12 (12 × 0.95 = 11.4): missed, with R = 10.42/12."""
    plans_file(data, GRDP_AVERAGE.replace("value: 10", "value: 12").replace("10%", "12%"))
    results(data, {y: {"grdp_growth": g} for y, g in GROWTH.items()})
    row = only_row(data)
    assert (row["actual"], row["verdict"], row["r"]) == (10.42, "missed", 0.868)


def test_one_year_of_results_is_insufficient_data(data: DataDir) -> None:
    """Like §8, fewer than two years with full-year results gives no verdict yet."""
    plans_file(data, GRDP_AVERAGE)
    results(data, {2021: {"grdp_growth": 10.5}})
    row = only_row(data)
    assert (row["years"], row["actual"], row["verdict"], row["r"]) == (
        [2021], 10.5, "insufficient_data", None)


def test_part_year_results_never_enter_a_period_verdict(data: DataDir) -> None:
    """Only full-year results count: an 8-month figure leaves its year missing."""
    plans_file(data, GRDP_AVERAGE)
    results(data, {2021: {"grdp_growth": 10.5}, 2022: {"grdp_growth": 10.28}})
    data.write("actuals/2023.yaml", "year: 2023\nactuals:\n  - {indicator: grdp_growth, "
               "value: 9, period: 8M, status: estimate, source: news, quote: \"đạt 9\"}\n")
    row = only_row(data)
    assert (row["years"], row["missing"]) == ([2021, 2022], [2023, 2024, 2025])


FOREST_END = """\
  - indicator: forest_cover
    basis: end
    op: ">"
    value: 56
    source: plan-a
    quote: "Đến năm 2025 tỷ lệ che phủ rừng đạt trên 56%"
"""
BASELINE = ("    baseline: {year: 2020, value: 54.5, source: plan-a, "
            "quote: \"Năm 2020 che phủ rừng đạt 54,5%\"}\n")


def test_end_target_progress_from_its_baseline(data: DataDir) -> None:
    """open-sdg's method from the target's own baseline (54.5 in 2020): observed growth
    (55.6/54.5)^(1/4) − 1 = 0.5008 %/yr over the required (56/54.5)^(1/5) − 1 = 0.5445 %/yr
    gives R = 0.920: needs acceleration; the figure so far is the latest level."""
    plans_file(data, FOREST_END + BASELINE)
    results(data, {2021: {"forest_cover": 54.8}, 2024: {"forest_cover": 55.6}})
    row = only_row(data)
    assert (row["actual"], row["verdict"], row["r"], row["baseline"], row["missing"]) == (
        55.6, "needs_acceleration", 0.92,
        {"year": 2020, "value": 54.5, "source": "plan-a"}, [2022, 2023, 2025])


def test_end_target_without_baseline_starts_from_the_last_result_before_the_period(
        data: DataDir) -> None:
    """With no cited baseline, the latest full-year result before the period is the start:
    from 55 (2019) to 55.5 (2022), R = ((55.5/55)^(1/3) − 1) ÷ ((56/55)^(1/6) − 1) = 1.005."""
    plans_file(data, FOREST_END)
    results(data, {2017: {"forest_cover": 53}, 2019: {"forest_cover": 55},
                   2022: {"forest_cover": 55.5}})
    row = only_row(data)
    assert (row["verdict"], row["r"], row["baseline"]) == (
        "on_track", 1.005, {"year": 2019, "value": 55.0, "source": "news"})


def test_end_target_already_reached_is_achieved_before_the_end(data: DataDir) -> None:
    """An end target that the latest result already satisfies is achieved."""
    plans_file(data, FOREST_END + BASELINE)
    results(data, {2021: {"forest_cover": 55}, 2023: {"forest_cover": 56.2}})
    assert only_row(data)["verdict"] == "achieved"


def test_end_target_judged_by_the_last_years_result(data: DataDir) -> None:
    """With the period's last year in, the end target is met or missed by that year alone."""
    plans_file(data, FOREST_END + BASELINE)
    results(data, {2021: {"forest_cover": 56.5}, 2025: {"forest_cover": 55.9}})
    row = only_row(data)
    assert (row["actual"], row["verdict"]) == (55.9, "missed")


FDI_TOTAL = """\
  - indicator: fdi
    basis: total
    op: ">="
    value: 5
    source: plan-a
    quote: "Tổng vốn FDI cả giai đoạn đạt ít nhất 5 tỷ USD"
"""
FDI_EACH = """\
  - indicator: fdi
    basis: each_year
    op: ">="
    value: 1
    source: plan-a
    quote: "Hằng năm thu hút ít nhất 1 tỷ USD FDI"
"""
FDI = {2021: 1.2, 2022: 0.8, 2023: 1.1}


def test_total_target_against_its_share_of_the_years_so_far(data: DataDir) -> None:
    """A total: 3.1 in three years against 5 × 3/5 = 3 gives R = 1.033 (on track); the two
    remaining years need (5 − 3.1)/2 = 0.95 each."""
    plans_file(data, FDI_TOTAL)
    results(data, {y: {"fdi": x} for y, x in FDI.items()})
    row = only_row(data)
    assert (row["actual"], row["required_remaining"], row["verdict"], row["r"]) == (
        3.1, 0.95, "on_track", 1.033)


def test_each_year_target_counts_the_years_met(data: DataDir) -> None:
    """Every year is a yearly target: 2 of 3 years met gives R = 0.667 and names 2022."""
    plans_file(data, FDI_EACH)
    results(data, {y: {"fdi": x} for y, x in FDI.items()})
    row = only_row(data)
    assert (row["actual"], row["verdict"], row["r"], row["each_year"]) == (
        None, "needs_acceleration", 0.667,
        [{"year": 2021, "status": "met"}, {"year": 2022, "status": "missed"},
         {"year": 2023, "status": "met"}])


# --- qnplan plan ----------------------------------------------------------------------------

def test_plan_table_lists_each_target_with_its_progress(data: DataDir) -> None:
    """The table: basis, target, years with results, the figure so far, the need per
    remaining year, the verdict with its sign, R and the source; notes and a summary. By hand:
    GRDP 1.105 × 1.1028 × 1.1103 = 1.353013, so 10.60 %/yr so far (R 1.06), and the two
    remaining years need (1.61051 / 1.353013)^(1/2) − 1 = 9.10 % each."""
    plans_file(data, GRDP_AVERAGE + FDI_EACH)
    results(data, {y: {"grdp_growth": GROWTH[y], "fdi": x} for y, x in FDI.items()})
    run = qnplan("plan", "2021-2025", data=data, width=None)
    assert run.exit_code == 0
    assert run.stdout == (
        "Plan 2021–2025 (quang-ninh)\n"
        "Indicator       Unit     Basis       Target   Years with results   So far    "
        "Needed per year   Verdict                R       Source\n"
        + "─" * 132 + "\n"
        "Economy\n"
        "FDI attracted   bn USD   each year      ≥ 1   2021–2023 (3/5)      2/3 met   "
        "                  → needs acceleration   0.667   plan-a\n"
        "GRDP growth     %        average       ≈ 10   2021–2023 (3/5)      10.6      "
        "9.1               ↗ on track             1.06    plan-a\n"
        "FDI attracted: missed in 2022.\n"
        "2021–2025: 2 targets: 1 on track, 1 needs acceleration.\n"
        "Needed per year: what each year without a result must reach for the period to meet "
        "its target.\n")


def test_plan_without_a_period_lists_the_periods(data: DataDir) -> None:
    """`qnplan plan` alone names the periods that have a file, with their targets' count."""
    plans_file(data, GRDP_AVERAGE + FDI_EACH)
    data.write("plans/2026-2030.yaml", "period: [2026, 2030]\ntargets: []\n")
    run = qnplan("plan", data=data, width=None)
    assert (run.exit_code, run.stdout) == (0, (
        "Plan periods\n"
        "Plan period   Targets   Source\n"
        + "─" * 30 + "\n"
        "2021–2025     2         plan-a\n"
        "2026–2030     0\n"
        "2 plan periods; see one with qnplan plan FROM-TO.\n"))
    assert json.loads(qnplan("plan", "--format", "json", data=data).stdout) == {
        "periods": [{"period": [2021, 2025], "targets": 2, "sources": ["plan-a"]},
                    {"period": [2026, 2030], "targets": 0, "sources": []}]}


@pytest.mark.parametrize("period", ["2021-2030", "2021", "latest"])
def test_an_unknown_period_is_a_usage_error_naming_the_periods(data: DataDir,
                                                               period: str) -> None:
    """A period without a file exits 2 and says which periods exist."""
    plans_file(data, GRDP_AVERAGE)
    run = qnplan("plan", period, data=data)
    assert (run.exit_code, run.stdout) == (2, "")
    assert run.stderr == (f"error: no plan period {period} in {data.root}; "
                          "periods: 2021-2025\n")


def test_plan_in_vietnamese(data: DataDir) -> None:
    """--lang vi: every word and number the Vietnamese way."""
    plans_file(data, GRDP_AVERAGE)
    results(data, {y: {"grdp_growth": GROWTH[y]} for y in (2021, 2022, 2023)})
    run = qnplan("--lang", "vi", "plan", "2021-2025", "--format", "markdown", data=data)
    assert run.stdout == (
        "| Chỉ tiêu         | Đơn vị | Cách tính | Mục tiêu | Năm có kết quả  | Thực hiện | "
        "Cần mỗi năm | Đánh giá        | R    | Nguồn  |\n"
        "|------------------|--------|-----------|---------:|-----------------|-----------|"
        "-------------|-----------------|------|--------|\n"
        "| Tăng trưởng GRDP | %      | bình quân |     ≈ 10 | 2021–2023 (3/5) | 10,6      | "
        "9,1         | ↗ đúng lộ trình | 1,06 | plan-a |\n"
        "\n"
        "2021–2025: 1 mục tiêu: 1 đúng lộ trình.\n"
        "\n"
        "Cần mỗi năm: mức mỗi năm chưa có kết quả phải đạt để cả giai đoạn đạt mục tiêu.\n")


def test_plan_csv_has_one_field_per_column(data: DataDir) -> None:
    """CSV carries the codes and plain numbers, the years joined by ';'."""
    plans_file(data, FDI_EACH)
    results(data, {y: {"fdi": x} for y, x in FDI.items()})
    run = qnplan("plan", "2021-2025", "--format", "csv", data=data)
    assert run.stdout.splitlines() == [
        "\ufeffperiod_from,period_to,category,indicator,name,scope,unit,basis,op,value,min,max,"
        "text,source,years,missing,actual,required_remaining,verdict,r,baseline_year,"
        "baseline_value,baseline_source,years_met,years_missed,conflict_sources",
        "2021,2025,economy,fdi,FDI attracted,quang-ninh,bn_usd,each_year,>=,1,,,,plan-a,"
        "2021;2022;2023,2024;2025,,,needs_acceleration,0.667,,,,2021;2023,2022,"]


def test_plan_scope_keeps_one_place(data: DataDir) -> None:
    """--scope picks the place; `all` shows every one."""
    plans_file(data, GRDP_AVERAGE + GRDP_AVERAGE.replace(
        "    source:", "    scope: mong-cai\n    source:"))
    assert [r["scope"] for r in plan_json(data)["rows"]] == ["quang-ninh"]  # type: ignore[index]
    assert [r["scope"] for r in plan_json(data, "--scope", "mong-cai")["rows"]] == [  # type: ignore[index]
        "mong-cai"]
    assert [r["scope"] for r in plan_json(data, "--scope", "all")["rows"]] == [  # type: ignore[index]
        "quang-ninh", "mong-cai"]


def test_a_plan_target_from_two_sources_uses_the_plan_and_lists_the_other(
        data: DataDir) -> None:
    """As for yearly targets (§4): the plan's figure over the directive's, the other a conflict."""
    plans_file(data, GRDP_AVERAGE + GRDP_AVERAGE.replace("plan-a", "party-a").replace(
        "value: 10", "value: 9"))
    row = only_row(data)
    assert (row["target"], row["conflicts"]) == (
        {"op": "~", "value": 10.0, "source": "plan-a"},
        [{"op": "~", "value": 9.0, "source": "party-a"}])
    chosen = only_row(data, "--source", "party-a")
    assert chosen["target"] == {"op": "~", "value": 9.0, "source": "party-a"}


def test_end_target_met_at_the_start_and_then_lost_has_no_r(data: DataDir) -> None:
    """A start that already meets the target asks for no growth: R has no meaning (null), and
    a later result below the target is deteriorating, not on track."""
    plans_file(data, FOREST_END + BASELINE.replace("54.5", "56.5").replace("54,5", "56,5"))
    data.write("sources/plan-a.txt", PLAN_TEXT.replace("54,5", "56,5"))
    results(data, {2022: {"forest_cover": 55.8}})
    row = only_row(data)
    assert (row["verdict"], row["r"]) == ("deteriorating", None)


# --- status, trend, export and report ---------------------------------------------------------

def test_status_names_the_plan_targets_that_end_in_its_year(data: DataDir) -> None:
    """`status 2024` ends with the targets of a period ending in 2024 and their verdicts; its
    JSON gains `plan_targets` (the rows of `plan --format json`, with their period)."""
    plans_file(data, GRDP_AVERAGE, "2020-2024.yaml", "[2020, 2024]")
    data.write("plans/2021-2025.yaml", "period: [2021, 2025]\ntargets:\n" + FDI_EACH)
    results(data, {2023: {"grdp_growth": 11}, 2024: {"grdp_growth": 10}})
    run = qnplan("status", "2024", data=data, width=None)
    assert run.stdout.splitlines()[-1] == (
        "Plan targets ending in 2024 (2020–2024): GRDP growth (average) ↗ on track.")
    doc = json.loads(qnplan("status", "2024", "--format", "json", data=data).stdout)
    assert [(p["period"], p["indicator"], p["basis"], p["verdict"], p["r"])
            for p in doc["plan_targets"]] == [([2020, 2024], "grdp_growth", "average",
                                               "on_track", 1.05)]


def test_status_of_a_year_that_ends_no_period_says_nothing_of_plans(data: DataDir) -> None:
    """No period ends in 2023: no plan line, and an empty `plan_targets`."""
    plans_file(data, GRDP_AVERAGE)
    run = qnplan("status", "2023", data=data, width=None)
    assert "Plan targets" not in run.stdout
    doc = json.loads(qnplan("status", "2023", "--format", "json", data=data).stdout)
    assert doc["plan_targets"] == []


def trend_data(data: DataDir) -> None:
    """GRDP growth targets and results 2023-2024 and a 2021-2025 average of ~10 %/yr."""
    plans_file(data, GRDP_AVERAGE)
    results(data, {2021: {"grdp_growth": 10.5}, 2022: {"grdp_growth": 10.28},
                   2023: {"grdp_growth": 11.03}, 2024: {"grdp_growth": 8.42}})


def test_trend_table_shows_the_period_target_under_its_indicator(data: DataDir) -> None:
    """Under the indicator's progress row, a row for the period target: its years, target,
    the figure so far, the verdict and R."""
    trend_data(data)
    run = qnplan("trend", "grdp_growth", "--from", "2023", "--to", "2024", data=data, width=None)
    rows = run.stdout.splitlines()
    at = next(i for i, line in enumerate(rows) if line.startswith("2023–2024: "))
    assert rows[at + 1].split() == ["Plan", "2021–2025", "(average)", "2021–2025", "≈", "10",
                                    "10.05", "↗", "on", "track", "R", "1.005"]


def test_trend_json_adds_the_period_targets_to_each_indicator(data: DataDir) -> None:
    """`trend --format json` keeps §8's keys and adds `plan_targets`: the periods the shown
    years fall in, each as `plan` gives its row."""
    trend_data(data)
    doc = json.loads(qnplan("trend", "grdp_growth", "--format", "json", data=data).stdout)
    (ind,) = doc["indicators"]
    assert [(p["period"], p["basis"], p["actual"], p["verdict"], p["r"])
            for p in ind["plan_targets"]] == [([2021, 2025], "average", 10.05, "on_track", 1.005)]


def test_trend_svg_draws_the_period_target_as_a_labelled_dotted_line(data: DataDir) -> None:
    """The chart draws the period target across the years of its period, dotted, with a
    label that says what it is (colour is never the only signal)."""
    trend_data(data)
    svg = qnplan("trend", "grdp_growth", "--format", "svg", data=data).stdout
    assert svg.count('stroke-dasharray="2 3"') == 1
    assert ">Plan 2021–2025 (average) ≈ 10: ↗ on track</text>" in svg


def test_trend_of_years_outside_every_period_adds_nothing(data: DataDir) -> None:
    """A span that no period touches has no plan rows and an empty `plan_targets`."""
    plans_file(data, GRDP_AVERAGE, "2026-2030.yaml", "[2026, 2030]")
    trend_data(data)
    data.root.joinpath("plans/2021-2025.yaml").unlink()
    doc = json.loads(qnplan("trend", "grdp_growth", "--format", "json", data=data).stdout)
    assert doc["indicators"][0]["plan_targets"] == []


def test_export_gains_a_section_per_period_the_years_fall_in(data: DataDir) -> None:
    """`export 2023 2024` has a 'Plan 2021–2025' section: the period's table, each target
    cited with a numbered note that quotes it; a period the years miss has none."""
    trend_data(data)
    data.write("plans/2026-2030.yaml", "period: [2026, 2030]\ntargets:\n" + FDI_EACH)
    text = qnplan("export", "2023", "2024", "-o", "-", data=data).stdout
    section = text.split("## Plan 2021–2025\n")[1].split("\n## ")[0]
    row = next(line for line in section.splitlines() if line.startswith("| GRDP growth"))
    cells = [x.strip() for x in row.strip("|").split("|")]
    note = cells[3].split()[-1]  # e.g. [7]
    assert [*cells[:3], cells[3].removesuffix(" " + note), *cells[4:]] == [
        "GRDP growth", "%", "average", "≈ 10", "2021–2024 (4/5)", "10.05", "9.79",
        "↗ on track", "1.005", "plan-a"]
    assert f"- {note} “Tăng trưởng GRDP bình quân giai đoạn đạt khoảng 10%/năm”" in text
    assert "## Plan 2026–2030" not in text


def test_report_gains_a_section_per_period_with_cited_targets(data: DataDir) -> None:
    """The HTML report has the period's section in its contents and body, its target linked
    to a citation that quotes the plan's words."""
    pytest.importorskip("jinja2")
    trend_data(data)
    html = qnplan("report", "2023", "2024", "-o", "-", data=data).stdout
    assert '<li><a href="#plan-2021-2025">Plan 2021–2025</a></li>' in html
    section = html.split('<section id="plan-2021-2025">')[1].split("</section>")[0]
    row = next(line for line in section.splitlines() if "GRDP growth" in line)
    cite = row.split('href="#f')[1].split('"')[0]
    assert row.endswith("<td>2021–2024 (4/5)</td><td>10.05</td><td>9.79</td>"
                        "<td>↗ on track</td><td>1.005</td><td>plan-a</td></tr>")
    assert (f'<li id="f{cite}" value="{cite}"><span class="what">GRDP growth · plan 2021–2025 '
            'target</span>: <strong>≈ 10</strong> — <q lang="vi">Tăng trưởng GRDP bình quân giai '
            'đoạn đạt khoảng 10%/năm</q>') in html


def test_plan_completes_the_periods_that_have_a_file(data: DataDir) -> None:
    """`plan <TAB>` offers FROM-TO for each plans file, and nothing that isn't one."""
    from tests.spec.test_shell import complete

    plans_file(data, GRDP_AVERAGE)
    data.write("plans/2026-2030.yaml", "period: [2026, 2030]\ntargets: []\n")
    data.write("plans/notes.yaml", "period: [2026, 2030]\ntargets: []\n")
    assert complete("qnplan plan ", data) == ["2021-2025", "2026-2030"]
    assert complete("qnplan plan 2026", data) == ["2026-2030"]


def test_a_plans_file_without_its_period_field_is_an_error(data: DataDir) -> None:
    """`period: [FROM, TO]` is required, as `year:` is in a year file."""
    data.write("sources/plan-a.txt", PLAN_TEXT)
    data.write("plans/2021-2025.yaml", "targets:\n" + GRDP_AVERAGE)
    assert problems(data) == [
        "2021-2025.yaml:1:1: error: expected 'period: [FROM, TO]', the plan period's first and "
        "last year [missing-field]"]


def test_a_second_file_for_one_period_is_an_error(data: DataDir) -> None:
    """2021-2025.yml beside 2021-2025.yaml: one file per period, the second one named."""
    plans_file(data, GRDP_AVERAGE)
    data.write("plans/2021-2025.yml", "period: [2021, 2025]\ntargets: []\n")
    assert problems(data) == [
        f"2021-2025.yml:1:1: error: a second plans file for 2021-2025 beside "
        f"{data.root}/plans/2021-2025.yaml; keep one file [duplicate-period]"]


def test_report_charts_draw_the_period_target_too(data: DataDir) -> None:
    """The report's chart of an indicator draws its period target as `trend --format svg` does."""
    pytest.importorskip("jinja2")
    trend_data(data)
    html = qnplan("report", "2023", "2024", "-o", "-", data=data).stdout
    assert html.count('stroke-dasharray="2 3"') == 1
    assert ">Plan 2021–2025 (average) ≈ 10: ↗ on track</text>" in html
