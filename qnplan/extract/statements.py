"""From a document's text to its quantitative statements (DESIGN §7): the sentence by
sentence reading, a table's cells, and one statement per fact.

Each figure is judged in `figures.py` (with `kinds`, `periods`, `subjects`, `scopes`); what
the rules read is passed to them explicitly (`document.py`), never kept on an object."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from qnplan.extract import cues
from qnplan.extract.document import Clause, Document, Memory, Passage, read
from qnplan.extract.figures import figure_statement
from qnplan.extract.periods import sentence_periods, sentence_years, undated_years
from qnplan.extract.quantities import find_quantities
from qnplan.extract.statement import Statement
from qnplan.extract.tables import is_row, table_cells
from qnplan.extract.text import Span, fold, sentences
from qnplan.extract.vocabulary import Vocabulary
from qnplan.model import DEFAULT_SCOPE, Indicator

__all__ = ["Extractor", "Statement", "extract"]

# a clause that opens with a reporting verb has its subject in the clause before it
_VERB_LED = re.compile(r"(?:ước đạt|ước thực hiện|ước tính|ước|đạt|thực hiện|thu được|đón)\b")
_NEW_YEAR = re.compile(r"(?:trong |riêng |cả |với )?năm \d{4}\b(?! là năm)")


class Extractor:
    """The rules' configuration: a registry's indicators (and their aliases), the documents'
    date, the place of a text that names none, the address it was read from."""

    def __init__(self, indicators: dict[str, Indicator], date: dt.date | None,
                 default_scope: str = DEFAULT_SCOPE, url: str | None = None) -> None:
        self.indicators = indicators
        self.vocabulary = Vocabulary(indicators)
        self.date = date
        self.default_scope = default_scope
        self.url = url

    def run(self, raw: str) -> tuple[Document, list[Statement]]:
        """The document read from `raw` and every statement in it, restatements merged."""
        doc = read(raw, self.date, self.default_scope, self.url)
        memory = Memory()
        found: list[Statement] = []
        rows = {i for i, p in enumerate(doc.paras) if is_row(doc.text, p)}
        for s in sentences(doc.text, doc.paras):
            if s.paragraph in rows:
                continue  # a table's row: read by its columns below
            found += self._sentence(Passage(doc, s, sentence_years(doc.low, s),
                                            sentence_periods(doc.low, s)), memory)
        if rows:
            found += self._table(doc, memory)
        return doc, _merge_restatements(sorted(found, key=lambda st: st.start))

    def _table(self, doc: Document, memory: Memory) -> list[Statement]:
        """One statement per numeric cell of a flattened table (its header gives unit and
        indicator, its row the place; kind and year from the header and the text before)."""
        out: list[Statement] = []
        for cell in table_cells(doc.text, doc.paras, doc.places):
            head = doc.low[max(0, cell.header.start - 300):cell.header.end]
            read_unit = find_quantities(f"1 {cell.unit}", 0, len(cell.unit) + 2)
            code = "%" if "%" in cell.unit else (read_unit[0].unit if read_unit else "")
            if not code:
                continue
            found = self.vocabulary.match(doc.folded, cell.header.start, cell.header.end, code,
                                          cell.header.start, (cell.header.start, cell.header.end),
                                          doc.alias_matches)
            target = cues.TARGET_CUES.search(head) is not None
            kind = "target" if target else (memory.kind or "result")
            years = [int(y) for y in cues.YEAR.findall(head)]
            year = years[-1] if years else memory.year if memory.year is not None else (
                doc.date.year if doc.date else None)
            indicator = found[0] if found is not None else None
            out.append(Statement(
                kind=kind, year=year, period="FY", indicator=indicator,
                phrase=doc.text[cell.header.start:cell.header.end].strip(),
                op=("range" if cell.min is not None else ">=") if kind == "target" else None,
                value=cell.value, min=cell.min, max=cell.max, unit=code, bound=None,
                scope=cell.place or doc.own, derived=False,
                confidence=0.7 + 0.2 * (indicator is not None),
                quote=doc.text[cell.row.start:cell.row.end].strip(), start=cell.start))
        return out

    def _sentence(self, p: Passage, memory: Memory) -> list[Statement]:
        """The statements of one sentence, clause by clause; `memory` learns from them."""
        doc, s = p.doc, p.sentence
        out: list[Statement] = []
        if _NEW_YEAR.match(doc.low, s.start):
            memory.period = None  # 'Năm 2019, ...': a new full year begins
        lead_end = s.end  # the lead-in: text before the sentence's first figure
        figures_before = True
        run_start = s.start  # where the figure-free clauses just before this one begin
        for i, c in enumerate(s.clauses):
            figures = find_quantities(doc.text, c.start, c.end)
            mark = doc.text[s.clauses[i - 1].end:c.start].strip() if i else ""
            run_start = run_start if mark == "," and not figures_before else c.start
            figure_led = bool(figures) and figures[0].start == c.start
            if i and not figures_before and (
                    (mark == "," and _VERB_LED.match(doc.low, c.start))
                    or (mark == ":" and figure_led)):
                # 'thu ngân sách nhà nước, ước thực hiện 13.400 tỷ đồng', 'Quảng Ninh: 12%':
                # the subject is the figure-free clause before the verb or the colon
                c = Span(s.clauses[i - 1].start, c.end)
            figures_before = bool(figures)
            if figures:
                lead_end = min(lead_end, c.start)
            clause = Clause(c, i, tuple(figures), run_start, lead_end)
            previous_end = c.start
            for q in figures:
                st = figure_statement(p, clause, q, previous_end, memory, out,
                                      self.vocabulary, self.indicators)
                previous_end = q.end
                if st is not None:
                    out.append(st)
                    if not st.derived:
                        memory.indicator, memory.indicator_unit = st.indicator, st.unit
                        memory.indicator_paragraph = s.paragraph
        _remember(p, memory, out)
        return out


def _remember(p: Passage, memory: Memory, found: list[Statement]) -> None:
    """What a sentence leaves to the ones after it: its year, its period, its kind."""
    doc, s = p.doc, p.sentence
    anchors = undated_years(p, s.start, s.end)
    if anchors:
        memory.year = anchors[-1][1]
    # a single month is said once: it does not become the period of what follows
    results = [f.period for f in found if f.kind == "result" and not f.derived and f.period]
    periods = [w for _, w in p.period_words(s.start, s.end) if w not in ("FY", cues.NO_PERIOD)]
    if results:
        memory.period, memory.period_paragraph = results[-1], s.paragraph
    elif periods and not found:
        memory.period, memory.period_paragraph = periods[-1], s.paragraph
    kinds = [f.kind for f in found if not f.derived]
    para = doc.paras[s.paragraph]
    heading = s.end == para.end and para.end - para.start <= 100 and (
        not doc.text[s.start:s.end].endswith("."))  # a short line with no full stop
    if heading and not found:  # 'II. MỤC TIÊU, NHIỆM VỤ NĂM 2025' says what follows
        cue = max(((m.start(), kind) for rx, kind in ((cues.TARGET_CUES, "target"),
                                                       (cues.RESULT_CUES, "result"))
                   for m in rx.finditer(doc.low, s.start, s.end)), default=None)
        if cue is not None:
            memory.kind = cue[1]
    if kinds:
        targets = kinds.count("target")
        memory.kind = "target" if targets * 2 > len(kinds) else (
            "result" if targets * 2 < len(kinds) else kinds[-1])


def _merge_restatements(found: list[Statement]) -> list[Statement]:
    """One statement per fact, quoted where it is stated most fully; a headline figure
    that names no indicator goes when the body states the same figure with one."""
    named = {(st.kind, st.year, st.period, st.scope, st.value, st.min, st.max, st.unit)
             for st in found if st.indicator and not st.derived}
    found = [st for st in found if st.indicator or st.derived or not st.headline
             or (st.kind, st.year, st.period, st.scope, st.value, st.min, st.max,
                 st.unit) not in named]
    # a lead that shortens a relative figure ('thu nội địa tăng 10%' for '... tăng 10% so với
    # dự toán' further on) restates it: the same figure of the same subject
    relative = {(st.year, st.value, st.min, st.max, st.unit, fold(st.phrase).lower())
                for st in found if st.derived and st.phrase}
    found = [st for st in found if st.derived or (
        st.year, st.value, st.min, st.max, st.unit, fold(st.phrase).lower()) not in relative]
    kept: dict[tuple[object, ...], Statement] = {}
    for st in found:
        key = (st.kind, st.year, st.period, st.scope, st.indicator or fold(st.phrase),
               st.op, st.bound, st.value, st.min, st.max, st.unit, st.derived)
        old = kept.get(key)
        if old is None:
            kept[key] = st
        elif len(st.quote) > len(old.quote):
            kept[key] = replace(st, start=old.start)
    return sorted(kept.values(), key=lambda x: x.start)


def extract(raw: str, indicators: dict[str, Indicator], date: dt.date | None = None,
            default_scope: str = DEFAULT_SCOPE, url: str | None = None,
            ) -> tuple[str, str, list[Statement]]:
    """(collapsed text, the document's place, statements) for a document's raw text; a text
    that names no place is about the one its address names, else `default_scope`."""
    doc, found = Extractor(indicators, date, default_scope, url).run(raw)
    return doc.text, doc.own, found
