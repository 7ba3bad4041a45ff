"""CSV for spreadsheets: UTF-8 with a BOM so Excel shows Vietnamese, formulas neutralised."""

from __future__ import annotations

import csv
import io
import re

from qnplan.render.cells import visible
from qnplan.render.columns import Tabular, with_marks

_NUMBER = re.compile(r"^[+-]?[\d.,]+%?$")


def safe_cell(text: str) -> str:
    """Prefix a quote to cells a spreadsheet would run as a formula; numbers stay numbers."""
    text = visible(text)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r") and not _NUMBER.match(text):
        return "'" + text
    return text


def csv_text(t: Tabular) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(["category", *t.headers])
    for cat, row in zip(t.categories, with_marks(t), strict=True):
        writer.writerow([cat, *(safe_cell(x) for x in row)])
    return "\ufeff" + buf.getvalue()
