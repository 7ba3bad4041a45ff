"""The command line: Typer commands, options in, a library call, render, print, exit code."""

from qnplan.cli.app import app, main

__all__ = ["app", "main"]
