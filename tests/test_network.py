"""modules/network.py: a VPC per region with public and private subnets in at least two AZs."""

from __future__ import annotations

import re

from tests.terraform_json import Stack


def test_each_vpc_has_dns_support_and_hostnames(example: Stack) -> None:
    vpcs = example.resources("aws_vpc")
    assert sorted(v["cidr_block"] for v in vpcs.values()) == sorted(str(vpc.cidr) for vpc in example.settings.vpcs)
    for vpc in vpcs.values():
        assert vpc["enable_dns_support"] is True
        assert vpc["enable_dns_hostnames"] is True


def test_public_and_private_subnets_in_every_configured_az(example: Stack) -> None:
    for vpc in example.settings.vpcs:
        vpc_ref = example.ref("aws_vpc", f"/{vpc.name}/vpc")
        subnets = example.where("aws_subnet", vpc_id=vpc_ref)
        public = sorted(s["cidr_block"] for s in subnets if s["tags"]["Tier"] == "public")
        private = sorted(s["cidr_block"] for s in subnets if s["tags"]["Tier"] == "private")
        assert vpc.az_count >= 2
        assert public == sorted(map(str, vpc.public_subnets))
        assert private == sorted(map(str, vpc.private_subnets))
        zones = {s["availability_zone"] for s in subnets}
        assert len(zones) == vpc.az_count, "one public and one private subnet per AZ"
        for subnet in subnets:
            assert subnet["provider"] == example.provider_alias(vpc.region)
            assert subnet["map_public_ip_on_launch"] is False


def test_zones_are_looked_up_not_hard_coded(example: Stack) -> None:
    # THEN no AZ name such as cn-north-1a or eu-west-1b appears anywhere
    assert not re.search(r"\b[a-z]{2}(-[a-z]+)+-\d[a-z]\b", example.text)
    for subnet in example.resources("aws_subnet").values():
        assert re.fullmatch(r"\$\{element\(data\.aws_availability_zones\.\w+\.names, \d\)\}", subnet["availability_zone"])
    for zones in example.data("aws_availability_zones").values():
        assert zones["state"] == "available"
        assert {"name": "opt-in-status", "values": ["opt-in-not-required"]} in zones["filter"]


def test_too_few_zones_fail_at_plan_with_a_clear_message(example: Stack) -> None:
    for subnet in example.resources("aws_subnet").values():
        [condition] = subnet["lifecycle"]["precondition"]
        assert re.fullmatch(r"\$\{length\(data\.aws_availability_zones\.\w+\.names\) >= \d\}", condition["condition"])
        assert "fewer than" in condition["error_message"]


def test_internet_gateway_and_public_route_table(example: Stack) -> None:
    for vpc in example.settings.vpcs:
        gateway = example.one("aws_internet_gateway", f"/{vpc.name}/internet_gateway")
        assert gateway["vpc_id"] == example.ref("aws_vpc", f"/{vpc.name}/vpc")
        public_table = example.ref("aws_route_table", f"/{vpc.name}/public")
        [default_route] = example.where("aws_route", route_table_id=public_table, destination_cidr_block="0.0.0.0/0")
        assert default_route["gateway_id"] == example.ref("aws_internet_gateway", f"/{vpc.name}/internet_gateway")
        for index in range(vpc.az_count):
            subnet = example.ref("aws_subnet", f"/{vpc.name}/public_{index}")
            assert example.where("aws_route_table_association", subnet_id=subnet, route_table_id=public_table)


def test_private_route_tables_have_no_internet_route(example: Stack) -> None:
    for vpc in example.settings.vpcs:
        for index in range(vpc.az_count):
            table = example.ref("aws_route_table", f"/{vpc.name}/private_{index}_route_table")
            subnet = example.ref("aws_subnet", f"/{vpc.name}/private_{index}")
            assert example.where("aws_route_table_association", subnet_id=subnet, route_table_id=table)
            assert not example.where("aws_route", route_table_id=table, destination_cidr_block="0.0.0.0/0")
