"""modules/partitions.py: partition facts live in one place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from modules.partitions import partition_of

MODULES = Path(__file__).resolve().parent.parent / "modules"


@pytest.mark.parametrize(
    ("region", "interface", "gateway", "arn"),
    [
        ("cn-northwest-1", "cn.com.amazonaws.cn-northwest-1.s3", "com.amazonaws.cn-northwest-1.s3", "arn:aws-cn:s3:::b"),
        ("cn-north-1", "cn.com.amazonaws.cn-north-1.s3", "com.amazonaws.cn-north-1.s3", "arn:aws-cn:s3:::b"),
        ("eu-west-1", "com.amazonaws.eu-west-1.s3", "com.amazonaws.eu-west-1.s3", "arn:aws:s3:::b"),
    ],
)
def test_s3_service_names_and_arns(region: str, interface: str, gateway: str, arn: str) -> None:
    partition = partition_of(region)
    assert partition is not None
    assert partition.interface_endpoint_service(region, "s3") == interface
    assert partition.gateway_endpoint_service(region, "s3") == gateway
    assert partition.arn("s3", "b") == arn


def test_session_manager_services_keep_the_default_prefix_in_china() -> None:
    partition = partition_of("cn-north-1")
    assert partition is not None
    assert partition.interface_endpoint_service("cn-north-1", "ssmmessages") == "com.amazonaws.cn-north-1.ssmmessages"


def test_china_trusts_both_ec2_principal_names() -> None:
    china, world = partition_of("cn-north-1"), partition_of("us-east-1")
    assert china is not None and world is not None
    assert china.service_principals("ec2") == ["ec2.amazonaws.com", "ec2.amazonaws.com.cn"]
    assert world.service_principals("ec2") == ["ec2.amazonaws.com"]


def test_unknown_region_has_no_partition() -> None:
    assert partition_of("cn-south-1") is None


def test_partition_facts_are_typed_in_one_place() -> None:
    # Region names, partition ids, DNS suffixes and service-name prefixes appear literally only in
    # partitions.py (the table) and, for the default deployment's regions, in settings.py.
    literal = re.compile(r"""["'](?:[^"']*\.)?(amazonaws\.com(?:\.cn)?|aws-cn|cn\.com\.amazonaws|com\.amazonaws|cn-north(?:west)?-1)["']""")
    offenders = []
    for path in sorted(MODULES.glob("*.py")):
        if path.name == "partitions.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            for match in literal.finditer(line):
                if path.name == "settings.py" and match.group(1).startswith("cn-north"):
                    continue
                offenders.append(f"{path.name}:{number}: {match.group(0)}")
    assert offenders == []
