"""Quotes against their source: whether a quote occurs in its source's text, and whether
the figure an entry states can be found written in its quote."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

from qnplan.dataset.strict_yaml import LoadedFile, PathKey
from qnplan.message import msg
from qnplan.numbers import number_tokens, show, spellings
from qnplan.units import AMOUNT_UNITS, UNITS, clean

ZERO_WORDS = ("không còn", "không để", "không có")
_SCALES = (1.0, 1e3, 1e6, 1e9, 1e12)  # một, nghìn, triệu, tỷ, nghìn tỷ


def check_quote_written(loaded: LoadedFile, key: PathKey, quote: str) -> bool:
    """A quote has words in it: an empty one would match any source text."""
    if quote.strip():
        return True
    loaded.issue((*key, "quote"), "empty-quote", msg("v.empty_quote"))
    return False


def normalize_text(text: str) -> str:
    """Fold whitespace and Unicode composition so quotes match across line breaks."""
    return " ".join(unicodedata.normalize("NFC", text).split())


class SourceText:
    """A source's normalized text. Quotes are found by plain search until a source has been
    asked for many, then through an index of its words, so checking stays linear."""

    PLAIN_SEARCHES = 64

    def __init__(self, text: str) -> None:
        self.text = normalize_text(text)
        self.searches = 0
        self.words: dict[str, list[int]] | None = None

    def _index(self) -> dict[str, list[int]]:
        words: dict[str, list[int]] = {}
        at = 0
        for word in self.text.split(" "):
            places = words.get(word)
            if places is None:  # setdefault would build a list for every word
                words[word] = [at]
            else:
                places.append(at)
            at += len(word) + 1
        return words

    def contains(self, quote: str) -> bool:
        """Whether the quote occurs in the text, whitespace and composition folded."""
        parts = unicodedata.normalize("NFC", quote).split()
        quote = " ".join(parts)  # normalize_text, keeping its words
        self.searches += 1
        if self.searches <= self.PLAIN_SEARCHES or len(parts) < 3:
            return quote in self.text
        if self.words is None:
            self.words = self._index()
        words = self.words
        # A quote's inner words are whole words of the text: try the rarest one's places.
        best, best_offset, offset = None, 0, len(parts[0]) + 1
        for word in parts[1:-1]:
            places = words.get(word)
            if places is None:
                return False
            if best is None or len(places) < len(best):
                best, best_offset = places, offset
            offset += len(word) + 1
        assert best is not None
        return any(self.text.startswith(quote, at - best_offset) for at in best)


def check_quote(loaded: LoadedFile, key: PathKey, quote: str, source_text: SourceText | None,
                source_id: str, values: list[float], unit: str | None = None) -> bool:
    """The quote occurs in the source text; the stated value can be found in the quote, in
    the entry's unit or restated (3000 triệu USD is the quote's "3 tỷ USD").
    True when the quote was checked against a source text."""
    if source_text is not None and not source_text.contains(quote):
        loaded.issue((*key, "quote"), "quote-not-found",
                     msg("v.quote_not_found", source=repr(source_id)))
    checked = source_text is not None
    if not values:
        return checked
    written = number_tokens(quote)
    folded = quote.lower()
    for value in values:
        if any(written & spellings(v) for v in restatements(value, unit)):
            continue
        if value == 0 and any(w in folded for w in ZERO_WORDS):
            continue
        loaded.issue((*key, "quote"), "value-not-in-quote",
                     msg("v.value_not_in_quote", value=show(value)), severity="warning")
    return checked


def restatements(value: float, unit: str | None) -> Iterator[float]:
    """The value, and for an amount the figures a document may write it as with nghìn,
    triệu, tỷ or nghìn tỷ (3000 mn_usd is 3 tỷ USD; 61500 bn_vnd is 61,5 nghìn tỷ đồng).
    Lazily: most quotes write the value itself, and the others then need not be computed."""
    yield value
    if unit is None or unit not in AMOUNT_UNITS or unit == "per_10k":
        return
    base = value * UNITS[unit][1]
    yield from (clean(base / scale) for scale in _SCALES)
