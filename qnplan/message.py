"""A message not yet worded: a catalogue key and the fields its template fills.

The core (dataset/, analysis/, extract/) says what happened with a Message; render/ and cli/
word it in the reader's language (qnplan.i18n.words). A field may itself be a Message ("did you
mean ...?" inside "unknown field ..."); numbers are passed as the data writes them, so a Message
is the same in every language and can be cached once for all of them.
"""

from __future__ import annotations

from typing import TypeAlias, Union

import msgspec

# A field's value; msgpack (the cache) holds integers of up to 64 bits.
Field: TypeAlias = Union[str, int, float, bool, "Message", None]
_INT_RANGE = range(-(2**63), 2**64)


class Message(msgspec.Struct, frozen=True, array_like=True):
    """A catalogue key (qnplan/i18n/en/) and the fields its template fills."""

    key: str
    fields: dict[str, Field] = {}


def msg(key: str, /, **fields: Field) -> Message:
    """The Message `key` with these fields: msg("v.missing_field", name="'unit'")."""
    for name, value in fields.items():
        if type(value) is int and value not in _INT_RANGE:  # a 400-digit number in the data
            fields[name] = str(value)
    return Message(key, fields)
