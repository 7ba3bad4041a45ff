"""The repository as others use it in CI: its pre-commit hook (tried with `pre-commit try-repo`
on a clone, as a user would) and its JSON Schemas (checked with check-jsonschema).

Slow and needs PyPI (pre-commit installs the hook's environment): `make test-hooks` runs it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.environ.get("QNPLAN_HOOKS") != "1",
                                reason="installs the hook from PyPI: run by make test-hooks")

REPO = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent
ENV = {k: v for k, v in os.environ.items() if k not in ("QNPLAN_DATA", "QNPLAN_HOOKS")}


def run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None,
        ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, capture_output=True, text=True,
                          env=env or ENV, timeout=900, check=False)


def break_first_op(path: Path) -> None:
    """The YAML trap every analyst meets: an unquoted >= ."""
    path.write_text(path.read_text("utf-8").replace('op: ">="', "op: >=", 1), "utf-8")


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of the committed repository (what `pre-commit try-repo` installs from)."""
    if shutil.which("git") is None:
        pytest.skip("needs git")
    target = tmp_path_factory.mktemp("clone") / "qnplan"
    result = run(["git", "clone", "--quiet", REPO, target], cwd=target.parent)
    assert result.returncode == 0, result.stderr
    return target


def try_repo(clone: Path, home: Path) -> subprocess.CompletedProcess[str]:
    # try-repo commits a dirty tree to a shadow repository: give git a name on any machine.
    who = {f"GIT_{role}_{what}": value for role in ("AUTHOR", "COMMITTER")
           for what, value in (("NAME", "qnplan tests"), ("EMAIL", "tests@qnplan.invalid"))}
    return run([TOOLS / "pre-commit", "try-repo", ".", "qnplan-validate", "--all-files"],
               cwd=clone, env=ENV | who | {"PRE_COMMIT_HOME": str(home)})


def test_pre_commit_hook_passes_on_the_data_and_fails_on_a_broken_file(
        clone: Path, tmp_path: Path) -> None:
    good = try_repo(clone, tmp_path / "pre-commit")
    assert good.returncode == 0, good.stdout + good.stderr
    assert "qnplan validate....." in good.stdout and good.stdout.rstrip().endswith("Passed")

    break_first_op(clone / "data" / "targets" / "2024.yaml")
    bad = try_repo(clone, tmp_path / "pre-commit")
    assert bad.returncode == 1
    assert "- hook id: qnplan-validate" in bad.stdout
    located = [line for line in bad.stdout.splitlines()
               if line.startswith("data/targets/2024.yaml:")]
    assert len(located) == 1 and located[0].endswith(
        ': error: an unquoted ">" or "|" starts a block of text; quote the operator: '
        'op: ">=" [yaml-syntax]')


KINDS = {"indicators": ["data/indicators.yaml"], "sources": ["data/sources.yaml"]} | {
    kind: sorted(str(p.relative_to(REPO)) for p in REPO.glob(f"data/{kind}/*.yaml"))
    for kind in ("targets", "actuals", "plans") if any(REPO.glob(f"data/{kind}/*.yaml"))}


@pytest.mark.parametrize("kind", KINDS)
def test_check_jsonschema_accepts_the_bundled_data(kind: str) -> None:
    result = run([TOOLS / "check-jsonschema", "--schemafile", f"schema/{kind}.schema.json",
                  *KINDS[kind]], cwd=REPO)
    assert (result.returncode, result.stdout.strip()) == (0, "ok -- validation done")


@pytest.mark.parametrize(("fixture", "message"), [
    ("ge-without-value.yaml", "$.targets[0]: 'value' is a required property"),
    ("range-without-max.yaml", "$.targets[0]: 'max' is a required property"),
])
def test_check_jsonschema_rejects_a_target_missing_what_its_op_needs(fixture: str,
                                                                     message: str) -> None:
    path = f"tests/fixtures/schema/{fixture}"
    result = run([TOOLS / "check-jsonschema", "--schemafile", "schema/targets.schema.json",
                  path], cwd=REPO)
    assert result.returncode == 1
    assert f"{path}::{message}" in result.stdout
