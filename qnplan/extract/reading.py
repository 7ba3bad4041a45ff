"""Reading a document for `extract`: plain text, Markdown, a saved web page, a text PDF, a
.docx, standard input, or the text of a registered source. Hostile input is bounded: size
caps on bytes, pages and decompressed parts, and one clear error instead of a traceback."""

from __future__ import annotations

import re
import sys
import time
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

from qnplan.errors import DataError, UsageError
from qnplan.message import msg

MAX_BYTES = 8 * 1024 * 1024  # a long plan is ~100 kB; 8 MB leaves room for PDFs and pages
MAX_CHARS = 1_000_000  # characters handed to the rules (a long resolution has ~100 000)
MAX_PDF_PAGES = 300
MAX_PDF_SECONDS = 20.0
MAX_PDF_STREAM = 16 * 1024 * 1024  # bytes one PDF stream may unpack to
MAX_DOCX_XML = 32 * 1024 * 1024


def _check_size(name: str, size: int) -> None:
    if size > MAX_BYTES:
        raise DataError(msg("extract.too_big", name=name, mb=f"{size / 1e6:.1f}",
                           limit=MAX_BYTES // (1024 * 1024)))


def _decode(name: str, data: bytes) -> str:
    if b"\x00" in data[:65536]:
        raise DataError(msg("extract.binary", name=name))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(msg("extract.not_utf8", name=name, byte=exc.start)) from None
    return _bounded(name, text)


def _bounded(name: str, text: str) -> str:
    if len(text) > MAX_CHARS:
        raise DataError(msg("extract.too_long", name=name, chars=f"{len(text):,}",
                           limit=f"{MAX_CHARS:,}"))
    return text


def _article_parser() -> Any:
    """An HTMLParser keeping the readable text of a page: no scripts, styles, menus, headers
    or footers (html.parser is imported only for web pages)."""
    from html.parser import HTMLParser

    class _ArticleText(HTMLParser):
        """The readable text of a page: no scripts, styles, menus, headers or footers."""

        SKIP = frozenset({"script", "style", "noscript", "nav", "header", "footer", "aside",
                          "form", "menu", "template", "svg", "iframe", "button", "select"})
        BLOCK = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                           "table", "section", "article", "main", "blockquote", "ul", "ol",
                           "figcaption", "dd", "dt"})

        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.skip = 0
            self.parts: list[str] = []
            self.article: list[str] | None = None
            self.article_depth = 0

        def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
            if tag in self.SKIP:
                self.skip += 1
            elif tag in ("article", "main") and self.article is None:
                self.article, self.article_depth = [], 1
            elif tag in ("article", "main") and self.article_depth:
                self.article_depth += 1
            if tag in self.BLOCK:
                self._add("\n")

        def handle_endtag(self, tag: str) -> None:
            if tag in self.SKIP and self.skip:
                self.skip -= 1
            if tag in ("article", "main") and self.article_depth:
                self.article_depth -= 1
            if tag in self.BLOCK:
                self._add("\n")

        def handle_data(self, data: str) -> None:
            if not self.skip:
                self._add(data)

        def _add(self, s: str) -> None:
            self.parts.append(s)
            if self.article is not None and self.article_depth:
                self.article.append(s)

        def text(self) -> str:
            chosen = self.article if self.article and "".join(self.article).strip() else self.parts
            return "\n".join(" ".join(line.split()) for line in "".join(chosen).split("\n")
                             if line.strip())

    return _ArticleText()


def html_text(markup: str) -> str:
    """The article text of a saved web page."""
    parser = _article_parser()
    parser.feed(markup)
    parser.close()
    return str(parser.text())


def _pdf_text(name: str, data: bytes) -> str:
    try:
        from pypdf import PdfReader, filters
        from pypdf.errors import PyPdfError
    except ImportError:
        raise UsageError(msg("extract.needs_extra", name=name, kind="PDF")) from None
    import io

    started = time.monotonic()
    try:
        with _bounded_streams(filters):
            return _pdf_pages(name, PdfReader(io.BytesIO(data)), started)
    except DataError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError, OSError,
            MemoryError) as exc:
        why = msg("extract.pdf_part_too_large") if type(exc).__name__ == "LimitReachedError" else (
            type(exc).__name__)
        raise DataError(msg("extract.bad_pdf", name=name, why=why)) from None


def _bounded_streams(filters: Any) -> AbstractContextManager[object]:
    """Cap what one compressed stream may unpack to (a PDF bomb unpacks to GBs).

    pypdf 7 moved the cap from a module constant to a configuration context."""
    try:
        from pypdf import apply_configuration  # type: ignore[attr-defined,unused-ignore]
    except ImportError:  # pypdf 6
        filters.ZLIB_MAX_OUTPUT_LENGTH = MAX_PDF_STREAM
        return nullcontext()
    cm: AbstractContextManager[object] = apply_configuration(
        zlib_maximum_output_length=MAX_PDF_STREAM)
    return cm


def _pdf_pages(name: str, reader: Any, started: float) -> str:
    """The text of a PDF's pages, within the page, size and time caps."""
    if len(reader.pages) > MAX_PDF_PAGES:
        raise DataError(msg("extract.pdf_pages", name=name, pages=len(reader.pages),
                           limit=MAX_PDF_PAGES))
    pages, total = [], 0
    for page in reader.pages:
        t = page.extract_text() or ""
        total += len(t)
        if total > MAX_CHARS or time.monotonic() - started > MAX_PDF_SECONDS:
            raise DataError(msg("extract.pdf_too_slow", name=name, chars=f"{MAX_CHARS:,}",
                               seconds=f"{MAX_PDF_SECONDS:.0f}"))
        pages.append(t)
    text = "\n".join(pages)
    if not text.strip():
        raise DataError(msg("extract.pdf_no_text", name=name))
    return text


def _docx_text(name: str, data: bytes) -> str:
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            info = z.getinfo("word/document.xml")
            if info.file_size > MAX_DOCX_XML:
                raise DataError(msg("extract.docx_too_big", name=name,
                                   mb=f"{info.file_size / 1e6:.0f}"))
    except (zipfile.BadZipFile, KeyError):
        raise DataError(msg("extract.bad_docx", name=name)) from None
    try:
        import docx
    except ImportError:
        raise UsageError(msg("extract.needs_extra", name=name, kind=".docx")) from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds for a broken file
        raise DataError(msg("extract.bad_docx_why", name=name, why=type(exc).__name__)) from None
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ; ".join(cell.text for cell in row.cells))
    return _bounded(name, "\n".join(lines))


def _html(name: str, data: bytes) -> str:
    return _bounded(name, html_text(_decode(name, data)))


_READERS: dict[str, Callable[[str, bytes], str]] = {
    ".pdf": _pdf_text, ".docx": _docx_text, ".html": _html, ".htm": _html,
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


def read_bytes(name: str, data: bytes, suffix: str = "") -> str:
    """The text of a document given as bytes (its kind from the suffix, else sniffed)."""
    _check_size(name, len(data))
    kind = suffix.lower() if suffix.lower() in _READERS else _sniff(data)
    reader = _READERS.get(kind, _decode)
    return reader(name, data)


def read_document(doc: str, source_texts: dict[str, Path]) -> tuple[str, str]:
    """(display name, text) for DOC: a file, '-' for stdin, or a registered source id."""
    if doc == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return "<stdin>", read_bytes("<stdin>", data)
    path = Path(doc)
    if not path.exists() and doc in source_texts:
        path = source_texts[doc]
        if not path.is_file():
            raise DataError(msg("extract.no_source_text", source=doc, path=str(path)))
    elif not path.exists():
        raise UsageError(msg("extract.no_document", doc=doc))
    if path.is_dir():
        raise UsageError(msg("extract.is_dir", doc=doc))
    try:
        _check_size(doc, path.stat().st_size)
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as exc:
        raise UsageError(msg("extract.cannot_read", doc=doc, why=exc.strerror)) from None
    return path.name, read_bytes(doc, data, path.suffix)
