"""What a document says about itself: title, address, date, issuer, number and kind.

Read where the document carries it (a saved page's meta tags, a PDF's or .docx's properties,
the two `# URL:` / `# title:` lines a saved text may start with, a byline, a date in the
opening lines); the extract options override each one."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, fields, replace

SOURCE_TYPES = ("plan", "directive", "report", "statistics", "press")
_OPENING = 1500  # characters of the text searched for a date, a number or a byline


@dataclass(frozen=True)
class Meta:
    """A document's own record; None where it does not say."""

    title: str | None = None
    url: str | None = None
    date: dt.date | None = None
    issuer: str | None = None
    number: str | None = None
    type: str | None = None

    def over(self, other: Meta) -> Meta:
        """This record, its gaps filled from `other`."""
        return replace(self, **{f.name: getattr(other, f.name) for f in fields(self)
                                if getattr(self, f.name) is None})


def clean(value: str | None, limit: int = 300) -> str | None:
    """One line of text without control characters, or None when nothing is left."""
    if value is None:
        return None
    text = " ".join("".join(c if c.isprintable() else " " for c in value).split())
    return text[:limit] or None


def a_date(value: str | None) -> dt.date | None:
    """A date from ISO 8601 ('2023-12-04', '2023-12-04T18:17:00+07:00'), D/M/Y or a PDF
    date ('D:20231204181700+07'); None when it is none of them or not a real day."""
    if not value:
        return None
    value = value.strip()
    for pattern, order in ((r"(?:D:)?(\d{4})-?(\d{2})-?(\d{2})", "ymd"),
                           (r"(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})", "dmy")):
        m = re.match(pattern, value)
        if m:
            parts = dict(zip(order, map(int, m.groups()), strict=True))
            try:
                return dt.date(parts["y"], parts["m"], parts["d"])
            except ValueError:
                return None
    return None


_HEADER = re.compile(r"#\s*(url|title)\s*:\s*(.*)", re.IGNORECASE)


def split_header(text: str) -> tuple[Meta, str]:
    """The `# URL: …` and `# title: …; date: …; kind: …` lines a saved page may start with,
    read as metadata, and the text after them (the document proper)."""
    meta = Meta()
    rest = text.lstrip("\ufeff")
    while True:
        line, _, after = rest.partition("\n")
        m = _HEADER.fullmatch(line.strip())
        if not m:
            break
        if m.group(1).lower() == "url":
            meta = replace(meta, url=clean(m.group(2)))
        else:
            meta = _title_line(m.group(2)).over(meta)
        rest = after
    return meta, rest


def _title_line(value: str) -> Meta:
    """'Title (a note); date: 2023-12-04; kind: press; scope: …' -> its fields."""
    parts = value.split(";")
    title = re.sub(r"\s*\([^)]*\)\s*$", "", parts[0])  # an editor's note after the title
    found: dict[str, str] = {}
    for part in parts[1:]:
        name, sep, val = part.partition(":")
        if sep:
            found[name.strip().lower()] = val.strip()
    kind = found.get("kind") or found.get("type")
    return Meta(title=clean(title), date=a_date(found.get("date", "").split(" ")[0]),
                type=kind if kind in SOURCE_TYPES else None)


# "Thứ 2, 04/12/2023 | 18:17", "Chủ nhật, 3/12/2023 - 07:05", "04/12/2023 18:17 GMT+7"
_BYLINE = re.compile(r"(?:(?:thứ\s*(?:[2-7]|hai|ba|tư|năm|sáu|bảy)|chủ\s*nhật)\s*,?\s*)?"
                     r"(\d{1,2}/\d{1,2}/\d{4})\s*(?:[|,-]\s*)?\d{1,2}[:h]\d{2}", re.IGNORECASE)
# a dateline: "Quảng Ninh, ngày 09 tháng 12 năm 2022", "Hạ Long, ngày 9/12/2022" (a date
# elsewhere in the opening is usually a law the document cites, not the document's own)
_DATELINE = re.compile(r"^[^\S\n]*[^\W\d_][^\n,]{1,40},\s*ngày\s+(\d{1,2})(?:\s+tháng\s+|/)"
                       r"(\d{1,2})(?:\s+năm\s+|/)(\d{4})", re.IGNORECASE | re.MULTILINE)
_NUMBER = re.compile(r"\bSố\s*:\s*(\d+[^\s,;]*/[A-ZĐ][\w./-]*)")


def from_opening(text: str) -> Meta:
    """A date and a document number stated in the text's first lines: a byline with a time,
    a dateline ('Quảng Ninh, ngày 9 tháng 12 năm 2022'), 'Số: 128/NQ-HĐND'."""
    head = text[:_OPENING]
    date = None
    m = _BYLINE.search(head)
    if m:
        date = a_date(m.group(1))
    if date is None and (m := _DATELINE.search(head)):
        date = a_date(f"{m.group(1)}/{m.group(2)}/{m.group(3)}")
    number = _NUMBER.search(head)
    return Meta(date=date, number=number.group(1) if number else None)


def host(url: str | None) -> str | None:
    """The site of an address ('baoquangninh.vn'), a press source's issuer when no other."""
    if not url:
        return None
    from urllib.parse import urlsplit

    try:
        name = urlsplit(url).hostname or ""
    except ValueError:
        return None
    return clean(name.removeprefix("www.")) or None
