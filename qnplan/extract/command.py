"""`qnplan extract` end to end: read the document, find its statements, format them, and
with --write add them to the data directory."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from qnplan.errors import InvalidData
from qnplan.extract.reading import read_document
from qnplan.extract.statements import Statement, extract
from qnplan.message import Message, msg


@dataclass
class ExtractResult:
    title: Message
    statements: list[Statement]
    output: str = ""
    messages: list[Message] = field(default_factory=list)


REGISTRIES = ("indicators.yaml", "sources.yaml")


def run_extract(root: Path, doc: str, date: dt.date | None, source: str | None, write: bool,
                fmt: str, use_cache: bool = True, lang: str = "en") -> ExtractResult:
    """Everything the command does, returning what to print (draft entries commented in
    `lang`; the title and messages as Messages for the caller to word)."""
    from qnplan.dataset import cache

    ds, issues = cache.load(root, use_cache=use_cache)
    indicators, sources = ds.indicators, ds.sources
    # the registries must be sound to extract; --write needs the whole directory sound
    errors = [i for i in issues if i.severity == "error"
              and (write or Path(i.path).name in REGISTRIES)]
    if errors:
        raise InvalidData(msg("extract.registries_invalid"), errors)
    texts = {sid: root / s.text for sid, s in sources.items() if s.text}
    name, raw = read_document(doc, texts)
    if date is None and doc in sources and not Path(doc).exists():
        date = sources[doc].date
    text, place, found = extract(raw, indicators, date)
    title = msg("title.extract", name=name, place=place)
    result = ExtractResult(title, found)
    if write:
        from qnplan.extract.writing import write_entries

        assert source is not None
        result.messages = write_entries(root, source, name, raw, text, date, found, indicators,
                                        sources, lang)
    elif fmt == "json":
        from qnplan.extract.drafting import statements_json

        result.output = statements_json(name, date, place, found)
    elif fmt == "yaml":
        from qnplan.extract.drafting import drafts, drafts_yaml

        items, left = drafts(found, indicators, source or "SOURCE-ID")
        result.output = drafts_yaml(items, lang)
        if left:
            result.messages.append(msg("extract.left_out_note",
                                       statements=msg("count.statement", n=len(left))))
    return result
