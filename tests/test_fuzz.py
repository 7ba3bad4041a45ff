"""`make fuzz`: the property tests with many more examples (QNPLAN_FUZZ=1).

Crashes a fuzz run finds are kept as explicit regression tests in tests/spec/test_validation.py."""

import os

import pytest

from tests.unit.test_dataset_properties import (  # noqa: F401 - re-exported so pytest runs them here
    test_any_entries_validate_without_crashing,
    test_any_text_parses_or_reports,
    test_any_unquoted_value_validates_without_crashing,
    test_any_yaml_document_validates_without_crashing,
    test_control_character_is_located_by_line_and_column,
    test_nesting_past_the_limit_is_refused_by_qnplan_itself,
)

pytestmark = pytest.mark.skipif(not os.environ.get("QNPLAN_FUZZ"),
                                reason="a long run: make fuzz")
