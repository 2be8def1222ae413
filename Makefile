# BranchDesk: `make run` opens the app on a demo database, `make test` runs the whole suite.
# Both set everything up first on a fresh machine (system libraries, virtualenv, translations).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
TS     := $(wildcard resources/translations/*.ts)
QM     := $(TS:.ts=.qm)

.PHONY: run test setup system-deps lint translations-update dist bench clean

run: setup
	$(BIN)/branchdesk --demo-if-empty

# pytest runs one worker per core (pytest-xdist); PYTEST_JOBS=0 (or PYTEST_ARGS="-n 0") runs it in one process.
# Whole files go to one worker (loadfile): a file's demo database is then built once, not on every worker.
PYTEST_JOBS ?= auto
test: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/mypy
	$(BIN)/python -m pytest -n $(PYTEST_JOBS) --dist loadfile $(PYTEST_ARGS)

setup: system-deps $(STAMP) $(QM)

system-deps:
	@sh scripts/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

resources/translations/%.qm: resources/translations/%.ts $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# Re-scan the sources for translatable strings (keeps existing translations).
translations-update: $(STAMP)
	$(BIN)/python scripts/update_translations.py

bench: setup
	$(BIN)/python -m tests.benchmarks.run $(BENCH_ARGS)

# The frozen program in dist/branchdesk/, then its selftest on a fresh database (away from the real user's files),
# then the newest glibc its libraries need: branch PCs (UOS 20, Kylin V10) have 2.28. A bundle built against a newer
# Python (libpython asks for what the build machine's glibc has) fails here; GLIBC_MAX=2.36 accepts a bundle meant
# only for this machine.
DIST_HOME := $(CURDIR)/build/dist-selftest-home
GLIBC_MAX ?= 2.28
dist: setup
	$(BIN)/pyinstaller --noconfirm --clean build.spec
	@du -sh dist/branchdesk
	rm -rf build/dist-selftest.db* build/dist-screens $(DIST_HOME)
	dist/branchdesk/branchdesk --help >/dev/null
	BRANCHDESK_DATA_DIR=$(DIST_HOME)/data BRANCHDESK_CONFIG_DIR=$(DIST_HOME)/config QT_QPA_PLATFORM=offscreen \
		dist/branchdesk/branchdesk selftest --db sqlite:///$(CURDIR)/build/dist-selftest.db --screenshots build/dist-screens
	$(BIN)/python scripts/check_glibc.py dist/branchdesk --max $(GLIBC_MAX)

clean:
	rm -rf build dist $(VENV) resources/translations/*.qm
