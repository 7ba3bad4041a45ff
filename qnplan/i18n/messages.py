"""Every sentence, word and header qnplan shows a reader, in English: the source of the catalogue.

Code names a message by its key; the English template is here, the Vietnamese one is in
locale/vi/LC_MESSAGES/qnplan.po (the key is each entry's msgctxt, the English its msgid). To add
a message: add its key and English template below, run `make po` (adds the entry to qnplan.po,
untranslated), write its msgstr, run `make mo` (or `make test`). Changing an English template
marks its Vietnamese fuzzy on the next `make po`; tests/test_i18n.py fails until it is reviewed.
Templates use str.format fields; numbers are formatted before they are passed in.
"""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # change codes (DESIGN §4) and status codes
    "change.raised": "raised",
    "change.lowered": "lowered",
    "change.new": "new",
    "change.dropped": "dropped",
    "change.not_restated": "not restated",
    "change.unchanged": "unchanged",
    "change.changed": "changed",
    "status.met": "met",
    "status.missed": "missed",
    "status.on_track": "on track",
    "status.behind": "behind",
    "status.no_data": "no data",
    "status.unassessable": "unassessable",
    "result.estimate": "estimate",
    "result.reported": "reported",
    "result.final": "final",
    "result.met": "met",
    "result.not_met": "not met",
    "kind.target": "target",
    "kind.result": "result",
    "category.economy": "Economy",
    "category.society": "Society",
    "category.environment": "Environment",
    "category.governance": "Governance",
    "category.party": "Party building",
    "qualitative": "qualitative",
    "ikind.flow": "flow",
    "ikind.level": "level",
    "ikind.growth": "growth",
    "ikind.qualitative": "qualitative",
    "better.higher": "higher",
    "better.lower": "lower",
    "stype.plan": "plan",
    "stype.directive": "directive",
    "stype.report": "report",
    "stype.statistics": "statistics",
    "stype.press": "press",
    "yes": "yes",
    "no": "no",
    # table headers
    "h.indicator": "Indicator",
    "h.unit": "Unit",
    "h.change": "Change",
    "h.delta": "Δ",
    "h.result": "Result",
    "h.year_result": "{year} result",
    "h.status": "Status",
    "h.pace": "Pace",
    "h.full_year": "Of FY target",
    "h.target": "Target",
    "h.year_target": "Target {year}",
    "h.target_source": "Target source",
    "h.result_source": "Result source",
    "h.source": "Source",
    "h.year": "Year",
    "h.kind": "Of",
    "h.chosen": "Used",
    "h.other": "Disagrees",
    "h.id": "Id",
    "h.name": "Name",
    "h.category": "Category",
    "h.indicator_kind": "Kind",
    "h.better": "Better",
    "h.type": "Type",
    "h.number": "Number",
    "h.issuer": "Issuer",
    "h.date": "Date",
    "h.title": "Title",
    "h.period": "Period",
    "h.value": "Value",
    "h.result_status": "Reported as",
    "h.has_target": "Has a target",
    # CSV headers (one column per field)
    "csv.category": "category",
    "csv.indicator": "indicator",
    "csv.name": "name",
    "csv.scope": "scope",
    "csv.period": "period",
    "csv.unit": "unit",
    "csv.op": "op",
    "csv.value": "value",
    "csv.min": "min",
    "csv.max": "max",
    "csv.source": "source",
    "csv.a_op": "a_op",
    "csv.a_value": "a_value",
    "csv.a_min": "a_min",
    "csv.a_max": "a_max",
    "csv.a_source": "a_source",
    "csv.b_op": "b_op",
    "csv.b_value": "b_value",
    "csv.b_min": "b_min",
    "csv.b_max": "b_max",
    "csv.b_source": "b_source",
    "csv.change": "change",
    "csv.delta": "delta",
    "csv.delta_pct": "delta_pct",
    "csv.result_value": "result_value",
    "csv.result_bound": "result_bound",
    "csv.result_period": "result_period",
    "csv.result_status": "result_status",
    "csv.result_source": "result_source",
    "csv.status": "status",
    "csv.ratio": "ratio",
    "csv.full_year_ratio": "full_year_ratio",
    "csv.gap": "gap",
    "csv.conflicts": "conflict_sources",
    "csv.year": "year",
    "csv.kind": "kind",
    "csv.chosen_source": "chosen_source",
    "csv.chosen_value": "chosen_value",
    "csv.chosen_op": "chosen_op",
    "csv.other_source": "other_source",
    "csv.other_value": "other_value",
    "csv.other_op": "other_op",
    "csv.id": "id",
    "csv.text": "text",
    "csv.a_text": "a_text",
    "csv.b_text": "b_text",
    "csv.url": "url",
    "csv.better": "better",
    "csv.type": "type",
    "csv.number": "number",
    "csv.issuer": "issuer",
    "csv.date": "date",
    "csv.title": "title",
    "csv.bound": "bound",
    "csv.has_target": "has_target",
    "csv.revised_from": "revised_from",
    "csv.progress": "progress",
    "csv.progress_r": "progress_r",
    "csv.progress_years": "progress_years",
    # cells
    "cell.missed_by_zero": "missed by 0",
    "cell.short_by_zero": "behind by 0",
    "cell.estimate": "≈ est.",
    "period.FY": "FY",
    "period.H1": "H1",
    "period.quarter": "Q{n}",
    "period.months": "{n}M",
    # titles
    "title.compare": "Targets {a} → {b} ({scope})",
    "title.status": "Targets {year} ({scope})",
    "title.results": "Results reported for {year} ({scope})",
    "title.conflicts": "Disagreements between sources",
    "title.indicators": "Indicators",
    "title.sources": "Sources",
    # qnplan trend: the table, its progress rows and the SVG charts
    "title.trend": "Trend {span} ({scope})",
    "h.chart": "Chart",
    "h.of_target": "% of target",
    "verdict.achieved": "achieved",
    "verdict.on_track": "on track",
    "verdict.needs_acceleration": "needs acceleration",
    "verdict.limited_progress": "limited progress",
    "verdict.deteriorating": "deteriorating",
    "verdict.insufficient_data": "insufficient data",
    "trend.progress": "{span}: {verdict}",
    "trend.one_year": "{year} only: no trend",
    "trend.r": "R {r}",
    "span.from": "from {year}",
    "span.to": "up to {year}",
    "trend.estimate": "est.",
    "trend.legend": ("Chart: █ full-year result, ░ part-year result, │ target (pro-rated for a "
                     "part-year flow), bars from zero; "
                     "the sparkline on each progress row is the full-year results. % of target: "
                     "against the target pro-rated to the months elapsed for part-year flows; "
                     "for a target in %, the gap in points. "
                     "R: progress achieved ÷ progress required over the years with full-year "
                     "results (≥ 0.95 on track, ≥ 0.60 needs acceleration)."),
    "summary.trend": "{indicators}: {verdicts}.",
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
    "err.unknown_indicator": "unknown indicator {value!r}; see `qnplan indicators`",
    "err.qualitative_trend": ("{value} is qualitative: a trend needs figures; see `qnplan status "
                              "YEAR` for its yearly verdicts"),
    "err.from_after_to": "--from {a} is after --to {b}",
    "err.no_trend": ("no indicator has figures in two years{span}; name one to see a single "
                     "year"),
    "err.no_trend_data": "no figures for {value} ({span})",
    "err.svg_many": ("--format svg draws one chart per indicator: {n} indicators need "
                     "-o DIR (one file each), or name one indicator"),
    "err.output_only_svg": "-o/--output is for --format svg; redirect other formats instead",
    "msg.wrote_charts": "wrote {charts} to {path}",
    # summaries and notes
    "summary.changes": ("Targets {a} → {b}: {raised} raised, {lowered} lowered, {new} new, "
                        "{dropped} dropped by {b}'s plan, {not_restated} not restated in {b}'s "
                        "documents, {unchanged} unchanged, {changed} changed."),
    "summary.counts": ("{met} met, {missed} missed, {on_track} on track, {behind} behind, "
                       "{no_data} no data, {unassessable} unassessable."),
    "summary.statuses": "{year} results: {counts}",
    "summary.status": "{year}: {targets}: {counts}",
    "summary.conflicts": "{disagreements} between sources.",
    "summary.results": "{year}: results listed: {n}; without a target of their own: {untargeted}.",
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
    # the exported report
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
    # validation (qnplan/dataset/checks.py): codes stay stable, the words follow --lang
    "v.did_you_mean": " (did you mean {name}?)",
    "v.entry": "entry",
    "v.unknown_field": "unknown field {name}{hint}",
    "v.missing_field": "missing required field {name}",
    "v.quote_it": "; put it in quotes",
    "v.wrong_type": "{field}: expected {want}, got {got}{hint}",
    "v.not_one_of": "{field}: {value} is not one of {allowed}{hint}",
    "v.bad_date": "{field}: {value} is not a real date; write one that exists, as YYYY-MM-DD",
    "v.not_allowed": "{field}: this value is not allowed here",
    "v.op_null": 'op: ~ is YAML\'s null; write op: "~"',
    "v.op_empty": 'op is empty: an unquoted > starts a block of text in YAML; write op: ">"',
    "v.unknown_op": "unknown op {op}; use one of {known}{hint}",
    "v.unknown_indicator": ("unknown indicator {id}{hint}; add it to indicators.yaml or fix "
                            "the id"),
    "v.unknown_source": "unknown source {id}{hint}; add it to sources.yaml or fix the id",
    "v.bad_period": "unknown period {period}; use FY, H1, Q1-Q4 or 1M-11M",
    "v.bad_scope": "scope {scope} must be lower-case words joined by '-', e.g. mong-cai",
    "v.unknown_unit": "unknown unit {unit}{hint}; use one of {known}",
    "v.empty_alias": "an alias must not be empty",
    "v.duplicate_alias": ("alias {alias} already names {other}; an alias may name only one "
                          "indicator of a given unit"),
    "v.qualitative_value": ("{id} is qualitative: a target for it is op: qualitative with text, "
                            "a result is met: true or false with text"),
    "v.unit_mismatch": ("unit {unit} cannot convert to {id}'s unit {own}; a value must be in a "
                        "unit of the same dimension"),
    "v.not_finite": "{name} is {value}: write a real number",
    "v.too_large": ("{name} is {value}, too large for a number qnplan can compare; write it in "
                    "a larger unit (e.g. bn_vnd, not VND)"),
    "v.too_large_converted": ("{name} is {value}, too large for a number qnplan can compare "
                              "once converted to {unit}"),
    "v.negative": ("{name} is {value}, but {id} is an amount ({unit}), which cannot be "
                   "negative; a fall is stated in the quote's words"),
    "v.percent_range": "{name} {value}% is outside 0-100 for the rate {id}",
    "v.bad_number": "{name}: {problem}",
    "v.vi_thousands": ("{name}: YAML reads {token} as {read}, but the quote's {quoted} is "
                       "{meant} in Vietnamese; write {name}: {meant} (or {name}: \"{token}\")"),
    "v.empty_quote": "quote is empty; copy the words that state the figure from the source",
    "v.quote_not_found": ("quote not found in the text of source {source}; copy it verbatim "
                          "from the document"),
    "v.value_not_in_quote": "the value {value} is not written in the quote",
    "type.number": "a number",
    "type.text": "text",
    "type.bool": "true or false",
    "type.whole": "a whole number",
    "type.date_format": "a date (YYYY-MM-DD)",
    "type.mapping_kv": "a mapping (key: value)",
    "type.entries": "a list of entries (- ...)",
    "type.null": "nothing (null)",
    "type.list": "a list",
    "type.mapping": "a mapping",
    "type.date": "a date",
    "type.datetime": "a date and time",
    "d.no_section": "expected a mapping with a '{key}:' section",
    "d.section_type": "'{key}' must be {what}",
    "type.entries_plain": "a list of entries",
    "type.id_mapping": "a mapping of id: entry",
    "d.bad_indicator_id": "indicator id {id} must be lower_snake_case",
    "d.indicator_unit": "indicator {id} needs a unit (only qualitative ones may omit it)",
    "d.bad_source_id": "source id {id} must be lower-case words joined by '-'",
    "d.missing_text": "source text {name} not found in the data directory",
    "p.op_wording": ("op {op} contradicts the quote's words {words} ({said}); check the op "
                     "against the document"),
    "p.words_at_least": "'at least'",
    "p.words_at_most": "'at most'",
    "p.words_above": "'more than'",
    "p.words_below": "'less than'",
    "p.period_wording": ("period {period}, but the quote names {said}; check which period the "
                         "figure is for"),
    "p.placeholder_issuer": ("issuer {issuer} is a placeholder; write who issued the document "
                             "(e.g. HĐND tỉnh Quảng Ninh)"),
    "p.magnitude": ("{indicator} {value} {unit}{part} is {ratio} times off the closest of {n} "
                    "other figures for it in neighbouring years ({closest} {unit}, {year}, "
                    "{source}); check the unit and the thousands separators"),
    "p.pro_rated": " (pro-rated to a year)",
    "d.at_line": " (line {line})",
    "d.text_refused": "source text {name}{where} {why}; its quotes cannot be checked",
    "d.unknown_top": "unknown top-level key {name}",
    "d.unknown_province": ("province {value} is not one of Vietnam's 34 provinces and cities; "
                           "write its slug, e.g. {example}"),
    "d.year_type": "'year' must be a whole number, e.g. year: 2023",
    "d.year_range": "'year' is {year}, outside {low}-{high}; write the year the figures are for",
    "d.year_mismatch": "year {year} disagrees with the file name {name}; make them match",
    "d.file_year": "file name {name} must be YEAR.yaml, e.g. 2023.yaml",
    "d.file_year_range": "file name {name} names a year outside {low}-{high}",
    "d.duplicate_year": "a second {kind} file for {year} beside {first}; keep one file per year",
    "d.file_suffix": "file name {name} must end in .yaml, e.g. {year}.yaml",
    "d.entry_mapping": "each entry must be a mapping (indicator: ..., ...)",
    "d.duplicate_entry": ("a second entry for {indicator} ({scope}, {period}) from source "
                          "{source}; keep one"),
    "d.qualitative_text": "a qualitative target needs 'text'",
    "d.qualitative_extra": "a qualitative target has 'text', not '{extra}'",
    "d.range_needs": "a range target needs 'min' and 'max'",
    "d.range_value": "a range target has 'min' and 'max', not 'value'",
    "d.needs_value": "target with op {op} needs a 'value'",
    "d.min_max_op": "'min'/'max' belong to op: range, not {op}",
    "d.min_over_max": "min {min} is greater than max {max}; swap them",
    "d.tolerance": "tolerance is a fraction between 0 and 1, e.g. 0.05",
    "d.result_needs": "a result needs a 'value', or 'met' and 'text'",
    "d.missing_file": "{name} is missing from the data directory",
    "d.plan_file_name": ("file name {name} must be FROM-TO.yaml, the plan period's first and "
                         "last year, e.g. 2021-2025.yaml"),
    "d.plan_period_length": ("file name {name} spans {years} years; a plan period is {low} to "
                             "{high} years, e.g. 2021-2025.yaml"),
    "d.plan_duplicate_file": "a second plans file for {period} beside {first}; keep one file",
    "d.plan_period_missing": "expected 'period: [FROM, TO]', the plan period's first and last year",
    "d.plan_period_type": "'period' must be two years, e.g. period: [2021, 2025]",
    "d.plan_period_mismatch": ("period [{start}, {end}] disagrees with the file name {name}; make "
                               "them match"),
    "d.plan_duplicate_entry": ("a second {basis} entry for {indicator} ({scope}) from source "
                               "{source}; keep one"),
    "d.plan_basis_kind": ("basis {basis} does not fit {id} ({kind}); it may be: {fits}"),
    "d.plan_baseline_year": ("baseline year {year} is after the period starts ({start}); a "
                             "baseline is a figure from before the period or its first year"),
    # YAML and file problems (qnplan/dataset/strict_yaml.py)
    "y.block_scalar": 'an unquoted ">" or "|" starts a block of text; quote the operator: op: ">="',
    "y.tab": "a tab is not allowed in YAML indentation; indent with spaces",
    "y.percent": 'a bare % cannot start a value; quote it: unit: "%"',
    "y.cannot_start": "{char} cannot start a value; put the value in quotes",
    "y.colon_in_value": ("a ': ' inside a value, or a missing colon on the line before; quote "
                         "the value or check the line above"),
    "y.list_open": "a '[' list is not closed with ']'",
    "y.mapping_open": "a '{{' mapping is not closed with '}}'",
    "y.key_colon": "a key without its colon, or a colon without a space after it",
    "y.quote_open": "a quoted value is not closed; add the closing quote",
    "y.value_missing": "a value is missing here, or a '[' or '{{' is not closed",
    "y.alias_undefined": "aliases (*name) are not allowed in qnplan data; write the value out",
    "y.syntax_line": ("this line is not valid YAML; check its indentation and quotes, and "
                      "those of the line above"),
    "y.list_item": ("a list item ('- ...') is expected here; check this line's indentation "
                    "against the lines above"),
    "y.expected_key": "a key ('name: value') is expected here; check this line's indentation",
    "y.unknown_escape": ("a backslash in a double-quoted value starts an escape; write \\\\ "
                         "or use single quotes"),
    "y.hex_escape": ("a \\x or \\u escape in a double-quoted value needs hexadecimal digits; "
                     "use single quotes"),
    "y.after_end": ("text after the end of the data: an extra ']' or '}}', or a '...' line; "
                    "remove it"),
    "y.second_document": "a second document ('---') in one file; keep one document per file",
    "y.directive": "a %YAML or %TAG directive, which qnplan data does not use; remove it",
    "y.tag_handle": "a tag (!name), which qnplan data does not use; remove it",
    "y.split_by_year": "; split it by year",
    "y.file_refused": "file {why}{advice}",
    "y.anchor": ("anchor &{anchor} is not allowed in qnplan data; remove it and write each "
                 "value out"),
    "y.control": "the control character {char} is not allowed in YAML text; remove it",
    "y.not_yaml": "the file is not valid YAML",
    "y.too_deep": "nesting is too deep to be qnplan data",
    "y.empty": "file is empty",
    "y.deeper_than": "nesting deeper than {depth} levels is not qnplan data",
    "y.tag": "tag {tag} is not allowed in qnplan data; remove it",
    "y.alias": ("this value is reused through an alias (*name), which qnplan data does not "
                "allow; write the value out"),
    "y.key_plain": "a mapping key must be a plain name",
    "y.duplicate_key": ("duplicate key {key}: YAML would silently keep only the last one; "
                        "remove or rename one"),
    "y.long_value": "{start}... ({n} characters)",
    "y.bad_date": "{value} is not a real date; write one that exists, as YYYY-MM-DD",
    "y.too_many_digits": "a number of {n} digits is too large for qnplan data",
    "y.unreadable": "{value} cannot be read as {what}; fix the value or remove its !!{kind} tag",
    # files a data folder names (qnplan/dataset/files.py): completes "file ..." / "source text ..."
    "f.symlink_loop": "cannot be resolved: its symlinks loop",
    "f.outside": "leads outside the data directory; copy the file into it",
    "f.bad_path": "is empty or contains control characters; name a file such as sources/ID.txt",
    "f.absolute": ("is an absolute path; name a file relative to the data directory, e.g. "
                   "sources/ID.txt"),
    "f.unreadable": "cannot be read: {why}",
    "f.not_a_file": "is {kind}, not a regular file",
    "f.size_mb": "{mb} MB, ",
    "f.too_large": "is {size}over the {limit} MB limit",
    "f.utf16": "is UTF-16; save it as UTF-8",
    "f.nul": "contains NUL bytes: it is binary, not text",
    "f.not_utf8": "is not UTF-8: byte {byte} (Latin-1 or Windows-1258?); save it as UTF-8",
    "f.kind_dir": "a directory",
    "f.kind_fifo": "a named pipe (FIFO)",
    "f.kind_device": "a device",
    "f.kind_socket": "a socket",
    "f.kind_special": "a special file",
    # usage and data errors
    "err.prefix": "error: {message}",
    "usage.usage": "Usage:",
    "usage.try": "Try '{command}' for help.",
    "usage.no_option": "no such option: {name}",
    "usage.did_you_mean": " (did you mean {names}?)",
    "usage.missing_option": "missing option {name}",
    "usage.missing_argument": "missing argument {name}",
    "usage.invalid": "invalid value for {name}: {message}",
    "usage.no_command": "no such command '{name}'",
    "usage.needs_value": "option '{name}' needs a value",
    "usage.extra": "unexpected extra argument ({name})",
    "usage.not_one_of": "{name} is not one of {choices}",
    "usage.not_integer": "{name} is not a whole number",
    "err.internal": "internal error: {name}: {message} (run with --debug for details)",
    "err.data_problems": ("the data has {problems}{more}; run `qnplan validate` to see them "
                          "all"),
    "err.more": " ({n} more)",
    "err.fail_on_unknown": "--fail-on: unknown status {unknown}; use {known}",
    "err.fail_on_matched": "{rows} with status {statuses} (--fail-on)",
    "err.no_targets": "no targets for {year} in {root}; years with targets: {have}{hint}",
    "err.see_results": "; {year} has results: `qnplan results {year}` lists them",
    "err.no_data_year": "no data for {year} in {root}; years with data: {have}",
    "err.no_results": "no results for {year} in {root}; years with results: {have}",
    "err.none": "none",
    "err.unknown_category": "unknown category {value!r}; use one of {known}",
    "err.unknown_source": "unknown source {value!r}; use one of {known} (see `qnplan sources`)",
    "err.unknown_scope": "unknown scope {value!r}; use one of {known}",
    "err.path_missing": "{path!r} does not exist",
    "err.date_format": "--date {value}: give the date as YYYY-MM-DD",
    "err.write_needs_source": "--write needs --source ID: the id the new entries will cite",
    "err.no_data_dir": "data directory {path} does not exist; pass --data DIR or set QNPLAN_DATA",
    "err.init_exists": "{path} already has files in it; give a new folder",
    "msg.init_done": ("started {path} for {place}: add a document's figures with `qnplan --data "
                      "{path} extract DOC --source ID --write`"),
    "err.dir_or_files": "give either one data directory or data files, not both",
    "err.write_in_data": ("refusing to write {path!r} inside the data directory {root!r}; "
                          "choose another path"),
    "err.write_is_dir": "{path!r} is a directory; give a file name, e.g. report.md",
    "err.write_no_folder": "folder {path!r} does not exist",
    "msg.wrote": "wrote {path}",
    "msg.validate_summary": ("{errors}, {warnings}; {entries}, {quoted} checked against their "
                             "source text"),
    # qnplan extract (qnplan/extract/): its table, its --write report and its refusals
    "title.extract": "Statements in {name} ({place})",
    "hx.kind": "Kind",
    "hx.period": "Period",
    "hx.figure": "Figure",
    "hx.scope": "Scope",
    "hx.quote": "Quote",
    "period.H2": "H2",
    "extract.derived": "{kind} (derived)",
    "extract.left_out_note": ("{statements} left out (derived, no indicator, no year or a single "
                              "month); see --format table"),
    "extract.registered": "registered source {source} as {type} (sources/{source}.txt from {name})",
    "extract.nothing_new": "nothing new to add",
    "extract.unsure": "unsure: {why}",
    "extract.no_drafts": "no entries to draft",
    "doubt.kind_running": "target or result read from earlier in the sentence",
    "doubt.kind_carried": "target or result read from a heading or an earlier sentence",
    "doubt.kind_default": ("nothing in the wording marks it as a target or a result: read as a "
                           "result"),
    "doubt.no_year": "year not stated near the figure: taken from the context",
    "doubt.no_indicator": "no indicator recognised in the wording",
    "doubt.confidence": "confidence {confidence}",
    "doubt.unit": "unit {unit!r} read as {indicator_unit}",
    "extract.bad_source_id": ("--source {source!r}: an id is lower-case letters and digits in "
                              "words joined by '-', at most {limit} characters, e.g. "
                              "nq-318-hdnd-2025"),
    "extract.text_exists": ("{path} exists but {source!r} is not in sources.yaml; register it "
                            "or choose another id"),
    "extract.cannot_append": ("{path}: cannot append safely (the {section}: list must be the "
                              "file's last top-level key, in block style); add the entries by "
                              "hand: qnplan extract DOC --format yaml"),
    "extract.would_be_invalid": ("nothing written: the new entries would make the data "
                                 "invalid: {shown}{more}"),
    "extract.needs_extra": ("{name} is a {kind}; install the optional extra: pip install "
                            "'qnplan[documents]'"),
    "extract.too_big": ("{name} is {mb} MB; extract reads documents up to {limit} MB: split it "
                        "or save only the text"),
    "extract.binary": ("{name} does not look like text (it holds binary data); give a .txt, "
                       ".md, .html, .pdf or .docx file"),
    "extract.not_utf8": "{name} is not UTF-8 text (byte {byte}); save it as UTF-8",
    "extract.too_long": ("{name} holds {chars} characters of text; extract reads up to "
                         "{limit}: split the document"),
    "extract.bad_pdf": "{name} is not a readable PDF ({why}); save it as text",
    "extract.pdf_part_too_large": "a part unpacks too large",
    "extract.pdf_pages": "{name} has {pages} pages; extract reads PDFs up to {limit} pages",
    "extract.pdf_too_slow": ("{name}: the PDF's text is too large or too slow to read (over "
                             "{chars} characters or {seconds} s)"),
    "extract.pdf_no_text": ("{name} has no text layer (a scanned PDF?); run OCR first or give "
                            "the text"),
    "extract.docx_too_big": ("{name}: its text part unpacks to {mb} MB; extract refuses "
                             "documents that large"),
    "extract.bad_docx": "{name} is not a readable .docx file",
    "extract.bad_docx_why": "{name} is not a readable .docx file ({why})",
    "extract.no_source_text": "source {source!r}: its text file {path!r} is missing",
    "extract.no_document": "{doc!r} is neither a file nor a registered source with a text",
    "extract.cannot_read": "cannot read {doc!r}: {why}",
    # plan periods (DESIGN §9)
    "verdict.missed": "missed",
    "basis.average": "average",
    "basis.end": "by the end",
    "basis.total": "total",
    "basis.each_year": "each year",
    "h.basis": "Basis",
    "h.years_with_results": "Years with results",
    "h.so_far": "So far",
    "h.needed": "Needed per year",
    "h.verdict": "Verdict",
    "h.r": "R",
    "h.plan_period": "Plan period",
    "h.targets": "Targets",
    "plan.years_met": "{met}/{judged} met",
    "title.plan": "Plan {period} ({scope})",
    "title.plan_periods": "Plan periods",
    "summary.plan": "{period}: {targets}: {verdicts}.",
    "summary.plan_periods": "{periods}; see one with qnplan plan FROM-TO.",
    "note.plan_conflict": ("{mark}: {indicator}, period target: used {used}; other sources "
                           "say {others}"),
    "note.plan_baseline": "{indicator}: R measured from {year}'s {value} ({source}).",
    "note.plan_years_missed": "{indicator}: missed in {years}.",
    "note.plan_needed": ("Needed per year: what each year without a result must reach for the "
                         "period to meet its target."),
    "err.no_plan_period": "no plan period {period} in {root}; periods: {have}",
    "plan.ending": "Plan targets ending in {year} ({periods}): {targets}.",
    "plan.ending_row": "{indicator} ({basis}) {verdict}",
    "plan.trend_row": "Plan {period} ({basis})",
    "plan.chart_label": "Plan {period} ({basis}) {target}: {verdict}",
    "csv.period_from": "period_from",
    "csv.period_to": "period_to",
    "csv.basis": "basis",
    "csv.years": "years",
    "csv.missing": "missing",
    "csv.actual": "actual",
    "csv.required_remaining": "required_remaining",
    "csv.verdict": "verdict",
    "csv.r": "r",
    "csv.baseline_year": "baseline_year",
    "csv.baseline_value": "baseline_value",
    "csv.baseline_source": "baseline_source",
    "csv.years_met": "years_met",
    "csv.years_missed": "years_missed",
    "csv.targets": "targets",
    # hostile input, writes as one change, the intake review (extract --write)
    "extract.refused": "{doc!r} {why}; give a document file",
    "extract.data_invalid": "the data has errors: {shown}; run `qnplan validate`",
    "extract.yaml_source_id": ("--source '{source}': YAML reads this id as {read}, not as a name; "
                               "add a word, e.g. {source}-2025 or bao-{source}"),
    "extract.id_taken": ("--source {source!r} is already registered for another document "
                         "({title!r}); choose a new id for this one"),
    "extract.read_only": "{path} is read-only; nothing was written",
    "extract.cannot_write": "cannot write {path}: {why}; nothing was written",
    "extract.complete_issuer": "complete the issuer of {source} in sources.yaml (or give --issuer)",
    "extract.added_entry": "added {entry} to {file}: “{quote}”",
    "extract.skip_present": "skipped {entry}: already in {file}: “{quote}”",
    "extract.skip_repeat": "skipped {entry}: “{quote}” repeats “{first}”",
    "extract.left_entry": "left out “{quote}”: {why}",
    "extract.n_added": "{entries} added",
    "extract.n_skipped": "{n} skipped",
    "extract.n_left": "{n} left out",
    "extract.summary": "in all: {parts}",
    "extract.dry_run": "dry run: nothing was written; run again with --write to make this change",
    "extract.pdf_aes": ("{name} is encrypted with AES; install the cryptography package (pip "
                        "install cryptography) or save it decrypted or as text"),
    "extract.pdf_password": "{name} is protected by a password; save it decrypted or as text",
    "extract.pdf_total_too_large": "its parts together unpack to more than {mb} MB",
    "extract.docx_doctype": ("{name}: its part {part} declares a DOCTYPE, which a Word document "
                             "never needs; save it again from Word or as text"),
    "err.option_text": "{option}: give one line of text, without control characters",
    "tx.cannot_lock": "cannot lock the data directory {root}: {why}",
    "tx.busy": ("another qnplan is writing to {root} and has not finished within 30 seconds; try "
                "again when it has"),
    "tx.cannot_recover": ("{path}: an interrupted write could not be finished ({why}); run qnplan "
                          "again with write access to the data directory"),
    "tx.bad_journal": ("{path}: an interrupted write left a journal qnplan cannot read; restore "
                       "the data directory from version control and delete this file"),
    "tx.changed_meanwhile": ("{path} changed while qnplan was writing; nothing was written: run "
                             "again"),
    # answers that read right (issue 19)
    "change.tightened": "tightened",
    "change.loosened": "loosened",
    "csv.comparator_only": "comparator_only",
    "cell.none": "none",
    "csv.ratio_bound": "ratio_bound",
    "csv.progress_r_bound": "progress_r_bound",
    "note.by_op": ("“tightened”: the same figure with a stricter comparator (“> 10” after "
                   "“≥ 10”), counted with the raised; “loosened”: the reverse, counted with "
                   "the lowered."),
    "methods.changes": ("“Raised” means a more demanding figure; “tightened” the same figure "
                        "with a stricter comparator (“> 10” after “≥ 10”), counted with the "
                        "raised; “loosened” the reverse, counted with the lowered."),
    "err.write_failed": "cannot write {path!r}: {why}",
    "err.write_special": "{path!r} is {kind}, not a file; give a file name, e.g. report.md",
    "err.pipe_no_reader": "no program is reading from this pipe",
}

# Counted nouns and other messages whose words follow a number: (singular, plural) in English,
# ngettext's forms in the catalogue (Vietnamese has one).
PLURALS: dict[str, tuple[str, str]] = {
    "cell.points": ("{gap} pt", "{gap} pts"),
    "report.gap": ("{gap} point from the target", "{gap} points from the target"),
    "count.error": ("{n} error", "{n} errors"),
    "count.warning": ("{n} warning", "{n} warnings"),
    "count.valid_entry": ("{n} valid entry", "{n} valid entries"),
    "count.quote": ("{n} quote", "{n} quotes"),
    "count.problem": ("{n} problem", "{n} problems"),
    "count.target": ("{n} target", "{n} targets"),
    "count.indicator": ("{n} indicator", "{n} indicators"),
    "count.disagreement": ("{n} disagreement", "{n} disagreements"),
    "count.chart": ("{n} chart", "{n} charts"),
    "count.document": ("{n} cited document", "{n} cited documents"),
    "count.figure": ("{n} figure", "{n} figures"),
    "count.row": ("{n} row", "{n} rows"),
    "count.statement": ("{n} statement", "{n} statements"),
    "count.result": ("{n} result", "{n} results"),
    "count.entry": ("{n} entry", "{n} entries"),
    "count.plan_period": ("{n} plan period", "{n} plan periods"),
}
