"""`qnplan trend`: each year's own verdict and the span's progress verdict of DESIGN §8, on a
small synthetic folder (tests/fixtures/trend) holding the worked example; charts as golden files.

Regenerate the golden files after an intended change with QNPLAN_REGOLD=1 and review the diff."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from qnplan.analysis.trend import IndicatorTrend, Verdict, build_trend
from qnplan.dataset.build import load_dataset
from qnplan.model import Dataset
from qnplan.render.svg import bullet_graph, trend_chart
from tests.conftest import INDICATORS, DataDir, qnplan

FIXTURE = Path(__file__).parents[1] / "fixtures" / "trend"
GOLDEN = Path(__file__).parents[1] / "golden"


@pytest.fixture(scope="module")
def ds() -> Dataset:
    dataset, issues = load_dataset(FIXTURE, check_quotes=True)
    assert issues == []
    return dataset


def golden(name: str, text: str) -> None:
    """Compare with tests/golden/NAME byte for byte (rewrite it when QNPLAN_REGOLD=1)."""
    path = GOLDEN / name
    if os.environ.get("QNPLAN_REGOLD"):
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert text.encode("utf-8") == path.read_bytes()


def grdp(ds: Dataset, year_to: int | None = None, source: str | None = None) -> IndicatorTrend:
    (trend,) = build_trend(ds, indicators=["grdp_growth"], year_to=year_to, source=source)
    return trend


def test_yearly_verdicts_are_each_years_own(ds: Dataset) -> None:
    """Targets > 11, > 10, > 10, > 14 against 10.28, 11.03, 9.11, 11.89: missed, met, missed,
    missed."""
    t = grdp(ds)
    assert [(y.year, y.status) for y in t.years] == [
        (2022, "missed"), (2023, "met"), (2024, "missed"), (2025, "missed")]
    assert [round(y.ratio or 0, 4) for y in t.years] == [0.9345, 1.103, 0.911, 0.8493]


@pytest.mark.parametrize(("year_to", "verdict", "r", "target_index", "actual_index"), [
    (2022, "insufficient_data", None, None, None),
    (2023, "achieved", 1.015, 1.2210, 1.2244),
    (2024, "on_track", 0.981, 1.3431, 1.3360),
    (2025, "needs_acceleration", 0.941, 1.5311, 1.4948),
])
def test_growth_progress_follows_the_worked_example(
        ds: Dataset, year_to: int, verdict: str, r: float | None, target_index: float | None,
        actual_index: float | None) -> None:
    """The chained-index ratio R and its verdict for each span of DESIGN §8's table."""
    p = grdp(ds, year_to=year_to).progress
    assert p.verdict == verdict
    assert (None if p.r is None else round(p.r, 3)) == r
    assert (None if p.target_index is None else round(p.target_index, 4)) == target_index
    assert (None if p.actual_index is None else round(p.actual_index, 4)) == actual_index


def test_a_target_raised_within_the_year_counts_at_its_new_value(ds: Dataset) -> None:
    """2025's > 12 (plan of Dec 2024) was raised to > 14 (Jul 2025): 14 counts, 12 is shown."""
    y2025 = grdp(ds).years[-1]
    assert y2025.target is not None and y2025.target.value == 14
    assert [t.value for t in y2025.revised_from] == [12]


def test_restatements_of_the_revised_target_show_it_once(tmp_path: Path) -> None:
    """Two reports restating 2025's '> 12' before it was raised to '> 14': the revision reads
    12 → 14, not 12 → 12 → 14 (a restatement revises nothing)."""
    data = tmp_path / "data"
    shutil.copytree(FIXTURE, data)
    sources = data / "sources.yaml"
    sources.write_text(sources.read_text("utf-8") + (
        '  news-2025-01: {type: press, title: "Tin tháng 1", issuer: "Báo", date: 2025-01-15}\n'),
        encoding="utf-8")
    targets = data / "targets" / "2025.yaml"
    targets.write_text(targets.read_text("utf-8") + (
        '  - {indicator: grdp_growth, op: ">", value: 12, source: news-2025-01, '
        'quote: "GRDP tăng trên 12%"}\n'), encoding="utf-8")
    run = qnplan("trend", "grdp_growth", "--format", "json", data=data)
    assert run.exit_code == 0, run.stderr
    (ind,) = json.loads(run.stdout)["indicators"]
    assert ind["years"][3]["target"]["value"] == 14.0
    assert ind["years"][3]["target"]["revised_from"] == [{"value": 12.0, "source": "plan-2025"}]


def test_preferring_the_first_plan_moves_the_verdict(ds: Dataset) -> None:
    """With the 2025 target at 12, I_T = 1.5043 and R = 0.984: on_track (DESIGN §8)."""
    p = grdp(ds, source="plan-2025").progress
    assert (p.verdict, round(p.r or 0, 3), round(p.target_index or 0, 4)) == (
        Verdict.ON_TRACK, 0.984, 1.5043)


def test_flow_progress_sums_full_years_and_leaves_part_years_out(ds: Dataset) -> None:
    """FDI: (1.2 + 0.9 + 1.5) / (1 + 1 + 2) = 0.9 over 2022-2024; 2025's 8M result is shown
    (on track against the pro-rated 1.6) but does not enter R."""
    (fdi,) = build_trend(ds, indicators=["fdi"])
    assert (fdi.progress.verdict, round(fdi.progress.r or 0, 4), fdi.progress.years) == (
        Verdict.NEEDS_ACCELERATION, 0.9, [2022, 2023, 2024])
    last = fdi.years[-1]
    assert (last.year, last.status, last.result and last.result.period, last.bar) == (
        2025, "on_track", "8M", pytest.approx(1.6))


def test_level_progress_is_the_distance_covered_to_the_latest_target(ds: Dataset) -> None:
    """Forest cover 54 → 55.5 against a latest target of 56: R = 1.5 / 2 = 0.75."""
    (forest,) = build_trend(ds, indicators=["forest_cover"])
    assert (forest.progress.verdict, forest.progress.r) == (Verdict.NEEDS_ACCELERATION, 0.75)


def test_default_lists_indicators_with_data_in_two_years(ds: Dataset) -> None:
    """Poor households has one year only: left out unless asked for by name."""
    assert [t.indicator for t in build_trend(ds)] == ["grdp_growth", "fdi", "forest_cover"]
    (poor,) = build_trend(ds, indicators=["poor_households"])
    assert (len(poor.years), poor.progress.verdict) == (1, Verdict.INSUFFICIENT_DATA)


def test_trend_chart_is_a_golden_file(ds: Dataset) -> None:
    """The GRDP chart: same data, same bytes."""
    golden("trend_grdp_growth.svg", trend_chart(grdp(ds)))


def test_trend_chart_in_vietnamese_is_a_golden_file(ds: Dataset) -> None:
    """The FDI chart in Vietnamese, with a hollow part-year point and an estimate."""
    (fdi,) = build_trend(ds, indicators=["fdi"])
    golden("trend_fdi_vi.svg", trend_chart(fdi, lang="vi"))


def test_bullet_graph_is_a_golden_file(ds: Dataset) -> None:
    """FDI 2025: 1.8 after 8 months against the pro-rated 1.6 of a 2.4 target."""
    (fdi,) = build_trend(ds, indicators=["fdi"])
    golden("bullet_fdi_2025.svg", bullet_graph(fdi, 2025))


def test_svg_is_well_formed_accessible_and_nfc(ds: Dataset) -> None:
    """role="img" with a <title> first, parseable XML, Vietnamese text in NFC."""
    (fdi,) = build_trend(ds, indicators=["fdi"])
    for svg in (trend_chart(fdi, lang="vi"), bullet_graph(fdi, 2023, lang="vi")):
        root = ET.fromstring(svg)
        assert root.get("role") == "img"
        assert root[0].tag == "{http://www.w3.org/2000/svg}title"
        assert root[0].text and "Thu hút vốn FDI" in root[0].text
        assert unicodedata.is_normalized("NFC", svg)
        assert not svg.startswith("<?xml")


def test_a_single_year_as_svg_is_a_bullet_graph() -> None:
    """`trend fdi --from 2025 --to 2025 --format svg` draws that year's bullet graph (the result
    against its pro-rated target, with bands), byte for byte the golden file."""
    run = qnplan("trend", "fdi", "--from", "2025", "--to", "2025", "--format", "svg",
                 data=FIXTURE)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.encode() == (GOLDEN / "bullet_fdi_2025.svg").read_bytes()


def test_single_year_chart_says_so_instead_of_a_line(ds: Dataset) -> None:
    """One year of data: no polyline, and a sentence saying why."""
    (poor,) = build_trend(ds, indicators=["poor_households"])
    svg = trend_chart(poor)
    assert "<polyline" not in svg
    assert "Only one year with data (2023): no line drawn" in svg


# --- the command -----------------------------------------------------------------------------

def stripped(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.splitlines()) + "\n"


@pytest.mark.parametrize(("lang", "name"), [("en", "trend_80.txt"), ("vi", "trend_80_vi.txt")])
def test_terminal_chart_at_80_columns_is_a_golden_file(lang: str, name: str) -> None:
    """The table with its block bars and sparklines, fitted to 80 columns, in both languages."""
    run = qnplan("--lang", lang, "trend", data=FIXTURE, width=80)
    assert run.exit_code == 0, run.stderr
    assert max(len(line.rstrip()) for line in run.stdout.splitlines()) <= 80
    golden(name, stripped(run.stdout))


def test_trend_json_has_the_shape_of_design_8() -> None:
    """Years with target, result, status and ratio; progress with R and the two indices."""
    run = qnplan("trend", "grdp_growth", "--format", "json", data=FIXTURE)
    assert run.exit_code == 0, run.stderr
    doc = json.loads(run.stdout)
    assert (doc["from"], doc["to"], doc["scope"]) == (2022, 2025, "quang-ninh")
    (ind,) = doc["indicators"]
    assert ind["years"][0] == {
        "year": 2022, "target": {"op": ">", "value": 11.0, "source": "plan-2022",
                                 "revised_from": [], "later": [], "undated": []},
        "result": {"value": 10.28, "period": "FY", "status": "final", "source": "stats",
                   "bound": None, "met": None, "estimate": False},
        "status": "missed", "ratio": 0.9345, "gap": -0.72, "ratio_bound": None}
    assert ind["years"][3]["target"]["revised_from"] == [{"value": 12.0, "source": "plan-2025"}]
    assert ind["progress"] == {"verdict": "needs_acceleration", "r": 0.941, "r_bound": None,
                               "years": [2022, 2023, 2024, 2025], "target_index": 1.5311,
                               "actual_index": 1.4948}


def test_flow_json_has_no_indices() -> None:
    """target_index and actual_index appear for growth indicators only."""
    doc = json.loads(qnplan("trend", "fdi", "-f", "json", data=FIXTURE).stdout)
    assert doc["indicators"][0]["progress"] == {"verdict": "needs_acceleration", "r": 0.9,
                                                "r_bound": None, "years": [2022, 2023, 2024]}


def test_one_indicator_as_svg_goes_to_stdout() -> None:
    """`--format svg` with one indicator prints the same bytes as the golden chart."""
    run = qnplan("trend", "grdp_growth", "--format", "svg", data=FIXTURE)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.encode() == (GOLDEN / "trend_grdp_growth.svg").read_bytes()


def test_several_indicators_as_svg_need_a_folder() -> None:
    """Several charts cannot share stdout: exit 2 with what to do."""
    run = qnplan("trend", "--format", "svg", data=FIXTURE)
    assert run.exit_code == 2
    assert run.stderr == ("error: --format svg draws one chart per indicator: 3 indicators need "
                          "-o DIR (one file each), or name one indicator\n")


def test_svg_folder_gets_one_file_per_indicator_same_bytes_each_time(tmp_path: Path) -> None:
    """-o DIR writes <indicator>.svg for each; a second run writes identical files."""
    run = qnplan("trend", "-f", "svg", "-o", str(tmp_path), data=FIXTURE)
    assert (run.exit_code, run.stderr) == (0, f"wrote 3 charts to {tmp_path}\n")
    first = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    assert sorted(first) == ["fdi.svg", "forest_cover.svg", "grdp_growth.svg"]
    qnplan("trend", "-f", "svg", "-o", str(tmp_path), data=FIXTURE)
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == first


@pytest.mark.parametrize(("args", "message"), [
    (["nope"], "error: unknown indicator 'nope'; see `qnplan indicators`\n"),
    (["competitiveness_indices"], "error: competitiveness_indices is qualitative: a trend needs "
     "figures; see `qnplan status YEAR` for its yearly verdicts\n"),
    (["--from", "2025", "--to", "2023"], "error: --from 2025 is after --to 2023\n"),
    (["--from", "2030"], "error: no indicator has figures in two years (from 2030); name one "
     "to see a single year\n"),
    (["--to", "2021", "--scope", "all"], "error: no indicator has figures in two years (up to "
     "2021, all); name one to see a single year\n"),
    (["fdi", "--scope", "all", "--from", "2030"], "error: no figures for fdi (from 2030, all)\n"),
    (["fdi", "--from", "2030"], "error: no figures for fdi (from 2030)\n"),
    (["fdi", "--from", "2030", "--to", "2031"], "error: no figures for fdi (2030–2031)\n"),
    (["-o", "x.svg"], "error: -o/--output is for --format svg or xlsx; redirect other formats instead\n"),
    (["--scope", "nowhere"], "error: unknown scope 'nowhere'; use one of all, quang-ninh\n"),
    (["--source", "nope"], "error: unknown source 'nope'; use one of news, plan-2022, plan-2023, "
     "plan-2024, plan-2025, plan-2025-mid, stats (see `qnplan sources`)\n"),
])
def test_bad_requests_exit_2_with_one_line(args: list[str], message: str) -> None:
    """Unknown or qualitative indicators, an inverted span, an empty span: exit 2, one line."""
    run = qnplan("trend", *args, data=FIXTURE)
    assert (run.exit_code, run.stderr) == (2, message)


def test_a_single_year_is_said_not_drawn() -> None:
    """Poor households, asked by name, has 2023 only: its progress row says so."""
    run = qnplan("trend", "poor_households", data=FIXTURE, width=100)
    assert run.exit_code == 0, run.stderr
    assert "2023 only: no trend" in run.stdout
    assert "\n1 indicator: 0 achieved, 0 on track, 0 needs acceleration" in run.stdout


def test_csv_is_data_one_field_per_column() -> None:
    """CSV read back gives numbers and codes, not display text: one record per year, the
    span's verdict on each, a revised target's earlier figure in its own column."""
    run = qnplan("trend", "grdp_growth", "fdi", "--format", "csv", data=FIXTURE)
    assert run.exit_code == 0, run.stderr
    rows = list(csv.DictReader(io.StringIO(run.stdout.lstrip("\ufeff"))))
    assert list(rows[0]) == [
        "year", "category", "indicator", "name", "scope", "unit", "op", "value", "min", "max",
        "text", "source", "revised_from", "later_targets", "undated_targets", "result_value", "result_bound", "result_period",
        "result_status", "result_source", "status", "ratio", "gap", "ratio_bound", "progress",
        "progress_r", "progress_r_bound", "progress_years"]
    grdp = [r for r in rows if r["indicator"] == "grdp_growth"]
    assert [(int(r["year"]), float(r["value"]), float(r["result_value"]), r["status"],
             float(r["gap"])) for r in grdp] == [
        (2022, 11.0, 10.28, "missed", -0.72), (2023, 10.0, 11.03, "met", 1.03),
        (2024, 10.0, 9.11, "missed", -0.89), (2025, 14.0, 11.89, "missed", -2.11)]
    assert grdp[3]["revised_from"] == "12"
    assert {(r["progress"], float(r["progress_r"])) for r in grdp} == {
        ("needs_acceleration", 0.941)}
    fdi_2025 = next(r for r in rows if r["indicator"] == "fdi" and r["year"] == "2025")
    assert (fdi_2025["result_period"], fdi_2025["status"], float(fdi_2025["ratio"])) == (
        "8M", "on_track", 1.125)


def test_a_percent_target_shows_its_gap_in_points() -> None:
    """As in `status`: 11.03 against > 10 reads +1.03 pts, not 110.3%; FDI (bn USD) keeps its %,
    and a gap of exactly one point is singular."""
    run = qnplan("trend", "grdp_growth", "fdi", "forest_cover", data=FIXTURE, width=120)
    assert run.exit_code == 0, run.stderr
    rows = [" ".join(line.split()) for line in run.stdout.splitlines()]
    assert "2023 > 10 ✔ 11.03 (FY) met +1.03 pts ██████│▉" in rows
    assert "FDI attracted (bn USD) 2022 ≥ 1 ✔ 1.2 (FY) met 120% ███│█" in rows
    assert "Forest cover (%) 2022 ≥ 55 ✘ 54 (FY) missed -1 pt █████████│" in rows


def test_lower_is_better_level_mirrors_the_distance(tmp_path: Path) -> None:
    """Poor households 120 → 90 against a latest ceiling of 50: R = (90 − 120) / (50 − 120)."""
    root = tmp_path / "data"
    shutil.copytree(FIXTURE, root)
    with (root / "targets" / "2024.yaml").open("a", encoding="utf-8") as f:
        f.write('  - {indicator: poor_households, op: "<=", value: 50, source: plan-2024, '
                'quote: "không quá 50 hộ"}\n')
    with (root / "actuals" / "2024.yaml").open("a", encoding="utf-8") as f:
        f.write("  - {indicator: poor_households, value: 90, period: FY, status: final, "
                'source: stats, quote: "còn 90 hộ nghèo"}\n')
    dataset, issues = load_dataset(root)
    assert issues == []
    (poor,) = build_trend(dataset, indicators=["poor_households"])
    assert [y.status for y in poor.years] == ["missed", "missed"]
    assert poor.progress.verdict == Verdict.LIMITED_PROGRESS
    assert poor.progress.r == pytest.approx(30 / 70)


def test_one_chart_to_a_file_and_never_into_the_data(tmp_path: Path) -> None:
    """-o FILE writes the one chart; a path inside the data folder is refused, nothing written."""
    out = tmp_path / "grdp.svg"
    run = qnplan("trend", "grdp_growth", "-f", "svg", "-o", str(out), data=FIXTURE)
    assert (run.exit_code, run.stderr) == (0, f"wrote {out}\n")
    assert out.read_bytes() == (GOLDEN / "trend_grdp_growth.svg").read_bytes()
    inside = FIXTURE / "grdp.svg"
    run = qnplan("trend", "grdp_growth", "-f", "svg", "-o", str(inside), data=FIXTURE)
    assert run.exit_code == 2
    assert run.stderr.startswith(f"error: refusing to write {str(inside)!r} inside the data")
    assert not inside.exists()


def test_qualitative_targets_alone_make_no_trend(data: DataDir) -> None:
    """An indicator with figures in its unit but only worded targets (here a flow, both years)
    is left out of an unnamed trend, while one with numeric targets stays."""
    data.write("indicators.yaml", INDICATORS + (
        '  domestic_revenue: {name: {en: "Domestic revenue", vi: "Thu nội địa"}, '
        'category: economy, unit: bn_vnd, kind: flow, better: higher}\n'))
    for year in (2023, 2024):
        path = data.root / "targets" / f"{year}.yaml"
        path.write_text(path.read_text("utf-8") + (
            "  - indicator: domestic_revenue\n    op: qualitative\n"
            "    text: \"Thu nội địa đạt mức cao nhất\"\n    source: news\n"
            "    quote: \"Thu nội địa đạt mức cao nhất\"\n"), encoding="utf-8")
    run = qnplan("trend", "--format", "json", data=data)
    assert run.exit_code == 0, run.stderr
    ids = [t["indicator"] for t in json.loads(run.stdout)["indicators"]]
    assert "fdi" in ids
    assert "domestic_revenue" not in ids
