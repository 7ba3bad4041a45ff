"""Which data directory a command reads: --data, else $QNPLAN_DATA, else the bundled one.

Kept apart from dataset.py so that a command answered from the cache never imports the YAML
loader and the checks."""

from __future__ import annotations

import os
from pathlib import Path

from qnplan.errors import UsageError
from qnplan.i18n import tr

BUNDLED = Path(__file__).parent / "data"


def data_root(option: str | None) -> Path:
    """--data, else $QNPLAN_DATA, else the bundled dataset; a missing folder is a usage error."""
    chosen = option or os.environ.get("QNPLAN_DATA") or None
    root = Path(chosen) if chosen else BUNDLED
    if not root.is_dir():
        raise UsageError(tr("err.no_data_dir", path=repr(str(root))))
    return root
