"""Errors the core raises; the CLI turns them into one line and an exit code."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qnplan.message import Message

if TYPE_CHECKING:
    from qnplan.model import Issue


class QnplanError(Exception):
    """A problem the user can fix, optionally located in a file. `message` says what, as a
    Message the CLI words in the reader's language (plain text where no words are needed)."""

    exit_code = 1

    def __init__(
        self, message: Message | str, path: str | None = None, line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    @property
    def where(self) -> str:
        """'path:line:column', as much of it as is known ('' for none)."""
        return ":".join(str(p) for p in (self.path, self.line, self.column) if p is not None)


class DataError(QnplanError):
    """The data files are invalid (exit 1)."""


class UsageError(QnplanError):
    """The command line asks for something that does not exist (exit 2)."""

    exit_code = 2


class InvalidData(DataError):
    """Data with errors (or data a change would leave with errors): `issues` lists them."""

    def __init__(self, message: Message | str, issues: Sequence[Issue]) -> None:
        super().__init__(message)
        self.issues = list(issues)
