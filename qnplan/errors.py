"""Errors the core raises; the CLI turns them into one line and an exit code."""

from __future__ import annotations


class QnplanError(Exception):
    """A problem the user can fix, optionally located in a file."""

    exit_code = 1

    def __init__(
        self, message: str, path: str | None = None, line: int | None = None,
        column: int | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line
        self.column = column

    def __str__(self) -> str:
        where = ":".join(str(p) for p in (self.path, self.line, self.column) if p is not None)
        return f"{where}: {self.message}" if where else self.message


class DataError(QnplanError):
    """The data files are invalid (exit 1)."""


class UsageError(QnplanError):
    """The command line asks for something that does not exist (exit 2)."""

    exit_code = 2
