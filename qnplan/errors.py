"""Errors the core raises, each with the fields a program needs (UnknownYear.year and
.available ...). `message` says what as a Message that cli/ and render/ word in the reader's
language. No exit codes here: the CLI decides those (cli/common.py)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from qnplan.message import Message

if TYPE_CHECKING:
    from qnplan.model import Issue


class QnplanError(Exception):
    """A problem the user can fix, optionally located in a file. `message` says what, as a
    Message the CLI words in the reader's language (plain text where no words are needed)."""

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
    """The data files are invalid, or a document cannot be read."""


class UsageError(QnplanError):
    """A call asks for something that does not exist (a year, a scope, a folder ...)."""


class InvalidData(DataError):
    """Data with errors (or data a change would leave with errors): `issues` lists them."""

    def __init__(self, message: Message | str, issues: Sequence[Issue]) -> None:
        super().__init__(message)
        self.issues = list(issues)

    @property
    def errors(self) -> list[Issue]:
        """The issues of severity error."""
        return [i for i in self.issues if i.severity == "error"]


class NoDataDirectory(UsageError):
    """The data directory asked for is not a folder."""

    def __init__(self, path: str, message: Message | str) -> None:
        super().__init__(message)
        self.data = path


class UnknownYear(UsageError):
    """No data of the kind asked for ("targets", "results" or "data") for `year`."""

    def __init__(self, year: int, available: list[int], kind: str,
                 message: Message | str) -> None:
        super().__init__(message)
        self.year = year
        self.available = available
        self.kind = kind


class UnknownName(UsageError):
    """A scope, category, source or indicator id that the data does not have."""

    what = "name"

    def __init__(self, value: str, available: list[str], message: Message | str) -> None:
        super().__init__(message)
        self.value = value
        self.available = available


class UnknownScope(UnknownName):
    what = "scope"


class UnknownCategory(UnknownName):
    what = "category"


class UnknownSource(UnknownName):
    what = "source"


class UnknownIndicator(UnknownName):
    what = "indicator"


class UnknownPlanPeriod(UnknownName):
    """A plan period (FROM-TO) without a plans file; `available` names those there are."""

    what = "plan period"
