"""Normalising a document's text and splitting it into paragraphs, sentences and clauses.

Offsets always point into the whitespace-collapsed text, so that any span is a verbatim
quote that `validate` can find again."""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    clauses: tuple[Span, ...]


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in "đĐ":
            out = "d"
        else:
            base = unicodedata.normalize("NFD", ch)[0].lower()
            out = base if len(base) == 1 else ch
        self[code] = out
        return out


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lowercase ASCII-like folding that keeps every offset: 'Khánh Hoà' -> 'khanh hoa'."""
    return text.translate(_FOLD)


# A sentence ends at . ! ? followed by a capital (with or without a space: '12,01%.Thu'),
# but not after an abbreviation such as 'TP.' and never inside a number such as 45.900.
_SENTENCE_END = re.compile(r"(?<=[.!?…])\s*(?=[\"“”'‘]?\w)")
_ABBREVIATIONS = ("TP.", "Tp.", "TX.", "TT.", "ThS.", "TS.", "GS.", "PGS.", "Q.", "P.", "St.")
# Clause boundaries: ', ' (never the decimal comma), ';', ':', ' - ' / ' – ' dashes between
# words, and brackets that hold a figure of their own.
_CLAUSE_END = re.compile(r",\s|;\s?|:\s|\s[–—]\s|\.{3}|…")


# a line goes on from the one before it when it starts lowercase, or starts with a figure
# that the line before it leads to ('... ước đạt' / '3.475 nghìn lượt khách')
_LEADS_TO_FIGURE = re.compile(r"(?<!\w)(?:đạt|là|khoảng|trên|hơn|gần|tăng|giảm|có|đón|được|"
                              r"còn|mức|thu|chi)$", re.IGNORECASE)
_ENDED = re.compile(r"[.!?:;…\"”')]$")


def paragraphs(raw: str) -> tuple[str, list[Span]]:
    """The collapsed text and the span of each non-empty line (a paragraph) in it."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for line in unicodedata.normalize("NFC", raw).splitlines():
        c = " ".join(line.split())
        if not c:
            continue
        if parts and not _ENDED.search(parts[-1]) and (
                c[0].islower() or (c[0].isdigit() and _LEADS_TO_FIGURE.search(parts[-1]))):
            # a line broken inside a sentence ('ước đạt 3.475' / 'nghìn lượt khách'): one paragraph
            parts[-1] += " " + c
            pos += 1 + len(c)
            spans[-1] = Span(spans[-1].start, pos)
            continue
        if parts:
            pos += 1
        parts.append(c)
        spans.append(Span(pos, pos + len(c)))
        pos += len(c)
    return " ".join(parts), spans


def _sentence_spans(text: str, para: Span) -> list[Span]:
    out, start = [], para.start
    chunk = text[para.start:para.end]
    for m in _SENTENCE_END.finditer(chunk):
        cut = para.start + m.start()
        after = text[para.start + m.end():para.start + m.end() + 2].lstrip("\"“”'‘")
        spaced = m.end() > m.start()
        numbered = spaced and re.match(r"\(\d{1,2}\)", text[para.start + m.end():])
        if not (after[:1].isupper() or (spaced and after[:1].isdigit()) or numbered):
            continue
        head = text[start:cut]
        if head.endswith(_ABBREVIATIONS) and not head.endswith(" ."):
            continue
        if cut > start:
            out.append(Span(start, cut))
        start = para.start + m.end()
    if para.end > start:
        out.append(Span(start, para.end))
    return out


MAX_SENTENCE = 1200  # characters; a longer run is cut at clause marks so work stays linear


def _bounded_sentences(text: str, spans: list[Span]) -> list[Span]:
    """Sentences cut to at most MAX_SENTENCE characters, at ';' or ', ' where possible."""
    out = []
    for sp in spans:
        start = sp.start
        while sp.end - start > MAX_SENTENCE:
            limit = start + MAX_SENTENCE
            cut = max(text.rfind("; ", start, limit), text.rfind(", ", start, limit))
            if cut <= start + MAX_SENTENCE // 4:
                cut = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
            if cut <= start:
                cut = limit
            out.append(Span(start, cut))
            start = cut + 1
            while start < sp.end and text[start] in " ,;":
                start += 1
        if sp.end > start:
            out.append(Span(start, sp.end))
    return out


def _bracket_cuts(text: str, s: Span) -> list[int]:
    """Cut points at '(' and ')' when the bracket holds a digit (a figure of its own)."""
    cuts = []
    for m in re.finditer(r"\(([^()]*)\)", text[s.start:s.end]):
        if re.search(r"\d", m.group(1)):
            cuts += [s.start + m.start(), s.start + m.start() + 1,
                     s.start + m.end() - 1, s.start + m.end()]
    return cuts


def _clauses(text: str, s: Span) -> tuple[Span, ...]:
    cuts = {s.start, s.end}
    for m in _CLAUSE_END.finditer(text, s.start, s.end):
        cuts.update((m.start(), m.end()))
    cuts.update(_bracket_cuts(text, s))
    points = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(points):
        piece = text[a:b]
        lead = len(piece) - len(piece.lstrip(" ,;:–—().…"))
        trail = len(piece) - len(piece.rstrip(" ,;:–—().…"))
        if b - trail > a + lead:
            out.append(Span(a + lead, b - trail))
    return tuple(out)


def sentences(text: str, paras: list[Span]) -> list[Sentence]:
    """Every sentence of every paragraph, with its clauses."""
    out = []
    for i, p in enumerate(paras):
        for s in _bounded_sentences(text, _sentence_spans(text, p)):
            out.append(Sentence(s.start, s.end, i, _clauses(text, s)))
    return out
