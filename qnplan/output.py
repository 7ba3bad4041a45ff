"""Writing a report file safely: atomically, and never inside the data directory."""

from __future__ import annotations

import errno
import os
import shutil
import stat
import tempfile
from pathlib import Path

from qnplan.errors import UsageError
from qnplan.message import Message, msg


def _mode(path: Path) -> int:
    """The mode open() would leave: an existing file's own, else 0666 less the umask
    (mkstemp's 0600 would hide a report from the group that publishes it)."""
    if path.exists():
        return path.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask


def write_atomic(target: Path, text: str | bytes, data_root: Path) -> None:
    """Write text (UTF-8) or bytes to target via a temporary file and a rename; refuse the
    data directory.

    A target that is not a regular file is never replaced: a pipe, a terminal or a character
    device (/dev/stdout, /dev/null) is written through; anything else is refused."""
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise UsageError(msg("err.write_failed", path=str(target), why=exc.strerror)) from None
    if info is not None and (stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode) or (
            stat.S_ISREG(info.st_mode) and _through_fd(target))):
        _write_through(target, text)
        return
    if info is not None and not stat.S_ISREG(info.st_mode) and not stat.S_ISDIR(info.st_mode):
        raise UsageError(msg("err.write_special", path=str(target), kind=_kind(info.st_mode)))
    resolved = target.resolve()
    if resolved.is_relative_to(data_root.resolve()):
        raise UsageError(msg("err.write_in_data", path=str(target), root=str(data_root)))
    if resolved.is_dir():
        raise UsageError(msg("err.write_is_dir", path=str(target)))
    folder = resolved.parent
    if not folder.is_dir():
        raise UsageError(msg("err.write_no_folder", path=str(folder)))
    try:
        tmp = staged(resolved, text)
    except OSError as exc:
        raise UsageError(msg("err.write_failed", path=str(target), why=exc.strerror)) from None
    try:
        tmp.replace(resolved)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _through_fd(target: Path) -> bool:
    """Whether the path names an open file descriptor (/dev/stdout, /dev/fd/1, /proc/self/fd/1):
    replacing what it points to would hide the output from whoever holds the descriptor."""
    return str(target).startswith(("/dev/std", "/dev/fd/", "/proc/"))


def _write_through(target: Path, text: str | bytes) -> None:
    """Write into a pipe, a terminal or a device as it is. A pipe nobody reads is refused
    rather than waited on; appending keeps what a `>>` redirection already holds."""
    flags = os.O_WRONLY | os.O_APPEND | getattr(os, "O_NONBLOCK", 0)
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        why = msg("err.pipe_no_reader") if exc.errno == errno.ENXIO else exc.strerror
        raise UsageError(msg("err.write_failed", path=str(target), why=why)) from None
    try:
        os.set_blocking(fd, True)
        data = memoryview(text.encode("utf-8") if isinstance(text, str) else text)
        while data:
            data = data[os.write(fd, data):]
    except OSError as exc:
        raise UsageError(msg("err.write_failed", path=str(target), why=exc.strerror)) from None
    finally:
        os.close(fd)


def _kind(mode: int) -> Message:
    if stat.S_ISBLK(mode):
        return msg("f.kind_device")
    if stat.S_ISSOCK(mode):
        return msg("f.kind_socket")
    return msg("f.kind_special")


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


def write_folder(target: Path, files: dict[str, bytes], data_root: Path,
                 own: frozenset[str]) -> None:
    """Write a folder of files whole: staged in a temporary folder beside `target`, then
    renamed into place. Refused inside the data directory, onto a file, and onto a folder
    holding anything but files named in `own` (what an earlier run of the same export wrote)."""
    resolved = target.resolve()
    if resolved.is_relative_to(data_root.resolve()):
        raise UsageError(msg("err.write_in_data", path=str(target), root=str(data_root)))
    if resolved.exists() and not resolved.is_dir():
        raise UsageError(msg("err.folder_is_file", path=str(target)))
    if not resolved.parent.is_dir():
        raise UsageError(msg("err.write_no_folder", path=str(resolved.parent)))
    if resolved.is_dir():
        foreign = sorted(p.name for p in resolved.iterdir() if p.name not in own or p.is_dir())
        if foreign:
            raise UsageError(msg("err.folder_not_ours", path=str(target), name=foreign[0],
                                 n=len(foreign)))
    try:
        staging = Path(tempfile.mkdtemp(dir=resolved.parent, prefix=f".{resolved.name}.",
                                        suffix=".tmp"))
    except OSError as exc:
        raise UsageError(msg("err.write_failed", path=str(target), why=exc.strerror)) from None
    try:
        staging.chmod(_dir_mode())  # mkdtemp's 0700 would hide the package from the group
        for name, content in files.items():
            staged(staging / name, content).replace(staging / name)
        _swap(staging, resolved)
    except OSError as exc:
        raise UsageError(msg("err.write_failed", path=str(target), why=exc.strerror)) from None
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def _dir_mode() -> int:
    """The mode mkdir() would give: 0777 less the umask."""
    umask = os.umask(0)
    os.umask(umask)
    return 0o777 & ~umask


def _swap(staging: Path, target: Path) -> None:
    """Put the staged folder at `target`; an earlier one is moved aside first and removed
    once the new one is in place (put back if the rename fails)."""
    if not target.exists():
        staging.rename(target)
        return
    aside = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}.", suffix=".old"))
    aside.rmdir()
    target.rename(aside)
    try:
        staging.rename(target)
    except BaseException:
        aside.rename(target)
        raise
    shutil.rmtree(aside, ignore_errors=True)
