"""A data directory -> Dataset, with every problem found on the way (never raises for bad data).

The passes, in order: settings.yaml, the registries, the year files, the plan files, and,
when every file is valid and quotes are checked, the figures compared across files."""

from __future__ import annotations

import os
from pathlib import Path

from qnplan.dataset import plausibility
from qnplan.dataset.entries import build_result, build_target
from qnplan.dataset.plan_files import load_plan_file, plan_files
from qnplan.dataset.reading import Reading, display_path
from qnplan.dataset.registries import read_indicators, read_sources
from qnplan.dataset.settings import read_settings
from qnplan.dataset.year_files import read_year_file, year_files
from qnplan.message import msg
from qnplan.model import (
    ActualSpec,
    Dataset,
    Indicator,
    Issue,
    PlanTarget,
    Result,
    Source,
    Target,
    TargetSpec,
)

_REGISTRIES = (("indicators.yaml", read_indicators), ("sources.yaml", read_sources))


def load_registries(root: Path) -> tuple[dict[str, Indicator], dict[str, Source], list[Issue]]:
    """Only indicators.yaml and sources.yaml (what `extract` needs), with their problems."""
    r = Reading(root, check_quotes=False)
    for name, read in _REGISTRIES:
        path = root / name
        if path.is_file():
            read(r, path)
    return r.indicators, r.sources, r.issues


def load_dataset(root: Path, *, check_quotes: bool = False,
                 only: list[Path] | None = None) -> tuple[Dataset, list[Issue]]:
    """Load every file of a data directory (or, with `only`, check just those files)."""
    r = Reading(root, check_quotes)
    r.province = read_settings(r, root)
    for name, read in _REGISTRIES:
        path = root / name
        if os.path.lexists(path):
            read(r, path)
        else:
            r.issues.append(Issue(display_path(path), None, None, "error", "missing-file",
                                  msg("d.missing_file", name=name)))
    targets: dict[int, list[Target]] = {}
    actuals: dict[int, list[Result]] = {}
    wanted = {p.resolve() for p in only} if only is not None else None

    def chosen(kind: str) -> list[Path]:
        return [p for p in year_files(root, kind) if wanted is None or p.resolve() in wanted]

    for path in chosen("targets"):
        year, target_list = read_year_file(r, path, "targets", TargetSpec, build_target)
        if year is not None:
            targets.setdefault(year, []).extend(target_list)
    for path in chosen("actuals"):
        year, result_list = read_year_file(r, path, "actuals", ActualSpec, build_result)
        if year is not None:
            actuals.setdefault(year, []).extend(result_list)
    plans: dict[str, list[PlanTarget]] = {}
    for path in [p for p in plan_files(root) if wanted is None or p.resolve() in wanted]:
        period, plan_targets = load_plan_file(r, path)
        if period is not None:
            plans[period] = plan_targets
    if check_quotes and not any(i.severity == "error" for i in r.issues):
        # figures compared across files once every file is valid (a wrong registry unit
        # would make every figure look off)
        r.issues.extend(plausibility.check_magnitudes(
            targets, actuals, r.indicators, lambda e: r.positions.get((e.path, e.order),
                                                                      (None, None))))
    issues = r.issues
    if wanted is not None:
        shown = {display_path(p) for p in wanted}
        issues = [i for i in issues if i.path in shown or (i.severity == "error"
                  and Path(i.path).name in ("indicators.yaml", "sources.yaml", "settings.yaml"))]
    dataset = Dataset(str(root), r.indicators, r.sources, targets, actuals, r.quotes_checked,
                      plans, r.province)
    return dataset, issues
