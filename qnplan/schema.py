"""JSON Schema of the four data file kinds, generated from the model's Structs."""

from __future__ import annotations

from typing import Any

import msgspec

from qnplan.model import ActualsFile, IndicatorsFile, SourcesFile, TargetsFile

DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schemas() -> dict[str, dict[str, Any]]:
    """{"indicators": schema, "sources": ..., "targets": ..., "actuals": ...}."""
    out = {}
    for kind, struct in (("indicators", IndicatorsFile), ("sources", SourcesFile),
                         ("targets", TargetsFile), ("actuals", ActualsFile)):
        schema = msgspec.json.schema(struct)
        out[kind] = {"$schema": DIALECT, "title": f"qnplan {kind} file", **schema}
    return out
