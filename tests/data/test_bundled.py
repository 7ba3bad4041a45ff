"""The bundled Quảng Ninh dataset answers the questions the product exists for.

This is the data-regression module: every test here pins an answer of the bundled record
(2021–2026, from the pages in data/sources/), so growing the record changes these and only
these expectations. Behaviour is specified elsewhere, on fixtures built in the test."""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import qnplan as qnplan_package
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
    """The bundled data validates strictly with no errors and no warnings, and every entry's
    quote is checked against its source's stored text."""
    run = qnplan("validate", "--strict")
    assert run.exit_code == 0
    assert run.stdout == ""
    counts = re.fullmatch(r"0 errors, 0 warnings; (\d+) valid entries, (\d+) quotes checked "
                          r"against their source text\n", run.stderr)
    assert counts is not None, run.stderr
    assert int(counts[1]) == int(counts[2]) > 250


def test_fdi_raised_and_2023_met(rows: dict[Any, Any]) -> None:
    """FDI 1.0 -> 3.0 bn USD is raised by 2.0 (200%); 2023's 'hơn 3 tỷ USD' (reported, so
    chosen over the 3.1 estimates, which stay as conflicts) meets the 2023 target three times
    over, and the 8-month figure no longer decides."""
    fdi = rows[("fdi", "quang-ninh", "FY")]
    assert fdi["a"] == {"op": ">=", "value": 1.0, "source": "nq-128-hdnd-2022"}
    assert fdi["b"] == {"op": ">=", "value": 3.0, "source": "nq-205-hdnd-2024"}
    assert (fdi["change"], fdi["delta"], fdi["delta_pct"]) == ("raised", 2.0, 200.0)
    assert fdi["a_status"] == {"status": "met", "value": 3.0, "period": "FY",
                               "ratio": 3.0, "full_year_ratio": 3.0, "gap": 2.0,
                               "ratio_bound": "lower", "bound": "lower",
                               "source": "pcpaq-2023-12-ketqua", "estimate": False}
    assert {c["source"] for c in fdi["conflicts"] if c["kind"] == "result"} == {
        "cafef-2023-11-canam", "baohaiduong-2023-11-grdp", "infina-2023-ketqua"}
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
    """GRDP '> 10%' both years is unchanged; the August push to '> 11%' is only a conflict
    (the 2023 results' 11.02 vs 11.03 are conflicts of the other kind)."""
    row = rows[("grdp_growth", "quang-ninh", "FY")]
    assert row["change"] == "unchanged"
    assert row["a"]["value"] == 10.0
    assert [c["source"] for c in row["conflicts"] if c["kind"] == "target"] == ["baoqn-2023-8m"]


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
    """status 2023: FDI met by the full-year report, urbanization without data."""
    run = qnplan("status", "2023", "--format", "json")
    assert run.exit_code == 0
    doc = json.loads(run.stdout)
    by_id = {(r["indicator"], r["period"]): r for r in doc["rows"]}
    fdi = by_id[("fdi", "FY")]
    assert fdi["status"] == "met" and fdi["ratio"] == 3.0
    assert fdi["result"] == {"value": 3.0, "period": "FY", "status": "reported",
                             "source": "pcpaq-2023-12-ketqua", "bound": "lower", "met": None,
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
                                       "years with targets: 2022, 2023, 2024, 2025, 2026")
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

    folder = Path(__file__).resolve().parents[2] / "data" / "sources"
    return " ".join((folder / name).read_text("utf-8").split())


def test_budget_share_of_the_full_year_target_is_the_documents_figure() -> None:
    """2024's six-month budget revenue, 29,130 of a 55,600 target: 52.4% of the full-year
    target beside the pro-rated pace (104.8%); the six-month report itself says 'bằng 52% dự
    toán tỉnh'."""
    assert "đạt 29.130 tỷ đồng, bằng 54% dự toán Trung ương, bằng 52% dự toán tỉnh" in _seed(
        "danviet-2024-07-6m.txt")
    doc = json.loads(qnplan("status", "2024", "-f", "json").stdout)
    row = next(r for r in doc["rows"] if r["indicator"] == "state_budget_revenue")
    assert (row["status"], row["ratio"], row["full_year_ratio"]) == ("on_track", 1.0478, 0.5239)
    line = next(x for x in qnplan("status", "2024", width=None).stdout.splitlines()
                if x.startswith("State budget revenue"))
    assert "104.8%" in line and "52.4%" in line


def test_results_without_a_target_appear() -> None:
    """2022 GRDP 10.28%, domestic investment 45,300 bn VND after 8 months of 2023 (no 2023
    target for it), and Móng Cái's results are all shown somewhere."""
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


def grdp_trend(*extra: str) -> dict[str, Any]:
    run = qnplan("trend", "grdp_growth", "--from", "2022", "--to", "2025", "--format", "json",
                 *extra)
    assert run.exit_code == 0, run.stderr
    (ind,) = json.loads(run.stdout)["indicators"]
    return dict(ind)


def test_grdp_trend_2022_2025_needs_acceleration() -> None:
    """DESIGN §8's worked example on the real record: targets > 11, > 10, > 10 and ≥ 14 (raised
    from > 12 by 259/NQ-HĐND), results 10.28, 11.03, 8.42, 11.89: missed, met, missed, missed,
    and progress R = 0.925, needs acceleration."""
    ind = grdp_trend()
    assert [(y["year"], y["target"]["op"], y["target"]["value"], y["result"]["value"],
             y["result"]["period"], y["status"]) for y in ind["years"]] == [
        (2022, ">", 11.0, 10.28, "FY", "missed"), (2023, ">", 10.0, 11.03, "FY", "met"),
        (2024, ">", 10.0, 8.42, "FY", "missed"), (2025, ">=", 14.0, 11.89, "FY", "missed")]
    y2025 = ind["years"][3]["target"]
    assert y2025["source"] == "vietnamvn-2025-03-nq259"
    assert [r["value"] for r in y2025["revised_from"]] == [12.0]
    assert ind["progress"] == {"verdict": "needs_acceleration", "r": 0.925, "r_bound": None,
                               "years": [2022, 2023, 2024, 2025],
                               "target_index": 1.5311, "actual_index": 1.4854}


def test_grdp_trend_with_the_december_2024_target_is_on_track() -> None:
    """With 2025's target at the end-2024 '> 12' (--source), I_T = 1.5043 and R = 0.967."""
    ind = grdp_trend("--source", "baomoi-2024-12-ketqua")
    assert ind["years"][3]["target"]["value"] == 12.0
    assert ind["progress"]["verdict"] == "on_track"
    assert (ind["progress"]["r"], ind["progress"]["target_index"]) == (0.967, 1.5043)


def status_of(year: int, indicator: str) -> tuple[str, float | None]:
    doc = json.loads(qnplan("status", str(year), "-f", "json").stdout)
    row = next(r for r in doc["rows"] if (r["indicator"], r["period"]) == (indicator, "FY"))
    return row["status"], row["result"] and row["result"]["value"]


@pytest.mark.parametrize(("year", "indicator", "expected"), [
    (2022, "grdp_growth", ("missed", 10.28)), (2023, "grdp_growth", ("met", 11.03)),
    (2024, "grdp_growth", ("missed", 8.42)), (2025, "grdp_growth", ("missed", 11.89)),
    (2022, "state_budget_revenue", ("met", 56500.0)),
    (2023, "state_budget_revenue", ("met", 55300.0)),
    (2025, "state_budget_revenue", ("met", 84500.0)),
    (2024, "state_budget_revenue", ("on_track", 29130.0)),
])
def test_status_gives_a_verdict_where_target_and_result_exist(
        year: int, indicator: str, expected: tuple[str, float]) -> None:
    """Every year with a GRDP target and result, and budget revenue in 2022, 2023 and 2025
    (2024 has only a six-month figure), get a verdict instead of 'no data'."""
    assert status_of(year, indicator) == expected


def conflict_pairs(year: int) -> set[tuple[str, str, float, float]]:
    doc = json.loads(qnplan("conflicts", str(year), "--format", "json").stdout)
    return {(r["indicator"], r["kind"], r["chosen"]["value"], r["other"]["value"])
            for r in doc["rows"]}


def test_conflicts_list_the_real_disagreements() -> None:
    """11.03 (chosen) vs 11.02 for 2023's growth; the later 84,500 vs December's 82,235
    estimate for 2025's budget revenue; 2025's growth target 14 vs the earlier 12; 2026's
    13 vs 12.5."""
    assert ("grdp_growth", "result", 11.03, 11.02) in conflict_pairs(2023)
    y2025 = conflict_pairs(2025)
    assert ("state_budget_revenue", "result", 84500.0, 82235.0) in y2025
    assert ("grdp_growth", "target", 14.0, 12.0) in y2025
    assert ("grdp_growth", "target", 13.0, 12.5) in conflict_pairs(2026)


def test_report_captions_give_the_bundled_progress_verdicts() -> None:
    """report 2023 2024 on the record: GRDP's caption carries its 2022–2024 verdict (on track,
    R 0.959, DESIGN §8's table) and budget revenue's 2022–2023 one (achieved: 111,800 of
    106,600; R a lower bound, since a result it sums was stated as "more than")."""
    import html5lib

    run = qnplan("report", "2023", "2024", "-o", "-")
    assert run.exit_code == 0, run.stderr
    tree = html5lib.parse(run.stdout, treebuilder="etree", namespaceHTMLElements=False)
    captions = [" ".join("".join(f.itertext()).split()) for f in tree.iter("figcaption")]
    assert captions[:2] == ["Progress 2022–2024: ↗ on track (R 0.959)",
                            "Progress 2022–2023: ✔ achieved (R > 1.049)"]



def plan_rows(period: str, *extra: str) -> dict[str, dict[str, Any]]:
    run = qnplan("plan", period, "--format", "json", *extra)
    assert run.exit_code == 0, run.stderr
    doc = json.loads(run.stdout)
    assert doc["period"] == [int(y) for y in period.split("-")]
    return {r["indicator"]: r for r in doc["rows"]}


def test_plan_2021_2025_growth_and_income_achieved() -> None:
    """The XV Congress's 2021–2025 targets: average growth 'khoảng 10%/năm' achieved over all
    five years, and GRDP per head 'trên 10.000 USD' by 2025 achieved (10,402). The compound rate
    is 10.38 %/yr because 2021's reported figure is 10.285 (a January 2022 report, beside the
    December estimate of 10.28); on the December estimate it is DESIGN §9's 10.37."""
    rows = plan_rows("2021-2025")
    grdp = rows["grdp_growth"]
    assert (grdp["basis"], grdp["target"]["op"], grdp["target"]["value"]) == ("average", "~", 10.0)
    assert (grdp["years"], grdp["missing"]) == ([2021, 2022, 2023, 2024, 2025], [])
    assert [r["value"] for r in grdp["results"]] == [10.285, 10.28, 11.03, 8.42, 11.89]
    assert (grdp["verdict"], grdp["actual"], grdp["r"]) == ("achieved", 10.38, 1.038)
    per_head = rows["grdp_per_capita"]
    assert (per_head["basis"], per_head["verdict"]) == ("end", "achieved")
    assert per_head["results"][-1]["value"] == 10402.0
    on_estimate = plan_rows("2021-2025", "--source", "kinhtedothi-2021-canam")["grdp_growth"]
    assert (on_estimate["verdict"], on_estimate["actual"]) == ("achieved", 10.37)


def test_plan_2026_2030_has_the_xvi_congress_targets_and_no_verdict_yet() -> None:
    """The XVI Congress's 2026–2030 targets are all there, each insufficient_data until a
    year of the period has a full-year result."""
    rows = plan_rows("2026-2030")
    assert rows["grdp_growth"]["target"] == {"op": ">=", "value": 12.0,
                                             "source": "thegioitiepthi-2025-09-daihoi-xvi"}
    assert rows["grdp_per_capita"]["target"]["value"] == 20000.0
    assert {"new_enterprises", "digital_economy_share", "urbanization_rate",
            "party_org_good_rate", "unemployment_rate"} <= rows.keys()
    assert {r["verdict"] for r in rows.values()} == {"insufficient_data"}
    assert {r["r"] for r in rows.values()} == {None}


def test_plan_lists_the_three_periods() -> None:
    """plan without an argument: the five-year plans and the master plan."""
    run = qnplan("plan", "--format", "json")
    assert run.exit_code == 0, run.stderr
    assert [(p["period"], p["targets"]) for p in json.loads(run.stdout)["periods"]] == [
        ([2021, 2025], 8), ([2021, 2030], 7), ([2026, 2030], 29)]


def test_no_target_is_dropped_by_a_document_that_is_not_the_years_plan() -> None:
    """No 2025 plan is among the sources (only press reports of it, and a 2024 mid-year
    resolution naming one 2025 aim), so compare 2024 2025 calls nothing 'dropped': the 2024
    targets the 2025 pages do not restate are 'not restated'."""
    doc = json.loads(qnplan("compare", "2024", "2025", "-f", "json").stdout)
    assert "dropped" not in {r["change"] for r in doc["rows"]}
    changes = {r["indicator"]: r["change"] for r in doc["rows"] if r["period"] == "FY"}
    assert changes["new_jobs"] == changes["fdi"] == "not_restated"
    assert changes["grdp_growth"] == "raised"


def test_2022_to_2023_growth_target_lowered_budget_raised() -> None:
    """2022's '> 11%' became 2023's '> 10%' (lowered by 1 point); the budget's '≥ 52,600' became
    '> 54,000' (raised)."""
    doc = json.loads(qnplan("compare", "2022", "2023", "-f", "json").stdout)
    rows = {r["indicator"]: r for r in doc["rows"] if r["period"] == "FY"}
    assert (rows["grdp_growth"]["change"], rows["grdp_growth"]["delta"]) == ("lowered", -1.0)
    assert (rows["state_budget_revenue"]["change"],
            rows["state_budget_revenue"]["delta"]) == ("raised", 1400.0)


def test_the_data_package_holds_every_bundled_entry_with_its_quote(tmp_path: Path) -> None:
    """`export --format datapackage`: every target, result and plan-period target of the
    bundled YAML (read here with PyYAML, not qnplan's loader) is a row of its CSV with its
    source and verbatim quote, and every cited document is in sources.csv."""
    folder = tmp_path / "package"
    run = qnplan("export", "--format", "datapackage", "-o", str(folder))
    assert run.exit_code == 0, run.stderr

    def rows(name: str) -> list[dict[str, str]]:
        with (folder / f"{name}.csv").open(encoding="utf-8", newline="") as f:
            return list(csv.DictReader(f))

    data = Path(qnplan_package.__file__).parent / "data"
    if not data.is_dir():  # a source tree: pyproject.toml maps data/ to qnplan.data
        data = Path(qnplan_package.__file__).parent.parent / "data"
    for folder_name, table, key in (("targets", "targets", "targets"),
                                    ("actuals", "results", "actuals"),
                                    ("plans", "plan_targets", "targets")):
        written = {(r["indicator"], r["source"], r["quote"]) for r in rows(table)}
        entries = [(e["indicator"], e["source"], e["quote"])
                   for path in sorted((data / folder_name).glob("*.yaml"))
                   for e in yaml.safe_load(path.read_text("utf-8"))[key]]
        assert entries, folder_name
        assert [e for e in entries if e not in written] == [], table
        assert len(rows(table)) == len(entries), table
    sources = yaml.safe_load((data / "sources.yaml").read_text("utf-8"))["sources"]
    assert sorted(r["id"] for r in rows("sources")) == sorted(sources)
