"""Keep the Vietnamese catalogue in step with the English templates in qnplan/i18n/en/ (merged
in qnplan/i18n/messages.py).

    python scripts/catalogue.py po   # qnplan.po: add new messages (untranslated), mark those
                                     # whose English changed fuzzy, drop removed ones
    python scripts/catalogue.py mo   # compile qnplan.po to the qnplan.mo qnplan reads

Each message's key is its msgctxt and its English template its msgid, so a translator sees the
English, and two messages with the same English can have different Vietnamese. `make po` and
`make mo` run these (the .mo is not in git); tests/unit/test_i18n.py checks the .po is complete.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

from qnplan.i18n.en import area
from qnplan.i18n.messages import MESSAGES, PLURALS

LOCALE = Path(__file__).resolve().parent.parent / "qnplan" / "i18n" / "locale"
# A message with a {field} is a Python format string: translators must keep its fields.
FIELD = re.compile(r"(?<!\{)\{[a-z_]")


def po_path(lang: str) -> Path:
    return LOCALE / lang / "LC_MESSAGES" / "qnplan.po"


def _flags(english: str | tuple[str, str]) -> set[str]:
    texts = english if isinstance(english, tuple) else (english,)
    return {"python-brace-format"} if any(FIELD.search(t) for t in texts) else set()


def english() -> dict[str, str | tuple[str, str]]:
    """Every message key with its English template (a pair for a counted message)."""
    return {**MESSAGES, **PLURALS}


def _where(key: str) -> list[tuple[str, int | None]]:
    """The module of the key's English (its area), as the entry's reference ("#: ..."), so a
    translator sees which part of qnplan a message belongs to; no line number, which would
    change with every message added above it."""
    return [(area(key).__name__.replace(".", "/") + ".py", None)]


def read(lang: str) -> Catalog:
    with po_path(lang).open("rb") as f:
        return read_po(f, locale=lang)


def update_po(lang: str = "vi") -> int:
    """Bring qnplan.po in step with the English templates; return how many entries need a
    translator."""
    path = po_path(lang)
    old = {m.context: m for m in read(lang) if m.id} if path.exists() else {}
    new = Catalog(locale=lang, domain="qnplan", project="qnplan", charset="utf-8",
                  fuzzy=False)
    for key, text in english().items():
        flags = _flags(text)
        before = old.get(key)
        if before is None:
            new[text] = Message(text, "" if isinstance(text, str) else ("",), context=key,
                                flags=flags, locations=_where(key))
            continue
        if before.id != text:  # the English changed: the Vietnamese needs a look
            flags = flags | {"fuzzy"}
            previous = before.id if isinstance(before.id, str) else before.id[0]
            message = Message(text, before.string, context=key, flags=flags,
                              previous_id=[previous], locations=_where(key))
        else:
            message = Message(text, before.string, context=key, flags=flags - {"fuzzy"}
                              | (before.flags & {"fuzzy"}), locations=_where(key))
        new[text] = message
    _keep_header(new, path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        write_po(f, new, width=100, include_previous=True, sort_output=False,
                 include_lineno=False)
    return sum(1 for m in new if m.id and (m.fuzzy or not _translated(m)))


def _keep_header(catalog: Catalog, path: Path) -> None:
    """The existing file's header (comment, dates, translator), so `make po` changes only
    messages."""
    if path.exists():
        existing = read(catalog.locale_identifier or "vi")
        catalog.header_comment = existing.header_comment
        catalog.mime_headers = existing.mime_headers


def _translated(message: Message) -> bool:
    strings = message.string if isinstance(message.string, tuple) else (message.string,)
    return all(strings)


def compile_mo(lang: str = "vi") -> Path:
    """Write qnplan.mo beside qnplan.po (fuzzy entries left out: they read as English)."""
    target = po_path(lang).with_suffix(".mo")
    catalog = read(lang)
    with target.open("wb") as f:
        write_mo(f, catalog, use_fuzzy=False)
    return target


def main(argv: list[str]) -> int:
    if argv == ["po"]:
        todo = update_po()
        print(f"{po_path('vi')}: {todo} to translate or review")
        return 0
    if argv == ["mo"]:
        print(f"wrote {compile_mo()}")
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
