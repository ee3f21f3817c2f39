# `make brief` and `make test` do all the set-up on a fresh machine.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
INPUT ?= seeds/vn-kr-digital-forum.vi.txt
MT_MODEL ?=
OUT ?= out
export HF_HUB_DISABLE_TELEMETRY := 1

# Precision and recall of the facts on the answer keys in tests/data/facts.
eval-facts: venv
	$(BIN)/briefing eval-facts

# A digest's merged people, organisations, figures and conflicts against the answer keys in
# tests/data/digest (held out, where present) and tests/data/digest-dev (the dev set).
eval-digest: venv
	$(BIN)/briefing eval-digest

# Names across scripts against the answer keys in tests/data/names.
eval-names: venv
	$(BIN)/briefing eval-names

# Meaning-changing alterations the checks catch, and false flags on correct translations.
eval-checks: venv
	$(BIN)/briefing eval-checks

# Coverage-guided fuzzing of every reader of outside input (fuzz/): FUZZ_RUNS inputs per
# target (FUZZ_WEB_RUNS for the web upload path, ~15 ms an input), libFuzzer seed FUZZ_SEED;
# FUZZ_SECONDS (0: none) stops a target early on a busy machine, so that every target runs.
# Run outside CI; `make test` runs a short smoke of each target (tests/test_fuzz.py).
FUZZ_RUNS ?= 100000
FUZZ_WEB_RUNS ?= 10000
FUZZ_SEED ?= 22
FUZZ_SECONDS ?= 0
FUZZ_TARGETS := article-txt article-md article-html article-docx article-pdf xliff tmx glossary-csv glossary-tbx document web-upload
# atheris pinned: 3.0.0 is the newest with a wheel for this Python (no compiler needed).
$(BIN)/.atheris: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet atheris==3.0.0
	touch $@

fuzz: venv $(BIN)/.atheris
	mkdir -p .fuzz/logs
	@failed=""; for target in $(FUZZ_TARGETS); do \
	  runs=$(FUZZ_RUNS); [ $$target = web-upload ] && runs=$(FUZZ_WEB_RUNS); \
	  echo "fuzz $$target: $$runs inputs, seed $(FUZZ_SEED)"; \
	  HF_HUB_OFFLINE=1 $(BIN)/python -m fuzz.run $$target --runs $$runs --seed $(FUZZ_SEED) --seconds $(FUZZ_SECONDS) \
	    > .fuzz/logs/$$target.log 2>&1 || { tail -40 .fuzz/logs/$$target.log; failed="$$failed $$target"; }; \
	done; \
	$(BIN)/python -m fuzz.report; \
	if [ -n "$$failed" ]; then echo "crashed:$$failed (inputs in .fuzz/crashes/)"; exit 1; fi

.PHONY: docs fuzz eval-facts eval-digest eval-names eval-checks brief bench serve screenshots test check fmt lint types tiny-models venv system-deps clean

# WeasyPrint needs Pango, and HarfBuzz's subsetter to embed the CJK font quickly (without it
# WeasyPrint falls back to fontTools: the five seed PDFs took 13 s instead of 3 s here).
# The browser tests drive Debian's Chromium (no browser download); the translators' round
# trip runs Debian's OmegaT 3.6 headless.
SYSTEM_LIBS := libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 chromium omegat
system-deps:
	@if ! { ldconfig -p | grep -q libpangoft2-1.0 && ldconfig -p | grep -q libharfbuzz-subset && command -v chromium >/dev/null && command -v omegat >/dev/null; }; then \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "installing $(SYSTEM_LIBS) for WeasyPrint (apt-get)"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_LIBS) >/dev/null; \
	  else echo "warning: install $(SYSTEM_LIBS) (Pango and HarfBuzz subset for WeasyPrint, Chromium for the browser tests, OmegaT for the translators' round trip)"; fi; \
	fi

$(BIN)/.installed: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	# torch pinned: 2.13.0 is a CPU build; an unpinned torch pulls a multi-GB CUDA build.
	$(BIN)/python -m pip install --quiet torch==2.13.0
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# hangulize 0.0.9 (2017, sdist only), the reference the tests hold briefing.names.hangul
	# against: its setup imports six and needs wheel, so no build isolation.
	$(BIN)/python -m pip install --quiet six wheel
	$(BIN)/python -m pip install --quiet --no-build-isolation hangulize==0.0.9
	touch $@

venv: system-deps $(BIN)/.installed

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

# Speed and memory on a 600M-size NLLB model (built once under models/bench/, 2.5 GB), at
# beams 1, 2 (the default) and 4.
bench: venv tiny-models
	HF_HUB_OFFLINE=1 $(BIN)/briefing bench --beams 4
	HF_HUB_OFFLINE=1 $(BIN)/briefing bench --web-load 20

# The web page: data/ holds the database and the briefs; the sign-in links are printed.
serve: venv
	mkdir -p data
	$(BIN)/briefing serve --data-dir data

# Screenshots of the web page for the documentation (docs/), taken by the browser tests from a real run.
screenshots: venv tiny-models
	SCREENSHOTS_DIR=docs/screenshots HF_HUB_OFFLINE=1 $(BIN)/python -m pytest -q tests/test_browser.py

# The documentation site, built offline into site/ (docs/ and mkdocs.yml; the settings, CLI and
# API pages are generated from the code by tools/docs_hooks.py): a warning fails the build.
docs: venv
	$(BIN)/mkdocs build --strict --site-dir site

fmt: venv
	$(BIN)/ruff format briefing tests models tools fuzz
	$(BIN)/ruff check --fix briefing tests models tools fuzz

lint: venv
	$(BIN)/ruff format --check briefing tests models tools fuzz
	$(BIN)/ruff check briefing tests models tools fuzz

types: venv
	$(BIN)/mypy briefing

check: lint types test

clean:
	rm -rf $(OUT) models/tiny .fuzz .pytest_cache .mypy_cache .ruff_cache
