"""Which data directory a command reads: --data, else $QNPLAN_DATA, else the bundled one.

Kept apart from dataset.py so that a command answered from the cache never imports the YAML
loader and the checks."""

from __future__ import annotations

import os
from pathlib import Path

from qnplan.errors import UsageError

BUNDLED = Path(__file__).parent / "data"


def data_root(option: str | None) -> Path:
    """--data, else $QNPLAN_DATA, else the bundled dataset; a missing folder is a usage error."""
    chosen = option or os.environ.get("QNPLAN_DATA") or None
    root = Path(chosen) if chosen else BUNDLED
    if not root.is_dir():
        raise UsageError(f"data directory {str(root)!r} does not exist; "
                         "pass --data DIR or set QNPLAN_DATA")
    return root
