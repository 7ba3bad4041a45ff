"""Answers an analyst can publish (issue 9): every fact shown, ratios that mean what the
documents mean, usage errors that are usage errors, data-shaped CSV, a citable report, and
Vietnamese throughout. Small fixture folders in, what the user sees out."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import string
from pathlib import Path
from typing import Any

import pytest

from qnplan.i18n import plural_template, template
from qnplan.i18n.messages import MESSAGES, PLURALS
from tests.conftest import DataDir, qnplan

EXTRA_INDICATORS = """\
  health_insurance_coverage: {name: {en: "Health insurance coverage", vi: "Tỷ lệ bao phủ BHYT"}, category: society, unit: "%", kind: level, better: higher}
  trained_labour_rate: {name: {en: "Trained labour", vi: "Lao động qua đào tạo"}, category: society, unit: "%", kind: level, better: higher}
  domestic_investment: {name: {en: "Domestic investment", vi: "Vốn đầu tư trong nước"}, category: economy, unit: bn_vnd, kind: flow, better: higher}
  domestic_revenue: {name: {en: "Domestic revenue", vi: "Thu nội địa"}, category: economy, unit: bn_vnd, kind: flow, better: higher}
"""


@pytest.fixture
def more(data: DataDir) -> DataDir:
    """The shared fixture plus: a strict target met exactly (> 95.5 vs 95.5), a '>= 87' that
    becomes 'range 87-88', a qualitative target of a unit-bearing indicator, a result with
    no target, a year with results only, and a 2024 plan that leaves a target out."""
    ind = data.root / "indicators.yaml"
    ind.write_text(ind.read_text("utf-8") + EXTRA_INDICATORS, "utf-8")
    t23 = data.root / "targets" / "2023.yaml"
    t23.write_text(t23.read_text("utf-8") + """\
  - indicator: health_insurance_coverage
    op: ">"
    value: 95.5
    source: party-a
    quote: "bảo hiểm y tế trên 95,5%"
  - indicator: trained_labour_rate
    op: ">="
    value: 87
    source: party-a
    quote: "lao động qua đào tạo đạt 87%"
  - indicator: domestic_revenue
    op: qualitative
    text: "thu nội địa đạt cao nhất"
    source: party-a
    quote: "thu nội địa đạt cao nhất"
""", "utf-8")
    t24 = data.root / "targets" / "2024.yaml"
    t24.write_text(t24.read_text("utf-8") + """\
  - indicator: trained_labour_rate
    op: range
    min: 87
    max: 88
    source: party-a
    quote: "lao động qua đào tạo đạt 87 - 88%"
""", "utf-8")
    a23 = data.root / "actuals" / "2023.yaml"
    a23.write_text(a23.read_text("utf-8") + """\
  - indicator: health_insurance_coverage
    value: 95.5
    period: FY
    status: final
    source: news
    quote: "bảo hiểm y tế đạt 95,5%"
  - indicator: domestic_investment
    value: 45300
    bound: lower
    period: 8M
    status: estimate
    source: news
    quote: "vốn đầu tư trong nước đạt trên 45.300 tỷ đồng"
""", "utf-8")
    data.write("actuals/2022.yaml", """\
        year: 2022
        actuals:
          - indicator: grdp_growth
            value: 10.28
            period: FY
            status: estimate
            source: plan-a
            quote: "GRDP ước đạt 10,28%"
        """)
    return data


def rows_of(run_stdout: str) -> dict[str, dict[str, Any]]:
    return {r["indicator"]: r for r in json.loads(run_stdout)["rows"]}


# --- 2. nothing silently dropped ---------------------------------------------------------

def test_narrow_terminal_wraps_and_names_what_it_hid(data: DataDir) -> None:
    """At 60 columns nothing is cut mid-word: cells wrap, and a line says which columns were
    hidden and how to see them."""
    run = qnplan("status", "2023", data=data, width=60)
    lines = run.stdout.splitlines()
    assert max(len(line) for line in lines) <= 60
    assert "✔ on track" in run.stdout and "✘ missed" in run.stdout
    hidden = " ".join(lines[lines.index(next(x for x in lines if x.startswith("Hidden"))):])
    assert hidden == ("Hidden to fit 60 columns: Pace, Of FY target, Target source, Result "
                      "source. Widen the terminal, or pipe the output (printed in full), or "
                      "use --format markdown or csv.")


def test_every_line_is_free_of_trailing_spaces(data: DataDir) -> None:
    for width in (None, 80, 120):
        out = qnplan("status", "2023", data=data, width=width).stdout
        assert [line for line in out.splitlines() if line != line.rstrip()] == []


# --- 3. ratios that mean what the documents mean ----------------------------------------

def test_status_shows_pace_and_share_of_the_full_year_target(data: DataDir) -> None:
    """"More than" 853 mn USD after 8 months of a 1 bn USD target: more than 128% of the
    pro-rated pace, more than 85.3% of the full-year target, both labelled."""
    run = qnplan("status", "2023", data=data, width=None)
    header, fdi = run.stdout.splitlines()[1], run.stdout.splitlines()[4]
    assert "Pace" in header and "Of FY target" in header
    assert re.search(r"✔ on track +> 128% +> 85\.3%", fdi)
    assert "Pace: a part-year result against the target pro-rated" in run.stdout


def test_percent_target_shows_its_gap_in_points(data: DataDir) -> None:
    """Forest cover 54% against >= 55%: -1 point, not 98.2%."""
    out = qnplan("status", "2023", data=data, width=None).stdout
    forest = next(line for line in out.splitlines() if line.startswith("Forest cover"))
    assert "-1 pt " in forest + " " and "98.2%" not in forest
    doc = rows_of(qnplan("status", "2023", "-f", "json", data=data).stdout)
    assert (doc["forest_cover"]["ratio"], doc["forest_cover"]["gap"]) == (0.9818, -1.0)


def test_result_exactly_at_a_strict_target_is_missed_by_zero(more: DataDir) -> None:
    """95.5 against > 95.5 is missed by 0, never '100%'."""
    out = qnplan("status", "2023", data=more, width=None).stdout
    line = next(x for x in out.splitlines() if x.startswith("Health insurance"))
    assert "✘ missed" in line and "missed by 0" in line and "100%" not in line
    row = rows_of(qnplan("status", "2023", "-f", "json", data=more).stdout)[
        "health_insurance_coverage"]
    assert (row["status"], row["ratio"], row["gap"]) == ("missed", 1.0, 0.0)


@pytest.mark.parametrize(("fmt", "mark"), [
    ("table", "> 0.853 (8M, ≈ est.)"), ("markdown", "> 0.853 (8M, ≈ est.)"),
    ("csv", ",lower,8M,estimate,"), ("json", '"estimate": true')])
def test_estimates_are_marked_in_every_format(data: DataDir, fmt: str, mark: str) -> None:
    run = qnplan("status", "2023", "--format", fmt, data=data, width=None)
    assert mark in run.stdout


def test_estimates_are_marked_in_vietnamese_too(data: DataDir) -> None:
    assert "> 0,853 (8 tháng, ≈ ước)" in qnplan("--lang", "vi", "status", "2023", data=data,
                                            width=None).stdout


# --- 4. every fact visible -------------------------------------------------------------

def test_results_without_a_target_are_counted_by_status(more: DataDir) -> None:
    """status says how many results it cannot show against a target, and where they are."""
    out = qnplan("status", "2023", data=more, width=None).stdout
    assert out.splitlines()[-1] == ("Results for 2023 without a target of their own: 1; "
                                    "`qnplan results 2023 --scope quang-ninh` lists them.")
    doc = json.loads(qnplan("status", "2023", "-f", "json", data=more).stdout)
    assert [(r["indicator"], r["result"]["value"], r["has_target"])
            for r in doc["results_without_target"]] == [("domestic_investment", 45300, False)]


def test_results_command_lists_a_year_that_has_no_targets(more: DataDir) -> None:
    """`results 2022` works with results only: 2022 GRDP growth 10.28% appears."""
    run = qnplan("results", "2022", data=more, width=None)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.splitlines()[4].split() == [
        "GRDP", "growth", "%", "10.28", "(FY,", "≈", "est.)", "no", "plan-a"]
    assert run.stdout.splitlines()[-1] == (
        "2022: results listed: 1; without a target of their own: 1.")


def test_results_command_unknown_year_is_a_usage_error(more: DataDir) -> None:
    run = qnplan("results", "2030", data=more)
    assert run.exit_code == 2
    assert run.stderr.startswith("error: no results for 2030 in ")
    assert run.stderr.endswith("; years with results: 2022, 2023\n")


def test_status_shows_target_and_result_sources_apart(data: DataDir) -> None:
    out = qnplan("status", "2023", data=data, width=None).stdout
    assert out.splitlines()[1].endswith("Target source   Result source")
    assert out.splitlines()[4].endswith("plan-a          news")


def test_summary_explains_not_restated(data: DataDir) -> None:
    out = qnplan("compare", "2023", "2024", data=data, width=None).stdout
    assert ("“not restated”: no document in the data is 2024's own plan of the kind that set "
            "the 2023 target (`plan_for: 2024` in sources.yaml), so its absence says nothing "
            "about the plan.") in out.splitlines()


def test_at_least_to_a_range_is_changed_not_unchanged(more: DataDir) -> None:
    """'>= 87' -> 'range 87-88': the ops are not comparable (DESIGN §4)."""
    row = rows_of(qnplan("compare", "2023", "2024", "-f", "json", data=more).stdout)[
        "trained_labour_rate"]
    assert (row["change"], row["delta"]) == ("changed", 0.0)


# --- 5. usage errors are usage errors ---------------------------------------------------

@pytest.mark.parametrize(("option", "value", "message"), [
    ("--scope", "quang-nihn",
     "error: unknown scope 'quang-nihn'; use one of all, quang-ninh\n"),
    ("--category", "sport", "error: unknown category 'sport'; use one of economy, society, "
                            "environment, governance, party\n"),
    ("--source", "plan-b", "error: unknown source 'plan-b'; use one of news, party-a, plan-a "
                           "(see `qnplan sources`)\n"),
])
def test_a_typo_in_a_filter_exits_2_naming_the_known_values(
        data: DataDir, option: str, value: str, message: str) -> None:
    """A CI gate can never pass by typo: --fail-on with a misspelt scope is exit 2."""
    run = qnplan("status", "2023", option, value, "--fail-on", "missed", data=data)
    assert (run.exit_code, run.stdout, run.stderr) == (2, "", message)


# --- 8. CSV is data -----------------------------------------------------------------------

def test_csv_codes_are_never_formula_guarded(more: DataDir) -> None:
    """A negative gap and an op like '>=' stay as they are; only data text is guarded."""
    rows = list(csv.DictReader(io.StringIO(
        qnplan("status", "2023", "-f", "csv", data=more).stdout.lstrip("\ufeff"))))
    assert all(not r["op"].startswith("'") and not r["gap"].startswith("'") for r in rows)
    assert {r["status"] for r in rows} == {"on_track", "no_data", "missed"}


# --- 9. a report a journalist can publish -----------------------------------------------

def test_report_counts_are_true(more: DataDir, tmp_path: Path) -> None:
    out = qnplan("export", "2023", "2024", "-o", "-", data=more).stdout
    assert ("2023 has 6 targets and 2024 has 4; compared side by side they make 7 rows."
            in out)


def test_report_paragraphs_are_never_repeated(more: DataDir) -> None:
    out = qnplan("export", "2023", "2024", "-o", "-", data=more).stdout
    paragraphs = [p for p in out.split("\n\n") if p.strip()]
    assert len(paragraphs) == len(set(paragraphs))


def test_report_every_note_resolves_to_a_quote(more: DataDir) -> None:
    """Each [n] used in the report is defined once under its document, with the quote."""
    out = qnplan("export", "2023", "2024", "-o", "-", data=more).stdout
    body, sources = out.split("\n## Sources\n")
    used = set(re.findall(r"\[(\d+)\]", body))
    defined = re.findall(r"^- \[(\d+)\] “", sources, re.M)
    assert sorted(defined, key=int) == sorted(used, key=int)
    assert len(defined) == len(set(defined))


def test_report_file_gets_the_mode_open_would_give(data: DataDir, tmp_path: Path) -> None:
    """-o writes atomically, but not 0600: 0666 less the umask, as open() would."""
    old = os.umask(0o022)
    try:
        out = tmp_path / "r.md"
        assert qnplan("export", "2023", "2024", "-o", str(out), data=data).exit_code == 0
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == 0o644


# --- 7. Vietnamese everywhere -----------------------------------------------------------

def _english_fragments() -> set[str]:
    """Every run of literal text in the English catalogue long enough to be a phrase,
    except those the Vietnamese catalogue shares (symbols, codes)."""
    vi_text = " ".join([template(key, "vi") for key in MESSAGES]
                       + [plural_template(key, 1, "vi") for key in PLURALS])
    english = [*MESSAGES.values(), *(form for forms in PLURALS.values() for form in forms)]
    out = set()
    for message in english:
        for literal, *_ in string.Formatter().parse(message):
            for part in re.split(r"[“”()*`:;,.]", literal):
                part = part.strip()
                if len(part) >= 8 and " " in part and part not in vi_text:
                    out.add(part)
    return out


def test_vietnamese_export_has_no_english_sentence(tmp_path: Path) -> None:
    """`qnplan --lang vi export 2023 2024 -o r.md` on the bundled data."""
    out = tmp_path / "r.md"
    run = qnplan("--lang", "vi", "export", "2023", "2024", "-o", str(out))
    assert run.exit_code == 0 and run.stderr == f"đã ghi {out}\n"
    text = out.read_text("utf-8")
    assert [f for f in _english_fragments() if f in text] == []
    assert text.startswith("# Mục tiêu kế hoạch Quảng Ninh: so sánh năm 2023 với năm 2024\n")


def test_vietnamese_errors(data: DataDir) -> None:
    run = qnplan("--lang", "vi", "status", "2023", "--scope", "x", data=data)
    assert (run.exit_code, run.stderr) == (
        2, "lỗi: không có phạm vi 'x'; dùng một trong all, quang-ninh\n")


@pytest.mark.parametrize(("command", "title"), [("indicators", "Danh mục chỉ tiêu"),
                                              ("sources", "Tài liệu nguồn")])
def test_vietnamese_registry_tables(data: DataDir, command: str, title: str) -> None:
    """The registries list under a Vietnamese title and headers with --lang vi."""
    out = qnplan("--lang", "vi", command, data=data, width=None).stdout
    assert out.splitlines()[0] == title
    assert out.splitlines()[1].startswith("Mã ")


# --- 10. small things users see ----------------------------------------------------------

def test_short_help_flag(data: DataDir) -> None:
    assert qnplan("-h").stdout == qnplan("--help").stdout
    assert qnplan("status", "-h").stdout.startswith("Usage: ")


def test_sources_json_has_nulls_and_the_issuer(data: DataDir) -> None:
    doc = json.loads(qnplan("sources", "-f", "json", data=data).stdout)
    assert doc[1] == {"id": "party-a", "type": "directive", "number": None, "issuer": "Tỉnh ủy",
                      "date": "2022-11-28", "title": "Nghị quyết B", "url": None}


def test_qualitative_row_shows_no_unit(more: DataDir) -> None:
    """Domestic revenue is counted in bn VND, but its target is words: no unit beside it."""
    out = qnplan("status", "2023", data=more, width=None).stdout
    line = next(x for x in out.splitlines() if x.startswith("Domestic revenue"))
    assert "bn VND" not in line


def test_json_keeps_bound_and_rounds_delta_pct(data: DataDir) -> None:
    doc = rows_of(qnplan("compare", "2023", "2024", "-f", "json", data=data).stdout)
    assert doc["fdi"]["a_status"]["bound"] == "lower"
    assert doc["fdi"]["delta_pct"] == 200.0


def test_rounding_is_half_up_in_every_format(data: DataDir) -> None:
    """122.5 mn USD is 0.1225 bn USD: shown 0.123 (half-up, not banker's 0.122); CSV and
    JSON keep the figure itself."""
    a23 = data.root / "actuals" / "2023.yaml"
    a23.write_text(a23.read_text("utf-8").replace("value: 853", "value: 122.5"), "utf-8")
    assert "> 0.123 (8M" in qnplan("status", "2023", data=data, width=None).stdout
    assert "> 0.123 (8M" in qnplan("status", "2023", "-f", "markdown", data=data).stdout
    assert ",0.1225," in qnplan("status", "2023", "-f", "csv", data=data).stdout


def test_validation_messages_follow_the_language_cache_or_not(data: DataDir) -> None:
    """The same broken entry in English, then in Vietnamese (the parsed-data cache keeps one
    answer per language), codes and the file:line:column: severity frame unchanged."""
    path = data.root / "targets" / "2024.yaml"
    path.write_text(path.read_text("utf-8").replace("indicator: grdp_growth",
                                                        "indicator: grdp_growt"), "utf-8")
    en = qnplan("validate", data=data)
    vi = qnplan("--lang", "vi", "validate", data=data)
    assert (en.exit_code, vi.exit_code) == (1, 1)
    assert en.stdout.split(": error: ")[0] == vi.stdout.split(": error: ")[0]
    assert en.stdout.endswith("unknown indicator 'grdp_growt' (did you mean 'grdp_growth'?); add it to "
                              "indicators.yaml or fix the id [unknown-indicator]\n")
    assert vi.stdout.endswith("chỉ tiêu không xác định 'grdp_growt' (có phải 'grdp_growth'?); hãy thêm vào "
                              "indicators.yaml hoặc sửa mã [unknown-indicator]\n")
    assert vi.stderr.startswith("1 lỗi, 0 cảnh báo; ")


@pytest.mark.parametrize(("old", "new", "message"), [
    ('op: ">="', "op: >=", 'dấu ">" hoặc "|" không có ngoặc kép mở đầu một khối văn bản; hãy '
                           'đặt phép so sánh trong ngoặc kép: op: ">=" [yaml-syntax]'),
    ("    value: 3\n", "    value: 3\n    value: 4\n",
     "khóa trùng 'value': YAML sẽ lặng lẽ chỉ giữ giá trị cuối; hãy xóa hoặc đổi tên một khóa "
     "[duplicate-key]"),
    ("    source: party-a\n    quote: \"FDI", "    quote: \"FDI",
     "thiếu trường bắt buộc 'source' [missing-field]"),
])
def test_yaml_traps_are_explained_in_vietnamese(data: DataDir, old: str, new: str,
                                                message: str) -> None:
    path = data.root / "targets" / "2024.yaml"
    path.write_text(path.read_text("utf-8").replace(old, new, 1), "utf-8")
    run = qnplan("--lang", "vi", "validate", data=data)
    assert run.exit_code == 1
    assert run.stdout.endswith(f": error: {message}\n")


def test_a_year_with_results_only_points_to_them(more: DataDir) -> None:
    run = qnplan("status", "2022", data=more)
    assert run.exit_code == 2
    assert run.stderr.endswith("; years with targets: 2023, 2024; 2022 has results: "
                               "`qnplan results 2022` lists them\n")


def test_category_heading_is_never_cut_by_a_narrow_first_column(data: DataDir) -> None:
    """conflicts starts with the year column: the heading sits in the indicator's."""
    out = qnplan("--lang", "vi", "conflicts", data=data, width=None).stdout
    assert out.splitlines()[3] == "       Kinh tế"
