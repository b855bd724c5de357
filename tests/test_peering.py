"""modules/peering.py: requester, accepter, DNS resolution on both sides, routes from every route table."""

from __future__ import annotations

from tests.terraform_json import Stack


def test_requester_in_consumer_region_names_the_peer_region(example: Stack) -> None:
    endpoint = example.settings.endpoint_vpc
    [consumer] = example.settings.consumer_vpcs
    requester = example.one("aws_vpc_peering_connection", f"peering_{consumer.name}/requester")
    assert requester["provider"] == example.provider_alias(consumer.region)
    assert requester["vpc_id"] == example.ref("aws_vpc", f"/{consumer.name}/vpc")
    assert requester["peer_vpc_id"] == example.ref("aws_vpc", f"/{endpoint.name}/vpc")
    assert requester["peer_region"] == endpoint.region
    assert requester["auto_accept"] is False


def test_accepter_uses_the_endpoint_region_provider(example: Stack) -> None:
    [consumer] = example.settings.consumer_vpcs
    accepter = example.one("aws_vpc_peering_connection_accepter", f"peering_{consumer.name}/accepter")
    assert accepter["provider"] == example.provider_alias(example.settings.endpoint_vpc.region)
    assert accepter["auto_accept"] is True
    assert accepter["vpc_peering_connection_id"] == example.ref("aws_vpc_peering_connection", f"peering_{consumer.name}/requester")


def test_dns_resolution_on_both_sides_after_acceptance(example: Stack) -> None:
    [consumer] = example.settings.consumer_vpcs
    accepted = example.ref("aws_vpc_peering_connection_accepter", f"peering_{consumer.name}/accepter")
    requester_side = example.one("aws_vpc_peering_connection_options", f"peering_{consumer.name}/requester_options")
    accepter_side = example.one("aws_vpc_peering_connection_options", f"peering_{consumer.name}/accepter_options")
    assert requester_side["provider"] == example.provider_alias(consumer.region)
    assert requester_side["requester"] == {"allow_remote_vpc_dns_resolution": True}
    assert "accepter" not in requester_side
    assert accepter_side["provider"] == example.provider_alias(example.settings.endpoint_vpc.region)
    assert accepter_side["accepter"] == {"allow_remote_vpc_dns_resolution": True}
    assert "requester" not in accepter_side
    assert requester_side["vpc_peering_connection_id"] == accepted
    assert accepter_side["vpc_peering_connection_id"] == accepted


def _route_tables_of(stack: Stack, vpc_name: str) -> set[str]:
    return {
        f"${{aws_route_table.{name}.id}}"
        for name, block in stack.resources("aws_route_table").items()
        if stack.path_of(block).split("/")[1] == vpc_name
    }


def test_every_route_table_routes_to_the_peer(example: Stack) -> None:
    endpoint = example.settings.endpoint_vpc
    [consumer] = example.settings.consumer_vpcs
    accepted = example.ref("aws_vpc_peering_connection_accepter", f"peering_{consumer.name}/accepter")
    for local, remote in ((consumer, endpoint), (endpoint, consumer)):
        tables = _route_tables_of(example, local.name)
        assert len(tables) == 1 + local.az_count, "one public and one private table per AZ"
        routes = example.where("aws_route", destination_cidr_block=str(remote.cidr))
        routed = {r["route_table_id"] for r in routes if r["provider"] == example.provider_alias(local.region)}
        assert routed == tables
        for route in routes:
            assert route["vpc_peering_connection_id"] == accepted


def test_route_ids_are_known_at_synth_time(example: Stack) -> None:
    # no data-source fan-out (count/for_each over aws_route_tables) that breaks with unknown counts
    assert "aws_route_tables" not in example.doc.get("data", {})
    for route in example.resources("aws_route").values():
        assert "count" not in route and "for_each" not in route
        assert route["route_table_id"].startswith("${aws_route_table.")


def test_each_consumer_is_peered_and_routed(variant) -> None:  # type: ignore[no-untyped-def]
    # GIVEN two consumer VPCs in Beijing
    stack = variant("named-bucket")
    endpoint = stack.settings.endpoint_vpc
    for consumer in stack.settings.consumer_vpcs:
        accepted = stack.ref("aws_vpc_peering_connection_accepter", f"peering_{consumer.name}/accepter")
        # THEN each has its own peering, and routes both ways over it
        towards_endpoint = stack.where("aws_route", destination_cidr_block=str(endpoint.cidr), vpc_peering_connection_id=accepted)
        towards_consumer = stack.where("aws_route", destination_cidr_block=str(consumer.cidr), vpc_peering_connection_id=accepted)
        assert {r["route_table_id"] for r in towards_endpoint} == _route_tables_of(stack, consumer.name)
        assert {r["route_table_id"] for r in towards_consumer} == _route_tables_of(stack, endpoint.name)


def test_intra_region_consumer_is_peered_without_peer_region(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("mixed-consumers")
    requester = stack.one("aws_vpc_peering_connection", "peering_local/requester")
    assert "peer_region" not in requester
    assert requester["provider"] == stack.provider_alias("cn-northwest-1")
    accepter = stack.one("aws_vpc_peering_connection_accepter", "peering_local/accepter")
    assert accepter["provider"] == stack.provider_alias("cn-northwest-1")
    assert stack.one("aws_vpc_peering_connection", "peering_beijing/requester")["peer_region"] == "cn-northwest-1"


def test_existing_consumer_vpc_is_peered_and_routed_by_id(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("mixed-consumers")
    requester = stack.one("aws_vpc_peering_connection", "peering_legacy/requester")
    assert requester["vpc_id"] == "vpc-0123456789abcdef0"
    accepted = stack.ref("aws_vpc_peering_connection_accepter", "peering_legacy/accepter")
    routes = stack.where("aws_route", destination_cidr_block="10.10.0.0/16", vpc_peering_connection_id=accepted)
    assert sorted(r["route_table_id"] for r in routes) == ["rtb-0123456789abcdef0", "rtb-0fedcba9876543210"]
    back = stack.where("aws_route", destination_cidr_block="172.16.0.0/16", vpc_peering_connection_id=accepted)
    assert {r["route_table_id"] for r in back} == _route_tables_of(stack, "ningxia")
    # nothing is created inside the existing VPC: no subnet, no host, no flow log
    assert not [b for b in stack.resources("aws_subnet").values() if stack.path_of(b).split("/")[1] == "legacy"]
    assert "legacy" not in {stack.path_of(b).split("/")[1].removeprefix("host_") for b in stack.resources("aws_instance").values()}
    assert all(f["vpc_id"] != "vpc-0123456789abcdef0" for f in stack.resources("aws_flow_log").values())
    # it is admitted by the endpoint and associated with the standard-names zone
    assert any(a["vpc_id"] == "vpc-0123456789abcdef0" for a in stack.resources("aws_route53_zone_association").values())
