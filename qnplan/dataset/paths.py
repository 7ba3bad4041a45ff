"""Which data directory a command reads: --data, else $QNPLAN_DATA, else the bundled one.

Kept apart from build.py so that a command answered from the cache never imports the YAML
loader and the checks."""

from __future__ import annotations

import os
from pathlib import Path

from qnplan.errors import NoDataDirectory
from qnplan.message import msg


def _bundled() -> Path:
    """The dataset shipped with qnplan. pyproject.toml maps the repository's data/ to the
    package qnplan.data: a wheel holds it as qnplan/data; a source tree (or an editable
    install of one) has it beside the package, with its pyproject.toml."""
    package = Path(__file__).parent.parent  # qnplan/, above dataset/
    source_tree = package.parent
    if not (package / "data").is_dir() and (source_tree / "pyproject.toml").is_file():
        return source_tree / "data"
    return package / "data"


BUNDLED = _bundled()


def data_root(option: str | None) -> Path:
    """--data, else $QNPLAN_DATA, else the bundled dataset; a missing folder is a usage error."""
    chosen = option or os.environ.get("QNPLAN_DATA") or None
    root = Path(chosen) if chosen else BUNDLED
    if not root.is_dir():
        raise NoDataDirectory(str(root), msg("err.no_data_dir", path=repr(str(root))))
    return root
