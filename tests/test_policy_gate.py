"""tools/policy_gate.py: checkov passes on every shipped example and fails on a weakened one."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, GATE_LINES
from tools.generate import json_path
from tools.policy_gate import CONFIG, readable_copy, scan, scan_unchanged, skipped_checks


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_checkov_passes_on_every_example(example: str) -> None:
    gate = scan(json_path(example), "terraform_json", label=f"generated/{example}/json/cdk.tf.json")
    GATE_LINES.append(gate.line())
    assert gate.problems == []
    assert gate.passed > 100


def test_weakened_stack_fails_the_gate(tmp_path: Path) -> None:
    # GIVEN the China stack with versioning removed and a host without IMDSv2
    doc = json.loads((json_path("china")).read_text(encoding="utf-8"))
    weakened = copy.deepcopy(doc)
    del weakened["resource"]["aws_s3_bucket_versioning"]
    for instance in weakened["resource"]["aws_instance"].values():
        instance["metadata_options"]["http_tokens"] = "optional"
    target = tmp_path / "cdk.tf.json"
    target.write_text(json.dumps(weakened), encoding="utf-8")
    # THEN the gate fails, naming the checks
    failed = {problem.split()[0] for problem in scan(target, "terraform_json").problems}
    assert {"CKV_AWS_21", "CKV_AWS_79"} <= failed


def test_a_file_checkov_cannot_read_fails_the_gate() -> None:
    # GIVEN a shipped stack, which carries terraform.required_version
    path = json_path("china")
    assert "required_version" in json.loads(path.read_text(encoding="utf-8"))["terraform"]
    # WHEN checkov reads it unchanged THEN it runs zero checks and exits 0 (checkov#7454), and the gate fails
    gate = scan_unchanged(path, "terraform_json")
    assert gate.passed + gate.failed == 0
    assert "no check ran: checkov could not read the file" in gate.problems


def test_the_gate_scans_everything_but_required_version(tmp_path: Path) -> None:
    original = json.loads((json_path("china")).read_text(encoding="utf-8"))
    scanned = json.loads(readable_copy(json_path("china"), tmp_path).read_text(encoding="utf-8"))
    del original["terraform"]["required_version"]
    assert scanned == original


def test_every_skip_has_a_reason_and_is_in_the_readme() -> None:
    assert skipped_checks()
    lines = CONFIG.read_text(encoding="utf-8").splitlines()
    readme = (CONFIG.parent / "README.md").read_text(encoding="utf-8")
    skips = [(index, line.split("-", 1)[1].strip()) for index, line in enumerate(lines) if line.strip().startswith("- CKV")]
    assert skips
    for index, check in skips:
        assert lines[index - 1].strip().startswith("#"), f"{check} has no reason above it"
        assert f"`{check}`" in readme, f"{check} is not listed in the README's security section"
