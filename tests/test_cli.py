"""main.py and `cdktf synth`, run as a user runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_default_run_synthesizes_the_china_deployment_and_keeps_state(tmp_path: Path) -> None:
    # GIVEN an output directory whose stack already holds Terraform state from an earlier apply
    outdir = tmp_path / "cdktf.out"
    stack_dir = outdir / "stacks" / "private-s3"
    stack_dir.mkdir(parents=True)
    (stack_dir / "terraform.tfstate").write_text('{"version": 4}', encoding="utf-8")
    (stack_dir / "cdk.tf.json").write_text("{}", encoding="utf-8")
    # WHEN the user runs the main job
    result = subprocess.run(
        [sys.executable, "main.py", "--output", str(outdir)], cwd=ROOT, capture_output=True, text=True, timeout=300, check=False
    )
    # THEN the default stack is written, state is untouched, and no warning banner reaches the user
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"synthesized {stack_dir / 'cdk.tf.json'}\n"
    assert result.stderr == "", result.stderr
    doc = json.loads((stack_dir / "cdk.tf.json").read_text(encoding="utf-8"))
    assert sorted(p["region"] for p in doc["provider"]["aws"]) == ["cn-north-1", "cn-northwest-1"]
    assert (stack_dir / "terraform.tfstate").read_text(encoding="utf-8") == '{"version": 4}'
    assert json.loads((outdir / "manifest.json").read_text(encoding="utf-8"))["stacks"]["private-s3"]
    assert [p.name for p in tmp_path.iterdir()] == ["cdktf.out"], "no staging directory is left behind"


def test_cdktf_synth_takes_a_config_file_from_the_environment(tmp_path: Path, terraform_cli_config: Path) -> None:
    cdktf = ROOT / "node_modules" / ".bin" / "cdktf"
    assert cdktf.exists(), "the pinned cdktf CLI is installed by `make test` (npm ci)"
    outdir = tmp_path / "out"
    env = {
        **os.environ,
        "PRIVATE_S3_CONFIG": "examples/global.toml",
        "CHECKPOINT_DISABLE": "1",
        "CI": "true",
        "TF_CLI_CONFIG_FILE": str(terraform_cli_config),
    }
    result = subprocess.run(
        [str(cdktf), "synth", "--output", str(outdir)], cwd=ROOT, env=env, capture_output=True, text=True, timeout=600, check=False
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "end-of-life" not in output and "ERROR" not in output, output
    doc = json.loads((outdir / "stacks" / "private-s3-global" / "cdk.tf.json").read_text(encoding="utf-8"))
    assert sorted(p["region"] for p in doc["provider"]["aws"]) == ["eu-central-1", "eu-west-1"]
