"""generated/ holds exactly what the code synthesizes for each shipped example (`make generate`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tools.generate import GENERATED


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_committed_output_matches_a_fresh_synth(example: str, synth_dir: Path) -> None:
    committed = GENERATED / example / "cdk.tf.json"
    fresh = synth_dir / "stacks" / EXAMPLES[example].name / "cdk.tf.json"
    assert committed.exists(), f"{committed} is missing: run `make generate`"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), f"{committed} is stale: run `make generate` and commit"
