# Two commands: `make demo` runs the main job, `make test` the tests.
# `make test` also checks the architecture (import-linter contracts in pyproject.toml);
# `make wheel-test` builds the wheel and smoke-tests it installed apart from the checkout (.ci/wheel-smoke).
# Both set everything up first (.ci/setup): Debian packages when missing,
# a .venv with eric-lp and its dependencies.  A second run installs nothing.
VENV := .venv
ERIC := $(VENV)/bin/eric-lp
export TF_CPP_MIN_LOG_LEVEL := 2

.PHONY: setup demo test wheel-test bench clean

setup:
	@bash .ci/setup

demo: setup
	$(ERIC) demo

test: setup
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/python -m pytest tests

wheel-test: setup
	bash .ci/wheel-smoke

bench: setup
	$(ERIC) bench engines
	$(ERIC) bench extract

clean:
	rm -rf $(VENV) runs cache .pytest_cache
