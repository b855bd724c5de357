"""The stack as a whole: providers, backend, portability."""

from __future__ import annotations

import re

from tests.terraform_json import Stack


def test_one_aliased_provider_per_region(example: Stack) -> None:
    # GIVEN a synthesized example WHEN reading its providers
    providers = example.doc["provider"]["aws"]
    # THEN there is exactly one provider per region, aliased by region
    regions = example.settings.regions
    assert len(regions) == 2
    assert sorted(p["region"] for p in providers) == sorted(regions)
    for provider in providers:
        assert provider["alias"] == provider["region"].replace("-", "_")


def test_every_resource_and_data_source_names_its_provider(example: Stack) -> None:
    aliases = {f"aws.{p['alias']}" for p in example.doc["provider"]["aws"]}
    blocks = example.all_blocks()
    assert len(blocks) > 50
    for kind, type_, block in blocks:
        assert block.get("provider") in aliases, f"{kind} {type_} at {example.path_of(block)} has no explicit provider"


def test_provider_pinned_to_the_generated_version(example: Stack) -> None:
    assert example.doc["terraform"]["required_providers"]["aws"] == {"source": "hashicorp/aws", "version": "5.100.0"}


def test_backend_is_local_with_a_relative_path(example: Stack) -> None:
    assert example.doc["terraform"]["backend"] == {"local": {"path": "terraform.tfstate"}}
    assert "cloud" not in example.doc["terraform"]


def test_terraform_version_is_constrained(example: Stack) -> None:
    assert example.doc["terraform"]["required_version"] == ">= 1.11.0, < 2.0.0"


def test_s3_backend_encrypts_locks_and_uses_the_china_endpoints(variant) -> None:  # type: ignore[no-untyped-def]
    # GIVEN state in an S3 bucket in Beijing WHEN synthesized
    terraform = variant("state-in-s3").doc["terraform"]
    # THEN state is encrypted, locked with an S3 lock file (no DynamoDB), and reached at the China endpoints
    assert terraform["backend"] == {
        "s3": {
            "bucket": "acme-terraform-state",
            "key": "state-in-s3/terraform.tfstate",
            "region": "cn-north-1",
            "encrypt": True,
            "use_lockfile": True,
            "endpoints": {"s3": "https://s3.cn-north-1.amazonaws.com.cn", "sts": "https://sts.cn-north-1.amazonaws.com.cn"},
        }
    }


def test_cloud_backend_names_organization_and_workspace(variant) -> None:  # type: ignore[no-untyped-def]
    named = variant("state-in-cloud").doc["terraform"]
    assert "backend" not in named
    assert named["cloud"] == {"organization": "acme", "workspaces": {"name": "private-s3-prod", "project": "network"}}
    tagged = variant("state-in-cloud-by-tags").doc["terraform"]
    assert tagged["cloud"] == {"organization": "acme", "workspaces": {"tags": ["private-s3", "china"]}}


def test_output_holds_no_absolute_path_or_machine_name(example: Stack) -> None:
    import socket

    text = example.text
    # no quoted absolute POSIX path, no home directory, no temp directory, no host name
    assert not re.search(r'"/(?:[a-z]+/)+', text), re.search(r'"/(?:[a-z]+/)+[^"]*', text)
    for marker in ("/tmp/", "/root", "/home/", "/work/", socket.gethostname()):
        assert marker not in text


def test_partition_arns_only(example: Stack) -> None:
    partition = example.settings.partition.id
    arns = re.findall(r"arn:([a-z-]+):", example.text)
    assert arns, "the stack builds ARNs from the partition"
    assert set(arns) == {partition}
