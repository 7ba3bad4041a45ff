"""Hostile data folders: nothing outside the folder is read, nothing hangs, each problem is
reported on one located line.

Each case copies a folder of tests/fixtures/hostile/ (symlinks kept) over the small valid
folder of conftest, next to a "secret" file outside it that holds the exact source text the
quotes cite: were the secret read, the quotes would check out and the count would say so.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SOURCE_TEXT, TARGETS_2023, DataDir, qnplan

HOSTILE = Path(__file__).parents[1] / "fixtures" / "hostile"
SOURCES_TEXT_AT = "sources.yaml:8:11"  # the `text:` of source plan-a in conftest's SOURCES


@pytest.fixture
def hostile(data: DataDir) -> Iterator[DataDir]:
    """The valid folder, a secret beside it, and a guard so a blocking read fails the test."""
    (data.root.parent / "secret.txt").write_text(SOURCE_TEXT, encoding="utf-8")
    (data.root.parent / "secret.yaml").write_text(TARGETS_2023, encoding="utf-8")

    def hung(*_: object) -> None:
        raise TimeoutError("validate blocked on a file")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(20)
    yield data
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def overlay(data: DataDir, case: str) -> None:
    """Put the case's files over the valid folder, replacing files and keeping symlinks."""
    for src in sorted((HOSTILE / case).rglob("*")):
        dst = data.root / src.relative_to(HOSTILE / case)
        if src.is_dir() and not src.is_symlink():
            dst.mkdir(exist_ok=True)
            continue
        dst.unlink(missing_ok=True)
        if src.is_symlink():
            dst.symlink_to(src.readlink())
        else:
            shutil.copyfile(src, dst)


def validate_json(data: DataDir) -> tuple[int, list[dict[str, object]]]:
    run = qnplan("validate", "--format", "json", data=data)
    return run.exit_code, json.loads(run.stdout)


CASES = [
    ("dotdot-text", SOURCES_TEXT_AT,
     "source text '../secret.txt' leads outside the data directory; copy the file into it; "
     "its quotes cannot be checked [outside-data]"),
    ("absolute-text", SOURCES_TEXT_AT,
     "source text '/etc/passwd' is an absolute path; name a file relative to the data "
     "directory, e.g. sources/ID.txt; its quotes cannot be checked [outside-data]"),
    ("symlink-text-out", SOURCES_TEXT_AT,
     "source text 'sources/plan-a.txt' leads outside the data directory; copy the file into "
     "it; its quotes cannot be checked [outside-data]"),
    ("device-text", SOURCES_TEXT_AT,
     "source text 'sources/plan-a.txt' leads outside the data directory; copy the file into "
     "it; its quotes cannot be checked [outside-data]"),
    ("cp1258-text", SOURCES_TEXT_AT,
     "source text 'sources/plan-a.txt' (line 1) is not UTF-8: byte 0xf2 (Latin-1 or "
     "Windows-1258?); save it as UTF-8; its quotes cannot be checked [encoding]"),
    ("symlink-year-out", "targets/2023.yaml",
     "file leads outside the data directory; copy the file into it [outside-data]"),
]


@pytest.mark.parametrize(("case", "where", "message"), CASES, ids=[c[0] for c in CASES])
def test_hostile_folder_is_reported_and_nothing_outside_is_read(
        hostile: DataDir, case: str, where: str, message: str) -> None:
    """Exit 1, one located line, and no quote checked against a file outside the folder."""
    overlay(hostile, case)
    run = qnplan("validate", data=hostile)
    assert run.exit_code == 1, run.stdout
    assert f"{hostile.root}/{where}: error: {message}" in run.stdout.splitlines(), run.stdout
    assert run.stderr.endswith(", 0 quotes checked against their source text\n"), run.stderr


def test_a_link_inside_the_folder_to_a_file_inside_it_is_fine(hostile: DataDir) -> None:
    """sources/same-text.txt -> plan-a.txt is read, and the quotes citing it are checked."""
    overlay(hostile, "symlink-text-in")
    run = qnplan("validate", data=hostile)
    assert run.exit_code == 0, run.stdout
    assert run.stderr == "0 errors, 0 warnings; 9 valid entries, 3 quotes checked against " \
                         "their source text\n"


def test_a_fifo_source_text_is_refused_without_waiting(hostile: DataDir) -> None:
    """A named pipe with no writer is refused at once, not read (which would block forever)."""
    fifo = hostile.root / "sources" / "plan-a.txt"
    fifo.unlink()
    os.mkfifo(fifo)
    code, issues = validate_json(hostile)
    assert code == 1
    assert [(i["line"], i["code"], i["message"]) for i in issues] == [
        (8, "not-a-file", "source text 'sources/plan-a.txt' is a named pipe (FIFO), not a "
         "regular file; its quotes cannot be checked")]


def test_a_fifo_year_file_is_refused_without_waiting(hostile: DataDir) -> None:
    """A year file that is a named pipe is refused too; the other files are still checked."""
    year_file = hostile.root / "actuals" / "2023.yaml"
    year_file.unlink()
    os.mkfifo(year_file)
    run = qnplan("validate", data=hostile)
    assert run.exit_code == 1
    assert run.stdout.splitlines() == [
        f"{year_file}: error: file is a named pipe (FIFO), not a regular file [not-a-file]"]


def test_a_data_folder_that_is_a_symlink_still_works(hostile: DataDir) -> None:
    """Containment resolves the root first, as the bundled qnplan/data link needs."""
    link = hostile.root.parent / "linked-data"
    link.symlink_to(hostile.root)
    run = qnplan("validate", data=link)
    assert run.exit_code == 0, run.stdout
    assert "3 quotes checked" in run.stderr


def test_compare_refuses_a_folder_whose_text_leaves_it(hostile: DataDir) -> None:
    """Commands other than validate check containment too (without reading the texts)."""
    overlay(hostile, "dotdot-text")
    run = qnplan("compare", "2023", "2024", data=hostile)
    assert run.exit_code == 1
    assert run.stderr.splitlines()[0] == (
        f"{hostile.root}/{SOURCES_TEXT_AT}: error: source text '../secret.txt' leads outside "
        "the data directory; copy the file into it; its quotes cannot be checked [outside-data]")


FOLDERS = {
    "constructor-errors": [
        "targets/2023.yaml:5:12: error: value is a number of 389 digits, too large for a number "
        "qnplan can compare; write it in a larger unit (e.g. bn_vnd, not VND) [too-large]",
        "targets/2023.yaml:10:12: error: 'ten' cannot be read as a number; fix the value or "
        "remove its !!float tag [invalid-value]",
        "targets/2023.yaml:16:16: error: 'maybe' cannot be read as true or false; fix the value "
        "or remove its !!bool tag [invalid-value]",
        "actuals/2023.yaml:7:12: error: '2023-02-30' is not a real date; write one that exists, "
        "as YYYY-MM-DD [invalid-value]"],
    "two-files-one-year": [
        "targets/2023.yml:1:1: error: a second targets file for 2023 beside {root}/targets/"
        "2023.yaml; keep one file per year [duplicate-year]",
        "actuals/2023.YAML:1:1: error: a second actuals file for 2023 beside {root}/actuals/"
        "2023.yaml; keep one file per year [duplicate-year]"],
    "control-characters": [
        "targets/2023.yaml:8:16: error: unknown indicator 'grdp_growth\\x1b[2J\\x1b[31m'; add it "
        "to indicators.yaml or fix the id [unknown-indicator]",
        "targets/2023.yaml:16:12: error: scope 'quang-ninh\\r\\nerror: forged line' must be "
        "lower-case words joined by '-', e.g. mong-cai [bad-scope]"],
    "implausible-values": [
        "targets/2023.yaml:5:12: error: value is -1, but fdi is an amount (bn_usd), which cannot "
        "be negative; a fall is stated in the quote's words [negative]",
        "targets/2023.yaml:10:10: error: min 11 is greater than max 10; swap them [op-fields]",
        "targets/2023.yaml:16:12: error: value 550% is outside 0-100 for the rate forest_cover "
        "[percent-range]",
        "targets/2023.yaml:22:12: error: a qualitative target has 'text', not 'value' "
        "[op-fields]",
        "actuals/2023.yaml:1:7: error: 'year' is 20233, outside 1950-2100; write the year the "
        "figures are for [implausible-year]"],
}


@pytest.mark.parametrize("case", sorted(FOLDERS))
def test_hostile_values_are_each_reported_on_one_line(hostile: DataDir, case: str) -> None:
    """Every problem of the folder, one located line each, whatever bytes the values hold."""
    overlay(hostile, case)
    run = qnplan("validate", data=hostile)
    assert run.exit_code == 1
    root = str(hostile.root)
    assert run.stdout.splitlines() == [f"{root}/{line}".replace("{root}", root)
                                       for line in FOLDERS[case]]
    github = qnplan("validate", "--format", "github", data=hostile).stdout.splitlines()
    assert len(github) == len(FOLDERS[case])


def test_a_form_feed_from_a_pdf_does_not_stop_a_quote_matching(hostile: DataDir) -> None:
    """A source text with page breaks (form feeds) still matches a quote that spans one."""
    overlay(hostile, "control-characters")
    run = qnplan("validate", data=hostile)
    assert run.stderr.endswith("6 valid entries, 1 quote checked against their source text\n")
    assert "quote-not-found" not in run.stdout


def test_an_oversized_source_text_is_refused_without_reading_it(hostile: DataDir) -> None:
    """A 60 MB source text (sparse: nothing written) is refused by its size, not read."""
    with (hostile.root / "sources" / "plan-a.txt").open("r+b") as fh:
        fh.truncate(60 * 1024 * 1024)
    code, issues = validate_json(hostile)
    assert code == 1
    assert [(i["line"], i["code"], i["message"]) for i in issues] == [
        (8, "file-too-large", "source text 'sources/plan-a.txt' is 60 MB, over the 50 MB limit; "
         "its quotes cannot be checked")]
