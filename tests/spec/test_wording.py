"""Counted nouns agree with their number, and a report's bytes depend on its data alone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from qnplan.i18n.messages import MESSAGES
from tests.conftest import DataDir, qnplan

# A count here is always large (a long value's length, a number's digits, two or more charts).
ALWAYS_PLURAL = {"y.long_value", "y.too_many_digits", "err.svg_many"}


def test_no_message_counts_a_noun_without_its_singular() -> None:
    """'{n} targets' would read '1 targets': counted nouns go through a count.* message."""
    bare = sorted(key for key, text in MESSAGES.items() if re.search(r"\{n\} [a-z]+s\b", text)
                  and not key.startswith("count.") and key not in ALWAYS_PLURAL)
    assert bare == []


def test_one_disagreement_is_singular(data: DataDir) -> None:
    """The conflicts summary counts one disagreement in the singular."""
    run = qnplan("conflicts", data=data, width=120)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.endswith("\n1 disagreement between sources.\n")


@pytest.mark.parametrize(("fail_on", "message"), [
    ("missed", "1 row with status missed (--fail-on)\n"),
    ("missed,on_track", "2 rows with status missed | on_track (--fail-on)\n"),
])
def test_fail_on_counts_the_rows_it_matched(data: DataDir, fail_on: str, message: str) -> None:
    """--fail-on names how many rows matched, in the singular for one."""
    run = qnplan("status", "2023", "--fail-on", fail_on, data=data)
    assert (run.exit_code, run.stderr) == (1, message)


def test_markdown_report_is_dated_by_its_newest_source(data: DataDir, tmp_path: Path) -> None:
    """The export's dateline and summary: counts agree in number, no date of writing (the same
    data give the same bytes on any day)."""
    out = tmp_path / "r.md"
    run = qnplan("export", "2023", "2024", "-o", str(out), data=data)
    assert run.exit_code == 0, run.stderr
    text = out.read_text(encoding="utf-8")
    assert text.split("\n## Progress at a glance")[0].splitlines()[2:] == [
        "*Made with qnplan from 3 cited documents, the latest dated 2022-12-09.*", "",
        "## Summary", "",
        "2023 has 3 targets and 2024 has 3; compared side by side they make 4 rows. From 2023 "
        "to 2024: 1 raised, 0 lowered, 1 kept, 0 changed in wording or kind, 1 new. Of 2023's "
        "targets: 0 dropped by 2024's plan, 1 not restated in the 2024 documents we hold.", "",
        "Against the latest 2023 results: 0 met, 1 on track, 1 short, 1 with no reported "
        "result yet.", "",
        "Sources disagree on 1 figure."]
    assert "— missed, -1 point from the target." in text


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "Made with qnplan from 3 cited documents, the latest dated 2022-12-09."),
    ("vi", "Lập bằng qnplan từ 3 văn bản được trích dẫn, văn bản mới nhất ngày 09/12/2022."),
])
def test_html_report_is_dated_by_its_newest_source(data: DataDir, lang: str, line: str) -> None:
    """The HTML report names its newest source's date, not the day it was written."""
    run = qnplan("--lang", lang, "report", "2023", "2024", "-o", "-", data=data)
    assert run.exit_code == 0, run.stderr
    assert f">{line} " in run.stdout


PERIOD_CODE = re.compile(r"[(\[](FY|H1|Q[1-4]|1?\d[M])[,)\]]")
PERIOD_WORDS = re.compile(r"\b(?:[1-9]|1[01]) tháng\b|\bcả năm\b")  # 8 tháng, cả năm


@pytest.mark.parametrize("args", [
    ["status", "2023"], ["results", "2023"], ["conflicts"], ["compare", "2023", "2024"],
    ["trend"], ["export", "2023", "2024", "-o", "-"], ["report", "2023", "2024", "-o", "-"],
])
def test_vietnamese_names_periods_in_words(args: list[str]) -> None:
    """--lang vi says '8 tháng' and 'cả năm', never the data's codes 8M and FY, on the bundled
    data in every display format."""
    run = qnplan("--lang", "vi", *args, width=200)
    assert run.exit_code == 0, run.stderr
    assert PERIOD_CODE.findall(run.stdout) == []
    assert PERIOD_WORDS.search(run.stdout), "no period said in words"


@pytest.mark.parametrize(("args", "last_line"), [
    (["status", "2023", "--scop", "x"], "lỗi: không có tùy chọn --scop (có phải ý bạn là --scope?)"),
    (["status"], "lỗi: thiếu đối số 'year'"),
    (["status", "abc"], "lỗi: giá trị không hợp lệ cho 'year': 'abc' không phải số nguyên"),
    (["trend", "--format", "xml"], "lỗi: giá trị không hợp lệ cho '--format' / '-f': 'xml' "
     "không phải một trong 'table', 'markdown', 'csv', 'json', 'xlsx', 'svg'"),
    (["report", "2023", "2024"], "lỗi: thiếu tùy chọn '--output' / '-o'"),
    (["trend", "--from"], "lỗi: tùy chọn '--from' cần một giá trị"),
    (["nope"], "lỗi: không có lệnh 'nope'"),
    (["sta"], "lỗi: không có lệnh 'sta' (có phải ý bạn là status?)"),
    (["sources", "rem"], "lỗi: không có lệnh 'rem' (có phải ý bạn là remove?)"),
    ([], "lỗi: thiếu lệnh"),
    (["--bogus", "compare"], "lỗi: không có tùy chọn --bogus"),  # the program's own options
    (["--debug=1", "compare"], "lỗi: tùy chọn '--debug' không nhận giá trị"),
])
def test_vietnamese_usage_errors(data: DataDir, args: list[str], last_line: str) -> None:
    """Click's own usage errors speak the chosen language too: exit 2, usage, where to get help
    and the reason, in Vietnamese."""
    run = qnplan("--lang", "vi", *args, data=data)
    assert (run.exit_code, run.stderr.splitlines()[-1]) == (2, last_line)
    assert "để được hướng dẫn." in run.stderr and "Error" not in run.stderr


def test_a_bad_program_option_is_worded_in_the_language_given_before_it(data: DataDir) -> None:
    """The program's own options fail before any applies, yet --lang (either spelling) given
    before the bad one still sets the language; a bad --lang leaves English."""
    vi = qnplan("--lang=vi", "--no-cache=1", "status", data=data)
    assert (vi.exit_code, vi.stderr.splitlines()[-1]) == (
        2, "lỗi: tùy chọn '--no-cache' không nhận giá trị")
    en = qnplan("--lang", "xx", "--bogus", "status", data=data)
    assert en.exit_code == 2
    assert en.stderr.splitlines()[-1].endswith("--bogus") and "lỗi" not in en.stderr


def test_vietnamese_usage_error_in_full(data: DataDir) -> None:
    """Usage line, where to get help, a blank line, the reason."""
    run = qnplan("--lang", "vi", "status", data=data)
    assert (run.exit_code, run.stderr) == (2, "Cách dùng: qnplan status [TÙY_CHỌN] {year}\n"
                                              "Xem 'qnplan status -h' để được hướng dẫn.\n\n"
                                              "lỗi: thiếu đối số 'year'\n")


@pytest.mark.parametrize(("args", "close"), [(["sta"], "'status'"), (["valdate"], "'validate'"),
                                             (["sources", "rem"], "'remove'")])
def test_an_unknown_command_names_the_commands_close_to_it(data: DataDir, args: list[str],
                                                          close: str) -> None:
    """A mistyped command is a usage error that names the command it is close to, whether or
    not that command has been built yet (the root builds commands only when they are run)."""
    run = qnplan(*args, data=data)
    assert run.exit_code == 2
    assert run.stderr.splitlines()[-1].endswith(f"{args[-1]!r}. Did you mean {close}?")


def test_english_usage_errors_name_the_command_and_the_bad_option(data: DataDir) -> None:
    """Without --lang vi, a usage error is English: exit 2, the command's usage line first, the
    offending option named last, and no Vietnamese (Click's own sentence is Click's to word)."""
    run = qnplan("status", "2023", "--bogus", data=data)
    lines = run.stderr.splitlines()
    assert run.exit_code == 2
    assert lines[0].startswith("Usage: qnplan status ")
    assert lines[-1].startswith("Error: ") and lines[-1].endswith("--bogus")
    assert "lỗi" not in run.stderr
