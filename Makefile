# The two commands: `make run` (service with demo data) and `make test` (the whole suite).
# Each creates .venv and installs what it needs; only Python 3.11+, git and make are assumed (and,
# for the browser test's Chromium, Debian's apt-get).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install chromium lint typecheck contracts pytest openapi bench clean messages

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
# Bytecode for the start-up: where PYTHONDONTWRITEBYTECODE is set, imports never write it.
	$(BIN)/python -m compileall -q app alembic
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m compileall -q app alembic
	$(BIN)/gaiban serve --migrate --demo --worker

# The browser test (tests/browser/) drives headless Chromium, Debian's package: installed once
# (apt-get, as root: CI and the project's machines run as root), nothing done when it is there.
chromium:
	@command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)

test: $(STAMP) chromium
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -n 2 --dist loadfile

openapi: $(STAMP)
	$(BIN)/python scripts/export_openapi.py

# The messages' catalogue (app/i18n.py): extracts every message marked with _ in app/ (babel.cfg),
# merges them into the Chinese translations (app/locale/zh_CN/LC_MESSAGES/messages.po, the source
# of truth: translate the new entries there) and compiles the .mo the service loads. Both files are
# committed; tests/unit/test_messages.py fails when one is out of date or a message untranslated.
LOCALE := app/locale
messages: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _ --no-default-keywords --no-location --sort-output \
		--project gaiban --omit-header -o $(LOCALE)/messages.pot .
	$(BIN)/pybabel update -i $(LOCALE)/messages.pot -d $(LOCALE) -D messages -l zh_CN \
		--no-fuzzy-matching --ignore-obsolete
	$(BIN)/pybabel compile -d $(LOCALE) -D messages -l zh_CN --statistics
	rm $(LOCALE)/messages.pot

# ratios.py first: its figures are the service's against the stack's ceiling (issue 15); it marks
# a missed target MISS and goes on; the others exit non-zero past their limits.
bench: $(STAMP)
	$(BIN)/python bench/ratios.py
	$(BIN)/python bench/obligations.py
	$(BIN)/python bench/compliance.py
	$(BIN)/python bench/tasks.py

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
