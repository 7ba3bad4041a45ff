"""Where a figure is about: the place named before it, else the document's own place, and
the country's figures ('GDP', 'Quốc hội đặt mục tiêu') in a provincial text."""

from __future__ import annotations

import re

from qnplan.extract.document import Passage
from qnplan.extract.quantities import Quantity

_NATIONAL_SUBJECT = re.compile(r"\b(?:quốc hội|chính phủ|thủ tướng)\b[^.;]{0,80}$")
_GDP = re.compile(r"(?:tổng sản phẩm quốc nội|(?:tốc độ |mục tiêu )?tăng trưởng gdp|gdp)")


def scope_of(p: Passage, q: Quantity, context_start: int, indicator: str | None,
             phrase: str) -> str:
    """The place slug a figure is about, from the text from `context_start` (its clause) up
    to it, else its sentence, else the document's place; `phrase` names its subject."""
    doc, s = p.doc, p.sentence
    near = doc.places.place_before(context_start, q.number_start)
    if near is None:
        near = doc.places.place_before(s.start, q.number_start)
        if near == "vietnam":
            near = None
    scope = near or doc.own
    if scope == doc.own and not doc.places.place_before(s.start, q.number_start) and (
            _NATIONAL_SUBJECT.search(doc.low, s.start, q.number_start)
            or (indicator is not None and _GDP.fullmatch(phrase.lower().strip()))):
        scope = "vietnam"  # 'GDP', 'Quốc hội đặt mục tiêu': the country's figure
    return scope
