"""Changing several files of a data folder as one: all of a change or none of it.

Writers hold an exclusive lock on the data folder (flock on the folder itself: no lock file
to leave behind), so two `extract --write` runs never interleave; each plans its change
after taking the lock, from what the one before it wrote. A change is staged first (every
new file written complete and synced beside its target). Then a journal naming each staged
file and its target is written and renamed into place: that rename is the commit point.
Only then are the staged files renamed over their targets, and the journal removed.

A run killed before the commit point leaves only staged temporaries (never read: their
names are not .yaml or .txt ids; the next writer sweeps them). One killed after it leaves
the journal, and the next load of the folder finishes the renames before it reads anything
(roll forward), so every reader sees all of a change or none of it.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from qnplan.errors import DataError
from qnplan.message import msg

JOURNAL = ".qnplan-journal"
STAGE_PREFIX = ".qnplan-stage-"
LOCK_SECONDS = 30.0
_FOLDERS = ("", "sources", "targets", "actuals", "plans")


@dataclass(frozen=True)
class Change:
    """One file's new content (None: remove it), and the content it was planned against
    (None: it did not exist), so a file edited behind qnplan's back is not overwritten."""

    path: Path
    new: str | None
    old: str | None


@contextlib.contextmanager
def locked(root: Path) -> Iterator[None]:
    """Hold the data folder's writer lock (waits up to LOCK_SECONDS for another writer)."""
    try:
        import fcntl
    except ImportError:  # Windows: no advisory locks; the journal still keeps writes whole
        yield
        return
    import time

    try:
        fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        raise DataError(msg("tx.cannot_lock", root=str(root), why=exc.strerror)) from None
    try:
        deadline = time.monotonic() + LOCK_SECONDS
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() > deadline:
                    raise DataError(msg("tx.busy", root=str(root))) from None
                time.sleep(0.05)
        yield
    finally:
        os.close(fd)


def pending(root: Path) -> bool:
    """Whether an interrupted change waits to be finished (one stat)."""
    return os.path.lexists(root / JOURNAL)


def recover(root: Path) -> None:
    """Finish a change a killed writer committed but did not complete."""
    with locked(root):
        roll_forward(root)


def roll_forward(root: Path) -> None:
    """Finish an interrupted change, if any (the caller holds the lock)."""
    journal = root / JOURNAL
    if not os.path.lexists(journal):
        return
    try:
        steps = json.loads(_read_small(journal))
        for step in steps:
            target = _inside(root, step["target"])
            if step["stage"] is None:
                target.unlink(missing_ok=True)
            elif os.path.lexists(_inside(root, step["stage"])):
                _inside(root, step["stage"]).replace(target)
        _sync_dirs(root)
        journal.unlink()
    except OSError as exc:
        raise DataError(msg("tx.cannot_recover", path=str(journal), why=exc.strerror)) from None
    except (ValueError, KeyError, TypeError):
        raise DataError(msg("tx.bad_journal", path=str(journal))) from None


def _read_small(path: Path) -> str:
    from qnplan.dataset.files import Refused, decode_utf8, read_capped

    try:
        return decode_utf8(read_capped(path, 1024 * 1024))
    except Refused as exc:
        raise ValueError(exc.code) from None


def _inside(root: Path, relative: str) -> Path:
    """A journal's path, which must name a file directly in one of the data folders."""
    parts = Path(relative).parts
    if not (1 <= len(parts) <= 2) or ".." in parts or Path(relative).is_absolute() or (
            len(parts) == 2 and parts[0] not in _FOLDERS):
        raise ValueError(relative)
    return root / relative


def commit(root: Path, changes: list[Change]) -> None:
    """Apply every change or none (see the module's docstring); the caller holds the lock."""
    roll_forward(root)
    sweep(root)
    for ch in changes:
        if _current(ch.path) != ch.old:
            raise DataError(msg("tx.changed_meanwhile", path=str(ch.path)))
    staged: list[tuple[Path | None, Path]] = []
    try:
        for ch in changes:
            if ch.new is None:
                staged.append((None, ch.path))
                continue
            ch.path.parent.mkdir(parents=True, exist_ok=True)
            staged.append((_stage(ch.path, ch.new), ch.path))
        steps = [{"stage": None if s is None else str(s.relative_to(root)),
                  "target": str(t.relative_to(root))} for s, t in staged]
        tmp = root / f"{STAGE_PREFIX}journal.tmp"
        _write_synced(tmp, json.dumps(steps), 0o644)
        tmp.replace(root / JOURNAL)  # the commit point
    except BaseException:
        for s, _ in staged:
            if s is not None:
                s.unlink(missing_ok=True)
        (root / f"{STAGE_PREFIX}journal.tmp").unlink(missing_ok=True)
        raise
    for s, t in staged:
        if s is None:
            t.unlink(missing_ok=True)
        else:
            _rename(s, t)
    _sync_dirs(root)
    (root / JOURNAL).unlink()


def _rename(stage: Path, target: Path) -> None:
    stage.replace(target)


def _current(path: Path) -> str | None:
    """A file's text now (None if it does not exist), for the check before committing."""
    from qnplan.dataset.files import Refused, decode_utf8, read_capped

    if not os.path.lexists(path):
        return None
    try:
        return decode_utf8(read_capped(path))
    except Refused as exc:
        raise DataError(exc.message, path=str(path)) from None


def _stage(path: Path, text: str) -> Path:
    """A complete, synced copy of `path` with `text`, beside it, with the mode it has (or
    the one open() would give a new file)."""
    if os.path.lexists(path):
        mode = path.stat().st_mode & 0o7777
    else:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    stage = path.with_name(f"{STAGE_PREFIX}{os.getpid()}-{path.name}.tmp")
    _write_synced(stage, text, mode)
    return stage


def _write_synced(path: Path, text: str, mode: int) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0),
                 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            os.fchmod(fh.fileno(), mode)
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        path.unlink(missing_ok=True)
        raise


def _sync_dirs(root: Path) -> None:
    for name in _FOLDERS:
        folder = root / name
        if not folder.is_dir():
            continue
        try:
            fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            continue
        try:
            with contextlib.suppress(OSError):
                os.fsync(fd)
        finally:
            os.close(fd)


def sweep(root: Path) -> None:
    """Remove what killed writers staged but never committed (the caller holds the lock)."""
    for name in _FOLDERS:
        folder = root / name
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(STAGE_PREFIX) and entry.name.endswith(".tmp"):
                with contextlib.suppress(OSError):
                    if stat.S_ISREG(entry.stat(follow_symlinks=False).st_mode):
                        Path(entry.path).unlink()
