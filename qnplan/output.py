"""Writing a report file safely: atomically, and never inside the data directory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from qnplan.errors import UsageError


def write_atomic(target: Path, text: str, data_root: Path) -> None:
    """Write text to target via a temporary file and a rename; refuse the data directory."""
    resolved = target.resolve()
    if resolved.is_relative_to(data_root.resolve()):
        raise UsageError(f"refusing to write {str(target)!r} inside the data directory "
                         f"{str(data_root)!r}; choose another path")
    if resolved.is_dir():
        raise UsageError(f"{str(target)!r} is a directory; give a file name, e.g. report.md")
    folder = resolved.parent
    if not folder.is_dir():
        raise UsageError(f"folder {str(folder)!r} does not exist")
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{resolved.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        Path(tmp).replace(resolved)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
