"""Plausibility of the data: entries that are valid but probably wrong, found by comparing
an entry with its own quote and with the same indicator's other figures. Each finding is a
warning with its evidence and a stable code (an error to `validate --strict`):

- implausible-magnitude: a figure more than five times off all the same indicator's figures
  in neighbouring years and other sources (61,500,000 where the other years say 55,600);
- op-contradicts-quote: a target's op against its quote's words ('ít nhất 3 tỷ USD' as '<');
- period-contradicts-quote: a period the quote's part-year words deny ('quý I' in a FY entry);
- placeholder-issuer: a source whose issuer was left as extract's placeholder."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Literal

from qnplan.dataset.strict_yaml import LoadedFile, PathKey
from qnplan.message import msg
from qnplan.model import Indicator, Issue, Result, Target, months
from qnplan.numbers import show, spellings

FACTOR = 5.0  # how far off a figure must be from every neighbour to be doubted
NEAR_YEARS = 2  # which years are neighbours: this many either side, and the same year

_NUMBER = re.compile(r"(?<![\d.,])\d(?:[\d.,]*\d)?")
# the words just before a figure (lowercase), the direction they give, and the ops they deny
_WORDING: list[tuple[re.Pattern[str], str, frozenset[str]]] = [
    (re.compile(r"(?:ít nhất|tối thiểu|không thấp hơn|không dưới|không ít hơn)\s*"
                r"(?:là\s+|ở mức\s+|mức\s+)?$"), "at_least", frozenset({"<", "<="})),
    (re.compile(r"(?:không quá|không vượt quá|tối đa|không cao hơn)\s*(?:là\s+|ở mức\s+|mức\s+)?$"),
     "at_most", frozenset({">", ">="})),
    (re.compile(r"(?<!\w)(?:thấp hơn|ít hơn|dưới)\s*(?:mức\s+)?$"), "below",
     frozenset({">", ">="})),
    (re.compile(r"(?<!\w)(?:trên|hơn|vượt)\s*(?:mức\s+)?$"), "above", frozenset({"<", "<="})),
]
_AT_LEAST_AFTER = re.compile(r"^\s*\S{0,12}\s*trở lên")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# part-year words of a quote: 'quý I', '6 tháng', 'hết quý III' (a comparison's are skipped)
_PART_YEAR = re.compile(
    r"(?P<by>(?:đến |tính đến )?hết )?(?:quý|quí) (?P<q>iv|iii|ii|i|[1-4])(?!\w)|"
    r"(?P<m>\d{1,2}|sáu|chín) tháng(?! cuối)|(?P<h1>nửa đầu năm)")
_COMPARED = re.compile(r"(?:so với|cùng kỳ|so)\s*(?:năm \d{4}\s*)?$")


def _figure_spans(quote: str, values: Iterable[float]) -> list[tuple[int, int]]:
    wanted: set[str] = set()
    for v in values:
        wanted |= spellings(v)
    return [m.span() for m in _NUMBER.finditer(quote) if m.group(0) in wanted]


def check_op_wording(loaded: LoadedFile, key: PathKey, op: str, values: list[float],
                     quote: str) -> None:
    """A target's op that the words before its figure contradict."""
    low = quote.lower()
    for start, end in _figure_spans(quote, values):
        before = low[max(0, start - 40):start]
        for rx, words, denied in _WORDING:
            if rx.search(before):
                if op in denied:
                    loaded.issue((*key, "op"), "op-contradicts-quote", msg(
                        "p.op_wording", op=repr(op), words=msg(f"p.words_{words}"),
                        said=repr(quote[max(0, start - 20):end].strip())), "warning")
                    return
                break
        else:
            if _AT_LEAST_AFTER.match(low[end:end + 24]) and op in ("<", "<="):
                loaded.issue((*key, "op"), "op-contradicts-quote", msg(
                    "p.op_wording", op=repr(op), words=msg("p.words_at_least"),
                    said=repr(quote[start:end + 24].strip())), "warning")
                return


def _quote_periods(quote: str) -> set[str]:
    low = quote.lower()
    out: set[str] = set()
    for m in _PART_YEAR.finditer(low):
        if _COMPARED.search(low[max(0, m.start() - 24):m.start()]):
            continue
        if m.group("q"):
            q = _ROMAN[m.group("q")]
            out.add(f"{3 * q}M" if m.group("by") else f"Q{q}")
        elif m.group("h1"):
            out.add("6M")
        else:
            word = m.group("m")
            n = {"sáu": 6, "chín": 9}.get(word) or int(word)
            if 1 <= n <= 11:
                out.add(f"{n}M")
    return out


def _same_period(a: str, b: str) -> bool:
    alike = {"Q1": "3M", "H1": "6M"}
    return alike.get(a, a) == alike.get(b, b)


def check_period_wording(loaded: LoadedFile, key: PathKey, period: str, quote: str) -> None:
    """A period that none of the quote's part-year words agrees with."""
    said = _quote_periods(quote)
    if said and not any(_same_period(period, p) for p in said):
        loaded.issue((*key, "period") if period != "FY" else key, "period-contradicts-quote",
                     msg("p.period_wording", period=period, said=", ".join(sorted(said))),
                     "warning")


_PLACEHOLDER = re.compile(r"^\s*(?:unknown|không rõ|\?+)\b|please complete|cần bổ sung",
                          re.IGNORECASE)


def check_issuer(loaded: LoadedFile, key: PathKey, issuer: str) -> None:
    """A source whose issuer is a placeholder ('unknown (... please complete)')."""
    if _PLACEHOLDER.search(issuer):
        loaded.issue((*key, "issuer"), "placeholder-issuer",
                     msg("p.placeholder_issuer", issuer=repr(issuer)), "warning")


Entry = Target | Result
Where = Callable[[Entry], tuple[int | None, int | None]]


def _yearly(e: Entry, ind: Indicator) -> float | None:
    """An entry's figure on a yearly footing (a part-year flow pro-rated), or None."""
    if isinstance(e, Target):
        if e.op in ("qualitative", "<", "<="):
            return None
        value = e.value if e.value is not None else (
            (e.min + e.max) / 2 if e.min is not None and e.max is not None else None)
    else:
        value = e.value
    if value is None or value <= 0:
        return None
    if ind.kind == "flow" and e.period != "FY":
        value *= 12 / months(e.period)
    return value


def check_magnitudes(targets: dict[int, list[Target]], actuals: dict[int, list[Result]],
                     indicators: dict[str, Indicator], where: Where) -> list[Issue]:
    """Figures more than FACTOR times off every figure of the same indicator and place in the
    neighbouring years (other sources' included): a misread unit or thousands separator,
    not a lumpy year, which stays within FACTOR of some neighbour. Growth rates are left
    alone: a year's growth may well be a fifth of another's."""
    groups: dict[tuple[str, str], list[tuple[int, float, Entry]]] = {}
    for kind_entries in (targets, actuals):
        for year, es in kind_entries.items():
            for e in es:
                ind = indicators.get(e.indicator)
                if ind is None or ind.kind not in ("flow", "level"):
                    continue
                v = _yearly(e, ind)
                if v is not None:
                    groups.setdefault((e.indicator, e.scope), []).append((year, v, e))
    issues: list[Issue] = []
    for (indicator, _), rows in groups.items():
        if len(rows) < 2:
            continue
        rows.sort(key=lambda r: r[0])
        unit = indicators[indicator].unit or ""
        flow = indicators[indicator].kind == "flow"
        for i, (year, v, e) in enumerate(rows):
            near = [r for j, r in enumerate(rows) if j != i and abs(r[0] - year) <= NEAR_YEARS]
            if not near:
                continue
            other_year, other_value, other = min(near, key=lambda r: max(v / r[1], r[1] / v))
            ratio = max(v / other_value, other_value / v)
            if ratio <= FACTOR:
                continue
            line, column = where(e)
            severity: Literal["warning"] = "warning"
            issues.append(Issue(e.path, line, column, severity, "implausible-magnitude", msg(
                "p.magnitude", indicator=indicator, value=show(round(v, 6)), unit=unit,
                part=msg("p.pro_rated") if flow and e.period != "FY" else "",
                ratio=f"{ratio:.0f}", n=len(near), closest=show(round(other_value, 6)),
                year=other_year, source=other.source)))
    return issues
