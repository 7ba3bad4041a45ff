"""The library's front door: load a data directory and ask it questions.

    ds = qnplan.load()                   # the bundled dataset
    rows = ds.compare(2023, 2024)        # a Listing of CompareRow

Nothing here prints, reads the environment or changes the interpreter: no cache unless asked
for, the garbage collector left as it was. Errors are typed (qnplan.errors) with fields."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import TYPE_CHECKING

from qnplan.errors import InvalidData, NoDataDirectory
from qnplan.listing import Listing

if TYPE_CHECKING:
    from qnplan.analysis.plans import PlanRow
    from qnplan.analysis.rows import CompareRow, ConflictRow, Filters, ResultRow, StatusRow
    from qnplan.analysis.trend import IndicatorTrend
    from qnplan.extract.statements import Statement
    from qnplan.model import Dataset as Data
    from qnplan.model import Indicator, Issue, Result, Source, Target

PathLike = str | os.PathLike[str]


def _root(data: PathLike | None) -> Path:
    from qnplan.dataset.paths import BUNDLED
    from qnplan.message import msg

    root = BUNDLED if data is None else Path(data)
    if not root.is_dir():
        raise NoDataDirectory(str(root), msg("err.no_data_dir", path=repr(str(root))))
    return root


def load(data: PathLike | None = None, *, cache: bool = False) -> Dataset:
    """Load a data directory (default: the bundled dataset). Raises InvalidData, whose
    `issues` lists every problem, when it has errors; its warnings are on `Dataset.issues`.
    `cache=True` uses the CLI's parsed-data cache (~/.cache/qnplan)."""
    from qnplan.message import msg

    root = _root(data)
    if cache:
        from qnplan.dataset import cache as parsed

        ds, issues = parsed.load(root)
    else:
        from qnplan.dataset.build import load_dataset

        ds, issues = load_dataset(root)
    errors = [i for i in issues if i.severity == "error"]
    if errors:
        raise InvalidData(msg("err.data_problems", problems=msg("count.problem", n=len(errors)),
                              more=""), issues)
    return Dataset(ds, issues)


def validate(path: PathLike | None = None) -> list[Issue]:
    """Every problem in a data directory, or in one data file of it (quotes checked against
    the source texts); an empty list when it is valid. Never raises for bad data."""
    from qnplan.dataset.build import load_dataset

    p = _root(None) if path is None else Path(path)
    if p.is_file():
        parent = p.parent
        root = parent.parent if parent.name in ("targets", "actuals", "plans") else parent
        return load_dataset(root, check_quotes=True, only=[p])[1]
    return load_dataset(_root(p), check_quotes=True)[1]


def extract(text: str, *, date: dt.date | None = None,
            data: PathLike | None = None) -> list[Statement]:
    """The quantitative statements of a document's text (targets and results, each with its
    quote), against the indicators of a data directory (default: the bundled one)."""
    from qnplan.extract.statements import extract as find

    ds = load(data)
    return find(text, ds.indicators, date, ds.province)[2]


class Dataset:
    """A loaded data directory: its registries and entries, and the questions the CLI asks.

    Every question returns a Listing (a list of the CLI's row types); `lang` is the language
    of names in its table and records ("en" or "vi")."""

    def __init__(self, data: Data, issues: list[Issue] | None = None) -> None:
        self.data = data
        self.issues = issues or []  # warnings found while loading

    def __repr__(self) -> str:
        return (f"<qnplan.Dataset {self.root!r}: {len(self.indicators)} indicators, "
                f"years {self.years()}>")

    @property
    def root(self) -> str:
        """The data directory."""
        return self.data.root

    @property
    def indicators(self) -> dict[str, Indicator]:
        """The indicator registry, by id."""
        return self.data.indicators

    @property
    def sources(self) -> dict[str, Source]:
        """The cited documents, by id."""
        return self.data.sources

    @property
    def targets(self) -> dict[int, list[Target]]:
        """Every target entry, by year."""
        return self.data.targets

    @property
    def actuals(self) -> dict[int, list[Result]]:
        """Every reported result, by year."""
        return self.data.actuals

    def years(self) -> list[int]:
        """The years that have targets."""
        return self.data.years()

    @property
    def province(self) -> str:
        """The folder's province (settings.yaml): the default scope of every question."""
        return self.data.province

    def _filters(self, scope: str | None, category: str | None, source: str | None) -> Filters:
        from qnplan.analysis.rows import Filters

        return Filters(scope or self.province, category, source)

    def compare(self, year_a: int, year_b: int, *, scope: str | None = None,
                category: str | None = None, source: str | None = None,
                lang: str = "en") -> Listing[CompareRow]:
        """Year A's targets against year B's, each with A's status (DESIGN §4)."""
        from qnplan.analysis.rows import compare_rows, summarize_compare
        from qnplan.render.columns import compare_table

        rows = compare_rows(self.data, year_a, year_b, self._filters(scope, category, source))
        return Listing(rows, lambda lg: compare_table(rows, (year_a, year_b), lg,
                                                      summarize_compare(rows), self.province),
                       lang)

    def status(self, year: int, *, scope: str | None = None, category: str | None = None,
               source: str | None = None, lang: str = "en") -> Listing[StatusRow]:
        """Every target of `year` against its latest result."""
        from qnplan.analysis.rows import status_rows, summarize_status, untargeted_results
        from qnplan.render.columns import status_table

        filters = self._filters(scope, category, source)
        rows = status_rows(self.data, year, filters)
        others = len(untargeted_results(self.data, year, filters))
        return Listing(rows, lambda lg: status_table(rows, year, lg, summarize_status(rows),
                                                     others, filters.scope, self.province),
                       lang)

    def results(self, year: int, *, scope: str | None = None, category: str | None = None,
                source: str | None = None, lang: str = "en") -> Listing[ResultRow]:
        """Every result reported for `year`, with or without a target."""
        from qnplan.analysis.rows import result_rows
        from qnplan.render.columns import results_table

        rows = result_rows(self.data, year, self._filters(scope, category, source))
        return Listing(rows, lambda lg: results_table(rows, year, lg, self.province), lang)

    def conflicts(self, year: int | None = None, *, scope: str = "all",
                  category: str | None = None, source: str | None = None,
                  lang: str = "en") -> Listing[ConflictRow]:
        """Every disagreement between sources, for one year or all (every scope by default)."""
        from qnplan.analysis.rows import conflict_rows
        from qnplan.render.columns import conflicts_table

        rows = conflict_rows(self.data, year, self._filters(scope, category, source))
        return Listing(rows, lambda lg: conflicts_table(rows, lg, self.province), lang)

    def trend(self, indicators: list[str] | None = None, *, year_from: int | None = None,
              year_to: int | None = None, scope: str | None = None, source: str | None = None,
              lang: str = "en") -> Listing[IndicatorTrend]:
        """Each year's target and result per indicator, and the progress verdict (DESIGN §8)."""
        from qnplan.analysis.trend import build_trend
        from qnplan.render.trend_table import trend_table

        filters = self._filters(scope, None, source)
        rows = build_trend(self.data, indicators=indicators, year_from=year_from,
                           year_to=year_to, scope=filters.scope, source=source)
        return Listing(rows, lambda lg: trend_table(rows, lg, self.province), lang)

    def periods(self) -> list[tuple[int, int]]:
        """The plan periods the folder has (plans/FROM-TO.yaml), as (FROM, TO)."""
        from qnplan.analysis.plans import periods

        return periods(self.data)

    def plan(self, period: str | tuple[int, int], *, scope: str | None = None,
             source: str | None = None, lang: str = "en") -> Listing[PlanRow]:
        """A plan period's targets ("2021-2025" or (2021, 2025)) with their progress and
        verdict (DESIGN §9)."""
        from qnplan.analysis.plans import check_period, plan_rows
        from qnplan.render.plans import plan_table

        span = check_period(self.data, period)
        rows = plan_rows(self.data, span, scope, source)
        return Listing(rows, lambda lg: plan_table(rows, span, lg, self.province), lang)
