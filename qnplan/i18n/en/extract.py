"""qnplan extract: its table, why a draft entry may be wrong or was left out, its --write review
and its refusals.

The English templates of one area of the catalogue (docs/translating.md)."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # the command, its --write review and its refusals
    "extract.derived": "{kind} (derived)",
    "extract.left_out_note": ("{statements} left out (derived, no indicator, no year or a single "
                              "month); see --format table"),
    "extract.registered": "registered source {source} as {type} (sources/{source}.txt from {name})",
    "extract.nothing_new": "nothing new to add",
    "extract.unsure": "unsure: {why}",
    "extract.no_drafts": "no entries to draft",
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
    "extract.page_too_slow": ("{name}: the page takes over {seconds} seconds to read; save only "
                              "its article text"),
    # why a draft entry may be wrong (a comment above it)
    "doubt.kind_running": "target or result read from earlier in the sentence",
    "doubt.kind_carried": "target or result read from a heading or an earlier sentence",
    "doubt.kind_default": ("nothing in the wording marks it as a target or a result: read as a "
                           "result"),
    "doubt.no_year": "year not stated near the figure: taken from the context",
    "doubt.no_indicator": "no indicator recognised in the wording",
    "doubt.confidence": "confidence {confidence}",
    "doubt.unit": "unit {unit!r} read as {indicator_unit}",
    # why a statement is left out of the draft entries (qnplan/extract/drafting.py)
    "left.headline": "a headline figure with no year or kind of its own",
    "left.derived": "relative to another figure",
    "left.no_indicator": "no indicator in the registry names it",
    "left.no_year": "no year in the text: give --date",
    "left.single_month": "a single month fits no period of the data",
    "left.period_result": ("a result for the period {start}-{end} as a whole: results are kept "
                           "year by year"),
    "left.second_half": ("the last six months alone (H2) fit no period of the data, which counts "
                         "from January"),
    "left.repeated": "repeated: same indicator, place and period as {quote!r}",
}

PLURALS: dict[str, tuple[str, str]] = {
}
