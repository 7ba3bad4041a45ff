"""Every sentence, word and header qnplan shows a reader, in English: the source of the catalogue,
one module per area (AREAS says which area holds a key, by the key's first word).

Code names a message by its key; the English template is in this package, the Vietnamese one in
locale/vi/LC_MESSAGES/qnplan.po (the key is each entry's msgctxt, the English its msgid). To add
a message: add its key and English template to its area's module (a new first word of a key goes
in AREAS too), run `make po` (adds the entry to qnplan.po, untranslated), write its msgstr, run
`make mo` (or `make test`). Changing an English template marks its Vietnamese fuzzy on the next
`make po`; tests/unit/test_i18n.py fails until it is reviewed.
Templates use str.format fields; numbers are formatted before they are passed in.
"""

from __future__ import annotations

import importlib
from types import ModuleType

# Each area's module and the first words of the keys it holds ("status" for status.met).
AREAS: dict[str, tuple[str, ...]] = {
    "words": ("change", "status", "result", "kind", "category", "qualitative", "ikind", "better",
              "stype", "yes", "no", "period", "verdict", "span", "basis", "cell", "count",
              "unit"),
    "columns": ("h", "hx", "csv", "xl"),
    "reports": ("title", "summary", "note", "trend", "chart", "glance", "plan", "report",
                "methods", "html"),
    "data": ("v", "type", "d", "p", "y", "f", "tx"),
    "cli": ("err", "usage", "msg", "remove"),
    "extract": ("extract", "doubt", "left"),
    "help": ("help",),
}
_AREA_OF = {first: area for area, firsts in AREAS.items() for first in firsts}


def area(key: str) -> ModuleType:
    """The module whose MESSAGES or PLURALS hold the message `key` (imported on first use: a
    run reads the areas it words, not the whole catalogue)."""
    return importlib.import_module(f"{__name__}.{_AREA_OF[key.partition('.')[0]]}")
