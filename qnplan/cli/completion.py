"""What shell completion offers: the years, indicators, scopes, sources and categories of a
data directory, each with a short help text. A missing folder completes nothing."""

from __future__ import annotations

from pathlib import Path

from qnplan.model import CATEGORIES, DEFAULT_SCOPE, Dataset

Choice = tuple[str, str]


def _root(option: str | None) -> Path | None:
    from qnplan.dataset.paths import data_root
    from qnplan.errors import QnplanError

    try:
        return data_root(option)
    except QnplanError:
        return None


def years(option: str | None, incomplete: str, kind: str = "targets") -> list[Choice]:
    """Years with a targets (or actuals) file: file names only, nothing is parsed."""
    from qnplan.dataset.year_files import year_files

    root = _root(option)
    if root is None:
        return []
    found = sorted({p.stem for p in year_files(root, kind) if p.stem.isdigit()})
    return [(y, kind) for y in found if y.startswith(incomplete)]


def periods(option: str | None, incomplete: str) -> list[Choice]:
    """Plan periods with a plans file (FROM-TO): file names only, nothing is parsed."""
    from qnplan.dataset.plan_files import PERIOD_NAME, plan_files

    root = _root(option)
    if root is None:
        return []
    found = sorted({p.stem for p in plan_files(root)
                    if p.suffix == ".yaml" and PERIOD_NAME.match(p.stem)})
    return [(p, "plan period") for p in found if p.startswith(incomplete)]


def _loaded(option: str | None) -> Dataset | None:
    from qnplan.dataset.build import load_dataset

    root = _root(option)
    return None if root is None else load_dataset(root)[0]


def indicators(option: str | None, incomplete: str) -> list[Choice]:
    """Every indicator id, with its English name."""
    ds = _loaded(option)
    if ds is None:
        return []
    return [(i.id, i.name_en) for i in ds.indicators.values() if i.id.startswith(incomplete)]


def scopes(option: str | None, incomplete: str) -> list[Choice]:
    """'all' and every scope that a target or a result names."""
    ds = _loaded(option)
    found = {DEFAULT_SCOPE if ds is None else ds.province}
    if ds is not None:
        found.update(t.scope for targets in ds.targets.values() for t in targets)
        found.update(r.scope for results in ds.actuals.values() for r in results)
        found.update(t.scope for targets in ds.plans.values() for t in targets)
    choices = [("all", "every scope")] + [(s, "") for s in sorted(found)]
    return [c for c in choices if c[0].startswith(incomplete)]


def sources(option: str | None, incomplete: str) -> list[Choice]:
    """Every source id, with its title."""
    ds = _loaded(option)
    if ds is None:
        return []
    return [(s.id, s.title) for s in ds.sources.values() if s.id.startswith(incomplete)]


def categories(incomplete: str) -> list[Choice]:
    """The indicator categories."""
    return [(c, "") for c in CATEGORIES if c.startswith(incomplete)]
