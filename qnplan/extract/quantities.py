"""Figures in a text: Vietnamese numbers, ranges and the unit written after them.

'61,5 nghìn tỷ đồng' is 61 500 bn_vnd: the multiplier word is folded into the value and the
unit becomes a canonical code where one exists; other units stay as written."""

from __future__ import annotations

import re
from dataclasses import dataclass

from qnplan.units import clean

_NUM = r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?![\d.])|\d+"
# a figure: not glued to a letter, a slash or another number (codes, dates, 15/16 counts)
_FIGURE = re.compile(
    rf"(?<![\w/.,\-–])(?:(?P<from>từ\s+)?(?P<a>{_NUM})\s*(?:%\s*)?"
    rf"(?P<dash>\s?[-–]\s?|\s+đến\s+))?(?P<b>{_NUM})(?![\d/]|[.,]\d)", re.IGNORECASE)

# Countable things a plan sets or reports a number of ('7 xã đạt chuẩn', '1.200 căn nhà'):
# one class, unit 'count'. Counts of plans, indicators or meetings are not figures.
COUNT_NOUNS = (
    "huyện", "xã", "phường", "thị trấn", "thị xã", "thôn", "thành phố", "trường",
    "trường học", "căn", "căn nhà", "căn hộ", "ngôi nhà", "cụm công nghiệp",
    "khu công nghiệp", "làng nghề", "sản phẩm OCOP", "hợp tác xã", "chợ", "trạm y tế",
    "cơ sở", "trang trại",
)
_DOLLAR = r"(?:đô la|đôla|đô-la)(?: mỹ)?"  # US dollars spelled out
# What 'lượt' (times) counts when it is not visitors
NOT_VISITS = ("hồ sơ", "phương tiện", "xe", "tàu", "chuyến", "khám", "người bệnh", "bệnh nhân",
              "học sinh", "người dân", "thủ tục", "giao dịch", "truy cập")
# (pattern, code or None to keep the spelling, factor). Longest spellings first.
_UNIT_TABLE: list[tuple[str, str | None, float]] = [
    (r"%", "%", 1),
    (r"điểm phần trăm|điểm %", "pp", 1),
    (r"phần trăm", "%", 1),
    (r"(?:nghìn|ngàn) t[ỷỉ](?: đồng)?", "bn_vnd", 1000),
    (rf"t[ỷỉ] (?:usd|{_DOLLAR})", "bn_usd", 1),
    (rf"triệu (?:usd|{_DOLLAR})", "mn_usd", 1),
    (rf"(?:usd|{_DOLLAR})(?:/người(?:/năm)?|/năm)?", "usd", 1),
    # a multiplier before a physical unit is not money: '20,3 tỷ kWh', '1,2 triệu m3'
    (r"(?:t[ỷỉ]|triệu|nghìn|ngàn) (?:kwh|mwh|gwh|m3|m³|lít|viên|sản phẩm|chiếc|tấn)", None, 1),
    (r"t[ỷỉ](?: đồng)?(?!\s*(?:usd|lệ|trọng|suất))", "bn_vnd", 1),
    (r"triệu đồng(?:/người/năm|/người|/năm)?", None, 1),
    # 'lượt' counts visits only for visitors: 'lượt người lao động' are workers (job placements)
    (r"(?:nghìn|ngàn) lượt (?:người )?lao động", "persons", 1000),
    (r"lượt (?:người )?lao động", "persons", 1),
    # ... and 'lượt hồ sơ', 'lượt phương tiện' count other things: kept as written
    (rf"(?:(?:triệu|nghìn|ngàn) )?lượt (?:{'|'.join(NOT_VISITS)})", None, 1),
    (r"triệu lượt(?: khách| người| du khách)?", "mn_visits", 1),
    (r"(?:nghìn|ngàn) lượt(?: khách| người| du khách)?", "visits", 1000),
    (r"lượt(?: khách| người| du khách)?", "visits", 1),
    (r"(?:giường(?: bệnh)?|bác s[ĩỹ]|dược s[ĩỹ](?: đại học)?|điều dưỡng)\s?/\s?(?:1 )?vạn dân",
     "per_10k", 1),
    (r"/\s?(?:1 )?vạn dân", "per_10k", 1),
    (r"lần", None, 1),
    (r"(?:nghìn|ngàn) (?:việc làm|lao động|người)", "persons", 1000),
    (r"triệu (?:người|lao động)", "persons", 1_000_000),
    (r"(?:nghìn|ngàn) hộ", "households", 1000),
    (r"(?:nghìn|ngàn) doanh nghiệp", "enterprises", 1000),
    (r"doanh nghiệp(?:, chi nhánh)?", "enterprises", 1),
    (r"việc làm|lao động|người", "persons", 1),
    (r"hộ(?: gia đình)?", "households", 1),
    (r"dự án", None, 1),
    (r"giường(?: bệnh)?|bác s[ĩỹ]|dược s[ĩỹ]|điều dưỡng", None, 1),
    (r"(?:triệu |nghìn )?tấn|ha|km2|km²|km|MW|m2(?:/người)?|m²(?:/người)?|m3|m³|kWh|tuổi|"
     r"(?:triệu|nghìn|ngàn) con", None, 1),
    ("|".join(sorted(COUNT_NOUNS, key=len, reverse=True)), "count", 1),

]
_UNITS = [(re.compile(rf"\s?(?:{p})(?!\w)", re.IGNORECASE), code, f) for p, code, f in _UNIT_TABLE]
# an age is a figure only when something reaches it ('tuổi thọ đạt 74,5 tuổi')
_AGE_FIGURE = re.compile(r"(?:đạt|là|lên|tăng|khoảng)\s+$", re.IGNORECASE)
# A bare figure closing a clause after 'đạt' keeps an empty unit (a dropped '%').
_BARE_BEFORE = re.compile(r"(?:đạt|tăng|giảm)\s+(?:trên\s+|khoảng\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    """One figure: where it is, its value (or min/max) and its unit."""

    start: int
    end: int
    number_start: int
    value: float | None
    min: float | None
    max: float | None
    unit: str  # a canonical code, or the spelling as written ('' if none)
    written: str  # the unit as written, with its multiplier word


def read_figure(token: str) -> float:
    """'45.900' -> 45900, '7,4' -> 7.4, '3.5' -> 3.5 (a dot before 1-2 digits is decimal).

    Lenient on purpose, unlike numbers.parse_vi for data files: press texts mix spellings."""
    if "," in token:
        return float(token.replace(".", "").replace(",", "."))
    if re.fullmatch(r"\d{1,3}(?:\.\d{3})+", token):
        return float(token.replace(".", ""))
    return float(token)


def _unit_at(text: str, pos: int, end: int) -> tuple[str | None, float, str, int] | None:
    for rx, code, factor in _UNITS:
        m = rx.match(text, pos, end)
        if m:
            written = m.group(0).strip()
            return code, factor, written, m.end()
    return None


# 'không còn hộ nghèo' (no poor households left): a zero target, its unit the count named
ZERO = "không còn"
_ZERO = re.compile(r"(?<!\w)không còn(?= \w)", re.IGNORECASE)


def _zero_unit(text: str, pos: int, end: int) -> str:
    """The unit of the thing 'không còn' says is gone: 'hộ nghèo' -> households."""
    unit = _unit_at(text, pos, end)
    return unit[0] if unit is not None and unit[0] is not None else "count"


def find_quantities(text: str, start: int, end: int) -> list[Quantity]:
    """Every figure with a unit between start and end (clause or sentence)."""
    out = [Quantity(m.start(), m.end(), m.start(), 0.0, None, None,
                    _zero_unit(text, m.end(), end), ZERO)
           for m in _ZERO.finditer(text, start, end)]
    for m in _FIGURE.finditer(text, start, end):
        unit = _unit_at(text, m.end("b"), end)
        if unit is None:
            if not (_BARE_BEFORE.search(text, max(start, m.start() - 20), m.start())
                    and re.match(r"\s*(?:[.;,)]|$)", text[m.end():end])):
                continue
            unit = ("", 1.0, "", m.end())
        code, factor, written, unit_end = unit
        if written in ("ha", "km") and re.search(r"(?:trên|mỗi|/)\s*$", text[start:m.start()]):
            continue  # 'trên 1 ha': per hectare
        if written == "tuổi" and not _AGE_FIGURE.search(text, max(start, m.start() - 20),
                                                         m.start()):
            continue  # 'lao động từ 15 tuổi trở lên': an age group, not a figure
        if m.group("a") is None and re.fullmatch(r"(?:19|20)\d\d", m.group("b")) and re.search(
                r"(?:năm|kỳ)\s*$", text[max(start, m.start() - 6):m.start()], re.IGNORECASE):
            continue  # 'năm 2025 thành phố ...': a year, not a count
        b = clean(read_figure(m.group("b")) * factor)
        if m.group("a") is not None:
            a = clean(read_figure(m.group("a")) * factor)
            years = all(re.fullmatch(r"(?:19|20)\d\d", m.group(g)) for g in ("a", "b"))
            if a >= b or (m.group("dash") and "đến" not in m.group("dash").lower()
                          and not m.group("from") and years):
                # '2021 - 2025' or a descending pair: not a range; keep the second figure
                out.append(Quantity(m.start("b"), unit_end, m.start("b"), b, None, None,
                                    code if code is not None else written, written))
                continue
            out.append(Quantity(m.start(), unit_end, m.start("a"), None, a, b,
                                code if code is not None else written, written))
        else:
            out.append(Quantity(m.start(), unit_end, m.start("b"), b, None, None,
                                code if code is not None else written, written))
    return sorted(out, key=lambda q: q.start)
