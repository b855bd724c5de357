"""generated/: what the code synthesizes for each example, in JSON and HCL, and the Terraform module.

`make test` first regenerates generated/ and fails when it differs from what is committed; these tests
check that what is committed is valid, formatted, portable and documented.
"""

from __future__ import annotations

import json
import re
import shutil
import socket
import subprocess
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES
from tools.generate import GENERATED, MODULE, json_path
from tools.terraform import Terraform, terraform_binary


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_committed_json_matches_a_fresh_synth(example: str, synth_dir: Path) -> None:
    committed = json_path(example)
    fresh = synth_dir / "stacks" / EXAMPLES[example].name / "cdk.tf.json"
    assert committed.exists(), f"{committed} is missing: run `make generate`"
    assert committed.read_text(encoding="utf-8") == fresh.read_text(encoding="utf-8"), f"{committed} is stale: run `make generate` and commit"


def test_every_terraform_file_is_fmt_clean() -> None:
    result = subprocess.run([terraform_binary(), "fmt", "-check", "-recursive", "-diff", str(GENERATED)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(list(GENERATED.rglob("*.tf"))) >= 5 * 3


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_hcl_is_idiomatic(example: str) -> None:
    text = "\n".join(path.read_text(encoding="utf-8") for path in sorted((GENERATED / example / "hcl").glob("*.tf")))
    assert 'provider = "' not in text, "provider references must be bare (aws.cn_north_1), not quoted"
    assert not re.search(r'= "\$\{[^"]*\}"\s*$', text, re.MULTILINE), "a plain reference must not be wrapped in \"${...}\""
    assert 'required_version = ">= 1.11.0, < 2.0.0"' in text
    assert 'version = "5.100.0"' in text


@pytest.mark.parametrize("form", ["hcl", "json"])
@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_generated_configuration_validates_without_warnings(
    example: str, form: str, terraform_cli_config: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # GIVEN a committed configuration, copied alone (as a user would check it out)
    shutil.copytree(GENERATED / example / form, tmp_path / form)
    terraform = Terraform(tmp_path / form, cli_config=terraform_cli_config, plugin_cache=tmp_path_factory.getbasetemp() / "plugin-cache")
    # WHEN terraform initializes it without its backend and validates it
    terraform.init("-backend=false")
    report = terraform.validate()
    # THEN there is no diagnostic at all
    assert report["valid"] is True and report["diagnostics"] == [], report


def test_nothing_generated_names_this_machine() -> None:
    for path in GENERATED.rglob("*"):
        if path.is_file():
            text = path.read_text(encoding="utf-8")
            for marker in ("/tmp/", "/root", "/home/", "/work/", socket.gethostname()):
                assert marker not in text, f"{path} contains {marker!r}"
            assert not re.search(r'"/(?:[a-z]+/)+', text), f"{path} holds an absolute path"


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_each_example_readme_lists_outputs_and_the_plain_terraform_steps(example: str) -> None:
    readme = (GENERATED / example / "README.md").read_text(encoding="utf-8")
    outputs = json.loads(json_path(example).read_text(encoding="utf-8"))["output"]
    for name in outputs:
        assert f"`{name}`" in readme
    for command in ("terraform init", "terraform plan -out=tfplan", "terraform apply tfplan"):
        assert command in readme
    assert f"name = \"{EXAMPLES[example].name}\"" in readme


def test_the_generated_readme_points_at_every_example_and_the_module() -> None:
    readme = (GENERATED / "README.md").read_text(encoding="utf-8")
    for example in EXAMPLES:
        assert f"({example}/" in readme or f"`{example}`" in readme, example
    assert "module/" in readme


def test_module_declares_its_providers_and_checks_its_inputs() -> None:
    versions = (MODULE / "versions.tf").read_text(encoding="utf-8")
    assert re.search(r"configuration_aliases\s*=\s*\[aws\.requester, aws\.accepter\]", versions), versions
    main = (MODULE / "main.tf").read_text(encoding="utf-8")
    assert not re.search(r'^provider "aws"', main, re.MULTILINE) and "backend" not in versions
    # addresses callers read in their plans: named by role, without cdktf's hash suffix
    assert 'resource "aws_vpc" "requester_vpc" {' in main and 'resource "aws_vpc" "accepter_vpc" {' in main
    assert not re.search(r'^(?:resource|data) "\w+" "\w+_[0-9A-F]{8}"', main, re.MULTILINE)
    variables = (MODULE / "variables.tf").read_text(encoding="utf-8")
    for name in ("requester_region", "accepter_region", "requester_vpc_cidr", "accepter_vpc_cidr", "bucket_name"):
        block = re.search(rf'variable "{name}" {{(.*?)\n}}', variables, re.DOTALL)
        assert block and "validation {" in block.group(1) and "description" in block.group(1), name


def test_module_caller_example_validates(terraform_cli_config: Path, tmp_path: Path) -> None:
    shutil.copytree(MODULE, tmp_path / "module", ignore=shutil.ignore_patterns(".terraform*"))
    caller = tmp_path / "module" / "examples" / "china"
    terraform = Terraform(caller, cli_config=terraform_cli_config)
    terraform.init("-backend=false")
    report = terraform.validate()
    assert report["valid"] is True and report["diagnostics"] == [], report


def test_module_terraform_test_passes(terraform_cli_config: Path, tmp_path: Path) -> None:
    # GIVEN the module with its tests, copied out of the repository
    shutil.copytree(MODULE, tmp_path / "module", ignore=shutil.ignore_patterns(".terraform*"))
    terraform = Terraform(tmp_path / "module", cli_config=terraform_cli_config)
    terraform.init("-backend=false")
    # WHEN terraform test runs against the mocked providers
    result = terraform.run("test", check=False)
    # THEN every run block passes, the apply as well as each refused input
    runs = re.findall(r'run "([a-z_]+)"\.\.\. (pass|fail|skip)', result.stdout)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr
    assert len(runs) >= 8 and all(status == "pass" for _, status in runs), runs
    assert re.search(r"Success! \d+ passed, 0 failed", result.stdout)
