"""--help: every command's and option's help text, in English exactly as the code says it
(whitespace aside), found by that text (qnplan.i18n.help_text); tests/unit/test_i18n.py fails
when a help text has no entry here.

The English templates of one area of the catalogue (docs/translating.md)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    "help.qnplan": ("Compare a province's yearly plan targets and reported results, every figure "
                    "cited."),
    "help.data": "Data directory (default: $QNPLAN_DATA, else the bundled Quảng Ninh dataset).",
    "help.lang": "Language of names and numbers: en or vi.",
    "help.debug": "Show a traceback on errors.",
    "help.no_cache": ("Read every data file afresh; neither use nor store the parsed-data cache "
                      "(also: QNPLAN_NO_CACHE=1)."),
    "help.version": "Show the version and exit.",
    "help.help_option": "Show this message and exit.",
    "help.install_completion": "Install completion for SHELL: bash, zsh, fish, powershell or pwsh.",
    "help.show_completion": "Print the completion script for SHELL, to install it by hand.",
    "help.compare": ("Compare year A's targets with year B's, each row with A's status against A's"
                     " results."),
    "help.status": "Every target of YEAR against its latest result, shortfalls flagged.",
    "help.results": "Every result reported for YEAR, including those with no target of their own.",
    "help.conflicts": "Every disagreement between sources about a target or a result.",
    "help.trend": ("Each year's target, latest result and verdict, and the progress verdict over "
                   "the years."),
    "help.validate": "Check the data files and report every problem with file, line and column.",
    "help.export": ("Write a report of years A and B (Markdown, or an Excel workbook), or the "
                    "whole dataset as a Frictionless Data Package."),
    "help.report": ("Write a self-contained HTML report (needs the [html] extra): every figure "
                    "with its quote."),
    "help.indicators": "List the indicator registry.",
    "help.sources": "List the cited documents.",
    "help.sources_remove": ("Remove a source, its text and every entry citing it, all at once "
                            "(undoes an intake)."),
    "help.sources_remove_id": "The source to remove.",
    "help.extract": ("Find every quantitative statement in a document: targets and results, with "
                     "quotes."),
    "help.plans": "A plan period's targets (five-year plan, strategy to 2030) and their progress.",
    "help.schema": "Print the JSON Schema of the YAML data files (for editors and other tools).",
    "help.init": ("Start an empty data folder for a province: its settings, the indicator "
                  "registry, no figures; `extract --write` fills it."),
    "help.year_a": "Earlier year.",
    "help.year_b": "Later year.",
    "help.format": "Output format.",
    "help.scope": ("Scope to show, e.g. quang-ninh or mong-cai; 'all' for every scope (default: "
                   "the data's province, settings.yaml)."),
    "help.category": "Only one category: economy, society, environment, governance or party.",
    "help.source": "Prefer this source's figures where it gives one.",
    "help.status_year": "Year whose targets to judge.",
    "help.fail_on": "Exit 1 when any row has one of these statuses, e.g. missed,behind.",
    "help.results_year": "Year whose results to list.",
    "help.conflicts_year": "Only this year.",
    "help.trend_indicators": ("Indicator ids (default: every numeric indicator with figures in two"
                              " years)."),
    "help.year_from": "First year to show.",
    "help.year_to": "Last year to show.",
    "help.trend_format": "Output format; svg draws one chart per indicator.",
    "help.trend_summary": ("Progress at a glance: one row per indicator, its latest verdict and "
                           "its progress over the years."),
    "help.trend_output": ("With --format svg: the file for one chart, or a folder for one file per"
                          " indicator; with --format xlsx: the Excel workbook to write."),
    "help.validate_paths": "A data directory, or data files (default: the data directory).",
    "help.validate_format": "text, github (CI annotations) or json.",
    "help.strict": "Exit 1 on warnings too, not only on errors.",
    "help.export_output": ("File to write ('-' for stdout: Markdown only); for datapackage, a "
                           "folder."),
    "help.export_year_a": "Earlier year (markdown and xlsx; a data package holds every year).",
    "help.export_year_b": "Later year (markdown and xlsx).",
    "help.report_output": "HTML file to write; '-' for stdout.",
    "help.extract_doc": "A .txt/.md/.html/.pdf/.docx file, '-' for stdin, or a source id.",
    "help.extract_date": "The document's date, when the document does not say it.",
    "help.extract_source": "Source id for drafted entries (registered if new).",
    "help.extract_write": "Append the new entries to the data directory (needs --source).",
    "help.extract_dry_run": "Show the exact change --write would make, and write nothing.",
    "help.extract_format": "table (review), json (DESIGN §7) or yaml (draft entries).",
    "help.extract_title": "The document's title, for a new source.",
    "help.extract_url": "The address the document was read from.",
    "help.extract_issuer": "Who issued the document (a council, an office, a newspaper).",
    "help.extract_kind": "plan, directive, report, statistics or press (default: press).",
    "help.extract_number": "The document's number, e.g. 128/NQ-HĐND.",
    "help.plans_period": "Plan period, e.g. 2021-2025 (default: list the periods).",
    "help.schema_kind": "One file kind; default: all five, keyed by kind.",
    "help.init_folder": "The new data folder (must not exist, or be empty).",
    "help.init_province": "The province or city the folder is about, as its slug, e.g. lang-son.",
    "help.export_format": ("markdown (a report to publish), xlsx (an Excel workbook, one sheet "
                           "per view; needs the [xlsx] extra) or datapackage (the whole dataset as "
                           "CSV tables with a datapackage.json)."),
    "help.xlsx_output": "With --format xlsx: the Excel workbook to write.",
    "help.panel.options": "Options",
    "help.panel.commands": "Commands",
    "help.panel.arguments": "Arguments",
}

PLURALS: dict[str, tuple[str, str]] = {
}
