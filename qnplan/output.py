"""Writing a report file safely: atomically, and never inside the data directory."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from qnplan.errors import UsageError
from qnplan.message import msg


def _mode(path: Path) -> int:
    """The mode open() would leave: an existing file's own, else 0666 less the umask
    (mkstemp's 0600 would hide a report from the group that publishes it)."""
    if path.exists():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(target: Path, text: str | bytes, data_root: Path) -> None:
    """Write text (or bytes) to target via a temporary file and a rename; refuse the data
    directory."""
    resolved = target.resolve()
    if resolved.is_relative_to(data_root.resolve()):
        raise UsageError(msg("err.write_in_data", path=str(target), root=str(data_root)))
    if resolved.is_dir():
        raise UsageError(msg("err.write_is_dir", path=str(target)))
    folder = resolved.parent
    if not folder.is_dir():
        raise UsageError(msg("err.write_no_folder", path=str(folder)))
    tmp = staged(resolved, text)
    try:
        tmp.replace(resolved)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def staged(path: Path, text: str | bytes) -> Path:
    """A complete temporary copy of `path` with `text` (UTF-8) or bytes, beside it and with the
    mode open() would give, ready to be renamed over it."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, _mode(path))
        with os.fdopen(fd, "wb") as fh:
            fh.write(text.encode("utf-8") if isinstance(text, str) else text)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)
