"""Regenerate the CLI reference in README.md from `--help` (tests check it is current).

Usage: python scripts/cli_reference.py [--check]
"""

from __future__ import annotations

import sys
from pathlib import Path

from typer.testing import CliRunner

from qnplan.cli.app import all_commands, app

README = Path(__file__).resolve().parent.parent / "README.md"
START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"


def reference() -> str:
    """Every command's --help, as Markdown."""
    runner = CliRunner()
    env = {"COLUMNS": "100", "NO_COLOR": "1", "TERM": "dumb"}
    parts = []
    for args in ([], *([name] for name in all_commands())):
        text = runner.invoke(app, [*args, "--help"], env=env, prog_name="qnplan").stdout
        title = " ".join(["qnplan", *args])
        parts.append(f"### `{title}`\n\n```text\n{text.rstrip()}\n```\n")
    return "\n".join(parts)


def updated(readme: str) -> str:
    head, rest = readme.split(START, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{START}\n{reference()}{END}{tail}"


def main() -> int:
    current = README.read_text("utf-8")
    new = updated(current)
    if "--check" in sys.argv:
        if new != current:
            print("README.md's CLI reference is out of date: run make docs", file=sys.stderr)
            return 1
        return 0
    README.write_text(new, "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
