# The two commands a newcomer needs: `make demo` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared
READY := $(VENV)/.ready

.PHONY: demo test lint eval bench clean screenshot

$(READY): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test]'
	touch $@

demo: $(READY)
	$(BIN)/troopwatch demo

# The README's picture of the demo's report, taken by the browser test's own helper.
screenshot: $(READY)
	$(BIN)/troopwatch demo --dir demo-data > /dev/null
	$(BIN)/python -m tests.support.browser demo-data/report.html docs/report.png 1500

test: lint
	$(BIN)/pytest

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

eval: $(READY)
	$(BIN)/python -m evaluation

bench: $(READY)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache
