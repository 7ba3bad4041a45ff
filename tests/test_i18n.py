"""The message catalogue: every English message has a Vietnamese one with the same fields."""

from __future__ import annotations

import string

import pytest

from qnplan.i18n import EN, VI, methods_note, tr


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_english_message_has_a_vietnamese_one() -> None:
    """No key is missing on either side."""
    assert sorted(EN.keys() - VI.keys()) == []
    assert sorted(VI.keys() - EN.keys()) == []


@pytest.mark.parametrize("key", sorted(EN))
def test_translations_take_the_same_fields(key: str) -> None:
    """A Vietnamese message fills the same {fields} as its English twin."""
    assert _fields(VI[key]) == _fields(EN[key])


def test_tr_fills_fields_in_the_chosen_language() -> None:
    assert tr("err.unknown_scope", "vi", value="x", known="all") == (
        "không có phạm vi 'x'; dùng một trong all")
    assert tr("status.on_track", "en") == "on track"


def test_methods_note_is_in_the_chosen_language() -> None:
    """The methods note has its six paragraphs, each translated."""
    en, vi = methods_note("en"), methods_note("vi")
    assert len(en) == len(vi) == 6
    assert all(a != b for a, b in zip(en, vi, strict=True))
