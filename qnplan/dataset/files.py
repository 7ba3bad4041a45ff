"""Reading the files a data directory names, and nothing else: containment and bounded reads.

A data folder is untrusted input. A path it names (a source's `text:`, a year file that is
a symlink) must resolve inside the folder, and only regular files are read, in bounded
chunks: `st_size` is not trusted (a device reports 0) and a FIFO is never waited on.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

from qnplan.message import Message, msg

MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024


class Refused(Exception):
    """A file qnplan will not read: `code` is the Issue code, `message` says why, worded to
    follow the file's name ("... is a named pipe (FIFO), not a regular file")."""

    def __init__(self, code: str, message: Message, line: int | None = None,
                 column: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.line = line
        self.column = column


def inside(root: Path, path: Path) -> Path:
    """`path` with its symlinks resolved, if that stays within the resolved `root`."""
    try:
        resolved = path.resolve()
    except (OSError, RuntimeError) as exc:  # a symlink loop
        raise Refused("unreadable", msg("f.symlink_loop")) from exc
    if not resolved.is_relative_to(root):
        raise Refused("outside-data", msg("f.outside"))
    return resolved


def named_path(root: Path, name: str) -> Path:
    """Resolve a path written in the data (relative to the resolved `root`), or refuse it."""
    if any(ord(c) < 32 for c in name) or not name.strip():
        raise Refused("bad-path", msg("f.bad_path"))
    if PurePosixPath(name).is_absolute() or PureWindowsPath(name).drive:
        raise Refused("outside-data", msg("f.absolute"))
    return inside(root, root / name)


def regular_file(path: Path) -> None:
    """Refuse a path that is not a regular file (a FIFO, a device, a directory)."""
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise Refused("unreadable", msg("f.unreadable", why=exc.strerror)) from exc
    if not stat.S_ISREG(mode):
        raise Refused("not-a-file", msg("f.not_a_file", kind=_kind(mode)))


def read_capped(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a regular file, refusing anything else and anything over `limit` bytes.

    Opened without blocking and without following a final symlink, then checked with fstat,
    so a FIFO, a device or a swapped-in link is refused rather than waited on or followed."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        try:  # a socket cannot be opened at all: name what it is, not the errno
            mode = path.lstat().st_mode
        except OSError:
            mode = stat.S_IFREG
        if not stat.S_ISREG(mode) and not stat.S_ISLNK(mode):
            raise Refused("not-a-file", msg("f.not_a_file", kind=_kind(mode))) from exc
        raise Refused("unreadable", msg("f.unreadable", why=exc.strerror)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):  # checked before fdopen, which refuses a directory
            raise Refused("not-a-file", msg("f.not_a_file", kind=_kind(info.st_mode)))
    except BaseException:
        os.close(fd)
        raise
    with os.fdopen(fd, "rb", buffering=0) as fh:
        if info.st_size > limit:  # a cheap early refusal; the loop below is the real cap
            raise _too_large(info.st_size, limit)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = fh.read(min(_CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
    if total > limit:
        raise _too_large(None, limit)
    return b"".join(chunks)


def _too_large(size: int | None, limit: int) -> Refused:
    mb = msg("f.size_mb", mb=size // 1_048_576) if size is not None else ""
    return Refused("file-too-large", msg("f.too_large", size=mb, limit=limit // 1_048_576))


def decode_utf8(raw: bytes) -> str:
    """UTF-8 text (a BOM is fine); anything else is refused with the line and column of the
    first bad byte, never guessed at."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise Refused("encoding", msg("f.utf16"), 1, 1)
    if b"\x00" in raw:
        at = raw.index(b"\x00")
        raise Refused("encoding", msg("f.nul"),
                      raw.count(b"\n", 0, at) + 1)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        start = exc.start + (3 if raw.startswith(b"\xef\xbb\xbf") else 0)
        line = raw.count(b"\n", 0, start) + 1
        column = start - (raw.rfind(b"\n", 0, start) + 1) + 1
        raise Refused("encoding", msg("f.not_utf8", byte=f"0x{raw[start]:02x}"), line,
                      column) from None


def _kind(mode: int) -> Message:
    if stat.S_ISDIR(mode):
        return msg("f.kind_dir")
    if stat.S_ISFIFO(mode):
        return msg("f.kind_fifo")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return msg("f.kind_device")
    if stat.S_ISSOCK(mode):
        return msg("f.kind_socket")
    return msg("f.kind_special")
