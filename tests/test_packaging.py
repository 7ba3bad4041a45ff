"""What a user installs: the wheel carries the dataset and works outside the repository, the
sdist builds that wheel and runs its own tests, and a tree without data refuses to build.

Slow and needs PyPI (build isolation, a fresh virtual environment): `make test-wheel` runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest
import yaml

from tests.conftest import qnplan

pytestmark = pytest.mark.skipif(os.environ.get("QNPLAN_PACKAGING") != "1",
                                reason="builds and installs from PyPI: run by make test-wheel")

REPO = Path(__file__).resolve().parent.parent
CLEAN_ENV = {k: v for k, v in os.environ.items()
             if k not in ("QNPLAN_DATA", "QNPLAN_PACKAGING", "PYTHONPATH", "VIRTUAL_ENV")}


def run(args: list[str | Path], cwd: Path, check: bool = True,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    result = subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                            env=env or CLEAN_ENV, timeout=600, check=False)
    if check and result.returncode != 0:
        pytest.fail(f"{args} exited {result.returncode}:\n{result.stdout}\n{result.stderr}")
    return result


@pytest.fixture(scope="module")
def dists(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The sdist, and the wheel built from that sdist (python -m build does both)."""
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "build", "--outdir", out, REPO], cwd=out)
    (sdist,), (wheel,) = out.glob("*.tar.gz"), out.glob("*.whl")
    return sdist, wheel


@pytest.fixture(scope="module")
def venv(dists: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment outside the repository with the wheel installed."""
    root = tmp_path_factory.mktemp("venv") / "venv"
    run([sys.executable, "-m", "venv", root], cwd=root.parent)
    wheel = f"{dists[1]}[test,html,documents]"  # the extras the whole suite needs
    run([root / "bin" / "python", "-m", "pip", "install", "--quiet", wheel], cwd=root.parent)
    return root / "bin"


@pytest.fixture(scope="module")
def unpacked(dists: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("sdist")
    with tarfile.open(dists[0]) as tar:
        tar.extractall(out, filter="data")
    (tree,) = out.iterdir()
    return tree


def test_wheel_carries_every_data_file_and_the_licence(dists: tuple[Path, Path]) -> None:
    names = set(zipfile.ZipFile(dists[1]).namelist())
    data = [p.relative_to(REPO / "data").as_posix() for p in (REPO / "data").rglob("*")
            if p.is_file()]
    assert len(data) >= 5
    assert {f"qnplan/data/{p}" for p in data} <= names
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)


def test_installed_wheel_speaks_vietnamese(dists: tuple[Path, Path], venv: Path,
                                          tmp_path: Path) -> None:
    """The wheel carries the Vietnamese catalogue (the .po translators edit, the .mo qnplan
    reads), and the installed qnplan answers in Vietnamese exactly as the source tree does."""
    names = set(zipfile.ZipFile(dists[1]).namelist())
    catalogue = "qnplan/i18n/locale/vi/LC_MESSAGES/qnplan"
    assert {f"{catalogue}.po", f"{catalogue}.mo"} <= names
    table = run([venv / "qnplan", "--lang", "vi", "compare", "2023", "2024"], cwd=tmp_path)
    assert table.stdout == qnplan("--lang", "vi", "compare", "2023", "2024", width=None).stdout
    assert table.stdout.startswith("Mục tiêu 2023 → 2024")


def test_installed_wheel_compares_and_validates_from_any_folder(venv: Path,
                                                                tmp_path: Path) -> None:
    """In an empty folder outside the repository, the installed qnplan answers exactly as the
    source tree does: same comparison, same clean validation of every quote."""
    where = run([venv / "python", "-c", "from qnplan.dataset.paths import BUNDLED; print(BUNDLED)"],
                cwd=tmp_path).stdout.strip()
    assert where.startswith(str(venv.parent)) and where.endswith("site-packages/qnplan/data")

    table = run([venv / "qnplan", "compare", "2023", "2024"], cwd=tmp_path)
    assert table.stdout.startswith("Targets 2023 → 2024 (quang-ninh)")
    as_json = run([venv / "qnplan", "compare", "2023", "2024", "--format", "json"], cwd=tmp_path)
    assert as_json.stdout == qnplan("compare", "2023", "2024", "--format", "json").stdout

    checked = run([venv / "qnplan", "validate"], cwd=tmp_path)
    assert (checked.stdout, checked.stderr) == ("", qnplan("validate").stderr)
    assert checked.stderr.startswith("0 errors, 0 warnings;")


def test_sdist_runs_its_own_tests_against_the_wheel(venv: Path, unpacked: Path) -> None:
    """The sdist holds the tests, conftest and fixtures; they pass with the installed wheel
    (--import-mode=append: the installed package, not the sdist's source, is imported).
    An sdist carries no symlinks, so the containment cases built from symlinked fixtures
    are left to make test."""
    assert (unpacked / "tests" / "conftest.py").is_file()
    without_links = "not symlink and not device and not link_inside"
    result = run([venv / "pytest", "--import-mode=append", "-q", "-p", "no:cacheprovider",
                  "-k", without_links],
                 cwd=unpacked, env=CLEAN_ENV | {"NO_COLOR": "1", "TERM": "dumb"})
    assert " passed" in result.stdout.splitlines()[-1]
    assert " failed" not in result.stdout.splitlines()[-1]


def test_sdist_lists_every_tracked_file_it_needs(dists: tuple[Path, Path]) -> None:
    """Nothing the tests or the build read is left out of the sdist (MANIFEST.in)."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    listing = run(["git", "ls-files", "-s", "data", "schema", "tests", "scripts", "docs"],
                  cwd=REPO).stdout.splitlines()
    tracked = [line.split("\t", 1)[1] for line in listing if not line.startswith("120000")]
    with tarfile.open(dists[0]) as tar:
        shipped = {name.split("/", 1)[1] for name in tar.getnames() if "/" in name}
    assert sorted(set(tracked) - shipped) == [], "add these to MANIFEST.in"


def test_github_actions_example_annotates_a_broken_file(venv: Path, unpacked: Path,
                                                        tmp_path: Path) -> None:
    """The validate step of docs/github-actions.yml passes on good data, and on a broken file
    prints a GitHub annotation with file and line, and fails the job."""
    steps = yaml.safe_load((REPO / "docs" / "github-actions.yml").read_text("utf-8"))
    commands = [s["run"] for s in steps["jobs"]["validate"]["steps"] if "run" in s]
    assert commands[-1] == "qnplan validate data --format github"
    argv = [venv / "qnplan", *commands[-1].split()[1:]]

    shutil.copytree(unpacked / "data", tmp_path / "data")
    good = run(argv, cwd=tmp_path, check=False)
    assert (good.returncode, good.stdout) == (0, "")

    broken = tmp_path / "data" / "targets" / "2024.yaml"
    broken.write_text(broken.read_text("utf-8").replace('op: ">="', "op: >=", 1), "utf-8")
    bad = run(argv, cwd=tmp_path, check=False)
    assert bad.returncode == 1
    assert bad.stdout.startswith("::error file=data/targets/2024.yaml,line=")


def test_a_tree_without_data_refuses_to_build(unpacked: Path, tmp_path: Path) -> None:
    """If the data's files are missing (a partial checkout), the build says so instead of
    shipping a package without them. (A missing folder already stops setuptools.)"""
    tree = tmp_path / "tree"
    shutil.copytree(unpacked, tree)
    for path in (tree / "data" / "targets").glob("*.yaml"):
        path.unlink()
    result = run([sys.executable, "-m", "build", "--wheel", "--outdir", tmp_path / "out", tree],
                 cwd=tmp_path, check=False)
    assert result.returncode != 0
    assert "the bundled dataset is incomplete: no data/targets/*.yaml" in (
        result.stdout + result.stderr)
    assert list((tmp_path / "out").glob("*.whl")) == []  # (glob finds nothing in no folder)
