"""validate's plausibility warnings: valid entries that are probably wrong, each with its
evidence and a stable code; errors (exit 1) under --strict."""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.conftest import DataDir, qnplan


def findings(data: DataDir, *extra: str) -> list[dict[str, Any]]:
    run = qnplan("validate", "-f", "json", *extra, data=data)
    assert run.exit_code == 0, run.stdout
    return [i for i in json.loads(run.stdout) if i["code"] not in ("unused-source",)]


def test_the_fixture_is_plausible(data: DataDir) -> None:
    assert findings(data) == []
    assert qnplan("validate", "--strict", data=data).exit_code == 0


FDI_2024 = """\
year: 2024
actuals:
  - indicator: fdi
    value: 2100
    period: FY
    status: reported
    source: news
    quote: "FDI đạt 2.100 tỷ USD"
"""


def test_a_figure_far_off_every_neighbour_is_a_warning_with_its_evidence(data: DataDir) -> None:
    """2,100 bn USD where the neighbouring years say 1 to 3 bn USD (millions typed as
    billions): a warning at the entry naming the closest figure, an error under --strict."""
    data.write("actuals/2024.yaml", FDI_2024)
    (issue,) = findings(data)
    assert (issue["path"].endswith("actuals/2024.yaml"), issue["line"], issue["severity"],
            issue["code"]) == (True, 3, "warning", "implausible-magnitude")
    assert "fdi 2100 bn_usd is 700 times off the closest of 3 other figures" in issue["message"]
    assert "(3 bn_usd, 2024, party-a)" in issue["message"]
    strict = qnplan("validate", "--strict", data=data)
    assert strict.exit_code == 1
    assert "[implausible-magnitude]" in strict.stdout


def test_a_lumpy_year_within_five_times_of_a_neighbour_is_not_doubted(data: DataDir) -> None:
    """4.2 bn USD next to a 3 bn USD target: a good year, not a typo."""
    data.write("actuals/2024.yaml", FDI_2024.replace("2100", "4.2").replace("2.100", "4,2"))
    assert findings(data) == []


def test_a_part_year_flow_is_compared_pro_rated(data: DataDir) -> None:
    """One month's 0.2 bn USD is 2.4 bn USD a year: in line with its neighbours."""
    data.write("actuals/2024.yaml", FDI_2024.replace("2100", "0.2").replace("2.100", "0,2")
               .replace("period: FY", "period: 1M"))
    assert findings(data) == []


@pytest.mark.parametrize(("op", "quote", "flagged"), [
    ("<", "FDI ít nhất 3 tỷ USD", True),
    ("<=", "FDI đạt trên 3 tỷ USD", True),
    (">=", "FDI không quá 3 tỷ USD", True),
    (">", "FDI thấp hơn 3 tỷ USD", True),
    (">=", "FDI ít nhất 3 tỷ USD", False),
    ("<", "FDI dưới 3 tỷ USD", False),
    ("~", "FDI khoảng 3 tỷ USD", False),
])
def test_an_op_against_its_quotes_words_is_a_warning(data: DataDir, op: str, quote: str,
                                                     flagged: bool) -> None:
    data.write("targets/2024.yaml", f"""\
        year: 2024
        targets:
          - indicator: fdi
            op: "{op}"
            value: 3
            source: party-a
            quote: "{quote}"
        """)
    codes = [(i["code"], i["line"]) for i in findings(data)]
    assert codes == ([("op-contradicts-quote", 4)] if flagged else [])


@pytest.mark.parametrize(("period", "quote", "flagged"), [
    ("FY", "quý I, tỷ lệ che phủ rừng đạt 54%", True),
    ("FY", "6 tháng đầu năm, che phủ rừng đạt 54%", True),
    ("9M", "đến hết quý III, che phủ rừng đạt 54%", False),
    ("Q3", "quý III, che phủ rừng đạt 54%", False),
    ("9M", "quý III, che phủ rừng đạt 54%", True),
    ("FY", "che phủ rừng đạt 54%, cao hơn so với 6 tháng", False),
    ("H1", "sáu tháng, che phủ rừng đạt 54%", False),
])
def test_a_period_the_quote_denies_is_a_warning(data: DataDir, period: str, quote: str,
                                                flagged: bool) -> None:
    data.write("actuals/2023.yaml", f"""\
        year: 2023
        actuals:
          - indicator: forest_cover
            value: 54
            period: {period}
            status: reported
            source: news
            quote: "{quote}"
        """)
    codes = [i["code"] for i in findings(data)]
    assert codes == (["period-contradicts-quote"] if flagged else [])


def test_a_placeholder_issuer_is_a_warning_and_an_error_when_strict(data: DataDir) -> None:
    data.write("sources.yaml", (data.root / "sources.yaml").read_text(encoding="utf-8").replace(
        'issuer: "Báo"', 'issuer: "unknown (registered by qnplan extract; please complete)"'))
    (issue,) = findings(data)
    assert (issue["code"], issue["severity"]) == ("placeholder-issuer", "warning")
    assert qnplan("validate", "--strict", data=data).exit_code == 1
    vi = qnplan("--lang", "vi", "validate", data=data)
    assert "chỉ là chỗ trống" in vi.stdout
