# Two commands: `make run` serves the site, `make test` runs every test.
# Both set up what they need on a fresh machine: a venv, the packages, the database.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
FLASK  := $(BIN)/flask --app matchmaker
HOST   ?= 127.0.0.1
PORT   ?= 8000
WORKERS ?= 2
# Tests run in two processes (pytest-xdist), each on a database of its own; the few that
# restart the shared database server (marked serial) run alone afterwards.
PYTEST := $(BIN)/python -m pytest -n $${TEST_PROCESSES:-2}

.PHONY: run test setup dev lint check bench two-servers clean browser-deps system-deps

run: setup
	$(FLASK) db upgrade
	$(FLASK) seed --demo-if-empty
	@echo ""
	@echo "  http://$(HOST):$(PORT)/   demo accounts (password: $${DEMO_PASSWORD:-demo-pass-2026}):"
	@echo "  office (市文明办), minzheng (市民政局), kangningtang (连锁药店), liuxiangmian (面食馆); all in README.md"
	@echo ""
	@if [ -n "$$MAIL_SERVER" ]; then echo "  mail: flask mail work delivers the outbox to $$MAIL_SERVER"; \
	else echo "  mail: off (set MAIL_SERVER to send email copies; docs/operations.md)"; fi
	@trap 'kill $$mail 2>/dev/null' EXIT INT TERM; \
	if [ -n "$$MAIL_SERVER" ]; then $(FLASK) mail work & mail=$$!; fi; \
	$(BIN)/gunicorn --config gunicorn.conf.py --workers $(WORKERS) --bind $(HOST):$(PORT) wsgi:app

# Bytecode caches (__pycache__, ignored by git) are written even where PYTHONDONTWRITEBYTECODE
# is set: without them each pytest process rewrites the asserts of ~370 modules again (tests,
# hypothesis, schemathesis: ~6 s CPU), five processes a run.
test: export PYTHONDONTWRITEBYTECODE :=
test: dev browser-deps
	$(BIN)/ruff check .
	$(BIN)/bandit -q -c pyproject.toml -r matchmaker
	env -u TEST_DATABASE_URL $(PYTEST) -m "not serial"
	@if [ -n "$$TEST_DATABASE_URL" ]; then \
		echo "== again on PostgreSQL: $$TEST_DATABASE_URL (tests marked pure or one_database skipped) =="; \
		$(PYTEST) -m "not pure and not one_database and not serial" && \
		$(BIN)/python -m pytest -m "serial and not pure and not one_database"; \
	fi

# The load benchmark (bench/load.py), not part of `make test`: gunicorn on SQLite and on
# PostgreSQL, loaded by wrk. Installs wrk and starts the local PostgreSQL when missing.
# Options through BENCH_ARGS, e.g. BENCH_ARGS="--databases sqlite --seconds 5 --strict".
bench: setup
	command -v wrk >/dev/null || (apt-get update -qq && apt-get install -y -qq wrk)
	pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql)" main start || true
	$(BIN)/python -m bench.load $(BENCH_ARGS)

# Two app servers behind one proxy on loopback (bench/two_servers.py): PostgreSQL (a schema of
# its own), Redis (a key prefix of its own), S3 (moto). Prints PASS/FAIL lines.
two-servers: dev
	pg_isready -q -h 127.0.0.1 -p 5432 || pg_ctlcluster --skip-systemctl-redirect "$$(ls /etc/postgresql)" main start || true
	$(BIN)/python -m bench.two_servers

# The browser journeys (tests/e2e/) drive Debian's Chromium; the font draws Chinese in their
# screenshots. Installed when missing (as root on CI); nothing is downloaded by Playwright.
browser-deps:
	command -v chromium >/dev/null || (apt-get update -qq && apt-get install -y -qq chromium fonts-wqy-microhei)
	test -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc || (apt-get update -qq && apt-get install -y -qq fonts-wqy-microhei)

# Debian packages the app needs at run time: pango for WeasyPrint's PDFs, a Chinese font.
system-deps:
	@dpkg -s libpango-1.0-0 libpangoft2-1.0-0 fonts-wqy-microhei >/dev/null 2>&1 || \
		(apt-get update -qq && apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 fonts-wqy-microhei)

setup: system-deps $(VENV)/.installed
dev: system-deps $(VENV)/.installed-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $(VENV)/.installed $@

clean:
	rm -rf $(VENV) instance .pytest_cache
