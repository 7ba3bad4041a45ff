"""`qnplan trend` as plain-text columns (for the Rich table, Markdown and CSV): a row per year
with a block bar and its target marked, then a progress row per indicator with a sparkline."""

from __future__ import annotations

from collections.abc import Mapping

from qnplan.analysis.plans import PlanRow
from qnplan.analysis.trend import IndicatorTrend, TrendYear, Verdict, target_figure
from qnplan.i18n import tr, tr_count, unit_label
from qnplan.model import DEFAULT_SCOPE, Status
from qnplan.numbers import format_number
from qnplan.render import cells as c
from qnplan.render.columns import Tabular
from qnplan.render.plans import trend_row as plan_trend_row

BAR_WIDTH = 10
EIGHTHS = " ▏▎▍▌▋▊▉"  # a cell filled 0/8 .. 7/8 from the left
PART = "░"  # a part-year result: shaded, not solid, so it reads without colour
TARGET_MARK = "│"
SPARKS = "▁▂▃▄▅▆▇█"
VERDICT_SIGNS = {Verdict.ACHIEVED: "✔", Verdict.ON_TRACK: "↗", Verdict.NEEDS_ACCELERATION: "→",
                 Verdict.LIMITED_PROGRESS: "↘", Verdict.DETERIORATING: "↓",
                 Verdict.INSUFFICIENT_DATA: "·"}


def verdict_mark(verdict: Verdict, lang: str) -> str:
    """'→ needs acceleration': a symbol as well as a word."""
    return f"{VERDICT_SIGNS[verdict]} {tr(f'verdict.{verdict.value}', lang)}"


def _scale(trend: IndicatorTrend) -> float:
    vals = [abs(v) for y in trend.years for v in (
        target_figure(y.target, trend.better), y.result.value if y.result else None,
        *(r.value for r in y.revised_from)) if v is not None]
    return max(vals, default=0.0)


def block_bar(value: float | None, target: float | None, scale: float, part_year: bool) -> str:
    """A bar of BAR_WIDTH cells from zero (eighths of a cell; shaded for part-year results),
    with the target marked │ at its place. Negative values draw no bar."""
    if scale <= 0:
        return ""
    cells = [" "] * BAR_WIDTH
    if value is not None and value > 0:
        eighths = round(min(value, scale) / scale * BAR_WIDTH * 8)
        for i in range(BAR_WIDTH):
            fill = eighths - 8 * i
            if part_year:
                cells[i] = PART if fill >= 4 else " "
            else:
                cells[i] = "█" if fill >= 8 else EIGHTHS[max(fill, 0)]
    if target is not None and target > 0:
        at = min(BAR_WIDTH - 1, max(0, round(min(target, scale) / scale * BAR_WIDTH) - 1))
        cells[at] = TARGET_MARK
    return "".join(cells).rstrip()


def sparkline(values: list[float | None]) -> str:
    """One character per year, low to high (a blank where a year has no full-year result)."""
    known = [v for v in values if v is not None]
    if len(known) < 2:
        return ""
    lo, hi = min(known), max(known)
    span = hi - lo
    return "".join(" " if v is None else SPARKS[round((v - lo) / span * 7) if span else 3]
                   for v in values)


def target_text(y: TrendYear, lang: str) -> str:
    """'> 10', or '12 → > 14' where a later source revised the target within the year (the
    earlier figure keeps its sign where it differs: '> 95 → ≥ 95.25')."""
    text = c.target_cell(y.target, lang)
    op = y.target.op if y.target else None
    old = dict.fromkeys(c.number(t.value, lang) if t.op == op else c.target_cell(t, lang)
                        for t in y.revised_from if t.value is not None)
    return " → ".join([" / ".join(old), text] if old else [text])


def result_text(y: TrendYear, lang: str) -> str:
    """'11.89 (FY)', '1.8 (8M)', '1.5 (FY, ≈ est.)' (result_cell marks estimates)."""
    return c.result_cell(y.result, lang)


def measure_text(y: TrendYear, unit: str | None, lang: str) -> str:
    """'110.3%', or for a target in % its gap in points ('+1.03 pts'), as `status` shows it; a
    result exactly at a strict bound reads 'missed by 0', never '100%'."""
    if y.strict_tie:
        return tr("cell.missed_by_zero" if y.full_year else "cell.short_by_zero", lang)
    if unit == "%" and y.gap is not None:
        return c.points(y.gap, lang, y.gap_bound)
    return c.ratio_cell(y.ratio, lang, y.ratio_bound)


def _span(years: list[int]) -> str:
    return f"{years[0]}–{years[-1]}" if len(years) > 1 else str(years[0]) if years else ""


def progress_text(trend: IndicatorTrend, lang: str) -> str:
    """'2022–2025: → needs acceleration (R 0.941)', or '2023 only: no trend'."""
    p = trend.progress
    with_data = [y.year for y in trend.years if y.result is not None or y.target is not None]
    if len(with_data) == 1:
        return tr("trend.one_year", lang, year=with_data[0])
    text = tr("trend.progress", lang, span=_span(p.years) or _span(with_data),
              verdict=verdict_mark(p.verdict, lang))
    if p.r is not None:
        r = c.bounded(format_number(p.r, lang, max_decimals=3), p.r_bound)
        text += f" ({tr('trend.r', lang, r=r)})"
    return text


def trend_table(trends: list[IndicatorTrend], lang: str, home: str = DEFAULT_SCOPE,
                plans: Mapping[tuple[str, str], list[PlanRow]] | None = None) -> Tabular:
    """A row per indicator and year, and after each indicator a row with its progress verdict,
    R and a sparkline of its full-year results; then a row per plan-period target (§9)."""
    # "latest", not "result": a year's result never wraps, so "(FY, ≈ est.)" stays whole.
    keys = ["indicator", "year", "target", "latest", "status", "ratio", "chart"]
    headers = [tr("h.indicator", lang), tr("h.year", lang), tr("h.target", lang),
               tr("h.result", lang), tr("h.status", lang), tr("h.of_target", lang),
               tr("h.chart", lang)]
    # At 80 columns the words go first: the result keeps its ✔/✘ and the bar stays whole.
    t = Tabular(keys, headers, secondary=("ratio", "status"))
    counts: dict[Verdict, int] = {}
    notes: list[str] = []
    for trend in trends:
        scale = _scale(trend)
        name = trend.name(lang) + (f" [{trend.scope}]" if trend.scope != home else "")
        unit = unit_label(trend.unit, lang)
        for n, y in enumerate(trend.years):
            sign = f"{c.STATUS_SIGNS[y.status]} " if y.status and y.result else ""
            value = y.result.value if y.result else None
            bar = y.bar if y.bar is not None else target_figure(y.target, trend.better)
            _add(t, [f"{name} ({unit})" if n == 0 else "", str(y.year),
                     target_text(y, lang) + _order_note(notes, trend, y, lang),
                     sign + result_text(y, lang), c.word(y.status, lang) if y.status else "",
                     measure_text(y, trend.unit, lang),
                     block_bar(value, bar, scale, not y.full_year)], trend, y.status)
        counts[trend.progress.verdict] = counts.get(trend.progress.verdict, 0) + 1
        _add(t, [progress_text(trend, lang), "", "", "", "", "", sparkline(
            [y.result.value if y.full_year and y.result else None for y in trend.years])],
            trend, None)
        for row in (plans or {}).get((trend.indicator, trend.scope), []):
            _add(t, plan_trend_row(row, lang), trend, None)
    verdicts = ", ".join(f"{counts.get(v, 0)} {tr(f'verdict.{v.value}', lang)}" for v in Verdict)
    t.summary = [tr("summary.trend", lang, verdicts=verdicts,
                    indicators=tr_count("count.indicator", len(trends), lang))]
    t.notes.extend(notes)
    t.notes.append(tr("trend.legend", lang))
    return t


def _order_note(notes: list[str], trend: IndicatorTrend, y: TrendYear, lang: str) -> str:
    """' (?1)' after a target that another source states differently, issued later (as if
    revising it) or undated (so no one can tell), with a note saying so; '' otherwise."""
    if y.target is None or not (y.later or y.undated):
        return ""
    mark = f"?{len(notes) + 1}"
    used = f"{c.target_cell(y.target, lang)} ({y.target.source})"
    for key, others in (("trend.note_later", y.later), ("trend.note_undated", y.undated)):
        if others:
            notes.append(tr(key, lang, mark=mark, indicator=trend.name(lang), year=y.year,
                            used=used, others="; ".join(
                                f"{c.target_cell(o, lang)} ({o.source})" for o in others)))
    return f" ({mark})"


def _add(t: Tabular, row: list[str], trend: IndicatorTrend, status: Status | None) -> None:
    t.add(row, trend.category, status)
