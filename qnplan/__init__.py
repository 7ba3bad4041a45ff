"""qnplan: a province's plan targets and reported results, compared and cited."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("qnplan")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0+unknown"
