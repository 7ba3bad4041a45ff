"""qnplan: a province's plan targets and reported results, compared and cited.

The public API (docs/python-api.md), imported on first use so that the command line's
start-up pays for none of it:

    import qnplan
    ds = qnplan.load()
    ds.compare(2023, 2024)
"""

from __future__ import annotations

import sys
import types
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from qnplan.api import Dataset, extract, load, validate
    from qnplan.errors import (
        DataError,
        InvalidData,
        NoDataDirectory,
        QnplanError,
        UnknownCategory,
        UnknownIndicator,
        UnknownName,
        UnknownScope,
        UnknownSource,
        UnknownYear,
        UsageError,
    )
    from qnplan.listing import Listing, records, to_pandas
    from qnplan.model import Issue

_WHERE = {
    "load": "qnplan.api", "validate": "qnplan.api", "extract": "qnplan.api",
    "Dataset": "qnplan.api",
    "Listing": "qnplan.listing", "records": "qnplan.listing", "to_pandas": "qnplan.listing",
    "Issue": "qnplan.model",
    **dict.fromkeys(["QnplanError", "DataError", "UsageError", "InvalidData", "NoDataDirectory",
                     "UnknownYear", "UnknownName", "UnknownScope", "UnknownCategory",
                     "UnknownSource", "UnknownIndicator"], "qnplan.errors"),
}

__all__ = [
    "DataError", "Dataset", "InvalidData", "Issue", "Listing", "NoDataDirectory", "QnplanError",
    "UnknownCategory", "UnknownIndicator", "UnknownName", "UnknownScope", "UnknownSource",
    "UnknownYear", "UsageError", "__version__", "extract", "load", "records", "to_pandas",
    "validate",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        # importlib.metadata costs ~50 ms at start-up: read the version only when asked.
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("qnplan")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'qnplan' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # once found, an ordinary attribute
    return value


def __dir__() -> list[str]:
    return __all__


class _Package(types.ModuleType):
    """`qnplan.extract` is the API's function although a subpackage has the same name: the
    import system sets each subpackage as an attribute of its parent, which here is kept in
    sys.modules only (`from qnplan.extract import ...` still finds it there)."""

    @property
    def extract(self) -> Any:
        from qnplan.api import extract

        return extract

    @extract.setter
    def extract(self, package: Any) -> None:
        pass


sys.modules[__name__].__class__ = _Package
