"""Problems in the data, as qnplan validate (and every command that loads the data) words them:
entries' checks, file shapes, quotes, YAML, the files a folder names, interrupted writes.

The English templates of one area of the catalogue (docs/translating.md)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # entries' fields (qnplan/dataset/): codes stay stable, the words follow --lang
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
    # what a field should be, completing 'must be ...'
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
    "type.entries_plain": "a list of entries",
    "type.id_mapping": "a mapping of id: entry",
    # the shape of each data file and registry
    "d.no_section": "expected a mapping with a '{key}:' section",
    "d.section_type": "'{key}' must be {what}",
    "d.bad_indicator_id": "indicator id {id} must be lower_snake_case",
    "d.indicator_unit": "indicator {id} needs a unit (only qualitative ones may omit it)",
    "d.bad_source_id": "source id {id} must be lower-case words joined by '-'",
    "d.missing_text": "source text {name} not found in the data directory",
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
    # plausibility: a figure against its quote and its neighbours
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
    # YAML problems (qnplan/dataset/strict_yaml.py)
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
    # writes as one change (qnplan/dataset/transaction.py)
    "tx.cannot_lock": "cannot lock the data directory {root}: {why}",
    "tx.busy": ("another qnplan is writing to {root} and has not finished within 30 seconds; try "
                "again when it has"),
    "tx.cannot_recover": ("{path}: an interrupted write could not be finished ({why}); run qnplan "
                          "again with write access to the data directory"),
    "tx.bad_journal": ("{path}: an interrupted write left a journal qnplan cannot read; restore "
                       "the data directory from version control and delete this file"),
    "tx.changed_meanwhile": ("{path} changed while qnplan was writing; nothing was written: run "
                             "again"),
}

PLURALS: dict[str, tuple[str, str]] = {
}
