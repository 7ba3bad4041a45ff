"""The parsed-data cache: a data directory's Dataset and issues, kept between runs and used
again while none of the files they came from has changed.

Where: $XDG_CACHE_HOME/qnplan, else ~/.cache/qnplan; never inside the data directory.
What: one file per question (the data directory as given and resolved, the working
directory that issue paths are relative to, qnplan's own code, quote checks, the files
validated) holding qnplan's Structs as msgpack, decoded against their types: a cache file is
untrusted input, so never pickle, and a corrupt or foreign one is ignored and rewritten.
When valid: every file the answer depends on (both registries, every year and plans
file, each source text) has the inode, size, modification and change time it had when it was read.
The change time moves on every write, even one that keeps size and modification time, and
no user tool can set it back; comparing it costs a stat per file (0.03 ms for a 64k-entry
folder, where hashing the contents costs 8-15 ms). Timestamps are coarse, so a file changed
less than RACY_NS before a load began could change again unseen within the same tick: such
a load is used but not stored (git treats its index the same way).
"""

from __future__ import annotations

import os
import stat
import sys
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import msgspec

from qnplan.model import Dataset, Issue

FORMAT = 2  # the layout of Entry (2: issues as message keys); code changes change every key
RACY_NS = 2_000_000_000  # covers filesystems that keep whole seconds (ext3, FAT: two)
MAX_ENTRIES = 16
MAX_BYTES = 256 * 1024 * 1024  # all entries together; a larger single entry is not stored
STALE_TMP_NS = 3600 * 1_000_000_000
_GONE = -1  # a file that does not exist (or cannot be stat-ed)
_OUTSIDE = -2  # a source text outside the data directory: never read, not even stat-ed


class Stamp(msgspec.Struct, array_like=True, frozen=True):
    """What a file looked like when it was read: path relative to the data directory."""

    path: str
    ino: int
    size: int
    mtime_ns: int
    ctime_ns: int


class Entry(msgspec.Struct, array_like=True):
    """One cached answer: the question it answers, the files it depends on, the answer."""

    format: int
    key: str
    stamps: list[Stamp]
    dataset: Dataset
    issues: list[Issue]


_DECODER = msgspec.msgpack.Decoder(Entry)


def wanted(no_cache_option: bool) -> bool:
    """Whether to use the cache: not with --no-cache, nor with QNPLAN_NO_CACHE set (but 0)."""
    return not no_cache_option and os.environ.get("QNPLAN_NO_CACHE", "0") in ("", "0")


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/qnplan, else ~/.cache/qnplan (a relative XDG_CACHE_HOME is ignored,
    as the XDG specification says)."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if Path(base).is_absolute() else Path.home() / ".cache") / "qnplan"


def load(root: Path, *, check_quotes: bool = False, only: list[Path] | None = None,
         use_cache: bool = True) -> tuple[Dataset, list[Issue]]:
    """What dataset.load_dataset answers, from the cache when nothing it read has changed.
    (The CLI also holds the garbage collector off around this: dataset/collector.py.)"""
    if os.path.lexists(root / ".qnplan-journal"):  # transaction.JOURNAL: a write was cut short
        from qnplan.dataset import transaction

        transaction.recover(root.resolve())
    with _reading(root):
        return _load(root, check_quotes, only, use_cache)


def _load(root: Path, check_quotes: bool, only: list[Path] | None,
          use_cache: bool) -> tuple[Dataset, list[Issue]]:
    place = _place(root, check_quotes, only) if use_cache else None
    if place is not None:
        hit = _read(place[0], place[1], root)
        if hit is not None:
            return hit
    started = time.time_ns()
    from qnplan.dataset.build import load_dataset

    dataset, issues = load_dataset(root, check_quotes=check_quotes, only=only)
    if place is not None:
        stamps = _stamps(root, _texts(dataset))
        if all(s.ctime_ns < started - RACY_NS for s in stamps):
            _write(place[0], Entry(FORMAT, place[1], stamps, dataset, issues))
    return dataset, issues


@contextmanager
def _reading(root: Path) -> Iterator[None]:
    """A shared lock on the data folder while it is read: a writer (extract --write, sources
    remove) holds it exclusively while it plans and renames its files, so a reader sees all
    of a change or none of it. Where the folder cannot be locked (no flock, a read-only mount
    that refuses it), the read goes ahead unlocked."""
    try:
        import fcntl

        fd = os.open(root, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except (ImportError, OSError):
        yield
        return
    try:
        with suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_SH)
        yield
    finally:
        os.close(fd)


def _place(root: Path, check_quotes: bool, only: list[Path] | None) -> tuple[Path, str] | None:
    """The cache file for this question and its full key; None where no cache can be used."""
    try:
        folder = cache_dir()
        if not _private(folder):
            return None
        resolved = root.resolve()
        if folder.resolve().is_relative_to(resolved):
            return None  # never write into the data directory
        chosen = sorted(str(p.resolve()) for p in only) if only is not None else None
        # Issues are stored as message keys and fields, so one answer serves every language.
        key = "\n".join([str(FORMAT), sys.version, msgspec.__version__, _code_stamp(), str(root),
                         str(resolved), str(Path.cwd()), str(check_quotes), repr(chosen)])
    except (OSError, RuntimeError, ValueError):  # no home, a vanished working directory
        return None
    # The name only spreads entries over files; the full key inside is what is compared.
    return folder / f"{zlib.crc32(key.encode('utf-8', 'surrogateescape')):08x}.msgpack", key


def _private(folder: Path) -> bool:
    """Whether entries in `folder` can be trusted to be qnplan's own: a real folder (not a
    link, not a file) that only this user can write, or none yet (it is made so)."""
    try:
        info = folder.lstat()
    except FileNotFoundError:
        return True
    uid = os.getuid() if hasattr(os, "getuid") else info.st_uid
    return stat.S_ISDIR(info.st_mode) and info.st_uid == uid and not info.st_mode & 0o022


def _code_stamp() -> str:
    """Every module of the installed qnplan, by size and time: a new version, or an edit to
    an editable install, changes the key."""
    package = Path(__file__).parent.parent  # qnplan/, above dataset/
    parts = []
    for folder, dirs, files in os.walk(package):
        dirs[:] = sorted(d for d in dirs if d not in ("data", "__pycache__"))
        for name in sorted(files):
            if name.endswith(".py"):
                st = Path(folder, name).stat()
                parts.append(f"{name}:{st.st_size}:{st.st_mtime_ns}")
    return " ".join(parts)


def _texts(dataset: Dataset) -> list[str]:
    return sorted({s.text for s in dataset.sources.values() if s.text is not None})


def _stamps(root: Path, texts: Iterable[str]) -> list[Stamp]:
    """The stamps of every file a load of root reads: registries, year and plans files, source
    texts."""
    names = ["settings.yaml", "indicators.yaml", "sources.yaml"]
    for kind in ("targets", "actuals", "plans"):
        try:
            listing = sorted(e.name for e in os.scandir(root / kind)  # as dataset.year_files
                             if e.name.lower().endswith((".yaml", ".yml")))
        except OSError:  # no folder (or not a folder): no year files, as the loader sees it
            listing = []
        names += [f"{kind}/{name}" for name in listing]
    stamps = [_stamp(root, name) for name in names]
    inside = root.resolve()
    for text in texts:
        try:
            outside = not (root / text).resolve().is_relative_to(inside)
        except (OSError, RuntimeError, ValueError):  # a symlink loop, a NUL in the name
            outside = True
        stamps.append(Stamp(text, *[_OUTSIDE] * 4) if outside else _stamp(root, text))
    return stamps


def _stamp(root: Path, name: str) -> Stamp:
    try:
        st = (root / name).stat()
    except (OSError, ValueError):
        return Stamp(name, *[_GONE] * 4)
    return Stamp(name, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _read(path: Path, key: str, root: Path) -> tuple[Dataset, list[Issue]] | None:
    """The cached answer if the file holds one for this key and no file it read changed."""
    from qnplan.dataset.files import Refused, read_capped

    try:  # a regular file only, bounded: an entry swapped for a link to /dev/zero, a FIFO or
        raw = read_capped(path, MAX_BYTES)  # a sparse file of gigabytes is ignored, unread
    except Refused:
        return None
    try:
        entry = _DECODER.decode(raw)
    except msgspec.DecodeError:  # corrupt, truncated, foreign or from an older layout
        return None
    if entry.format != FORMAT or entry.key != key:
        return None
    if entry.stamps != _stamps(root, _texts(entry.dataset)):
        return None
    with suppress(OSError):
        path.touch()  # recently used: pruned last
    return entry.dataset, entry.issues


def _write(path: Path, entry: Entry) -> None:
    """Store an entry atomically (a temporary file, then a rename); any failure is silent:
    the cache only ever saves time."""
    data = msgspec.msgpack.encode(entry)
    if len(data) > MAX_BYTES:
        return
    folder = path.parent
    tmp = folder / f".{path.name}.{os.getpid()}.tmp"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(data)
            tmp.replace(path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
        _prune(folder, keep=path)
    except OSError:
        return


def _prune(folder: Path, keep: Path) -> None:
    """Keep the MAX_ENTRIES most recently used entries within MAX_BYTES; drop the rest and
    temporary files abandoned by killed runs."""
    now = time.time_ns()
    entries: list[tuple[int, int, Path]] = []
    for item in os.scandir(folder):
        try:
            st = item.stat(follow_symlinks=False)
        except OSError:
            continue
        if item.name.endswith(".msgpack"):
            entries.append((st.st_mtime_ns, st.st_size, Path(item.path)))
        elif item.name.endswith(".tmp") and st.st_mtime_ns < now - STALE_TMP_NS:
            Path(item.path).unlink(missing_ok=True)
    entries.sort(key=lambda e: (e[2] != keep, -e[0]))
    total = 0
    for count, (_, size, entry) in enumerate(entries, 1):
        total += size
        if count > MAX_ENTRIES or total > MAX_BYTES:
            entry.unlink(missing_ok=True)
