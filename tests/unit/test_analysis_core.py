"""The pure core: units, numbers, choosing among sources, assessing, comparing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from qnplan.analysis.assess import assess, pick_result
from qnplan.analysis.compare import movement
from qnplan.analysis.select import choose
from qnplan.model import Change, Indicator, Result, Source, Status, Target
from qnplan.numbers import compare, format_number, parse_number
from qnplan.units import canonical_unit, convert

FLOW = Indicator("fdi", "FDI", "FDI", "economy", "bn_usd", "flow", "higher", 0)
LEVEL = Indicator("forest_cover", "Forest", "Rừng", "environment", "%", "level", "higher", 1)
LOWER = Indicator("poor_households", "Poor", "Hộ nghèo", "society", "households", "level",
                  "lower", 2)


def target(op: str = ">=", value: float | None = 1.0, *, period: str = "FY",
           source: str = "plan", year: int = 2023, **kw: Any) -> Target:
    fields = {"min": None, "max": None, "text": None, "tolerance": 0.05, "scope": "quang-ninh",
              "indicator": "fdi", "quote": "", "order": 0} | kw
    return Target(year=year, period=period, op=op, value=value, source=source,
                  path="test.yaml", **fields)


def result(value: float | None, period: str = "FY", *, source: str = "news",
           status: str = "estimate", met: bool | None = None, **kw: Any) -> Result:
    fields = {"text": None, "bound": None, "scope": "quang-ninh", "indicator": "fdi",
              "quote": "", "order": 0, "year": 2023} | kw
    return Result(value=value, period=period, met=met, status=status, source=source,
                  path="test.yaml", **fields)


SOURCES = {
    "plan": Source("plan", "plan", "t", "i", dt.date(2022, 12, 9), None, None, None),
    "party": Source("party", "directive", "t", "i", dt.date(2022, 11, 28), None, None, None),
    "news": Source("news", "press", "t", "i", None, None, None, None),
    "stats": Source("stats", "statistics", "t", "i", dt.date(2024, 1, 5), None, None, None),
    "stats2": Source("stats2", "statistics", "t", "i", dt.date(2024, 2, 5), None, None, None),
}


# --- units and numbers ------------------------------------------------------------------
@pytest.mark.parametrize(("spelling", "code"), [
    ("tỷ đồng", "bn_vnd"), ("Tỷ  USD", "bn_usd"), ("triệu USD", "mn_usd"), ("%", "%"),
    ("việc làm", "persons"), ("/1 vạn dân", "per_10k"), ("triệu lượt", "mn_visits"),
    ("bn_usd", "bn_usd"), ("tấn", None),
])
def test_unit_spellings(spelling: str, code: str | None) -> None:
    """Vietnamese unit spellings map to unit codes; unknown ones to None."""
    assert canonical_unit(spelling) == code


def test_conversion_is_not_fooled_by_binary_floats() -> None:
    """2.7 converted to another unit and back is 2.7 again, and compares equal."""
    there = convert(2.7, "bn_usd", "mn_usd")
    assert there == 2700
    assert convert(there, "mn_usd", "bn_usd") == 2.7
    assert convert(853, "mn_usd", "bn_usd") == 0.853
    assert compare(0.1 + 0.2, 0.3) == 0


def test_conversion_across_dimensions_is_refused() -> None:
    with pytest.raises(ValueError, match="cannot convert"):
        convert(1, "bn_usd", "bn_vnd")


@pytest.mark.parametrize(("text", "lang", "value"), [
    ("53.062", "vi", 53062), ("86,46", "vi", 86.46), ("2.877,8", "vi", 2877.8),
    ("53,062", "en", 53062), ("86.46", "en", 86.46), ("01", "vi", 1), ("-1.600", "vi", -1600),
])
def test_parse_number(text: str, lang: str, value: float) -> None:
    assert parse_number(text, lang) == value


@pytest.mark.parametrize(("value", "vi", "en"), [
    (53062, "53.062", "53,062"), (86.46, "86,46", "86.46"), (2877.8, "2.877,8", "2,877.8"),
    (0.853, "0,853", "0.853"), (-1600, "-1.600", "-1,600"),
])
def test_format_number(value: float, vi: str, en: str) -> None:
    assert (format_number(value, "vi", 3), format_number(value, "en", 3)) == (vi, en)


# --- choosing among sources ---------------------------------------------------------------
def test_plan_beats_directive_and_press_for_targets() -> None:
    chosen = choose([target(value=53062, source="party"), target(value=54000, source="plan"),
                     target(value=54000, op=">", source="news")], SOURCES)
    only = next(iter(chosen.values()))
    assert only.entry.source == "plan"
    assert [c.source for c in only.conflicts] == ["party", "news"]


def test_source_option_overrides_the_ranking() -> None:
    chosen = choose([target(value=53062, source="party"), target(value=54000, source="plan")],
                    SOURCES, prefer="party")
    assert next(iter(chosen.values())).entry.value == 53062


def test_agreeing_sources_are_not_conflicts() -> None:
    chosen = choose([target(value=1.0, source="party"), target(value=1.0, source="plan")],
                    SOURCES)
    assert next(iter(chosen.values())).conflicts == ()


def test_results_final_over_estimate_then_statistics_then_later_date() -> None:
    rows = [result(1, source="stats", status="estimate"), result(2, source="news", status="final")]
    assert next(iter(choose(rows, SOURCES).values())).entry.value == 2
    rows = [result(1, source="stats"), result(2, source="stats2"), result(3, source="plan")]
    assert next(iter(choose(rows, SOURCES).values())).entry.value == 2


# --- assessing ------------------------------------------------------------------------------
@pytest.mark.parametrize(("op", "value", "got", "status"), [
    (">=", 1.0, 1.0, Status.MET), (">", 1.0, 1.0, Status.MISSED), (">", 1.0, 1.01, Status.MET),
    ("<=", 0, 0, Status.MET), ("<", 5, 5, Status.MISSED), ("~", 11, 10.45, Status.MET),
    ("~", 11, 10.44, Status.MISSED),
])
def test_full_year_ops(op: str, value: float, got: float, status: Status) -> None:
    assert assess(target(op, value), FLOW, [result(got)]).status is status


def test_flow_is_pro_rated_for_part_years() -> None:
    """853 mn after 8 months against 1.0 bn: bar 0.6667, on track, ratio 1.2795."""
    a = assess(target(">=", 1.0), FLOW, [result(0.853, "8M")])
    assert a.status is Status.ON_TRACK
    assert a.ratio == pytest.approx(1.2795)
    assert assess(target(">=", 1.0), FLOW, [result(0.6, "8M")]).status is Status.BEHIND


def test_level_is_not_pro_rated() -> None:
    a = assess(target(">=", 97.3, indicator="forest_cover"), LEVEL,
               [result(96, "8M", indicator="forest_cover")])
    assert a.status is Status.BEHIND


def test_better_lower_ratio_and_range() -> None:
    t = target("range", None, min=3, max=3.5, indicator="poor_households")
    assert assess(t, LOWER, [result(3.4, indicator="poor_households")]).status is Status.MET
    assert assess(t, LOWER, [result(3.6, indicator="poor_households")]).status is Status.MISSED
    a = assess(target("<=", 100, indicator="poor_households"), LOWER,
               [result(80, indicator="poor_households")])
    assert a.ratio == pytest.approx(1.25)


def test_full_year_result_wins_over_part_year() -> None:
    picked = pick_result(target(), [result(0.5, "8M"), result(1.1, "FY"), result(0.9, "11M")])
    assert picked is not None and picked.period == "FY"


def test_milestone_uses_its_own_period_or_the_latest_before() -> None:
    t = target(">=", 80, period="9M")
    assert pick_result(t, [result(50, "6M"), result(85, "9M"), result(99, "FY")]).value == 85  # type: ignore[union-attr]
    assert pick_result(t, [result(50, "6M"), result(99, "FY")]).value == 50  # type: ignore[union-attr]


def test_qualitative_uses_met_flag_or_is_unassessable() -> None:
    t = target("qualitative", None, text="Giữ vững")
    assert assess(t, FLOW, [result(None, met=True)]).status is Status.MET
    assert assess(t, FLOW, [result(None, "H1", met=False)]).status is Status.BEHIND
    assert assess(t, FLOW, [result(5.0)]).status is Status.UNASSESSABLE
    assert assess(t, FLOW, []).status is Status.NO_DATA


# --- comparing --------------------------------------------------------------------------------
@pytest.mark.parametrize(("a", "b", "ind", "change", "delta"), [
    (target(">=", 1.0), target(">=", 3.0), FLOW, Change.RAISED, 2.0),
    (target(">=", 3.0), target(">=", 1.0), FLOW, Change.LOWERED, -2.0),
    (target("~", 11), target(">", 11), FLOW, Change.RAISED, 0.0),
    (target(">", 11), target(">=", 11), FLOW, Change.LOWERED, 0.0),
    (target(">=", 2.7), target(">=", 2.7), FLOW, Change.UNCHANGED, 0.0),
    (target("<=", 100), target("<=", 50), LOWER, Change.RAISED, -50.0),
    (target(">=", 5), target("<=", 5), FLOW, Change.CHANGED, 0.0),
    (target("qualitative", None, text="A"), target("qualitative", None, text="B"), FLOW,
     Change.CHANGED, None),
    (None, target(), FLOW, Change.NEW, None),
    (target(), None, FLOW, Change.DROPPED, None),
])
def test_movement(a: Target | None, b: Target | None, ind: Indicator, change: Change,
                  delta: float | None) -> None:
    m = movement(a, b, ind)
    assert (m.change, m.delta) == (change, delta)


def test_delta_pct_is_rounded_half_up_to_two_decimals() -> None:
    """54,000 -> 55,600 is +2.96 %, not 2.962962962963."""
    assert movement(target(">", 54000), target(">=", 55600), FLOW).delta_pct == 2.96


def test_quote_search_plain_and_indexed_agree() -> None:
    """Quotes are found (or not) the same way before and after a source builds its word index."""
    from qnplan.dataset.quotes import SourceText

    words = [f"từ{i}" for i in range(500)]
    source = SourceText("  ".join(words[:250]) + "\n\n" + " ".join(words[250:]))
    present = [" ".join(words[i:i + 5]) for i in range(0, 480, 3)]
    across_break = f"{words[248]} {words[249]}\n{words[250]} {words[251]}"
    absent = [f"{words[10]} {words[12]} {words[13]}", f"{words[3]} nope {words[5]}"]
    for _ in range(2):  # the second round runs past PLAIN_SEARCHES, on the index
        assert all(source.contains(q) for q in present)
        assert source.contains(across_break)
        assert not any(source.contains(q) for q in absent)
    assert source.words is not None
