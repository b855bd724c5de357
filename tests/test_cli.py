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
    assert result.stdout.startswith(f"stack private-s3: {stack_dir}/cdk.tf.json\n")
    assert f"  terraform -chdir={stack_dir} init\n" in result.stdout
    progress = result.stderr.splitlines()
    assert [line.split("] ", 1)[1] for line in progress] == [
        "settings valid: built-in default",
        "loading the AWS provider bindings and building the stack",
        f"wrote 1 stack(s) under {outdir}",
    ]
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
    assert "loading the AWS provider bindings and building the stack" in result.stdout
    assert "stack private-s3-global:" in result.stdout
    doc = json.loads((outdir / "stacks" / "private-s3-global" / "cdk.tf.json").read_text(encoding="utf-8"))
    assert sorted(p["region"] for p in doc["provider"]["aws"]) == ["eu-central-1", "eu-west-1"]


def _main(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


def test_help_explains_every_option() -> None:
    result = _main("--help")
    assert result.returncode == 0
    for option in ("--config", "--output", "--print-config", "--init-config", "--rehearsal-endpoint", "--version", "Exit codes"):
        assert option in result.stdout


def test_version() -> None:
    result = _main("--version")
    assert result.returncode == 0
    assert "cdktf 0.21.0, hashicorp/aws 5.100.0" in result.stdout


def test_print_config_shows_every_default_and_reads_back(tmp_path: Path) -> None:
    import tomllib

    from modules.settings import load_settings, parse_settings

    result = _main("--config", str(ROOT / "examples" / "global.toml"), "--print-config")
    assert result.returncode == 0 and result.stderr == ""
    resolved = tomllib.loads(result.stdout)
    assert resolved["bucket"]["prevent_destroy"] is True and resolved["flow_logs"]["retention_days"] == 365
    assert resolved["endpoint_vpc"]["private_subnets"] == ["10.20.1.0/24", "10.20.3.0/24", "10.20.5.0/24"]
    assert parse_settings(resolved) == load_settings(ROOT / "examples" / "global.toml")
    assert not (tmp_path / "cdktf.out").exists()


def test_init_config_writes_a_starter_and_never_overwrites(tmp_path: Path) -> None:
    from modules.settings import load_settings

    target = tmp_path / "mine.toml"
    result = _main("--init-config", str(target))
    assert result.returncode == 0, result.stderr
    assert load_settings(target) == load_settings(None)
    assert target.read_text(encoding="utf-8").startswith("#"), "the starter is commented"
    again = _main("--init-config", str(target))
    assert again.returncode == 2
    assert "the file exists" in again.stderr
