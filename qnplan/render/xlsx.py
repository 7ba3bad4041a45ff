"""Records as an Excel workbook: one sheet per view, numbers as numbers with a number format,
codes turned into words of the output language, the header row frozen and filtered.

xlsxwriter (the `[xlsx]` extra) is imported here only, when a workbook is written. Its output
is byte-identical for the same input once the creation date is fixed, which the caller does
with the newest cited document's date, as the Markdown and HTML reports are dated.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from typing import Any, NamedTuple

from qnplan.errors import UsageError
from qnplan.i18n import has, tr, unit_label
from qnplan.message import msg
from qnplan.render.cells import OP_SIGNS, visible
from qnplan.render.records import Record

# Columns holding an amount in the row's unit (the unit column says which).
AMOUNTS = frozenset({
    "value", "min", "max", "delta", "gap", "result_value", "chosen_value", "other_value",
    "actual", "required_remaining", "baseline_value",
    *(f"{side}_{k}" for side in ("a", "b", "target") for k in ("value", "min", "max"))})
FRACTIONS = frozenset({"ratio", "full_year_ratio"})  # 1.0 = on target: shown as a percent
PERCENTS = frozenset({"delta_pct"})  # already × 100
YEARS = frozenset({"year", "plan_for", "period_from", "period_to", "baseline_year"})
RATIOS = frozenset({"progress_r", "r"})  # R of DESIGN §8 and §9, to 3 decimals
DATES = frozenset({"date"})
OPS = frozenset({"op", "a_op", "b_op", "target_op", "chosen_op", "other_op"})
# code columns shown as words: column -> catalogue prefixes, the first that knows the code wins
WORDS: dict[str, tuple[str, ...]] = {
    "category": ("category",), "change": ("change",), "status": ("status",),
    "result_status": ("result",), "kind": ("kind", "ikind"), "better": ("better",),
    "type": ("stype",), "progress": ("verdict",), "bound": ("xl.bound",),
    "result_bound": ("xl.bound",), "ratio_bound": ("xl.bound",),
    "progress_r_bound": ("xl.bound",), "verdict": ("verdict",), "basis": ("basis",)}
WIDE = frozenset({"name", "title", "text", "a_text", "b_text", "target_text", "quote",
                  "issuer", "note"})
MAX_WIDTH, WIDE_WIDTH, MIN_WIDTH = 30, 60, 6


class Sheet(NamedTuple):
    """A sheet: its title (at most 31 characters) and its records, one row each."""

    title: str
    records: list[Record]
    fields: dict[str, Any] | None = None  # for the header templates, e.g. the years a and b


def missing_extra() -> UsageError:
    """The error for a workbook asked of an installation without the [xlsx] extra."""
    return UsageError(msg("xl.needs_extra"))


def _word(key: str, code: str, lang: str) -> str:
    for prefix in WORDS[key]:
        if has(f"{prefix}.{code}"):
            return tr(f"{prefix}.{code}", lang)
    return code


def _header(key: str, lang: str, fields: dict[str, Any]) -> str:
    """The column's header: its workbook label, else (a column added to the records since)
    its CSV header."""
    for name in (f"xl.h.{key}", f"csv.{key}"):
        if has(name):
            return tr(name, lang, **fields)
    return key


def _op(code: str, lang: str) -> str:
    if code in OP_SIGNS:
        return OP_SIGNS[code]
    return tr("qualitative", lang) if code == "qualitative" else tr("xl.op.range", lang)


def _shown_length(value: Any) -> int:
    """About how many characters a cell shows, for a column width that fits."""
    if isinstance(value, float):
        return len(f"{value:,.4f}".rstrip("0").rstrip(".")) + 1
    if isinstance(value, int):
        return len(f"{value:,}")
    return max((len(line) for line in str(value).splitlines()), default=0)


class _Formats:
    """The workbook's cell formats, made once each."""

    def __init__(self, book: Any) -> None:
        self.header = book.add_format({"bold": True, "text_wrap": True, "valign": "top",
                                       "bg_color": "#DDE4EE", "bottom": 1})
        self.integer = book.add_format({"num_format": "#,##0"})
        self.decimal = book.add_format({"num_format": "#,##0.0###"})
        self.percent = book.add_format({"num_format": "0.0%"})
        self.one_decimal = book.add_format({"num_format": "#,##0.0"})
        self.three_decimals = book.add_format({"num_format": "0.000"})
        self.year = book.add_format({"num_format": "0"})
        self.date = book.add_format({"num_format": "yyyy-mm-dd"})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        self.title = book.add_format({"bold": True, "font_size": 13})


def _cell(ws: Any, row: int, col: int, key: str, value: Any, f: _Formats, lang: str) -> Any:
    """Write one cell as its type; return what it shows (for the column width)."""
    if value is None or value == "":
        ws.write_blank(row, col, None)
        return ""
    if isinstance(value, bool):
        shown = tr("yes" if value else "no", lang)
        ws.write_string(row, col, shown)
        return shown
    if isinstance(value, int | float):
        if key in YEARS:
            fmt = f.year
        elif key in FRACTIONS:
            fmt = f.percent
        elif key in PERCENTS:
            fmt = f.one_decimal
        elif key in RATIOS:
            fmt = f.three_decimals
        else:
            fmt = f.integer if float(value).is_integer() else f.decimal
        ws.write_number(row, col, value, fmt)
        return value * 100 if key in FRACTIONS else value
    text = str(value)
    if key in DATES:
        ws.write_datetime(row, col, dt.datetime.fromisoformat(text), f.date)
        return text
    if key in WORDS:
        text = _word(key, text, lang)
    elif key in OPS:
        text = _op(text, lang)
    elif key == "unit":
        text = unit_label(text, lang)
    # write_string, never write(): a data cell starting "=" stays text, not a formula
    shown = visible(text)
    ws.write_string(row, col, shown)
    return shown


def _sheet(book: Any, sheet: Sheet, f: _Formats, lang: str) -> None:
    ws = book.add_worksheet(sheet.title)
    keys = list(sheet.records[0]) if sheet.records else ["empty"]
    widths = []
    for col, key in enumerate(keys):
        header = _header(key, lang, sheet.fields or {})
        ws.write_string(0, col, header, f.header)
        widths.append(max(len(w) for w in header.split()) + 2)
    for r, rec in enumerate(sheet.records, start=1):
        for col, key in enumerate(keys):
            shown = _cell(ws, r, col, key, rec[key], f, lang)
            widths[col] = max(widths[col], _shown_length(shown) + 1)
    for col, key in enumerate(keys):
        cap = WIDE_WIDTH if key in WIDE else MAX_WIDTH
        width = min(max(widths[col], MIN_WIDTH), cap)
        ws.set_column(col, col, width, f.wrap if key in WIDE else None)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(len(sheet.records), 1), len(keys) - 1)


def _notes(book: Any, title: str, paragraphs: Sequence[str], f: _Formats) -> None:
    ws = book.add_worksheet(title)
    ws.set_column(0, 0, 100, f.wrap)
    for row, text in enumerate(paragraphs):
        ws.write_string(row, 0, visible(text), f.title if row == 0 else f.wrap)


def workbook(sheets: Sequence[Sheet], notes: tuple[str, Sequence[str]], created: dt.date,
             lang: str) -> bytes:
    """The workbook's bytes: one sheet per record list, then a notes sheet (its title and
    paragraphs, the first shown as a heading). `created` dates the file's metadata, so the
    same data give the same bytes."""
    try:
        import xlsxwriter
    except ImportError:
        raise missing_extra() from None
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "strings_to_numbers": False})
    book.set_properties({"created": dt.datetime.combine(created, dt.time()),
                         "author": "qnplan", "title": notes[1][0] if notes[1] else ""})
    f = _Formats(book)
    for sheet in sheets:
        _sheet(book, sheet, f, lang)
    _notes(book, notes[0], notes[1], f)
    book.close()
    return buf.getvalue()
