"""Property-based tests: arbitrary input never escapes as anything but qnplan's own errors."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from qnplan.dataset.build import load_dataset
from qnplan.dataset.strict_yaml import LoadedFile, parse_yaml
from qnplan.numbers import format_number, number_tokens, parse_number, spellings
from tests.conftest import (
    ACTUALS_2023,
    INDICATORS,
    SOURCE_TEXT,
    SOURCES,
    TARGETS_2023,
    TARGETS_2024,
)

# `make fuzz` sets QNPLAN_FUZZ for a longer run; the default keeps the suite quick.
EXAMPLES = 5000 if os.environ.get("QNPLAN_FUZZ") else 150
PROFILE = settings(max_examples=EXAMPLES, deadline=None,
                   suppress_health_check=[HealthCheck.function_scoped_fixture,
                                          HealthCheck.too_slow])

hostile = st.sampled_from(["55.600", "86,46", "1.0", "-5", "2023-02-30", "\x0c", " ", ""])
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True),
                    st.text(max_size=20), st.dates(), hostile,
                    st.integers(min_value=10**300, max_value=10**4000))
documents = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["year", "targets", "actuals", "indicator", "op", "value", "min", "max",
                         "unit", "source", "quote", "period", "scope", "text", "met", "bound",
                         "status", "tolerance", "x"]) | st.text(max_size=5), inner, max_size=6),
    max_leaves=20)
entries = st.fixed_dictionaries(
    {"indicator": st.sampled_from(["fdi", "grdp_growth", "forest_cover", "nope", ""]),
     "source": st.sampled_from(["plan-a", "news", "x"]),
     "quote": st.text(max_size=30)},
    optional={"op": st.sampled_from([">", ">=", "<", "<=", "~", "range", "qualitative", "", None,
                                     "=>"]),
              "value": scalars, "min": scalars, "max": scalars, "unit": scalars,
              "period": st.sampled_from(["FY", "8M", "H1", "Q3", "13M", "", 5]),
              "scope": st.sampled_from(["quang-ninh", "mong-cai", "Móng Cái", ""]),
              "text": scalars, "tolerance": scalars})


@PROFILE
@given(st.text(max_size=300))
def test_any_text_parses_or_reports(text: str) -> None:
    """Arbitrary text gives data or issues (or both: one refused value does not hide the rest
    of its file), never an exception."""
    loaded = parse_yaml(text, LoadedFile("x.yaml"))
    assert loaded.data is not None or loaded.issues
    for issue in loaded.issues:
        assert issue.path == "x.yaml" and issue.severity == "error"


def _folder(root: Path, targets_text: str) -> Path:
    for rel, text in (("indicators.yaml", INDICATORS), ("sources.yaml", SOURCES),
                      ("sources/plan-a.txt", SOURCE_TEXT), ("targets/2023.yaml", targets_text),
                      ("targets/2024.yaml", TARGETS_2024), ("actuals/2023.yaml", ACTUALS_2023)):
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, "utf-8")
    return root


@PROFILE
@given(documents)
def test_any_yaml_document_validates_without_crashing(tmp_path: Path, doc: object) -> None:
    """Any YAML document as a targets file loads into issues, never an exception."""
    root = _folder(tmp_path / "d", yaml.safe_dump(doc, allow_unicode=True))
    _, issues = load_dataset(root, check_quotes=True)
    assert all(i.code for i in issues)


@PROFILE
@given(st.lists(entries, max_size=5))
def test_any_entries_validate_without_crashing(tmp_path: Path, items: list[dict[str, object]],
                                               ) -> None:
    """Entries with arbitrary fields load into a dataset and issues, never an exception; an
    entry that does not load is never dropped in silence."""
    root = _folder(tmp_path / "e", yaml.safe_dump({"year": 2023, "targets": items},
                                                 allow_unicode=True))
    ds, issues = load_dataset(root, check_quotes=True)
    dropped = len(items) - len(ds.targets.get(2023, []))
    assert dropped >= 0
    if dropped:
        assert [i for i in issues if i.severity == "error"]


# Written unquoted into the file, where YAML's constructors (and no dumper) decide their type.
raw_values = st.one_of(
    st.sampled_from(["2023-02-30", "2023-13-01", "!!bool maybe", "!!float x", "!!int 1.5",
                     "!!timestamp x", "1.000", "55.600", "-1", ".nan", "-.inf", "0x" + "f" * 5000,
                     "9" * 5000, "9" * 400, "&a 1", "*a", "!x 1", '"\\q"', "'", "[", "{"]),
    st.from_regex(r"[-+0-9.,:eExXoO_]{1,30}", fullmatch=True))


@PROFILE
@given(st.sampled_from(["value", "min", "max", "tolerance", "year", "period", "quote", "op"]),
       raw_values)
def test_any_unquoted_value_validates_without_crashing(tmp_path: Path, field: str,
                                                       raw: str) -> None:
    """Any scalar YAML can express, unquoted in any field, gives issues, never an exception."""
    if field == "year":
        text = TARGETS_2023.replace("year: 2023", f"year: {raw}")
    elif field == "value":
        text = TARGETS_2023.replace("    value: 1.0\n", f"    value: {raw}\n", 1)
    else:
        text = TARGETS_2023.replace("    value: 1.0\n", f"    value: 1.0\n    {field}: {raw}\n", 1)
    root = _folder(tmp_path / "u", text)
    _, issues = load_dataset(root, check_quotes=True)
    assert all(i.code and "\n" not in str(i) for i in issues)


def _typed(value: object) -> object:
    """The value with each leaf's type beside it (True is not 1), NaN comparable, keys text."""
    if isinstance(value, dict):
        return {str(k): _typed(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_typed(v) for v in value]
    return (type(value).__name__, "nan" if value != value else value)


@PROFILE
@given(st.lists(st.one_of(raw_values, st.sampled_from(
    ["yes", "No", "on", "OFF", "True", "~", "null", "Null", "", "0o17", "017", "1_000", "1:30",
     ".Inf", "6.8e+3", "+12", "2023-01-01", "2023-01-01 10:00:00Z", "<<", "=", "n", "y", "abc",
     "- a", "[1, x]", "{a: 1}", '"yes"', "'12'"])), max_size=6),
       st.booleans())
def test_plain_values_read_as_pyyaml_reads_them(values: list[str], listed: bool) -> None:
    """Whatever the loader accepts without a problem, it reads as PyYAML's safe loader does
    (keys as text): its own composing of scalars and collections changes no value's type."""
    text = "".join(f"- {v}\n" if listed else f"k{i}: {v}\n" for i, v in enumerate(values))
    loaded = parse_yaml(text or "{}", LoadedFile("x.yaml"))
    if loaded.issues:
        return
    expected = yaml.load(text or "{}", Loader=yaml.CSafeLoader)
    assert _typed(loaded.data) == _typed(expected)


decimals = st.decimals(min_value=Decimal("-1e9"), max_value=Decimal("1e9"), places=3,
                       allow_nan=False, allow_infinity=False)


@PROFILE
@given(decimals)
def test_vietnamese_and_english_spellings_round_trip(value: Decimal) -> None:
    """A number formatted the Vietnamese or English way parses back to the same value."""
    x = float(value)
    vi, en = format_number(x, "vi", 3), format_number(x, "en", 3)
    assert parse_number(vi, "vi") == parse_number(en, "en") == x


@PROFILE
@given(decimals.filter(lambda d: d >= 0))
def test_a_value_is_found_in_its_own_spelling(value: Decimal) -> None:
    """The quote check finds a value written the Vietnamese or English way."""
    x = float(value)
    for lang in ("vi", "en"):
        written = format_number(x, lang, 3)
        assert number_tokens(f"đạt {written} tỷ đồng") & spellings(x), (x, written)


vietnamese_lines = st.lists(
    st.text(alphabet="aăâđêôơưáàảãạếềểễệốồổỗộớờởỡợứừửữự ,.:-", max_size=40)
    .map(lambda words: f"# {words}"), min_size=1, max_size=60)


@PROFILE
@given(vietnamese_lines, st.data())
def test_control_character_is_located_by_line_and_column(lines: list[str],
                                                         data: st.DataObject) -> None:
    """A control character pasted into a file full of multi-byte letters is reported at its
    own line and column, not where its byte offset would fall."""
    row = data.draw(st.integers(0, len(lines) - 1))
    column = data.draw(st.integers(0, len(lines[row])))
    lines[row] = lines[row][:column] + "\x0c" + lines[row][column:]
    loaded = parse_yaml("\n".join(lines) + "\nyear: 2023\n", LoadedFile("x.yaml"))
    [issue] = loaded.issues
    assert (issue.code, issue.line, issue.column) == ("yaml-syntax", row + 1, column + 1)


@PROFILE
@given(st.integers(101, 3000), st.sampled_from(["[", "{", "- ", "block"]))
def test_nesting_past_the_limit_is_refused_by_qnplan_itself(depth: int, kind: str) -> None:
    """Nesting deeper than 100 levels is refused with qnplan's own code, whatever the
    installed YAML parser's own limit or wording."""
    if kind == "block":
        text = "".join("  " * level + "a:\n" for level in range(depth)) + "  " * depth + "b\n"
    else:
        text = kind * depth + "x"
    loaded = parse_yaml(text, LoadedFile("x.yaml"))
    assert [issue.code for issue in loaded.issues] == ["too-deep"]
