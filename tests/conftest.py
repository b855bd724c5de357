"""Shared fixtures: every configuration is synthesized once per session, in this process.

The jsii kernel and the provider bindings take seconds to start, so all stacks the unit tests read
come from a single ``synthesize`` call, through the same code path as ``main.py``.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from modules.settings import DEFAULTS, Settings, load_settings, parse_settings
from tests.terraform_json import Stack
from tools.generate import example_files
from tools.rehearse import Figures
from tools.terraform import write_cli_config

ROOT = Path(__file__).resolve().parent.parent

FIGURES: list[Figures] = []
"""Rehearsal measurements, printed at the end of the session (never asserted)."""
GATE_LINES: list[str] = []
"""checkov figures of the scans the session ran."""


INTEGRATION = {"test_cli", "test_diagram", "test_generated", "test_hcl", "test_policy_gate", "test_rehearsal", "test_terraform"}
"""Modules that run other programs (Terraform, moto, checkov, Graphviz, the cdktf CLI); the rest are unit tests."""


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "integration: runs another program (Terraform, moto, checkov, Graphviz, cdktf CLI)")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if item.module is not None and item.module.__name__.rsplit(".", 1)[-1] in INTEGRATION:
            item.add_marker(pytest.mark.integration)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("rehearsal figures (moto)")
        for figures in FIGURES:
            terminalreporter.write_line(figures.line())
            for leftover in figures.emulator_leftovers:
                terminalreporter.write_line(f"  kept by the emulator, deleted by AWS: {leftover}")
    if GATE_LINES:
        terminalreporter.section("policy gate (checkov)")
        for line in GATE_LINES:
            terminalreporter.write_line(line)


def _variant(name: str, **changes: Any) -> Settings:
    raw = copy.deepcopy(DEFAULTS)
    raw["name"] = name
    raw.update(changes)
    return parse_settings(raw)


EXAMPLES: dict[str, Settings] = {path.stem: load_settings(path) for path in example_files()}
VARIANTS: dict[str, Settings] = {
    "default": load_settings(None),
    "no-hosts": _variant("no-hosts", hosts={"enabled": False}),
    "bastion": _variant("bastion", hosts={"access": "bastion", "admin_cidr": "198.51.100.0/24", "key_name": "ops"}),
    "endpoint-only": _variant(
        "endpoint-only",
        bucket={"endpoint_only": True, "exempt_principal_arns": ["arn:aws-cn:iam::123456789012:role/Admin"], "encryption": "sse-kms"},
    ),
    "private-dns": _variant(
        "private-dns",
        dns={"mode": "private-dns"},
        on_premises={"cidrs": ["192.168.0.0/16"], "resolver_inbound_endpoint": True},
    ),
    "private-dns-no-gateway": _variant(
        "private-dns-no-gateway",
        dns={"mode": "private-dns", "inbound_resolver_only": False},
        endpoints={"gateway": False},
    ),
    "mixed-consumers": _variant(
        "mixed-consumers",
        dns={"mode": "consumer-zone"},
        consumer_vpcs=[
            {"name": "beijing", "region": "cn-north-1", "cidr": "172.31.0.0/16", "subnet_prefix": 20},
            {"name": "local", "region": "cn-northwest-1", "cidr": "10.30.0.0/16"},
            {"name": "legacy", "region": "cn-north-1", "cidr": "172.16.0.0/16", "vpc_id": "vpc-0123456789abcdef0", "route_table_ids": ["rtb-0123456789abcdef0", "rtb-0fedcba9876543210"]},
        ],
    ),
    "state-in-s3": _variant("state-in-s3", backend={"kind": "s3", "bucket": "acme-terraform-state", "region": "cn-north-1"}),
    "state-in-cloud": _variant(
        "state-in-cloud", backend={"kind": "cloud", "organization": "acme", "workspace": "private-s3-prod", "project": "network"}
    ),
    "state-in-cloud-by-tags": _variant("state-in-cloud-by-tags", backend={"kind": "cloud", "organization": "acme", "workspace_tags": ["private-s3", "china"]}),
    "split": _variant(
        "split",
        stacks={"split": "per-consumer"},
        dns={"mode": "consumer-zone"},
        backend={"kind": "s3", "bucket": "acme-terraform-state", "key": "network/private-s3.tfstate"},
        consumer_vpcs=[
            {"name": "beijing", "region": "cn-north-1", "cidr": "172.31.0.0/16", "subnet_prefix": 20},
            {"name": "local", "region": "cn-northwest-1", "cidr": "10.30.0.0/16"},
        ],
    ),
    "split-local": _variant("split-local", stacks={"split": "per-consumer"}, hosts={"enabled": False}),
    "split-cloud": _variant(
        "split-cloud",
        stacks={"split": "per-consumer"},
        hosts={"enabled": False},
        backend={"kind": "cloud", "organization": "acme", "workspace": "private-s3", "hostname": "tfe.example.com"},
    ),
    "named-bucket": _variant(
        "named-bucket",
        bucket={"name": "team-data-archive", "prevent_destroy": False},
        consumer_vpcs=[
            {"name": "beijing", "region": "cn-north-1", "cidr": "172.31.0.0/16", "subnet_prefix": 20},
            {"name": "beijing-batch", "region": "cn-north-1", "cidr": "192.168.0.0/20", "az_count": 3, "subnet_prefix": 24},
        ],
    ),
}


@pytest.fixture(scope="session")
def synth_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from modules.synth import synthesize

    outdir = tmp_path_factory.mktemp("synth") / "cdktf.out"
    stacks = {part.stack: settings for settings in [*EXAMPLES.values(), *VARIANTS.values()] for part in settings.parts}
    synthesize(list({settings.name: settings for settings in stacks.values()}.values()), outdir)
    return outdir


def _load(synth_dir: Path, settings: Settings, stack: str | None = None) -> Stack:
    path = synth_dir / "stacks" / (stack or settings.name) / "cdk.tf.json"
    return Stack(json.loads(path.read_text(encoding="utf-8")), settings=settings, path=path)


@pytest.fixture(scope="session")
def standard_names(synth_dir: Path) -> Stack:
    """The shipped consumer-zone example: standard S3 names in the Beijing VPC."""
    return _load(synth_dir, EXAMPLES["china-standard-names"])


@pytest.fixture(scope="session")
def china(synth_dir: Path) -> Stack:
    """The default deployment: Beijing consumer, Ningxia bucket, Session Manager hosts."""
    return _load(synth_dir, VARIANTS["default"])


@pytest.fixture(scope="session")
def global_pair(synth_dir: Path) -> Stack:
    """The shipped global example: Frankfurt consumer, Ireland bucket, bastion access."""
    return _load(synth_dir, EXAMPLES["global"])


@pytest.fixture(scope="session", params=["china", "global"])
def example(request: pytest.FixtureRequest, synth_dir: Path) -> Stack:
    """Each shipped example, synthesized."""
    return _load(synth_dir, EXAMPLES[request.param])


@pytest.fixture(scope="session")
def variant(synth_dir: Path):  # type: ignore[no-untyped-def]
    """Load one of :data:`VARIANTS` by key."""
    return lambda key: _load(synth_dir, VARIANTS[key])


@pytest.fixture(scope="session")
def split_stack(synth_dir: Path):  # type: ignore[no-untyped-def]
    """Load one stack of a split variant: ``split_stack("split", "split-beijing")``."""
    return lambda key, stack: _load(synth_dir, VARIANTS[key], stack)


@pytest.fixture(scope="session")
def terraform_cli_config(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Terraform CLI config installing hashicorp/aws from the offline mirror; fails if there is none."""
    return write_cli_config(tmp_path_factory.mktemp("terraform"))
