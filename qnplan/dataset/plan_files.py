"""Plan-period files, data/plans/FROM-TO.yaml (DESIGN §9): the period from the file name and
its `period:` field, and each target checked by the same rules as a yearly one, plus the
basis and the optional cited baseline."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from qnplan.dataset import checks as v
from qnplan.dataset.entries import build_target, check_entry
from qnplan.dataset.quotes import check_quote, check_quote_written
from qnplan.dataset.reading import Reading, display_path, top_section
from qnplan.dataset.strict_yaml import INVALID, LoadedFile, PathKey
from qnplan.dataset.year_files import MAX_YEAR, MIN_YEAR
from qnplan.message import msg
from qnplan.model import (
    Baseline,
    BaselineSpec,
    Indicator,
    PlanTarget,
    PlanTargetSpec,
    period_name,
)
from qnplan.units import convert

FOLDER = "plans"
PERIOD_NAME = re.compile(r"^(\d{4})-(\d{4})$")  # a plans file's stem: FROM-TO
MIN_YEARS, MAX_YEARS = 2, 10  # a plan period spans 2 to 10 years, both ends counted
# The bases a kind of indicator admits (DESIGN §9): a sum only of flows; an average of any
# numeric indicator; the end level and every year's figure of anything.
BASES_FOR_KIND = {"flow": ("average", "end", "total", "each_year"),
                  "level": ("average", "end", "each_year"),
                  "growth": ("average", "end", "each_year"),
                  "qualitative": ("end", "each_year")}


def plan_files(root: Path) -> list[Path]:
    """The YAML files of plans/ (however their extension is spelled), FROM-TO.yaml first."""
    folder = root / FOLDER
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml")]
    return sorted(found, key=lambda p: (p.stem, p.suffix != ".yaml", p.name))


def load_plan_file(r: Reading, path: Path) -> tuple[str | None, list[PlanTarget]]:
    """The period a plans file is for (None if its name or `period:` is wrong) and its valid
    targets, every problem reported where it stands."""
    loaded = r.load(path)
    section = top_section(loaded, "targets", list)
    named = _named_period(r, loaded, path)
    data = loaded.data if isinstance(loaded.data, dict) else None
    period = named
    if data is not None:
        for name in sorted(set(data) - {"period", "targets"}):
            loaded.issue((name,), "unknown-field", msg("d.unknown_top", name=repr(name)))
        stated = _stated_period(loaded, data)
        if stated is None:
            period = None
        elif named is not None and stated != named:
            loaded.issue(("period",), "period-mismatch", msg(
                "d.plan_period_mismatch", start=stated[0], end=stated[1], name=path.name))
            period = None
    start, end = period or (0, 0)
    out: list[PlanTarget] = []
    seen: set[tuple[str, str, str, str]] = set()
    for i, raw in enumerate(section or []):
        key = ("targets", i)
        target = _entry(r, loaded, key, raw, start, end, i)
        if target is None:
            continue
        ident = (target.indicator, target.scope, target.basis, target.source)
        if ident in seen:
            loaded.issue(key, "duplicate-entry", msg(
                "d.plan_duplicate_entry", indicator=target.indicator, scope=target.scope,
                basis=target.basis, source=repr(target.source)))
            continue
        seen.add(ident)
        out.append(target)
    r.finish(loaded)
    return (period_name(*period) if period is not None else None), out


def _named_period(r: Reading, loaded: LoadedFile, path: Path) -> tuple[int, int] | None:
    """The period a file's name gives, if it is the one file for it, spelled FROM-TO.yaml."""
    m = PERIOD_NAME.match(path.stem)
    if not m:
        loaded.issue((), "file-name", msg("d.plan_file_name", name=repr(path.name)))
        return None
    start, end = int(m.group(1)), int(m.group(2))
    if not (MIN_YEAR <= start <= MAX_YEAR and MIN_YEAR <= end <= MAX_YEAR):
        loaded.issue((), "implausible-year", msg(
            "d.file_year_range", name=repr(path.name), low=MIN_YEAR, high=MAX_YEAR))
        return None
    if not MIN_YEARS <= end - start + 1 <= MAX_YEARS:
        loaded.issue((), "period-length", msg(
            "d.plan_period_length", name=repr(path.name), years=end - start + 1,
            low=MIN_YEARS, high=MAX_YEARS))
        return None
    first = r.year_paths.setdefault((FOLDER, start * 10_000 + end), path)
    if first != path:
        loaded.issue((), "duplicate-period", msg(
            "d.plan_duplicate_file", period=period_name(start, end), first=display_path(first)))
        return None
    if path.suffix != ".yaml":
        loaded.issue((), "file-name", msg("d.file_suffix", name=repr(path.name),
                                         year=period_name(start, end)))
        return None
    return start, end


def _stated_period(loaded: LoadedFile, data: dict[str, Any]) -> tuple[int, int] | None:
    """The file's `period: [FROM, TO]`, or None after reporting what is wrong with it."""
    if "period" not in data:
        loaded.issue((), "missing-field", msg("d.plan_period_missing"))
        return None
    stated = data["period"]
    if stated is INVALID:
        return None
    if not (isinstance(stated, list) and len(stated) == 2 and all(
            isinstance(y, int) and not isinstance(y, bool) for y in stated)):
        loaded.issue(("period",), "wrong-type", msg("d.plan_period_type"))
        return None
    return stated[0], stated[1]


def _entry(r: Reading, loaded: LoadedFile, key: PathKey, raw: Any, start: int, end: int,
           order: int) -> PlanTarget | None:
    got = check_entry(r, loaded, key, raw, PlanTargetSpec)
    if got is None:
        return None
    spec, ind, amounts = got
    fits = BASES_FOR_KIND[ind.kind]
    if spec.op == "qualitative":
        fits = tuple(x for x in fits if x in BASES_FOR_KIND["qualitative"])
    if spec.basis not in fits:
        loaded.issue((*key, "basis"), "basis-kind", msg(
            "d.plan_basis_kind", basis=spec.basis, id=ind.id,
            kind=ind.kind if spec.op != "qualitative" else "qualitative", fits=", ".join(fits)))
        return None
    target = build_target(r, loaded, key, spec, ind, amounts, end, order)
    if target is None:
        return None
    baseline = None
    if spec.baseline is not None:
        baseline = _baseline(r, loaded, (*key, "baseline"), spec.baseline, ind, start)
        if baseline is None:
            return None
    return PlanTarget(start, end, target.indicator, target.scope, spec.basis, target.op,
                      target.value, target.min, target.max, target.text, target.tolerance,
                      target.source, target.quote, baseline, order, loaded.path)


def _baseline(r: Reading, loaded: LoadedFile, key: PathKey, spec: BaselineSpec,
              ind: Indicator, start: int) -> Baseline | None:
    """A baseline is a cited figure like any other: source, quote, unit and value checked,
    and its year no later than the period's first."""
    ok = v.check_reference(loaded, key, ind.id, spec.source, r.known_indicators,
                           r.known_sources)
    ok = check_quote_written(loaded, key, spec.quote) and ok
    if start and not MIN_YEAR <= spec.year <= start:
        loaded.issue((*key, "year"), "baseline-year", msg(
            "d.plan_baseline_year", year=spec.year, start=start))
        ok = False
    amounts = v.read_amounts(loaded, key, spec)
    unit = v.check_unit(loaded, key, spec.unit, ind)
    if amounts is None or amounts.value is None or unit is None or not ok:
        return None
    if not v.check_numbers(loaded, key, {"value": amounts.value}, unit, ind):
        return None
    if r.check_quotes:
        r.quotes_checked += check_quote(loaded, key, spec.quote, r.source_text(spec.source),
                                        spec.source, [float(amounts.value)], unit)
    value = convert(float(amounts.value), unit, str(ind.unit))
    return Baseline(spec.year, value, spec.source, spec.quote)

