# `make brief` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INPUT ?= seeds/vn-kr-digital-forum.vi.txt
MT_MODEL ?=
OUT ?= out
export HF_HUB_DISABLE_TELEMETRY := 1

.PHONY: brief test check fmt lint types tiny-models venv system-deps clean

# WeasyPrint needs Pango; Debian-based machines get it from apt when it is missing.
system-deps:
	@ldconfig -p 2>/dev/null | grep -q libpangoft2-1.0 || { \
	  echo "installing Pango for WeasyPrint (apt-get)"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libpango-1.0-0 libpangoft2-1.0-0 >/dev/null; }

$(BIN)/.installed: pyproject.toml
	@$(MAKE) --no-print-directory system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch pinned: 2.13.0 is a CPU build; an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

venv: $(BIN)/.installed

models/tiny/.built: $(BIN)/.installed models/build_tiny.py models/corpus.tsv $(wildcard seeds/*)
	$(BIN)/python models/build_tiny.py
	touch $@

tiny-models: models/tiny/.built

# make brief                             the seed with the catalog's default model
# make brief MT_MODEL=models/tiny/nllb   the whole job on the tiny test model, offline
brief: venv $(if $(findstring models/tiny,$(MT_MODEL)),tiny-models)
	$(BIN)/briefing brief $(INPUT) --out $(OUT) $(if $(MT_MODEL),--mt-model $(MT_MODEL))

test: venv tiny-models
	HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q

fmt: venv
	$(BIN)/ruff format briefing tests models
	$(BIN)/ruff check --fix briefing tests models

lint: venv
	$(BIN)/ruff format --check briefing tests models
	$(BIN)/ruff check briefing tests models

types: venv
	$(BIN)/mypy briefing

check: lint types test

clean:
	rm -rf $(OUT) models/tiny .pytest_cache .mypy_cache .ruff_cache
