"""The dependency floors pyproject.toml declares are the versions make test-min installs."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).parent.parent
FLOOR = re.compile(r"^([A-Za-z0-9_.-]+)\s*>=\s*([0-9][^,;\s]*)")


def declared_floors() -> dict[str, str]:
    """name -> lowest version, for the runtime dependencies and the extras make test-min
    installs (test, html, documents) or repeats in test (xlsx); a package named twice has one
    floor."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text("utf-8"))["project"]
    extras = project["optional-dependencies"]
    floors = {}
    for requirement in [*project["dependencies"], *extras["test"], *extras["html"],
                        *extras["documents"], *extras["xlsx"]]:
        match = FLOOR.match(requirement)
        assert match, f"{requirement!r} has no lower bound"
        assert floors.setdefault(match[1].lower(), match[2]) == match[2], requirement
    return floors


def pinned() -> dict[str, str]:
    lines = (REPO / ".ci" / "minimum-versions.txt").read_text("utf-8").splitlines()
    pins = [line.split("==") for line in lines if line.strip() and not line.startswith("#")]
    return {name.strip().lower(): version.strip() for name, version in pins}


def test_minimum_versions_file_pins_exactly_the_declared_floors() -> None:
    """Raising or lowering a floor in pyproject.toml means the min-versions run tests it."""
    floors = declared_floors()
    assert set(floors) >= {"typer", "rich", "pyyaml", "msgspec", "babel", "pytest"}
    assert floors == pinned()
