"""When two documents word a qualitative target differently but mean the same thing.

Two wordings agree when they are equal after Unicode NFC, case folding, punctuation read as
a space and runs of spaces collapsed, and after the words that never change what a Vietnamese
plan asks for are left out: the aspiration "phấn đấu" (strive to) that opens most targets, and
the plural markers "các" and "những" ("the" before a plural noun). "giai đoạn 2021-2025" and
"giai đoạn 2021 - 2025" agree; "đứng đầu" and "đứng thứ hai" do not.
"""

from __future__ import annotations

import unicodedata

FILLERS = (("phấn", "đấu"), ("các",), ("những",))
KEPT = frozenset("%‰")  # punctuation to Unicode, but part of a figure


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).casefold()
    spaced = "".join(" " if unicodedata.category(ch).startswith("P") and ch not in KEPT
                     else ch for ch in text)
    return spaced.split()


def meaning(text: str | None) -> str:
    """A wording reduced to what it says (see the module docstring); '' for None."""
    words = _words(text or "")
    out: list[str] = []
    i = 0
    while i < len(words):
        skip = next((len(f) for f in FILLERS if tuple(words[i:i + len(f)]) == f), 0)
        if skip:
            i += skip
            continue
        out.append(words[i])
        i += 1
    return " ".join(out)


def same_meaning(a: str | None, b: str | None) -> bool:
    """Whether two wordings of a target say the same thing."""
    return meaning(a) == meaning(b)
