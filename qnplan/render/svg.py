"""Hand-built SVG charts of a trend: targets against results over the years, and a bullet graph
of one year (Stephen Few's spec). Same data, same bytes; text is real NFC text; every mark that
colour distinguishes is also told apart by shape, dash or a word."""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Sequence

from qnplan.analysis.plans import PlanRow
from qnplan.analysis.plans import figure as plan_figure
from qnplan.analysis.trend import IndicatorTrend, TrendYear, target_figure
from qnplan.i18n import tr, unit_label
from qnplan.model import Status
from qnplan.numbers import format_number
from qnplan.render.cells import STATUS_SIGNS, period_cell, target_cell, visible, word
from qnplan.render.plans import chart_label as plan_label
from qnplan.render.trend_table import progress_text, target_text

# Text sizes in px at the chart's own width: drawn 400 (trend) or 420 (bullet) px wide and
# scaled to a 390 px phone's ~358 px column, 13 px stays above 11.
BIG = 14
SMALL = 13
LINE = 18  # the distance between two lines of text
FONT = f'font-family="sans-serif" font-size="{BIG}"'
INK = "#222222"
TARGET = "#555555"
RESULT = "#1f5fa8"
PLAN = "#8a5a00"  # a plan-period target: dotted and labelled, never told by colour alone
BANDS = ("#9e9e9e", "#bdbdbd", "#d9d9d9")  # poor, fair, good: darker is worse, as Few specifies


def _w(key: str, lang: str, **fields: object) -> str:
    return tr(f"chart.{key}", lang, **fields)


def _esc(text: str) -> str:
    """NFC text, escaped for XML content and attribute values; a character XML 1.0 cannot
    hold (a control character pasted from a PDF) is shown as \\xNN text."""
    text = visible(unicodedata.normalize("NFC", text)).replace("\ufffe", "\\ufffe").replace(
        "\uffff", "\\uffff")
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _n(x: float) -> str:
    """A coordinate with one decimal: stable text for the same number."""
    s = f"{x:.1f}"
    return "0.0" if s == "-0.0" else s


def _num(value: float, lang: str) -> str:
    return format_number(value, lang, max_decimals=2)


def _id(*parts: str) -> str:
    return "-".join(p.replace("_", "-") for p in ("qnplan", *parts))


def nice_ticks(lo: float, hi: float, count: int = 4) -> list[float]:
    """Round tick values (1, 2 or 5 × 10^k apart) covering [lo, hi]."""
    if hi <= lo:
        hi = lo + 1
    raw = (hi - lo) / count
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step) * step
    ticks = []
    k = 0
    while True:
        v = round(first + k * step, 10)
        ticks.append(v)
        if v >= hi:
            return ticks
        k += 1


def _scale_values(trend: IndicatorTrend) -> list[float]:
    vals = []
    for y in trend.years:
        tv = target_figure(y.target, trend.better)
        if tv is not None:
            vals.append(tv)
        vals.extend(r.value for r in y.revised_from if r.value is not None)
        if y.result is not None and y.result.value is not None:
            vals.append(y.result.value)
    return vals


def _svg_open(width: int, height: int, title_id: str, title: str, desc: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
            f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="{title_id} '
            f'{title_id}-desc" {FONT}>',
            f'<title id="{title_id}">{_esc(title)}</title>',
            f'<desc id="{title_id}-desc">{_esc(desc)}</desc>']


def _year_desc(y: TrendYear, lang: str) -> str:
    """'2022: target > 11, result 10.28 (FY, final), missed', for screen readers."""
    parts = [f"{tr('kind.target', lang)} {target_text(y, lang)}" if y.target
             else _w("no_target", lang)]
    r = y.result
    if r is not None and r.value is not None:
        parts.append(f"{tr('kind.result', lang)} {_num(r.value, lang)} "
                     f"({period_cell(r.period, lang)}, {tr(f'result.{r.status}', lang)})")
    else:
        parts.append(_w("no_result", lang))
    if y.status is not None:
        parts.append(word(y.status, lang))
    return f"{y.year}: " + ", ".join(parts)


def _legend(x: int, y: int, lang: str) -> list[str]:
    """Target, full-year, part-year and estimate keys on two rows: shape and dash say what
    colour says."""
    out = [f'<g font-size="{SMALL}" fill="{INK}">',
           f'<path d="M{x} {y - 4}h24" stroke="{TARGET}" stroke-width="2" '
           'stroke-dasharray="6 4"/>',
           f'<text x="{x + 30}" y="{y}">{_esc(_w("target", lang))}</text>']
    x0, x = x, x + 30 + _text_width(_w("target", lang), SMALL) + 18
    for fill, key, row in ((RESULT, "result", 0), ("#ffffff", "part", 1)):
        if row:
            x, y = x0, y + LINE
        out.append(f'<circle cx="{x + 5}" cy="{y - 4}" r="5" fill="{fill}" stroke="{RESULT}" '
                   'stroke-width="2"/>')
        out.append(f'<text x="{x + 15}" y="{y}">{_esc(_w(key, lang))}</text>')
        x += 15 + _text_width(_w(key, lang), SMALL) + 18
    out.append(f'<text x="{x}" y="{y}">{_esc(_w("estimate_legend", lang))}</text>')
    out.append("</g>")
    return out


def _text_width(text: str, size: int) -> int:
    """About how wide a line of sans-serif text is, in px (0.6 em a character, generous)."""
    return math.ceil(len(text) * size * 0.6)


def _wrap(text: str, size: int, room: int) -> list[str]:
    """Words on lines no wider than `room` px at font `size`."""
    lines: list[str] = []
    for w in text.split():
        if lines and _text_width(f"{lines[-1]} {w}", size) <= room:
            lines[-1] += f" {w}"
        else:
            lines.append(w)
    return lines


def axis_range(values: list[float], unit: str | None, kind: str) -> tuple[float, float]:
    """The y axis an honest chart uses: a flow from zero (a bar of revenue starts at nothing);
    a percentage level within 0–100 (no share above the whole, none below nothing); other
    figures from zero unless they sit far above it."""
    lo, hi = (min(values), max(values)) if values else (0.0, 1.0)
    if lo >= 0 and (kind == "flow" or lo <= hi * 0.5):
        lo = 0.0
    pad = (hi - lo) * 0.1 or abs(hi) * 0.1 or 1.0
    lo, hi = lo - (pad if lo else 0), hi + pad
    if unit == "%" and kind == "level":
        lo, hi = max(lo, 0.0), min(hi, 100.0)
        if hi <= lo:
            lo, hi = max(0.0, hi - 1), min(100.0, lo + 1)
    return lo, hi


def trend_chart(trend: IndicatorTrend, *, lang: str = "en",
                plans: Sequence[PlanRow] = ()) -> str:
    """An SVG chart of one indicator: targets as a dashed step line, results as points (hollow
    for part-year results, 'est.' beside estimates), each year's verdict as ✔/✘ under it; a
    plan-period target (§9) as a dotted line across its years, labelled. Drawn 400 px wide
    with text of 13–14 px, so that on a 390 px phone, scaled to the page, no text is smaller
    than about 11 px; a label that would not fit its place is left to the table beside."""
    years = trend.years
    unit = unit_label(trend.unit, lang)
    span = (f"{years[0].year}–{years[-1].year}" if len(years) > 1 else str(years[0].year)
            ) if years else ""
    title = _w("title", lang, name=trend.name(lang), unit=unit, span=span)
    width = 400
    heading = _wrap(title, BIG, width - 16)
    left, right, top, bottom = 60, 12, 20 + LINE * len(heading), 60 + 2 * LINE
    height = top + 190 + bottom
    plot_w, plot_h = width - left - right, height - top - bottom
    tid = _id("trend", trend.indicator, trend.scope)
    drawn = [(p, f) for p in plans if p.target.basis != "total"
             and (f := plan_figure(p.target, trend.better)) is not None
             and any(p.target.start <= y.year <= p.target.end for y in years)]
    desc = "; ".join([*(_year_desc(y, lang) for y in years), progress_text(trend, lang),
                      *(plan_label(p, lang) for p, _ in drawn)])
    out = _svg_open(width, height, tid, title, desc)
    out.extend(f'<text x="8" y="{18 + LINE * k}" font-weight="bold" fill="{INK}">{_esc(line)}'
               '</text>' for k, line in enumerate(heading))
    lo, hi = axis_range(_scale_values(trend) + [f for _, f in drawn], trend.unit, trend.kind)
    ticks = [t for t in nice_ticks(lo, hi) if not (trend.unit == "%" and trend.kind == "level"
                                                   and (t > 100 or t < 0))]
    y_lo, y_hi = ticks[0], ticks[-1]
    if y_hi <= y_lo:
        y_hi = y_lo + 1

    def ypos(v: float) -> float:
        return top + plot_h - (min(max(v, y_lo), y_hi) - y_lo) / (y_hi - y_lo) * plot_h

    band = plot_w / max(len(years), 1)

    def xpos(i: int) -> float:
        return left + (i + 0.5) * band

    def fits(text: str) -> bool:
        return _text_width(text, SMALL) <= band - 4

    def result_above(y: TrendYear) -> bool:
        """A result at or above its target is labelled above its point and the target below
        its line; the other way round otherwise, so the two labels never meet."""
        tv = target_figure(y.target, trend.better)
        r = y.result.value if y.result is not None else None
        return r is None or tv is None or r >= tv

    # axes and grid
    out.append('<g stroke="#e0e0e0" stroke-width="1">')
    out.extend(f'<line x1="{left}" y1="{_n(ypos(t))}" x2="{left + plot_w}" y2="{_n(ypos(t))}"/>'
               for t in ticks)
    out.append("</g>")
    out.append(f'<g fill="{INK}" text-anchor="end">')
    out.extend(f'<text x="{left - 6}" y="{_n(ypos(t) + 5)}">{_esc(_num(t, lang))}</text>'
               for t in ticks)
    out.append("</g>")
    out.append(f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
               f'stroke="{INK}"/>')
    out.append(f'<g fill="{INK}" text-anchor="middle">')
    for i, y in enumerate(years):
        mark = f" {STATUS_SIGNS[y.status]}" if y.status not in (None, Status.NO_DATA) else ""
        out.append(f'<text x="{_n(xpos(i))}" y="{top + plot_h + 18}">{y.year}{mark}</text>')
        if y.status is not None and fits(word(y.status, lang)):
            out.append(f'<text x="{_n(xpos(i))}" y="{top + plot_h + 18 + LINE}" '
                       f'font-size="{SMALL}">{_esc(word(y.status, lang))}</text>')
    out.append("</g>")
    # targets: a dashed step across each year's band; a revision as a dotted earlier level
    steps = []
    for i, y in enumerate(years):
        tv = target_figure(y.target, trend.better)
        if tv is None:
            continue
        x0, x1 = left + i * band + band * 0.1, left + (i + 1) * band - band * 0.1
        steps.append(f"M{_n(x0)} {_n(ypos(tv))}H{_n(x1)}")
        for old in y.revised_from:
            if old.value is not None:
                out.append(f'<path d="M{_n(x0)} {_n(ypos(old.value))}H{_n(x1)}" stroke="{TARGET}" '
                           'stroke-width="1" stroke-dasharray="1 3" fill="none"/>')
        text = target_text(y, lang)
        if not fits(text):
            text = target_cell(y.target, lang)
        if fits(text):
            ty = ypos(tv) - 6 if not result_above(y) or y.result is None else ypos(tv) + 17
            out.append(f'<text x="{_n(xpos(i))}" y="{_n(ty)}" font-size="{SMALL}" '
                       f'text-anchor="middle" fill="{TARGET}">{_esc(text)}</text>')
    if steps:
        out.append(f'<path d="{"".join(steps)}" stroke="{TARGET}" stroke-width="2" '
                   'stroke-dasharray="6 4" fill="none"/>')
    for p, f in drawn:  # plan-period targets: dotted, across the years of their period
        inside = [i for i, y in enumerate(years) if p.target.start <= y.year <= p.target.end]
        x0, x1 = left + inside[0] * band + 2, left + (inside[-1] + 1) * band - 2
        out.append(f'<path d="M{_n(x0)} {_n(ypos(f))}H{_n(x1)}" stroke="{PLAN}" '
                   'stroke-width="2" stroke-dasharray="2 3" fill="none"/>')
        if _text_width(plan_label(p, lang), SMALL) <= x1 - x0:
            out.append(f'<text x="{_n(x1)}" y="{_n(ypos(f) + 16)}" font-size="{SMALL}" '
                       f'text-anchor="end" fill="{PLAN}">{_esc(plan_label(p, lang))}</text>')
    # results: a line through full-year results, points for all
    points = [(xpos(i), ypos(y.result.value)) for i, y in enumerate(years)
              if y.full_year and y.result is not None and y.result.value is not None]
    if len(points) >= 2:
        out.append(f'<polyline points="{" ".join(f"{_n(x)},{_n(v)}" for x, v in points)}" '
                   f'stroke="{RESULT}" stroke-width="1.5" fill="none"/>')
    for i, y in enumerate(years):
        r = y.result
        if r is None or r.value is None:
            continue
        x, yy = xpos(i), ypos(r.value)
        fill = RESULT if y.full_year else "#ffffff"
        out.append(f'<circle cx="{_n(x)}" cy="{_n(yy)}" r="5" fill="{fill}" stroke="{RESULT}" '
                   'stroke-width="2"/>')
        text = _num(r.value, lang)
        if not y.full_year:
            text += f" ({period_cell(r.period, lang)})"
        if r.status == "estimate":
            text += f" {tr('trend.estimate', lang)}"
        if not fits(text):
            text = _num(r.value, lang)
        if fits(text):
            ry = yy - 10 if result_above(y) else yy + 20
            out.append(f'<text x="{_n(x)}" y="{_n(ry)}" font-size="{SMALL}" '
                       f'text-anchor="middle" fill="{RESULT}">{_esc(text)}</text>')
    if len([y for y in years if y.result is not None or y.target is not None]) == 1:
        out.append(f'<text x="{left + plot_w // 2}" y="{top + plot_h // 2}" text-anchor="middle" '
                   f'fill="{INK}">{_esc(_w("one_year", lang, year=years[0].year))}</text>')
    out.extend(_legend(8, height - 8 - LINE, lang))
    out.append("</svg>")
    return "\n".join(out) + "\n"


def bullet_graph(trend: IndicatorTrend, year: int, *, lang: str = "en") -> str:
    """A bullet graph of one year (Few): the result as a bar (hollow for a part-year result),
    the target as a vertical marker (pro-rated for part-year flows), grey bands for poor
    (< 60% of target), fair (60–95%) and good; the verdict in words beside it."""
    row = next((y for y in trend.years if y.year == year), None)
    if row is None:
        raise ValueError(f"{trend.indicator} has no row for {year}")
    width, height = 420, 84
    left, right, top, bar_h = 8, 176, 24, 22
    plot_w = width - left - right
    unit = unit_label(trend.unit, lang)
    title = _w("bullet_title", lang, name=trend.name(lang), unit=unit, year=year)
    tid = _id("bullet", trend.indicator, trend.scope, str(year))
    desc = _year_desc(row, lang)
    figure = target_figure(row.target, trend.better)
    if row.bar is not None and figure is not None and abs(row.bar - figure) > 1e-9:
        desc += f" ({_w('prorated', lang, value=_num(row.bar, lang))})"
    out = _svg_open(width, height, tid, title, desc)
    bar = row.bar if row.bar is not None else target_figure(row.target, trend.better)
    value = row.result.value if row.result is not None else None
    if bar is None or value is None:
        why = _w("no_target", lang) if bar is None else _w("no_result", lang)
        out.append(f'<text x="{left}" y="{top + 14}" fill="{INK}">{year}: {_esc(why)}</text>')
        out.append("</svg>")
        return "\n".join(out) + "\n"
    lower = trend.better == "lower"
    cuts = (bar / 0.95, bar / 0.6) if lower else (bar * 0.6, bar * 0.95)
    top_value = max(bar, value, cuts[1] if lower else bar) * 1.1
    if trend.unit == "%" and trend.kind == "level":  # no share above the whole
        top_value = min(top_value, 100.0)
    ticks = [t for t in nice_ticks(min(0.0, value), top_value)
             if not (trend.unit == "%" and trend.kind == "level" and t > 100)]
    lo, hi = ticks[0], ticks[-1]

    def xpos(v: float) -> float:
        return left + (min(max(v, lo), hi) - lo) / (hi - lo) * plot_w

    edges = [lo, cuts[0], cuts[1], hi]
    shades = tuple(reversed(BANDS)) if lower else BANDS
    for k in range(3):
        x0, x1 = xpos(edges[k]), xpos(edges[k + 1])
        if x1 > x0:
            out.append(f'<rect x="{_n(x0)}" y="{top}" width="{_n(x1 - x0)}" height="{bar_h}" '
                       f'fill="{shades[k]}"/>')
    x0, xv = xpos(min(0.0, value)), xpos(max(0.0, value))
    fill = INK if row.full_year else "#ffffff"
    out.append(f'<rect x="{_n(x0)}" y="{top + 7}" width="{_n(max(xv - x0, 1))}" height="6" '
               f'fill="{fill}" stroke="{INK}" stroke-width="1"/>')
    xt = xpos(bar)
    out.append(f'<line x1="{_n(xt)}" y1="{top + 2}" x2="{_n(xt)}" y2="{top + bar_h - 2}" '
               f'stroke="{INK}" stroke-width="3"/>')
    out.append(f'<g font-size="{SMALL}" fill="{INK}" text-anchor="middle">')
    out.extend(f'<text x="{_n(xpos(t))}" y="{top + bar_h + 16}">{_esc(_num(t, lang))}</text>'
               for t in ticks)
    out.append("</g>")
    assert row.result is not None
    verdict = f"{STATUS_SIGNS[row.status]} {word(row.status, lang)}" if row.status else ""
    text = f"{_num(value, lang)} ({period_cell(row.result.period, lang)})"
    if row.result.status == "estimate":
        text += f" {tr('trend.estimate', lang)}"
    out.append(f'<text x="{left + plot_w + 8}" y="{top + 8}" font-size="{SMALL}" fill="{INK}">'
               f'{year}: {_esc(text)}</text>')
    out.append(f'<text x="{left + plot_w + 8}" y="{top + 8 + LINE}" font-size="{SMALL}" '
               f'fill="{INK}">'
               f'{_esc(verdict)}</text>')
    out.append(f'<text x="{left}" y="16" font-size="{SMALL}" fill="{INK}">{_esc(title)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
