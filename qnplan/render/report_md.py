"""The Markdown report `export` writes: one a journalist could publish, in either language.

Every figure carries a note number; each note gives the document's number, issuer, date and
the verbatim words quoted. Disagreements use one notation, (cN), in the table and the list.
"""

from __future__ import annotations

from collections.abc import Mapping

from qnplan.analysis.assess import Assessment
from qnplan.analysis.plans import PlanRow
from qnplan.analysis.rows import CompareRow, ConflictRow, ResultRow, Summary
from qnplan.analysis.trend import IndicatorTrend
from qnplan.i18n import methods_note, tr, tr_count, tr_plural
from qnplan.model import (
    DEFAULT_SCOPE,
    SHORTFALLS,
    Dataset,
    Indicator,
    PlanTarget,
    Result,
    Target,
)
from qnplan.numbers import format_number
from qnplan.provinces import place_name
from qnplan.render import cells as c
from qnplan.render.columns import RIGHT, compare_table
from qnplan.render.markdown import escape_cell, pipe_table
from qnplan.render.plans import markdown_section

ConflictKey = tuple[int, str, str, str, str]


class Notes:
    """Numbered notes, one per distinct (source, quote): the same words are cited once."""

    def __init__(self, ds: Dataset, lang: str) -> None:
        self.ds, self.lang = ds, lang
        self.numbers: dict[tuple[str, str], int] = {}

    def cite(self, entry: Target | Result | PlanTarget) -> str:
        key = (entry.source, " ".join(entry.quote.split()))
        return f"[{self.numbers.setdefault(key, len(self.numbers) + 1)}]"

    def lines(self) -> list[str]:
        """Per document (number, issuer, date, title), each quote cited with its number."""
        by_source: dict[str, list[str]] = {}
        for (source_id, quote), n in self.numbers.items():
            by_source.setdefault(source_id, []).append(f"- [{n}] “{escape_cell(quote)}”")
        out = []
        for source_id, quotes in by_source.items():
            s = self.ds.sources[source_id]
            bits = [tr("report.source_number", self.lang, number=escape_cell(s.number))
                    if s.number else "", escape_cell(s.issuer), c.date_cell(s.date, self.lang),
                    f"*{escape_cell(s.title)}*"]
            line = "**" + ", ".join(b for b in bits[:3] if b) + "**, " + bits[3]
            if s.url and s.url.startswith(("http://", "https://")):
                line += f" <{_url(s.url)}>"
            out += [f"{line} (`{s.id}`)", "", *quotes, ""]
        return out[:-1]


def summary_targets(rows: list[CompareRow], changes: Mapping[str, int], years: tuple[int, int],
                    lang: str) -> str:
    """'2023 has 33 targets and 2024 has 31; …': the report's first summary paragraph."""
    a, b = years
    return tr("report.summary_targets", lang, a=a, b=b,
              targets_a=tr_count("count.target", sum(1 for r in rows if r.a), lang),
              n_b=sum(1 for r in rows if r.b), rows=tr_count("count.row", len(rows), lang),
              **{k: changes.get(k, 0) for k in ("raised", "lowered", "unchanged", "changed",
                                                "new", "dropped", "not_restated")})


def measure(a: Assessment, ind: Indicator, lang: str) -> str:
    """How far a result stands from its target, in the words of the documents."""
    if a.strict_tie:
        return tr("cell.missed_by_zero", lang)
    if ind.unit == "%" and a.gap is not None:
        sign = "+" if a.gap > 0 else ""
        return tr_plural("report.gap", 1 if abs(a.gap) == 1 else 2, lang,
                         gap=c.bounded(sign + format_number(a.gap, lang, max_decimals=2),
                                       a.gap_bound))
    parts = [tr("report.of_full_year", lang,
                ratio=c.ratio_cell(a.full_year_ratio, lang, a.ratio_bound))]
    if a.pro_rated:
        parts.append(tr("report.pace", lang, ratio=c.ratio_cell(a.ratio, lang, a.ratio_bound)))
    return "; ".join(parts)


def _glance(trends: list[IndicatorTrend], b: int, lang: str, home: str) -> list[str]:
    """The 'progress at a glance' section: one row per indicator, or nothing without trends."""
    from qnplan.render.glance import glance_table

    if not trends:
        return []
    t = glance_table(trends, lang, home)
    rows = [[escape_cell(x) for x in row] for row in t.rows]
    return [f"## {tr('glance.heading', lang)}", "", tr("glance.intro", lang, b=b), "",
            pipe_table([escape_cell(h) for h in t.headers], rows, [k in RIGHT for k in t.keys]),
            "", escape_cell(t.summary[0]), ""]


def report_title(scope: str, years: tuple[int, int], lang: str,
                 home: str = DEFAULT_SCOPE) -> str:
    """The report's title: the folder's province (and the scope shown, where it is another
    place) and the two years."""
    a, b = years
    if scope == home:
        return tr("report.title", lang, place=place_name(home), a=a, b=b)
    return tr("report.title_scope", lang, place=place_name(home), scope=scope, a=a, b=b)


def export_report(ds: Dataset, years: tuple[int, int], scope: str, rows: list[CompareRow],
                  summary: Summary, conflicts: list[ConflictRow], untargeted: list[ResultRow],
                  lang: str, *, swapped: bool = False,
                  trends: list[IndicatorTrend] | None = None,
                  plans: Mapping[tuple[int, int], list[PlanRow]] | None = None) -> str:
    """A Markdown report: summary, progress at a glance, the compared targets by category,
    shortfalls, a section per plan period the years fall in, results without a target,
    disagreements, a methods note and the numbered source notes."""
    a, b = years
    notes = Notes(ds, lang)
    groups: dict[ConflictKey, list[ConflictRow]] = {}
    for k in conflicts:
        groups.setdefault((k.year, k.indicator.id, k.scope, k.period, k.kind), []).append(k)
    marks: dict[ConflictKey, str] = {}

    def mark(year: int, entry: Target | Result | None, kind: str) -> str:
        """The figure's (cN) where sources disagree on it, numbered as first shown."""
        key = (year, entry.indicator, entry.scope, entry.period, kind) if entry else None
        if key is None or key not in groups:
            return ""
        return f" ({marks.setdefault(key, f'c{len(marks) + 1}')})"

    table = compare_table(rows, years, lang, summary, ds.province)
    col = {k: i for i, k in enumerate(table.keys)}
    sections: dict[str, list[list[str]]] = {}
    for r, cells, category in zip(rows, table.rows, table.categories, strict=True):
        cells = [escape_cell(x) for x in cells]
        res = r.a_status.result if r.a_status else None
        for key, entry in (("a", r.a.entry if r.a else None), ("b", r.b.entry if r.b else None),
                           ("result", res)):
            if entry is not None:
                cells[col[key]] += " " + notes.cite(entry)
        cells[col["indicator"]] += (mark(a, r.a.entry if r.a else None, "target")
                                    + mark(b, r.b.entry if r.b else None, "target")
                                    + mark(a, res, "result"))
        sections.setdefault(category, []).append(cells)

    short = [r for r in rows if r.a_status and r.a_status.status in SHORTFALLS]
    ch, st = summary.changes, summary.statuses
    lines = [f"# {escape_cell(report_title(scope, years, lang, ds.province))}", "",
             "",  # the generated-by line, once the cited documents are counted
             "", f"## {tr('report.summary', lang)}", "",
             *([tr("note.swapped", lang, a=a, b=b), ""] if swapped else []),
             summary_targets(rows, ch, years, lang),
             "", tr("report.summary_status", lang, a=a, met=st.get("met", 0),
                    on_track=st.get("on_track", 0), short=len(short),
                    no_data=st.get("no_data", 0)),
             "", tr("report.summary_conflicts", lang,
                    figures=tr_count("count.figure", len(groups), lang)), "",
             *_glance(trends or [], b, lang, ds.province),
             f"## {tr('report.compared', lang)}"]
    right = [k in RIGHT for k in table.keys]
    for category, body in sections.items():
        lines += ["", f"### {tr(f'category.{category}', lang)}", "",
                  pipe_table([escape_cell(h) for h in table.headers], body, right)]

    lines += ["", f"## {tr('report.shortfalls', lang)}", ""]
    for r in short:
        s = r.a_status
        assert s is not None and s.result is not None and r.a is not None
        lines.append("- " + tr(
            "report.shortfall", lang, indicator=escape_cell(r.indicator.name(lang)),
            target=escape_cell(c.target_cell(r.a.entry, lang)), t_note=" " + notes.cite(r.a.entry),
            result=escape_cell(c.result_cell(s.result, lang)), r_note=" " + notes.cite(s.result),
            status=c.word(s.status, lang), measure=measure(s, r.indicator, lang)))
    if not short:
        lines.append(tr("report.no_shortfalls", lang, a=a))

    for period, plan in (plans or {}).items():
        lines += markdown_section(period, plan, lang, notes.cite, ds.province)

    if untargeted:
        lines += ["", f"## {tr('report.untargeted', lang)}", ""]
        for u in untargeted:
            e = u.result.entry
            lines.append("- " + tr(
                "report.untargeted_item", lang,
                indicator=escape_cell(c.indicator_cell(u.indicator, u.scope, "FY", lang,
                                                       ds.province)),
                period=str(e.year), result=escape_cell(c.result_with_unit(e, u.indicator, lang)),
                note=" " + notes.cite(e) + mark(e.year, e, "result")))

    lines += ["", f"## {tr('report.disagree', lang)}", ""]
    shown_first = sorted(groups, key=lambda k: int(marks[k][1:]) if k in marks else len(groups))
    for figure in shown_first:
        group = groups[figure]
        first = group[0]
        lines.append("-" + mark(first.year, first.chosen, first.kind) + " " + tr(
            "report.disagreement", lang, year=first.year,
            indicator=escape_cell(c.indicator_cell(first.indicator, first.scope, first.period,
                                                   lang, ds.province)),
            kind=tr(f"kind.{first.kind}", lang),
            used=escape_cell(c.entry_cell(first.chosen, lang)) + " " + notes.cite(first.chosen),
            others="; ".join(escape_cell(c.entry_cell(k.other, lang)) + " " + notes.cite(k.other)
                             for k in group)))
    if not conflicts:
        lines.append(tr("report.agree", lang))

    lines += ["", f"## {tr('report.methods', lang)}", ""]
    lines += [p for para in methods_note(lang) for p in (para, "")]
    lines += [f"## {tr('report.sources', lang)}", "", *notes.lines()]
    cited = dict.fromkeys(s for s, _ in notes.numbers)
    lines[2] = "*" + c.made_line((ds.sources[s] for s in cited), lang) + "*"
    return "\n".join(lines) + "\n"


def _url(url: str) -> str:
    """An address made inert for a Markdown autolink: every character that could end it or
    open markup ('>', '"', '`', spaces, control characters) percent-encoded."""
    from urllib.parse import quote

    return quote(url, safe=":/?#[]@!$&'()*+,;=%~")
