"""Run the Terraform CLI offline against the machine's filesystem mirror of hashicorp/aws.

The mirror root is ``$TF_PROVIDER_MIRROR`` if set, else ``/opt/tf-plugins`` (where the machine image
keeps ``registry.terraform.io/hashicorp/aws/<version>/<os_arch>``). A CLI config written next to the
caller's working files points Terraform at it, so no registry is contacted.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

PROVIDER = "registry.terraform.io/hashicorp/aws"
PROVIDER_VERSION = "5.100.0"
DEFAULT_MIRROR = "/opt/tf-plugins"


class PrerequisiteError(RuntimeError):
    """Something Terraform needs is not on this machine; the message says what and how to get it."""


def mirror_root() -> Path:
    root = Path(os.environ.get("TF_PROVIDER_MIRROR", DEFAULT_MIRROR))
    provider_dir = root / PROVIDER / PROVIDER_VERSION
    if not any(provider_dir.glob("*/terraform-provider-aws_*")):
        raise PrerequisiteError(
            f"no {PROVIDER} {PROVIDER_VERSION} provider under {provider_dir}: set TF_PROVIDER_MIRROR to a filesystem "
            "mirror that holds it (find one with: find / -name 'terraform-provider-aws_*'), or create one with "
            f"`terraform providers mirror` on a machine with registry access"
        )
    return root


def terraform_binary() -> str:
    binary = shutil.which("terraform")
    if binary is None:
        raise PrerequisiteError("terraform is not on PATH: install Terraform 1.11 or newer (https://developer.hashicorp.com/terraform/install)")
    return binary


def write_cli_config(directory: Path) -> Path:
    """A Terraform CLI config that installs hashicorp/aws from the mirror only."""
    directory.mkdir(parents=True, exist_ok=True)
    config = directory / "terraform.rc"
    config.write_text(
        "provider_installation {\n"
        "  filesystem_mirror {\n"
        f'    path    = "{mirror_root()}"\n'
        f'    include = ["{PROVIDER}"]\n'
        "  }\n"
        "  direct {\n"
        f'    exclude = ["{PROVIDER}"]\n'
        "  }\n"
        "}\n",
        encoding="utf-8",
    )
    return config


class Terraform:
    """``terraform -chdir=<directory> …`` with the mirror config and a shared plugin cache."""

    def __init__(self, directory: Path, *, cli_config: Path, plugin_cache: Path | None = None) -> None:
        self.directory = directory
        self.env = {**os.environ, "TF_CLI_CONFIG_FILE": str(cli_config), "TF_IN_AUTOMATION": "1", "CHECKPOINT_DISABLE": "1"}
        if plugin_cache is not None:
            plugin_cache.mkdir(parents=True, exist_ok=True)
            self.env["TF_PLUGIN_CACHE_DIR"] = str(plugin_cache)
        self.binary = terraform_binary()

    def run(self, *args: str, check: bool = True, timeout: float = 600) -> subprocess.CompletedProcess[str]:
        result = subprocess.run(
            [self.binary, f"-chdir={self.directory}", *args, "-no-color"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
        if check and result.returncode != 0:
            tail = "\n".join(result.stdout.strip().splitlines()[-15:])
            raise RuntimeError(f"terraform {' '.join(args)} failed in {self.directory} (exit {result.returncode}):\n{result.stderr.strip()}\n{tail}")
        return result

    def init(self, *extra: str) -> None:
        self.run("init", "-input=false", *extra)

    def validate(self) -> dict[str, Any]:
        result = self.run("validate", "-json", check=False)
        return json.loads(result.stdout)
