"""From a document's text to its quantitative statements (DESIGN §7)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from qnplan.extract import cues
from qnplan.extract.places import Gazetteer, place_in_address, without_places
from qnplan.extract.quantities import ZERO, Quantity, find_quantities
from qnplan.extract.tables import is_row, table_cells
from qnplan.extract.text import Sentence, Span, fold, paragraphs, sentences
from qnplan.extract.vocabulary import Vocabulary, compatible
from qnplan.model import DEFAULT_SCOPE, Indicator
from qnplan.units import UNITS, convert, convertible

_RANKING = re.compile(r"(?:thứ|hạng|top)\s*:?\s*$")
_OPEN_BRACKET = re.compile(r"\(\s*$")
_LEAD_WORDS = re.compile(r"^(?:trong đó|riêng|cụ thể|đặc biệt|ngoài ra|bên cạnh đó|với|và|"
                         r"còn|có|được|đạt|là|tăng|giảm)\b\s*", re.IGNORECASE)
_TAIL_WORDS = re.compile(r"\s*\b(?:ước đạt|ước tính|ước thực hiện|ước|phấn đấu|dự kiến|đạt|"
                         r"tăng|giảm còn|giảm|còn|là|trên|hơn|vượt|khoảng|gần|xấp xỉ|"
                         r"dưới|không quá|tối đa|xuống|"
                         r"ít nhất|tối thiểu|không thấp hơn|mức|ở mức|từ|bình quân|với|"
                         r"có|đón|được|thu hút|được xác định|xác định|điều chỉnh|ở|trong|của)\s*$",
                         re.IGNORECASE)
_PLACE_WORDS = re.compile(r"\b(?:của |tại |ở )?(?:cả nước|toàn quốc|toàn tỉnh|tỉnh|thành phố|"
                          r"TP\.?(?: [A-ZĐ]\w*){0,3})\b", re.IGNORECASE)
# a price base names no subject: '(giá so sánh năm 2010) tăng 5,6%'
_PRICE_BASE = re.compile(r"\(?\b(?:theo |tính theo )?giá (?:so sánh|hiện hành|thực tế)"
                         r"(?: năm \d{4})?\)?", re.IGNORECASE)
# a phrase that names only growth (_phrase has dropped a leading 'tăng')
_GROWTH_ONLY = re.compile(r"(?:tốc độ |mức )?(?:tăng trưởng|tăng|trưởng)?")
# a clause that opens with a reporting verb has its subject in the clause before it
_VERB_LED = re.compile(r"(?:ước đạt|ước thực hiện|ước tính|ước|đạt|thực hiện|thu được|đón)\b")
_NEW_YEAR = re.compile(r"(?:trong |riêng |cả |với )?năm \d{4}\b(?! là năm)")
_MONTH_OF = re.compile(r"tháng \d{1,2}\s*[-–]\s*$")  # 'tháng 10-2012': a month of a year
_DATE_YEAR = re.compile(r"\d{1,2}\s*[/.-]\s*$")
# '21/33 chỉ tiêu (đạt 83%)': the share of a count met, not a figure of its own
_OF_COUNT = re.compile(r"\d+\s*/\s*\d+\s+(?:chỉ tiêu|tiêu chí|nhiệm vụ|nội dung|xã|huyện|"
                       r"dự án|chương trình)[^.;%]{0,50}$")
# a clause defining a group by a threshold ('nhóm các tỉnh có mức tăng trưởng từ 8% trở lên')
_GROUP = re.compile(r"(?:\bnhóm\b|(?:các|những) (?:tỉnh|địa phương|thành phố|huyện)[^.;]{0,20}"
                    r"\bcó\b)[^.;]{0,60}(?:từ|trên|ít nhất)?\s*$")
_NATIONAL_SUBJECT = re.compile(r"\b(?:quốc hội|chính phủ|thủ tướng)\b[^.;]{0,80}$")
_GDP = re.compile(r"(?:tổng sản phẩm quốc nội|(?:tốc độ |mục tiêu )?tăng trưởng gdp|gdp)")
# a plan period ('giai đoạn 2026 - 2030', '5 năm 2026-2030', '2026 - 2030')
_SPAN = re.compile(r"(?<![\d/.])(20\d\d)\s*[-–]\s*(20\d\d)(?![\d/])")
_PROGRAMME = re.compile(r"(?:tiêu chí|chương trình|đề án|dự án)[^.;,]*$")
_BY_YEAR = re.compile(r"(?:đến|tới|vào) (?:năm )?20\d\d\b[^.;]*$")
_PERIOD_WORDS = re.compile(r"mỗi năm|hằng năm|hàng năm|bình quân(?! đầu người)|/năm|"
                           r"cả giai đoạn|toàn giai đoạn")
_EACH_YEAR = re.compile(r"mỗi năm|hằng năm|hàng năm|năm nào cũng")
_AVERAGE = re.compile(r"bình quân(?! đầu người)|trung bình")
_TOTAL = re.compile(r"\btổng\b|lũy kế|luỹ kế|cả giai đoạn|toàn giai đoạn|trong \d+ năm")
# GRDP figures that leave oil and gas out ('không kể dầu thô') are another measure: no id
_EXCLUDING = re.compile(r"\b(?:không kể|không tính|không bao gồm|loại trừ|trừ)\s+(?:khai thác )?"
                        r"(?:dầu|khí)")


@dataclass(frozen=True)
class Statement:
    """One quantitative statement found in a document (DESIGN §7 JSON item)."""

    kind: str
    year: int | None
    period: str
    indicator: str | None
    phrase: str
    op: str | None
    value: float | None
    min: float | None
    max: float | None
    unit: str
    bound: str | None
    scope: str
    derived: bool
    confidence: float
    quote: str
    start: int = 0
    headline: bool = False  # stated in the document's first line (a title or lead)
    estimate: bool = False  # a result the words give as an estimate ('ước', 'dự kiến')
    span: tuple[int, int] | None = None  # a plan period's years (DESIGN §9), else None
    basis: str | None = None  # how a plan-period figure is judged: average|end|total|each_year
    doubts: tuple[str, ...] = ()  # catalogue keys: why to check it (not part of the JSON item)


_KIND_DOUBT = {  # catalogue keys (qnplan/i18n/messages.py): the draft comment follows --lang
    "running": "doubt.kind_running",
    "carried": "doubt.kind_carried",
    "default": "doubt.kind_default",
}


@dataclass
class _State:
    """What earlier sentences said that later ones leave implicit."""

    year: int | None = None
    period: str | None = None
    period_paragraph: int = -1
    kind: str | None = None
    indicator: str | None = None
    indicator_unit: str = ""
    indicator_paragraph: int = -1


class Extractor:
    """Runs the rules over one document."""

    def __init__(self, indicators: dict[str, Indicator], date: dt.date | None,
                 default_scope: str = DEFAULT_SCOPE, url: str | None = None) -> None:
        self.indicators = indicators
        self.vocabulary = Vocabulary(indicators)
        self.date = date
        self.default_scope = default_scope
        self.url = url

    def run(self, raw: str) -> tuple[str, list[Statement]]:
        """The collapsed text and every statement in it, restatements merged."""
        self.clause_figures: list[Quantity] = []
        self._years: dict[tuple[int, int], list[tuple[int, int, int]]] = {}
        self._period_words: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
        text, paras = paragraphs(raw)
        self.paras = paras
        # a first line that is a title or lead: short, with the body after it
        self._titled = len(paras) > 1 and paras[0].end - paras[0].start <= 240
        self.text, self.low, self.folded = text, text.lower(), fold(text)
        self.places = Gazetteer(text)
        self.own = self.places.own or place_in_address(self.url) or self.default_scope
        state = _State()
        found: list[Statement] = []
        rows = {i for i, p in enumerate(paras) if is_row(text, p)}
        for s in sentences(text, paras):
            if s.paragraph in rows:
                continue  # a table's row: read by its columns below
            found += self._sentence(s, state)
        if rows:
            found += self._table(state)
        return text, _merge_restatements(sorted(found, key=lambda st: st.start))

    def _table(self, state: _State) -> list[Statement]:
        """One statement per numeric cell of a flattened table (its header gives unit and
        indicator, its row the place; kind and year from the header and the text before)."""
        out: list[Statement] = []
        for cell in table_cells(self.text, self.paras, self.places):
            head = self.low[max(0, cell.header.start - 300):cell.header.end]
            read = find_quantities(f"1 {cell.unit}", 0, len(cell.unit) + 2)
            code = "%" if "%" in cell.unit else (read[0].unit if read else "")
            if not code:
                continue
            found = self.vocabulary.match(self.folded, cell.header.start, cell.header.end, code,
                                          cell.header.start, (cell.header.start, cell.header.end))
            target = cues.TARGET_CUES.search(head) is not None
            kind = "target" if target else (state.kind or "result")
            years = [int(y) for y in cues.YEAR.findall(head)]
            year = years[-1] if years else state.year if state.year is not None else (
                self.date.year if self.date else None)
            indicator = found[0] if found is not None else None
            out.append(Statement(
                kind=kind, year=year, period="FY", indicator=indicator,
                phrase=self.text[cell.header.start:cell.header.end].strip(),
                op=("range" if cell.min is not None else ">=") if kind == "target" else None,
                value=cell.value, min=cell.min, max=cell.max, unit=code, bound=None,
                scope=cell.place or self.own, derived=False,
                confidence=0.7 + 0.2 * (indicator is not None),
                quote=self.text[cell.row.start:cell.row.end].strip(), start=cell.start))
        return out

    # --- one sentence ---------------------------------------------------------------
    def _sentence(self, s: Sentence, state: _State) -> list[Statement]:
        out: list[Statement] = []
        self.sentence = s
        if _NEW_YEAR.match(self.low, s.start):
            state.period = None  # 'Năm 2019, ...': a new full year begins
        self.lead_end = s.end  # the lead-in: text before the sentence's first figure
        figures_before = True
        run_start = s.start  # where the figure-free clauses just before this one begin
        for i, c in enumerate(s.clauses):
            self.clause_figures = find_quantities(self.text, c.start, c.end)
            mark = self.text[s.clauses[i - 1].end:c.start].strip() if i else ""
            run_start = run_start if mark == "," and not figures_before else c.start
            self.subject_start = run_start
            figure_led = bool(self.clause_figures) and self.clause_figures[0].start == c.start
            if i and not figures_before and (
                    (mark == "," and _VERB_LED.match(self.low, c.start))
                    or (mark == ":" and figure_led)):
                # 'thu ngân sách nhà nước, ước thực hiện 13.400 tỷ đồng', 'Quảng Ninh: 12%':
                # the subject is the figure-free clause before the verb or the colon
                c = Span(s.clauses[i - 1].start, c.end)
            figures_before = bool(self.clause_figures)
            previous_end = c.start
            for q in self.clause_figures:
                self.lead_end = min(self.lead_end, c.start)
                st = self._statement(s, i, c, q, previous_end, state, out)
                previous_end = q.end
                if st is not None:
                    out.append(st)
                    if not st.derived:
                        state.indicator, state.indicator_unit = st.indicator, st.unit
                        state.indicator_paragraph = s.paragraph
        self._remember(s, state, out)
        return out

    def _remember(self, s: Sentence, state: _State, found: list[Statement]) -> None:
        anchors = [(p, y) for p, y in self._anchor_years(s.start, s.end)
                   if not _DATE_YEAR.search(self.low[max(0, p - 6):p])]
        if anchors:
            state.year = anchors[-1][1]
        # a single month is said once: it does not become the period of what follows
        results = [f.period for f in found if f.kind == "result" and not f.derived and f.period]
        periods = [p for _, p in self._periods(s.start, s.end) if p not in ("FY", cues.NO_PERIOD)]
        if results:
            state.period, state.period_paragraph = results[-1], s.paragraph
        elif periods and not found:
            state.period, state.period_paragraph = periods[-1], s.paragraph
        kinds = [f.kind for f in found if not f.derived]
        para = self.paras[s.paragraph]
        heading = s.end == para.end and para.end - para.start <= 100 and (
            not self.text[s.start:s.end].endswith("."))  # a short line with no full stop
        if heading and not found:  # 'II. MỤC TIÊU, NHIỆM VỤ NĂM 2025' says what follows
            cue = max(((m.start(), kind) for rx, kind in ((cues.TARGET_CUES, "target"),
                                                           (cues.RESULT_CUES, "result"))
                       for m in rx.finditer(self.low, s.start, s.end)), default=None)
            if cue is not None:
                state.kind = cue[1]
        if kinds:
            targets = kinds.count("target")
            state.kind = "target" if targets * 2 > len(kinds) else (
                "result" if targets * 2 < len(kinds) else kinds[-1])

    def _statement(self, s: Sentence, index: int, c: Span, q: Quantity, previous_end: int,
                   state: _State, earlier: list[Statement]) -> Statement | None:
        low = self.low
        before = low[previous_end:q.number_start]
        after = low[q.end:c.end]
        if _RANKING.search(before):
            return None
        derived = cues.is_derived(before, after, q.unit) or (
            q.unit == "%" and bool(_OF_COUNT.search(low, max(s.start, q.number_start - 80),
                                                   q.number_start))) or (
            q.unit in ("%", "") and previous_end <= c.start
            and bool(cues.DERIVED_CLAUSE.search(low, self.subject_start, q.number_start)))
        bracket = bool(_OPEN_BRACKET.search(low[max(s.start, c.start - 3):c.start]))
        context_start = s.clauses[index - 1].start if bracket and index else c.start
        kind, explicit_kind = self._kind(s, context_start, q, after, state, earlier)
        year, explicit_year = self._year(s, c, q, state, kind)
        period = self._period(s, c, q, state, kind)
        self.clause = c
        span = self._span(s, q)
        if span is not None:  # '10% trở lên mỗi năm' for 2026-2030: the period's, not a year's
            year, explicit_year, period = span[1], True, "FY"
        if explicit_kind == "carried" and self.date is None and period not in (
                "FY", cues.NO_PERIOD) and self._periods(s.start, q.number_start):
            # no date to tell: a part of a year named in the sentence, with no planning word,
            # is being reported ('9 tháng đầu năm 2021, tỉnh đạt tốc độ tăng trưởng 8,2%')
            kind = "result"
        if kind == "target" and self.date and year == self.date.year and period and (
                (period == "FY" and self.date.month >= 10)
                or cues.end_month(period) <= self.date.month) and (
                self._foreseen(s, q)):
            # 'dự kiến cả năm tăng 10%' said in October, 'dự kiến 9 tháng đạt ...' said after
            # September: an estimate of a period (nearly) over, not a plan
            kind = "result"
        if year is not None and self.date and year > self.date.year:
            kind = "target"  # a year still to come can only be planned, even 'ước tăng 8%'
        elif explicit_kind in ("carried", "default") and year is not None and self.date:
            ends = (year, cues.end_month(period))
            if ends > (self.date.year, self.date.month) and (
                    year > self.date.year or (self.date.month < 10 and explicit_kind == "default")):
                # a period still to come can only be planned; but within this year, a plain
                # 'đạt' after reported results ('ước đạt') goes on reporting
                kind = "target"
            elif (ends <= (self.date.year, self.date.month) or self.date.month >= 10
                  or explicit_kind == "default"):
                kind = "result"  # a period over (or, late in its year, nearly): reported
        scope = self._scope(s, c, q, context_start)
        op = cues.op_before(before, after)
        if q.min is not None:
            op = "range"
        if q.written == ZERO:
            op = "<="
        indicator, phrase = (None, "") if derived else self._indicator(s, c, q, previous_end,
                                                                        state, earlier)
        if q.written == ZERO and indicator is None:
            return None  # 'không còn' about something that is not an indicator
        if op == ">=" and _GROUP.search(low, s.start, q.number_start):
            return None  # 'nhóm các tỉnh có mức tăng trưởng từ 8% trở lên': a threshold
        if scope == self.own and not self.places.place_before(s.start, q.number_start) and (
                _NATIONAL_SUBJECT.search(low, s.start, q.number_start)
                or (indicator is not None and _GDP.fullmatch(phrase.lower().strip()))):
            scope = "vietnam"  # 'GDP', 'Quốc hội đặt mục tiêu': the country's figure
        if not phrase:
            phrase = self._phrase(c.start if not bracket else context_start, q.number_start)
        basis = None if span is None else self._basis(s, c, q, span, indicator)
        value, vmin, vmax, unit = q.value, q.min, q.max, q.unit
        if indicator is not None:
            value, vmin, vmax, unit = _to_indicator_unit(q, self.indicators[indicator].unit)
        quote = self.text[context_start:c.end + (1 if bracket and c.end < s.end
                                                   and self.text[c.end] == ")" else 0)]
        confidence = round(0.5 + 0.2 * (indicator is not None) + 0.2 * (explicit_kind == "cue")
                           + 0.1 * explicit_year, 2)
        doubts = tuple(d for d in (
            _KIND_DOUBT.get(explicit_kind),
            None if explicit_year else "doubt.no_year",
            None if indicator is not None else "doubt.no_indicator",
        ) if d)
        return Statement(
            kind=kind, year=year, period=period, indicator=indicator, phrase=phrase,
            op=(op or ">=") if kind == "target" else None, value=value, min=vmin, max=vmax,
            unit=unit, bound=cues.bound_of(op, before) if kind == "result" else None, scope=scope,
            derived=derived, confidence=confidence, quote=quote, start=q.start,
            headline=s.paragraph == 0 and self._titled, doubts=doubts,
            estimate=kind == "result" and bool(cues.FORESEE.search(
                self.low, s.start, q.number_start)), span=span, basis=basis)

    def _span(self, s: Sentence, q: Quantity) -> tuple[int, int] | None:
        """The plan period a figure is for: 'giai đoạn 2026 - 2030' in its sentence, when its
        words say the period as a whole ('mỗi năm', 'bình quân', 'cả giai đoạn')."""
        clause = self.clause
        # the sentence's lead-in ('Giai đoạn 2026 - 2030, ...') or the figure's own clause;
        # not a programme's name ('bộ tiêu chí ... giai đoạn 2021-2025')
        spans = [(m.start(), int(m.group(1)), int(m.group(2)))
                 for m in _SPAN.finditer(self.low, s.start, s.end)
                 if 1 <= int(m.group(2)) - int(m.group(1)) <= 10
                 and (m.end() <= self.lead_end or clause.start <= m.start() < clause.end)
                 and not _PROGRAMME.search(self.low, max(s.start, m.start() - 50), m.start())]
        if not spans:
            return None
        before = [x for x in spans if x[0] < q.number_start]
        _, a, b = (before or spans)[-1]
        if _BY_YEAR.search(self.low, max(s.start, q.number_start - 60), q.number_start) and not (
                _PERIOD_WORDS.search(self.low, s.start, min(s.end, q.end + 30))):
            return None  # 'đến năm 2025 đạt ...' inside a period sentence: that year's level
        return a, b

    def _basis(self, s: Sentence, c: Span, q: Quantity, span: tuple[int, int],
               indicator: str | None) -> str:
        """How a plan-period figure is judged (DESIGN §9), from its words, else its kind."""
        near = self.low[c.start:min(self._next_figure(q, c), q.end + 30)]
        if _EACH_YEAR.search(near):
            return "each_year"
        if _AVERAGE.search(near) or self.low.startswith("/năm", q.end):
            return "average"
        if _BY_YEAR.search(self.low, max(s.start, q.number_start - 60), q.number_start):
            return "end"  # 'đến năm 2030, GRDP bình quân đầu người đạt ...'
        kind = self.indicators[indicator].kind if indicator else ""
        if _TOTAL.search(near) and kind != "level":
            return "total"
        if kind == "growth":
            return "average"
        return "total" if kind == "flow" else "end"

    def _foreseen(self, s: Sentence, q: Quantity) -> bool:
        """Whether a figure's lead-in foresees ('dự kiến', 'ước') without planning words."""
        head = self.low[s.start:q.number_start]
        return bool(cues.FORESEE.search(head)) and not cues.PLAN_WORDS.search(head)

    def _next_figure(self, q: Quantity, c: Span) -> int:
        """Where the next figure of the clause starts (the clause's end if none)."""
        return min((x.start for x in self.clause_figures if x.start >= q.end), default=c.end)

    # --- fields ---------------------------------------------------------------------
    def _kind(self, s: Sentence, clause_start: int, q: Quantity, after: str, state: _State,
              earlier: list[Statement]) -> tuple[str, str]:
        """(kind, how it was found: cue | running | carried | default)."""
        head = self.low[s.start:q.number_start]
        if (cues.RESULT_AFTER.match(after) or cues.OF_SAME_PERIOD.match(after)
                or cues.SAME_PERIOD.search(head)
                or cues.SAME_PERIOD_SUBJECT.match(self.low, clause_start, q.number_start)):
            return "result", "cue"
        # the nearest cue in the figure's clause, else the kind of the figure before it in
        # the sentence, else a cue in the sentence's lead-in, else what the text was saying
        for a, b in ((clause_start, q.number_start), (s.start, min(self.lead_end, q.number_start))):
            best: tuple[int, str] | None = None
            for rx, kind in ((cues.TARGET_CUES, "target"), (cues.RESULT_CUES, "result")):
                best = self._nearest_cue(rx, kind, s.start, a, b, best)
            if best is not None:
                return best[1], "cue"
            running = [e.kind for e in earlier if not e.derived]
            if running and a == clause_start:
                return running[-1], "running"
        return (state.kind, "carried") if state.kind else ("result", "default")

    def _nearest_cue(self, rx: re.Pattern[str], kind: str, floor: int, a: int, b: int,
                     best: tuple[int, str] | None) -> tuple[int, str] | None:
        for m in rx.finditer(self.low, a, b):
            if re.search(r"\d\s*(?:%|lần)\s*(?:so với\s+|so\s+)?(?:của\s+)?$",
                         self.low[max(floor, m.start() - 12):m.start()]):
                continue  # '85,4% kế hoạch': the plan a figure is compared with
            if best is None or m.start() > best[0]:
                best = (m.start(), kind)
        return best

    def _anchor_years(self, start: int, end: int) -> list[tuple[int, int]]:
        """Years that date what follows them, between start and end of the sentence."""
        return [(a, y) for a, b, y in self._sentence_years() if a >= start and b <= end]

    def _sentence_years(self) -> list[tuple[int, int, int]]:
        s = self.sentence
        key = (s.start, s.end)
        if key not in self._years:
            out = []
            for m in cues.YEAR.finditer(self.low, s.start, s.end):
                head = self.low[max(0, m.start() - 40):m.start()]
                horizon = cues.HORIZON.search(head)  # 'mục tiêu đến năm 2030': for 2030
                if (cues.NOT_ANCHOR_BEFORE.search(head) and not horizon) or cues.PLAN_PERIOD.match(
                        self.low[m.end():m.end() + 8]):
                    continue
                if re.search(r"\d\s*[-–]\s*$", head) and not _MONTH_OF.search(head):
                    continue
                out.append((m.start(), m.end(), int(m.group(0))))
            self._years[key] = out
        return self._years[key]

    def _year(self, s: Sentence, c: Span, q: Quantity, state: _State,
              kind: str) -> tuple[int | None, bool]:
        head = self.low[s.start:q.number_start]
        same_period = cues.SAME_PERIOD.search(head)
        if same_period and same_period.group(1).isdigit():
            return int(same_period.group(1)), True
        if same_period:  # 'cùng kỳ năm trước (5,2%)': the year before the sentence's
            head_end = q.number_start - len(same_period.group(0))
            year, explicit = self._year(s, c, Quantity(head_end, head_end, head_end, None,
                                                       None, None, "", ""), state, kind)
            return (year - 1 if year is not None else None), explicit
        of_same = cues.OF_SAME_PERIOD.match(self.low, q.end, c.end)
        if of_same and of_same.group(1):
            return int(of_same.group(1)), True
        if of_same or cues.SAME_PERIOD_SUBJECT.match(self.low, c.start, q.number_start):
            year, explicit = self._year(s, c, Quantity(c.start, c.start, c.start, None, None,
                                                       None, "", ""), state, kind)
            return (year - 1 if year is not None else None), explicit
        in_clause = [y for p, y in self._anchor_years(c.start, q.number_start)]
        if in_clause:
            return in_clause[-1], True
        after = [y for p, y in self._anchor_years(q.end, c.end)
                 if not _DATE_YEAR.search(self.low[max(0, p - 6):p])]
        if after:
            return after[0], True
        in_sentence = [y for p, y in self._anchor_years(s.start, q.number_start)]
        if in_sentence:
            return in_sentence[-1], True
        if state.year is not None:
            return state.year, False
        if self.date is None:
            return None, False
        if kind == "target" and self.date.month >= 10:
            return self.date.year + 1, False
        return self.date.year, False

    def _periods(self, start: int, end: int) -> list[tuple[int, str]]:
        """Period words between start and end of the sentence (not those of comparisons)."""
        return [(a, p) for a, b, p in self._sentence_periods() if a >= start and b <= end]

    def _sentence_periods(self) -> list[tuple[int, int, str]]:
        s = self.sentence
        key = (s.start, s.end)
        if key not in self._period_words:
            out = []
            for m in cues.PERIOD_CUES.finditer(self.low, s.start, s.end):
                head = self.low[max(0, m.start() - 20):m.start()]
                if re.search(r"(?:so với|cùng kỳ|so)\s*$", head):
                    continue
                if m.group("fy") and cues.PLAN_PERIOD.match(self.low[m.end():m.end() + 8]):
                    continue
                period = cues.period_of(m)
                if period is not None:
                    out.append((m.start(), m.end(), period))
            self._period_words[key] = out
        return self._period_words[key]

    def _period(self, s: Sentence, c: Span, q: Quantity, state: _State, kind: str) -> str:
        compared = cues.SAME_PERIOD.search(self.low, s.start, q.number_start)
        if compared and compared.group(0).startswith("so với năm"):
            return "FY"  # 'cao hơn so với năm 2021 (5,04%)': that whole year's figure
        in_clause = self._periods(c.start, q.number_start)
        if in_clause:
            return in_clause[-1][1]
        after = [p for _, p in self._periods(q.end, self._next_figure(q, c))]
        if "FY" in after:
            return "FY"
        # the nearest part year or 'cả năm' ('năm 2024' alone only names the year)
        in_sentence = [p for pos, p in self._periods(s.start, q.number_start)
                       if p != "FY" or self.low.startswith("cả năm", pos)]
        if in_sentence:
            return in_sentence[-1]
        if after:  # '4,3 triệu lượt khách ... trong 9 tháng'
            return after[0]
        if state.period and (kind == "result" or state.period_paragraph == s.paragraph):
            return state.period
        return "FY"

    def _scope(self, s: Sentence, c: Span, q: Quantity, context_start: int) -> str:
        near = self.places.place_before(context_start, q.number_start)
        if near is None:
            near = self.places.place_before(s.start, q.number_start)
            if near == "vietnam":
                near = None
        return near or self.own

    def _indicator(self, s: Sentence, c: Span, q: Quantity, previous_end: int, state: _State,
                   earlier: list[Statement]) -> tuple[str | None, str]:
        """The indicator: named next to the figure, else earlier in the sentence, else (for
        a clause that names no subject of its own) the one the text was talking about."""
        window_end = self._next_figure(q, c)
        own = self._phrase(previous_end, q.number_start)
        # the first figure of a clause: its subject may sit in the figure-free clauses before
        # the comma ('kinh tế nông, lâm, ngư nghiệp tăng 3%')
        subject_start = min(self.subject_start, previous_end) if previous_end <= c.start else (
            previous_end)
        subject = self._phrase(subject_start, q.number_start)
        bare = _PRICE_BASE.sub("", without_places(_PLACE_WORDS.sub("", subject))).strip(
            " ,;:()–-")
        found = self.vocabulary.match(self.folded, subject_start, window_end, q.unit,
                                      q.number_start, (s.start, s.end))
        if found is None and cues.OWN_SUBJECT.search(bare.lower()):
            # only an alias reaching into this clause: 'xuất, nhập khẩu 7.700'
            found = self.vocabulary.match(self.folded, s.start, window_end, q.unit,
                                          q.number_start, (s.start, s.end), nearest=True)
            if found is not None and found[2] <= c.start:
                found = None
        elif found is None and cues.CONVERSION.search(self.low[previous_end:q.number_start]):
            # the figure before restated in another unit: that figure's subject
            found = self.vocabulary.match(self.folded, s.start, window_end, q.unit,
                                          q.number_start, (s.start, s.end), nearest=True)
        elif found is None and _names_subject(bare):
            return None, own  # 'thủy sản tăng 3%': a subject the registry has no id for
        elif found is None:
            last = [e for e in earlier if not e.derived][-1:]
            if last:  # an alias after the figure before this one, else that figure's subject
                found = self.vocabulary.match(self.folded, s.start, window_end, q.unit,
                                              q.number_start, (s.start, s.end), nearest=True)
                if found is not None and found[2] <= last[0].start:
                    found = None  # named before the figure before: that one's subject
                if found is None and last[0].indicator is None:
                    if q.unit == "%" and _GROWTH_ONLY.fullmatch(bare.lower()):
                        return self._subject_of(last[0], earlier, s, q), own
                    return None, own
                if found is None and compatible(self.indicators[str(last[0].indicator)].unit,
                                                q.unit):
                    return last[0].indicator, own
            if found is None:
                found = self.vocabulary.match(self.folded, s.start, window_end, q.unit,
                                              q.number_start, (s.start, s.end), nearest=True)
            if found is None and not earlier and state.indicator and (
                    state.indicator_unit == q.unit) and (
                    state.indicator_paragraph == s.paragraph or not without_places(self._phrase(
                        c.start, q.number_start)).strip(" ,;:()–-")):
                return state.indicator, own
        if found is None:
            return None, own
        if _EXCLUDING.search(self.low, min(subject_start, found[1]), window_end):
            return None, own  # 'GRDP bình quân đầu người (không kể dầu thô)': another measure
        ind, a, b = found
        return ind, self.text[a:b]

    def _subject_of(self, level: Statement, earlier: list[Statement], s: Sentence,
                    q: Quantity) -> str | None:
        """A growth rate right after a level with no id of its own ('GRDP đạt 8.800 tỷ
        đồng, tăng trưởng 6%'): the id that the level's subject gives a rate."""
        named = [e.start for e in earlier if e.start < level.start]
        floor = named[-1] if named else s.start
        found = self.vocabulary.match(self.folded, floor, level.start, q.unit, level.start,
                                      (s.start, s.end), nearest=True)
        return None if found is None else found[0]

    def _phrase(self, start: int, end: int) -> str:
        """The words naming the figure: the clause before it, without cue and operator words."""
        phrase = self.text[max(start, end - 160):end].strip(" ,;:()–-")
        for _ in range(4):
            cut = _TAIL_WORDS.sub("", phrase)
            cut = _LEAD_WORDS.sub("", cut).strip(" ,;:()–-")
            if cut == phrase:
                break
            phrase = cut
        if re.fullmatch(r"(?:(?:trong |riêng )?(?:\d+ tháng[\w ]*|quý [ivx\d]+[\w/ ]*|năm \d{4})"
                        r"(?: được xác định| được điều chỉnh)?(?: trong)?|)", phrase.lower()):
            return ""
        return phrase


# words that say when, how or what kind of figure, but not what it measures
_NOT_SUBJECT = re.compile(
    r"\b(?:trong|riêng|đó|cả|năm|nay|ước|ước tính|dự kiến|phấn đấu|mục tiêu|kế hoạch|kịch bản|"
    r"chỉ tiêu|tính|bình quân|mức|tốc độ|tăng trưởng|trưởng|tăng|đạt|là|so|với|cùng kỳ|trước|"
    r"đầu|cuối|qua|vừa|theo|giá|so sánh|hiện hành|thực tế|thì|và|còn|được|sẽ|phấn|đấu|"
    r"dự|kiến|chung|toàn|toán|giao|hđnd|ubnd|tỉnh|trung ương|chính phủ|thủ tướng|"
    r"thông qua|nghị quyết|quyết định)\b")


def _names_subject(phrase: str) -> bool:
    """Whether a clause's own words name what its figure measures ('thủy sản tăng 3%'),
    rather than only when ('quý IV tăng 8%') or how ('ước tăng 7%')."""
    rest = cues.PERIOD_CUES.sub(" ", cues.YEAR.sub(" ", phrase.lower()))
    rest = re.sub(r"\b(?:quý|quí) [ivx\d]+\b|\d+", " ", rest)
    return bool(re.search(r"\w", _NOT_SUBJECT.sub(" ", rest)))


def _to_indicator_unit(q: Quantity, unit: str | None) -> tuple[float | None, float | None,
                                                                float | None, str]:
    if unit is None or q.unit not in UNITS or q.unit == unit or not convertible(q.unit, unit):
        return q.value, q.min, q.max, unit or q.unit

    def conv(v: float | None) -> float | None:
        return None if v is None else convert(v, q.unit, unit)

    return conv(q.value), conv(q.min), conv(q.max), unit


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
    ex = Extractor(indicators, date, default_scope, url)
    text, found = ex.run(raw)
    return text, ex.own, found
