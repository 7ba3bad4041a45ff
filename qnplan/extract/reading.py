"""Reading a document for `extract`: plain text, Markdown, a saved web page, a text PDF, a
.docx, standard input, or the text of a registered source, with what the document says about
itself (its Meta). Hostile input is bounded: only regular files, read in bounded chunks; caps
on bytes, characters, pages and unpacked parts; one clear error instead of a traceback."""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from qnplan.errors import DataError, UsageError
from qnplan.extract.metadata import Meta, from_opening, split_header
from qnplan.extract.packed import MAX_CHARS, docx, pdf
from qnplan.message import msg

MAX_BYTES = 8 * 1024 * 1024  # a long plan is ~100 kB; 8 MB leaves room for PDFs and .docx
# A saved page is mostly markup (a 2.4 MB page may hold 20 kB of article): its raw cap is
# far higher, and the character cap applies to the article text.
MAX_PAGE_BYTES = 16 * 1024 * 1024
_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"), (b"\xef\xbb\xbf", "utf-8"))


@dataclass(frozen=True)
class Document:
    """A document's display name, its text (header lines removed) and its own record."""

    name: str
    text: str
    meta: Meta


def _check_size(name: str, size: int, limit: int = MAX_BYTES) -> None:
    if size > limit:
        raise DataError(msg("extract.too_big", name=name, mb=f"{size / 1e6:.1f}",
                           limit=limit // (1024 * 1024)))


def _decode(name: str, data: bytes) -> str:
    """Text in UTF-8, or in the UTF-16/32 its byte order mark names; anything else refused."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(codec)
            except UnicodeDecodeError as exc:
                raise DataError(msg("extract.not_utf8", name=name, byte=exc.start)) from None
            if "\x00" in text:
                raise DataError(msg("extract.binary", name=name))
            return text
    if b"\x00" in data[:65536]:
        raise DataError(msg("extract.binary", name=name))
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(msg("extract.not_utf8", name=name, byte=exc.start)) from None


def _bounded(name: str, text: str) -> str:
    if len(text) > MAX_CHARS:
        raise DataError(msg("extract.too_long", name=name, chars=f"{len(text):,}",
                           limit=f"{MAX_CHARS:,}"))
    return text


def _html(name: str, data: bytes) -> tuple[str, Meta]:
    from qnplan.extract.pages import MAX_SECONDS, page

    read = page(_decode(name, data))
    if read is None:
        raise DataError(msg("extract.page_too_slow", name=name, seconds=f"{MAX_SECONDS:.0f}"))
    return read


def _text(name: str, data: bytes) -> tuple[str, Meta]:
    _check_size(name, len(data))
    return _decode(name, data), Meta()


def _packed(reader: Callable[[str, bytes], tuple[str, Meta]]) -> Callable[
        [str, bytes], tuple[str, Meta]]:
    def read(name: str, data: bytes) -> tuple[str, Meta]:
        _check_size(name, len(data))
        return reader(name, data)

    return read


_READERS: dict[str, Callable[[str, bytes], tuple[str, Meta]]] = {
    ".pdf": _packed(pdf), ".docx": _packed(docx), ".html": _html, ".htm": _html,
    ".xhtml": _html,
}


def _sniff(data: bytes) -> str:
    head = data[:1024].lstrip().lower()
    if head.startswith(b"%pdf"):
        return ".pdf"
    if head.startswith(b"pk\x03\x04"):
        return ".docx"
    if head.startswith((b"<!doctype html", b"<html")) or re.search(rb"<(?:body|p|div)\b", head):
        return ".html"
    return ".txt"


def read_bytes(name: str, data: bytes, suffix: str = "") -> Document:
    """A document given as bytes (its kind from the suffix, else sniffed)."""
    _check_size(name, len(data), MAX_PAGE_BYTES)
    kind = suffix.lower() if suffix.lower() in _READERS else _sniff(data)
    text, meta = _READERS.get(kind, _text)(name, data)
    header, text = split_header(text)
    text = _bounded(name, text)
    return Document(name, text, meta.over(header).over(from_opening(text)))


def read_document(doc: str, source_texts: dict[str, Path]) -> Document:
    """DOC: a file, '-' for stdin, or a registered source id.

    Only a regular file is read, in bounded chunks, without waiting on a FIFO or reading a
    device: anything else is one error naming it."""
    from qnplan.dataset.files import Refused, read_capped

    if doc == "-":
        data = sys.stdin.buffer.read(MAX_PAGE_BYTES + 1)
        return read_bytes("<stdin>", data)
    path = Path(doc)
    if not os.path.lexists(path) and doc in source_texts:
        path = source_texts[doc]
        if not path.is_file():
            raise DataError(msg("extract.no_source_text", source=doc, path=str(path)))
    elif not os.path.lexists(path):
        raise UsageError(msg("extract.no_document", doc=doc))
    limit = MAX_PAGE_BYTES if path.suffix.lower() in (".html", ".htm", ".xhtml") else MAX_BYTES
    try:
        real = path.resolve()
        info = real.stat()
        if stat.S_ISREG(info.st_mode):
            _check_size(doc, info.st_size, limit)
        data = read_capped(real, limit)
    except Refused as exc:
        if exc.code == "file-too-large":  # it grew while it was read
            _check_size(doc, limit + 1, limit)
        raise UsageError(msg("extract.refused", doc=doc, why=exc.message)) from None
    except (OSError, RuntimeError) as exc:  # missing, unreadable, a symlink loop
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise UsageError(msg("extract.cannot_read", doc=doc, why=why)) from None
    document = read_bytes(doc, data, path.suffix)
    return Document(path.name, document.text, document.meta)
