"""`qnplan report`: the self-contained HTML report, read back as a browser's parser reads it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import html5lib
import pytest

from tests.conftest import DataDir, qnplan


def parse(html: str) -> ET.Element:
    """Parse as HTML5 and fail on any parse error (a browser would silently repair it)."""
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    return parser.parse(html)


def text(el: ET.Element) -> str:
    return " ".join("".join(el.itertext()).replace("\xa0", " ").split())


def report(data: DataDir, *args: str, lang: str = "en") -> ET.Element:
    run = qnplan("--lang", lang, "report", "2023", "2024", "-o", "-", *args, data=data)
    assert run.exit_code == 0, run.stderr
    return parse(run.stdout)


def table(doc: ET.Element, caption_start: str) -> list[list[str]]:
    """The rows of the table whose caption starts with caption_start, as cell texts."""
    for t in doc.iter("table"):
        caption = t.find("caption")
        if caption is not None and text(caption).startswith(caption_start):
            return [[text(cell) for cell in tr] for tr in t.iter("tr")]
    raise AssertionError(f"no table captioned {caption_start!r}")


def section(doc: ET.Element, ident: str) -> ET.Element:
    found = doc.find(f".//section[@id='{ident}']")
    assert found is not None, ident
    return found


def test_writes_one_file_and_says_so(data: DataDir, tmp_path: Path) -> None:
    """-o FILE writes the report, names the file on stderr and prints nothing else."""
    out = tmp_path / "report.html"
    run = qnplan("report", "2023", "2024", "-o", str(out), data=data)
    assert (run.exit_code, run.stdout, run.stderr) == (0, "", f"wrote {out}\n")
    doc = parse(out.read_text(encoding="utf-8"))
    assert doc.get("lang") == "en"
    assert text(doc.find(".//h1")) == "Quảng Ninh plan targets: 2023 compared with 2024"


def test_comparison_rows_with_citations(data: DataDir) -> None:
    """Each target and result carries a numbered link to its quote; the status has a symbol."""
    rows = table(report(data), "Targets 2023 and 2024 side by side")
    assert rows == [
        ["Indicator", "Unit", "2023", "2024", "Change", "Δ", "2023 result", "Status",
         "Pace", "Of FY target"],
        ["Economy"],
        ["FDI attracted", "bn USD", "≥ 1 [1]", "≥ 3 [2]", "▲ raised", "+2",
         "> 0.853 (8M, ≈ est.) [3]", "✔ on track", "> 128%", "> 85.3%"],
        ["GRDP growth (d1)", "%", "> 10 [4]", "> 10 [5]", "= unchanged", "0", "—", "· no data",
         "", ""],
        ["Society"],
        ["Poor households", "households", "—", "none [6]", "+ new", "", "—", "", "", ""],
        ["Environment"],
        ["Forest cover", "%", "≥ 55 [7]", "—", "∅ not restated", "", "54 (FY) [8]", "✘ missed",
         "", "-1 pt"],
    ]


def test_every_citation_link_leads_to_its_quote_and_source(data: DataDir) -> None:
    """Every [n] points at an item with the figure, its verbatim quote and the document."""
    doc = report(data)
    items = {li.get("id"): li for li in section(doc, "citations").iter("li")}
    links = {a.get("href") for a in doc.iter("a") if a.get("class") == "cite"}
    assert links == {f"#{ident}" for ident in items}
    assert text(items["f1"]) == ("FDI attracted · 2023 target: ≥ 1 bn USD — thu hút vốn FDI "
                                 "đạt ít nhất 1,0 tỷ USD 1/NQ-HĐND")
    assert text(items["f3"]) == ("FDI attracted · 2023 result: > 0.853 bn USD (8M, ≈ est.) — FDI đạt "
                                 "trên 853 triệu USD news")
    assert items["f1"].find("q").get("lang") == "vi"
    source_ids = {li.get("id") for li in section(doc, "sources").iter("li")}
    assert source_ids == {"src-plan-a", "src-party-a", "src-news"}
    assert text(doc.find(".//li[@id='src-plan-a']")) == (
        "Nghị quyết A, 1/NQ-HĐND, HĐND tỉnh, 2022-12-09 plan-a")


def test_summary_shortfalls_and_disagreements(data: DataDir) -> None:
    """The summary counts, the missed target and the two sources' GRDP targets are listed."""
    doc = report(data)
    assert table(doc, "2023 targets against the latest results") == [
        ["✔ met", "0"], ["✘ missed", "1"], ["✔ on track", "1"], ["✘ behind", "0"],
        ["· no data", "1"], ["? unassessable", "0"]]
    assert [text(li) for li in section(doc, "shortfalls").iter("li")] == [
        "Forest cover: target ≥ 55 [7], result 54 (FY) [8]: ✘ missed, -1 point from the target"]
    assert [text(li) for li in section(doc, "disagreements").iter("li")] == [
        "(d1) 2023, GRDP growth (target): used > 10 [4]; also stated > 11 [9]"]


def test_results_without_a_target_are_listed_and_cited(data: DataDir) -> None:
    """A result its year sets no target for still appears, with its unit and quote."""
    actuals = (data.root / "actuals" / "2023.yaml").read_text(encoding="utf-8")
    data.write("actuals/2023.yaml", actuals + """\
  - indicator: poor_households
    value: 1200
    period: H1
    status: reported
    source: news
    quote: "còn 1.200 hộ nghèo"
""")
    doc = report(data)
    assert [text(li) for li in section(doc, "untargeted").iter("li")] == [
        "Poor households (2023): 1,200 households (H1) [9]"]
    assert text(doc.find(".//li[@id='f9']")) == (
        "Poor households · 2023 result: 1,200 households (H1) — còn 1.200 hộ nghèo news")


def test_vietnamese(data: DataDir) -> None:
    """--lang vi: lang attribute, headings, indicator names, words and numbers in Vietnamese."""
    doc = report(data, lang="vi")
    assert doc.get("lang") == "vi"
    assert text(doc.find(".//h1")) == (
        "Mục tiêu kế hoạch Quảng Ninh: so sánh năm 2023 với năm 2024")
    rows = table(doc, "Mục tiêu năm 2023 và năm 2024")
    assert rows[0] == ["Chỉ tiêu", "Đơn vị", "2023", "2024", "Thay đổi", "Δ", "Kết quả 2023",
                       "Đánh giá", "Tiến độ", "So KH năm"]
    assert rows[2] == ["Thu hút vốn FDI", "tỷ USD", "≥ 1 [1]", "≥ 3 [2]", "▲ nâng", "+2",
                       "> 0,853 (8 tháng, ≈ ước) [3]", "✔ đúng tiến độ", "> 128%", "> 85,3%"]
    assert text(section(doc, "methods").find("h2")) == "Cách đọc báo cáo"


def test_accessible_tables(data: DataDir) -> None:
    """Every table has a caption and every header cell a scope; the page fits a phone."""
    doc = report(data)
    assert all(t.find("caption") is not None for t in doc.iter("table"))
    assert all(th.get("scope") in {"col", "row", "rowgroup"} for th in doc.iter("th"))
    viewport = doc.find(".//meta[@name='viewport']")
    assert viewport is not None and viewport.get("content") == (
        "width=device-width, initial-scale=1")


def test_self_contained(data: DataDir) -> None:
    """No script, no stylesheet or image to fetch: every link is to a place in the page."""
    doc = report(data)
    assert [el.tag for el in doc.iter() if el.tag in {"script", "link", "img", "iframe"}] == []
    assert {a.get("href", "")[:1] for a in doc.iter("a")} == {"#"}
    csp = doc.find(".//meta[@http-equiv='Content-Security-Policy']")
    assert csp is not None and csp.get("content", "").startswith("default-src 'none'")


def test_data_is_shown_as_text_never_obeyed(data: DataDir) -> None:
    """A quote or a name holding markup shows as those characters; no element is created."""
    data.write("actuals/2023.yaml", """\
        year: 2023
        actuals:
          - indicator: forest_cover
            value: 54
            period: FY
            status: reported
            source: news
            quote: "đạt 54% <script>alert('x')</script><img src=x onerror=alert(1)>"
        """)
    indicators = (data.root / "indicators.yaml").read_text(encoding="utf-8")
    data.write("indicators.yaml", indicators.replace('en: "FDI attracted"',
                                                     'en: "FDI <b>in</b> & \\"out\\""'))
    doc = report(data)
    assert [el.tag for el in doc.iter() if el.tag in {"script", "img", "b"}] == []
    quotes = [text(q) for q in doc.iter("q")]
    assert "đạt 54% <script>alert('x')</script><img src=x onerror=alert(1)>" in quotes
    assert 'FDI <b>in</b> & "out"' in [text(th) for th in doc.iter("th")]
    chart_titles = [text(el) for el in doc.iter("{http://www.w3.org/2000/svg}title")]
    assert chart_titles[0] == 'FDI <b>in</b> & "out" (bn USD): targets and results 2023–2024'


def test_a_source_url_is_a_link_only_if_it_is_http(data: DataDir) -> None:
    """A javascript: URL in sources.yaml is shown as nothing clickable."""
    sources = (data.root / "sources.yaml").read_text(encoding="utf-8")
    data.write("sources.yaml", sources.replace('    date: null\n',
                                               '    date: null\n    url: "javascript:alert(1)"\n'))
    doc = report(data)
    assert all(not a.get("href", "").startswith("javascript") for a in doc.iter("a"))


TREND_DATA = Path(__file__).parents[1] / "fixtures" / "trend"


def test_trend_chart_with_its_figures_beside_it() -> None:
    """Each trend has an inline SVG chart and a table of the same years, every figure cited,
    a revised target shown with both figures, and the progress verdict as the caption."""
    run = qnplan("report", "2024", "2025", "-o", "-", data=TREND_DATA)
    assert run.exit_code == 0, run.stderr
    doc = parse(run.stdout)
    figures = list(section(doc, "trends").iter("figure"))
    assert [text(f.find(".//{http://www.w3.org/2000/svg}title")) for f in figures] == [
        "GRDP growth (%): targets and results 2022–2025",
        "FDI attracted (bn USD): targets and results 2022–2025",
        "Forest cover (%): targets and results 2022–2024"]
    assert [text(f.find("figcaption")) for f in figures] == [
        "Progress 2022–2025: → needs acceleration (R 0.941)",
        "Progress 2022–2024: → needs acceleration (R 0.9)",
        "Progress 2022–2024: → needs acceleration (R 0.75)"]
    rows = table(doc, "GRDP growth: target and result by year")
    assert [row[:1] + [re.sub(r" \[\d+\]", "", cell) for cell in row[1:]] for row in rows] == [
        ["Year", "Target", "Result", "Status"],
        ["2022", "> 11", "10.28 (FY)", "✘ missed"],
        ["2023", "> 10", "11.03 (FY)", "✔ met"],
        ["2024", "> 10", "9.11 (FY)", "✘ missed"],
        ["2025", "> 12 → > 14", "11.89 (FY)", "✘ missed"]]
    assert all(re.fullmatch(r"(\S+ )+\[\d+\]", cell) for row in rows[1:] for cell in row[1:3])


def test_trend_in_vietnamese() -> None:
    """The chart's words, the table and the verdict follow --lang vi."""
    run = qnplan("--lang", "vi", "report", "2024", "2025", "-o", "-", data=TREND_DATA)
    doc = parse(run.stdout)
    figures = list(section(doc, "trends").iter("figure"))
    assert text(figures[0].find(".//{http://www.w3.org/2000/svg}title")) == (
        "Tăng trưởng GRDP (%): mục tiêu và kết quả 2022–2025")
    assert text(figures[0].find("figcaption")) == (
        "Tiến độ 2022–2025: → cần tăng tốc (R 0,941)")


def test_no_trend_section_without_two_years(data: DataDir) -> None:
    """An indicator with data in one year only gets no chart; none at all, no section."""
    data.write("targets/2024.yaml", "year: 2024\ntargets: []\n")
    data.write("actuals/2023.yaml", "year: 2023\nactuals: []\n")
    doc = report(data)
    assert doc.find(".//section[@id='trends']") is None
    assert "#trends" not in {a.get("href") for a in doc.iter("a")}


def test_missing_extra_is_named(data: DataDir, tmp_path: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Without Jinja2 the command says which extra to install (in the language of --lang),
    exits 2 and writes nothing."""
    monkeypatch.setitem(sys.modules, "jinja2", None)  # makes `import jinja2` raise ImportError
    out = tmp_path / "report.html"
    run = qnplan("report", "2023", "2024", "-o", str(out), data=data)
    assert (run.exit_code, run.stdout) == (2, "")
    assert run.stderr == ("error: the HTML report needs Jinja2, which is not installed; install "
                          "the extra with: pip install 'qnplan[html]'\n")
    assert not out.exists()
    vi = qnplan("--lang", "vi", "report", "2023", "2024", "-o", str(out), data=data)
    assert (vi.exit_code, vi.stderr) == (2, "lỗi: báo cáo HTML cần thư viện Jinja2, hiện chưa "
                                            "được cài; hãy cài phần mở rộng: pip install "
                                            "'qnplan[html]'\n")


def test_refuses_to_write_into_the_data_directory(data: DataDir) -> None:
    """Like export, the report never writes among the data files."""
    target = data.root / "report.html"
    run = qnplan("report", "2023", "2024", "-o", str(target), data=data)
    assert run.exit_code == 2
    assert run.stderr == (f"error: refusing to write {str(target)!r} inside the data directory "
                          f"{str(data.root)!r}; choose another path\n")
    assert not target.exists()


def test_an_error_leaves_an_existing_file_untouched(data: DataDir, tmp_path: Path) -> None:
    """An unknown year fails before anything is written: the old report survives whole."""
    out = tmp_path / "report.html"
    out.write_text("old report", encoding="utf-8")
    run = qnplan("report", "2023", "2031", "-o", str(out), data=data)
    assert run.exit_code == 2
    assert run.stderr == (f"error: no targets for 2031 in {data.root}; years with targets: "
                          "2023, 2024\n")
    assert out.read_text(encoding="utf-8") == "old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "report.html"]


def test_bundled_report_parses_in_both_languages() -> None:
    """The bundled dataset's report is valid HTML5 with a quote for every cited figure."""
    for lang in ("en", "vi"):
        run = qnplan("--lang", lang, "report", "2023", "2024", "-o", "-")
        assert run.exit_code == 0, run.stderr
        doc = parse(run.stdout)
        quotes = [q for q in doc.iter("q") if text(q)]
        assert len(quotes) == len(list(section(doc, "citations").iter("li"))) > 50


def _imported(*args: str) -> set[str]:
    """The modules a fresh `python -m qnplan ARGS` imports, from -X importtime."""
    run = subprocess.run([sys.executable, "-X", "importtime", "-m", "qnplan", *args],
                         capture_output=True, text=True, check=False,
                         env=os.environ | {"NO_COLOR": "1", "QNPLAN_DATA": ""})
    assert run.returncode == 0, run.stderr[-500:]
    return {line.rsplit("|", 1)[-1].strip() for line in run.stderr.splitlines()
            if line.startswith("import time:")}


def test_only_the_report_imports_jinja2(tmp_path: Path) -> None:
    """Jinja2 costs start-up time: compare and status never import it; report does."""
    heavy = {"jinja2", "markupsafe", "qnplan.render.html"}
    assert _imported("compare", "2023", "2024", "--format", "json") & heavy == set()
    assert _imported("status", "2023") & heavy == set()
    assert _imported("report", "2023", "2024", "-o", str(tmp_path / "r.html")) >= heavy


def test_progress_caption_without_full_year_results_names_its_years(data: DataDir) -> None:
    """An indicator without two full-year results: the caption still names the years shown
    and says why there is no verdict, worded as the terminal table words it."""
    run = qnplan("report", "2023", "2024", "-o", "-", data=data)
    assert run.exit_code == 0, run.stderr
    captions = [text(f) for f in parse(run.stdout).iter("figcaption")]
    assert captions[0] == "Progress 2023–2024: · insufficient data"
    assert not [c for c in captions if " :" in c]
