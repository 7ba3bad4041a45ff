"""Shared helpers: run the CLI as a user would, and build small data folders."""

from __future__ import annotations

import os
import textwrap
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from qnplan.cli.app import app

os.environ["NO_COLOR"] = "1"
os.environ["TERM"] = "dumb"

INDICATORS = """\
indicators:
  fdi: {name: {en: "FDI attracted", vi: "Thu hút vốn FDI"}, category: economy, unit: bn_usd, kind: flow, better: higher}
  grdp_growth: {name: {en: "GRDP growth", vi: "Tăng trưởng GRDP"}, category: economy, unit: "%", kind: growth, better: higher}
  forest_cover: {name: {en: "Forest cover", vi: "Tỷ lệ che phủ rừng"}, category: environment, unit: "%", kind: level, better: higher}
  poor_households: {name: {en: "Poor households", vi: "Hộ nghèo"}, category: society, unit: households, kind: level, better: lower}
  competitiveness_indices: {name: {en: "PCI standing", vi: "Chỉ số PCI"}, category: governance, unit: null, kind: qualitative, better: higher}
"""

SOURCES = """\
sources:
  plan-a:
    type: plan
    title: "Nghị quyết A"
    number: "1/NQ-HĐND"
    issuer: "HĐND tỉnh"
    date: 2022-12-09
    text: sources/plan-a.txt
  party-a:
    type: directive
    title: "Nghị quyết B"
    issuer: "Tỉnh ủy"
    date: 2022-11-28
  news:
    type: press
    title: "Tin 8 tháng"
    issuer: "Báo"
    date: null
"""

SOURCE_TEXT = ("thu hút vốn FDI đạt ít nhất 1,0 tỷ USD vào các khu công nghiệp. "
               "GRDP đạt trên 10%. Giữ vững tỷ lệ che phủ rừng đạt 55%.")

TARGETS_2023 = """\
year: 2023
targets:
  - indicator: fdi
    op: ">="
    value: 1.0
    source: plan-a
    quote: "thu hút vốn FDI đạt ít nhất 1,0 tỷ USD"
  - indicator: grdp_growth
    op: ">"
    value: 10
    source: plan-a
    quote: "GRDP đạt trên 10%"
  - indicator: grdp_growth
    op: ">"
    value: 11
    source: news
    quote: "GRDP tăng trên 11%"
  - indicator: forest_cover
    op: ">="
    value: 55
    source: plan-a
    quote: "Giữ vững tỷ lệ che phủ rừng đạt 55%"
"""

TARGETS_2024 = """\
year: 2024
targets:
  - indicator: fdi
    op: ">="
    value: 3
    source: party-a
    quote: "FDI ít nhất 3 tỷ USD"
  - indicator: grdp_growth
    op: ">"
    value: 10
    source: party-a
    quote: "GRDP đạt trên 10%"
  - indicator: poor_households
    op: "<="
    value: 0
    source: party-a
    quote: "không còn hộ nghèo"
"""

ACTUALS_2023 = """\
year: 2023
actuals:
  - indicator: fdi
    value: 853
    unit: "triệu USD"
    bound: lower
    period: 8M
    status: estimate
    source: news
    quote: "FDI đạt trên 853 triệu USD"
  - indicator: forest_cover
    value: 54
    period: FY
    status: reported
    source: news
    quote: "che phủ rừng đạt 54%"
"""


@pytest.fixture(autouse=True, scope="session")
def session_cache_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Module-scoped fixtures run the CLI too: they get a cache directory of their own."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache-home")))
        yield


@pytest.fixture(autouse=True)
def cache_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch,
               ) -> Path:
    """Each test gets its own empty cache directory (never the user's ~/.cache), outside
    its tmp_path so that a test listing tmp_path does not find it."""
    home = tmp_path_factory.mktemp("cache-home")
    monkeypatch.setenv("XDG_CACHE_HOME", str(home))
    monkeypatch.delenv("QNPLAN_NO_CACHE", raising=False)
    return home / "qnplan"


@dataclass
class DataDir:
    """A small valid data folder in a temporary directory, to be broken by a test."""

    root: Path

    def write(self, relative: str, text: str) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text), encoding="utf-8")
        return path


@pytest.fixture
def data(tmp_path: Path) -> DataDir:
    d = DataDir(tmp_path / "data")
    d.write("indicators.yaml", INDICATORS)
    d.write("sources.yaml", SOURCES)
    d.write("sources/plan-a.txt", SOURCE_TEXT)
    d.write("targets/2023.yaml", TARGETS_2023)
    d.write("targets/2024.yaml", TARGETS_2024)
    d.write("actuals/2023.yaml", ACTUALS_2023)
    return d


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str


def qnplan(*args: str, data: DataDir | Path | None = None, width: int | None = 100) -> Run:
    """Run the CLI in-process as a user would, returning exit code, stdout and stderr;
    width None is output to a pipe (no terminal, no COLUMNS)."""
    argv = list(args)
    if data is not None:
        root = data if isinstance(data, Path) else data.root
        argv = ["--data", str(root), *argv]
    runner = CliRunner()
    result = runner.invoke(app, argv, env={"COLUMNS": str(width) if width else None,
                                           "NO_COLOR": "1", "QNPLAN_DATA": ""})
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Run(result.exit_code, result.stdout, result.stderr)


def pdf_bytes(objects: list[bytes], startxref_off: int = 0) -> bytes:
    """A PDF file of these numbered objects (1 is the catalog), with its cross-reference table;
    startxref_off moves the table's recorded offset, to make a damaged file."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    return out + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1, xref + startxref_off)
