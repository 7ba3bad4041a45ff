"""The JSON Schemas shipped in schema/: current, documented, and strict where editors help."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml

from qnplan.dataset.schema import schemas
from qnplan.render.json import to_json
from tests.conftest import qnplan

REPO = Path(__file__).parents[2]
SCHEMA_DIR = REPO / "schema"
FIXTURES = Path(__file__).parents[1] / "fixtures" / "schema"
KINDS = ("indicators", "sources", "targets", "actuals", "plans")
MODELINE = re.compile(r"^# yaml-language-server: \$schema=(\S+)\n")


def shipped(kind: str) -> dict[str, Any]:
    return json.loads((SCHEMA_DIR / f"{kind}.schema.json").read_text("utf-8"))


def as_json(path: Path) -> Any:
    """A YAML file as a JSON document (dates become strings, as in any JSON tool)."""
    return json.loads(json.dumps(yaml.safe_load(path.read_text("utf-8")), default=str))


def errors(doc: Any, kind: str) -> list[str]:
    validator = jsonschema.Draft202012Validator(shipped(kind))
    return sorted(e.message for e in validator.iter_errors(doc))


def bundled_files() -> list[tuple[str, Path]]:
    data = REPO / "data"
    files = [("indicators", data / "indicators.yaml"), ("sources", data / "sources.yaml")]
    for kind in ("targets", "actuals", "plans"):
        files += [(kind, p) for p in sorted((data / kind).glob("*.yaml"))]
    return files


@pytest.mark.parametrize("kind", KINDS)
def test_schema_files_are_current(kind: str) -> None:
    """schema/KIND.schema.json is exactly what `qnplan schema KIND` prints (make schema)."""
    text = (SCHEMA_DIR / f"{kind}.schema.json").read_text("utf-8")
    assert text == to_json(schemas()[kind]), "run make schema"
    assert qnplan("schema", kind).stdout == text


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_is_described(kind: str) -> None:
    """Editors show a description on hover for every field, and the schema has an $id."""
    schema = shipped(kind)
    assert schema["$id"] == f"urn:qnplan:schema:{kind}"
    for name, definition in schema["$defs"].items():
        assert definition.get("description"), f"describe {name} in qnplan.schema.DESCRIPTIONS"
        for field, prop in definition["properties"].items():
            assert prop.get("description"), f"describe {name}.{field} in qnplan.schema.DESCRIPTIONS"


@pytest.mark.parametrize(("kind", "path"), bundled_files(), ids=lambda x: str(x))
def test_bundled_file_names_its_schema_and_passes_it(kind: str, path: Path) -> None:
    """Every bundled data file starts with the modeline of its schema and validates against it."""
    modeline = MODELINE.match(path.read_text("utf-8"))
    assert modeline, f"{path} does not start with a yaml-language-server line"
    assert (path.parent / modeline[1]).resolve() == SCHEMA_DIR / f"{kind}.schema.json"
    assert errors(as_json(path), kind) == []


@pytest.mark.parametrize(("fixture", "message"), [
    ("ge-without-value.yaml", "'value' is a required property"),
    ("range-without-max.yaml", "'max' is a required property"),
])
def test_schema_refuses_a_target_missing_what_its_op_needs(fixture: str, message: str) -> None:
    """`>=` without value and `range` without max are caught in the editor, not only by qnplan."""
    assert errors(as_json(FIXTURES / fixture), "targets") == [message]


TARGET = {"indicator": "fdi", "op": ">=", "value": 1, "source": "s", "quote": "q"}


@pytest.mark.parametrize(("change", "accepted"), [
    ({"unit": "tỷ USD"}, True),
    ({"unit": "mn_usd"}, True),
    ({"unit": "tỷ đô"}, False),
    ({"period": "9M"}, True),
    ({"period": "13M"}, False),
    ({"value": "55.600"}, True),  # Vietnamese spelling of 55600
    ({"value": None}, False),
    ({"op": "range", "value": None, "min": 1, "max": 2}, True),
    ({"op": "range", "min": 1, "max": 2}, False),  # range with a value too
    ({"op": "qualitative", "value": None, "text": "giữ vững"}, True),
    ({"op": "qualitative", "value": None}, False),
    ({"min": 1}, False),  # min belongs to range
])
def test_schema_enums_and_op_rules(change: dict[str, Any], accepted: bool) -> None:
    """Units and periods are enums; each op's fields are required, the others refused."""
    doc = {"year": 2023, "targets": [TARGET | change]}
    assert (errors(doc, "targets") == []) is accepted


@pytest.mark.parametrize(("result", "accepted"), [
    ({"value": 1}, True),
    ({"met": True, "text": "đạt"}, True),
    ({"text": "đạt"}, False),
])
def test_schema_result_needs_value_or_met(result: dict[str, Any], accepted: bool) -> None:
    """A result states a value, or whether a qualitative target was met."""
    entry = {"indicator": "fdi", "source": "s", "quote": "q", "period": "FY",
             "status": "final"} | result
    assert (errors({"year": 2023, "actuals": [entry]}, "actuals") == []) is accepted
