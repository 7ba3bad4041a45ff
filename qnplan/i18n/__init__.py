"""Every sentence, word and header qnplan shows a reader, in English and Vietnamese.

Plain dicts rather than gettext: importing this module costs well under a millisecond, needs
no compiled catalogue, and a test checks that every English key has a Vietnamese twin.
Messages use str.format fields; numbers are formatted before they are passed in.
"""

from __future__ import annotations

from typing import Any

EN: dict[str, str] = {
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
    "cell.points": "{gap} pt|{gap} pts",
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
                        "{dropped} dropped by the plan, {not_restated} not restated in {b}'s "
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
    "note.not_restated": ("“not restated”: {b}'s documents include none of the kind that "
                          "set the {a} target, so its absence says nothing about the plan."),
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
    "report.gap": "{gap} point from the target|{gap} points from the target",
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
    "methods.dropped": ("“Dropped by the plan”: a document of the same kind for the later year "
                        "lists its targets for the same place without this one. “Not restated”:"
                        " the later year's documents we hold include none of that kind, so the "
                        "target may still stand."),
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
    "d.at_line": " (line {line})",
    "d.text_refused": "source text {name}{where} {why}; its quotes cannot be checked",
    "d.unknown_top": "unknown top-level key {name}",
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
    "err.no_targets": "no targets for {year} in {root}; years with targets: {have}",
    "err.no_plan_period": "no plan period {period} in {root}; periods: {have}",
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
    "extract.registered": ("registered source {source} (sources/{source}.txt from {name}); "
                           "complete its issuer in sources.yaml"),
    "extract.added": "added {entries} to {file}",
    "extract.skipped": "skipped {entries} already in the data (or repeated)",
    "extract.left_out": ("left out {statements} (derived, no indicator, no year or a single "
                         "month)"),
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
    "extract.registries_invalid": "{issue}; run `qnplan validate`",
    "extract.bad_source_id": ("--source {source!r}: an id is lower-case words joined by '-', "
                              "e.g. nq-318-hdnd-2025"),
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
    "extract.is_dir": "{doc!r} is a directory; give a document file",
    "extract.cannot_read": "cannot read {doc!r}: {why}",
    # counted nouns, "one|other" (see tr_count)
    "count.error": "{n} error|{n} errors",
    "count.warning": "{n} warning|{n} warnings",
    "count.valid_entry": "{n} valid entry|{n} valid entries",
    "count.quote": "{n} quote|{n} quotes",
    "count.problem": "{n} problem|{n} problems",
    "count.target": "{n} target|{n} targets",
    "count.indicator": "{n} indicator|{n} indicators",
    "count.disagreement": "{n} disagreement|{n} disagreements",
    "count.chart": "{n} chart|{n} charts",
    "count.document": "{n} cited document|{n} cited documents",
    "count.figure": "{n} figure|{n} figures",
    "count.row": "{n} row|{n} rows",
    "count.statement": "{n} statement|{n} statements",
    "count.result": "{n} result|{n} results",
    "count.entry": "{n} entry|{n} entries",
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
    "count.plan_period": "{n} plan period|{n} plan periods",
    "note.plan_conflict": ("{mark}: {indicator}, period target: used {used}; other sources "
                           "say {others}"),
    "note.plan_baseline": "{indicator}: R measured from {year}'s {value} ({source}).",
    "note.plan_years_missed": "{indicator}: missed in {years}.",
    "note.plan_needed": ("Needed per year: what each year without a result must reach for the "
                         "period to meet its target."),
    "plan.ending": "Period targets ending in {year}:",
    "plan.ending_row": "{period} {indicator} ({basis}): {verdict}",
    "report.plan_heading": "Plan {period}",
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
}

VI: dict[str, str] = {
    "change.raised": "nâng",
    "change.lowered": "hạ",
    "change.new": "mới",
    "change.dropped": "bị bỏ",
    "change.not_restated": "chưa nhắc lại",
    "change.unchanged": "giữ nguyên",
    "change.changed": "thay đổi",
    "status.met": "đạt",
    "status.missed": "không đạt",
    "status.on_track": "đúng tiến độ",
    "status.behind": "chậm",
    "status.no_data": "chưa có số liệu",
    "status.unassessable": "không đánh giá được",
    "result.estimate": "ước tính",
    "result.reported": "báo cáo",
    "result.final": "chính thức",
    "result.met": "đạt",
    "result.not_met": "không đạt",
    "kind.target": "mục tiêu",
    "kind.result": "kết quả",
    "category.economy": "Kinh tế",
    "category.society": "Xã hội",
    "category.environment": "Môi trường",
    "category.governance": "Quản trị",
    "category.party": "Xây dựng Đảng",
    "qualitative": "định tính",
    "ikind.flow": "cộng dồn",
    "ikind.level": "mức",
    "ikind.growth": "tăng trưởng",
    "ikind.qualitative": "định tính",
    "better.higher": "cao hơn",
    "better.lower": "thấp hơn",
    "stype.plan": "nghị quyết HĐND",
    "stype.directive": "nghị quyết Đảng",
    "stype.report": "báo cáo",
    "stype.statistics": "thống kê",
    "stype.press": "báo chí",
    "yes": "có",
    "no": "không",
    "h.indicator": "Chỉ tiêu",
    "h.unit": "Đơn vị",
    "h.change": "Thay đổi",
    "h.delta": "Δ",
    "h.result": "Kết quả",
    "h.year_result": "Kết quả {year}",
    "h.status": "Đánh giá",
    "h.pace": "Tiến độ",
    "h.full_year": "So KH năm",
    "h.target": "Mục tiêu",
    "h.year_target": "Mục tiêu {year}",
    "h.target_source": "Nguồn mục tiêu",
    "h.result_source": "Nguồn kết quả",
    "h.source": "Nguồn",
    "h.year": "Năm",
    "h.kind": "Loại",
    "h.chosen": "Dùng",
    "h.other": "Khác",
    "h.id": "Mã",
    "h.name": "Tên",
    "h.category": "Lĩnh vực",
    "h.indicator_kind": "Kiểu",
    "h.better": "Tốt hơn khi",
    "h.type": "Loại",
    "h.number": "Số hiệu",
    "h.issuer": "Cơ quan ban hành",
    "h.date": "Ngày",
    "h.title": "Tiêu đề",
    "h.period": "Kỳ",
    "h.value": "Giá trị",
    "h.result_status": "Loại số liệu",
    "h.has_target": "Có mục tiêu",
    "csv.category": "linh_vuc",
    "csv.indicator": "chi_tieu",
    "csv.name": "ten",
    "csv.scope": "pham_vi",
    "csv.period": "ky",
    "csv.unit": "don_vi",
    "csv.op": "phep_so_sanh",
    "csv.value": "gia_tri",
    "csv.min": "toi_thieu",
    "csv.max": "toi_da",
    "csv.source": "nguon",
    "csv.a_op": "a_phep_so_sanh",
    "csv.a_value": "a_gia_tri",
    "csv.a_min": "a_toi_thieu",
    "csv.a_max": "a_toi_da",
    "csv.a_source": "a_nguon",
    "csv.b_op": "b_phep_so_sanh",
    "csv.b_value": "b_gia_tri",
    "csv.b_min": "b_toi_thieu",
    "csv.b_max": "b_toi_da",
    "csv.b_source": "b_nguon",
    "csv.change": "thay_doi",
    "csv.delta": "chenh_lech",
    "csv.delta_pct": "chenh_lech_pct",
    "csv.result_value": "ket_qua",
    "csv.result_bound": "ket_qua_can",
    "csv.result_period": "ket_qua_ky",
    "csv.result_status": "ket_qua_loai",
    "csv.result_source": "ket_qua_nguon",
    "csv.status": "danh_gia",
    "csv.ratio": "ty_le",
    "csv.full_year_ratio": "ty_le_ke_hoach_nam",
    "csv.gap": "khoang_cach",
    "csv.conflicts": "nguon_khac_biet",
    "csv.year": "nam",
    "csv.kind": "loai",
    "csv.chosen_source": "nguon_dung",
    "csv.chosen_value": "gia_tri_dung",
    "csv.chosen_op": "phep_so_sanh_dung",
    "csv.other_source": "nguon_khac",
    "csv.other_value": "gia_tri_khac",
    "csv.other_op": "phep_so_sanh_khac",
    "csv.id": "ma",
    "csv.text": "noi_dung",
    "csv.a_text": "a_noi_dung",
    "csv.b_text": "b_noi_dung",
    "csv.url": "duong_dan",
    "csv.better": "tot_hon_khi",
    "csv.type": "loai",
    "csv.number": "so_hieu",
    "csv.issuer": "co_quan_ban_hanh",
    "csv.date": "ngay",
    "csv.title": "tieu_de",
    "csv.bound": "can",
    "csv.has_target": "co_muc_tieu",
    "csv.revised_from": "sua_tu",
    "csv.progress": "tien_trien",
    "csv.progress_r": "tien_trien_r",
    "csv.progress_years": "tien_trien_cac_nam",
    "cell.points": "{gap} điểm %",
    "cell.missed_by_zero": "thiếu 0",
    "cell.short_by_zero": "chậm 0",
    "cell.estimate": "≈ ước",
    "period.FY": "cả năm",
    "period.H1": "6 tháng",
    "period.quarter": "quý {n}",
    "period.months": "{n} tháng",
    "title.compare": "Mục tiêu {a} → {b} ({scope})",
    "title.status": "Mục tiêu {year} ({scope})",
    "title.results": "Kết quả báo cáo năm {year} ({scope})",
    "title.conflicts": "Các nguồn khác nhau",
    "title.indicators": "Danh mục chỉ tiêu",
    "title.sources": "Tài liệu nguồn",
    "title.trend": "Diễn biến {span} ({scope})",
    "h.chart": "Biểu đồ",
    "h.of_target": "% kế hoạch",
    "verdict.achieved": "đã đạt",
    "verdict.on_track": "đúng lộ trình",
    "verdict.needs_acceleration": "cần tăng tốc",
    "verdict.limited_progress": "tiến triển hạn chế",
    "verdict.deteriorating": "xấu đi",
    "verdict.insufficient_data": "chưa đủ số liệu",
    "trend.progress": "{span}: {verdict}",
    "trend.one_year": "chỉ có năm {year}: chưa có xu hướng",
    "trend.r": "R {r}",
    "span.from": "từ năm {year}",
    "span.to": "đến năm {year}",
    "trend.estimate": "ước",
    "trend.legend": ("Biểu đồ: █ kết quả cả năm, ░ kết quả một phần năm, │ mục tiêu (quy theo "
                     "số tháng với chỉ tiêu cộng dồn chưa hết năm), cột tính từ 0; "
                     "dòng tiến độ vẽ các kết quả cả năm. % kế hoạch: với chỉ tiêu cộng "
                     "dồn có kết quả một phần năm, so với mục tiêu quy theo số tháng; với "
                     "mục tiêu tính bằng %, là khoảng cách theo điểm %. "
                     "R: mức tiến bộ đạt được ÷ mức "
                     "cần đạt qua các năm có kết quả cả năm (≥ 0,95 đúng lộ trình, ≥ 0,60 cần "
                     "tăng tốc)."),
    "summary.trend": "{indicators}: {verdicts}.",
    "chart.target": "mục tiêu",
    "chart.result": "kết quả cả năm",
    "chart.part": "kết quả một phần năm",
    "chart.estimate_legend": "ước = ước tính",
    "chart.one_year": "Chỉ có một năm có số liệu ({year}): không vẽ đường",
    "chart.no_target": "chưa có mục tiêu",
    "chart.no_result": "chưa có kết quả",
    "chart.prorated": "mục tiêu quy theo số tháng đã qua: {value}",
    "chart.title": "{name} ({unit}): mục tiêu và kết quả {span}",
    "chart.bullet_title": "{name} ({unit}) năm {year}: kết quả so với mục tiêu",
    "err.unknown_indicator": "không có chỉ tiêu {value!r}; xem `qnplan indicators`",
    "err.qualitative_trend": ("{value} là chỉ tiêu định tính: diễn biến cần số liệu; xem "
                              "`qnplan status YEAR` để biết đánh giá từng năm"),
    "err.from_after_to": "--from {a} sau --to {b}",
    "err.no_trend": ("không chỉ tiêu nào có số liệu trong hai năm{span}; nêu tên một chỉ tiêu "
                     "để xem một năm"),
    "err.no_trend_data": "không có số liệu của {value} ({span})",
    "err.svg_many": ("--format svg vẽ mỗi chỉ tiêu một biểu đồ: {n} chỉ tiêu cần -o DIR (mỗi "
                     "chỉ tiêu một tệp), hoặc nêu tên một chỉ tiêu"),
    "err.output_only_svg": ("-o/--output chỉ dùng với --format svg; các định dạng khác hãy "
                            "chuyển hướng đầu ra"),
    "msg.wrote_charts": "đã ghi {charts} vào {path}",
    "summary.changes": ("Mục tiêu {a} → {b}: {raised} nâng, {lowered} hạ, {new} mới, "
                        "{dropped} bị kế hoạch bỏ, {not_restated} chưa được văn bản năm {b} "
                        "nhắc lại, {unchanged} giữ nguyên, {changed} thay đổi."),
    "summary.counts": ("{met} đạt, {missed} không đạt, {on_track} đúng tiến độ, {behind} chậm, "
                       "{no_data} chưa có số liệu, {unassessable} không đánh giá được."),
    "summary.statuses": "Kết quả {year}: {counts}",
    "summary.status": "Năm {year}: {targets}: {counts}",
    "summary.conflicts": "{disagreements}.",
    "summary.results": "Năm {year}: {n} kết quả; không có mục tiêu riêng: {untargeted}.",
    "note.conflict": "({mark}) {indicator}, {kind} {year}: dùng {used}; nguồn khác: {others}",
    "note.hidden": ("Ẩn để vừa {width} cột: {columns}. Hãy mở rộng cửa sổ, chuyển kết quả "
                    "qua pipe (in đầy đủ), hoặc dùng --format markdown hay csv."),
    "note.untargeted": ("Kết quả năm {year} không có mục tiêu riêng: {n}; "
                        "`qnplan results {year} --scope {scope}` liệt kê chúng."),
    "note.not_restated": ("“chưa nhắc lại”: các văn bản năm {b} không có loại văn bản đã đặt "
                          "mục tiêu năm {a}, nên việc thiếu không cho biết kế hoạch đã bỏ."),
    "note.pace": ("Tiến độ: kết quả một phần năm so với mục tiêu quy theo số tháng đã qua. "
                  "So KH năm: kết quả so với mục tiêu cả năm, như báo cáo vẫn ghi (với mục "
                  "tiêu tính bằng %, là khoảng cách theo điểm %)."),
    "report.title": "Mục tiêu kế hoạch {place}: so sánh năm {a} với năm {b}",
    "report.title_scope": "Mục tiêu kế hoạch {place} ({scope}): so sánh năm {a} với năm {b}",
    "report.generated": "Lập bằng qnplan từ {documents}, văn bản mới nhất ngày {date}.",
    "report.generated_undated": "Lập bằng qnplan từ {documents}.",
    "report.summary": "Tóm tắt",
    "report.summary_targets": ("Năm {a} có {targets_a} và năm {b} có {n_b}; đặt cạnh nhau "
                               "thành {rows}. Sang năm {b}, {raised} mục tiêu được nâng, "
                               "{lowered} hạ, {unchanged} giữ nguyên, {changed} thay đổi cách "
                               "ghi hoặc loại, và {new} mục tiêu mới. Trong các mục tiêu năm "
                               "{a}, {dropped} bị kế hoạch năm {b} bỏ và {not_restated} chưa "
                               "được các văn bản năm {b} hiện có nhắc lại."),
    "report.summary_status": ("So với kết quả mới nhất năm {a}: {met} mục tiêu đạt, {on_track} "
                              "đúng tiến độ; {short} chưa đạt; {no_data} chưa có kết quả."),
    "report.summary_conflicts": "Các nguồn khác nhau ở {figures}.",
    "report.compared": "So sánh mục tiêu",
    "report.shortfalls": "Các chỉ tiêu chưa đạt",
    "report.shortfall": ("**{indicator}**: mục tiêu {target}{t_note}, kết quả {result}{r_note} — "
                         "{status}, {measure}."),
    "report.no_shortfalls": "Không có mục tiêu năm {a} nào có kết quả báo cáo chưa đạt.",
    "report.untargeted": "Kết quả không có mục tiêu riêng",
    "report.untargeted_item": "**{indicator}** ({period}): {result}{note}.",
    "report.disagree": "Các nguồn khác nhau",
    "report.disagreement": ("Năm {year}, **{indicator}** ({kind}): dùng {used}; nguồn khác: "
                            "{others}."),
    "report.agree": "Các nguồn thống nhất ở mọi số liệu.",
    "report.methods": "Cách đọc báo cáo",
    "report.sources": "Tài liệu nguồn",
    "report.source_number": "số {number}",
    "report.of_full_year": "đạt {ratio} kế hoạch năm",
    "report.pace": "đạt {ratio} tiến độ quy theo tháng",
    "report.gap": "cách mục tiêu {gap} điểm %",
    "methods.cells": ("Số liệu tính theo đơn vị của từng chỉ tiêu. Mục tiêu ghi “≥ 1” (ít "
                      "nhất), “> 10” (trên), “≈ 11” (khoảng) hoặc “3–3,5” (từ - đến). Kết quả "
                      "ghi “> 55.000” khi văn bản nói “trên”, và “≈ ước” đánh dấu số liệu "
                      "văn bản nêu là ước tính."),
    "methods.prorating": ("Chỉ tiêu tích lũy theo năm (thu ngân sách, vốn đầu tư, việc làm, "
                          "lượt khách) báo cáo sau m tháng được so với m/12 mục tiêu năm: đó là "
                          "tiến độ. Cột “So KH năm” so cùng kết quả với cả mục tiêu năm, "
                          "đúng con số báo cáo vẫn ghi (“đạt 85,4% kế hoạch”). Tỷ lệ và mức "
                          "được đánh giá như hiện trạng; mục tiêu tính bằng % ghi khoảng cách "
                          "theo điểm phần trăm."),
    "methods.precedence": ("Khi các văn bản khác nhau, mục tiêu lấy theo nghị quyết HĐND trước "
                           "nghị quyết của Đảng, rồi báo cáo của chính quyền, số liệu thống kê, "
                           "báo chí; kết quả lấy theo số liệu thống kê trước báo cáo, nghị "
                           "quyết HĐND, nghị quyết của Đảng, báo chí; sau đó văn bản mới hơn. "
                           "Mọi chỗ khác nhau đều được liệt kê với cả hai số liệu."),
    "methods.dropped": ("“Bị kế hoạch bỏ”: văn bản cùng loại của năm sau liệt kê các mục tiêu "
                        "cho cùng địa bàn mà không có mục tiêu này. “Chưa nhắc lại”: trong các "
                        "văn bản năm sau hiện có không có văn bản loại đó, nên mục tiêu có thể "
                        "vẫn còn hiệu lực."),
    "methods.no_data": ("“Chưa có số liệu”: chưa văn bản nào hiện có báo cáo kết quả của mục "
                        "tiêu; điều đó không cho biết mục tiêu đạt hay không."),
    "v.did_you_mean": " (có phải {name}?)",
    "v.entry": "mục",
    "v.unknown_field": "trường không xác định {name}{hint}",
    "v.missing_field": "thiếu trường bắt buộc {name}",
    "v.quote_it": "; hãy đặt trong dấu ngoặc kép",
    "v.wrong_type": "{field}: cần {want}, nhưng là {got}{hint}",
    "v.not_one_of": "{field}: {value} không thuộc {allowed}{hint}",
    "v.bad_date": "{field}: {value} không phải ngày có thật; hãy ghi ngày có thật, dạng YYYY-MM-DD",
    "v.not_allowed": "{field}: giá trị này không được phép ở đây",
    "v.op_null": 'op: ~ là giá trị null của YAML; hãy ghi op: "~"',
    "v.op_empty": ('op rỗng: dấu > không có ngoặc kép mở đầu một khối văn bản trong YAML; '
                   'hãy ghi op: ">"'),
    "v.unknown_op": "phép so sánh không xác định {op}; dùng một trong {known}{hint}",
    "v.unknown_indicator": ("chỉ tiêu không xác định {id}{hint}; hãy thêm vào indicators.yaml "
                            "hoặc sửa mã"),
    "v.unknown_source": "nguồn không xác định {id}{hint}; hãy thêm vào sources.yaml hoặc sửa mã",
    "v.bad_period": "kỳ không xác định {period}; dùng FY, H1, Q1-Q4 hoặc 1M-11M",
    "v.bad_scope": ("phạm vi {scope} phải là các từ viết thường nối bằng '-', ví dụ "
                    "mong-cai"),
    "v.unknown_unit": "đơn vị không xác định {unit}{hint}; dùng một trong {known}",
    "v.empty_alias": "tên gọi khác không được để trống",
    "v.duplicate_alias": ("tên gọi khác {alias} đã dùng cho {other}; mỗi tên gọi khác chỉ gọi "
                          "một chỉ tiêu cùng đơn vị"),
    "v.qualitative_value": ("{id} là chỉ tiêu định tính: mục tiêu ghi op: qualitative kèm text, "
                            "kết quả ghi met: true hoặc false kèm text"),
    "v.unit_mismatch": ("đơn vị {unit} không đổi được sang đơn vị {own} của {id}; giá trị phải "
                        "dùng đơn vị cùng loại"),
    "v.not_finite": "{name} là {value}: hãy ghi một số thực",
    "v.too_large": ("{name} là {value}, quá lớn để qnplan so sánh; hãy ghi theo đơn vị lớn "
                    "hơn (ví dụ bn_vnd, không phải VND)"),
    "v.too_large_converted": "{name} là {value}, quá lớn để qnplan so sánh khi đổi sang {unit}",
    "v.negative": ("{name} là {value}, nhưng {id} là một lượng ({unit}), không thể âm; mức "
                   "giảm được nêu bằng lời trong trích dẫn"),
    "v.percent_range": "{name} {value}% nằm ngoài 0-100 đối với tỷ lệ {id}",
    "v.bad_number": "{name}: {problem}",
    "v.vi_thousands": ("{name}: YAML đọc {token} thành {read}, nhưng {quoted} trong trích dẫn "
                       "là {meant} theo cách viết Việt Nam; hãy ghi {name}: {meant} (hoặc "
                       "{name}: \"{token}\")"),
    "v.empty_quote": "trích dẫn rỗng; hãy chép nguyên văn câu nêu số liệu từ văn bản nguồn",
    "v.quote_not_found": ("không tìm thấy trích dẫn trong văn bản nguồn {source}; hãy chép "
                          "nguyên văn từ văn bản"),
    "v.value_not_in_quote": "giá trị {value} không có trong trích dẫn",
    "type.number": "một số",
    "type.text": "văn bản",
    "type.bool": "true hoặc false",
    "type.whole": "một số nguyên",
    "type.date_format": "một ngày (YYYY-MM-DD)",
    "type.mapping_kv": "một ánh xạ (khóa: giá trị)",
    "type.entries": "một danh sách mục (- ...)",
    "type.null": "không có gì (null)",
    "type.list": "một danh sách",
    "type.mapping": "một ánh xạ",
    "type.date": "một ngày",
    "type.datetime": "ngày và giờ",
    "d.no_section": "cần một ánh xạ có mục '{key}:'",
    "d.section_type": "'{key}' phải là {what}",
    "type.entries_plain": "một danh sách mục",
    "type.id_mapping": "một ánh xạ mã: mục",
    "d.bad_indicator_id": "mã chỉ tiêu {id} phải viết thường nối bằng '_' (lower_snake_case)",
    "d.indicator_unit": "chỉ tiêu {id} cần đơn vị (chỉ chỉ tiêu định tính mới được bỏ)",
    "d.bad_source_id": "mã nguồn {id} phải là các từ viết thường nối bằng '-'",
    "d.missing_text": "không tìm thấy văn bản nguồn {name} trong thư mục dữ liệu",
    "d.at_line": " (dòng {line})",
    "d.text_refused": ("văn bản nguồn {name}{where} {why}; không thể đối chiếu các trích dẫn "
                       "của nó"),
    "d.unknown_top": "khóa cấp cao nhất không xác định {name}",
    "d.year_type": "'year' phải là số nguyên, ví dụ year: 2023",
    "d.year_range": ("'year' là {year}, ngoài khoảng {low}-{high}; hãy ghi năm của các số "
                     "liệu"),
    "d.year_mismatch": "năm {year} không khớp với tên tệp {name}; hãy sửa cho khớp",
    "d.file_year": "tên tệp {name} phải là NĂM.yaml, ví dụ 2023.yaml",
    "d.file_year_range": "tên tệp {name} ghi một năm ngoài khoảng {low}-{high}",
    "d.duplicate_year": ("tệp {kind} thứ hai cho năm {year} bên cạnh {first}; mỗi năm chỉ giữ "
                         "một tệp"),
    "d.file_suffix": "tên tệp {name} phải có đuôi .yaml, ví dụ {year}.yaml",
    "d.entry_mapping": "mỗi mục phải là một ánh xạ (indicator: ..., ...)",
    "d.duplicate_entry": ("mục thứ hai cho {indicator} ({scope}, {period}) từ nguồn {source}; "
                          "hãy giữ một"),
    "d.qualitative_text": "mục tiêu định tính cần 'text'",
    "d.qualitative_extra": "mục tiêu định tính có 'text', không có '{extra}'",
    "d.range_needs": "mục tiêu khoảng cần 'min' và 'max'",
    "d.range_value": "mục tiêu khoảng có 'min' và 'max', không có 'value'",
    "d.needs_value": "mục tiêu với op {op} cần 'value'",
    "d.min_max_op": "'min'/'max' chỉ dùng với op: range, không dùng với {op}",
    "d.min_over_max": "min {min} lớn hơn max {max}; hãy đổi chỗ",
    "d.tolerance": "tolerance là một phân số từ 0 đến 1, ví dụ 0.05",
    "d.result_needs": "kết quả cần 'value', hoặc 'met' và 'text'",
    "d.missing_file": "thiếu {name} trong thư mục dữ liệu",
    "d.plan_file_name": ("tên tệp {name} phải là TỪ-ĐẾN.yaml, năm đầu và năm cuối của giai "
                         "đoạn kế hoạch, ví dụ 2021-2025.yaml"),
    "d.plan_period_length": ("tên tệp {name} gồm {years} năm; một giai đoạn kế hoạch dài từ {low} "
                             "đến {high} năm, ví dụ 2021-2025.yaml"),
    "d.plan_duplicate_file": ("tệp kế hoạch thứ hai cho giai đoạn {period} bên cạnh {first}; chỉ "
                              "giữ một tệp"),
    "d.plan_period_missing": "cần 'period: [TỪ, ĐẾN]', năm đầu và năm cuối của giai đoạn kế hoạch",
    "d.plan_period_type": "'period' phải là hai năm, ví dụ period: [2021, 2025]",
    "d.plan_period_mismatch": ("giai đoạn [{start}, {end}] không khớp với tên tệp {name}; hãy sửa "
                               "cho khớp"),
    "d.plan_duplicate_entry": ("mục {basis} thứ hai cho {indicator} ({scope}) từ nguồn {source}; "
                               "chỉ giữ một"),
    "d.plan_basis_kind": ("cách tính {basis} không hợp với {id} ({kind}); có thể dùng: {fits}"),
    "d.plan_baseline_year": ("năm gốc {year} sau năm đầu giai đoạn ({start}); số liệu gốc phải "
                             "từ trước giai đoạn hoặc năm đầu của nó"),
    "y.block_scalar": ('dấu ">" hoặc "|" không có ngoặc kép mở đầu một khối văn bản; hãy đặt '
                       'phép so sánh trong ngoặc kép: op: ">="'),
    "y.tab": "không được dùng tab để thụt lề trong YAML; hãy thụt lề bằng dấu cách",
    "y.percent": ('dấu % đứng riêng không thể mở đầu một giá trị; hãy đặt trong ngoặc kép: '
                  'unit: "%"'),
    "y.cannot_start": "{char} không thể mở đầu một giá trị; hãy đặt giá trị trong ngoặc kép",
    "y.colon_in_value": ("có ': ' bên trong một giá trị, hoặc dòng trên thiếu dấu hai chấm; hãy "
                         "đặt giá trị trong ngoặc kép hoặc xem lại dòng trên"),
    "y.list_open": "danh sách mở bằng '[' chưa được đóng bằng ']'",
    "y.mapping_open": "ánh xạ mở bằng '{{' chưa được đóng bằng '}}'",
    "y.key_colon": "khóa thiếu dấu hai chấm, hoặc sau dấu hai chấm thiếu dấu cách",
    "y.quote_open": "giá trị trong ngoặc kép chưa được đóng; hãy thêm dấu ngoặc đóng",
    "y.value_missing": "thiếu một giá trị ở đây, hoặc một '[' hay '{{' chưa được đóng",
    "y.alias_undefined": ("dữ liệu qnplan không cho phép bí danh (*name); hãy ghi đầy đủ giá "
                          "trị"),
    "y.syntax_line": ("dòng này không phải YAML hợp lệ; hãy kiểm tra thụt lề và ngoặc kép của "
                      "nó và của dòng trên"),
    "y.list_item": ("ở đây cần một mục danh sách ('- ...'); hãy kiểm tra thụt lề của dòng này "
                    "so với các dòng trên"),
    "y.expected_key": "ở đây cần một khóa ('tên: giá trị'); hãy kiểm tra thụt lề của dòng này",
    "y.unknown_escape": ("dấu gạch chéo ngược trong giá trị ngoặc kép mở đầu một chuỗi thoát; "
                         "hãy viết \\\\ hoặc dùng ngoặc đơn"),
    "y.hex_escape": ("chuỗi thoát \\x hoặc \\u trong giá trị ngoặc kép cần chữ số thập lục "
                     "phân; hãy dùng ngoặc đơn"),
    "y.after_end": ("có văn bản sau phần cuối dữ liệu: thừa ']' hoặc '}}', hoặc một dòng "
                    "'...'; hãy xóa nó"),
    "y.second_document": ("có tài liệu thứ hai ('---') trong một tệp; mỗi tệp chỉ giữ một tài "
                          "liệu"),
    "y.directive": "chỉ thị %YAML hoặc %TAG, dữ liệu qnplan không dùng; hãy xóa nó",
    "y.tag_handle": "một thẻ (!name), dữ liệu qnplan không dùng; hãy xóa nó",
    "y.split_by_year": "; hãy tách theo năm",
    "y.file_refused": "tệp {why}{advice}",
    "y.anchor": ("dữ liệu qnplan không cho phép neo &{anchor}; hãy bỏ neo và ghi đầy đủ từng "
                 "giá trị"),
    "y.control": "ký tự điều khiển {char} không được phép trong văn bản YAML; hãy xóa nó",
    "y.not_yaml": "tệp không phải YAML hợp lệ",
    "y.too_deep": "lồng nhau quá sâu đối với dữ liệu qnplan",
    "y.empty": "tệp rỗng",
    "y.deeper_than": "lồng sâu hơn {depth} cấp không phải dữ liệu qnplan",
    "y.tag": "dữ liệu qnplan không cho phép thẻ {tag}; hãy xóa nó",
    "y.alias": ("giá trị này được dùng lại qua bí danh (*name), điều dữ liệu qnplan không cho "
                "phép; hãy ghi đầy đủ giá trị"),
    "y.key_plain": "khóa của ánh xạ phải là một tên thường",
    "y.duplicate_key": ("khóa trùng {key}: YAML sẽ lặng lẽ chỉ giữ giá trị cuối; hãy xóa hoặc "
                        "đổi tên một khóa"),
    "y.long_value": "{start}... ({n} ký tự)",
    "y.bad_date": "{value} không phải ngày có thật; hãy ghi ngày có thật, dạng YYYY-MM-DD",
    "y.too_many_digits": "một số có {n} chữ số là quá lớn đối với dữ liệu qnplan",
    "y.unreadable": ("{value} không đọc được thành {what}; hãy sửa giá trị hoặc bỏ thẻ "
                     "!!{kind}"),
    "f.symlink_loop": "không phân giải được: các liên kết tượng trưng của nó tạo vòng lặp",
    "f.outside": "dẫn ra ngoài thư mục dữ liệu; hãy chép tệp vào trong đó",
    "f.bad_path": "rỗng hoặc chứa ký tự điều khiển; hãy ghi tên tệp như sources/ID.txt",
    "f.absolute": ("là đường dẫn tuyệt đối; hãy ghi tên tệp tương đối so với thư mục dữ liệu, "
                   "ví dụ sources/ID.txt"),
    "f.unreadable": "không đọc được: {why}",
    "f.not_a_file": "là {kind}, không phải tệp thường",
    "f.size_mb": "{mb} MB, ",
    "f.too_large": "có {size}vượt giới hạn {limit} MB",
    "f.utf16": "là UTF-16; hãy lưu dạng UTF-8",
    "f.nul": "chứa byte NUL: đây là tệp nhị phân, không phải văn bản",
    "f.not_utf8": ("không phải UTF-8: byte {byte} (Latin-1 hay Windows-1258?); hãy lưu dạng "
                   "UTF-8"),
    "f.kind_dir": "một thư mục",
    "f.kind_fifo": "một đường ống có tên (FIFO)",
    "f.kind_device": "một thiết bị",
    "f.kind_socket": "một socket",
    "f.kind_special": "một tệp đặc biệt",
    "err.prefix": "lỗi: {message}",
    "usage.usage": "Cách dùng:",
    "usage.try": "Xem '{command}' để được hướng dẫn.",
    "usage.no_option": "không có tùy chọn {name}",
    "usage.did_you_mean": " (có phải ý bạn là {names}?)",
    "usage.missing_option": "thiếu tùy chọn {name}",
    "usage.missing_argument": "thiếu đối số {name}",
    "usage.invalid": "giá trị không hợp lệ cho {name}: {message}",
    "usage.no_command": "không có lệnh '{name}'",
    "usage.needs_value": "tùy chọn '{name}' cần một giá trị",
    "usage.extra": "thừa đối số ({name})",
    "usage.not_one_of": "{name} không phải một trong {choices}",
    "usage.not_integer": "{name} không phải số nguyên",
    "err.internal": "lỗi nội bộ: {name}: {message} (chạy với --debug để xem chi tiết)",
    "err.data_problems": ("dữ liệu có {problems}{more}; chạy `qnplan validate` để xem tất cả"),
    "err.more": " (còn {n} lỗi khác)",
    "err.fail_on_unknown": "--fail-on: không có đánh giá {unknown}; dùng {known}",
    "err.fail_on_matched": "{rows} có đánh giá {statuses} (--fail-on)",
    "err.no_targets": "không có mục tiêu năm {year} trong {root}; các năm có mục tiêu: {have}",
    "err.no_plan_period": ("không có giai đoạn kế hoạch {period} trong {root}; các giai đoạn: "
                           "{have}"),
    "err.see_results": "; năm {year} có kết quả: `qnplan results {year}` liệt kê chúng",
    "err.no_data_year": "không có dữ liệu năm {year} trong {root}; các năm có dữ liệu: {have}",
    "err.no_results": "không có kết quả năm {year} trong {root}; các năm có kết quả: {have}",
    "err.none": "không có",
    "err.unknown_category": "không có lĩnh vực {value!r}; dùng một trong {known}",
    "err.unknown_source": ("không có nguồn {value!r}; dùng một trong {known} "
                           "(xem `qnplan sources`)"),
    "err.unknown_scope": "không có phạm vi {value!r}; dùng một trong {known}",
    "err.path_missing": "{path!r} không tồn tại",
    "err.date_format": "--date {value}: hãy ghi ngày dạng YYYY-MM-DD",
    "err.write_needs_source": "--write cần --source ID: mã nguồn mà các mục mới sẽ trích dẫn",
    "err.no_data_dir": ("thư mục dữ liệu {path} không tồn tại; hãy dùng --data DIR hoặc đặt "
                        "QNPLAN_DATA"),
    "err.dir_or_files": "hãy chỉ định một thư mục dữ liệu hoặc các tệp dữ liệu, không cả hai",
    "err.write_in_data": ("không ghi {path!r} vào trong thư mục dữ liệu {root!r}; "
                          "hãy chọn đường dẫn khác"),
    "err.write_is_dir": "{path!r} là một thư mục; hãy cho tên tệp, ví dụ report.md",
    "err.write_no_folder": "thư mục {path!r} không tồn tại",
    "msg.wrote": "đã ghi {path}",
    "msg.validate_summary": ("{errors}, {warnings}; {entries}, {quoted} đã đối chiếu với văn "
                             "bản nguồn"),
    # qnplan extract (qnplan/extract/)
    "title.extract": "Các số liệu trong {name} ({place})",
    "hx.kind": "Loại",
    "hx.period": "Kỳ",
    "hx.figure": "Số liệu",
    "hx.scope": "Phạm vi",
    "hx.quote": "Trích dẫn",
    "period.H2": "6 tháng cuối năm",
    "extract.derived": "{kind} (suy ra)",
    "extract.left_out_note": ("không đưa vào {statements} (suy ra từ số khác, không có chỉ "
                              "tiêu, không có năm hoặc chỉ một tháng); xem --format table"),
    "extract.registered": ("đã đăng ký nguồn {source} (sources/{source}.txt lấy từ {name}); "
                           "hãy bổ sung cơ quan ban hành trong sources.yaml"),
    "extract.added": "đã thêm {entries} vào {file}",
    "extract.skipped": "bỏ qua {entries} đã có trong dữ liệu (hoặc lặp lại)",
    "extract.left_out": ("không đưa vào {statements} (suy ra từ số khác, không có chỉ tiêu, "
                         "không có năm hoặc chỉ một tháng)"),
    "extract.nothing_new": "không có gì mới để thêm",
    "extract.unsure": "chưa chắc: {why}",
    "extract.no_drafts": "không có mục nào để soạn",
    "doubt.kind_running": "mục tiêu hay kết quả suy từ phần trước của câu",
    "doubt.kind_carried": "mục tiêu hay kết quả suy từ tiêu đề hoặc câu trước",
    "doubt.kind_default": ("câu chữ không cho biết là mục tiêu hay kết quả: tạm coi là kết "
                           "quả"),
    "doubt.no_year": "năm không ghi gần số liệu: lấy theo ngữ cảnh",
    "doubt.no_indicator": "không nhận ra chỉ tiêu trong câu chữ",
    "doubt.confidence": "độ tin cậy {confidence}",
    "doubt.unit": "đơn vị {unit!r} được hiểu là {indicator_unit}",
    "extract.registries_invalid": "{issue}; chạy `qnplan validate`",
    "extract.bad_source_id": ("--source {source!r}: mã nguồn gồm các từ viết thường nối bằng "
                              "'-', ví dụ nq-318-hdnd-2025"),
    "extract.text_exists": ("{path} đã có nhưng {source!r} chưa có trong sources.yaml; hãy "
                            "đăng ký nguồn này hoặc chọn mã khác"),
    "extract.cannot_append": ("{path}: không thể ghi thêm an toàn (danh sách {section}: phải là "
                              "khóa cấp cao nhất cuối cùng của tệp, viết dạng khối); hãy thêm "
                              "các mục bằng tay: qnplan extract DOC --format yaml"),
    "extract.would_be_invalid": ("chưa ghi gì: các mục mới sẽ làm dữ liệu không hợp lệ: "
                                 "{shown}{more}"),
    "extract.needs_extra": ("{name} là tệp {kind}; hãy cài phần mở rộng tùy chọn: pip install "
                            "'qnplan[documents]'"),
    "extract.too_big": ("{name} nặng {mb} MB; extract chỉ đọc văn bản đến {limit} MB: hãy tách "
                        "nhỏ hoặc chỉ lưu phần chữ"),
    "extract.binary": ("{name} không phải văn bản chữ (có dữ liệu nhị phân); hãy dùng tệp .txt, "
                       ".md, .html, .pdf hoặc .docx"),
    "extract.not_utf8": "{name} không phải văn bản UTF-8 (byte {byte}); hãy lưu lại dạng UTF-8",
    "extract.too_long": ("{name} có {chars} ký tự; extract chỉ đọc đến {limit} ký tự: hãy tách "
                         "văn bản"),
    "extract.bad_pdf": "không đọc được tệp PDF {name} ({why}); hãy lưu dạng văn bản chữ",
    "extract.pdf_part_too_large": "một phần giải nén quá lớn",
    "extract.pdf_pages": "{name} có {pages} trang; extract chỉ đọc tệp PDF đến {limit} trang",
    "extract.pdf_too_slow": ("{name}: phần chữ của tệp PDF quá lớn hoặc đọc quá lâu (quá "
                             "{chars} ký tự hoặc {seconds} giây)"),
    "extract.pdf_no_text": ("{name} không có lớp chữ (tệp PDF quét?); hãy nhận dạng chữ (OCR) "
                            "trước hoặc cung cấp văn bản"),
    "extract.docx_too_big": ("{name}: phần chữ giải nén ra {mb} MB; extract không đọc văn bản "
                             "lớn như vậy"),
    "extract.bad_docx": "không đọc được tệp .docx {name}",
    "extract.bad_docx_why": "không đọc được tệp .docx {name} ({why})",
    "extract.no_source_text": "nguồn {source!r}: thiếu tệp văn bản {path!r}",
    "extract.no_document": "{doc!r} không phải tệp, cũng không phải nguồn đã đăng ký có văn bản",
    "extract.is_dir": "{doc!r} là một thư mục; hãy cho một tệp văn bản",
    "extract.cannot_read": "không đọc được {doc!r}: {why}",
    "count.error": "{n} lỗi",
    "count.warning": "{n} cảnh báo",
    "count.valid_entry": "{n} mục hợp lệ",
    "count.quote": "{n} trích dẫn",
    "count.problem": "{n} lỗi",
    "count.target": "{n} mục tiêu",
    "count.indicator": "{n} chỉ tiêu",
    "count.disagreement": "{n} chỗ các nguồn khác nhau",
    "count.chart": "{n} biểu đồ",
    "count.document": "{n} văn bản được trích dẫn",
    "count.figure": "{n} số liệu",
    "count.row": "{n} dòng",
    "count.statement": "{n} số liệu",
    "count.result": "{n} kết quả",
    "count.entry": "{n} mục",
    # giai đoạn kế hoạch (DESIGN §9)
    "verdict.missed": "không đạt",
    "basis.average": "bình quân",
    "basis.end": "đến cuối kỳ",
    "basis.total": "tổng cả kỳ",
    "basis.each_year": "hằng năm",
    "h.basis": "Cách tính",
    "h.years_with_results": "Năm có kết quả",
    "h.so_far": "Thực hiện",
    "h.needed": "Cần mỗi năm",
    "h.verdict": "Đánh giá",
    "h.r": "R",
    "h.plan_period": "Giai đoạn",
    "h.targets": "Mục tiêu",
    "plan.years_met": "đạt {met}/{judged} năm",
    "title.plan": "Kế hoạch {period} ({scope})",
    "title.plan_periods": "Các giai đoạn kế hoạch",
    "summary.plan": "{period}: {targets}: {verdicts}.",
    "summary.plan_periods": "{periods}; xem từng giai đoạn bằng qnplan plan TỪ-ĐẾN.",
    "count.plan_period": "{n} giai đoạn kế hoạch",
    "note.plan_conflict": ("{mark}: {indicator}, mục tiêu giai đoạn: dùng {used}; nguồn khác "
                           "ghi {others}"),
    "note.plan_baseline": "{indicator}: R tính từ mức {value} năm {year} ({source}).",
    "note.plan_years_missed": "{indicator}: không đạt các năm {years}.",
    "note.plan_needed": ("Cần mỗi năm: mức mỗi năm chưa có kết quả phải đạt để cả giai đoạn "
                         "đạt mục tiêu."),
    "plan.ending": "Mục tiêu giai đoạn kết thúc năm {year}:",
    "plan.ending_row": "{period} {indicator} ({basis}): {verdict}",
    "report.plan_heading": "Kế hoạch {period}",
    "csv.period_from": "tu_nam",
    "csv.period_to": "den_nam",
    "csv.basis": "cach_tinh",
    "csv.years": "cac_nam",
    "csv.missing": "nam_thieu",
    "csv.actual": "thuc_hien",
    "csv.required_remaining": "can_moi_nam",
    "csv.verdict": "danh_gia",
    "csv.r": "r",
    "csv.baseline_year": "nam_goc",
    "csv.baseline_value": "gia_tri_goc",
    "csv.baseline_source": "nguon_goc",
    "csv.years_met": "cac_nam_dat",
    "csv.years_missed": "cac_nam_khong_dat",
    "csv.targets": "so_muc_tieu",
}

MESSAGES: dict[str, dict[str, str]] = {"en": EN, "vi": VI}

_current = "en"


def set_language(lang: str) -> None:
    """Choose the language used when a caller does not name one (the CLI's --lang)."""
    global _current
    _current = lang if lang in MESSAGES else "en"


def language() -> str:
    """The language chosen by set_language (default English)."""
    return _current


def tr(key: str, lang: str | None = None, /, **fields: Any) -> str:
    """The message `key` in `lang` (default: the current language), its fields filled in."""
    table = MESSAGES.get(lang or _current, EN)
    text = table.get(key) or EN[key]
    return text.format(**fields)


def tr_count(key: str, n: int, lang: str | None = None, /) -> str:
    """A counted noun: the message's "one|other" forms chosen by n (a language without plural
    forms, like Vietnamese, gives just one)."""
    forms = tr(key, lang, n=n).split("|")
    return forms[0] if n == 1 else forms[-1]


def methods_note(lang: str | None = None) -> list[str]:
    """The report's short methods note, one paragraph per item."""
    return [tr(k, lang) for k in ("methods.cells", "methods.prorating", "methods.precedence",
                                  "methods.dropped", "methods.no_data")]
