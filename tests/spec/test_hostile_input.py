"""Hostile input against every path qnplan opens and every file it writes (issue 15): each
case gets one clear line naming the problem, or correct handling; never a traceback (exit
70), a hang, a write outside where asked, or data half written."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import stat
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from tests.conftest import SOURCES, DataDir, pdf_bytes, qnplan

FIXTURES = Path(__file__).parents[1] / "fixtures" / "documents"


@pytest.fixture(autouse=True)
def no_hang() -> Iterator[None]:
    """A read that blocks (a FIFO opened for reading) fails the test instead of hanging it."""

    def hung(*_: object) -> None:
        raise TimeoutError("qnplan blocked")

    old = signal.signal(signal.SIGALRM, hung)
    signal.alarm(60)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, old)


def _directory(path: Path) -> None:
    path.mkdir()


def _fifo(path: Path) -> None:
    os.mkfifo(path)


def _socket(path: Path) -> None:
    s = socket.socket(socket.AF_UNIX)
    s.bind(str(path))
    s.close()


def _dangling(path: Path) -> None:
    path.symlink_to(path.parent / "gone.yaml")


SPECIALS: dict[str, Callable[[Path], None]] = {
    "directory": _directory, "fifo": _fifo, "socket": _socket, "dangling": _dangling}
KIND_WORDS = {"directory": "is a directory, not a regular file",
              "fifo": "is a named pipe (FIFO), not a regular file",
              "socket": "is a socket, not a regular file",
              "dangling": "cannot be read: No such file or directory"}


def _make(kind: str, path: Path) -> None:
    if path.exists():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    SPECIALS[kind](path)


def snapshot(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*"))
            if p.is_file() and not p.is_symlink()}


# --- a special file where a data file is expected ------------------------------------------
@pytest.mark.parametrize("kind", sorted(SPECIALS))
@pytest.mark.parametrize("name", ["targets/2025.yaml", "actuals/2023.yaml", "sources.yaml",
                                  "indicators.yaml", "sources/plan-a.txt",
                                  "plans/2026-2030.yaml", "settings.yaml"])
def test_a_special_file_in_the_data_is_a_located_error(data: DataDir, kind: str,
                                                       name: str) -> None:
    """validate names the file and what it is, exits 1, and never waits on a FIFO."""
    _make(kind, data.root / name)
    run = qnplan("validate", data=data)
    assert run.exit_code == 1, run.stderr
    where = f"{data.root / name}" if not name.startswith("sources/") else ""
    words = KIND_WORDS[kind]
    if name.startswith("sources/") and kind == "dangling":
        words = "source text 'sources/plan-a.txt' not found in the data directory"
    lines = [line for line in run.stdout.splitlines() if words in line]
    assert len(lines) == 1
    assert lines[0].startswith(where)
    assert "internal error" not in run.stderr


@pytest.mark.parametrize("kind", sorted(SPECIALS))
def test_a_special_file_as_the_document_is_a_usage_error(tmp_path: Path, kind: str) -> None:
    doc = tmp_path / "doc.txt"
    _make(kind, doc)
    run = qnplan("extract", str(doc))
    assert run.exit_code == 2
    words = KIND_WORDS[kind].replace("cannot be read: ", "")
    assert run.stderr.startswith("error: ") and words in run.stderr
    assert run.stderr.count("\n") == 1


def test_a_device_as_the_document_is_refused_unread(tmp_path: Path) -> None:
    """/dev/zero would never end: it is refused by its kind before a byte is read."""
    run = qnplan("extract", "/dev/zero")
    assert (run.exit_code, run.stderr) == (
        2, "error: '/dev/zero' is a device, not a regular file; give a document file\n")


# --- source ids ------------------------------------------------------------------------------
DOC = "Năm 2025 phấn đấu tỷ lệ che phủ rừng đạt 56%.\n"


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "bao.txt"
    path.write_text(DOC, encoding="utf-8")
    return path


@pytest.mark.parametrize("source", ["a" * 101, "bao-2025\n", "bao\nyear: 1", "Bao-2025",
                                    "../x", "bao 2025", ""])
def test_an_id_that_cannot_be_a_file_name_is_refused_up_front(data: DataDir, doc: Path,
                                                              source: str) -> None:
    before = snapshot(data.root)
    run = qnplan("extract", str(doc), "--source", source, "--write", data=data)
    assert run.exit_code == 2
    assert ("an id is lower-case letters and digits in words joined by '-', at most 100 "
            "characters" in run.stderr) or (source == "" and "--write needs --source" in
                                             run.stderr)
    assert snapshot(data.root) == before


@pytest.mark.parametrize(("source", "read"), [("yes", "bool"), ("no", "bool"), ("on", "bool"),
                                              ("0x1f", "int"), ("1234", "int"),
                                              ("2024-01-01", "date"), ("null", "null"),
                                              ("1e5", None)])
def test_an_id_yaml_reads_as_something_else_is_refused(data: DataDir, doc: Path, source: str,
                                                       read: str | None) -> None:
    """Written unquoted in sources.yaml and in every entry, `yes` would be a boolean."""
    run = qnplan("extract", str(doc), "--source", source, "--write", data=data)
    if read is None:  # YAML reads it as text after all: a valid id
        assert run.exit_code == 0, run.stderr
        return
    assert (run.exit_code, run.stderr) == (
        2, f"error: --source '{source}': YAML reads this id as {read}, not as a name; add a "
        f"word, e.g. {source}-2025 or bao-{source}\n")


def test_an_id_registered_for_another_document_is_named(data: DataDir, doc: Path) -> None:
    """plan-a's text is another document: not a run of "quote not found" errors."""
    run = qnplan("extract", str(doc), "--source", "plan-a", "--write", data=data)
    assert (run.exit_code, run.stderr) == (
        2, "error: --source 'plan-a' is already registered for another document "
        "('Nghị quyết A'); choose a new id for this one\n")


def test_the_same_document_again_under_its_id_is_fine(data: DataDir, doc: Path) -> None:
    assert qnplan("extract", str(doc), "--source", "bao-1", "--write", data=data).exit_code == 0
    again = qnplan("extract", str(doc), "--source", "bao-1", "--write", data=data)
    assert again.exit_code == 0
    assert again.stdout.splitlines()[-1] == "nothing new to add"


# --- where extract --write may write -----------------------------------------------------
def test_a_year_file_ending_in_a_column_0_comment_takes_new_entries(data: DataDir,
                                                                    doc: Path) -> None:
    path = data.write("targets/2025.yaml", """\
        year: 2025
        targets:
          - indicator: fdi
            op: ">="
            value: 1
            source: plan-a
            quote: "thu hút vốn FDI đạt ít nhất 1,0 tỷ USD"
        # reviewed 2025-01-05
        """)
    old = path.read_text("utf-8")
    run = qnplan("extract", str(doc), "--source", "bao-1", "--write", data=data)
    assert run.exit_code == 0, run.stderr
    assert path.read_text("utf-8").startswith(old)
    assert qnplan("validate", data=data).exit_code == 0


def test_a_sources_folder_linking_out_of_the_data_is_refused(data: DataDir, doc: Path,
                                                             tmp_path: Path) -> None:
    data.write("sources.yaml", SOURCES.replace("    text: sources/plan-a.txt\n", ""))
    outside = tmp_path / "elsewhere"
    shutil.move(data.root / "sources", outside)
    (data.root / "sources").symlink_to(outside, target_is_directory=True)
    before, before_out = snapshot(data.root), snapshot(outside)
    run = qnplan("extract", str(doc), "--source", "bao-1", "--write", data=data)
    assert run.exit_code == 1
    assert run.stderr == (f"error: {data.root.resolve()}/sources/bao-1.txt: leads outside the "
                          "data directory; copy the file into it\n")
    assert (snapshot(data.root), snapshot(outside)) == (before, before_out)


@pytest.mark.parametrize("name", ["targets/2025.yaml", "sources.yaml", "targets"])
def test_a_read_only_file_or_folder_is_refused_before_anything_is_written(
        data: DataDir, doc: Path, name: str) -> None:
    """Marked read-only (even where root could write it anyway): one line, nothing changed."""
    data.write("targets/2025.yaml", "year: 2025\ntargets:\n  - {indicator: fdi, op: \">=\", "
               "value: 1, source: plan-a, quote: \"thu hút vốn FDI đạt ít nhất 1,0 tỷ USD\"}\n")
    path = data.root / name
    path.chmod(0o555 if path.is_dir() else 0o444)
    before = snapshot(data.root)
    try:
        run = qnplan("extract", str(doc), "--source", "bao-1", "--write", data=data)
    finally:
        path.chmod(0o755 if path.is_dir() else 0o644)
    assert (run.exit_code, run.stderr) == (
        1, f"error: {data.root.resolve() / name} is read-only; nothing was written\n")
    assert snapshot(data.root) == before


def test_a_read_only_data_folder_is_refused(data: DataDir, doc: Path) -> None:
    data.root.chmod(0o555)
    (data.root / "sources").chmod(0o555)
    try:
        run = qnplan("extract", str(doc), "--source", "bao-1", "--write", data=data)
    finally:
        data.root.chmod(0o755)
        (data.root / "sources").chmod(0o755)
    assert run.exit_code == 1
    assert run.stderr.endswith("is read-only; nothing was written\n")


def test_a_year_file_that_is_a_directory_stops_the_write(data: DataDir, doc: Path) -> None:
    (data.root / "targets" / "2025.yaml").mkdir()
    run = qnplan("extract", str(doc), "--source", "bao-1", "--write", data=data)
    assert run.exit_code == 1
    assert run.stderr == (f"error: the data has errors: {data.root}/targets/2025.yaml: error: "
                          "file is a directory, "
                          "not a regular file [not-a-file]; run `qnplan validate`\n")


# --- documents -------------------------------------------------------------------------------
def test_an_aes_pdf_without_the_crypto_library_is_one_line(tmp_path: Path) -> None:
    pytest.importorskip("pypdf")
    try:
        import cryptography  # noqa: F401
    except ImportError:
        pass
    else:
        pytest.skip("the cryptography package is installed: the PDF can be read")
    pdf = FIXTURES / "aes-128.pdf"
    run = qnplan("extract", str(pdf))
    assert (run.exit_code, run.stderr) == (
        1, f"error: {pdf} is encrypted with AES; install the cryptography package (pip install "
        "cryptography) or save it decrypted or as text\n")


# --- writes as one change: concurrent runs, a run killed half way ------------------------
INTAKE = ("8 tháng năm 2024, tỷ lệ che phủ rừng đạt 55,2%.\n"
          "Năm 2025 phấn đấu tỷ lệ che phủ rừng đạt 56%.\n")
KILLER = textwrap.dedent("""\
    import os, sys
    from qnplan.dataset import transaction
    MODE = sys.argv[3]
    renamed = []
    def rename(stage, target):  # the process dies after the first rename, as if killed
        if renamed:
            os._exit(9)
        renamed.append(target)
        stage.replace(target)
    def write_synced(path, text, mode, real=transaction._write_synced):
        if MODE == "before" and path.name.endswith("journal.tmp"):
            os._exit(9)
        real(path, text, mode)
    transaction._rename = rename
    transaction._write_synced = write_synced
    from qnplan.cli import main
    sys.argv = ["qnplan", "--data", sys.argv[1], "extract", sys.argv[2], "--source", "bao-1",
                "--date", "2024-09-10", "--write"]
    main()
    """)


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "qnplan", *args], capture_output=True,
                          text=True, timeout=120, check=False)


def _entries(root: Path) -> list[tuple[str, str]]:
    """(indicator, source) of every entry in the year files, read as plain YAML."""
    import yaml

    found = []
    for path in sorted([*root.glob("targets/*.yaml"), *root.glob("actuals/*.yaml")]):
        doc = yaml.safe_load(path.read_text("utf-8"))
        for entry in doc.get("targets") or doc.get("actuals") or []:
            found.append((entry["indicator"], entry["source"]))
    return sorted(found)


def test_a_run_killed_between_renames_is_finished_by_the_next_load(data: DataDir,
                                                                   tmp_path: Path) -> None:
    """Killed after the commit point with one file of four renamed: the next command finishes
    the change before it reads, so every reader sees all of the document's entries."""
    doc = tmp_path / "bao.txt"
    doc.write_text(INTAKE, encoding="utf-8")
    killed = subprocess.run([sys.executable, "-c", KILLER, str(data.root), str(doc), "after"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == 9, killed.stderr
    assert (data.root / ".qnplan-journal").exists()  # cut short: sources.yaml not yet renamed
    assert "bao-1" not in (data.root / "sources.yaml").read_text("utf-8")
    check = _cli("--data", str(data.root), "validate")
    assert check.returncode == 0, check.stdout + check.stderr
    assert not (data.root / ".qnplan-journal").exists()
    assert [e for e in _entries(data.root) if e[1] == "bao-1"] == [
        ("forest_cover", "bao-1"), ("forest_cover", "bao-1")]
    assert not list(data.root.rglob(".qnplan-*"))


def test_a_run_killed_before_the_commit_point_changes_nothing(data: DataDir,
                                                              tmp_path: Path) -> None:
    doc = tmp_path / "bao.txt"
    doc.write_text(INTAKE, encoding="utf-8")
    before = snapshot(data.root)
    killed = subprocess.run([sys.executable, "-c", KILLER, str(data.root), str(doc), "before"],
                            capture_output=True, text=True, timeout=120, check=False)
    assert killed.returncode == 9, killed.stderr
    left = {k: v for k, v in snapshot(data.root).items() if ".qnplan-stage-" not in k}
    assert left == before
    assert _cli("--data", str(data.root), "validate").returncode == 0
    again = _cli("--data", str(data.root), "extract", str(doc), "--source", "bao-1", "--date",
                 "2024-09-10", "--write")
    assert again.returncode == 0, again.stderr
    assert not list(data.root.rglob(".qnplan-*"))  # the next writer swept them


def test_concurrent_writes_each_land_whole(data: DataDir, tmp_path: Path) -> None:
    """Four runs at once, each with its own document and id: every registration and every
    entry is there afterwards (without the lock, one run's sources.yaml replaced another's)."""
    runs = []
    for n in range(4):
        doc = tmp_path / f"bao-{n}.txt"
        doc.write_text(INTAKE.replace("55,2", f"55,{n + 3}").replace("56%", f"5{n}%"),
                       encoding="utf-8")
        runs.append(subprocess.Popen(
            [sys.executable, "-m", "qnplan", "--data", str(data.root), "extract", str(doc),
             "--source", f"bao-{n}", "--date", "2024-09-10", "--write"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for r in runs:
        _, err = r.communicate(timeout=120)
        assert r.returncode == 0, err
    assert _cli("--data", str(data.root), "validate").returncode == 0
    assert sorted({s for _, s in _entries(data.root) if s.startswith("bao-")}) == [
        "bao-0", "bao-1", "bao-2", "bao-3"]
    assert [e for e in _entries(data.root) if e[1].startswith("bao-")] == sorted(
        [("forest_cover", f"bao-{n}") for n in range(4)] * 2)


# --- -o at something that is not a regular file -----------------------------------------
def test_o_at_a_pipe_writes_through_and_keeps_the_pipe(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE)
    try:
        run = _cli("export", "2023", "2024", "-o", str(fifo))
        got, _ = reader.communicate(timeout=60)
    finally:
        reader.kill()
    assert run.returncode == 0, run.stderr
    expected = _cli("export", "2023", "2024", "-o", "-").stdout
    assert got.decode("utf-8") == expected
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_o_at_a_pipe_nobody_reads_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    run = qnplan("export", "2023", "2024", "-o", str(fifo))
    assert (run.exit_code, run.stderr) == (
        2, f"error: cannot write {str(fifo)!r}: no program is reading from this pipe\n")
    assert stat.S_ISFIFO(fifo.lstat().st_mode)


def test_o_at_a_socket_is_refused(tmp_path: Path) -> None:
    sock = tmp_path / "sock"
    _socket(sock)
    run = qnplan("report", "2023", "2024", "-o", str(sock))
    assert (run.exit_code, run.stderr) == (
        2, f"error: {str(sock)!r} is a socket, not a file; give a file name, e.g. report.md\n")


def test_o_at_a_device_writes_into_it_and_never_replaces_it(tmp_path: Path) -> None:
    """As root a rename once replaced a real device node with a regular file."""
    device = tmp_path / "null"
    try:
        os.mknod(device, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except (PermissionError, OSError):
        pytest.skip("cannot make a device node here")
    run = qnplan("export", "2023", "2024", "-o", str(device))
    assert run.exit_code == 0, run.stderr
    assert stat.S_ISCHR(device.lstat().st_mode)
    assert device.lstat().st_rdev == os.makedev(1, 3)


@pytest.mark.parametrize("redirect", ["pipe", "file"])
def test_o_dev_stdout_goes_to_standard_output(tmp_path: Path, redirect: str) -> None:
    """-o /dev/stdout with stdout a pipe, or a file the shell opened: the file keeps its inode
    (a rename over it would leave the shell writing to a deleted file)."""
    expected = _cli("export", "2023", "2024", "-o", "-").stdout
    if redirect == "pipe":
        run = _cli("export", "2023", "2024", "-o", "/dev/stdout")
        assert (run.returncode, run.stdout) == (0, expected)
        return
    target = tmp_path / "out.md"
    with target.open("w") as fh:
        inode = os.fstat(fh.fileno()).st_ino
        done = subprocess.run([sys.executable, "-m", "qnplan", "export", "2023", "2024", "-o",
                               "/dev/stdout"], stdout=fh, stderr=subprocess.PIPE, text=True,
                              timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert (target.stat().st_ino, target.read_text("utf-8")) == (inode, expected)


# --- the parsed-data cache: untrusted, bounded ----------------------------------------------
def _entry(cache_home: Path) -> Path:
    qnplan("status", "2023", "-f", "json")
    [entry] = sorted(cache_home.glob("*.msgpack"))
    return entry


@pytest.mark.parametrize("swap", ["dev-zero", "fifo", "sparse", "directory"])
def test_a_swapped_cache_entry_is_ignored_unread(cache_home: Path, swap: str) -> None:
    expected = qnplan("--no-cache", "status", "2023", "-f", "json").stdout
    entry = _entry(cache_home)
    entry.unlink()
    if swap == "dev-zero":
        entry.symlink_to("/dev/zero")
    elif swap == "fifo":
        os.mkfifo(entry)
    elif swap == "sparse":
        with entry.open("wb") as fh:
            fh.truncate(8 * 1024 ** 3)  # 8 GB of nothing: never read
    else:
        entry.mkdir()
    run = qnplan("status", "2023", "-f", "json")
    assert (run.exit_code, run.stdout, run.stderr) == (0, expected, "")


def test_a_cache_folder_that_is_a_link_is_not_used(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Entries planted through a link (or a folder others can write) are never trusted."""
    real = tmp_path / "elsewhere"
    real.mkdir(mode=0o700)
    home = tmp_path / "home"
    home.mkdir()
    (home / "qnplan").symlink_to(real, target_is_directory=True)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    expected = qnplan("--no-cache", "status", "2023", "-f", "json").stdout
    for _ in range(2):
        run = qnplan("status", "2023", "-f", "json")
        assert (run.exit_code, run.stdout) == (0, expected)
    assert list(real.iterdir()) == []


def test_a_cache_folder_others_can_write_is_not_used(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path / "home"
    (home / "qnplan").mkdir(parents=True)
    (home / "qnplan").chmod(0o777)
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    assert qnplan("status", "2023", "-f", "json").exit_code == 0
    assert list((home / "qnplan").iterdir()) == []


# --- documents: pages, text encodings, PDF and .docx bombs ---------------------------------
FIGURE = "Năm 2025 phấn đấu tỷ lệ che phủ rừng đạt 56%."


def _statements(path: Path) -> list[tuple[str, float]]:
    run = qnplan("extract", str(path), "-f", "json")
    assert run.exit_code == 0, run.stderr
    return [(s["indicator"], s["value"]) for s in json.loads(run.stdout)["statements"]]


def test_a_figure_inside_an_unclosed_comment_is_not_read(tmp_path: Path) -> None:
    """A browser shows nothing after an unclosed `<!--`; neither does extract."""
    page = tmp_path / "p.html"
    page.write_text(f"<html><body><p>Tin tức.</p><!-- <p>{FIGURE}</p></body></html>",
                    encoding="utf-8")
    assert _statements(page) == []


def test_a_realistic_saved_page_is_read_for_its_article(tmp_path: Path) -> None:
    """2.4 MB of scripts, styles, icons and menus around one short article: the cap is on
    the article's text, not on the markup."""
    script = "<script>var a = [" + ",".join(str(i) for i in range(150_000)) + "];</script>\n"
    style = "<style>" + ".c{color:red}" * 40_000 + "</style>\n"
    menu = "<nav><ul>" + "<li><a href='/x'>Chuyên mục</a></li>" * 12_000 + "</ul></nav>\n"
    icons = "<svg><path d='" + "M1 1L2 2" * 20_000 + "'/></svg>\n"
    markup = (f"<html><head>{style}</head><body>{menu}{icons}<article><p>{FIGURE}</p>"
              f"</article>{script * 2}</body></html>")
    assert len(markup.encode("utf-8")) > 2_400_000
    page = tmp_path / "p.html"
    page.write_text(markup, encoding="utf-8")
    assert _statements(page) == [("forest_cover", 56)]


def test_a_page_whose_article_is_too_long_is_refused_by_its_text(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text("<p>" + "chữ " * 300_000 + "</p>", encoding="utf-8")
    run = qnplan("extract", str(page))
    assert (run.exit_code, run.stderr) == (
        1, f"error: {page} holds 1,199,999 characters of text; extract reads up to 1,000,000: "
        "split the document\n")


@pytest.mark.parametrize("markup", [
    "<div>" * 100_000 + FIGURE + "</div>" * 100_000,
    "<p>" + FIGURE + "</p>" + "<a" * 200_000,
    "<p>" + FIGURE + "</p>" + "</" * 200_000,
    "<p>" + FIGURE + "</p>" + "<?" * 200_000,
    "<p>" + FIGURE + "</p>" + "<!" * 200_000,
], ids=["nested", "open-tags", "end-tags", "processing", "declarations"])
def test_hostile_markup_is_read_in_linear_time(tmp_path: Path, markup: str) -> None:
    """Deep nesting costs nothing; runs of '<' that open no tag once took quadratic time."""
    page = tmp_path / "p.html"
    page.write_text(markup, encoding="utf-8")
    assert _statements(page) == [("forest_cover", 56)]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_text_with_a_byte_order_mark_is_read(tmp_path: Path, codec: str) -> None:
    doc = tmp_path / "d.txt"
    raw = FIGURE.encode(codec)
    if codec == "utf-16-be":
        raw = b"\xfe\xff" + raw
    doc.write_bytes(raw)
    assert _statements(doc) == [("forest_cover", 56)]


def _docx(path: Path, parts: dict[str, bytes]) -> Path:
    import zipfile

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", b"<Types/>")
        z.writestr("word/document.xml", b"<w:document/>")
        for name, data in parts.items():
            z.writestr(name, data)
    return path


def test_a_docx_whose_other_part_is_a_bomb_is_refused(tmp_path: Path) -> None:
    bomb = _docx(tmp_path / "b.docx", {"word/styles.xml": b" " * (40 * 1024 * 1024)})
    run = qnplan("extract", str(bomb))
    assert (run.exit_code, run.stderr) == (
        1, f"error: {bomb}: its text part unpacks to 42 MB; extract refuses documents that "
        "large\n")


def test_a_docx_whose_parts_together_are_a_bomb_is_refused(tmp_path: Path) -> None:
    """Each part under the per-part cap, all of them together far over the total."""
    parts = {f"word/media/p{n}.xml": b" " * (30 * 1024 * 1024) for n in range(3)}
    bomb = _docx(tmp_path / "b.docx", parts)
    run = qnplan("extract", str(bomb))
    assert run.exit_code == 1
    assert run.stderr.startswith(f"error: {bomb}: its text part unpacks to ")


def test_a_docx_declaring_entities_is_refused(tmp_path: Path) -> None:
    laughs = (b'<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
              b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:styles>&b;</w:styles>')
    bomb = _docx(tmp_path / "b.docx", {"word/styles.xml": laughs})
    run = qnplan("extract", str(bomb))
    assert (run.exit_code, run.stderr) == (
        1, f"error: {bomb}: its part word/styles.xml declares a DOCTYPE, which a Word document "
        "never needs; save it again from Word or as text\n")


def _pdf(pages: list[bytes], startxref_off: int = 0) -> bytes:
    """A PDF with one Flate-compressed content stream per page."""
    import zlib

    kids = " ".join(f"{3 + 2 * n} 0 R" for n in range(len(pages)))
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids.encode(), len(pages))]
    font = 3 + 2 * len(pages)
    for n, content in enumerate(pages):
        packed = zlib.compress(content, 9)
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 300 200] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 %d 0 R >> >> >>" % (4 + 2 * n, font))
        objects.append(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(packed)
                       + packed + b"\nendstream")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    return pdf_bytes(objects, startxref_off)


def test_a_pdf_whose_pages_together_unpack_too_large_is_refused(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every page's stream stays under the per-stream cap; together they pass the total (here
    lowered to 2 MB, so that the test does not spend the time a real bomb would)."""
    pytest.importorskip("pypdf")
    from qnplan.extract import packed

    monkeypatch.setattr(packed, "MAX_PDF_TOTAL", 2 * 1024 * 1024)
    page = b"BT /F1 12 Tf 20 100 Td (x) Tj ET" + b" " * (900 * 1024)
    bomb = tmp_path / "b.pdf"
    bomb.write_bytes(_pdf([page] * 3))
    run = qnplan("extract", str(bomb))
    assert (run.exit_code, run.stderr) == (
        1, f"error: {bomb} is not a readable PDF (its parts together unpack to more than 2 MB)"
        "; save it as text\n")


def test_library_warnings_stay_off_stderr(tmp_path: Path) -> None:
    """A PDF with a wrong xref offset: pypdf's own warnings never precede qnplan's output."""
    pytest.importorskip("pypdf")
    pdf = tmp_path / "w.pdf"
    pdf.write_bytes(_pdf([b"BT /F1 12 Tf 20 100 Td (GRDP 2024 tang 7,5%.) Tj ET"], 7))
    run = _cli("extract", str(pdf), "-f", "json")
    assert (run.returncode, run.stderr) == (0, "")


# --- unsafe output: control characters and markup from the data ---------------------------
@pytest.fixture
def marked(data: DataDir) -> DataDir:
    """Names, titles and an address carrying control characters and markup (as escapes in
    double-quoted YAML: the loader refuses raw control characters)."""
    from tests.conftest import INDICATORS

    data.write("indicators.yaml", INDICATORS.replace(
        'en: "FDI attracted"', r'en: "FDI\x0c\x01 <b>attracted</b>"'))
    data.write("sources.yaml", SOURCES.replace('title: "Tin 8 tháng"', r'title: "Tin\x07 8 tháng"')
               .replace('    issuer: "Báo"\n    date: null',
                        '    issuer: "Báo"\n    date: null\n'
                        '    url: "https://x.vn/a\\"><script>alert(1)</script>"'))
    assert qnplan("validate", data=data).exit_code == 0
    return data


def test_control_characters_in_names_keep_the_svg_well_formed(marked: DataDir) -> None:
    import xml.etree.ElementTree as ET

    run = qnplan("trend", "fdi", "--format", "svg", data=marked)
    assert run.exit_code == 0, run.stderr
    ET.fromstring(run.stdout)  # raises on a character XML 1.0 cannot hold
    assert "FDI\\x0c\\x01 &lt;b&gt;attracted" in run.stdout


def test_control_characters_never_reach_the_html_report_raw(marked: DataDir) -> None:
    pytest.importorskip("jinja2")
    run = qnplan("report", "2023", "2024", "-o", "-", data=marked)
    assert run.exit_code == 0, run.stderr
    assert not [c for c in "\x01\x07\x0c" if c in run.stdout]
    assert "Tin\\x07 8 tháng" in run.stdout


def test_a_source_address_carrying_markup_stays_inert_in_the_markdown_export(
        marked: DataDir) -> None:
    run = qnplan("export", "2023", "2024", "-o", "-", data=marked)
    assert run.exit_code == 0, run.stderr
    assert "<script>" not in run.stdout
    assert "<https://x.vn/a%22%3E%3Cscript%3Ealert(1)%3C/script%3E>" in run.stdout
