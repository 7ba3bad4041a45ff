"""The message catalogue: English templates in qnplan/i18n/en/, Vietnamese in the gettext
catalogue qnplan.po, compiled to the qnplan.mo that qnplan reads (docs/translating.md)."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import read_po

import qnplan
from qnplan.cli.app import app
from qnplan.i18n import (
    LOCALE_DIR,
    help_text,
    methods_note,
    plural_template,
    template,
    tr,
    tr_count,
)
from qnplan.i18n.messages import MESSAGES, PLURALS
from qnplan.render.issues import issue_line
from tests.conftest import TARGETS_2023, DataDir
from tests.conftest import qnplan as run

PACKAGE = Path(qnplan.__file__).parent


def _vietnamese_po() -> Catalog:
    with (LOCALE_DIR / "vi" / "LC_MESSAGES" / "qnplan.po").open("rb") as f:
        return read_po(f, locale="vi")


def _fields(text: str) -> list[tuple[str, str | None]]:
    """The {fields} a template fills, with their !conversions, in a comparable order."""
    return sorted({(name, conv) for _, name, _, conv in string.Formatter().parse(text)
                   if name is not None})


def _problems(key: str, english: str | tuple[str, str], entry: Message | None) -> list[str]:
    if entry is None:
        return [f"{key}: not in qnplan.po (run `make po`)"]
    if entry.id != english:
        return [f"{key}: qnplan.po translates older English {entry.id!r} (run `make po`)"]
    if entry.fuzzy:
        return [f"{key}: fuzzy (review the Vietnamese, then remove the fuzzy flag)"]
    forms = entry.string if isinstance(entry.string, tuple) else (entry.string,)
    texts = english if isinstance(english, tuple) else (english,)
    out = []
    if len(forms) != 1 or not all(forms):
        out.append(f"{key}: untranslated (Vietnamese has exactly one form)")
    out.extend(f"{key}: Vietnamese {form!r} fills {_fields(form)}, English {_fields(texts[0])}"
               for form in forms if form and _fields(form) != _fields(texts[0]))
    return out


def test_every_message_is_translated_with_its_fields_intact() -> None:
    """Every English template has a current, non-fuzzy Vietnamese translation that fills
    the same {fields}, and qnplan.po holds nothing else; all problems are listed at once."""
    po = _vietnamese_po()
    entries = {m.context: m for m in po if m.id}
    english: dict[str, str | tuple[str, str]] = {**MESSAGES, **PLURALS}
    problems = [p for key, text in english.items() for p in _problems(key, text, entries.get(key))]
    problems += [f"{key}: in qnplan.po but not in qnplan/i18n/en/ (run `make po`)"
                 for key in sorted(entries.keys() - english.keys(), key=str)]
    assert po.num_plurals == 1
    assert problems == []


def test_each_message_is_in_the_area_its_key_names() -> None:
    """The English catalogue is one module per area (qnplan/i18n/en/), each found by its keys'
    first word: every key is where that word says (so qnplan reads it from there), in one area
    only, and every area is short enough to read."""
    import importlib

    from qnplan.i18n.en import AREAS

    areas = {name: importlib.import_module(f"qnplan.i18n.en.{name}") for name in AREAS}
    misplaced = sorted(f"{key} in {name}" for name, module in areas.items()
                       for key in [*module.MESSAGES, *module.PLURALS]
                       if key.partition(".")[0] not in AREAS[name])
    held = [key for module in areas.values() for key in [*module.MESSAGES, *module.PLURALS]]
    long = [name for name, module in areas.items()
            if len(Path(module.__file__).read_text("utf-8").splitlines()) > 400]
    assert misplaced == []
    assert sorted(held) == sorted({*MESSAGES, *PLURALS})  # no key in two areas
    assert long == []


def test_each_translation_names_the_module_of_its_english() -> None:
    """A translator sees which part of qnplan a message belongs to: each .po entry refers to
    its area's module (`make po` writes it)."""
    po = _vietnamese_po()
    wrong = sorted(f"{m.context}: {m.locations}" for m in po if m.id and m.locations != [
        (f"qnplan/i18n/en/{_area_of(str(m.context))}.py", None)])
    assert wrong == []


def _area_of(key: str) -> str:
    from qnplan.i18n.en import AREAS

    return next(name for name, firsts in AREAS.items() if key.partition(".")[0] in firsts)


def test_the_compiled_catalogue_is_current() -> None:
    """qnplan reads what qnplan.po says: the qnplan.mo compiled from it is current (make test
    recompiles it when the .po changed; pytest alone after an edit needs `make mo`)."""
    po = {m.context: m.string for m in _vietnamese_po() if m.id}
    read = {key: template(key, "vi") for key in MESSAGES}
    read |= {key: (plural_template(key, 1, "vi"),) for key in PLURALS}
    assert read == po


def test_the_compiled_catalogue_is_not_in_git() -> None:
    """qnplan.mo is built (make, the wheel's build), never committed: a binary file conflicts
    on every merge that touches qnplan.po, and a stale one would hide a new translation."""
    import shutil
    import subprocess

    if shutil.which("git") is None or not (PACKAGE.parent / ".git").exists():
        pytest.skip("not a git checkout")
    tracked = subprocess.run(["git", "ls-files", "*.mo"], cwd=PACKAGE.parent, check=True,
                             capture_output=True, text=True).stdout.split()
    assert tracked == []


def test_tr_fills_fields_in_the_chosen_language() -> None:
    assert tr("err.unknown_scope", "vi", value="x", known="all") == (
        "không có phạm vi 'x'; dùng một trong all")
    assert tr("status.on_track", "en") == "on track"


def test_counted_nouns_agree_with_their_number() -> None:
    """English has a singular and a plural; Vietnamese one form for every number."""
    assert [tr_count("count.target", n, "en") for n in (0, 1, 2)] == [
        "0 targets", "1 target", "2 targets"]
    assert [tr_count("count.target", n, "vi") for n in (1, 2)] == ["1 mục tiêu", "2 mục tiêu"]


def test_one_english_word_can_have_two_vietnamese_ones() -> None:
    """A status 'on track' (this year's pace) and a trend verdict 'on track' (progress over
    the years) are worded differently in Vietnamese: each message is its own catalogue entry,
    its key the msgctxt."""
    assert tr("status.on_track", "en") == tr("verdict.on_track", "en") == "on track"
    assert (tr("status.on_track", "vi"), tr("verdict.on_track", "vi")) == (
        "đúng tiến độ", "đúng lộ trình")


def test_methods_note_is_in_the_chosen_language() -> None:
    """The methods note has its six paragraphs, each translated."""
    en, vi = methods_note("en"), methods_note("vi")
    assert len(en) == len(vi) == 6
    assert all(a != b for a, b in zip(en, vi, strict=True))


def test_no_module_rebinds_a_global() -> None:
    """The language (like every setting) travels as an argument, never through a global that
    a call sets for the next one to read: no module of qnplan has a `global` statement."""
    found = [f"{path.relative_to(PACKAGE)}:{node.lineno}" for path in sorted(PACKAGE.rglob("*.py"))
             for node in ast.walk(ast.parse(path.read_text("utf-8")))
             if isinstance(node, ast.Global)]
    assert found == []


def test_one_issue_is_worded_in_either_language_in_turn(data: DataDir) -> None:
    """An Issue holds no words: the library's validate() gives the same Issue to an English
    and a Vietnamese reader, in any order, and a --lang vi run in between changes nothing."""
    data.write("targets/2023.yaml", TARGETS_2023.replace(
        "    value: 1.0\n", "    value: 1.0\n    colour: red\n", 1))
    (issue,) = qnplan.validate(data.root)
    english = issue_line(issue, "en")
    assert english.endswith(": error: unknown field 'colour' [unknown-field]")
    assert issue_line(issue, "vi").endswith(": error: trường không xác định 'colour' "
                                            "[unknown-field]")
    assert run("--lang", "vi", "validate", data=data).exit_code == 1
    assert issue_line(qnplan.validate(data.root)[0], "en") == english


def _help_texts() -> list[str]:
    """Every help text of the CLI: each command's, subcommand's (`sources remove`), option's
    and argument's."""
    from typer.main import get_command

    from qnplan.cli.app import all_commands

    commands = [get_command(app)]
    for command in all_commands().values():
        commands += [command, *getattr(command, "commands", {}).values()]
    texts = [c.help for c in commands]  # and each parameter's, -h/--help's among them
    texts += [getattr(p, "help", None) for c in commands for p in c.get_params(c.context_class(c))]
    return [" ".join(t.split()) for t in texts if t]


def test_every_help_text_is_in_the_catalogue() -> None:
    """`--help` can be shown in Vietnamese: every command's and option's help text is a
    catalogue entry (help.*, found by its English words) with a translation, and the
    catalogue keeps no help entry that the CLI no longer shows."""
    texts = set(_help_texts())
    untranslated = sorted(t for t in texts if help_text(t, "vi") == t)
    entries = {" ".join(v.split()) for k, v in MESSAGES.items()
               if k.startswith("help.") and not k.startswith("help.panel.")}
    assert untranslated == []
    assert sorted(entries - texts) == []
    assert help_text("Output format.", "vi") == "Định dạng đầu ra."
