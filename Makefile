# Each target creates its own virtual environment and installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BROWSER_STAMP := $(VENV)/.browser-installed
export NO_COLOR := 1

.PHONY: demo test test-browser lint bench fuzz docs clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev,html,documents]'
	touch $(STAMP)

demo: $(STAMP)  ## compare the bundled 2023 and 2024 targets
	$(BIN)/qnplan compare 2023 2024

test: $(STAMP)  ## the test suite (what CI runs)
	TERM=dumb $(BIN)/python -m pytest

$(BROWSER_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dev,html,documents,browser]'
	touch $(BROWSER_STAMP)

test-browser: $(STAMP) $(BROWSER_STAMP)  ## the HTML report in headless Chromium (apt-installs it as root)
	bash scripts/ensure_chromium.sh
	SE_OFFLINE=true TERM=dumb $(BIN)/python -m pytest -m browser tests/test_browser.py

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
