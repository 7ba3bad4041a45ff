"""PDF and .docx documents: their text and properties, within caps decided before anything
is unpacked (the documents extra: pypdf, python-docx, imported only for these files).

A PDF: a page count, a cap per stream, a cap on all streams together (a bomb can keep every
page under the per-stream cap), a cap on text and on time. A .docx: a cap on every part's
declared size and on all of them together, checked before inflating (zipfile never inflates
a part past its declared size, so a lying header only cuts the part short), and no part may
declare a DOCTYPE (XML entity bombs)."""

from __future__ import annotations

import contextlib
import io
import time
from collections.abc import Iterator
from typing import Any

from qnplan.errors import DataError, UsageError
from qnplan.extract.metadata import Meta, a_date, clean
from qnplan.message import msg

MAX_CHARS = 1_000_000  # characters handed to the rules (a long resolution has ~100 000)
MAX_PDF_PAGES = 300
MAX_PDF_SECONDS = 20.0
MAX_PDF_STREAM = 16 * 1024 * 1024  # bytes one PDF stream may unpack to
MAX_PDF_TOTAL = 64 * 1024 * 1024  # bytes all of a PDF's streams together may unpack to
MAX_DOCX_XML = 32 * 1024 * 1024  # bytes one part of a .docx may unpack to
MAX_DOCX_TOTAL = 64 * 1024 * 1024  # bytes all its parts together may unpack to
MAX_DOCX_PARTS = 2000


class _Budget(Exception):
    """The PDF's streams together unpack past MAX_PDF_TOTAL."""


@contextlib.contextmanager
def _quiet() -> Iterator[None]:
    """No library warning or log line reaches stderr before qnplan's own one-line error."""
    import logging
    import warnings

    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.CRITICAL + 1)
    logger.propagate = False
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            yield
    finally:
        logger.setLevel(level)
        logger.propagate = propagate


@contextlib.contextmanager
def _bounded_streams(filters: Any) -> Iterator[None]:
    """Cap what one stream may unpack to, and what all of them may (pypdf 7 moved the
    per-stream cap from a module constant to a configuration context)."""
    decode = getattr(filters, "decode_stream_data", None)
    used = [0]

    def counted(stream: Any) -> Any:
        assert decode is not None
        data = decode(stream)
        used[0] += len(data)
        if used[0] > MAX_PDF_TOTAL:
            raise _Budget
        return data

    if decode is not None:
        filters.decode_stream_data = counted
    try:
        try:
            from pypdf import apply_configuration  # type: ignore[attr-defined,unused-ignore]
        except ImportError:  # pypdf 6
            filters.ZLIB_MAX_OUTPUT_LENGTH = MAX_PDF_STREAM
            yield
        else:
            with apply_configuration(zlib_maximum_output_length=MAX_PDF_STREAM):
                yield
    finally:
        if decode is not None:
            filters.decode_stream_data = decode


def pdf(name: str, data: bytes) -> tuple[str, Meta]:
    """A PDF's text layer and properties."""
    try:
        from pypdf import PdfReader, filters
        from pypdf.errors import DependencyError, FileNotDecryptedError, PyPdfError
    except ImportError:
        raise UsageError(msg("extract.needs_extra", name=name, kind="PDF")) from None
    started = time.monotonic()
    try:
        with _quiet(), _bounded_streams(filters):
            reader = PdfReader(io.BytesIO(data))
            return _pdf_pages(name, reader, started), _pdf_meta(reader)
    except DataError:
        raise
    except DependencyError:
        raise DataError(msg("extract.pdf_aes", name=name)) from None
    except FileNotDecryptedError:
        raise DataError(msg("extract.pdf_password", name=name)) from None
    except _Budget:
        raise DataError(msg("extract.bad_pdf", name=name,
                           why=msg("extract.pdf_total_too_large",
                                  mb=MAX_PDF_TOTAL // 1_048_576))) from None
    except (PyPdfError, ValueError, KeyError, TypeError, RecursionError, OSError,
            MemoryError, AttributeError, IndexError, ZeroDivisionError) as exc:
        why = msg("extract.pdf_part_too_large") if type(exc).__name__ == "LimitReachedError" else (
            type(exc).__name__)
        raise DataError(msg("extract.bad_pdf", name=name, why=why)) from None


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


def _pdf_meta(reader: Any) -> Meta:
    try:
        info = reader.metadata or {}
        title, created = info.get("/Title"), info.get("/CreationDate")
    except Exception:  # broken properties are no reason to refuse the text
        return Meta()
    return Meta(title=clean(str(title)) if title else None,
                date=a_date(str(created)) if created else None)


def docx(name: str, data: bytes) -> tuple[str, Meta]:
    """A .docx document's paragraphs and tables, and its core properties."""
    _check_parts(name, data)
    try:
        import docx as python_docx
    except ImportError:
        raise UsageError(msg("extract.needs_extra", name=name, kind=".docx")) from None
    try:
        with _quiet():
            document = python_docx.Document(io.BytesIO(data))
            lines = [p.text for p in document.paragraphs]
            for table in document.tables:
                for row in table.rows:
                    lines.append(" ; ".join(cell.text for cell in row.cells))
    except Exception as exc:  # python-docx raises many kinds for a broken file
        raise DataError(msg("extract.bad_docx_why", name=name, why=type(exc).__name__)) from None
    return "\n".join(lines), _docx_meta(document)


def _check_parts(name: str, data: bytes) -> None:
    """Refuse a .docx whose parts, one or together, would unpack too large, or that declares
    a DOCTYPE anywhere (checked on each XML part's bounded, inflated bytes)."""
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            infos = z.infolist()
            z.getinfo("word/document.xml")
            if len(infos) > MAX_DOCX_PARTS:
                raise DataError(msg("extract.bad_docx", name=name))
            total = 0
            for info in infos:
                total += info.file_size
                if info.file_size > MAX_DOCX_XML or total > MAX_DOCX_TOTAL:
                    raise DataError(msg("extract.docx_too_big", name=name,
                                       mb=f"{max(info.file_size, total) / 1e6:.0f}"))
            for info in infos:
                if info.filename.endswith((".xml", ".rels")):
                    with z.open(info) as part:
                        if _declares_doctype(part):
                            raise DataError(msg("extract.docx_doctype", name=name,
                                               part=info.filename))
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, NotImplementedError,
            RuntimeError):  # RuntimeError: an encrypted part
        raise DataError(msg("extract.bad_docx", name=name)) from None


def _declares_doctype(part: Any) -> bool:
    """Whether an XML part declares a DTD (read in bounded chunks; a DTD comes before the
    root element, so only the prolog matters, but a tag may straddle two chunks)."""
    tail = b""
    while chunk := part.read(1 << 20):
        window = (tail + chunk).upper()
        if b"<!DOCTYPE" in window or b"<!ENTITY" in window:
            return True
        tail = chunk[-16:]
    return False


def _docx_meta(document: Any) -> Meta:
    try:
        props = document.core_properties
        title, created = props.title, props.created
    except Exception:  # broken properties are no reason to refuse the text
        return Meta()
    return Meta(title=clean(title) if title else None,
                date=created.date() if created is not None else None)
