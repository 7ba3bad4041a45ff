# Each target creates its own virtual environment and installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
BROWSER_STAMP := $(VENV)/.browser-installed
export NO_COLOR := 1

.PHONY: demo test test-min test-wheel test-hooks test-browser lint bench fuzz docs schema po mo clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test,dev,html,documents]'
	touch $(STAMP)

# The compiled Vietnamese catalogue is built, not committed (a binary file would conflict on
# every merge that touches the .po); the wheel's build compiles it too (setup.py).
PO := qnplan/i18n/locale/vi/LC_MESSAGES/qnplan.po
MO := $(PO:.po=.mo)
$(MO): $(PO) | $(STAMP)
	$(BIN)/python scripts/catalogue.py mo

demo: $(STAMP) $(MO)  ## compare the bundled 2023 and 2024 targets
	$(BIN)/qnplan compare 2023 2024

test: $(STAMP) $(MO)  ## the test suite (what CI runs)
	TERM=dumb $(BIN)/python -m pytest

# The lowest versions pyproject.toml admits, in a fresh environment. --help layouts differ
# between Typer versions, so the tests pinned to today's layout are left out there.
MIN_VENV := .venv-min
test-min:  ## the suite against the dependency floors (.ci/minimum-versions.txt)
	rm -rf $(MIN_VENV)
	$(PYTHON) -m venv $(MIN_VENV)
	$(MIN_VENV)/bin/python -m pip install --quiet --upgrade pip
	$(MIN_VENV)/bin/python -m pip install --quiet -c .ci/minimum-versions.txt -e '.[test,html,documents]'
	$(MIN_VENV)/bin/python -m pip freeze --exclude-editable
	$(MIN_VENV)/bin/python scripts/catalogue.py mo
	TERM=dumb $(MIN_VENV)/bin/python -m pytest -m 'not browser and not help_layout' -q

test-wheel: $(STAMP) $(MO)  ## build sdist and wheel, install the wheel outside the repository, run it and the sdist's tests
	QNPLAN_PACKAGING=1 TERM=dumb $(BIN)/python -m pytest tests/test_packaging.py -v

test-hooks: $(STAMP) $(MO)  ## pre-commit try-repo on a clone (good and broken data), check-jsonschema on the schemas
	QNPLAN_HOOKS=1 TERM=dumb $(BIN)/python -m pytest tests/test_hooks.py -v

$(BROWSER_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dev,html,documents,browser]'
	touch $(BROWSER_STAMP)

test-browser: $(STAMP) $(BROWSER_STAMP) $(MO)  ## the HTML report in headless Chromium (apt-installs it as root)
	bash scripts/ensure_chromium.sh
	SE_OFFLINE=true TERM=dumb $(BIN)/python -m pytest -m browser tests/test_browser.py

lint: $(STAMP) $(MO)  ## ruff and mypy
	$(BIN)/ruff check qnplan tests benchmarks scripts setup.py
	$(BIN)/mypy

bench: $(STAMP) $(MO)  ## start-up, cold and warm runs, each paired with its floor (benchmarks/bench.py)
	$(BIN)/python benchmarks/bench.py

fuzz: $(STAMP)  ## a longer, time-bounded property-based run of the loader
	QNPLAN_FUZZ=1 $(BIN)/python -m pytest tests/test_fuzz.py -q

docs: schema $(MO)  ## regenerate the README's command reference from --help, and schema/
	$(BIN)/python scripts/cli_reference.py

schema: $(STAMP)  ## write schema/KIND.schema.json from the model (a test checks they are current)
	for kind in indicators sources targets actuals plans settings; do \
	  $(BIN)/qnplan schema $$kind > schema/$$kind.schema.json || exit 1; done

po: $(STAMP)  ## bring the Vietnamese catalogue (qnplan.po) in step with the English templates in qnplan/i18n/en/
	$(BIN)/python scripts/catalogue.py po

mo: $(STAMP)  ## compile qnplan.po to the qnplan.mo qnplan reads (make test does it when the .po changed)
	$(BIN)/python scripts/catalogue.py mo

clean:
	rm -rf $(VENV) $(MIN_VENV) .pytest_cache .ruff_cache .mypy_cache build dist *.egg-info
