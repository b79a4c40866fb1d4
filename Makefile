# The two commands a newcomer needs: `make demo` and `make test`. Both set themselves up.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SHARED := ../shared
READY := $(VENV)/.ready

.PHONY: demo test lint eval train bench clean screenshot browser

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

test: lint browser
	$(BIN)/pytest

# The report's browser test drives Debian's Chromium. A failed install is left for that test
# to report (it fails naming the missing browser) rather than stopping here.
browser:
	@[ -x /usr/bin/chromium ] || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
		apt-get install -y -qq chromium) || echo "could not install chromium: the report's browser test will fail" >&2

lint: $(READY)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

eval: $(READY)
	$(BIN)/python -m evaluation

# Refit the status model's and the aside model's weights (extractors/status_model.json,
# extractors/aside_model.json) after a change to the detector or the catalogue, or a new file
# of the desk's corrections in evaluation/desk_labels/; the tests fail while either is stale.
train: $(READY)
	$(BIN)/python -m evaluation.train

bench: $(READY)
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) demo-data .pytest_cache .mypy_cache .ruff_cache
