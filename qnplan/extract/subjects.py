"""What a figure measures: the words naming it and the indicator id its registry aliases
give, found next to the figure, earlier in its sentence, or where the text left off."""

from __future__ import annotations

import re

from qnplan.extract import cues
from qnplan.extract.document import Clause, Memory, Passage
from qnplan.extract.places import without_places
from qnplan.extract.quantities import Quantity
from qnplan.extract.statement import Statement
from qnplan.extract.vocabulary import Vocabulary, compatible
from qnplan.model import Indicator

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
# a phrase that names only growth (phrase_of has dropped a leading 'tăng')
_GROWTH_ONLY = re.compile(r"(?:tốc độ |mức )?(?:tăng trưởng|tăng|trưởng)?")
# GRDP figures that leave oil and gas out ('không kể dầu thô') are another measure: no id
_EXCLUDING = re.compile(r"\b(?:không kể|không tính|không bao gồm|loại trừ|trừ)\s+(?:khai thác )?"
                        r"(?:dầu|khí)")
# words that say when, how or what kind of figure, but not what it measures
_NOT_SUBJECT = re.compile(
    r"\b(?:trong|riêng|đó|cả|năm|nay|ước|ước tính|dự kiến|phấn đấu|mục tiêu|kế hoạch|kịch bản|"
    r"chỉ tiêu|tính|bình quân|mức|tốc độ|tăng trưởng|trưởng|tăng|đạt|là|so|với|cùng kỳ|trước|"
    r"đầu|cuối|qua|vừa|theo|giá|so sánh|hiện hành|thực tế|thì|và|còn|được|sẽ|phấn|đấu|"
    r"dự|kiến|chung|toàn|toán|giao|hđnd|ubnd|tỉnh|trung ương|chính phủ|thủ tướng|"
    r"thông qua|nghị quyết|quyết định)\b")


def indicator_of(p: Passage, c: Clause, q: Quantity, previous_end: int, memory: Memory,
                 earlier: list[Statement], vocabulary: Vocabulary,
                 indicators: dict[str, Indicator]) -> tuple[str | None, str]:
    """(indicator id, the words naming it) of a figure: named next to the figure, else
    earlier in the sentence, else (for a clause that names no subject of its own) the one
    the text was talking about; `earlier` are the sentence's statements so far."""
    doc, s = p.doc, p.sentence
    sentence = (s.start, s.end)
    window_end = c.next_figure(q)
    own = phrase_of(doc.text, previous_end, q.number_start)
    # the first figure of a clause: its subject may sit in the figure-free clauses before
    # the comma ('kinh tế nông, lâm, ngư nghiệp tăng 3%')
    subject_start = min(c.subject_start, previous_end) if previous_end <= c.span.start else (
        previous_end)
    subject = phrase_of(doc.text, subject_start, q.number_start)
    bare = _PRICE_BASE.sub("", without_places(_PLACE_WORDS.sub("", subject))).strip(
        " ,;:()–-")
    found = vocabulary.match(doc.folded, subject_start, window_end, q.unit, q.number_start,
                             sentence, doc.alias_matches)
    if found is None and cues.OWN_SUBJECT.search(bare.lower()):
        # only an alias reaching into this clause: 'xuất, nhập khẩu 7.700'
        found = vocabulary.match(doc.folded, s.start, window_end, q.unit, q.number_start,
                                 sentence, doc.alias_matches, nearest=True)
        if found is not None and found[2] <= c.span.start:
            found = None
    elif found is None and cues.CONVERSION.search(doc.low[previous_end:q.number_start]):
        # the figure before restated in another unit: that figure's subject
        found = vocabulary.match(doc.folded, s.start, window_end, q.unit, q.number_start,
                                 sentence, doc.alias_matches, nearest=True)
    elif found is None and _names_subject(bare):
        return None, own  # 'thủy sản tăng 3%': a subject the registry has no id for
    elif found is None:
        last = [e for e in earlier if not e.derived][-1:]
        if last:  # an alias after the figure before this one, else that figure's subject
            found = vocabulary.match(doc.folded, s.start, window_end, q.unit, q.number_start,
                                     sentence, doc.alias_matches, nearest=True)
            if found is not None and found[2] <= last[0].start:
                found = None  # named before the figure before: that one's subject
            if found is None and last[0].indicator is None:
                if q.unit == "%" and _GROWTH_ONLY.fullmatch(bare.lower()):
                    return _subject_of(p, last[0], earlier, q, vocabulary), own
                return None, own
            if found is None and compatible(indicators[str(last[0].indicator)].unit, q.unit):
                return last[0].indicator, own
        if found is None:
            found = vocabulary.match(doc.folded, s.start, window_end, q.unit, q.number_start,
                                     sentence, doc.alias_matches, nearest=True)
        if found is None and not earlier and memory.indicator and (
                memory.indicator_unit == q.unit) and (
                memory.indicator_paragraph == s.paragraph or not without_places(phrase_of(
                    doc.text, c.span.start, q.number_start)).strip(" ,;:()–-")):
            return memory.indicator, own
    if found is None:
        return None, own
    if _EXCLUDING.search(doc.low, min(subject_start, found[1]), window_end):
        return None, own  # 'GRDP bình quân đầu người (không kể dầu thô)': another measure
    ind, a, b = found
    return ind, doc.text[a:b]


def _subject_of(p: Passage, level: Statement, earlier: list[Statement], q: Quantity,
                vocabulary: Vocabulary) -> str | None:
    """A growth rate right after a level with no id of its own ('GRDP đạt 8.800 tỷ
    đồng, tăng trưởng 6%'): the id that the level's subject gives a rate."""
    s = p.sentence
    named = [e.start for e in earlier if e.start < level.start]
    floor = named[-1] if named else s.start
    found = vocabulary.match(p.doc.folded, floor, level.start, q.unit, level.start,
                             (s.start, s.end), p.doc.alias_matches, nearest=True)
    return None if found is None else found[0]


def phrase_of(text: str, start: int, end: int) -> str:
    """The words naming a figure that starts at `end`: the text from `start` (at most 160
    characters) without cue and operator words; empty when they only say when."""
    phrase = text[max(start, end - 160):end].strip(" ,;:()–-")
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


def _names_subject(phrase: str) -> bool:
    """Whether a clause's own words name what its figure measures ('thủy sản tăng 3%'),
    rather than only when ('quý IV tăng 8%') or how ('ước tăng 7%')."""
    rest = cues.PERIOD_CUES.sub(" ", cues.YEAR.sub(" ", phrase.lower()))
    rest = re.sub(r"\b(?:quý|quí) [ivx\d]+\b|\d+", " ", rest)
    return bool(re.search(r"\w", _NOT_SUBJECT.sub(" ", rest)))
