"""The data model: file shapes (msgspec Structs, which also give the JSON Schema) and the
resolved entries the core works on."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Literal

import msgspec

from qnplan.message import Message
from qnplan.provinces import PROVINCES

OPS = (">", ">=", "<", "<=", "~", "range", "qualitative")
CATEGORIES = ("economy", "society", "environment", "governance", "party")
KINDS = ("flow", "level", "growth", "qualitative")
SOURCE_TYPES = ("plan", "directive", "report", "statistics", "press")
RESULT_STATUSES = ("estimate", "reported", "final")
BOUNDS = ("lower", "upper", "approx")
PERIOD_PATTERN = r"^(FY|H1|Q[1-4]|([1-9]|1[01])M)$"
SCOPE_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
ID_PATTERN = r"^[a-z][a-z0-9_]*$"
SOURCE_ID_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
DEFAULT_SCOPE = "quang-ninh"  # the province of a folder without settings.yaml

# Strings are checked by qnplan's own validator (for friendly messages); these annotations
# only put the allowed values into the generated JSON Schema.
Op = Annotated[str, msgspec.Meta(extra_json_schema={"enum": list(OPS)})]
Unit = Annotated[str, msgspec.Meta(
    description="unit code or Vietnamese spelling, e.g. bn_usd or 'tỷ USD'")]
Period = Annotated[str, msgspec.Meta(extra_json_schema={"pattern": PERIOD_PATTERN})]
Scope = Annotated[str, msgspec.Meta(extra_json_schema={"pattern": SCOPE_PATTERN})]
Number = int | float
VI_NUMBER_PATTERN = r"^[+-]?[0-9]{1,3}(\.[0-9]{3})*(,[0-9]+)?$|^[+-]?[0-9]+(,[0-9]+)?$"
ViNumber = Annotated[str, msgspec.Meta(
    description="a number written the Vietnamese way: '55.600' (55600) or '86,46' (86.46)",
    extra_json_schema={"pattern": VI_NUMBER_PATTERN})]
Amount = int | float | ViNumber


class Names(msgspec.Struct, forbid_unknown_fields=True):
    en: str
    vi: str


class IndicatorSpec(msgspec.Struct, forbid_unknown_fields=True):
    name: Names
    category: Literal["economy", "society", "environment", "governance", "party"]
    unit: Unit | None
    kind: Literal["flow", "level", "growth", "qualitative"]
    better: Literal["higher", "lower"] = "higher"
    aliases: list[str] = msgspec.field(default_factory=list)  # phrases `extract` knows it by
    note: str | None = None


class SourceSpec(msgspec.Struct, forbid_unknown_fields=True):
    type: Literal["plan", "directive", "report", "statistics", "press"]
    title: str
    issuer: str
    date: dt.date | None
    number: str | None = None
    url: str | None = None
    text: str | None = None
    note: str | None = None
    plan_for: int | None = None


class TargetSpec(msgspec.Struct, forbid_unknown_fields=True):
    indicator: str
    op: Op
    source: str
    quote: str
    value: Amount | None = None
    min: Amount | None = None
    max: Amount | None = None
    text: str | None = None
    unit: Unit | None = None
    scope: Scope = DEFAULT_SCOPE
    period: Period = "FY"
    tolerance: Number | None = None
    note: str | None = None


class ActualSpec(msgspec.Struct, forbid_unknown_fields=True):
    indicator: str
    source: str
    quote: str
    period: Period
    status: Literal["estimate", "reported", "final"]
    value: Amount | None = None
    met: bool | None = None
    text: str | None = None
    unit: Unit | None = None
    bound: Literal["lower", "upper", "approx"] | None = None
    scope: Scope = DEFAULT_SCOPE
    as_of: dt.date | None = None
    note: str | None = None


BASES = ("average", "end", "total", "each_year")


class BaselineSpec(msgspec.Struct, forbid_unknown_fields=True):
    """The figure a period target starts from, cited like any other (DESIGN §9)."""

    year: int
    value: Amount
    source: str
    quote: str
    unit: Unit | None = None


class PlanTargetSpec(msgspec.Struct, forbid_unknown_fields=True):
    """One target of a plan period (data/plans/FROM-TO.yaml) as one source states it."""

    indicator: str
    basis: Literal["average", "end", "total", "each_year"]
    op: Op
    source: str
    quote: str
    value: Amount | None = None
    min: Amount | None = None
    max: Amount | None = None
    text: str | None = None
    unit: Unit | None = None
    scope: Scope = DEFAULT_SCOPE
    tolerance: Number | None = None
    baseline: BaselineSpec | None = None
    note: str | None = None


class IndicatorsFile(msgspec.Struct, forbid_unknown_fields=True):
    indicators: dict[str, IndicatorSpec]


class SourcesFile(msgspec.Struct, forbid_unknown_fields=True):
    sources: dict[str, SourceSpec]


class TargetsFile(msgspec.Struct, forbid_unknown_fields=True):
    year: int
    targets: list[TargetSpec]


class ActualsFile(msgspec.Struct, forbid_unknown_fields=True):
    year: int
    actuals: list[ActualSpec]


class PlansFile(msgspec.Struct, forbid_unknown_fields=True):
    period: Annotated[list[int], msgspec.Meta(min_length=2, max_length=2)]
    targets: list[PlanTargetSpec]


class SettingsFile(msgspec.Struct, forbid_unknown_fields=True):
    province: Annotated[str, msgspec.Meta(extra_json_schema={"enum": list(PROVINCES)})]


class Status(StrEnum):
    MET = "met"
    MISSED = "missed"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    NO_DATA = "no_data"
    UNASSESSABLE = "unassessable"


SHORTFALLS = frozenset({Status.MISSED, Status.BEHIND})


class Change(StrEnum):
    NEW = "new"
    DROPPED = "dropped"  # the later year's document of the same kind leaves it out
    NOT_RESTATED = "not_restated"  # the later year has no document of that kind to say
    RAISED = "raised"
    LOWERED = "lowered"
    UNCHANGED = "unchanged"
    CHANGED = "changed"


class Position(msgspec.Struct, frozen=True):
    path: str
    line: int | None = None
    column: int | None = None

    def __str__(self) -> str:
        return ":".join(str(p) for p in (self.path, self.line, self.column) if p is not None)


class Indicator(msgspec.Struct, frozen=True):
    id: str
    name_en: str
    name_vi: str
    category: str
    unit: str | None
    kind: str
    better: str
    order: int
    aliases: tuple[str, ...] = ()

    def name(self, lang: str) -> str:
        return self.name_vi if lang == "vi" else self.name_en


class Source(msgspec.Struct, frozen=True):
    id: str
    type: str
    title: str
    issuer: str
    date: dt.date | None
    number: str | None
    url: str | None
    text: str | None
    plan_for: int | None = None  # the year whose targets this document sets as a whole


class Target(msgspec.Struct, frozen=True):
    """A target as stated by one source, its numbers in the indicator's canonical unit."""

    year: int
    indicator: str
    scope: str
    period: str
    op: str
    value: float | None
    min: float | None
    max: float | None
    text: str | None
    tolerance: float
    source: str
    quote: str
    order: int  # index of the entry in its file
    path: str  # the file it came from

    @property
    def key(self) -> tuple[int, str, str, str]:
        return (self.year, self.indicator, self.scope, self.period)


class Result(msgspec.Struct, frozen=True):
    """A reported result from one source, its value in the indicator's canonical unit."""

    year: int
    indicator: str
    scope: str
    period: str
    value: float | None
    met: bool | None
    text: str | None
    bound: str | None
    status: str
    source: str
    quote: str
    order: int  # index of the entry in its file
    path: str  # the file it came from

    @property
    def key(self) -> tuple[int, str, str, str]:
        return (self.year, self.indicator, self.scope, self.period)


class Baseline(msgspec.Struct, frozen=True):
    """A period target's cited starting figure, in the indicator's canonical unit."""

    year: int
    value: float
    source: str
    quote: str


class PlanTarget(msgspec.Struct, frozen=True):
    """A plan-period target (DESIGN §9) as stated by one source, numbers in canonical units."""

    start: int  # the period's first year
    end: int  # its last year
    indicator: str
    scope: str
    basis: str  # average | end | total | each_year
    op: str
    value: float | None
    min: float | None
    max: float | None
    text: str | None
    tolerance: float
    source: str
    quote: str
    baseline: Baseline | None
    order: int  # index of the entry in its file
    path: str  # the file it came from

    @property
    def period(self) -> str:
        """The period as its file names it: FROM-TO."""
        return period_name(self.start, self.end)

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.period, self.indicator, self.scope, self.basis)


def period_name(start: int, end: int) -> str:
    """'2021-2025'."""
    return f"{start}-{end}"


class Dataset(msgspec.Struct):
    """Everything loaded from one data directory."""

    root: str
    indicators: dict[str, Indicator]
    sources: dict[str, Source]
    targets: dict[int, list[Target]]
    actuals: dict[int, list[Result]]
    quotes_checked: int = 0  # quotes validate found (or not) in their source's text
    # plan periods by name (FROM-TO), each with its valid targets (a file may have none)
    plans: dict[str, list[PlanTarget]] = msgspec.field(default_factory=dict)
    province: str = DEFAULT_SCOPE  # settings.yaml: the place of every entry that names none

    def years(self) -> list[int]:
        return sorted(self.targets)

    def periods(self) -> list[tuple[int, int]]:
        """The plan periods with a file, as (FROM, TO), earliest first."""
        found = []
        for name in self.plans:
            start, end = name.split("-")
            found.append((int(start), int(end)))
        return sorted(found)


def months(period: str) -> int:
    """How many months of the year a period covers (FY 12, H1 6, Qn 3n, nM n)."""
    if period == "FY":
        return 12
    if period == "H1":
        return 6
    if period.startswith("Q"):
        return 3 * int(period[1:])
    return int(period[:-1])


class Issue(msgspec.Struct, frozen=True):
    """One problem found in the data: where, a stable code, and what to say about it (a
    Message, worded in the reader's language by qnplan.render.issues)."""

    path: str
    line: int | None
    column: int | None
    severity: Literal["error", "warning"]
    code: str
    message: Message


_BREAKS = {c: c.encode("unicode_escape").decode("ascii")
           for c in map(chr, [*range(32), 127, *range(0x80, 0xA0), 0x2028, 0x2029])}
_ESCAPES = str.maketrans(_BREAKS)


def one_line(text: str) -> str:
    """Text with its control characters and line separators escaped (a form feed from a
    PDF becomes \\x0c), so one message stays one line."""
    return text.translate(_ESCAPES)
