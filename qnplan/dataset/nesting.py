"""How deeply a YAML text nests, decided before any parser sees it.

libyaml's composer recurses once per level (tens of thousands of '[' crash it), and each
PyYAML release sets its own limit with its own wording. qnplan data nests a handful of levels,
so a linear scan of the text, which errs on the side of counting a level too many, decides
instead: flow brackets outside quotes and comments, plus block levels read from indentation
and '- ' item markers.
"""

from __future__ import annotations

import re

MAX_DEPTH = 100

_LINE_PREFIX = re.compile(r"[ ]*(?:-[ ]+)*", re.ASCII)
_FLOW_CHARS = re.compile(r"[\[\]{}'\"#\n]")


def too_deep(text: str, limit: int = MAX_DEPTH) -> tuple[int, int] | None:
    """The line and column (1-based) where `text` nests deeper than `limit`, or None."""
    # Each level takes a bracket, or at least one character of a line's indentation or
    # item markers: a text with fewer of those than the limit cannot be too deep.
    prefixes = _LINE_PREFIX.findall(text)
    widest = max(map(len, prefixes), default=0)
    if text.count("[") + text.count("{") + widest <= limit:
        return None
    return _block_too_deep(text, limit) or _flow_too_deep(text, limit)


def _block_too_deep(text: str, limit: int) -> tuple[int, int] | None:
    indents: list[int] = []
    for number, line in enumerate(text.split("\n"), 1):
        body = line.lstrip(" ")
        if not body or body.startswith("#"):
            continue
        indent = len(line) - len(body)
        while indents and indents[-1] >= indent:
            indents.pop()
        indents.append(indent)
        prefix = _LINE_PREFIX.match(line)
        items = prefix.group().count("-") if prefix else 0
        if len(indents) + items > limit:
            return number, indent + 1
    return None


def _flow_too_deep(text: str, limit: int) -> tuple[int, int] | None:
    depth, line, line_start = 0, 1, 0
    quote = ""
    comment = False
    for match in _FLOW_CHARS.finditer(text):
        char, at = match.group(), match.start()
        if char == "\n":
            line, line_start, comment = line + 1, at + 1, False
        elif comment:
            continue
        elif quote:
            if char == quote and not (quote == '"' and _escaped(text, at)):
                quote = ""
        elif char in "'\"":
            # A quote opens a quoted scalar only where a value starts; inside a plain
            # scalar ("don't") it is a letter.
            before = text[at - 1] if at > line_start else " "
            if before in " \t[{,:-":
                quote = char
        elif char == "#":
            comment = at == line_start or text[at - 1] in " \t"
        elif char in "[{":
            depth += 1
            if depth > limit:
                return line, at - line_start + 1
        else:
            depth = max(depth - 1, 0)
    return None


def _escaped(text: str, at: int) -> bool:
    """Whether the character at `at` follows an odd run of backslashes."""
    run = at
    while run > 0 and text[run - 1] == "\\":
        run -= 1
    return (at - run) % 2 == 1
