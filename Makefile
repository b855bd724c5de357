# One venv holds the runtime and the test tools; every target creates it when it is missing or stale.
PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
NODE_STAMP := node_modules/.installed
CHECKOV_STAMP := .venv-checkov/.installed

.PHONY: synth test unit generate check-generated rehearse diagram graphviz bench clean

# Synthesize the default China deployment (or CONFIG=path/to/file.toml) into cdktf.out/.
synth: $(STAMP)
	$(PY) main.py $(if $(CONFIG),--config $(CONFIG))

# Every quality gate: generated/ regenerated and unchanged, unit tests on the synthesized JSON,
# invalid-input tests, terraform validate / fmt / test, the policy gate (checkov and the project
# rules), and the apply / re-plan / destroy rehearsal of every example against moto.
test: $(STAMP) $(NODE_STAMP) $(CHECKOV_STAMP) graphviz check-generated
	$(PY) -m pytest

# The unit tests alone (no Terraform, moto, checkov, Graphviz or cdktf CLI): a few seconds.
unit: $(STAMP)
	$(PY) -m pytest -m "not integration"

# Rewrite generated/ from the shipped examples and the module code (JSON, HCL, READMEs, the module).
generate: $(STAMP)
	$(PY) -m tools.generate

# Regenerate generated/ and fail on any difference from what git has: reviewed output never drifts.
check-generated: $(STAMP)
	$(PY) -m tools.generate >/dev/null
	@git diff --exit-code --stat -- generated/ && test -z "$$(git status --porcelain --untracked-files=all -- generated/)" || \
		{ git status --short -- generated/; echo "generated/ differs from a fresh 'make generate': regenerate and commit it" >&2; exit 1; }

# Render docs/architecture.{svg,png} from the settings (CONFIG=... for another deployment).
diagram: $(STAMP) graphviz
	$(PY) -m tools.diagram $(if $(CONFIG),--config $(CONFIG))

# Synth wall time and peak memory against a floor app, and rehearsal plan times (figures, not a test).
bench: $(STAMP)
	$(PY) -m tools.benchmark

# Graphviz's `dot` draws the diagram; installed from Debian's packages when missing.
graphviz:
	@command -v dot >/dev/null || { apt-get update -qq && apt-get install -y -qq --no-install-recommends graphviz >/dev/null; }

# Apply, re-plan, use and destroy a deployment (CONFIG=...) against a local moto server.
rehearse: $(STAMP)
	$(PY) -m tools.rehearse $(if $(CONFIG),--config $(CONFIG))

$(STAMP): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install --quiet --require-virtualenv -r requirements-dev.txt
	touch $@

# The pinned cdktf CLI (for `npx cdktf synth`); install scripts are not needed to synthesize.
$(NODE_STAMP): package.json package-lock.json
	npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# checkov in its own venv: it pins an older boto3 than the tests use.
$(CHECKOV_STAMP): requirements-checkov.txt
	$(PYTHON) -m venv .venv-checkov
	.venv-checkov/bin/pip install --quiet --require-virtualenv -r requirements-checkov.txt
	touch $@

clean:
	rm -rf $(VENV) .venv-checkov node_modules cdktf.out .pytest_cache
