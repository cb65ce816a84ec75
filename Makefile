# eventscope: the whole setup is `make demo` then `make test` (a fresh machine needs only Python 3.11).
VENV   ?= .venv
PYTHON ?= python3
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
SHARED ?= ../shared

.PHONY: install demo test lint typecheck unit eval bench clean

$(STAMP): pyproject.toml constraints.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c constraints.txt -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

demo: install  ## extract events from the bundled example pages into eventscope.db and list them
	$(BIN)/eventscope ingest examples/pages --db eventscope.db
	$(BIN)/eventscope events --db eventscope.db

lint: install
	$(BIN)/ruff check src tests benchmarks

typecheck: install
	$(BIN)/mypy

unit: install  ## pytest; exit code 5 (no tests collected) is not a failure
	$(BIN)/pytest || [ $$? -eq 5 ]

test: lint typecheck unit

eval: install  ## score the dev suites in ../shared/eval (skipped when ../shared is absent)
	@if [ -d $(SHARED)/eval/dev ]; then \
	  for s in acled_dev muc_dev timex_dev geo_dev html_dev; do \
	    PATH="$(CURDIR)/$(BIN):$$PATH" bash $(SHARED)/eval/run.sh $$s | tail -n 1; \
	  done; \
	else echo "no $(SHARED)/eval: evaluation skipped"; fi

bench: install  ## throughput against raw spaCy (news and conflict mixes, 1 and 2 workers); ingest on 1, 2, Dask
	$(BIN)/python benchmarks/throughput.py
	$(BIN)/python benchmarks/run_all.py
	$(BIN)/python benchmarks/bench_ingest.py

clean:
	rm -rf eval-runs .pytest_cache .mypy_cache .ruff_cache eventscope.db
