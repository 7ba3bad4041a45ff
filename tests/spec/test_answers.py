"""Answers that read right (issue 19): every label, arrow and ratio says what the documents
say. Small data folders built here in, what a user sees out."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import DataDir, qnplan

PLAN_2024 = """\
  plan-b:
    type: plan
    title: "Nghị quyết kế hoạch 2024"
    issuer: "HĐND tỉnh"
    date: 2023-12-08
"""


def add_source(data: DataDir, text: str) -> None:
    path = data.root / "sources.yaml"
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def add_targets(data: DataDir, year: int, text: str) -> None:
    path = data.root / "targets" / f"{year}.yaml"
    if not path.exists():
        path.write_text(f"year: {year}\ntargets:\n", "utf-8")
    path.write_text(path.read_text("utf-8") + text, "utf-8")


def compare_rows(data: DataDir, *years: str) -> dict[str, dict[str, Any]]:
    run = qnplan("compare", *years, "-f", "json", data=data)
    assert run.exit_code == 0, run.stderr
    return {r["indicator"]: r for r in json.loads(run.stdout)["rows"]}


# --- 1. "dropped" is decided by the later year's own plan (plan_for) ----------------------

GRDP_BY_PLAN_B = """\
  - indicator: grdp_growth
    op: ">"
    value: 10
    source: plan-b
    quote: "GRDP tăng trên 10%"
"""


@pytest.mark.parametrize(("source", "change"), [
    (PLAN_2024 + "    plan_for: 2024\n", "dropped"),
    (PLAN_2024, "not_restated"),  # a plan-type document, but not recorded as 2024's plan
    (PLAN_2024.replace("type: plan", "type: directive") + "    plan_for: 2024\n",
     "not_restated"),  # 2024's plan, but not the kind of document that set the 2023 target
    (PLAN_2024 + "    plan_for: 2025\n", "not_restated"),  # another year's plan
])
def test_dropped_only_when_the_later_years_own_plan_leaves_it_out(
        data: DataDir, source: str, change: str) -> None:
    """A 2023 plan target absent in 2024 is 'dropped' only when a plan-type source with
    `plan_for: 2024` lists 2024 targets for the same scope without it; otherwise its absence
    says nothing and it is 'not_restated'."""
    add_source(data, source)
    add_targets(data, 2024, GRDP_BY_PLAN_B)
    assert compare_rows(data, "2023", "2024")["forest_cover"]["change"] == change


def test_a_plan_for_another_scope_drops_nothing_here(data: DataDir) -> None:
    """2024's plan lists targets for Móng Cái only: the province's forest target is not
    restated, not dropped."""
    add_source(data, PLAN_2024 + "    plan_for: 2024\n")
    add_targets(data, 2024, GRDP_BY_PLAN_B + "    scope: mong-cai\n")
    assert compare_rows(data, "2023", "2024")["forest_cover"]["change"] == "not_restated"


def test_dropped_is_explained_by_the_later_years_plan(data: DataDir) -> None:
    """The methods note says what makes a target dropped: the later year's own plan."""
    run = qnplan("export", "2023", "2024", "-o", "-", data=data)
    assert run.exit_code == 0, run.stderr
    assert ("“Dropped by the plan”: a document recorded as the later year's own plan "
            "(`plan_for` in sources.yaml), of the same kind as the one that set the earlier "
            "target, lists targets for the same place without this one.") in run.stdout


# --- 4. qualitative targets disagree by meaning, and counts match the lists ---------------

QUALITATIVE = """\
  - indicator: competitiveness_indices
    op: qualitative
    text: "{text}"
    source: {source}
    quote: "{text}"
"""


@pytest.mark.parametrize(("first", "second", "disagree"), [
    ("Giữ vững vị trí nhóm đứng đầu cả nước về các Chỉ số PCI, PAPI",
     "giữ vững  vị trí nhóm đứng đầu cả nước về Chỉ số PCI; PAPI", False),
    ("Phấn đấu hoàn thành chương trình giai đoạn 2021-2025",
     "Hoàn thành chương trình giai đoạn 2021 - 2025.", False),
    ("Ho\u0250n th\u00e0nh", "Hoa\u0300n tha\u0300nh", True),  # another letter, not a form
    ("Giữ vững vị trí nhóm đứng đầu", "Giữ vững vị trí nhóm đứng thứ hai", True),
])
def test_qualitative_targets_disagree_by_meaning_not_wording(
        data: DataDir, first: str, second: str, disagree: bool) -> None:
    """Case, spacing, punctuation, Unicode composition, the aspiration 'phấn đấu' and the
    plural marker 'các' never make two documents disagree; different words do."""
    add_targets(data, 2023, QUALITATIVE.format(text=first, source="plan-a")
                + QUALITATIVE.format(text=second, source="party-a"))
    run = qnplan("conflicts", "2023", "-f", "json", data=data)
    kinds = [r["indicator"] for r in json.loads(run.stdout)["rows"]]
    assert kinds.count("competitiveness_indices") == (1 if disagree else 0)


def test_qualitative_target_reworded_next_year_is_unchanged(data: DataDir) -> None:
    """The same aim in other punctuation and case from one year to the next is 'unchanged'."""
    add_targets(data, 2023, QUALITATIVE.format(text="Giữ vững nhóm đầu về PCI, PAPI",
                                               source="plan-a"))
    add_targets(data, 2024, QUALITATIVE.format(text="giữ vững nhóm đầu về PCI - PAPI.",
                                               source="party-a"))
    assert compare_rows(data, "2023", "2024")["competitiveness_indices"]["change"] == "unchanged"


GRDP_THIRD_OPINION = """\
  - indicator: grdp_growth
    op: ">"
    value: 12
    source: party-a
    quote: "GRDP tăng trên 12%"
"""


def test_export_counts_the_disagreements_it_lists(data: DataDir) -> None:
    """One figure on which two other sources disagree is one disagreement in the summary and
    one item in the list."""
    add_targets(data, 2023, GRDP_THIRD_OPINION)
    run = qnplan("export", "2023", "2024", "-o", "-", data=data)
    assert "\nSources disagree on 1 figure.\n" in run.stdout
    listed = run.stdout.split("## Where sources disagree\n\n")[1].split("\n\n")[0]
    assert [re.sub(r" \[\d+\]", "", line) for line in listed.splitlines()] == [
        "- (c1) 2023, **GRDP growth** (target): used > 10; also > 11; > 12."]


def test_html_report_counts_the_disagreements_it_lists(data: DataDir) -> None:
    """The HTML summary's count of disagreements is the number of items in its list."""
    add_targets(data, 2023, GRDP_THIRD_OPINION)
    run = qnplan("report", "2023", "2024", "-o", "-", data=data)
    assert "Sources disagree on 1 figure." in run.stdout
    listed = run.stdout.split('<section id="disagreements">')[1].split("</section>")[0]
    assert listed.count("<li ") == 1


# --- 6. a stricter comparator is not a higher figure -------------------------------------

def test_a_stricter_comparator_reads_tightened_not_raised(data: DataDir) -> None:
    """'≥ 10' then '> 10': the change code stays 'raised' (DESIGN §4) with an added
    comparator_only flag, and the table reads '▲ tightened' with a note, never '▲ raised'
    beside a change of 0."""
    t23 = data.root / "targets" / "2023.yaml"
    t23.write_text(t23.read_text("utf-8").replace(
        'op: ">"\n    value: 10\n    source: plan-a', 'op: ">="\n    value: 10\n    source: plan-a'),
        "utf-8")
    row = compare_rows(data, "2023", "2024")["grdp_growth"]
    assert (row["change"], row["comparator_only"], row["delta"]) == ("raised", True, 0.0)
    assert compare_rows(data, "2023", "2024")["fdi"]["comparator_only"] is False
    out = qnplan("compare", "2023", "2024", data=data, width=None).stdout
    grdp = next(line for line in out.splitlines() if line.startswith("GRDP growth"))
    assert "▲ tightened" in grdp
    assert "raised" not in grdp
    assert ("“tightened”: the same figure with a stricter comparator (“> 10” after “≥ 10”), "
            "counted with the raised; “loosened”: the reverse, counted with the lowered."
            ) in out.splitlines()


# --- 2. a result stated as a bound gives bounds -------------------------------------------

def test_a_lower_bound_result_gives_lower_bound_ratios(data: DataDir) -> None:
    """'trên 853 triệu USD' after 8 months of '≥ 1 tỷ USD': more than 128% of the pace and
    more than 85.3% of the year, in every format (JSON: ratio_bound)."""
    run = qnplan("status", "2023", "-f", "json", data=data)
    fdi = next(r for r in json.loads(run.stdout)["rows"] if r["indicator"] == "fdi")
    assert (fdi["ratio"], fdi["full_year_ratio"], fdi["ratio_bound"]) == (1.2795, 0.853, "lower")
    table = qnplan("status", "2023", data=data, width=None).stdout
    assert re.search(r"✔ on track +> 128% +> 85\.3%", table)
    vi = qnplan("--lang", "vi", "status", "2023", "-f", "markdown", data=data).stdout
    assert re.search(r"\| +> 128% \| +> 85,3% \|", vi)


@pytest.mark.parametrize(("bound", "ratio", "shown"), [
    ("lower", "upper", "< 83.3%"),  # more than 120 households left: less than 83.3% of the aim
    ("upper", "lower", "> 83.3%"),  # nearly 120: the share is at least what it seems
    ("approx", "approx", "≈ 83.3%"),
])
def test_better_lower_turns_the_bound_round(data: DataDir, bound: str, ratio: str,
                                            shown: str) -> None:
    """For a target where lower is better the ratio is target ÷ result, so a result that is a
    lower bound makes the ratio an upper one."""
    add_targets(data, 2023, """\
  - indicator: poor_households
    op: "<="
    value: 100
    source: plan-a
    quote: "còn không quá 100 hộ nghèo"
""")
    actuals = data.root / "actuals" / "2023.yaml"
    actuals.write_text(actuals.read_text("utf-8") + f"""\
  - indicator: poor_households
    value: 120
    bound: {bound}
    period: FY
    status: reported
    source: news
    quote: "còn 120 hộ nghèo"
""", "utf-8")
    run = qnplan("status", "2023", "-f", "json", data=data)
    row = next(r for r in json.loads(run.stdout)["rows"] if r["indicator"] == "poor_households")
    assert row["ratio_bound"] == ratio
    line = next(x for x in qnplan("status", "2023", data=data, width=None).stdout.splitlines()
                if x.startswith("Poor households"))
    assert re.search(f"✘ missed +{shown}", line)


TREND_DATA_ACTUALS = """\
year: {year}
actuals:
  - indicator: fdi
    value: {value}
    bound: {bound}
    period: FY
    status: reported
    source: news
    quote: "FDI đạt {value} tỷ USD"
"""


def test_progress_r_from_a_bounded_result_is_a_bound(data: DataDir) -> None:
    """FDI ≥ 1 then ≥ 3 with results 'more than 1.2' and 2.4: R = 3.6 / 4 is at least 0.9
    ('R > 0.9'; JSON r_bound 'lower')."""
    for year, value, bound in ((2023, 1.2, "lower"), (2024, 2.4, "null")):
        data.write(f"actuals/{year}.yaml", TREND_DATA_ACTUALS.format(
            year=year, value=value, bound=bound))
    doc = json.loads(qnplan("trend", "fdi", "-f", "json", data=data).stdout)
    assert (doc["indicators"][0]["progress"]["r"],
            doc["indicators"][0]["progress"]["r_bound"]) == (0.9, "lower")
    assert "2023–2024: → needs acceleration (R > 0.9)" in qnplan(
        "trend", "fdi", data=data, width=None).stdout


# --- 7. zero targets in words; text from documents stays text ----------------------------

@pytest.mark.parametrize(("lang", "word"), [("en", "none"), ("vi", "không còn")])
def test_a_target_of_none_left_reads_none(data: DataDir, lang: str, word: str) -> None:
    """'không còn hộ nghèo' (≤ 0 households) reads 'none', never '≤ 0'."""
    out = qnplan("--lang", lang, "compare", "2023", "2024", "-f", "markdown", data=data).stdout
    row = next(x for x in out.splitlines() if x.startswith(("| Poor", "| Hộ nghèo")))
    assert f"| {word} |" in row
    assert "≤ 0" not in out


# --- 3. a revision is a later document revising the same year's target ------------------

def grdp_2023(data: DataDir) -> tuple[dict[str, Any], str]:
    """trend grdp_growth's 2023 target in JSON, and the table's 2023 line and notes."""
    doc = json.loads(qnplan("trend", "grdp_growth", "-f", "json", data=data).stdout)
    year = next(y for y in doc["indicators"][0]["years"] if y["year"] == 2023)
    return year["target"], qnplan("trend", "grdp_growth", data=data, width=None).stdout


def add_grdp_2023(data: DataDir, source: str, op: str, value: float) -> None:
    add_targets(data, 2023, f"""\
  - indicator: grdp_growth
    op: "{op}"
    value: {value}
    source: {source}
    quote: "GRDP tăng {value}%"
""")


def test_two_bodies_before_the_year_disagree_rather_than_revise(data: DataDir) -> None:
    """The Party's directive (28/11) says > 9 and the People's Council's plan (9/12) > 10, both
    before 2023: the plan's figure is used and nothing reads as a revision '9 → > 10'."""
    add_grdp_2023(data, "party-a", ">", 9)
    target, table = grdp_2023(data)
    assert (target["value"], target["revised_from"]) == (10.0, [])
    line = next(x for x in table.splitlines() if "2023" in x)
    assert "→" not in line


def test_the_same_body_restating_later_revises(data: DataDir) -> None:
    """A second plan of the People's Council (20/12) sets > 10.5 after its own > 10 (9/12):
    a revision, '10 → > 10.5', in the table and in JSON."""
    add_source(data, """\
  plan-a2:
    type: plan
    title: "Nghị quyết điều chỉnh"
    issuer: "HĐND tỉnh"
    date: 2022-12-20
""")
    add_grdp_2023(data, "plan-a2", ">", 10.5)
    target, table = grdp_2023(data)
    assert (target["source"], target["revised_from"]) == (
        "plan-a2", [{"value": 10.0, "source": "plan-a"}])
    assert "10 → > 10.5" in table


def test_an_in_year_decision_revises_what_came_before(data: DataDir) -> None:
    """A plan issued in March 2023 revises both the December plan and the November directive;
    figures from different documents before it are shown apart ('/'), then the arrow."""
    add_source(data, """\
  plan-mid:
    type: plan
    title: "Nghị quyết giữa năm"
    issuer: "HĐND tỉnh"
    date: 2023-03-01
""")
    add_grdp_2023(data, "party-a", ">", 9)
    add_grdp_2023(data, "plan-mid", ">=", 12)
    target, table = grdp_2023(data)
    assert [r["source"] for r in target["revised_from"]] == ["party-a", "plan-a"]
    assert "9 / 10 → ≥ 12" in table.replace("> 9", "9").replace("> 10", "10")


def test_an_undated_source_is_said_to_be_unordered(data: DataDir) -> None:
    """The undated article's > 11 beside the plan's > 10: no revision is claimed and none is
    missed; a note says the order cannot be told (JSON: 'undated')."""
    target, table = grdp_2023(data)
    assert target["revised_from"] == []
    assert target["undated"] == [{"op": ">", "value": 11.0, "source": "news"}]
    assert "> 10 (?1)" in table
    assert ("(?1) GRDP growth, 2023 target: > 10 (plan-a) is used; > 11 (news) is also stated, "
            "and with a document undated no one can tell whether it came before or after (a "
            "revision, or not). --source chooses another source's figure.") in table.splitlines()


def test_a_later_lower_ranked_figure_is_said_not_hidden(data: DataDir) -> None:
    """A dated June article says > 12 after the plan's > 10: the plan's figure is used (DESIGN
    §4), and the table says a later document states another (JSON: 'later')."""
    sources = data.root / "sources.yaml"
    sources.write_text(sources.read_text("utf-8").replace(
        "    issuer: \"Báo\"\n    date: null", "    issuer: \"Báo\"\n    date: 2023-06-01"),
        "utf-8")
    target, table = grdp_2023(data)
    assert (target["later"], target["undated"]) == (
        [{"op": ">", "value": 11.0, "source": "news"}], [])
    assert ("(?1) GRDP growth, 2023 target: > 10 (plan-a) is used, its source ranking first; "
            "> 11 (news) was issued later in the year, as if revising it. --source chooses "
            "another source's figure.") in table.splitlines()


# --- 5. years given the other way round ---------------------------------------------------

def test_compare_years_given_later_first_are_compared_in_time_order(data: DataDir) -> None:
    """`compare 2024 2023` answers as `compare 2023 2024` and says so, never '1 lowered'
    silently; JSON keeps `years` in time order and adds `years_swapped`."""
    table = qnplan("compare", "2024", "2023", data=data, width=None).stdout
    assert table.splitlines()[0] == "Targets 2023 → 2024 (quang-ninh)"
    assert ("The later year was given first: compared in time order, 2023 → 2024, so that "
            "“raised” and “new” read from the earlier plan to the later one.") in table
    assert "Targets 2023 → 2024: 1 raised, 0 lowered" in table
    doc = json.loads(qnplan("compare", "2024", "2023", "-f", "json", data=data).stdout)
    assert (doc["years"], doc["years_swapped"]) == ([2023, 2024], True)
    assert {r["indicator"]: r["change"] for r in doc["rows"]}["fdi"] == "raised"
    doc = json.loads(qnplan("compare", "2023", "2024", "-f", "json", data=data).stdout)
    assert doc["years_swapped"] is False


@pytest.mark.parametrize("command", ["export", "report"])
def test_reports_with_years_given_later_first_say_so(data: DataDir, command: str) -> None:
    """Both reports compare in time order and say the years were given the other way."""
    run = qnplan(command, "2024", "2023", "-o", "-", data=data)
    assert run.exit_code == 0, run.stderr
    assert "2023 compared with 2024" in run.stdout
    assert "The later year was given first: compared in time order, 2023 → 2024" in run.stdout


def test_quotes_carrying_markdown_show_as_written(data: DataDir) -> None:
    """A quote copied with the page's Markdown ('**03**', '_x_', '~~y~~', '&amp;') is text in
    the export's notes, escaped so that it renders as written."""
    t23 = data.root / "targets" / "2023.yaml"
    t23.write_text(t23.read_text("utf-8").replace(
        'quote: "GRDP đạt trên 10%"', 'quote: "GRDP **03** _x_ ~~y~~ &amp; đạt trên 10%"'),
        "utf-8")
    text = qnplan("export", "2023", "2024", "-o", "-", data=data).stdout
    assert "“GRDP \\*\\*03\\*\\* \\_x\\_ \\~\\~y\\~\\~ &amp;amp; đạt trên 10%”" in text


def test_control_characters_from_a_document_are_shown_not_obeyed(data: DataDir) -> None:
    """A form feed and an escape copied from a PDF read as \\x0c and \\x1b in the HTML report
    and in an SVG chart (XML cannot hold them at all)."""
    sources = data.root / "sources.yaml"
    sources.write_text(sources.read_text("utf-8").replace(
        'title: "Nghị quyết A"', 'title: "Nghị quyết\\fA\\x1b[31m"'), "utf-8")
    html = qnplan("report", "2023", "2024", "-o", "-", data=data).stdout
    assert "Nghị quyết\\x0cA\\x1b[31m" in html
    assert "\x0c" not in html and "\x1b" not in html
    ind = data.root / "indicators.yaml"
    ind.write_text(ind.read_text("utf-8").replace('"FDI attracted"', '"FDI\\x07 attracted"'),
                   "utf-8")
    svg = qnplan("trend", "fdi", "-f", "svg", data=data).stdout
    assert "FDI\\x07 attracted" in svg and "\x07" not in svg


def test_markdown_trend_chart_keeps_the_targets_place(data: DataDir) -> None:
    """The block bar of a year with no result is blanks then the target mark: in Markdown it is
    code with no-break spaces, so the mark stays where the target is instead of at zero."""
    out = qnplan("trend", "fdi", "-f", "markdown", data=data).stdout
    row = next(x for x in out.splitlines() if "| 2024 |" in x)
    bar = row.rstrip(" |").rsplit("|", 1)[1].strip()
    assert bar == "`" + "\u00a0" * 9 + "│`"


# --- 7. honest chart axes, readable on a phone -----------------------------------------------

def svg_numbers(svg: str, attribute: str) -> list[float]:
    return [float(v) for v in re.findall(rf'{attribute}="([0-9.]+)"', svg)]


def test_percentage_level_axis_stays_within_0_and_100(data: DataDir) -> None:
    """Health insurance at 95–99.9 %: the axis ticks never pass 100 (no share above the
    whole)."""
    data.write("indicators.yaml", (data.root / "indicators.yaml").read_text("utf-8") + (
        '  health_insurance_coverage: {name: {en: "Health insurance", vi: "BHYT"}, '
        'category: society, unit: "%", kind: level, better: higher}\n'))
    for year, target, result in ((2023, 95.5, 99.9), (2024, 96, 99.5)):
        add_targets(data, year, f"""\
  - indicator: health_insurance_coverage
    op: ">="
    value: {target}
    source: plan-a
    quote: "BHYT {target}%"
""")
        path = data.root / "actuals" / f"{year}.yaml"
        if not path.exists():
            path.write_text(f"year: {year}\nactuals:\n", "utf-8")
        path.write_text(path.read_text("utf-8") + f"""\
  - indicator: health_insurance_coverage
    value: {result}
    period: FY
    status: reported
    source: news
    quote: "BHYT {result}%"
""", "utf-8")
    svg = qnplan("trend", "health_insurance_coverage", "-f", "svg", data=data).stdout
    ticks = [float(t) for t in re.findall(r'<text x="\d+" y="[0-9.]+">([0-9.]+)</text>',
                                          svg.split('text-anchor="end">')[1].split("</g>")[0])]
    assert ticks and max(ticks) <= 100 and min(ticks) >= 0


def test_flow_axis_starts_at_zero(data: DataDir) -> None:
    """FDI targets 1 and 3 bn USD: the axis starts at 0, so bars and points compare honestly."""
    svg = qnplan("trend", "fdi", "-f", "svg", data=data).stdout
    ticks = re.findall(r'<text x="\d+" y="[0-9.]+">([0-9.,]+)</text>',
                       svg.split('text-anchor="end">')[1].split("</g>")[0])
    assert ticks[0] == "0"


@pytest.mark.parametrize("args", [["trend", "fdi", "grdp_growth", "-o", "{dir}"],
                                  ["trend", "fdi", "--to", "2023", "-o", "{dir}/one.svg"]])
def test_chart_text_stays_readable_scaled_to_a_phone(data: DataDir, tmp_path: Path,
                                                     args: list[str]) -> None:
    """Every SVG is drawn at most 420 px wide with text of at least 13 px, so scaled to a
    390 px phone's ~358 px column no text is smaller than 11 px."""
    out = tmp_path / "charts"
    out.mkdir()
    run = qnplan(*[a.format(dir=out) for a in args], "-f", "svg", data=data)
    assert run.exit_code == 0, run.stderr
    for path in out.glob("*.svg"):
        svg = path.read_text("utf-8")
        width = float(re.search(r'<svg [^>]*width="([0-9.]+)"', svg).group(1))  # type: ignore[union-attr]
        sizes = svg_numbers(svg, "font-size")
        assert width <= 420 and sizes
        assert min(sizes) * 358 / width >= 11


# --- 8. progress at a glance ----------------------------------------------------------------

def test_trend_summary_lists_every_indicator_once(data: DataDir) -> None:
    """`trend --summary`: one row per indicator with its latest judged year and its progress,
    in every listing format and both languages."""
    table = qnplan("trend", "--summary", data=data, width=None).stdout.splitlines()
    fdi = next(x for x in table if x.startswith("FDI attracted"))
    assert re.search(r"2023: > 0\.853 \(8M, ≈ est\.\) against ≥ 1 +✔ on track +> 128%", fdi)
    doc = json.loads(qnplan("trend", "--summary", "-f", "json", data=data).stdout)
    assert [i["indicator"] for i in doc["indicators"]] == ["fdi", "grdp_growth"]
    assert doc["indicators"][0]["latest"] == {"year": 2023, "status": "on_track",
                                              "ratio": 1.2795, "ratio_bound": "lower"}
    assert doc["indicators"][0]["progress"]["verdict"] == "insufficient_data"
    csv_text = qnplan("trend", "--summary", "-f", "csv", data=data).stdout
    assert csv_text.splitlines()[0].lstrip("\ufeff").startswith("category,indicator,name")
    vi = qnplan("--lang", "vi", "trend", "--summary", "-f", "markdown", data=data).stdout
    assert "| Thu hút vốn FDI (tỷ USD) " in vi and "Tiến độ qua các năm" in vi


def test_trend_summary_is_not_a_chart(data: DataDir) -> None:
    run = qnplan("trend", "--summary", "-f", "svg", data=data)
    assert (run.exit_code, run.stderr) == (
        2, "error: --summary is a listing: use --format table, markdown, csv or json\n")


@pytest.mark.parametrize("command", ["export", "report"])
def test_reports_open_with_progress_at_a_glance(data: DataDir, command: str) -> None:
    """Both reports show every trend indicator's verdict in a section right after the
    summary, before the compared targets."""
    text = qnplan(command, "2023", "2024", "-o", "-", data=data).stdout
    glance = text.index("Progress at a glance", text.index("Summary</h2>" if command == "report"
                                                           else "## Summary"))
    assert glance < text.index("Targets compared", glance)
    section = text[glance:text.index("Targets compared", glance)]
    assert "FDI attracted" in section and "GRDP growth" in section


# --- 9. --help in the language of --lang ----------------------------------------------------

@pytest.mark.parametrize(("args", "lines", "phrase"), [
    (["--lang", "vi", "compare", "--help"],
     ["Cách dùng: qnplan compare [TÙY_CHỌN] {A} {B}", "Đối số:", "Tùy chọn:"],
     "Định dạng đầu ra.  [mặc định: table]"),
    (["--lang", "vi", "--help"], ["Cách dùng: qnplan [TÙY_CHỌN] LỆNH [ĐỐI_SỐ]...", "Tùy chọn:"],
     "Ngôn ngữ của tên và số: en hoặc vi."),
    (["compare", "--help"], ["Usage: qnplan compare [OPTIONS] {A} {B}", "Arguments:", "Options:"],
     "Output format."),
])
def test_help_follows_lang(args: list[str], lines: list[str], phrase: str) -> None:
    """`--lang vi` gives the usage line, the section headings and every help text from the
    catalogue in Vietnamese, for the program and for each command; English stays Click's."""
    run = qnplan(*args, width=80)
    assert run.exit_code == 0, run.stderr
    assert [line for line in run.stdout.splitlines() if line in lines] == lines
    assert phrase in run.stdout


def _command_lines() -> list[list[str]]:
    """Every command's words on the command line: none for the program itself, a name, a
    group's name and its subcommand's."""
    from qnplan.cli.app import all_commands

    lines: list[list[str]] = [[]]
    for name, command in all_commands().items():
        lines += [[name], *([name, sub] for sub in getattr(command, "commands", {}))]
    return lines


@pytest.mark.parametrize("words", _command_lines(), ids=lambda words: " ".join(words) or "qnplan")
def test_every_help_is_vietnamese_under_lang_vi(words: list[str]) -> None:
    """Under --lang vi, no English word of --help is left: not the usage line's, the
    headings', the -h option's, an option's notes ("required", its default) or any help text;
    each says them in Vietnamese."""
    from qnplan.i18n.messages import MESSAGES

    run = qnplan("--lang", "vi", *words, "--help", width=80)
    assert run.exit_code == 0, run.stderr
    shown = " ".join(run.stdout.split())
    english = [" ".join(text.split()) for key, text in MESSAGES.items()
               if key.startswith("help.") or key in ("usage.usage", "usage.options",
                                                     "usage.command", "usage.required")]
    english.append(MESSAGES["usage.default"].partition("{")[0])  # "default: "
    assert [text for text in english if text in shown] == []
    assert shown.startswith(f"Cách dùng: {' '.join(['qnplan', *words])} [TÙY_CHỌN]")
    assert "-h, --help Hiện hướng dẫn này rồi thoát." in shown
