"""Whether a figure is a target or a result: the cue words around it, what the sentence and
the text were saying, and what the document's date allows."""

from __future__ import annotations

import re

from qnplan.extract import cues
from qnplan.extract.document import Clause, Memory, Passage
from qnplan.extract.quantities import Quantity
from qnplan.extract.statement import Statement


def kind_of(p: Passage, c: Clause, clause_start: int, q: Quantity, after: str, memory: Memory,
            earlier: list[Statement]) -> tuple[str, str]:
    """(kind, how it was found: cue | running | carried | default) from a figure's words
    (`after`: the rest of its clause, lowercased)."""
    low, s = p.doc.low, p.sentence
    head = low[s.start:q.number_start]
    if (cues.RESULT_AFTER.match(after) or cues.OF_SAME_PERIOD.match(after)
            or cues.SAME_PERIOD.search(head)
            or cues.SAME_PERIOD_SUBJECT.match(low, clause_start, q.number_start)):
        return "result", "cue"
    # the nearest cue in the figure's clause, else the kind of the figure before it in
    # the sentence, else a cue in the sentence's lead-in, else what the text was saying
    for a, b in ((clause_start, q.number_start), (s.start, min(c.lead_end, q.number_start))):
        best: tuple[int, str] | None = None
        for rx, kind in ((cues.TARGET_CUES, "target"), (cues.RESULT_CUES, "result")):
            best = _nearest_cue(low, rx, kind, s.start, a, b, best)
        if best is not None:
            return best[1], "cue"
        running = [e.kind for e in earlier if not e.derived]
        if running and a == clause_start:
            return running[-1], "running"
    return (memory.kind, "carried") if memory.kind else ("result", "default")


def _nearest_cue(low: str, rx: re.Pattern[str], kind: str, floor: int, a: int, b: int,
                 best: tuple[int, str] | None) -> tuple[int, str] | None:
    for m in rx.finditer(low, a, b):
        if re.search(r"\d\s*(?:%|lần)\s*(?:so với\s+|so\s+)?(?:của\s+)?$",
                     low[max(floor, m.start() - 12):m.start()]):
            continue  # '85,4% kế hoạch': the plan a figure is compared with
        if best is None or m.start() > best[0]:
            best = (m.start(), kind)
    return best


def dated_kind(p: Passage, q: Quantity, kind: str, how: str, year: int | None,
               period: str) -> str:
    """A figure's kind once its year and period are known: what is still to come can only be
    planned, what is over (or nearly, late in its year) is reported."""
    s, date = p.sentence, p.doc.date
    if how == "carried" and date is None and period not in (
            "FY", cues.NO_PERIOD) and p.period_words(s.start, q.number_start):
        # no date to tell: a part of a year named in the sentence, with no planning word,
        # is being reported ('9 tháng đầu năm 2021, tỉnh đạt tốc độ tăng trưởng 8,2%')
        kind = "result"
    if kind == "target" and date and year == date.year and period and (
            (period == "FY" and date.month >= 10)
            or cues.end_month(period) <= date.month) and (
            _foreseen(p, q)):
        # 'dự kiến cả năm tăng 10%' said in October, 'dự kiến 9 tháng đạt ...' said after
        # September: an estimate of a period (nearly) over, not a plan
        kind = "result"
    if year is not None and date and year > date.year:
        kind = "target"  # a year still to come can only be planned, even 'ước tăng 8%'
    elif how in ("carried", "default") and year is not None and date:
        ends = (year, cues.end_month(period))
        if ends > (date.year, date.month) and (
                year > date.year or (date.month < 10 and how == "default")):
            # a period still to come can only be planned; but within this year, a plain
            # 'đạt' after reported results ('ước đạt') goes on reporting
            kind = "target"
        elif (ends <= (date.year, date.month) or date.month >= 10
              or how == "default"):
            kind = "result"  # a period over (or, late in its year, nearly): reported
    return kind


def _foreseen(p: Passage, q: Quantity) -> bool:
    """Whether a figure's lead-in foresees ('dự kiến', 'ước') without planning words."""
    head = p.doc.low[p.sentence.start:q.number_start]
    return bool(cues.FORESEE.search(head)) and not cues.PLAN_WORDS.search(head)
