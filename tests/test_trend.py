"""`qnplan trend`: each year's own verdict and the span's progress verdict of DESIGN §8, on a
small synthetic folder (tests/fixtures/trend) holding the worked example; charts as golden files.

Regenerate the golden files after an intended change with QNPLAN_REGOLD=1 and review the diff."""

from __future__ import annotations

import os
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from qnplan.dataset import load_dataset
from qnplan.model import Dataset
from qnplan.render.svg import bullet_graph, trend_chart
from qnplan.trend import IndicatorTrend, Verdict, build_trend

FIXTURE = Path(__file__).parent / "fixtures" / "trend"
GOLDEN = Path(__file__).parent / "golden"


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


def test_single_year_chart_says_so_instead_of_a_line(ds: Dataset) -> None:
    """One year of data: no polyline, and a sentence saying why."""
    (poor,) = build_trend(ds, indicators=["poor_households"])
    svg = trend_chart(poor)
    assert "<polyline" not in svg
    assert "Only one year with data (2023): no line drawn" in svg
