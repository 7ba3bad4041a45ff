"""The parsed-data cache answers exactly as a fresh read does, and is never stale."""

from __future__ import annotations

import gc
import json
import os
import time
from pathlib import Path
from typing import Any

import msgspec
import pytest

from qnplan.dataset import build as dataset
from qnplan.dataset import cache
from qnplan.dataset.paths import BUNDLED
from tests.conftest import DataDir, qnplan

BUNDLED_COMMANDS = [
    [*cmd, "--format", fmt]
    for cmd in (["compare", "2023", "2024", "--scope", "all"], ["status", "2023"], ["conflicts"])
    for fmt in ("table", "markdown", "csv", "json")
] + [["validate", "--format", fmt] for fmt in ("text", "github", "json")] + [
    ["validate", str(BUNDLED / "targets" / "2023.yaml")]]


@pytest.fixture
def no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """From here on, reading the data files fails: only the cache can answer."""

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the data files were parsed again")

    monkeypatch.setattr(dataset, "load_dataset", refuse)


@pytest.fixture
def fresh_files_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    """Store loads of files written moments ago (normally held back for two seconds, in
    case they change again within one timestamp tick)."""
    monkeypatch.setattr(cache, "RACY_NS", 0)
    time.sleep(0.05)  # past the filesystem's timestamp tick


def entries(cache_home: Path) -> list[Path]:
    return sorted(cache_home.glob("*.msgpack")) if cache_home.is_dir() else []


def edit_keeping_size_and_mtime(path: Path, old: str, new: str) -> None:
    """Replace text with text of the same length, then set the modification time back."""
    assert len(old.encode()) == len(new.encode())
    before = path.stat()
    time.sleep(0.05)  # a later timestamp tick than the cached read
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    after = path.stat()
    assert (after.st_size, after.st_mtime_ns) == (before.st_size, before.st_mtime_ns)


@pytest.mark.parametrize("args", BUNDLED_COMMANDS, ids=" ".join)
def test_cached_answer_is_byte_identical(args: list[str], cache_home: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """On the bundled data, an answer from the cache equals a fresh read, byte for byte."""
    fresh = qnplan("--no-cache", *args, width=120)
    first = qnplan(*args, width=120)
    assert len(entries(cache_home)) == 1
    monkeypatch.setattr(dataset, "load_dataset", None)  # the second run cannot parse
    cached = qnplan(*args, width=120)
    assert (cached.exit_code, cached.stdout, cached.stderr) == (
        fresh.exit_code, fresh.stdout, fresh.stderr)
    assert (first.stdout, first.stderr) == (fresh.stdout, fresh.stderr)


def test_edit_keeping_size_and_mtime_is_seen(data: DataDir, cache_home: Path,
                                             fresh_files_cached: None) -> None:
    """A same-size edit with the modification time set back still changes the answer."""
    before = json.loads(qnplan("status", "2023", "-f", "json", data=data).stdout)
    assert before["rows"][0]["target"]["value"] == 1.0
    assert len(entries(cache_home)) == 1
    edit_keeping_size_and_mtime(data.root / "targets/2023.yaml", "value: 1.0", "value: 2.0")
    after = json.loads(qnplan("status", "2023", "-f", "json", data=data).stdout)
    assert after["rows"][0]["target"]["value"] == 2.0


def test_changed_source_text_is_seen(data: DataDir, cache_home: Path,
                                     fresh_files_cached: None) -> None:
    """validate sees a source text edited after its answer was cached."""
    assert qnplan("validate", data=data).exit_code == 0
    assert len(entries(cache_home)) == 1
    edit_keeping_size_and_mtime(data.root / "sources/plan-a.txt", "ít nhất", "ít nhứt")
    run = qnplan("validate", data=data)
    assert run.exit_code == 1
    assert ("targets/2023.yaml:7:12: error: quote not found in the text of source 'plan-a'; "
            "copy it verbatim from the document [quote-not-found]") in run.stdout


def test_one_cached_answer_serves_both_languages(data: DataDir, cache_home: Path,
                                                fresh_files_cached: None,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache stores issues as message keys and fields, not words: an answer cached by
    an English run gives a Vietnamese run its problems in Vietnamese, without a second read."""
    (data.root / "sources/plan-a.txt").write_text("Một văn bản khác.\n", "utf-8")
    assert qnplan("validate", data=data).exit_code == 1
    assert len(entries(cache_home)) == 1
    monkeypatch.setattr(dataset, "load_dataset", None)  # the second run cannot parse
    run = qnplan("--lang", "vi", "validate", data=data)
    assert run.exit_code == 1
    assert ("targets/2023.yaml:7:12: error: không tìm thấy trích dẫn trong văn bản nguồn "
            "'plan-a'; hãy chép nguyên văn từ văn bản [quote-not-found]\n") in run.stdout
    assert len(entries(cache_home)) == 1


def test_changed_registry_is_seen(data: DataDir, cache_home: Path,
                                  fresh_files_cached: None) -> None:
    """An indicator renamed in indicators.yaml shows under its new name."""
    assert qnplan("indicators", "-f", "json", data=data).exit_code == 0
    edit_keeping_size_and_mtime(data.root / "indicators.yaml", "FDI attracted", "FDI collected")
    names = [i["name"] for i in json.loads(qnplan("indicators", "-f", "json", data=data).stdout)]
    assert names[0] == "FDI collected"


def test_new_year_file_is_seen(data: DataDir, cache_home: Path,
                               fresh_files_cached: None) -> None:
    """A targets file added after the answer was cached is read."""
    assert qnplan("status", "2025", data=data).exit_code == 2
    data.write("targets/2025.yaml", (data.root / "targets/2024.yaml").read_text("utf-8")
               .replace("year: 2024", "year: 2025"))
    assert qnplan("status", "2025", data=data).exit_code == 0


def test_unchanged_files_are_not_parsed_again(data: DataDir, cache_home: Path,
                                              fresh_files_cached: None,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """A second run on unchanged files answers from the cache alone."""
    first = qnplan("compare", "2023", "2024", "-f", "json", data=data)
    monkeypatch.setattr(dataset, "load_dataset", None)
    assert qnplan("compare", "2023", "2024", "-f", "json", data=data).stdout == first.stdout


def test_files_changed_moments_ago_are_not_stored(data: DataDir, cache_home: Path) -> None:
    """A load of files written within the last two seconds is used but not stored."""
    assert qnplan("status", "2023", data=data).exit_code == 0
    assert entries(cache_home) == []


@pytest.mark.parametrize("garbage", [b"", b"\x00garbage\xff", b"\x92\x01\x02",
                                     msgspec.msgpack.encode({"dataset": "x", "issues": []})],
                         ids=["empty", "garbage", "short", "foreign"])
def test_corrupt_cache_file_is_ignored_and_rewritten(garbage: bytes, cache_home: Path) -> None:
    """A corrupt or foreign cache file gives the fresh answer and is replaced."""
    expected = qnplan("--no-cache", "status", "2023", "-f", "json").stdout
    qnplan("status", "2023", "-f", "json")
    [entry] = entries(cache_home)
    entry.write_bytes(garbage)
    run = qnplan("status", "2023", "-f", "json")
    assert (run.exit_code, run.stdout, run.stderr) == (0, expected, "")
    assert entry.read_bytes() != garbage


def test_unwritable_cache_directory_is_not_an_error(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A cache location that cannot be created (under a file) costs the cache, not the run."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("", "utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    expected = qnplan("--no-cache", "compare", "2023", "2024", "-f", "json").stdout
    run = qnplan("compare", "2023", "2024", "-f", "json")
    assert (run.exit_code, run.stdout, run.stderr) == (0, expected, "")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_cache_directory_is_not_an_error(cache_home: Path) -> None:
    """A read-only cache directory: the answer is given, nothing is stored."""
    cache_home.mkdir(parents=True)
    cache_home.chmod(0o500)
    try:
        run = qnplan("compare", "2023", "2024", "-f", "json")
        assert (run.exit_code, run.stderr) == (0, "")
        assert entries(cache_home) == []
    finally:
        cache_home.chmod(0o700)


@pytest.mark.parametrize("switch", ["option", "environment"])
def test_no_cache_neither_reads_nor_writes(switch: str, cache_home: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """--no-cache and QNPLAN_NO_CACHE=1 parse the files afresh and store nothing."""
    args = ["status", "2023", "-f", "json"]
    if switch == "option":
        args.insert(0, "--no-cache")
    else:
        monkeypatch.setenv("QNPLAN_NO_CACHE", "1")
    qnplan(*args)
    assert not cache_home.exists()
    loads = []
    real = dataset.load_dataset
    monkeypatch.setattr(dataset, "load_dataset", lambda *a, **k: loads.append(1) or real(*a, **k))
    assert qnplan(*args).exit_code == 0
    assert loads == [1]


def test_cache_is_never_written_inside_the_data_directory(data: DataDir,
                                                         fresh_files_cached: None,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """With XDG_CACHE_HOME inside the data directory, nothing is written there."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(data.root / "sources"))
    before = sorted(p.relative_to(data.root) for p in data.root.rglob("*"))
    assert qnplan("status", "2023", data=data).exit_code == 0
    assert sorted(p.relative_to(data.root) for p in data.root.rglob("*")) == before


def test_old_entries_are_pruned(tmp_path: Path, cache_home: Path,
                                monkeypatch: pytest.MonkeyPatch) -> None:
    """Beyond MAX_ENTRIES the least recently used entries are removed."""
    monkeypatch.setattr(cache, "MAX_ENTRIES", 2)
    for fmt in ("json", "csv"):  # the same question: one entry
        qnplan("status", "2023", "-f", fmt)
    assert len(entries(cache_home)) == 1
    qnplan("validate")  # quote checks: a second question
    oldest = entries(cache_home)
    monkeypatch.chdir(tmp_path)  # issue paths depend on the working directory: a third
    qnplan("validate")
    remaining = entries(cache_home)
    assert len(remaining) == 2
    assert len(set(remaining) - set(oldest)) == 1


def test_collector_is_running_after_a_command() -> None:
    """The garbage collector, paused while data is built, is on again afterwards."""
    assert qnplan("status", "2023").exit_code == 0
    assert gc.isenabled()
