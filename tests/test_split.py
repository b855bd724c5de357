"""A deployment split into stacks: the endpoint side, and one stack per consumer VPC, wired by outputs."""

from __future__ import annotations

import json
from collections import Counter

from tests.conftest import VARIANTS

ENDPOINT_SIDE = ("aws_s3_bucket", "aws_s3_bucket_policy")


def s3_endpoints(stack) -> list[dict]:  # type: ignore[no-untyped-def, type-arg]
    return [endpoint for endpoint in stack.resources("aws_vpc_endpoint").values() if endpoint["service_name"].endswith(".s3")]


def test_one_endpoint_stack_and_one_stack_per_consumer() -> None:
    assert [part.stack for part in VARIANTS["split"].parts] == ["split-endpoint", "split-beijing", "split-local"]
    assert [part.stack for part in VARIANTS["default"].parts] == ["private-s3"]


def test_endpoint_stack_holds_the_bucket_and_endpoints_and_publishes_what_consumers_need(split_stack) -> None:  # type: ignore[no-untyped-def]
    endpoint = split_stack("split", "split-endpoint")
    from modules.remote_state import SHARED_OUTPUTS  # after the session's synth: it loads the provider bindings on demand

    for type_ in ENDPOINT_SIDE:
        assert endpoint.resources(type_), type_
    assert len(s3_endpoints(endpoint)) == 2
    assert not endpoint.resources("aws_vpc_peering_connection")
    assert [vpc["cidr_block"] for vpc in endpoint.resources("aws_vpc").values()] == ["10.10.0.0/16"]
    # only the endpoint region's provider: nothing of this stack lives in Beijing
    assert [provider["region"] for provider in endpoint.doc["provider"]["aws"]] == ["cn-northwest-1"]
    # the interface endpoint still admits every consumer: the ranges are settings, not remote values
    admitted = {rule["cidr_ipv4"] for rule in endpoint.resources("aws_vpc_security_group_ingress_rule").values() if rule.get("from_port") == 443}
    assert {"172.31.0.0/16", "10.30.0.0/16"} <= admitted
    for name in SHARED_OUTPUTS:
        assert endpoint.output(name)["description"]
    assert endpoint.output("endpoint_vpc_id")["value"] == endpoint.ref("aws_vpc", "ningxia/vpc")
    assert endpoint.doc["terraform"]["backend"]["s3"]["key"] == "network/split-endpoint.tfstate"


def test_consumer_stack_reads_the_endpoint_stack_state(split_stack) -> None:  # type: ignore[no-untyped-def]
    # GIVEN the Beijing stack of a split deployment with its state in S3
    beijing = split_stack("split", "split-beijing")
    # THEN it creates no endpoint-side resource
    for type_ in ENDPOINT_SIDE:
        assert not beijing.resources(type_), type_
    assert s3_endpoints(beijing) == []
    # AND it reads the endpoint stack's state where that stack writes it
    state = beijing.data("terraform_remote_state")["endpoint_stack"]
    assert state["backend"] == "s3"
    assert state["config"]["bucket"] == "acme-terraform-state"
    assert state["config"]["key"] == "network/split-endpoint.tfstate"
    assert state["config"]["endpoints"]["s3"] == "https://s3.cn-northwest-1.amazonaws.com.cn"
    assert beijing.doc["terraform"]["backend"]["s3"]["key"] == "network/split-beijing.tfstate"
    outputs = "data.terraform_remote_state.endpoint_stack.outputs"
    # AND peers with the endpoint VPC and routes through each of its route tables by the published ids
    peering = beijing.one("aws_vpc_peering_connection", "peering_beijing/requester")
    assert peering["peer_vpc_id"] == f"${{{outputs}.endpoint_vpc_id}}"
    assert peering["peer_region"] == "cn-northwest-1"
    accepter_routes = sorted(
        route["route_table_id"] for route in beijing.resources("aws_route").values() if route["provider"] == "aws.cn_northwest_1"
    )
    assert accepter_routes == [f"${{element({outputs}.endpoint_route_table_ids, {index})}}" for index in range(3)]
    # AND its private zone aliases the interface endpoint's published DNS entry
    records = beijing.resources("aws_route53_record")
    assert len(records) == 2
    for record in records.values():
        assert record["alias"]["name"] == f"${{{outputs}.interface_endpoint_dns_entry.dns_name}}"
    assert "verification_commands" in beijing.doc["output"] and "beijing" in json.dumps(beijing.output("verification_commands"))


def test_global_names_do_not_collide_between_stacks(split_stack) -> None:  # type: ignore[no-untyped-def]
    names = Counter(
        (type_, role["name"])
        for stack in ("split-endpoint", "split-beijing", "split-local")
        for type_ in ("aws_iam_role", "aws_iam_instance_profile")
        for role in split_stack("split", stack).resources(type_).values()
    )
    assert names and all(count == 1 for count in names.values()), names


def test_cloud_split_gives_each_stack_its_workspace_and_reads_the_endpoint_workspace(split_stack) -> None:  # type: ignore[no-untyped-def]
    endpoint = split_stack("split-cloud", "split-cloud-endpoint")
    consumer = split_stack("split-cloud", "split-cloud-beijing")
    assert endpoint.doc["terraform"]["cloud"]["workspaces"] == {"name": "private-s3-endpoint"}
    assert consumer.doc["terraform"]["cloud"]["workspaces"] == {"name": "private-s3-beijing"}
    state = consumer.data("terraform_remote_state")["endpoint_stack"]
    assert state["backend"] == "remote"
    assert state["config"] == {"organization": "acme", "hostname": "tfe.example.com", "workspaces": {"name": "private-s3-endpoint"}}


def test_local_split_reads_the_sibling_stack_directory(split_stack) -> None:  # type: ignore[no-untyped-def]
    consumer = split_stack("split-local", "split-local-beijing")
    # stacks sit side by side (cdktf.out/stacks/<stack>/): a relative path, portable
    assert consumer.data("terraform_remote_state")["endpoint_stack"]["config"] == {"path": "../split-local-endpoint/terraform.tfstate"}
    assert consumer.doc["terraform"]["backend"] == {"local": {"path": "terraform.tfstate"}}
    assert split_stack("split-local", "split-local-endpoint").doc["terraform"]["backend"] == {"local": {"path": "terraform.tfstate"}}
