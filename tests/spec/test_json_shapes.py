"""JSON output is exactly what json.dumps(..., ensure_ascii=False, indent=2) writes."""

from __future__ import annotations

import json

import pytest

from tests.conftest import DataDir, qnplan


def as_json_dumps_writes(text: str) -> str:
    return json.dumps(json.loads(text), ensure_ascii=False, indent=2) + "\n"


@pytest.mark.parametrize("args", [
    ["compare", "2023", "2024", "--scope", "all"], ["status", "2023", "--scope", "all"],
    ["conflicts"], ["indicators"], ["sources"], ["validate"], ["--lang", "vi", "status", "2024"],
], ids=" ".join)
def test_bundled_json_is_byte_identical_to_json_dumps(args: list[str]) -> None:
    """Every JSON listing of the bundled data, Vietnamese text unescaped, keys in order."""
    run = qnplan(*args, "--format", "json")
    assert run.exit_code == 0
    assert run.stdout == as_json_dumps_writes(run.stdout)
    assert "\\u" not in run.stdout


def test_vietnamese_text_is_written_as_is() -> None:
    """Titles keep their Vietnamese letters rather than \\u escapes."""
    assert '"title": "Nghị quyết' in qnplan("sources", "--format", "json").stdout


@pytest.mark.parametrize("kind", [[], ["targets"]], ids=["all", "targets"])
def test_schema_is_byte_identical_to_json_dumps(kind: list[str]) -> None:
    """The JSON Schema is printed as json.dumps prints it."""
    out = qnplan("schema", *kind).stdout
    assert out == as_json_dumps_writes(out)


def test_tiny_and_huge_numbers_are_spelled_as_json_dumps_spells_them(data: DataDir) -> None:
    """Exponents keep Python's spelling (5e-05, 1e+20), not msgspec's (0.00005, 1e20)."""
    for name, old, new in (("targets/2023.yaml", "value: 1.0\n", "value: 0.00005\n"),
                           ("targets/2024.yaml", "value: 3\n", "value: 1.0e+20\n")):
        path = data.root / name
        path.write_text(path.read_text("utf-8").replace(old, new, 1), "utf-8")
    out = qnplan("compare", "2023", "2024", "-f", "json", data=data).stdout
    assert '"value": 5e-05,' in out
    assert '"value": 1e+20,' in out
    assert '"delta_pct": 2e+26,' in out
    assert out == as_json_dumps_writes(out)
