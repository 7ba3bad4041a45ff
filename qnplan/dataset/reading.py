"""One pass over a data folder: what has been read so far (registries, source texts, which file
holds which year) and every issue found, handed to the reader of each kind of file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from qnplan.dataset import checks as v
from qnplan.dataset.files import Refused, inside
from qnplan.dataset.quotes import SourceText
from qnplan.dataset.strict_yaml import INVALID, LoadedFile, load_yaml
from qnplan.message import msg
from qnplan.model import Indicator, Issue, Source
from qnplan.provinces import DEFAULT_PROVINCE


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


class Reading:
    """The state one load of a data folder builds up, file after file: the registries the
    entries refer to, where each valid entry stands, the count of quotes checked, the issues."""

    def __init__(self, root: Path, check_quotes: bool) -> None:
        self.root = root
        self.real_root = root.resolve()  # the bundled data folder is itself a symlink
        self.check_quotes = check_quotes
        self.quotes_checked = 0
        self.positions: dict[tuple[str, int], tuple[int | None, int | None]] = {}
        self.year_paths: dict[tuple[str, int], Path] = {}
        self.issues: list[Issue] = []
        self.indicators: dict[str, Indicator] = {}
        self.aliases: dict[tuple[str, str | None], str] = {}  # (alias, dimension) -> id
        self.sources: dict[str, Source] = {}
        self.source_texts: dict[str, SourceText | None] = {}
        self.known_indicators = v.Suggester(self.indicators)
        self.known_sources = v.Suggester(self.sources)
        self.province = DEFAULT_PROVINCE  # the scope of an entry that names none

    def load(self, path: Path) -> LoadedFile:
        """Parse a data file, unless it is a symlink leading out of the data directory."""
        display = display_path(path)
        try:
            real = inside(self.real_root, path)
        except Refused as exc:
            loaded = LoadedFile(display)
            loaded.issues.append(Issue(display, None, None, "error", exc.code,
                                       msg("y.file_refused", why=exc.message, advice="")))
            return loaded
        return load_yaml(real, display)

    def finish(self, loaded: LoadedFile) -> None:
        """Keep a read file's issues, in the order they stand in the file."""
        self.issues.extend(sorted(loaded.issues, key=lambda i: (i.line or 0, i.column or 0)))

    def source_text(self, src_id: str) -> SourceText | None:
        """The text of a source, when it was read (only when quotes are checked)."""
        return self.source_texts.get(src_id)


def top_section(loaded: LoadedFile, key: str, kind: type) -> Any:
    """A file's top-level section `key` if it is a `kind` (list or mapping), else None after
    reporting what is wrong (a refused value is already reported)."""
    data = loaded.data
    if data is None:
        return None
    if not isinstance(data, dict) or key not in data:
        loaded.issue((), "wrong-type", msg("d.no_section", key=key))
        return None
    section = data[key]
    if section is INVALID:
        return None
    if not isinstance(section, kind):
        what = msg("type.entries_plain" if kind is list else "type.id_mapping")
        loaded.issue((key,), "wrong-type", msg("d.section_type", key=key, what=what))
        return None
    return section
