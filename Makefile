# The README's commands. Everything a fresh machine needs is installed from here.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp

.PHONY: demo test bench install clean

install: $(STAMP)

# Re-install only when the dependency pins change.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@echo "Installing diplomeet and its pinned dependencies into $(VENV) ..."
	@# pip's output goes to a log (its harmless index warnings would fill the screen); a failed
	@# install stops here with the log's tail instead of leaving a half-installed stamp
	@$(BIN)/pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev,bench,lake]' \
		> $(VENV)/pip-install.log 2>&1 \
		|| (grep -v -E "^WARNING: (Location|lxml)" $(VENV)/pip-install.log | tail -20 >&2; \
		    echo "pip install failed (full log: $(VENV)/pip-install.log)" >&2; exit 1)
	@$(BIN)/python -c "import flows.cli" || (echo "install failed" >&2; exit 1)
	@touch $(STAMP)

demo: $(STAMP)
	@$(BIN)/diplomeet demo

test: $(STAMP)
	@$(BIN)/python -m pytest

bench: $(STAMP)
	@$(BIN)/python scripts/bench.py

clean:
	rm -rf $(VENV) warehouse/*.duckdb warehouse/work warehouse/runs
