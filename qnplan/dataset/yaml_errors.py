"""PyYAML's errors in plain words: a syntax error's problem and context, and a scalar it
recognised but could not build, as the message that says what to fix. PyYAML's own wording
never reaches the user (it names parser states, not mistakes); this is the one place that
reads it."""

from __future__ import annotations

from qnplan.message import Message, msg


def syntax_hint(problem: str, context: str, text: str, line: int, column: int) -> Message:
    """The message for a syntax error PyYAML reports at (0-based) `line` and `column`."""
    lines = text.splitlines()
    here = lines[line] if 0 <= line < len(lines) else ""
    char = here[column] if 0 <= column < len(here) else ""
    if "block scalar" in context:
        return msg("y.block_scalar")
    if "cannot start any token" in problem:
        if char == "\t":
            return msg("y.tab")
        if char == "%":
            return msg("y.percent")
        return msg("y.cannot_start", char=repr(char))
    if "mapping values are not allowed" in problem:
        return msg("y.colon_in_value")
    if "expected ',' or ']'" in problem:
        return msg("y.list_open")
    if "expected ',' or '}'" in problem:
        return msg("y.mapping_open")
    if "could not find expected ':'" in problem:
        return msg("y.key_colon")
    for words, key in _MORE_HINTS:
        if words in problem or words in context:
            return msg(key)
    if "quoted scalar" in context:
        return msg("y.quote_open")
    if "expected node content" in problem:
        return msg("y.value_missing")
    if "undefined alias" in problem:
        return msg("y.alias_undefined")
    return msg("y.syntax_line")


_MORE_HINTS = (  # words of PyYAML's problem or context -> the message that explains them
    ("expected '-' indicator", "y.list_item"),
    ("expected key", "y.expected_key"),
    ("unknown escape", "y.unknown_escape"),
    ("hexdecimal", "y.hex_escape"),
    ("<document start>", "y.after_end"),
    ("single document", "y.second_document"),
    ("directive", "y.directive"),
    ("tag handle", "y.tag_handle"),
)


def unreadable_scalar(value: str, kind: str, exc: Exception) -> Message:
    """Plain words for a scalar PyYAML recognised as `kind` (its tag, short for a standard
    one) but could not build (2023-02-30, a number longer than Python's int-to-string limit,
    !!bool maybe)."""
    shown = repr(value) if len(value) <= 40 else msg("y.long_value", start=repr(value[:20]),
                                                    n=len(value))
    if kind == "timestamp":
        return msg("y.bad_date", value=shown)
    if kind == "int" and "limit" in str(exc):
        return msg("y.too_many_digits", n=len(value))
    what = msg(f"type.{_KINDS[kind]}") if kind in _KINDS else kind
    return msg("y.unreadable", value=shown, what=what, kind=kind)


_KINDS = {"int": "whole", "float": "number", "bool": "bool"}  # catalogue keys type.*
