# Each target creates its own virtual environment and installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
export NO_COLOR := 1

.PHONY: demo test lint bench fuzz docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev,html]'
	touch $(STAMP)

demo: $(STAMP)  ## compare the bundled 2023 and 2024 targets
	$(BIN)/qnplan compare 2023 2024

test: $(STAMP)  ## the test suite (what CI runs)
	TERM=dumb $(BIN)/python -m pytest

lint: $(STAMP)  ## ruff and mypy
	$(BIN)/ruff check qnplan tests benchmarks scripts
	$(BIN)/mypy

bench: $(STAMP)  ## start-up and throughput against the floor (see benchmarks/bench.py)
	$(BIN)/python benchmarks/bench.py

fuzz: $(STAMP)  ## a longer, time-bounded property-based run of the loader
	QNPLAN_FUZZ=1 $(BIN)/python -m pytest tests/test_fuzz.py -q

docs: $(STAMP)  ## regenerate the README's command reference from --help
	$(BIN)/python scripts/cli_reference.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache build *.egg-info
