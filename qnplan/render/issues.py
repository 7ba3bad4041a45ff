"""Validation issues and core errors worded in the reader's language."""

from __future__ import annotations

from typing import Any

from qnplan.errors import InvalidData, QnplanError
from qnplan.i18n import words
from qnplan.message import Message
from qnplan.model import Issue, Position, one_line


def issue_line(issue: Issue, lang: str) -> str:
    """'targets/2023.yaml:4:5: error: missing required field 'unit' [missing-field]'."""
    where = str(Position(issue.path, issue.line, issue.column))
    return one_line(f"{where}: {issue.severity}: {words(issue.message, lang)} [{issue.code}]")


def issue_record(issue: Issue, lang: str) -> dict[str, Any]:
    """The issue as `validate --format json` lists it (keys and code never translated)."""
    return {"path": issue.path, "line": issue.line, "column": issue.column,
            "severity": issue.severity, "code": issue.code,
            "message": words(issue.message, lang)}


def error_text(exc: QnplanError, lang: str) -> str:
    """A core error worded in `lang`, after its place in a file when it has one; the issues
    of an InvalidData error fill its message's {issue} (the first) or {shown} (the first
    three) field."""
    message = exc.message
    if isinstance(exc, InvalidData) and exc.issues and isinstance(message, Message):
        lines = [issue_line(i, lang) for i in exc.issues[:3]]
        message = Message(message.key, {**message.fields, "issue": lines[0],
                                        "shown": "; ".join(lines)})
    text = words(message, lang)
    return f"{exc.where}: {text}" if exc.where else text
