"""qnplan: a province's plan targets and reported results, compared and cited."""

from typing import Any


def __getattr__(name: str) -> Any:
    # importlib.metadata costs ~50 ms at start-up: read the version only when asked.
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("qnplan")
        except PackageNotFoundError:  # a source tree that was never installed
            return "0+unknown"
    raise AttributeError(name)
