# Two entry points: `make run` (sample inputs -> warehouse -> weekly report) and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
# Offline run: no telemetry, and Prefect's temporary server stays quiet.
export PREFECT_SERVER_ANALYTICS_ENABLED := false
export DO_NOT_TRACK := 1

.PHONY: run test setup setup-dev lock clean-warehouse

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Installing the project compiles the scoring hot path with mypyc (setup.py, about a minute),
# again whenever a scoring module changes.
$(VENV)/.installed: $(BIN)/python requirements.lock pyproject.toml setup.py $(wildcard tasks/scoring/*.py)
	$(BIN)/pip install --quiet -r requirements.lock
	rm -f tasks/scoring/*.so tasks/scoring/compiled_sources.json
	$(BIN)/pip install --quiet --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.lock
	$(BIN)/pip install --quiet -r requirements-dev.lock
	touch $@

setup: $(VENV)/.installed
setup-dev: $(VENV)/.installed-dev

run: setup
	$(BIN)/sourcescore run --inputs inputs --warehouse warehouse/sourcescore.duckdb
	$(BIN)/sourcescore report --warehouse warehouse/sourcescore.duckdb

# unless told to run plain Python, the suite checks that the modules it just compiled are what runs
test: setup-dev
	$(if $(SOURCESCORE_PURE_PYTHON),,SOURCESCORE_EXPECT_COMPILED=1) $(BIN)/python -m pytest

# Re-resolve the lock from pyproject's ranges in a scratch venv.
lock:
	rm -rf /tmp/sourcescore-lock && $(PYTHON) -m venv /tmp/sourcescore-lock
	/tmp/sourcescore-lock/bin/pip install --quiet .
	/tmp/sourcescore-lock/bin/pip freeze --exclude sourcescore > requirements.lock.new
	@echo "review requirements.lock.new, then move it over requirements.lock"

clean-warehouse:
	rm -f warehouse/sourcescore.duckdb warehouse/sourcescore.duckdb.wal
	rm -rf warehouse/reports
