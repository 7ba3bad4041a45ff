"""Build hook: refuse to build qnplan without its bundled dataset (the rest: pyproject.toml)."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import FileError

DATA = Path(__file__).resolve().parent / "data"
# What `qnplan compare 2023 2024` and `qnplan validate` need from a fresh install.
REQUIRED = ("indicators.yaml", "sources.yaml", "targets/*.yaml", "actuals/*.yaml",
            "plans/*.yaml", "sources/*.txt")


class BuildWithData(build_py):
    """build_py that fails loudly, instead of shipping a wheel with no dataset."""

    def run(self) -> None:
        missing = [pattern for pattern in REQUIRED if not any(DATA.glob(pattern))]
        if missing:
            raise FileError(f"the bundled dataset is incomplete: no data/{', data/'.join(missing)} "
                            f"in {DATA}; build from a full checkout of the repository")
        super().run()


setup(cmdclass={"build_py": BuildWithData})
