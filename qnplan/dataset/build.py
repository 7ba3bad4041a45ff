"""A data directory -> Dataset, with every problem found on the way (never raises for bad data)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from qnplan.dataset import checks as v
from qnplan.dataset import plausibility
from qnplan.dataset.files import Refused, decode_utf8, inside, named_path, read_capped, regular_file
from qnplan.dataset.paths import BUNDLED as BUNDLED  # re-exported: callers import it from here
from qnplan.dataset.paths import data_root as data_root
from qnplan.dataset.plan_files import load_plan_file, plan_files
from qnplan.dataset.quotes import SourceText, check_quote, check_quote_written
from qnplan.dataset.settings import read_settings
from qnplan.dataset.strict_yaml import INVALID, LoadedFile, PathKey, load_yaml
from qnplan.message import msg
from qnplan.model import (
    ID_PATTERN,
    SOURCE_ID_PATTERN,
    ActualSpec,
    Dataset,
    Indicator,
    IndicatorSpec,
    Issue,
    PlanTarget,
    PlanTargetSpec,
    Result,
    Source,
    SourceSpec,
    Target,
    TargetSpec,
)
from qnplan.numbers import show
from qnplan.provinces import DEFAULT_PROVINCE
from qnplan.units import convert

E = TypeVar("E", Target, Result)
_YEAR_FILE = re.compile(r"^\d{4}$")
MIN_YEAR, MAX_YEAR = 1950, 2100  # a plan year outside these is a typo


def display_path(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    try:
        rel = os.path.relpath(path)
    except ValueError:
        return str(path)
    return str(path) if rel.startswith("..") else rel


class _Builder:
    def __init__(self, root: Path, check_quotes: bool) -> None:
        self.root = root
        self.real_root = root.resolve()  # the bundled data folder is itself a symlink
        self.check_quotes = check_quotes
        self.quotes_checked = 0
        self.positions: dict[tuple[str, int], tuple[int | None, int | None]] = {}
        self.year_paths: dict[tuple[str, int], Path] = {}
        self.issues: list[Issue] = []
        self.indicators: dict[str, Indicator] = {}
        self.aliases: dict[tuple[str, str | None], str] = {}  # (alias, dimension) -> id
        self.sources: dict[str, Source] = {}
        self.source_texts: dict[str, SourceText | None] = {}
        self.known_indicators = v.Suggester(self.indicators)
        self.known_sources = v.Suggester(self.sources)
        self.province = DEFAULT_PROVINCE  # the scope of an entry that names none

    def load(self, path: Path) -> LoadedFile:
        """Parse a data file, unless it is a symlink leading out of the data directory."""
        display = display_path(path)
        try:
            real = inside(self.real_root, path)
        except Refused as exc:
            loaded = LoadedFile(display)
            loaded.issues.append(Issue(display, None, None, "error", exc.code,
                                       msg("y.file_refused", why=exc.message, advice="")))
            return loaded
        return load_yaml(real, display)

    def finish(self, loaded: LoadedFile) -> None:
        self.issues.extend(sorted(loaded.issues, key=lambda i: (i.line or 0, i.column or 0)))

    def top(self, loaded: LoadedFile, key: str, kind: type) -> Any:
        data = loaded.data
        if data is None:
            return None
        if not isinstance(data, dict) or key not in data:
            loaded.issue((), "wrong-type", msg("d.no_section", key=key))
            return None
        section = data[key]
        if section is INVALID:
            return None
        if not isinstance(section, kind):
            what = msg("type.entries_plain" if kind is list else "type.id_mapping")
            loaded.issue((key,), "wrong-type", msg("d.section_type", key=key, what=what))
            return None
        return section

    def registry_indicators(self, path: Path) -> None:
        loaded = self.load(path)
        section = self.top(loaded, "indicators", dict)
        for order, (ind_id, raw) in enumerate((section or {}).items()):
            key = ("indicators", ind_id)
            self.known_indicators.declared.add(ind_id)
            if not re.match(ID_PATTERN, ind_id):
                loaded.issue(key, "bad-id", msg("d.bad_indicator_id", id=repr(ind_id)))
                continue
            spec = v.convert_entry(loaded, key, raw, IndicatorSpec)
            if spec is None:
                continue
            unit = v.unit_code(loaded, (*key, "unit"), spec.unit)
            if spec.unit is not None and unit is None:
                continue
            if unit is None and spec.kind != "qualitative":
                loaded.issue((*key, "unit"), "missing-field",
                             msg("d.indicator_unit", id=repr(ind_id)))
                continue
            v.check_aliases(loaded, key, [spec.name.vi], unit, self.aliases)  # names count too
            aliases = v.check_aliases(loaded, key, spec.aliases, unit, self.aliases)
            self.indicators[ind_id] = Indicator(ind_id, spec.name.en, spec.name.vi, spec.category,
                                                unit, spec.kind, spec.better, order,
                                                (spec.name.vi, *aliases))
        self.finish(loaded)

    def registry_sources(self, path: Path) -> None:
        loaded = self.load(path)
        data = loaded.data
        # `sources:` with nothing under it: a new folder's empty registry (qnplan init)
        empty = isinstance(data, dict) and "sources" in data and data["sources"] is None
        section = None if empty else self.top(loaded, "sources", dict)
        for src_id, raw in (section or {}).items():
            key = ("sources", src_id)
            self.known_sources.declared.add(src_id)
            if not re.match(SOURCE_ID_PATTERN, str(src_id)):
                loaded.issue(key, "bad-id", msg("d.bad_source_id", id=repr(src_id)))
                continue
            spec = v.convert_entry(loaded, key, raw, SourceSpec)
            if spec is None:
                continue
            self.sources[src_id] = Source(src_id, spec.type, spec.title, spec.issuer, spec.date,
                                          spec.number, spec.url, spec.text, spec.plan_for)
            if self.check_quotes:
                plausibility.check_issuer(loaded, key, spec.issuer)
            if spec.text is not None:
                self.source_texts[src_id] = self.read_source_text(loaded, (*key, "text"),
                                                                  spec.text)
        self.finish(loaded)

    def read_source_text(self, loaded: LoadedFile, key: PathKey,
                         name: str) -> SourceText | None:
        """A source's text, read only when quotes are checked and only from a regular file
        inside the data directory; any other case is reported at the source's `text:`."""
        try:
            path = named_path(self.real_root, name)
            if not path.exists():
                loaded.issue(key, "missing-text", msg("d.missing_text", name=repr(name)))
                return None
            if not self.check_quotes:
                regular_file(path)
                return None
            return SourceText(decode_utf8(read_capped(path)))
        except Refused as exc:
            where = msg("d.at_line", line=exc.line) if exc.line else ""
            loaded.issue(key, exc.code, msg("d.text_refused", name=repr(name), where=where,
                                           why=exc.message))
            return None

    def source_text(self, src_id: str) -> SourceText | None:
        return self.source_texts.get(src_id)

    def year_file(self, path: Path, section_name: str) -> tuple[LoadedFile, int | None, list[Any]]:
        loaded = self.load(path)
        section = self.top(loaded, section_name, list)
        data = loaded.data if isinstance(loaded.data, dict) else None
        year = data.get("year") if data is not None else None
        if data is not None:
            for name in sorted(set(data) - {"year", section_name}):
                loaded.issue((name,), "unknown-field", msg("d.unknown_top", name=repr(name)))
            if year is INVALID:
                year = None
            elif not isinstance(year, int) or isinstance(year, bool):
                loaded.issue(("year",), "wrong-type", msg("d.year_type"))
                year = None
            elif not MIN_YEAR <= year <= MAX_YEAR:
                loaded.issue(("year",), "implausible-year", msg(
                    "d.year_range", year=show(year), low=MIN_YEAR, high=MAX_YEAR))
                year = None
        named = self.file_year(loaded, path, section_name)
        if named is None:
            year = None
        elif year is not None and year != named:
            loaded.issue(("year",), "year-mismatch",
                         msg("d.year_mismatch", year=year, name=path.name))
            year = None
        return loaded, year, section or []

    def file_year(self, loaded: LoadedFile, path: Path, kind: str) -> int | None:
        """The year a file's name gives, if it is the one file for it, spelled YEAR.yaml."""
        if not _YEAR_FILE.match(path.stem):
            loaded.issue((), "file-name", msg("d.file_year", name=repr(path.name)))
            return None
        year = int(path.stem)
        if not MIN_YEAR <= year <= MAX_YEAR:
            loaded.issue((), "implausible-year", msg(
                "d.file_year_range", name=repr(path.name), low=MIN_YEAR, high=MAX_YEAR))
            return None
        first = self.year_paths.setdefault((kind, year), path)
        if first != path:
            loaded.issue((), "duplicate-year", msg(
                "d.duplicate_year", kind=kind, year=year, first=display_path(first)))
            return None
        if path.suffix != ".yaml":
            loaded.issue((), "file-name", msg("d.file_suffix", name=repr(path.name), year=year))
            return None
        return year

    def common(self, loaded: LoadedFile, key: tuple[Any, ...], raw: Any, spec_type: type,
               ) -> tuple[Any, Indicator, v.Amounts] | None:
        """An entry's fields, types and references, each problem reported (one does not hide
        another); the spec and its indicator when all is well."""
        if not isinstance(raw, dict):
            loaded.issue(key, "wrong-type", msg("d.entry_mapping"))
            return None
        raw = v.nfc_names(raw)
        if "scope" not in raw:
            raw = {**raw, "scope": self.province}
        op_ok = spec_type not in (TargetSpec, PlanTargetSpec) or v.check_op(loaded, key, raw)
        # A bad op is reported; a stand-in lets the other fields still be checked.
        spec = v.convert_entry(loaded, key, raw if op_ok else {**raw, "op": ">"}, spec_type)
        ok = v.check_reference(loaded, key, raw.get("indicator"), raw.get("source"),
                               self.known_indicators, self.known_sources)
        if spec is None or not op_ok:
            return None
        # a plan-period target has no part-year `period`: its period is its file's
        ok = v.check_period_scope(loaded, key, getattr(spec, "period", "FY"), spec.scope) and ok
        ok = check_quote_written(loaded, key, spec.quote) and ok
        amounts = v.read_amounts(loaded, key, spec)
        if not ok or amounts is None:
            return None
        return spec, self.indicators[spec.indicator], amounts

    def entries(self, path: Path, section: str, spec_type: type, build: Callable[..., E | None],
                ) -> tuple[int | None, list[E]]:
        """Every valid entry of a year file, each checked, converted and built; one per
        (indicator, scope, period, source)."""
        loaded, year, entries = self.year_file(path, section)
        out: list[E] = []
        seen: set[tuple[Any, ...]] = set()
        for i, raw in enumerate(entries):
            key = (section, i)
            got = self.common(loaded, key, raw, spec_type)
            if got is None:
                continue
            spec, ind, amounts = got
            entry = build(loaded, key, spec, ind, amounts, year or 0, i)
            if entry is None:
                continue
            ident = (spec.indicator, spec.scope, spec.period, spec.source)
            if ident in seen:
                loaded.issue(key, "duplicate-entry", msg(
                    "d.duplicate_entry", indicator=spec.indicator, scope=spec.scope,
                    period=spec.period, source=repr(spec.source)))
                continue
            seen.add(ident)
            out.append(entry)
            self.positions[(loaded.path, i)] = loaded.where(key)
        self.finish(loaded)
        return year, out

    def target(self, loaded: LoadedFile, key: tuple[Any, ...], spec: TargetSpec | PlanTargetSpec,
               ind: Indicator, n: v.Amounts, year: int, order: int) -> Target | None:
        op = spec.op
        if op == "qualitative":
            if spec.text is None:
                loaded.issue(key, "missing-field", msg("d.qualitative_text"))
                return None
            extra = next((f for f in ("value", "min", "max") if getattr(n, f) is not None),
                         None)
            if extra is not None:
                loaded.issue((*key, extra), "op-fields", msg("d.qualitative_extra", extra=extra))
                return None
        elif op == "range":
            if n.min is None or n.max is None:
                loaded.issue(key, "missing-field", msg("d.range_needs"))
                return None
            if n.value is not None:
                loaded.issue((*key, "value"), "op-fields", msg("d.range_value"))
                return None
        elif n.value is None:
            loaded.issue(key, "missing-field", msg("d.needs_value", op=repr(op)))
            return None
        elif n.min is not None or n.max is not None:
            loaded.issue(key, "op-fields", msg("d.min_max_op", op=repr(op)))
            return None
        unit = None
        if op != "qualitative":
            unit = v.check_unit(loaded, key, spec.unit, ind)
            if unit is None:
                return None
            numbers = {"value": n.value, "min": n.min, "max": n.max}
            if not v.check_numbers(loaded, key, numbers, unit, ind):
                return None
            if n.min is not None and n.max is not None and n.min > n.max:
                loaded.issue((*key, "min"), "op-fields",
                             msg("d.min_over_max", min=show(n.min), max=show(n.max)))
                return None
        tolerance = 0.05 if spec.tolerance is None else spec.tolerance
        if not 0 <= tolerance < 1:  # also refuses NaN
            loaded.issue((*key, "tolerance"), "invalid-value", msg("d.tolerance"))
            return None
        if self.check_quotes:
            stated = [float(x) for x in (n.value, n.min, n.max) if x is not None]
            self.quotes_checked += check_quote(loaded, key, spec.quote,
                                                 self.source_text(spec.source), spec.source,
                                                 stated, unit)
            if op not in ("qualitative", "range"):
                plausibility.check_op_wording(loaded, key, op, stated, spec.quote)
            if isinstance(spec, TargetSpec):
                plausibility.check_period_wording(loaded, key, spec.period, spec.quote)

        def canon(x: float | None) -> float | None:
            return None if x is None or unit is None or ind.unit is None else convert(
                float(x), unit, ind.unit)

        period = spec.period if isinstance(spec, TargetSpec) else "FY"
        return Target(year, spec.indicator, spec.scope, period, op, canon(n.value),
                      canon(n.min), canon(n.max), spec.text, float(tolerance), spec.source,
                      spec.quote, order, loaded.path)

    def result(self, loaded: LoadedFile, key: tuple[Any, ...], spec: ActualSpec,
               ind: Indicator, n: v.Amounts, year: int, order: int) -> Result | None:
        value: float | None = None
        unit: str | None = None
        if n.value is None and spec.met is None:
            loaded.issue(key, "missing-field", msg("d.result_needs"))
            return None
        if n.value is not None:
            unit = v.check_unit(loaded, key, spec.unit, ind)
            if unit is None or not v.check_numbers(loaded, key, {"value": n.value}, unit, ind):
                return None
            value = convert(float(n.value), unit, ind.unit) if ind.unit else None
        if self.check_quotes:
            stated = [float(n.value)] if n.value is not None else []
            self.quotes_checked += check_quote(loaded, key, spec.quote,
                                                 self.source_text(spec.source), spec.source,
                                                 stated, unit)
            plausibility.check_period_wording(loaded, key, spec.period, spec.quote)
        return Result(year, spec.indicator, spec.scope, spec.period, value, spec.met, spec.text,
                      spec.bound, spec.status, spec.source, spec.quote, order, loaded.path)


def year_files(root: Path, kind: str) -> list[Path]:
    """The YAML files of targets/ or actuals/, however their extension is spelled (2023.yml,
    2023.YAML are reported, not ignored), each YEAR.yaml before its other spellings."""
    folder = root / kind
    if not folder.is_dir():
        return []
    found = [p for p in folder.iterdir() if p.suffix.lower() in (".yaml", ".yml")]
    return sorted(found, key=lambda p: (p.stem, p.suffix != ".yaml", p.name))


def load_registries(root: Path) -> tuple[dict[str, Indicator], dict[str, Source], list[Issue]]:
    """Only indicators.yaml and sources.yaml (what `extract` needs), with their problems."""
    b = _Builder(root, check_quotes=False)
    for name, method in (("indicators.yaml", b.registry_indicators),
                         ("sources.yaml", b.registry_sources)):
        path = root / name
        if path.is_file():
            method(path)
    return b.indicators, b.sources, b.issues


def load_dataset(root: Path, *, check_quotes: bool = False,
                 only: list[Path] | None = None) -> tuple[Dataset, list[Issue]]:
    """Load every file of a data directory (or, with `only`, check just those files)."""
    b = _Builder(root, check_quotes)
    b.province = read_settings(b, root)
    for name, method in (("indicators.yaml", b.registry_indicators),
                         ("sources.yaml", b.registry_sources)):
        path = root / name
        if os.path.lexists(path):
            method(path)
        else:
            b.issues.append(Issue(display_path(path), None, None, "error", "missing-file",
                                  msg("d.missing_file", name=name)))
    targets: dict[int, list[Target]] = {}
    actuals: dict[int, list[Result]] = {}
    wanted = {p.resolve() for p in only} if only is not None else None

    def chosen(kind: str) -> list[Path]:
        return [p for p in year_files(root, kind) if wanted is None or p.resolve() in wanted]

    for path in chosen("targets"):
        year, target_list = b.entries(path, "targets", TargetSpec, b.target)
        if year is not None:
            targets.setdefault(year, []).extend(target_list)
    for path in chosen("actuals"):
        year, result_list = b.entries(path, "actuals", ActualSpec, b.result)
        if year is not None:
            actuals.setdefault(year, []).extend(result_list)
    plans: dict[str, list[PlanTarget]] = {}
    for path in [p for p in plan_files(root) if wanted is None or p.resolve() in wanted]:
        period, plan_targets = load_plan_file(b, path)
        if period is not None:
            plans[period] = plan_targets
    if check_quotes and not any(i.severity == "error" for i in b.issues):
        # figures compared across files once every file is valid (a wrong registry unit
        # would make every figure look off)
        b.issues.extend(plausibility.check_magnitudes(
            targets, actuals, b.indicators, lambda e: b.positions.get((e.path, e.order),
                                                                      (None, None))))
    issues = b.issues
    if wanted is not None:
        shown = {display_path(p) for p in wanted}
        issues = [i for i in issues if i.path in shown or (i.severity == "error"
                  and Path(i.path).name in ("indicators.yaml", "sources.yaml", "settings.yaml"))]
    dataset = Dataset(str(root), b.indicators, b.sources, targets, actuals, b.quotes_checked,
                      plans, b.province)
    return dataset, issues
