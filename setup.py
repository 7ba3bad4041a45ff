"""Build hooks: refuse to build qnplan without its bundled dataset, and compile its message
catalogues (.po -> .mo) into the build (the rest: pyproject.toml)."""

from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py
from setuptools.errors import FileError

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
LOCALE = HERE / "qnplan" / "i18n" / "locale"
# What `qnplan compare 2023 2024` and `qnplan validate` need from a fresh install.
REQUIRED = ("indicators.yaml", "sources.yaml", "targets/*.yaml", "actuals/*.yaml",
            "plans/*.yaml", "sources/*.txt")


class BuildWithData(build_py):
    """build_py that fails loudly, instead of shipping a wheel with no dataset, and that
    compiles every qnplan.po into the qnplan.mo qnplan reads (the .mo is not in git)."""

    def run(self) -> None:
        missing = [pattern for pattern in REQUIRED if not any(DATA.glob(pattern))]
        if missing:
            raise FileError(f"the bundled dataset is incomplete: no data/{', data/'.join(missing)} "
                            f"in {DATA}; build from a full checkout of the repository")
        super().run()
        self._compile_catalogues()

    def _compile_catalogues(self) -> None:
        from babel.messages.mofile import write_mo
        from babel.messages.pofile import read_po

        for po in sorted(LOCALE.glob("*/LC_MESSAGES/*.po")):
            target = Path(self.build_lib) / po.relative_to(HERE).with_suffix(".mo")
            target.parent.mkdir(parents=True, exist_ok=True)
            with po.open("rb") as f:
                catalog = read_po(f)
            with target.open("wb") as f:
                write_mo(f, catalog)


setup(cmdclass={"build_py": BuildWithData})
