"""When a figure is for: the years and period words of a sentence, a figure's year and part
of the year, and the plan period it may cover with how that period is judged (DESIGN §9)."""

from __future__ import annotations

import re

from qnplan.extract import cues
from qnplan.extract.document import Clause, Memory, Passage
from qnplan.extract.quantities import Quantity
from qnplan.extract.text import Sentence
from qnplan.model import Indicator

_MONTH_OF = re.compile(r"tháng \d{1,2}\s*[-–]\s*$")  # 'tháng 10-2012': a month of a year
_DATE_YEAR = re.compile(r"\d{1,2}\s*[/.-]\s*$")
# a plan period ('giai đoạn 2026 - 2030', '5 năm 2026-2030', '2026 - 2030')
_SPAN = re.compile(r"(?<![\d/.])(20\d\d)\s*[-–]\s*(20\d\d)(?![\d/])")
_PROGRAMME = re.compile(r"(?:tiêu chí|chương trình|đề án|dự án)[^.;,]*$")
_BY_YEAR = re.compile(r"(?:đến|tới|vào) (?:năm )?20\d\d\b[^.;]*$")
_PERIOD_WORDS = re.compile(r"mỗi năm|hằng năm|hàng năm|bình quân(?! đầu người)|/năm|"
                           r"cả giai đoạn|toàn giai đoạn")
_EACH_YEAR = re.compile(r"mỗi năm|hằng năm|hàng năm|năm nào cũng")
_AVERAGE = re.compile(r"bình quân(?! đầu người)|trung bình")
_TOTAL = re.compile(r"\btổng\b|lũy kế|luỹ kế|cả giai đoạn|toàn giai đoạn|trong \d+ năm")


def sentence_years(low: str, s: Sentence) -> tuple[tuple[int, int, int], ...]:
    """(start, end, year) of the years in a sentence that date what follows them."""
    out = []
    for m in cues.YEAR.finditer(low, s.start, s.end):
        head = low[max(0, m.start() - 40):m.start()]
        horizon = cues.HORIZON.search(head)  # 'mục tiêu đến năm 2030': for 2030
        if (cues.NOT_ANCHOR_BEFORE.search(head) and not horizon) or cues.PLAN_PERIOD.match(
                low[m.end():m.end() + 8]):
            continue
        if re.search(r"\d\s*[-–]\s*$", head) and not _MONTH_OF.search(head):
            continue
        out.append((m.start(), m.end(), int(m.group(0))))
    return tuple(out)


def sentence_periods(low: str, s: Sentence) -> tuple[tuple[int, int, str], ...]:
    """(start, end, period) of a sentence's period words, leaving out those of comparisons."""
    out = []
    for m in cues.PERIOD_CUES.finditer(low, s.start, s.end):
        head = low[max(0, m.start() - 20):m.start()]
        if re.search(r"(?:so với|cùng kỳ|so)\s*$", head):
            continue
        if m.group("fy") and cues.PLAN_PERIOD.match(low[m.end():m.end() + 8]):
            continue
        period = cues.period_of(m)
        if period is not None:
            out.append((m.start(), m.end(), period))
    return tuple(out)


def undated_years(p: Passage, start: int, end: int) -> list[tuple[int, int]]:
    """The anchor years between start and end that are not the year of a date ('15/3/2024')."""
    low = p.doc.low
    return [(pos, y) for pos, y in p.anchor_years(start, end)
            if not _DATE_YEAR.search(low[max(0, pos - 6):pos])]


def figure_year(p: Passage, c: Clause, q: Quantity, memory: Memory,
                kind: str) -> tuple[int | None, bool]:
    """(year, whether the words name it) of a figure: a year near it, else the one the text
    was talking about, else the document's date's (the next year for a late-year target)."""
    low, s, date, span = p.doc.low, p.sentence, p.doc.date, c.span
    head = low[s.start:q.number_start]
    same_period = cues.SAME_PERIOD.search(head)
    if same_period and same_period.group(1).isdigit():
        return int(same_period.group(1)), True
    if same_period:  # 'cùng kỳ năm trước (5,2%)': the year before the sentence's
        head_end = q.number_start - len(same_period.group(0))
        year, explicit = figure_year(p, c, Quantity(head_end, head_end, head_end, None,
                                                    None, None, "", ""), memory, kind)
        return (year - 1 if year is not None else None), explicit
    of_same = cues.OF_SAME_PERIOD.match(low, q.end, span.end)
    if of_same and of_same.group(1):
        return int(of_same.group(1)), True
    if of_same or cues.SAME_PERIOD_SUBJECT.match(low, span.start, q.number_start):
        year, explicit = figure_year(p, c, Quantity(span.start, span.start, span.start, None,
                                                    None, None, "", ""), memory, kind)
        return (year - 1 if year is not None else None), explicit
    in_clause = [y for _, y in p.anchor_years(span.start, q.number_start)]
    if in_clause:
        return in_clause[-1], True
    after = [y for _, y in undated_years(p, q.end, span.end)]
    if after:
        return after[0], True
    in_sentence = [y for _, y in p.anchor_years(s.start, q.number_start)]
    if in_sentence:
        return in_sentence[-1], True
    if memory.year is not None:
        return memory.year, False
    if date is None:
        return None, False
    if kind == "target" and date.month >= 10:
        return date.year + 1, False
    return date.year, False


def figure_period(p: Passage, c: Clause, q: Quantity, memory: Memory, kind: str) -> str:
    """The part of the year a figure is for (FY, 6M, Q3...): named near it, else the one the
    text was reporting on, else the full year."""
    low, s, span = p.doc.low, p.sentence, c.span
    compared = cues.SAME_PERIOD.search(low, s.start, q.number_start)
    if compared and compared.group(0).startswith("so với năm"):
        return "FY"  # 'cao hơn so với năm 2021 (5,04%)': that whole year's figure
    in_clause = p.period_words(span.start, q.number_start)
    if in_clause:
        return in_clause[-1][1]
    after = [period for _, period in p.period_words(q.end, c.next_figure(q))]
    if "FY" in after:
        return "FY"
    # the nearest part year or 'cả năm' ('năm 2024' alone only names the year)
    in_sentence = [period for pos, period in p.period_words(s.start, q.number_start)
                   if period != "FY" or low.startswith("cả năm", pos)]
    if in_sentence:
        return in_sentence[-1]
    if after:  # '4,3 triệu lượt khách ... trong 9 tháng'
        return after[0]
    if memory.period and (kind == "result" or memory.period_paragraph == s.paragraph):
        return memory.period
    return "FY"


def plan_span(p: Passage, c: Clause, q: Quantity) -> tuple[int, int] | None:
    """The plan period a figure is for: 'giai đoạn 2026 - 2030' in its sentence, when its
    words say the period as a whole ('mỗi năm', 'bình quân', 'cả giai đoạn')."""
    low, s, clause = p.doc.low, p.sentence, c.span
    # the sentence's lead-in ('Giai đoạn 2026 - 2030, ...') or the figure's own clause;
    # not a programme's name ('bộ tiêu chí ... giai đoạn 2021-2025')
    spans = [(m.start(), int(m.group(1)), int(m.group(2)))
             for m in _SPAN.finditer(low, s.start, s.end)
             if 1 <= int(m.group(2)) - int(m.group(1)) <= 10
             and (m.end() <= c.lead_end or clause.start <= m.start() < clause.end)
             and not _PROGRAMME.search(low, max(s.start, m.start() - 50), m.start())]
    if not spans:
        return None
    before = [x for x in spans if x[0] < q.number_start]
    _, a, b = (before or spans)[-1]
    if _BY_YEAR.search(low, max(s.start, q.number_start - 60), q.number_start) and not (
            _PERIOD_WORDS.search(low, s.start, min(s.end, q.end + 30))):
        return None  # 'đến năm 2025 đạt ...' inside a period sentence: that year's level
    return a, b


def plan_basis(p: Passage, c: Clause, q: Quantity, indicators: dict[str, Indicator],
               indicator: str | None) -> str:
    """How a plan-period figure is judged (DESIGN §9), from its words, else its kind."""
    low, s = p.doc.low, p.sentence
    near = low[c.span.start:min(c.next_figure(q), q.end + 30)]
    if _EACH_YEAR.search(near):
        return "each_year"
    if _AVERAGE.search(near) or low.startswith("/năm", q.end):
        return "average"
    if _BY_YEAR.search(low, max(s.start, q.number_start - 60), q.number_start):
        return "end"  # 'đến năm 2030, GRDP bình quân đầu người đạt ...'
    kind = indicators[indicator].kind if indicator else ""
    if _TOTAL.search(near) and kind != "level":
        return "total"
    if kind == "growth":
        return "average"
    return "total" if kind == "flow" else "end"
