"""docs/python-api.md runs: its Python blocks, in order, in one namespace (Typer's docs_src
habit: a manual that cannot drift). A block that imports pandas is skipped without pandas."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[2] / "docs" / "python-api.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def test_the_api_page_has_examples() -> None:
    """The page shows the API by example (a regex that found nothing would pass vacuously)."""
    assert len(BLOCKS) >= 6


def test_every_example_runs(capsys: pytest.CaptureFixture[str]) -> None:
    """Each example runs after the ones before it and its own asserts hold."""
    namespace: dict[str, object] = {}
    has_pandas = importlib.util.find_spec("pandas") is not None
    for number, block in enumerate(BLOCKS, 1):
        if "import pandas" in block and not has_pandas:
            continue
        exec(compile(block, f"{DOC.name} example {number}", "exec"), namespace)
    assert "qnplan" in namespace
