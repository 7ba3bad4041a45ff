"""`qnplan validate` on a corpus of broken data folders: exit 1, file:line:column, exact words."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import INDICATORS, SOURCES, TARGETS_2023, DataDir, qnplan

# The first target of the fixture's 2023 file, alone: one FDI target, lines 1-7.
FDI = TARGETS_2023.split("  - indicator: grdp_growth")[0]


def fdi_with(**changes: str) -> str:
    """The one-target file above with some lines replaced (key -> new line text)."""
    text = FDI
    for old, new in changes.items():
        text = text.replace(old, new)
    return text


# (what is wrong, file, its text, expected "line:column: severity: message [code]")
CASES: list[tuple[str, str, str | bytes, str]] = [
    ("yaml syntax: unclosed bracket", "targets/2023.yaml", "year: 2023\ntargets: [\n",
     "3:1: error: a value is missing here, or a '[' or '{' is not closed [yaml-syntax]"),
    ("unquoted >= is a block scalar", "targets/2023.yaml", fdi_with(**{'op: ">="': "op: >="}),
     '4:10: error: an unquoted ">" or "|" starts a block of text; quote the operator: '
     'op: ">=" [yaml-syntax]'),
    ("unquoted > is an empty string", "targets/2023.yaml", fdi_with(**{'op: ">="': "op: >\n"}),
     "4:9: error: op is empty: an unquoted > starts a block of text in YAML; write op: \">\" "
     "[unknown-op]"),
    ("op ~ is null", "targets/2023.yaml", fdi_with(**{'op: ">="': "op: ~"}),
     '4:9: error: op: ~ is YAML\'s null; write op: "~" [unknown-op]'),
    ("unquoted % unit", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: 1.0\n    unit: %"}),
     '6:11: error: a bare % cannot start a value; quote it: unit: "%" [yaml-syntax]'),
    ("tab indentation", "targets/2023.yaml", "year: 2023\ntargets:\n\t- indicator: fdi\n",
     "3:1: error: a tab is not allowed in YAML indentation; indent with spaces [yaml-syntax]"),
    ("duplicate key", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: 1.0\n    value: 2"}),
     "6:5: error: duplicate key 'value': YAML would silently keep only the last one; "
     "remove or rename one [duplicate-key]"),
    ("wrong type", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: [1.0]"}),
     "5:12: error: value: expected a number, got a list [wrong-type]"),
    ("missing field", "targets/2023.yaml", fdi_with(**{"    source: plan-a\n": ""}),
     "3:5: error: missing required field 'source' [missing-field]"),
    ("unknown field", "targets/2023.yaml", fdi_with(**{"value: 1.0": "valeu: 1.0"}),
     "5:12: error: unknown field 'valeu' (did you mean 'value'?) [unknown-field]"),
    ("unknown indicator", "targets/2023.yaml", fdi_with(**{"indicator: fdi": "indicator: fdl"}),
     "3:16: error: unknown indicator 'fdl'; add it to indicators.yaml or fix the id "
     "[unknown-indicator]"),
    ("unknown source", "targets/2023.yaml", fdi_with(**{"source: plan-a": "source: plan-b"}),
     "6:13: error: unknown source 'plan-b' (did you mean 'plan-a'?); add it to sources.yaml "
     "or fix the id [unknown-source]"),
    ("unknown unit", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: 1.0\n    unit: ty USD"}),
     "6:11: error: unknown unit 'ty USD' (did you mean 'tỷ usd'?); use one of %, pp, bn_vnd, bn_usd, mn_usd, usd, "
     "persons, enterprises, households, per_10k, mn_visits, visits, count [unknown-unit]"),
    ("unknown op", "targets/2023.yaml", fdi_with(**{'op: ">="': 'op: "=>"'}),
     "4:9: error: unknown op '=>'; use one of >, >=, <, <=, ~, range, qualitative "
     "[unknown-op]"),
    ("unit of the wrong dimension", "targets/2023.yaml",
     fdi_with(**{"value: 1.0": 'value: 1.0\n    unit: "tỷ đồng"'}),
     "6:11: error: unit 'tỷ đồng' cannot convert to fdi's unit 'bn_usd'; a value must be in "
     "a unit of the same dimension [unit-mismatch]"),
    ("NaN", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: .nan"}),
     "5:12: error: value is nan: write a real number [not-finite]"),
    ("infinity", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: .inf"}),
     "5:12: error: value is inf: write a real number [not-finite]"),
    ("percentage of 155", "targets/2023.yaml",
     TARGETS_2023.replace("value: 55\n", "value: 155\n"),
     "20:12: error: value 155% is outside 0-100 for the rate forest_cover [percent-range]"),
    ("year disagrees with file name", "targets/2023.yaml", fdi_with(**{"year: 2023": "year: 2032"}),
     "1:7: error: year 2032 disagrees with the file name 2023.yaml; make them match "
     "[year-mismatch]"),
    ("bad period", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: 1.0\n    period: 13M"}),
     "6:13: error: unknown period '13M'; use FY, H1, Q1-Q4 or 1M-11M [bad-period]"),
    ("bad scope", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: 1.0\n    scope: Móng Cái"}),
     "6:12: error: scope 'Móng Cái' must be lower-case words joined by '-', e.g. mong-cai "
     "[bad-scope]"),
    ("alias", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: &v 1.0\n    min: *v"}),
     "5:12: error: this value is reused through an alias (*name), which qnplan data does not "
     "allow; write the value out [alias]"),
    ("python tag", "targets/2023.yaml",
     fdi_with(**{"value: 1.0": "value: !!python/object/apply:os.system ['echo pwned']"}),
     "5:12: error: tag '!!python/object/apply:os.system' is not allowed in qnplan data; "
     "remove it [tag]"),
    ("custom tag", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: !money 1.0"}),
     "5:12: error: tag '!money' is not allowed in qnplan data; remove it [tag]"),
    ("binary junk", "targets/2023.yaml", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
     "3: error: file contains NUL bytes: it is binary, not text [encoding]"),
    ("latin-1 text", "targets/2023.yaml", "year: 2023\ntargets: []\n# caf\u00e9\n".encode("latin-1"),
     "3:6: error: file is not UTF-8: byte 0xe9 (Latin-1 or Windows-1258?); save it as UTF-8 "
     "[encoding]"),
    ("UTF-16", "targets/2023.yaml", FDI.encode("utf-16"),
     "1:1: error: file is UTF-16; save it as UTF-8 [encoding]"),
    ("duplicate entry", "targets/2023.yaml", FDI + FDI.split("targets:\n")[1],
     "8:5: error: a second entry for fdi (quang-ninh, FY) from source 'plan-a'; keep one "
     "[duplicate-entry]"),
    ("quote not in source text", "targets/2023.yaml",
     fdi_with(**{"đạt ít nhất 1,0": "đạt tối thiểu 1,0"}),
     "7:12: error: quote not found in the text of source 'plan-a'; copy it verbatim from the "
     "document [quote-not-found]"),
    ("range without max", "targets/2023.yaml",
     fdi_with(**{'op: ">="': "op: range", "value: 1.0": "min: 1"}),
     "3:5: error: a range target needs 'min' and 'max' [missing-field]"),
    ("entries not a list", "targets/2023.yaml", "year: 2023\ntargets: {fdi: 1}\n",
     "2:10: error: 'targets' must be a list of entries [wrong-type]"),
    ("file name not a year", "targets/latest.yaml", FDI,
     "1:1: error: file name 'latest.yaml' must be YEAR.yaml, e.g. 2023.yaml [file-name]"),
    ("indicator of unknown kind", "indicators.yaml",
     "indicators:\n  fdi: {name: {en: a, vi: b}, category: economy, unit: bn_usd, kind: stock}\n",
     "2:70: error: kind: 'stock' is not one of flow, level, growth, qualitative "
     "[invalid-value]"),
    ("empty file", "actuals/2023.yaml", "",
     "1:1: error: file is empty [empty-file]"),
    # issue 8.2: any value YAML can express is a located error, never exit 70
    ("impossible date", "sources.yaml", SOURCES.replace("date: 2022-12-09", "date: 2023-02-30"),
     "7:11: error: '2023-02-30' is not a real date; write one that exists, as YYYY-MM-DD "
     "[invalid-value]"),
    ("impossible quoted date", "sources.yaml",
     SOURCES.replace("date: 2022-12-09", 'date: "2023-02-30"'),
     "7:11: error: date: '2023-02-30' is not a real date; write one that exists, as "
     "YYYY-MM-DD [invalid-value]"),
    ("int past Python's int-to-string limit", "targets/2023.yaml",
     fdi_with(**{"value: 1.0": "value: " + "9" * 5000}),
     "5:12: error: a number of 5000 digits is too large for qnplan data [invalid-value]"),
    ("int too large for a float", "targets/2023.yaml",
     fdi_with(**{"value: 1.0": "value: " + "9" * 400}),
     "5:12: error: value is a number of 400 digits, too large for a number qnplan can compare; "
     "write it in a larger unit (e.g. bn_vnd, not VND) [too-large]"),
    ("huge hexadecimal int", "targets/2023.yaml",
     fdi_with(**{"value: 1.0": "value: 0x" + "f" * 5000}),
     "5:12: error: value is a number of 6021 digits, too large for a number qnplan can compare; "
     "write it in a larger unit (e.g. bn_vnd, not VND) [too-large]"),
    ("huge hexadecimal year", "targets/2023.yaml",
     fdi_with(**{"year: 2023": "year: 0x" + "f" * 5000}),
     "1:7: error: 'year' is a number of 6021 digits, outside 1950-2100; write the year the "
     "figures are for [implausible-year]"),
    ("!!bool that is not one", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: !!bool maybe"}),
     "5:12: error: 'maybe' cannot be read as true or false; fix the value or remove its !!bool "
     "tag [invalid-value]"),
    ("control character", "targets/2023.yaml", fdi_with(**{"indicator: fdi": "indicator: fd\x07i"}),
     "3:18: error: the control character U+0007 is not allowed in YAML text; remove it "
     "[yaml-syntax]"),
    # issue 8.3
    ("empty quote", "targets/2023.yaml",
     fdi_with(**{'quote: "thu hút vốn FDI đạt ít nhất 1,0 tỷ USD"': 'quote: "  "'}),
     "7:12: error: quote is empty; copy the words that state the figure from the source "
     "[empty-quote]"),
    ("form feed in a value", "targets/2023.yaml",
     fdi_with(**{"indicator: fdi": 'indicator: "fd\\fi"'}),
     "3:16: error: unknown indicator 'fd\\x0ci' (did you mean 'fdi'?); add it to "
     "indicators.yaml or fix the id [unknown-indicator]"),
    # issue 8.4
    ("year out of range", "targets/2023.yaml", fdi_with(**{"year: 2023": "year: 20233"}),
     "1:7: error: 'year' is 20233, outside 1950-2100; write the year the figures are for "
     "[implausible-year]"),
    ("file year out of range", "targets/1023.yaml", FDI.replace("2023", "1023"),
     "1:1: error: file name '1023.yaml' names a year outside 1950-2100 [implausible-year]"),
    ("a .yml beside the .yaml", "targets/2023.yml", FDI,
     "1:1: error: a second targets file for 2023 beside {root}/targets/2023.yaml; keep one "
     "file per year [duplicate-year]"),
    ("upper-case extension", "actuals/2025.YAML", "year: 2025\nactuals: []\n",
     "1:1: error: file name '2025.YAML' must end in .yaml, e.g. 2025.yaml [file-name]"),
    # issue 8.5
    ("negative amount", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: -1.0"}),
     "5:12: error: value is -1, but fdi is an amount (bn_usd), which cannot be negative; a fall "
     "is stated in the quote's words [negative]"),
    ("range with min above max", "targets/2023.yaml",
     fdi_with(**{'op: ">="': "op: range", "value: 1.0": "min: 5\n    max: 3"}),
     "5:10: error: min 5 is greater than max 3; swap them [op-fields]"),
    ("qualitative target with a bound", "targets/2023.yaml",
     fdi_with(**{'op: ">="': "op: qualitative", "value: 1.0": "min: 5\n    text: x"}),
     "5:10: error: a qualitative target has 'text', not 'min' [op-fields]"),
    ("number for a qualitative indicator", "targets/2023.yaml",
     fdi_with(**{"indicator: fdi": "indicator: competitiveness_indices"}),
     "3:5: error: competitiveness_indices is qualitative: a target for it is op: qualitative "
     "with text, a result is met: true or false with text [qualitative-value]"),
    ("percentage never in e-notation", "targets/2023.yaml",
     TARGETS_2023.replace("value: 55\n", "value: 9000000.0\n"),
     "20:12: error: value 9000000% is outside 0-100 for the rate forest_cover [percent-range]"),
    # issue 9.1
    ("unquoted 55.600 read as 55.6", "targets/2023.yaml",
     fdi_with(**{"value: 1.0": "value: 1.000", "source: plan-a": "source: party-a",
                 "quote: \"thu hút vốn FDI đạt ít nhất 1,0 tỷ USD\"": "quote: \"FDI 1.000 tỷ USD\""}),
     "5:12: error: value: YAML reads 1.000 as 1, but the quote's '1.000' is 1000 in Vietnamese; "
     "write value: 1000 (or value: \"1.000\") [vi-thousands]"),
    ("string that is not a Vietnamese number", "targets/2023.yaml",
     fdi_with(**{"value: 1.0": 'value: "55.60"'}),
     "5:12: error: value: '55.60' is not a Vietnamese number (did you mean '55,6'?): '.' groups "
     "thousands (55.600) and ',' marks decimals (86,46) [bad-number]"),
    ("string that is no number", "targets/2023.yaml", fdi_with(**{"value: 1.0": 'value: "1 tỷ"'}),
     "5:12: error: value: '1 tỷ' is not a number; write digits, e.g. 55.600 or 86,46 "
     "[bad-number]"),
    # issue 9.6: PyYAML's own wording is rephrased
    ("unknown escape in double quotes", "targets/2023.yaml",
     fdi_with(**{"source: plan-a": 'source: "plan\\q"'}),
     "6:18: error: a backslash in a double-quoted value starts an escape; write \\\\ or use "
     "single quotes [yaml-syntax]"),
    ("a second document", "targets/2023.yaml", FDI + "---\nyear: 2023\n",
     "8:1: error: a second document ('---') in one file; keep one document per file "
     "[yaml-syntax]"),
    ("list item misindented", "targets/2023.yaml",
     "year: 2023\ntargets:\n  - indicator: fdi\n  op: x\n",
     "4:3: error: a list item ('- ...') is expected here; check this line's indentation against "
     "the lines above [yaml-syntax]"),
    ("anchor without an alias", "targets/2023.yaml", fdi_with(**{"value: 1.0": "value: &v 1.0"}),
     "5:12: error: anchor &v is not allowed in qnplan data; remove it and write each value out "
     "[anchor]"),
    ("enum lists its values", "sources.yaml", SOURCES.replace("type: plan", "type: plann"),
     "3:11: error: type: 'plann' is not one of plan, directive, report, statistics, press "
     "(did you mean 'plan'?) [invalid-value]"),
    ("unquoted date as text", "targets/2023.yaml",
     fdi_with(**{'quote: "thu hút vốn FDI đạt ít nhất 1,0 tỷ USD"': "quote: 2023-01-01"}),
     "7:12: error: quote: expected text, got a date; put it in quotes [wrong-type]"),
]


@pytest.mark.parametrize(("name", "relative", "content", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_broken_file_is_reported(data: DataDir, name: str, relative: str, content: str | bytes,
                                 expected: str) -> None:
    """Each mistake gives exit 1 and one exact message naming file, line and column."""
    path = data.root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    run = qnplan("validate", data=data)
    assert run.exit_code == 1, run.stdout
    expected = expected.replace("{root}", str(data.root))
    want = f"{path}:{expected}" if expected[0].isdigit() else f"{path}: {expected}"
    assert want in run.stdout.splitlines(), run.stdout
    assert "Traceback" not in run.stdout + run.stderr


def test_every_problem_is_reported_not_just_the_first(data: DataDir) -> None:
    """Mistakes in two files, three in one entry: each has its message, none hides another."""
    data.write("targets/2023.yaml", fdi_with(**{"indicator: fdi": "indicator: fdl",
                                                "source: plan-a": "source: nope"}))
    data.write("actuals/2023.yaml", "year: 2023\nactuals:\n  - indicator: x\n")
    run = qnplan("validate", "--format", "json", data=data)
    assert run.exit_code == 1
    assert [(i["path"].split("/data/")[1], i["line"], i["code"])
            for i in json.loads(run.stdout)] == [
        ("targets/2023.yaml", 3, "unknown-indicator"),
        ("targets/2023.yaml", 6, "unknown-source"),
        ("actuals/2023.yaml", 3, "missing-field"),
        ("actuals/2023.yaml", 3, "unknown-indicator")]


def test_a_duplicate_key_and_an_unknown_field_hide_nothing(data: DataDir) -> None:
    """A duplicate key, an unknown field and an unknown indicator in one entry: all three."""
    path = data.write("targets/2023.yaml", fdi_with(**{
        "value: 1.0": "value: 1.0\n    value: 2", "indicator: fdi": "indicator: fdl",
        "source: plan-a": "source: plan-a\n    sourse: x"}))
    run = qnplan("validate", data=data)
    assert run.exit_code == 1
    assert run.stdout.splitlines() == [
        f"{path}:3:16: error: unknown indicator 'fdl'; add it to indicators.yaml or fix the id "
        "[unknown-indicator]",
        f"{path}:6:5: error: duplicate key 'value': YAML would silently keep only the last one; "
        "remove or rename one [duplicate-key]",
        f"{path}:8:13: error: unknown field 'sourse' (did you mean 'source'?) [unknown-field]"]
    assert run.stderr == ("3 errors, 0 warnings; 5 valid entries, 0 quotes checked against "
                          "their source text\n")


def test_a_refused_registry_entry_is_not_reported_again_as_unknown(data: DataDir) -> None:
    """A source refused in sources.yaml is one error there, not 'unknown source' at each use."""
    path = data.write("sources.yaml", SOURCES.replace("date: 2022-12-09", "date: 2023-02-30"))
    run = qnplan("validate", data=data)
    assert run.exit_code == 1
    assert run.stdout.splitlines() == [
        f"{path}:7:11: error: '2023-02-30' is not a real date; write one that exists, as "
        "YYYY-MM-DD [invalid-value]"]


@pytest.mark.parametrize(("written", "meant"), [('"55.600"', 55600), ('"86,46"', 86.46),
                                                 ("86,46", 86.46), ('"1.234.567,5"', 1234567.5)])
def test_vietnamese_numbers_in_data(data: DataDir, written: str, meant: float) -> None:
    """A value written the Vietnamese way, as a string, is read as Vietnamese means it."""
    data.write("targets/2023.yaml", fdi_with(**{
        "indicator: fdi": "indicator: poor_households", "value: 1.0": f"value: {written}",
        'op: ">="': 'op: "<="', "source: plan-a": "source: party-a",
        "quote: \"thu hút vốn FDI đạt ít nhất 1,0 tỷ USD\"": f"quote: \"còn {written.strip(chr(34))} hộ\""}))
    run = qnplan("validate", data=data)
    assert (run.exit_code, run.stdout) == (0, "")
    rows = json.loads(qnplan("status", "2023", "--format", "json", data=data).stdout)["rows"]
    assert [r["target"]["value"] for r in rows] == [meant]


def test_the_value_may_be_in_another_unit_than_the_quote(data: DataDir) -> None:
    """3000 triệu USD is the quote's "3 tỷ USD": no value-not-in-quote warning."""
    data.write("targets/2023.yaml", fdi_with(**{
        "value: 1.0": 'value: 3000\n    unit: "triệu USD"', "source: plan-a": "source: party-a",
        "quote: \"thu hút vốn FDI đạt ít nhất 1,0 tỷ USD\"": "quote: \"FDI đạt 3 tỷ USD\""}))
    run = qnplan("validate", "--strict", data=data)
    assert (run.exit_code, run.stdout) == (0, "")


def test_strict_fails_on_warnings(data: DataDir) -> None:
    """validate --strict exits 1 when there are only warnings; without it, 0."""
    data.write("targets/2023.yaml", fdi_with(**{"value: 1.0": "value: 1.5"}))
    assert qnplan("validate", data=data).exit_code == 0
    strict = qnplan("validate", "--strict", data=data)
    assert strict.exit_code == 1
    assert strict.stderr == ("0 errors, 1 warning; 6 valid entries, 1 quote checked against "
                             "their source text\n")


def test_units_are_compared_in_nfc(data: DataDir) -> None:
    """A unit typed in decomposed Unicode is the same unit."""
    nfd = unicodedata.normalize("NFD", "tỷ USD")
    assert nfd != "tỷ USD"
    data.write("targets/2023.yaml", fdi_with(**{"value: 1.0": f'value: 1.0\n    unit: "{nfd}"'}))
    run = qnplan("validate", "--strict", data=data)
    assert (run.exit_code, run.stdout) == (0, "")


def test_messages_stay_one_line_in_text_and_github(tmp_path: Path, data: DataDir) -> None:
    """A folder name with a newline, ',' ':' and '%': one line per issue, GitHub-escaped."""
    odd = tmp_path / "a,b:c%d\ne"
    data.root.rename(odd)
    (odd / "targets" / "2023.yaml").write_text(
        fdi_with(**{"indicator: fdi": 'indicator: "fd\\fi"'}), encoding="utf-8")
    text = qnplan("validate", data=odd)
    assert text.exit_code == 1
    assert text.stdout.splitlines() == [
        f"{tmp_path}/a,b:c%d\\ne/targets/2023.yaml:3:16: error: unknown indicator 'fd\\x0ci' "
        "(did you mean 'fdi'?); add it to indicators.yaml or fix the id [unknown-indicator]"]
    github = qnplan("validate", "--format", "github", data=odd)
    escaped = str(tmp_path).replace(":", "%3A").replace(",", "%2C")
    assert github.stdout == (
        f"::error file={escaped}/a%2Cb%3Ac%25d%0Ae/targets/2023.yaml,line=3,col=16,"
        "title=unknown-indicator::unknown indicator 'fd\\x0ci' (did you mean 'fdi'?); add it "
        "to indicators.yaml or fix the id\n")


def test_unknown_names_validate_in_linear_time(data: DataDir) -> None:
    """Thousands of distinct unknown indicators: each reported, 'did you mean' only for the
    first few, so bad data costs about what good data does (timed in make bench, not here)."""
    entries = "".join(f"  - {{indicator: forest_cover_{i:03d}, op: '>', value: 1, source: party-a, "
                      f"quote: '1'}}\n" for i in range(300))
    data.write("targets/2023.yaml", f"year: 2023\ntargets:\n{entries}")
    lines = qnplan("validate", data=data).stdout.splitlines()
    assert len(lines) == 300
    assert sum("did you mean" in line for line in lines) == 20


def test_value_missing_from_quote_is_a_warning(data: DataDir) -> None:
    """A value that cannot be found in its quote warns but does not fail."""
    data.write("targets/2023.yaml", fdi_with(**{"value: 1.0": "value: 1.5"}))
    run = qnplan("validate", data=data)
    assert run.exit_code == 0
    assert run.stdout.splitlines() == [
        f"{data.root}/targets/2023.yaml:7:12: warning: the value 1.5 is not written in the quote "
        "[value-not-in-quote]"]


def test_github_format(data: DataDir) -> None:
    """--format github prints workflow annotations."""
    data.write("targets/2023.yaml", fdi_with(**{"indicator: fdi": "indicator: fdl"}))
    run = qnplan("validate", "--format", "github", data=data)
    assert run.exit_code == 1
    assert run.stdout == (f"::error file={data.root}/targets/2023.yaml,line=3,col=16,"
                          "title=unknown-indicator::unknown indicator 'fdl'; add it to "
                          "indicators.yaml or fix the id\n")


def test_validate_one_file(data: DataDir) -> None:
    """validate PATH checks only that file, with the registries of its data folder."""
    data.write("actuals/2023.yaml", "year: 2023\nactuals: []\nextra: 1\n")
    ok = qnplan("validate", str(data.root / "targets" / "2023.yaml"))
    assert ok.exit_code == 0, ok.stdout
    bad = qnplan("validate", str(data.root / "actuals" / "2023.yaml"))
    assert bad.exit_code == 1
    assert "unknown top-level key 'extra' [unknown-field]" in bad.stdout


def test_missing_path_is_a_usage_error(data: DataDir) -> None:
    """A path that does not exist exits 2."""
    run = qnplan("validate", str(data.root / "nope.yaml"))
    assert run.exit_code == 2
    assert run.stderr.startswith("error: ") and "does not exist" in run.stderr


def test_alias_bomb_is_refused_quickly(data: DataDir) -> None:
    """A billion-laughs document is refused in well under a second, without expanding it."""
    lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    data.write("targets/2023.yaml", "\n".join(lines) + "\n")
    start = time.perf_counter()
    run = qnplan("validate", data=data)
    elapsed = time.perf_counter() - start
    assert run.exit_code == 1
    assert "[alias]" in run.stdout
    assert elapsed < 5  # generous: expanding it would take minutes and gigabytes


def test_python_tag_runs_no_code(data: DataDir, tmp_path: object) -> None:
    """A !!python/object/apply tag is refused and never executed."""
    marker = data.root / "pwned"
    data.write("targets/2023.yaml", fdi_with(**{
        "value: 1.0": f"value: !!python/object/apply:os.system ['touch {marker}']"}))
    run = qnplan("validate", data=data)
    assert run.exit_code == 1
    assert not marker.exists()


def test_bad_data_stops_compare_with_exit_1(data: DataDir) -> None:
    """compare on invalid data exits 1, pointing at the problem and at `qnplan validate`."""
    data.write("targets/2023.yaml", fdi_with(**{"indicator: fdi": "indicator: fdl"}))
    run = qnplan("compare", "2023", "2024", data=data)
    assert run.exit_code == 1
    assert run.stdout == ""
    assert run.stderr.splitlines() == [
        f"{data.root}/targets/2023.yaml:3:16: error: unknown indicator 'fdl'; add it to "
        "indicators.yaml or fix the id [unknown-indicator]",
        "error: the data has 1 problem; run `qnplan validate` to see them all"]


@pytest.mark.parametrize("text", ["[" * 100_000 + "]" * 100_000, "- " * 50_000 + "x",
                                  "a:\n" + "".join("  " * i + "b:\n" for i in range(1, 3000))])
def test_deep_nesting_is_refused_not_a_crash(data: DataDir, text: str) -> None:
    """Nesting that would overflow libyaml's recursive composer (a segfault) is refused first."""
    data.write("targets/2023.yaml", text)
    run = qnplan("validate", data=data)
    assert run.exit_code == 1
    assert "error: nesting deeper than 100 levels is not qnplan data [too-deep]" in run.stdout


def test_oversized_file_is_refused_without_reading_it(data: DataDir) -> None:
    """A data file over 50 MB is refused by its size, at once."""
    path = data.root / "targets" / "2023.yaml"
    with path.open("r+b") as fh:
        fh.truncate(60 * 1024 * 1024)  # sparse: no 60 MB written
    start = time.perf_counter()
    run = qnplan("validate", data=data)
    assert run.exit_code == 1
    assert (f"{path}: error: file is 60 MB, over the 50 MB limit; split it by year "
            "[file-too-large]") in run.stdout.splitlines()
    assert time.perf_counter() - start < 5


def test_debug_shows_the_traceback(data: DataDir) -> None:
    """Without --debug a one-line error; with it, the exception itself."""
    from typer.testing import CliRunner

    from qnplan.cli.app import app
    from qnplan.errors import UsageError

    quiet = qnplan("compare", "2023", "2031", data=data)
    assert quiet.exit_code == 2 and "Traceback" not in quiet.stderr
    loud = CliRunner().invoke(app, ["--debug", "--data", str(data.root), "compare", "2023", "2031"])
    assert isinstance(loud.exception, UsageError)


def test_a_value_that_overflows_once_converted_is_refused(data: DataDir) -> None:
    """1e308 bn USD is finite, but not in mn USD: an error, never an infinite figure."""
    data.write("indicators.yaml", INDICATORS.replace("unit: bn_usd", "unit: mn_usd"))
    path = data.write("targets/2023.yaml", fdi_with(**{
        "value: 1.0": 'value: 1.0e+308\n    unit: bn_usd', "source: plan-a": "source: party-a"}))
    run = qnplan("validate", data=data)
    assert run.exit_code == 1
    assert run.stdout.splitlines() == [
        f"{path}:5:12: error: value is a number of 309 digits, too large for a number qnplan "
        "can compare once converted to mn_usd [too-large]"]
