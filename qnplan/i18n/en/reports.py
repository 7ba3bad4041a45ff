"""What a listing or a report says around its rows: titles, summaries, notes, qnplan trend's
progress rows and SVG charts, plan periods, the exported report and its methods note.

The English templates of one area of the catalogue (docs/translating.md)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # titles of the listings
    "title.compare": "Targets {a} → {b} ({scope})",
    "title.status": "Targets {year} ({scope})",
    "title.results": "Results reported for {year} ({scope})",
    "title.conflicts": "Disagreements between sources",
    "title.indicators": "Indicators",
    "title.sources": "Sources",
    "title.trend": "Trend {span} ({scope})",
    "title.extract": "Statements in {name} ({place})",
    "title.plan": "Plan {period} ({scope})",
    "title.plan_periods": "Plan periods",
    # the summary line under a listing
    "summary.trend": "{indicators}: {verdicts}.",
    "summary.changes": ("Targets {a} → {b}: {raised} raised, {lowered} lowered, {new} new, "
                        "{dropped} dropped by {b}'s plan, {not_restated} not restated in {b}'s "
                        "documents, {unchanged} unchanged, {changed} changed."),
    "summary.counts": ("{met} met, {missed} missed, {on_track} on track, {behind} behind, "
                       "{no_data} no data, {unassessable} unassessable."),
    "summary.statuses": "{year} results: {counts}",
    "summary.status": "{year}: {targets}: {counts}",
    "summary.conflicts": "{disagreements} between sources.",
    "summary.results": "{year}: results listed: {n}; without a target of their own: {untargeted}.",
    "summary.plan": "{period}: {targets}: {verdicts}.",
    "summary.plan_periods": "{periods}; see one with qnplan plan FROM-TO.",
    # notes under a listing
    "note.conflict": "({mark}) {indicator}, {year} {kind}: used {used}; also {others}",
    "note.hidden": ("Hidden to fit {width} columns: {columns}. Widen the terminal, or pipe "
                    "the output (printed in full), or use --format markdown or csv."),
    "note.untargeted": ("Results for {year} without a target of their own: {n}; "
                        "`qnplan results {year} --scope {scope}` lists them."),
    "note.not_restated": ("“not restated”: no document in the data is {b}'s own plan of the "
                          "kind that set the {a} target (`plan_for: {b}` in sources.yaml), so "
                          "its absence says nothing about the plan."),
    "note.pace": ("Pace: a part-year result against the target pro-rated to the months "
                  "elapsed. Of FY target: the result against the full-year target, as "
                  "reports print it (for a target in %, the gap in points)."),
    "note.plan_conflict": ("{mark}: {indicator}, period target: used {used}; other sources "
                           "say {others}"),
    "note.plan_baseline": "{indicator}: R measured from {year}'s {value} ({source}).",
    "note.plan_years_missed": "{indicator}: missed in {years}.",
    "note.plan_needed": ("Needed per year: what each year without a result must reach for the "
                         "period to meet its target."),
    "note.swapped": ("The later year was given first: compared in time order, {a} → {b}, so that "
                     "“raised” and “new” read from the earlier plan to the later one."),
    "note.by_op": ("“tightened”: the same figure with a stricter comparator (“> 10” after "
                   "“≥ 10”), counted with the raised; “loosened”: the reverse, counted with "
                   "the lowered."),
    # qnplan trend: its table and progress rows
    "trend.progress": "{span}: {verdict}",
    "trend.one_year": "{year} only: no trend",
    "trend.r": "R {r}",
    "trend.estimate": "est.",
    "trend.legend": ("Chart: █ full-year result, ░ part-year result, │ target (pro-rated for a "
                     "part-year flow), bars from zero; "
                     "the sparkline on each progress row is the full-year results. % of target: "
                     "against the target pro-rated to the months elapsed for part-year flows; "
                     "for a target in %, the gap in points. "
                     "R: progress achieved ÷ progress required over the years with full-year "
                     "results (≥ 0.95 on track, ≥ 0.60 needs acceleration)."),
    "trend.note_later": ("({mark}) {indicator}, {year} target: {used} is used, its source ranking "
                         "first; {others} was issued later in the year, as if revising it. "
                         "--source chooses another source's figure."),
    "trend.note_undated": ("({mark}) {indicator}, {year} target: {used} is used; {others} is also "
                           "stated, and with a document undated no one can tell whether it came "
                           "before or after (a revision, or not). --source chooses another "
                           "source's figure."),
    # qnplan trend --format svg: the charts
    "chart.target": "target",
    "chart.result": "result (full year)",
    "chart.part": "part-year result",
    "chart.estimate_legend": "est. = estimate",
    "chart.one_year": "Only one year with data ({year}): no line drawn",
    "chart.no_target": "no target",
    "chart.no_result": "no result",
    "chart.prorated": "target pro-rated to the months elapsed: {value}",
    "chart.title": "{name} ({unit}): targets and results {span}",
    "chart.bullet_title": "{name} ({unit}) {year}: result against target",
    # qnplan trend --summary: progress at a glance
    "glance.title": "At a glance — {span}",
    "glance.latest": "{year}: {result} against {target}",
    "glance.h_latest": "Latest year judged",
    "glance.h_progress": "Progress over the years",
    "glance.heading": "Progress at a glance",
    "glance.intro": ("Every indicator with figures up to {b}: its latest year with a verdict, "
                     "and its progress over the years (R: progress achieved ÷ progress "
                     "required)."),
    # plan periods (DESIGN §9)
    "plan.years_met": "{met}/{judged} met",
    "plan.ending": "Plan targets ending in {year} ({periods}): {targets}.",
    "plan.ending_row": "{indicator} ({basis}) {verdict}",
    "plan.trend_row": "Plan {period} ({basis})",
    "plan.chart_label": "Plan {period} ({basis}) {target}: {verdict}",
    # the exported report (export --format markdown, report)
    "report.title": "{place} plan targets: {a} compared with {b}",
    "report.title_scope": "{place} ({scope}) plan targets: {a} compared with {b}",
    "report.generated": "Made with qnplan from {documents}, the latest dated {date}.",
    "report.generated_undated": "Made with qnplan from {documents}.",
    "report.summary": "Summary",
    "report.summary_targets": ("{a} has {targets_a} and {b} has {n_b}; compared side by side "
                               "they make {rows}. From {a} to {b}: {raised} raised, {lowered} "
                               "lowered, {unchanged} kept, {changed} changed in wording or kind, "
                               "{new} new. Of {a}'s targets: {dropped} dropped by {b}'s plan, "
                               "{not_restated} not restated in the {b} documents we hold."),
    "report.summary_status": ("Against the latest {a} results: {met} met, {on_track} on "
                              "track, {short} short, {no_data} with no reported result yet."),
    "report.summary_conflicts": "Sources disagree on {figures}.",
    "report.compared": "Targets compared",
    "report.shortfalls": "Shortfalls",
    "report.shortfall": ("**{indicator}**: target {target}{t_note}, result {result}{r_note} — "
                         "{status}, {measure}."),
    "report.no_shortfalls": "No {a} target has a reported result that falls short.",
    "report.untargeted": "Results with no target of their own",
    "report.untargeted_item": "**{indicator}** ({period}): {result}{note}.",
    "report.disagree": "Where sources disagree",
    "report.disagreement": "{year}, **{indicator}** ({kind}): used {used}; also {others}.",
    "report.agree": "The sources agree on every figure.",
    "report.methods": "How to read this report",
    "report.sources": "Sources",
    "report.source_number": "no. {number}",
    "report.of_full_year": "{ratio} of the full-year target",
    "report.pace": "{ratio} of the pro-rated pace",
    "report.plan_heading": "Plan {period}",
    # the report's methods note
    "methods.cells": ("Figures are in each indicator's unit. A target reads “≥ 1” (at least), "
                      "“> 10” (more than), “≈ 11” (about) or “3–3.5” (a range). A result "
                      "reads “> 55,000” when the document says “more than”, and “≈ est.” "
                      "marks a figure the document gives as an estimate."),
    "methods.prorating": ("A flow (revenue, investment, jobs, visitors) reported after m months "
                          "is judged against m/12 of its annual target: that is its pace. The "
                          "“Of FY target” column compares the same result with the full "
                          "annual target, the figure reports print (“đạt 85,4% kế hoạch”). "
                          "Rates and levels are judged as they stand; a target in % shows "
                          "its gap in percentage points."),
    "methods.precedence": ("Where documents disagree, a target is taken from the People's "
                           "Council plan over a Party directive over a government report over "
                           "statistics over the press; a result from statistics over a report "
                           "over the plan over a directive over the press; then the later "
                           "document. Every disagreement is listed with both figures."),
    "methods.dropped": ("“Dropped by the plan”: a document recorded as the later year's own plan "
                        "(`plan_for` in sources.yaml), of the same kind as the one that set the "
                        "earlier target, lists targets for the same place without this one. "
                        "“Not restated”: no such document is in the data; a document that names "
                        "one aim of the later year in passing (a mid-year resolution) is not "
                        "that year's plan, so the target may still stand."),
    "methods.no_data": ("“No data”: no document we hold reports a result for the target yet; "
                        "it says nothing about whether the target was met."),
    "methods.changes": ("“Raised” means a more demanding figure; “tightened” the same figure "
                        "with a stricter comparator (“> 10” after “≥ 10”), counted with the "
                        "raised; “loosened” the reverse, counted with the lowered."),
    # the HTML report's own words: navigation, captions, labels, its methods note
    "html.needs_extra": ("the HTML report needs Jinja2, which is not installed; install the "
                         "extra with: pip install 'qnplan[html]'"),
    "html.contents": "Contents",
    "html.changes_caption": "How the targets moved from {a} to {b}",
    "html.statuses_caption": "{a} targets against the latest results",
    "html.compared_caption": ("Targets {a} and {b} side by side, with {a}'s latest result; "
                              "the numbers in brackets lead to each figure's quote."),
    "html.shortfall": "target {target}, result {result}: {status}, {measure}",
    "html.trends": "Trends",
    "html.trends_intro": ("Each year's full-year target and latest result up to {b}; the table "
                          "beside each chart holds the same figures."),
    "html.trend_caption": "{name}: target and result by year",
    "html.progress": "Progress",
    "html.year": "Year",
    "html.used": "used",
    "html.other": "also stated",
    "html.figure_label": "{name} · {year} {kind}",
    "html.plan_figure_label": "{name} · plan {period} target",
    "html.citations": "Every figure and its quote",
    "html.disagreement": "see disagreement {n}",
    "html.scope": "Scope: {scope}.",
    "html.source_preferred": "Figures from source {source} are preferred where it gives one.",
    "html.methods_quotes": ("Every figure links to the sentence it was copied from, in the "
                            "document's own words, listed under “Every figure and its quote”."),
    "html.methods_trend": ("Progress over several years compares what was achieved with what was "
                           "required (R): growth rates chained into an index, flows summed, "
                           "levels as the distance covered towards the latest target; R ≥ 0.95 "
                           "is on track, 0.60–0.95 needs acceleration, below 0.60 limited "
                           "progress, below 0 deteriorating. Part-year results are shown but do "
                           "not count."),
}

PLURALS: dict[str, tuple[str, str]] = {
    # the exported report (export --format markdown, report)
    "report.gap": ("{gap} point from the target", "{gap} points from the target"),
}
