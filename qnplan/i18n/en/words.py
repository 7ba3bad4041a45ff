"""The words of the data and of its verdicts: codes' names (a status, a change, a category ...),
periods, cells and counted nouns.

The English templates of one area of the catalogue (docs/translating.md)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # units, by code (qnplan/units.py), as table headers and charts write them
    "unit.%": "%",
    "unit.pp": "pp",
    "unit.bn_vnd": "bn VND",
    "unit.bn_usd": "bn USD",
    "unit.mn_usd": "mn USD",
    "unit.usd": "USD",
    "unit.persons": "persons",
    "unit.enterprises": "enterprises",
    "unit.households": "households",
    "unit.per_10k": "per 10k people",
    "unit.mn_visits": "mn visits",
    "unit.visits": "visits",
    # what happened to a target between two years (DESIGN §4)
    "change.raised": "raised",
    "change.lowered": "lowered",
    "change.new": "new",
    "change.dropped": "dropped",
    "change.not_restated": "not restated",
    "change.unchanged": "unchanged",
    "change.changed": "changed",
    "change.tightened": "tightened",
    "change.loosened": "loosened",
    # a target's status against its results
    "status.met": "met",
    "status.missed": "missed",
    "status.on_track": "on track",
    "status.behind": "behind",
    "status.no_data": "no data",
    "status.unassessable": "unassessable",
    # a result's status, and a result against its target
    "result.estimate": "estimate",
    "result.reported": "reported",
    "result.final": "final",
    "result.met": "met",
    "result.not_met": "not met",
    # a statement's kind
    "kind.target": "target",
    "kind.result": "result",
    # an indicator's category
    "category.economy": "Economy",
    "category.society": "Society",
    "category.environment": "Environment",
    "category.governance": "Governance",
    "category.party": "Party building",
    # a target with no figure
    "qualitative": "qualitative",
    # an indicator's kind
    "ikind.flow": "flow",
    "ikind.level": "level",
    "ikind.growth": "growth",
    "ikind.qualitative": "qualitative",
    # which way an indicator is better
    "better.higher": "higher",
    "better.lower": "lower",
    # a source's type
    "stype.plan": "plan",
    "stype.directive": "directive",
    "stype.report": "report",
    "stype.statistics": "statistics",
    "stype.press": "press",
    "yes": "yes",
    "no": "no",
    # periods of a year
    "period.FY": "FY",
    "period.H1": "H1",
    "period.quarter": "Q{n}",
    "period.months": "{n}M",
    "period.H2": "H2",
    # progress over the years (qnplan trend, plan periods)
    "verdict.achieved": "achieved",
    "verdict.on_track": "on track",
    "verdict.needs_acceleration": "needs acceleration",
    "verdict.limited_progress": "limited progress",
    "verdict.deteriorating": "deteriorating",
    "verdict.insufficient_data": "insufficient data",
    "verdict.missed": "missed",
    # a span of years
    "span.from": "from {year}",
    "span.to": "up to {year}",
    # what a plan period's target counts (DESIGN §9)
    "basis.average": "average",
    "basis.end": "by the end",
    "basis.total": "total",
    "basis.each_year": "each year",
    # table cells
    "cell.missed_by_zero": "missed by 0",
    "cell.short_by_zero": "behind by 0",
    "cell.estimate": "≈ est.",
    "cell.none": "none",
}

PLURALS: dict[str, tuple[str, str]] = {
    # table cells
    "cell.points": ("{gap} pt", "{gap} pts"),
    # counted nouns: one form for 1 in English, one for every other number
    "count.error": ("{n} error", "{n} errors"),
    "count.warning": ("{n} warning", "{n} warnings"),
    "count.valid_entry": ("{n} valid entry", "{n} valid entries"),
    "count.quote": ("{n} quote", "{n} quotes"),
    "count.problem": ("{n} problem", "{n} problems"),
    "count.target": ("{n} target", "{n} targets"),
    "count.indicator": ("{n} indicator", "{n} indicators"),
    "count.disagreement": ("{n} disagreement", "{n} disagreements"),
    "count.chart": ("{n} chart", "{n} charts"),
    "count.table": ("{n} CSV table", "{n} CSV tables"),
    "count.document": ("{n} cited document", "{n} cited documents"),
    "count.figure": ("{n} figure", "{n} figures"),
    "count.row": ("{n} row", "{n} rows"),
    "count.statement": ("{n} statement", "{n} statements"),
    "count.result": ("{n} result", "{n} results"),
    "count.entry": ("{n} entry", "{n} entries"),
    "count.plan_period": ("{n} plan period", "{n} plan periods"),
}
