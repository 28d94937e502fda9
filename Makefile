# One entry point for dev tasks. `make run` and `make test` bootstrap .venv on first use.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
DB ?= dateline.db
OUT ?= out

.PHONY: run test lint typecheck bench docs clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	@touch $(STAMP)

## Ingest the bundled sample corpus into SQLite, print the timeline, write it as Markdown and HTML.
run: $(STAMP)
	$(BIN)/dateline ingest samples/corpus --db $(DB)
	$(BIN)/dateline timeline --db $(DB) --title "dateline sample corpus" \
		--markdown $(OUT)/timeline.md --html $(OUT)/timeline.html

## The whole test suite (PostgreSQL tests included: they fail, not skip, when CI=true).
test: $(STAMP)
	$(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks

typecheck: $(STAMP)
	$(BIN)/mypy src/dateline

## Throughput and peak memory of the full pipeline against bare spaCy on the sample corpus.
bench: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py samples/corpus

docs: $(STAMP)
	$(BIN)/python docs/gen_cli.py > docs/cli.md

clean:
	rm -rf $(VENV) $(OUT) $(DB) .pytest_cache .mypy_cache .ruff_cache
