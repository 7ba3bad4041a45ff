"""DESIGN §9: plan-period targets (data/plans/FROM-TO.yaml) — loading and validation, the
progress of each period target, and `qnplan plan`."""

from __future__ import annotations

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
