"""Run checkov over synthesized Terraform JSON or a plan, and fail on anything but a clean pass.

    .venv-checkov/bin/checkov is installed by `make test`; the gate is run by the tests, or by hand:
    .venv/bin/python -m tools.policy_gate terraform_json generated/china/cdk.tf.json

A scan fails when any check fails, when checkov reports a parsing error, and when no check ran at all
(a file checkov cannot read yields zero checks and exit code 0). checkov 3.3 cannot read Terraform JSON
that carries ``terraform.required_version`` (bridgecrewio/checkov#7454), so the gate scans a copy
without that one key; nothing else is changed. Skips live only in .checkov.yaml, each with its reason.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CHECKOV = ROOT / ".venv-checkov" / "bin" / "checkov"
CONFIG = ROOT / ".checkov.yaml"
FRAMEWORKS = ("terraform_json", "terraform_plan")


@dataclass
class GateResult:
    target: str
    framework: str
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    parsing_errors: list[str] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        problems = [f"parsing error: {error}" for error in self.parsing_errors] + self.failures
        if self.passed + self.failed == 0:
            problems.append("no check ran: checkov could not read the file")
        return problems

    def line(self) -> str:
        return f"{self.target} ({self.framework}): {self.passed} passed, {self.failed} failed, {self.skipped} skipped"


def skipped_checks() -> list[str]:
    """The check ids .checkov.yaml skips."""
    return [line.split("-", 1)[1].strip() for line in CONFIG.read_text(encoding="utf-8").splitlines() if line.strip().startswith("- CKV")]


def _checkov(path: Path, framework: str, *selection: str) -> list[dict[str, Any]]:
    if not CHECKOV.exists():
        raise FileNotFoundError(f"{CHECKOV} is missing: run `make test` (it creates .venv-checkov from requirements-checkov.txt)")
    env = {**os.environ, "BC_SKIP_MAPPING": "TRUE", "CHECKOV_RUN_SCA_PACKAGE_SCAN_V2": "false", "LOG_LEVEL": "ERROR"}
    result = subprocess.run(
        [str(CHECKOV), *selection, "-f", str(path), "--framework", framework, "-o", "json", "--quiet", "--compact", "--skip-download"],
        cwd=path.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if result.returncode not in (0, 1):
        raise RuntimeError(f"checkov exited {result.returncode} on {path}:\n{result.stderr}")
    reports: Any = json.loads(result.stdout) if result.stdout.strip().startswith(("{", "[")) else []
    return [reports] if isinstance(reports, dict) else list(reports)


def readable_copy(path: Path, directory: Path) -> Path:
    """``path`` without ``terraform.required_version``, which makes checkov skip the whole file (checkov#7454)."""
    config = json.loads(path.read_text(encoding="utf-8"))
    config.get("terraform", {}).pop("required_version", None)
    copy = directory / path.name
    copy.write_text(json.dumps(config, indent=2), encoding="utf-8")
    return copy


def scan(path: Path, framework: str, *, label: str | None = None) -> GateResult:
    """Scan with .checkov.yaml; ``skipped`` counts the results the skipped checks would have produced."""
    if framework not in FRAMEWORKS:
        raise ValueError(f"framework {framework!r} is not one of {FRAMEWORKS}")
    if framework == "terraform_json":
        with tempfile.TemporaryDirectory() as directory:
            return scan_unchanged(readable_copy(path, Path(directory)), framework, label=label or str(path))
    return scan_unchanged(path, framework, label=label)


def scan_unchanged(path: Path, framework: str, *, label: str | None = None) -> GateResult:
    """Scan ``path`` exactly as it is."""
    reports = _checkov(path, framework, "--config-file", str(CONFIG))
    gate = GateResult(target=label or str(path), framework=framework)
    for report in _checkov(path, framework, "--check", ",".join(skipped_checks())):
        summary = report.get("summary", {})
        gate.skipped += summary.get("passed", 0) + summary.get("failed", 0)
    for report in reports:
        summary = report.get("summary", {})
        gate.passed += summary.get("passed", 0)
        gate.failed += summary.get("failed", 0)
        gate.parsing_errors += [str(e) for e in summary.get("parsing_errors", []) or []] if isinstance(summary.get("parsing_errors"), list) else (
            [f"{summary['parsing_errors']} file(s)"] if summary.get("parsing_errors") else []
        )
        for failure in report.get("results", {}).get("failed_checks", []):
            gate.failures.append(f"{failure['check_id']} {failure['check_name']}: {failure['resource']}")
    return gate


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) < 2 or args[0] not in FRAMEWORKS:
        print(f"usage: python -m tools.policy_gate {{{'|'.join(FRAMEWORKS)}}} FILE...", file=sys.stderr)
        return 2
    status = 0
    for name in args[1:]:
        gate = scan(Path(name).resolve(), args[0], label=name)
        print(gate.line())
        for problem in gate.problems:
            print(f"  {problem}")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
