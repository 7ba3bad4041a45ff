"""The command line's own sentences: its refusals and errors, Click's usage errors, what a command
says it did, and qnplan sources remove.

The English templates of one area of the catalogue (docs/translating.md)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # refusals and errors of the commands
    "err.unknown_indicator": "unknown indicator {value!r}; see `qnplan indicators`",
    "err.qualitative_trend": ("{value} is qualitative: a trend needs figures; see `qnplan status "
                              "YEAR` for its yearly verdicts"),
    "err.from_after_to": "--from {a} is after --to {b}",
    "err.no_trend": ("no indicator has figures in two years{span}; name one to see a single "
                     "year"),
    "err.no_trend_data": "no figures for {value} ({span})",
    "err.svg_many": ("--format svg draws one chart per indicator: {n} indicators need "
                     "-o DIR (one file each), or name one indicator"),
    "err.output_only_svg": ("-o/--output is for --format svg or xlsx; redirect other formats "
                            "instead"),
    "err.prefix": "error: {message}",
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
    "err.dir_or_files": "give either one data directory or data files, not both",
    "err.write_in_data": ("refusing to write {path!r} inside the data directory {root!r}; "
                          "choose another path"),
    "err.write_is_dir": "{path!r} is a directory; give a file name, e.g. report.md",
    "err.write_no_folder": "folder {path!r} does not exist",
    "err.no_plan_period": "no plan period {period} in {root}; periods: {have}",
    "err.option_text": "{option}: give one line of text, without control characters",
    "err.summary_format": "--summary is a listing: use --format table, markdown, csv or json",
    "err.write_failed": "cannot write {path!r}: {why}",
    "err.write_special": "{path!r} is {kind}, not a file; give a file name, e.g. report.md",
    "err.pipe_no_reader": "no program is reading from this pipe",
    "err.xlsx_needs_output": ("--format xlsx writes a workbook: name the file with -o "
                              "FILE.xlsx"),
    "err.output_only_xlsx": "-o/--output is for --format xlsx; redirect other formats instead",
    "err.export_needs_years": "--format {format} reports on two years: give them, e.g. 2023 2024",
    "err.package_is_whole": ("--format datapackage exports the whole dataset: leave out the "
                             "years, --scope, --category and --source"),
    "err.package_needs_folder": "--format datapackage writes a folder: name it with -o DIR",
    "err.folder_is_file": "{path!r} is a file; --format datapackage writes a folder: name one",
    "err.folder_not_ours": ("refusing to write into {path!r}: it holds {name!r}, which this "
                            "export did not write; name a new or empty folder"),
    # Click's usage errors (qnplan/cli/usage.py) and --help's own words
    "usage.usage": "Usage:",
    "usage.options": "[OPTIONS]",
    "usage.command": "COMMAND [ARGS]...",
    "usage.default": "default: {value}",
    "usage.required": "required",
    "usage.try": "Try '{command}' for help.",
    "usage.no_option": "no such option: {name}",
    "usage.did_you_mean": " (did you mean {names}?)",
    "usage.missing_option": "missing option {name}",
    "usage.missing_command": "missing command",
    "usage.takes_no_value": "option '{name}' takes no value",
    "usage.missing_argument": "missing argument {name}",
    "usage.invalid": "invalid value for {name}: {message}",
    "usage.no_command": "no such command '{name}'",
    "usage.needs_value": "option '{name}' needs a value",
    "usage.extra": "unexpected extra argument ({name})",
    "usage.not_one_of": "{name} is not one of {choices}",
    "usage.not_integer": "{name} is not a whole number",
    # what a command says it did
    "msg.wrote_charts": "wrote {charts} to {path}",
    "msg.init_done": ("started {path} for {place}: add a document's figures with `qnplan --data "
                      "{path} extract DOC --source ID --write`"),
    "msg.wrote": "wrote {path}",
    "msg.validate_summary": ("{errors}, {warnings}; {entries}, {quoted} checked against their "
                             "source text"),
    "msg.wrote_package": "wrote {path}: datapackage.json and {tables}",
    # qnplan sources remove
    "remove.entries": "removed {entries} from {file}",
    "remove.text": "removed the source text {file}",
    "remove.done": "removed source {source} from sources.yaml",
    "remove.unknown": "no source {source!r} in sources.yaml; `qnplan sources` lists them",
    "remove.unreadable": "not valid YAML; fix it first (qnplan validate)",
}

PLURALS: dict[str, tuple[str, str]] = {
}
