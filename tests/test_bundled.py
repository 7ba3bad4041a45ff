"""The bundled Quảng Ninh dataset answers the questions the product exists for."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import qnplan


def compare_rows() -> dict[tuple[str, str, str], dict[str, Any]]:
    run = qnplan("compare", "2023", "2024", "--format", "json", "--scope", "all")
    assert run.exit_code == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["years"] == [2023, 2024]
    return {(r["indicator"], r["scope"], r["period"]): r for r in doc["rows"]}


@pytest.fixture(scope="module")
def rows() -> dict[tuple[str, str, str], dict[str, Any]]:
    return compare_rows()


def test_validate_bundled_data_is_clean() -> None:
    """The bundled data validates with no errors and no warnings, every quote checked."""
    run = qnplan("validate")
    assert run.exit_code == 0
    assert run.stdout == ""
    assert run.stderr.startswith("0 errors, 0 warnings; 124 valid entries, 124 quotes checked")


def test_fdi_raised_and_on_track(rows: dict[Any, Any]) -> None:
    """FDI 1.0 -> 3.0 bn USD is raised by 2.0 (200%); 853 mn USD after 8 months is on track."""
    fdi = rows[("fdi", "quang-ninh", "FY")]
    assert fdi["a"] == {"op": ">=", "value": 1.0, "source": "nq-128-hdnd-2022"}
    assert fdi["b"] == {"op": ">=", "value": 3.0, "source": "nq-205-hdnd-2024"}
    assert (fdi["change"], fdi["delta"], fdi["delta_pct"]) == ("raised", 2.0, 200.0)
    assert fdi["a_status"] == {"status": "on_track", "value": 0.853, "period": "8M",
                               "ratio": 1.2795, "full_year_ratio": 0.853, "gap": 0.1863,
                               "bound": "lower", "source": "baoqn-2023-8m", "estimate": False}
    assert fdi["unit"] == "bn_usd" and fdi["category"] == "economy"


def test_new_jobs_raised_and_on_track(rows: dict[Any, Any]) -> None:
    """Jobs 20,000 -> 30,000 raised; 13,842 after 8 months beats the pro-rated 13,333."""
    jobs = rows[("new_jobs", "quang-ninh", "FY")]
    assert (jobs["a"]["value"], jobs["b"]["value"], jobs["change"]) == (20000, 30000, "raised")
    assert jobs["a_status"]["status"] == "on_track"
    assert jobs["a_status"]["ratio"] == pytest.approx(13842 / (20000 * 8 / 12), abs=1e-4)


def test_about_to_above_same_value_is_raised(rows: dict[Any, Any]) -> None:
    """Labour productivity '~ 11%' -> '> 11%' is raised with a zero delta."""
    row = rows[("labour_productivity_growth", "quang-ninh", "FY")]
    assert (row["a"]["op"], row["b"]["op"]) == ("~", ">")
    assert (row["change"], row["delta"]) == ("raised", 0.0)


def test_budget_revenue_plan_over_directive_with_conflict(rows: dict[Any, Any]) -> None:
    """The People's Council's 54,000 beats the Party's 53,062, and the row carries the conflict."""
    row = rows[("state_budget_revenue", "quang-ninh", "FY")]
    assert row["a"] == {"op": ">", "value": 54000.0, "source": "nq-128-hdnd-2022"}
    assert row["b"]["value"] == 55600.0
    assert (row["change"], row["delta"]) == ("raised", 1600.0)
    assert {"source": "nq-12-tu-2022", "year": 2023, "kind": "target", "op": ">",
            "value": 53062.0} in row["conflicts"]


def test_grdp_press_push_loses_to_the_plan(rows: dict[Any, Any]) -> None:
    """GRDP '> 10%' both years is unchanged; the August push to '> 11%' is only a conflict."""
    row = rows[("grdp_growth", "quang-ninh", "FY")]
    assert row["change"] == "unchanged"
    assert row["a"]["value"] == 10.0
    assert [c["source"] for c in row["conflicts"]] == ["baoqn-2023-8m"]


def test_level_indicator_is_not_pro_rated(rows: dict[Any, Any]) -> None:
    """Solid waste 98% after 8 months against 97.3% is judged as it stands."""
    st = rows[("solid_waste_collection", "quang-ninh", "FY")]["a_status"]
    assert st["status"] == "on_track"
    assert st["ratio"] == pytest.approx(98 / 97.3, abs=1e-4)


@pytest.mark.parametrize(("indicator", "change"), [
    ("tourists", "new"), ("social_insurance_coverage", "not_restated"),
    ("schools_national_standard", "new"), ("competitiveness_indices", "unchanged"),
])
def test_changes(rows: dict[Any, Any], indicator: str, change: str) -> None:
    """New, not restated (no bundled source is recorded as 2024's plan, `plan_for`) and unchanged
    targets are classified as such."""
    assert rows[(indicator, "quang-ninh", "FY")]["change"] == change


def test_disbursement_milestone_is_its_own_row(rows: dict[Any, Any]) -> None:
    """The '>= 80% by 30/9' milestone sits beside the full-year target."""
    assert rows[("public_investment_disbursement", "quang-ninh", "9M")]["a"]["value"] == 80
    assert rows[("public_investment_disbursement", "quang-ninh", "FY")]["a"]["value"] == 100


def test_mong_cai_scope_only_with_scope_option(rows: dict[Any, Any]) -> None:
    """Móng Cái's targets show under --scope all (or mong-cai), not by default."""
    assert rows[("new_jobs", "mong-cai", "FY")]["a"]["value"] == 3500
    default = json.loads(qnplan("compare", "2023", "2024", "-f", "json").stdout)
    assert {r["scope"] for r in default["rows"]} == {"quang-ninh"}


def test_status_2023() -> None:
    """status 2023: FDI on track, urbanization without data."""
    run = qnplan("status", "2023", "--format", "json")
    assert run.exit_code == 0
    doc = json.loads(run.stdout)
    by_id = {(r["indicator"], r["period"]): r for r in doc["rows"]}
    fdi = by_id[("fdi", "FY")]
    assert fdi["status"] == "on_track" and fdi["ratio"] == 1.2795
    assert fdi["result"] == {"value": 0.853, "period": "8M", "status": "reported",
                             "source": "baoqn-2023-8m", "bound": "lower", "met": None,
                             "estimate": False}
    assert by_id[("urbanization_rate", "FY")]["status"] == "no_data"
    assert by_id[("urbanization_rate", "FY")]["result"] is None


def test_unknown_year_is_a_usage_error() -> None:
    """compare 2023 2031 exits 2 naming the year and the years that exist."""
    run = qnplan("compare", "2023", "2031")
    assert run.exit_code == 2
    assert run.stdout == ""
    assert run.stderr.strip().endswith("no targets for 2031 in "
                                       f"{run.stderr.split(' in ')[1].split(';')[0]}; "
                                       "years with targets: 2023, 2024, 2025")
    assert "Traceback" not in run.stderr


def test_conflicts_lists_every_disagreement() -> None:
    """conflicts shows the budget and health-insurance disagreements and 2022's revenue."""
    doc = json.loads(qnplan("conflicts", "--format", "json").stdout)
    pairs = {(r["year"], r["indicator"], r["other"]["source"]) for r in doc["rows"]}
    assert (2023, "state_budget_revenue", "nq-12-tu-2022") in pairs
    assert (2023, "health_insurance_coverage", "nq-12-tu-2022") in pairs
    assert (2022, "state_budget_revenue", "nq-12-tu-2022") in pairs


def _seed(name: str) -> str:
    from pathlib import Path

    folder = Path(__file__).resolve().parent.parent / "data" / "sources"
    return " ".join((folder / name).read_text("utf-8").split())


def test_fdi_share_of_the_full_year_target_is_the_documents_figure() -> None:
    """'trên 853 triệu USD' of a '1,0 tỷ USD' target: 85.3% of the full-year target, beside
    the pro-rated pace; the 8-month report itself says 'đạt 85,4% kế hoạch' of a more-than
    figure."""
    assert "đạt trên 853 triệu USD, đạt 85,4% kế hoạch" in _seed("baoqn-2023-8m.txt")
    doc = json.loads(qnplan("status", "2023", "-f", "json").stdout)
    fdi = next(r for r in doc["rows"] if r["indicator"] == "fdi")
    assert (fdi["ratio"], fdi["full_year_ratio"]) == (1.2795, 0.853)
    line = next(x for x in qnplan("status", "2023", width=None).stdout.splitlines()
                if x.startswith("FDI attracted"))
    assert "128%" in line and "85.3%" in line


def test_results_without_a_target_appear() -> None:
    """2022 GRDP 10.28% (a year with no targets file), domestic investment 45,300 bn VND
    after 8 months, and Móng Cái's results are all shown somewhere."""
    y2022 = json.loads(qnplan("results", "2022", "-f", "json").stdout)
    assert ("grdp_growth", 10.28) in {(r["indicator"], r["result"]["value"])
                                      for r in y2022["rows"]}
    status = json.loads(qnplan("status", "2023", "-f", "json").stdout)
    assert ("domestic_investment", 45300) in {
        (r["indicator"], r["result"]["value"]) for r in status["results_without_target"]}
    mong_cai = json.loads(qnplan("results", "2023", "--scope", "mong-cai", "-f", "json").stdout)
    assert {r["scope"] for r in mong_cai["rows"]} == {"mong-cai"} and mong_cai["rows"]


def test_party_targets_are_not_restated_rather_than_dropped(rows: dict[Any, Any]) -> None:
    """No 2024 Party resolution is in the data, so 12-NQ/TU's Party-building targets are
    'not restated'; Móng Cái's 2023 targets likewise, as no 2024 document sets any."""
    assert rows[("party_org_good_rate", "quang-ninh", "FY")]["change"] == "not_restated"
    assert rows[("new_jobs", "mong-cai", "FY")]["change"] == "not_restated"


def test_vietnamese_status_is_vietnamese() -> None:
    """--lang vi: title, headers, statuses, summary and notes in Vietnamese."""
    out = qnplan("--lang", "vi", "status", "2023", width=None).stdout
    lines = out.splitlines()
    assert lines[0] == "Mục tiêu 2023 (quang-ninh)"
    assert lines[1].split("   ")[0] == "Chỉ tiêu"
    assert "✔ đúng tiến độ" in out and "· chưa có số liệu" in out
    n = len(json.loads(qnplan("status", "2023", "-f", "json").stdout)["rows"])
    assert any(x.startswith(f"Năm 2023: {n} mục tiêu: ") for x in lines)


def test_trend_of_bundled_grdp_says_there_is_not_enough_yet() -> None:
    """GRDP: 2022's estimate has no target in the documents, 2023 and 2024 have targets but
    no full-year result, so progress is insufficient_data rather than a guess."""
    run = qnplan("trend", "grdp_growth", "--format", "json")
    assert run.exit_code == 0, run.stderr
    (ind,) = json.loads(run.stdout)["indicators"]
    assert [(y["year"], y["target"] and y["target"]["value"], y["result"] and y["result"]["value"],
             y["status"]) for y in ind["years"]] == [
        (2022, None, 10.28, None), (2023, 10.0, None, "no_data"), (2024, 10.0, None, "no_data")]
    assert ind["progress"] == {"verdict": "insufficient_data", "r": None, "years": [],
                               "target_index": None, "actual_index": None}
