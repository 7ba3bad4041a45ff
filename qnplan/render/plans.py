"""`qnplan plan` in every format: plan-period targets and their progress as plain-text columns
(table and Markdown), flat records (CSV) and DESIGN §9's JSON shape."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from qnplan.analysis.plans import PlanRow, PlanVerdict
from qnplan.i18n import tr, tr_count, unit_label
from qnplan.model import DEFAULT_SCOPE, Dataset, PlanTarget, Status
from qnplan.numbers import format_number, round_half_up
from qnplan.render import cells as c
from qnplan.render.columns import Tabular
from qnplan.render.json import number, target_json, to_json
from qnplan.render.records import Record, amount, ratio

VERDICT_SIGNS = {PlanVerdict.ACHIEVED: "✔", PlanVerdict.ON_TRACK: "↗",
                 PlanVerdict.NEEDS_ACCELERATION: "→", PlanVerdict.LIMITED_PROGRESS: "↘",
                 PlanVerdict.DETERIORATING: "↓", PlanVerdict.INSUFFICIENT_DATA: "·",
                 PlanVerdict.MISSED: "✘"}
# the verdict coloured as a status would be: green when reached or on track, red when not
_AS_STATUS = {PlanVerdict.ACHIEVED: Status.MET, PlanVerdict.ON_TRACK: Status.ON_TRACK,
              PlanVerdict.MISSED: Status.MISSED, PlanVerdict.NEEDS_ACCELERATION: Status.BEHIND,
              PlanVerdict.LIMITED_PROGRESS: Status.BEHIND,
              PlanVerdict.DETERIORATING: Status.BEHIND}


def period_text(period: tuple[int, int]) -> str:
    """'2021–2025'."""
    return f"{period[0]}–{period[1]}"


def verdict_mark(verdict: PlanVerdict, lang: str) -> str:
    """'✔ achieved': a symbol as well as a word."""
    return f"{VERDICT_SIGNS[verdict]} {tr(f'verdict.{verdict.value}', lang)}"


def basis_word(basis: str, lang: str) -> str:
    return tr(f"basis.{basis}", lang)


def years_text(years: list[int]) -> str:
    """'2021–2023, 2025': runs of consecutive years."""
    runs: list[list[int]] = []
    for y in years:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    return ", ".join(f"{r[0]}–{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def _rate(row: PlanRow) -> bool:
    """Whether the row's figures are compound yearly rates (shown and written to 2 decimals)."""
    return row.target.basis == "average" and row.indicator.kind == "growth"


def actual_text(row: PlanRow, lang: str) -> str:
    """The figure so far: '10.37', '56.2 (2024)' for an end level, '3/4 met' for each year."""
    if row.target.basis == "each_year":
        counted = [y for y in row.each_year if y.status is not Status.UNASSESSABLE]
        if not counted:
            return "—"
        met = sum(y.status is Status.MET for y in counted)
        return tr("plan.years_met", lang, met=met, judged=len(counted))
    if row.actual is None:
        if row.target.op == "qualitative" and row.results:
            last = row.results[-1]
            return c.result_cell(last, lang)
        return "—"
    shown = format_number(row.actual, lang, max_decimals=2 if _rate(row) else 3)
    if row.target.basis == "end" and row.results:
        return f"{shown} ({row.results[-1].year})"
    return shown


def required_text(row: PlanRow, lang: str) -> str:
    if row.required_remaining is None:
        return ""
    return format_number(row.required_remaining, lang, max_decimals=2 if _rate(row) else 3)


def plan_table(rows: list[PlanRow], period: tuple[int, int], lang: str,
               home: str = DEFAULT_SCOPE) -> Tabular:
    """A row per period target: basis, target, the years with results, the figure so far,
    what each remaining year needs, the verdict and R."""
    keys = ["indicator", "unit", "basis", "target", "years", "actual", "needed", "verdict",
            "r", "source"]
    t = Tabular(keys, [tr("h.indicator", lang), tr("h.unit", lang), tr("h.basis", lang),
                       tr("h.target", lang), tr("h.years_with_results", lang),
                       tr("h.so_far", lang), tr("h.needed", lang), tr("h.verdict", lang),
                       tr("h.r", lang), tr("h.source", lang)],
                secondary=("source", "unit", "needed", "r", "years"))
    n = period[1] - period[0] + 1
    counts: dict[PlanVerdict, int] = {}
    for row in rows:
        mark = ""
        if row.conflicts:
            mark = f" (c{len(t.notes) + 1})"
            t.notes.append(tr("note.plan_conflict", lang, mark=mark.strip(" ()"),
                              indicator=row.indicator.name(lang),
                              used=_target_source(row.target, lang),
                              others="; ".join(_target_source(o, lang) for o in row.conflicts)))
        years = f"{years_text(row.years)} ({len(row.years)}/{n})" if row.years else f"0/{n}"
        t.add([c.indicator_cell(row.indicator, row.target.scope, "FY", lang, home),
               "" if row.target.op == "qualitative" else unit_label(row.indicator.unit, lang),
               basis_word(row.target.basis, lang), c.target_cell(row.target, lang),
               years, actual_text(row, lang), required_text(row, lang),
               verdict_mark(row.verdict, lang),
               "" if row.r is None else format_number(row.r, lang, max_decimals=3),
               row.target.source],
              row.indicator.category, _AS_STATUS.get(row.verdict), None, mark)
        counts[row.verdict] = counts.get(row.verdict, 0) + 1
        if row.baseline is not None and row.target.basis == "end" and row.r is not None:
            t.notes.append(tr("note.plan_baseline", lang, indicator=row.indicator.name(lang),
                              year=row.baseline.year,
                              value=format_number(row.baseline.value, lang, max_decimals=3),
                              source=row.baseline.source))
        missed = [y.year for y in row.each_year if y.status is Status.MISSED]
        if missed:
            t.notes.append(tr("note.plan_years_missed", lang,
                              indicator=row.indicator.name(lang), years=years_text(missed)))
    verdicts = ", ".join(f"{counts[v]} {tr(f'verdict.{v.value}', lang)}"
                         for v in PlanVerdict if counts.get(v))
    t.summary = [tr("summary.plan", lang, period=period_text(period),
                    targets=tr_count("count.target", len(rows), lang),
                    verdicts=verdicts or tr("err.none", lang))]
    if any(r.required_remaining is not None for r in rows):
        t.summary.append(tr("note.plan_needed", lang))
    return t


def _target_source(t: PlanTarget, lang: str) -> str:
    return f"{c.target_cell(t, lang, full_text=True)} ({t.source})"


def plan_records(rows: list[PlanRow], lang: str) -> list[Record]:
    """One flat record per period target: what CSV writes (and other formats can reuse)."""
    out = []
    for row in rows:
        t, b = row.target, row.baseline
        out.append({
            "period_from": t.start, "period_to": t.end, "category": row.indicator.category,
            "indicator": row.indicator.id, "name": row.indicator.name(lang), "scope": t.scope,
            "unit": row.indicator.unit, "basis": t.basis, "op": t.op, "value": t.value,
            "min": t.min, "max": t.max, "text": t.text, "source": t.source,
            "years": ";".join(map(str, row.years)), "missing": ";".join(map(str, row.missing)),
            "actual": _figure(row, row.actual),
            "required_remaining": _figure(row, row.required_remaining),
            "verdict": row.verdict.value, "r": _r(row.r),
            "baseline_year": b.year if b else None,
            "baseline_value": amount(b.value) if b else None,
            "baseline_source": b.source if b else None,
            "years_met": ";".join(str(y.year) for y in row.each_year if y.status is Status.MET),
            "years_missed": ";".join(str(y.year) for y in row.each_year
                                     if y.status is Status.MISSED),
            "conflicts": ";".join(dict.fromkeys(o.source for o in row.conflicts))})
    return out


def _figure(row: PlanRow, x: float | None) -> float | None:
    """Rates to 2 decimals (10.37), other figures as they are, without binary noise."""
    if x is None:
        return None
    return round_half_up(x, 2) if _rate(row) else amount(ratio(x))


def _r(x: float | None) -> float | None:
    return None if x is None else round_half_up(x, 3)


def plan_row_json(row: PlanRow) -> dict[str, Any]:
    """DESIGN §9's row, with additions after its keys: category, better, scope, the results
    used, the baseline, each year's verdict and the disagreeing sources."""
    t, b = row.target, row.baseline
    return {
        "indicator": t.indicator, "unit": row.indicator.unit, "kind": row.indicator.kind,
        "basis": t.basis, "target": target_json(t), "years": row.years,
        "missing": row.missing, "actual": number(_figure(row, row.actual)),
        "required_remaining": number(_figure(row, row.required_remaining)),
        "verdict": row.verdict.value, "r": number(_r(row.r)),
        "scope": t.scope, "category": row.indicator.category, "better": row.indicator.better,
        "results": [{"year": r.year, "value": number(r.value), "met": r.met,
                     "status": r.status, "source": r.source} for r in row.results],
        "baseline": None if b is None else {"year": b.year, "value": number(amount(b.value)),
                                            "source": b.source},
        "each_year": [{"year": y.year, "status": y.status.value} for y in row.each_year],
        "conflicts": [target_json(o) for o in row.conflicts]}


def plan_json(period: tuple[int, int], scope: str, rows: list[PlanRow]) -> str:
    """`plan FROM-TO --format json` (DESIGN §9)."""
    return to_json({"period": list(period), "scope": scope,
                    "rows": [plan_row_json(r) for r in rows]})


def periods_summary(ds: Dataset) -> list[dict[str, Any]]:
    """Each plan period with how many targets it holds and from which sources."""
    return [{"period": [start, end],
             "targets": len(ds.plans[f"{start}-{end}"]),
             "sources": sorted({t.source for t in ds.plans[f"{start}-{end}"]})}
            for start, end in ds.periods()]


def periods_table(ds: Dataset, lang: str) -> Tabular:
    keys = ["period", "targets", "source"]
    t = Tabular(keys, [tr("h.plan_period", lang), tr("h.targets", lang), tr("h.source", lang)])
    for p in periods_summary(ds):
        t.add([period_text(tuple(p["period"])), str(p["targets"]), ", ".join(p["sources"])])
    t.summary = [tr("summary.plan_periods", lang,
                    periods=tr_count("count.plan_period", len(t.rows), lang))]
    return t


def periods_records(ds: Dataset) -> list[Record]:
    return [{"period_from": p["period"][0], "period_to": p["period"][1],
             "targets": p["targets"], "source": ";".join(p["sources"])}
            for p in periods_summary(ds)]


def periods_json(ds: Dataset) -> str:
    return to_json({"periods": periods_summary(ds)})


def ending_paragraph(rows: list[PlanRow], year: int, lang: str) -> str:
    """'Plan targets ending in 2025 (2021–2025): GRDP growth (average) ✔ achieved; …' for the
    end of `status YEAR`."""
    parts = [tr("plan.ending_row", lang, indicator=r.indicator.name(lang),
                basis=basis_word(r.target.basis, lang), verdict=verdict_mark(r.verdict, lang))
             for r in rows]
    periods = ", ".join(dict.fromkeys(period_text(r.period) for r in rows))
    return tr("plan.ending", lang, year=year, periods=periods, targets="; ".join(parts))


def ending_json(rows: list[PlanRow]) -> list[dict[str, Any]]:
    """The period targets ending in a year, each as `plan --format json` gives its row, with
    its period."""
    return [{"period": list(r.period)} | plan_row_json(r) for r in rows]


def trend_row(row: PlanRow, lang: str) -> list[str]:
    """A period target as a row of `trend`'s table: under its indicator, the period's years,
    the target with its basis, the figure so far, the verdict and R."""
    r = "" if row.r is None else tr("trend.r", lang, r=format_number(row.r, lang, max_decimals=3))
    return [tr("plan.trend_row", lang, period=period_text(row.period),
               basis=basis_word(row.target.basis, lang)),
            period_text(row.period), c.target_cell(row.target, lang), actual_text(row, lang),
            verdict_mark(row.verdict, lang), r, ""]


def chart_label(row: PlanRow, lang: str) -> str:
    """'Plan 2021–2025 (average) ≈ 10: ✔ achieved', beside the line `trend --format svg` draws."""
    return tr("plan.chart_label", lang, period=period_text(row.period),
              basis=basis_word(row.target.basis, lang), target=c.target_cell(row.target, lang),
              verdict=verdict_mark(row.verdict, lang))


def markdown_section(period: tuple[int, int], rows: list[PlanRow], lang: str,
                     cite: Callable[[PlanTarget], str], home: str = DEFAULT_SCOPE) -> list[str]:
    """A report's section on one plan period: its targets' table (each target cited by
    `cite`), its notes and its summary, as Markdown lines."""
    from qnplan.render.columns import RIGHT
    from qnplan.render.markdown import escape_cell, pipe_table

    t = plan_table(rows, period, lang, home)
    at = t.keys.index("target")
    body = []
    for row, cells, mark in zip(rows, t.rows, t.marks, strict=True):
        cells = [escape_cell(x) for x in cells]
        cells[at] += " " + cite(row.target)
        cells[0] += mark
        body.append(cells)
    lines = ["", f"## {tr('report.plan_heading', lang, period=period_text(period))}", ""]
    if body:
        lines.append(pipe_table([escape_cell(h) for h in t.headers], body,
                                [k in RIGHT for k in t.keys]))
    if t.notes:
        lines += ["", *(f"- {escape_cell(n)}" for n in t.notes)]
    for paragraph in t.summary:
        lines += ["", escape_cell(paragraph)]
    return lines
