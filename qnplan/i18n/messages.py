"""The whole English catalogue, every area of qnplan/i18n/en/ merged: for the tools that read it
all (scripts/catalogue.py, the tests). qnplan itself reads an area when it words one of its
messages (qnplan.i18n)."""

from __future__ import annotations

import importlib

from qnplan.i18n.en import AREAS

MESSAGES: dict[str, str] = {}
PLURALS: dict[str, tuple[str, str]] = {}
for _name in AREAS:
    _area = importlib.import_module(f"qnplan.i18n.en.{_name}")
    MESSAGES.update(_area.MESSAGES)
    PLURALS.update(_area.PLURALS)
