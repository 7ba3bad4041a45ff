"""Every sentence, word and header qnplan shows a reader, in English and Vietnamese.

The English templates are in en/, one module per area (read when a message of the area is
first worded); the Vietnamese ones in the gettext catalogue locale/vi/LC_MESSAGES/qnplan.po,
compiled to the qnplan.mo read here (only when Vietnamese is asked for: about 1 ms) by the build
or `make mo`. Each message's key is its msgctxt. docs/translating.md says how to add one.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

from qnplan.i18n.en import area
from qnplan.message import Message

if TYPE_CHECKING:
    from gettext import GNUTranslations

LANGUAGES = ("en", "vi")
LOCALE_DIR = Path(__file__).resolve().parent / "locale"

# The English templates of the areas read so far (en/), filled an area at a time.
_MESSAGES: dict[str, str] = {}
_PLURALS: dict[str, tuple[str, str]] = {}


def _read_area(key: str) -> None:
    """Add the English templates of `key`'s area to those read so far."""
    module = area(key)
    _MESSAGES.update(module.MESSAGES)
    _PLURALS.update(module.PLURALS)


def unit_label(unit: str | None, lang: str, /) -> str:
    """A unit code as readers write it ("bn VND", "tỷ đồng"); "" for none or a plain count,
    the code itself for a unit the catalogue does not name."""
    if unit is None or unit == "count":
        return ""
    return tr(f"unit.{unit}", lang) if has(f"unit.{unit}") else unit


def has(key: str) -> bool:
    """Whether the catalogue holds the message `key` (reading only its area)."""
    if key not in _MESSAGES and key not in _PLURALS:
        try:
            _read_area(key)
        except KeyError:  # a first word no area holds
            return False
    return key in _MESSAGES or key in _PLURALS


def _english(key: str) -> str:
    if key not in _MESSAGES:
        _read_area(key)
    return _MESSAGES[key]

@functools.cache
def _catalogue(lang: str) -> GNUTranslations | None:
    """The compiled catalogue of `lang`, None for English (the templates in code)."""
    if lang not in LANGUAGES or lang == "en":
        return None
    from gettext import GNUTranslations  # only a Vietnamese run pays for it

    folder = LOCALE_DIR / lang / "LC_MESSAGES"
    try:
        with (folder / "qnplan.mo").open("rb") as f:
            return GNUTranslations(f)
    except FileNotFoundError:  # a checkout where `make mo` has not run yet: compile it here
        return GNUTranslations(_compiled(folder / "qnplan.po"))


def _compiled(po: Path) -> BinaryIO:
    from io import BytesIO

    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    with po.open("rb") as f:
        catalog = read_po(f)
    out = BytesIO()
    write_mo(out, catalog)
    out.seek(0)
    return out


def template(key: str, lang: str, /) -> str:
    """The message `key` in `lang` ("en" or "vi"; any other reads as English), its fields not
    filled."""
    english = _english(key)
    catalogue = _catalogue(lang)
    return english if catalogue is None else catalogue.pgettext(key, english)


def tr(key: str, lang: str, /, **fields: Any) -> str:
    """The message `key` in `lang`, its fields filled in."""
    return template(key, lang).format(**fields)


def plural_template(key: str, n: int, lang: str, /) -> str:
    """The form of the counted message `key` that goes with the number n (gettext's
    ngettext: English has two forms, Vietnamese one), its fields not filled."""
    if key not in _PLURALS:
        _read_area(key)
    one, other = _PLURALS[key]
    catalogue = _catalogue(lang)
    if catalogue is None:
        return one if n == 1 else other
    return catalogue.npgettext(key, one, other, n)


def tr_plural(key: str, n: int, lang: str, /, **fields: Any) -> str:
    """The counted message `key` for the number n, its fields and n filled in."""
    return plural_template(key, n, lang).format(n=n, **fields)


def tr_count(key: str, n: int, lang: str, /) -> str:
    """A counted noun: '1 target', '2 targets' ('2 mục tiêu' in Vietnamese)."""
    return tr_plural(key, n, lang)


def words(message: Message | str, lang: str, /) -> str:
    """A Message from the core worded in `lang` (its nested Messages first); text as it is."""
    if isinstance(message, str):
        return message
    fields = {name: words(value, lang) if isinstance(value, Message) else value
              for name, value in message.fields.items()}
    if message.key not in _MESSAGES and message.key not in _PLURALS:
        _read_area(message.key)
    if message.key in _PLURALS:
        n = fields["n"]
        return plural_template(message.key, n if isinstance(n, int) else 2, lang).format(**fields)
    return template(message.key, lang).format(**fields)


@functools.cache
def _help_keys() -> dict[str, str]:
    return {" ".join(text.split()): key for key, text in area("help.").MESSAGES.items()}


def help_text(english: str, lang: str, /) -> str:
    """A --help text (a command's docstring, an option's help=) in `lang`, found in the
    catalogue by its English words (whitespace aside); the English itself if it has no entry."""
    key = _help_keys().get(" ".join(english.split()))
    return english if key is None else template(key, lang)


def methods_note(lang: str) -> list[str]:
    """The report's short methods note, one paragraph per item."""
    return [tr(k, lang) for k in ("methods.cells", "methods.prorating", "methods.precedence",
                                  "methods.changes", "methods.dropped", "methods.no_data")]
