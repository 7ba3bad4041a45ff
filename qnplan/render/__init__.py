"""Renderers: each returns a value (a Rich renderable or a string); the CLI prints it."""
