"""The synthesized Terraform is valid for the real provider: init from the offline mirror, then validate."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, VARIANTS
from tools.terraform import Terraform

STACKS = sorted({part.stack for settings in [*EXAMPLES.values(), *VARIANTS.values()] for part in settings.parts})


@pytest.mark.parametrize("stack", STACKS)
def test_terraform_validate_reports_no_error_and_no_warning(
    stack: str, synth_dir: Path, terraform_cli_config: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # GIVEN a synthesized stack WHEN terraform initializes it from the offline mirror and validates it
    terraform = Terraform(synth_dir / "stacks" / stack, cli_config=terraform_cli_config, plugin_cache=tmp_path_factory.getbasetemp() / "plugin-cache")
    terraform.init("-backend=false")
    report = terraform.validate()
    # THEN it is valid with zero diagnostics of any severity
    assert report["valid"] is True, report
    assert report["error_count"] == 0 and report["warning_count"] == 0, report["diagnostics"]
    assert report["diagnostics"] == []
