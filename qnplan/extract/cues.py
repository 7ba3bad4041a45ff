"""The wording classes that decide a figure's kind, operator, bound, period, year and
whether it is derived. Every pattern runs on lowercase NFC text."""

from __future__ import annotations

import re

from qnplan.model import months

# --- kind -----------------------------------------------------------------------------
TARGET_CUES = re.compile(
    r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|kịch bản|đặt ra|đề ra|dự kiến|định hướng|"
    r"quyết tâm|cán đích|nhiệm vụ|dự tính|xây dựng \d+ chỉ tiêu)(?!\w)")
# a figure for the same period of an earlier year is a reported result
SAME_PERIOD = re.compile(r"(?:cùng kỳ|so với)(?: năm)? (\d{4}|năm trước|năm ngoái)\s*"
                         r"(?:\(|là|đạt|:)?\s*$")
# after a figure: 'mức tăng 5,9% của cùng kỳ năm 2024' is that earlier period's figure
OF_SAME_PERIOD = re.compile(r"\s*(?:của|ở|trong) cùng kỳ(?: năm (\d{4})| năm trước| năm ngoái)?")
# 'cùng kỳ' as the subject ('(cùng kỳ tăng 9,5%)'): the same period of the year before
SAME_PERIOD_SUBJECT = re.compile(r"cùng kỳ(?: năm trước| năm ngoái)?:?\s*(?:tăng|giảm|đạt|là)\b")
# words that name a subject of their own: a clause holding one does not borrow the
# indicator of the clause before it
OWN_SUBJECT = re.compile(
    r"khu vực|ngành|công nghiệp|dịch vụ|nông|khách|doanh nghiệp|vốn|\bthu\b|\bchi\b|"
    r"xuất khẩu|nhập khẩu|bán lẻ|giá|chỉ số|\biip\b|\bcpi\b|thu nhập|quy mô|"
    r"tỷ trọng|sản xuất|kim ngạch|lượt|dự án|hộ|lao động|việc làm|xã|trường")
# words that foresee without planning, and the words that plan
FORESEE = re.compile(r"(?<!\w)(?:dự kiến|dự tính|ước tính|ước)(?!\w)")
PLAN_WORDS = re.compile(r"(?<!\w)(?:phấn đấu|mục tiêu|chỉ tiêu|kế hoạch|kịch bản|nhiệm vụ|đặt ra|"
                        r"đề ra|giao|quyết tâm|cán đích|định hướng|nghị quyết)(?!\w)")
RESULT_CUES = re.compile(
    r"(?<!\w)(?:ước đạt|ước tính|ước thực hiện|\bước\b|kết quả thực hiện|thực hiện được|kết quả|"
    r"đạt được|đã(?! qua\b)|ghi nhận|"
    r"lũy kế|luỹ kế|báo cáo)(?!\w)")
# after the figure: a growth against a past period is a reported result
RESULT_AFTER = re.compile(r"^\s*(?:so với|so)\s+(?:cùng kỳ|năm|tháng|quý)|^\s*cùng kỳ")

# --- derived: a figure relative to another ----------------------------------------------
DERIVED_AFTER = re.compile(
    r"^\s*(?:so\s+(?:với\s+)?)?(?:của\s+)?(?:kế hoạch(?! vốn)|dự toán|kịch bản|chỉ tiêu|"
    r"kỳ vọng|mục tiêu|tổng thu|tổng số|grdp\b)")
DERIVED_BEFORE = re.compile(r"(?:\bbằng|chiếm(?: khoảng)?)\s*$")
# 'tương đương' restates a figure in another unit ('70 triệu đồng, tương đương 2.900 USD'):
# the same fact, not a relative figure, unless what follows is a percentage of something
CONVERSION = re.compile(r"tương đương(?: với)?(?: khoảng| gần| hơn| trên)?\s*$")
DERIVED_CLAUSE = re.compile(r"\bchiếm\b|tỷ trọng|tỉ trọng|đóng góp")
DERIVED_UNITS = frozenset({"lần", "pp"})

# --- operator (targets) and bound (results), from the words just before the figure ------
_OP_BEFORE = [
    (re.compile(r"(?:không thấp hơn|không dưới|ít nhất|tối thiểu)\s*(?:là\s+|ở mức\s+|mức\s+)?$"),
     ">="),
    (re.compile(r"(?:không quá|không vượt quá|tối đa)\s*(?:là\s+|ở mức\s+|mức\s+)?$"), "<="),
    (re.compile(r"(?<!trong )(?:khoảng|xấp xỉ|ước chừng|gần)\s*(?:mức\s+)?$"), "~"),
    (re.compile(r"(?:\btrên|\bhơn|\bvượt)\s*(?:mức\s+)?$"), ">"),
    (re.compile(r"\bdưới\s*(?:mức\s+)?$"), "<"),
]
_AT_LEAST_AFTER = re.compile(r"^\s*(?:trở lên|trở lên\b)")
_BOUND = {">": "lower", "~": "approx", "<": "upper"}

# --- period -----------------------------------------------------------------------------
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
PERIOD_CUES = re.compile(
    # every period word starts a word: the look-ahead and look-behind let the engine skip the
    # other positions fast
    r"(?=[đhtcqn\dsmbkg])(?<!\w)(?:"
    r"(?:đến|đến hết|hết|trước|đến cuối|cuối) (?:ngày )?\d{1,2}/(?P<by>\d{1,2})/\d{4}|"
    r"(?:đến hết|hết|đến cuối|cuối) (?:quý|quí) (?P<byq>iv|iii|ii|i|[1-4])\b|"
    r"(?:tính đến hết|tính đến|đến hết|đến cuối) tháng (?P<bym>\d{1,2})\b|"
    r"(?P<h2>6 tháng cuối năm|sáu tháng cuối năm|nửa cuối năm)|"
    r"(?P<h1>nửa đầu năm|6 tháng đầu năm|sáu tháng đầu năm)|"
    r"(?:quý|quí) (?P<q>iv|iii|ii|i|[1-4])\b|"
    r"(?P<m>\d{1,2}|(?<!\w)(?:mười một|mười hai|mười|một|hai|ba|bốn|sáu|bảy|tám|chín)) "
    r"tháng(?: đầu năm| năm| qua| đầu| vừa qua)?(?! cuối)|"
    r"(?<!đến )(?<!hết )(?<!từ )(?<!trước )(?<!sau )(?<!\d )"
    r"(?P<one>tháng \d{1,2})(?!\d)|"
    r"(?P<fy>cả năm|năm \d{4}))")


_MONTHS_SPELLED = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8,
                   "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12}
# a single month ('trong tháng 10', 'CPI tháng 6') fits no period code: no period
NO_PERIOD = ""


def end_month(period: str) -> int:
    """The month a period ends in (FY and H2 12, H1 6, Q3 9, 7M 7; 0 for a single month,
    taken as over)."""
    if period == NO_PERIOD:
        return 0
    return 12 if period == "H2" else months(period)


def period_of(m: re.Match[str]) -> str | None:
    """The period code of a PERIOD_CUES match (None for 'năm' that says nothing)."""
    if m.group("by") or m.group("byq") or m.group("bym"):  # 'đến 30/9', 'đến hết quý III'
        n = 3 * _ROMAN[m.group("byq")] if m.group("byq") else int(m.group("by") or
                                                                   m.group("bym"))
        return "FY" if n == 12 else ("H1" if n == 6 else f"{n}M") if 1 <= n <= 11 else None
    if m.group("one"):
        return NO_PERIOD
    if m.group("h2"):
        return "H2"
    if m.group("h1"):
        return "H1"
    if m.group("q"):
        return f"Q{_ROMAN[m.group('q')]}"
    if m.group("m"):
        n = _MONTHS_SPELLED.get(m.group("m")) or int(m.group("m"))
        if n == 6:
            return "H1"
        if n == 3:
            return "Q1"
        return f"{n}M" if 1 <= n <= 11 else ("FY" if n == 12 else None)
    return "FY"


# --- year -------------------------------------------------------------------------------
YEAR = re.compile(r"(?<![\d.,:])(?:19[5-9]\d|20\d\d)(?![\d.,]\d|/[^\W\d])")
# years that do not date the figure: comparisons, plan periods, price bases, terms
NOT_ANCHOR_BEFORE = re.compile(
    r"(?:so với|so|cùng kỳ|với|giá so sánh|so sánh|nhiệm kỳ|giai đoạn|khóa|khoá|đến|từ|"
    r"trước|sau)(?: năm| thực hiện năm| ước thực hiện| thực hiện| \w+)?\s*$")
# 'đến năm 2030' is the year a target is for, unless it closes a span ('từ năm 2021 đến năm')
HORIZON = re.compile(r"(?<!\d)(?<!\d )đến năm\s*$")
PLAN_PERIOD = re.compile(r"^\s*[-–]\s*\d{4}")


def op_before(before: str, after: str) -> str | None:
    """The operator that the words just before (and 'trở lên' just after) a figure give."""
    tail = before[-40:]
    for rx, op in _OP_BEFORE:
        if rx.search(tail):
            return op
    if _AT_LEAST_AFTER.match(after):
        return ">="
    return None


def bound_of(op: str | None, before: str) -> str | None:
    """A result's hedge from the operator its wording gives ('gần', nearly: upper)."""
    if op == "~" and re.search(r"\bgần\s*(?:mức\s+)?$", before):
        return "upper"
    return _BOUND.get(op or "")


def is_derived(before: str, after: str, unit: str) -> bool:
    """Whether a figure is relative to another (of plan, share, points, multiples)."""
    if unit in DERIVED_UNITS:
        return True
    if DERIVED_AFTER.match(after) or DERIVED_BEFORE.search(before):
        return True
    if CONVERSION.search(before):
        return unit in ("%", "")
    return bool(DERIVED_CLAUSE.search(before))
