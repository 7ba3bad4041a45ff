"""`qnplan extract` end to end: read the document, find its statements, format them, and
with --write (or --dry-run) add them to the data directory."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from qnplan.errors import InvalidData
from qnplan.extract.metadata import Meta
from qnplan.extract.reading import read_document
from qnplan.extract.statements import Statement, extract
from qnplan.i18n import tr, tr_count
from qnplan.message import msg


@dataclass
class ExtractResult:
    title: str
    statements: list[Statement]
    output: str = ""
    messages: list[str] = field(default_factory=list)
    meta: Meta = field(default_factory=Meta)


REGISTRIES = ("indicators.yaml", "sources.yaml")


def run_extract(root: Path, doc: str, given: Meta, source: str | None, write: bool,
                fmt: str, use_cache: bool = True, dry_run: bool = False,
                lang: str = "en") -> ExtractResult:
    """Everything the command does, returning what to print, worded in `lang`. `given` holds
    the options (--date, --title …), each over what the document says about itself."""
    from qnplan.dataset import cache

    if source is not None and (write or dry_run):
        from qnplan.extract.writing import check_source_id

        check_source_id(source)
    ds, issues = cache.load(root, use_cache=use_cache)
    indicators, sources = ds.indicators, ds.sources
    # the registries must be sound to extract; --write needs the whole directory sound
    errors = [i for i in issues if i.severity == "error"
              and (write or dry_run or Path(i.path).name in REGISTRIES)]
    if errors:
        raise InvalidData(msg("extract.data_invalid"), errors)
    texts = {sid: root / s.text for sid, s in sources.items() if s.text}
    document = read_document(doc, texts)
    meta = document.meta
    if doc in sources and not Path(doc).exists():  # the registry's record is the reviewed one
        registered = sources[doc]
        meta = Meta(title=registered.title, url=registered.url, date=registered.date,
                    issuer=registered.issuer, number=registered.number,
                    type=registered.type).over(meta)
    meta = given.over(meta)
    _, place, found = extract(document.text, indicators, meta.date, ds.province, meta.url)
    title = tr("title.extract", lang, name=document.name, place=place)
    result = ExtractResult(title, found, meta=meta)
    if write or dry_run:
        from qnplan.extract.writing import diff_note, write_entries

        assert source is not None
        result.messages, result.output = write_entries(
            root, source, document.name, document.text, _issuer(meta), found, indicators,
            dry_run=dry_run, lang=lang)
        if dry_run:
            result.messages.append(diff_note(lang))
    elif fmt == "json":
        from qnplan.extract.drafting import statements_json

        result.output = statements_json(document.name, meta.date, place, found)
    elif fmt == "yaml":
        from qnplan.extract.drafting import drafts, drafts_yaml

        items, left = drafts(found, indicators, source or "SOURCE-ID", home=ds.province)
        result.output = drafts_yaml(items, lang)
        if left:
            result.messages.append(tr("extract.left_out_note", lang,
                                      statements=tr_count("count.statement", len(left), lang)))
    return result


def _issuer(meta: Meta) -> Meta:
    """A press page's issuer is its outlet: the site's name, else its address's host."""
    if meta.issuer is None and (meta.type or "press") == "press":
        from qnplan.extract.metadata import host

        return Meta(issuer=host(meta.url)).over(meta)
    return meta
