# Two commands do all set-up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO_DB ?= .demo/jeugdloket-demo.db
DEMO_N  ?= 300

.PHONY: run test test-bundle bundle lint format translations demo benchmark benchmark-team benchmark-werkkopie screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

$(DEMO_DB): | $(STAMP)
	$(BIN)/jeugdloket demo --db $(DEMO_DB) --casussen $(DEMO_N) --seed 1

run: $(STAMP) $(DEMO_DB)
	JEUGDLOKET_GEBRUIKER=$${JEUGDLOKET_GEBRUIKER:-} $(BIN)/jeugdloket --db $(DEMO_DB)

# The suite in parallel: many tests wait on subprocesses (the CLI, SIGKILLed writers), so more
# workers than cores pays; --dist loadscope keeps a module on one worker, so a module's shared
# fixture (a demo database, a generated register) is built once. Bytecode is written even where
# the environment says PYTHONDONTWRITEBYTECODE: every CLI test starts Python and would compile
# the whole package again.
TEST_WORKERS ?= 4
test: $(STAMP)
	$(BIN)/lint-imports --no-cache
	QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= \
	  $(BIN)/python -m pytest -q -n $(TEST_WORKERS) --dist loadscope -m "not bundle" --durations=12

# The app as one folder for the platform this runs on (packaging/jeugdloket.spec, IT guide in
# packaging/IT-handleiding.md): dist/jeugdloket/. PyInstaller lives in the optional `bundle`
# group, so a developer's `make test` does not install it.
BUNDLE_STAMP := $(VENV)/.bundle-installed
$(BUNDLE_STAMP): pyproject.toml | $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,bundle]'
	touch $(BUNDLE_STAMP)

bundle: $(BUNDLE_STAMP)
	$(BIN)/pyinstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/jeugdloket.spec
	@du -sh dist/jeugdloket | sed 's/\t/  /'

# Builds the bundle, then starts what was built: --version, CLI commands on a new encrypted
# file, the window offscreen up to the sign-in dialog (tests/test_bundle.py).
test-bundle: bundle
	JEUGDLOKET_BUNDEL=dist/jeugdloket QT_QPA_PLATFORM=offscreen PYTHONDONTWRITEBYTECODE= \
	  $(BIN)/python -m pytest -q -m bundle tests/test_bundle.py

lint: $(STAMP)
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# English source strings in the code; Dutch (the default) and English catalogues.
translations: $(STAMP)
	$(BIN)/pyside6-lupdate $$(find jeugdloket/ui -name '*.py') -ts translations/jeugdloket_nl.ts
	$(BIN)/pyside6-lrelease translations/jeugdloket_nl.ts -qm translations/jeugdloket_nl.qm

benchmark: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python benchmarks/caselijst.py

# The team register on PostgreSQL against SQLite (needs the system's PostgreSQL, like the tests).
benchmark-team: $(STAMP)
	$(BIN)/python benchmarks/team.py

# A werkkopie of 40 cases with 500 changed fields synced to a 2,000-case register (PostgreSQL).
benchmark-werkkopie: $(STAMP)
	$(BIN)/python benchmarks/werkkopie.py

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots_werkkopie.py

clean:
	rm -rf $(VENV) .demo .pytest_cache build dist
