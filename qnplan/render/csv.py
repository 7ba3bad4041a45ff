"""CSV for analysis: one column per field, plain numbers, codes; UTF-8 with a BOM so Excel
shows Vietnamese; formulas neutralised in text that comes from the data."""

from __future__ import annotations

import csv
import io

from qnplan.i18n import tr
from qnplan.render.cells import visible
from qnplan.render.records import DATA_TEXT, Record

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(text: str) -> str:
    """Prefix a quote to data text a spreadsheet would run as a formula."""
    text = visible(text)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def plain(value: object) -> str:
    """A value as a spreadsheet reads it back: 54000, 0.853, true, or empty for null."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def csv_text(records: list[Record], lang: str) -> str:
    """Records as CSV: headers are codes in every language (data, like JSON keys; the xlsx
    workbook carries worded headers), numbers never localised, names in `lang`."""
    if not records:
        return "\ufeff"
    keys = list(records[0])
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow([tr(f"csv.{k}", "en") for k in keys])  # the column codes
    for rec in records:
        writer.writerow([safe_cell(plain(rec[k])) if k in DATA_TEXT else visible(plain(rec[k]))
                         for k in keys])
    return "\ufeff" + buf.getvalue()
