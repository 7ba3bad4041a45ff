"""Progress at a glance: every indicator's latest verdict and its progress over the years on
one screen (the page open-sdg's users ask for most). `trend --summary` prints it in every
listing format; `report` and `export` open with it."""

from __future__ import annotations

from typing import Any

from qnplan.analysis.trend import IndicatorTrend, TrendYear, Verdict
from qnplan.i18n import tr, tr_count, unit_label
from qnplan.model import DEFAULT_SCOPE, Status
from qnplan.render import cells as c
from qnplan.render.columns import Tabular
from qnplan.render.records import Record, ratio
from qnplan.render.trend_table import measure_text, progress_text, target_text


def latest(trend: IndicatorTrend) -> TrendYear | None:
    """The latest year with a verdict of its own (a result judged against a target)."""
    judged = [y for y in trend.years if y.status not in (None, Status.NO_DATA)]
    return judged[-1] if judged else None


def _name(trend: IndicatorTrend, lang: str, home: str) -> str:
    unit = unit_label(trend.unit, lang)
    scope = f" [{trend.scope}]" if trend.scope != home else ""
    return f"{trend.name(lang)}{scope}" + (f" ({unit})" if unit else "")


def latest_text(y: TrendYear | None, lang: str) -> str:
    """'2025: 11.89 (FY) against ≥ 14', or '—'."""
    if y is None:
        return "—"
    return tr("glance.latest", lang, year=y.year, result=c.result_cell(y.result, lang),
              target=target_text(y, lang))


def verdict_counts(trends: list[IndicatorTrend], lang: str) -> str:
    """'12 indicators: 3 achieved, 1 on track, …'."""
    counts = {v: sum(1 for t in trends if t.progress.verdict is v) for v in Verdict}
    verdicts = ", ".join(f"{n} {tr(f'verdict.{v.value}', lang)}" for v, n in counts.items())
    return tr("summary.trend", lang, verdicts=verdicts,
              indicators=tr_count("count.indicator", len(trends), lang))


def glance_table(trends: list[IndicatorTrend], lang: str, home: str = DEFAULT_SCOPE) -> Tabular:
    """One row per indicator: its latest judged year, that year's verdict and how far from its
    target, and the progress verdict over the years."""
    keys = ["indicator", "judged", "status", "ratio", "progress"]
    t = Tabular(keys, [tr("h.indicator", lang), tr("glance.h_latest", lang),
                       tr("h.status", lang), tr("h.of_target", lang),
                       tr("glance.h_progress", lang)], secondary=("ratio", "judged"))
    for trend in trends:
        y = latest(trend)
        t.add([_name(trend, lang, home), latest_text(y, lang),
               c.status_mark(y.status, lang) if y is not None and y.status else "",
               measure_text(y, trend.unit, lang) if y is not None else "",
               progress_text(trend, lang)], trend.category, y.status if y else None)
    t.summary = [verdict_counts(trends, lang)]
    return t


def glance_records(trends: list[IndicatorTrend], lang: str) -> list[Record]:
    """A record per indicator: its latest judged year and the progress over the span."""
    out = []
    for trend in trends:
        y = latest(trend)
        p = trend.progress
        out.append({"category": trend.category, "indicator": trend.indicator,
                    "name": trend.name(lang), "scope": trend.scope, "unit": trend.unit,
                    "latest_year": y.year if y else None,
                    "latest_status": y.status.value if y and y.status else None,
                    "latest_ratio": ratio(y.ratio) if y else None,
                    "latest_ratio_bound": y.ratio_bound if y else None,
                    "progress": p.verdict.value,
                    "progress_r": None if p.r is None else round(p.r, 3),
                    "progress_r_bound": p.r_bound,
                    "progress_years": ";".join(map(str, p.years))})
    return out


def glance_data(span: tuple[int | None, int | None], scope: str,
                trends: list[IndicatorTrend]) -> dict[str, Any]:
    """`trend --summary --format json`: per indicator its latest verdict and its progress."""
    shown = [y.year for t in trends for y in t.years]
    rows = []
    for rec, trend in zip(glance_records(trends, "en"), trends, strict=True):
        rows.append({"indicator": trend.indicator, "scope": trend.scope, "unit": trend.unit,
                     "kind": trend.kind,
                     "latest": None if rec["latest_year"] is None else {
                         "year": rec["latest_year"], "status": rec["latest_status"],
                         "ratio": rec["latest_ratio"], "ratio_bound": rec["latest_ratio_bound"]},
                     "progress": {"verdict": rec["progress"], "r": rec["progress_r"],
                                  "r_bound": rec["progress_r_bound"],
                                  "years": trend.progress.years}})
    return {"from": span[0] if span[0] is not None else min(shown, default=None),
            "to": span[1] if span[1] is not None else max(shown, default=None),
            "scope": scope, "indicators": rows}
