"""modules/dns.py, resolver.py and the DNS modes of s3_endpoints.py."""

from __future__ import annotations

import pytest

from tests.terraform_json import Stack


def test_endpoint_names_mode_is_the_default(china: Stack) -> None:
    interface = china.one("aws_vpc_endpoint", "s3_endpoints/interface")
    assert interface["private_dns_enabled"] is False
    assert interface["dns_options"] == {"dns_record_ip_type": "ipv4"}
    assert "depends_on" not in interface
    assert not china.resources("aws_route53_zone") and not china.resources("aws_route53_resolver_endpoint")
    assert china.output("dns_mode")["value"] == "endpoint-names"


def test_private_dns_sets_the_inbound_only_flag_deliberately_and_orders_the_gateway_first(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("private-dns")
    interface = stack.one("aws_vpc_endpoint", "s3_endpoints/interface")
    assert interface["private_dns_enabled"] is True
    assert interface["dns_options"] == {"dns_record_ip_type": "ipv4", "private_dns_only_for_inbound_resolver_endpoint": True}
    gateway = stack.ref("aws_vpc_endpoint", "s3_endpoints/gateway")[2:-4]
    assert interface["depends_on"] == [gateway], "created after the gateway endpoint, destroyed before it"


def test_private_dns_without_a_gateway_endpoint(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("private-dns-no-gateway")
    interface = stack.one("aws_vpc_endpoint", "s3_endpoints/interface")
    assert interface["dns_options"]["private_dns_only_for_inbound_resolver_endpoint"] is False
    assert "depends_on" not in interface
    assert [e["vpc_endpoint_type"] for e in stack.resources("aws_vpc_endpoint").values() if e["service_name"].endswith(".s3")] == ["Interface"]
    assert "gateway_endpoint_id" not in stack.doc["output"]


def test_consumer_zone_answers_standard_names_with_the_endpoint(standard_names: Stack) -> None:
    zone = standard_names.one("aws_route53_zone", "consumer_zone/Default")
    assert zone["name"] == "s3.cn-northwest-1.amazonaws.com.cn"
    assert zone["vpc"] == [{"vpc_id": standard_names.ref("aws_vpc", "/beijing/vpc"), "vpc_region": "cn-north-1"}]
    assert zone["lifecycle"] == {"ignore_changes": ["vpc"]}
    entries = standard_names.ref("aws_vpc_endpoint", "s3_endpoints/interface", "dns_entry")[2:-1]
    names = {}
    for record in standard_names.resources("aws_route53_record").values():
        assert record["type"] == "A"
        assert record["zone_id"] == standard_names.ref("aws_route53_zone", "consumer_zone/Default", "zone_id")
        assert record["alias"] == {"name": f"${{{entries}[0].dns_name}}", "zone_id": f"${{{entries}[0].hosted_zone_id}}", "evaluate_target_health": False}
        names[record["name"]] = record
    assert sorted(names) == ["*.s3.cn-northwest-1.amazonaws.com.cn", "s3.cn-northwest-1.amazonaws.com.cn"]
    # the endpoint itself keeps private DNS off: the zone, not the endpoint, serves the consumers
    assert standard_names.one("aws_vpc_endpoint", "s3_endpoints/interface")["private_dns_enabled"] is False


def test_consumer_zone_commands_need_no_endpoint_url(standard_names: Stack) -> None:
    commands = standard_names.output("verification_commands")["value"]["beijing"]
    bucket = standard_names.ref("aws_s3_bucket", "bucket/data/bucket", "bucket")
    assert f"aws s3 ls s3://{bucket} --region cn-northwest-1\n" in commands
    assert "--endpoint-url" not in commands
    assert "getent hosts s3.cn-northwest-1.amazonaws.com.cn" in commands


def test_every_consumer_vpc_is_associated_with_the_zone(synth_dir, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import copy
    import json

    from modules.settings import DEFAULTS, parse_settings
    from modules.synth import synthesize

    raw = copy.deepcopy(DEFAULTS)
    raw.update(
        name="zone-two",
        dns={"mode": "consumer-zone"},
        consumer_vpcs=[*raw["consumer_vpcs"], {"name": "batch", "region": "cn-north-1", "cidr": "192.168.0.0/20"}],
    )
    synthesize([parse_settings(raw)], tmp_path)
    doc = json.loads((tmp_path / "stacks" / "zone-two" / "cdk.tf.json").read_text(encoding="utf-8"))
    [association] = doc["resource"]["aws_route53_zone_association"].values()
    assert association["vpc_region"] == "cn-north-1"
    assert association["vpc_id"].startswith("${aws_vpc.batch_vpc_")


def test_inbound_resolver_for_on_premises(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("private-dns")
    resolver = stack.one("aws_route53_resolver_endpoint", "inbound_resolver/Default")
    assert resolver["direction"] == "INBOUND"
    assert [a["subnet_id"] for a in resolver["ip_address"]] == [stack.ref("aws_subnet", f"/ningxia/private_{i}") for i in range(2)]
    group = stack.ref("aws_security_group", "inbound_resolver/security_group/Default")
    rules = [r for r in stack.resources("aws_vpc_security_group_ingress_rule").values() if r["security_group_id"] == group]
    assert sorted((r["ip_protocol"], r["from_port"], r["cidr_ipv4"]) for r in rules) == [("tcp", 53, "192.168.0.0/16"), ("udp", 53, "192.168.0.0/16")]
    assert stack.output("on_premises_forward_zones")["value"] == ["s3.cn-northwest-1.amazonaws.com.cn"]
    assert "ip_address" in stack.output("resolver_inbound_addresses")["value"]
    # on-premises clients may also use the endpoint over HTTPS
    endpoint_group = stack.ref("aws_security_group", "s3_endpoints/security_group/Default")
    https = [r["cidr_ipv4"] for r in stack.resources("aws_vpc_security_group_ingress_rule").values() if r["security_group_id"] == endpoint_group]
    assert "192.168.0.0/16" in https


@pytest.mark.parametrize("key", ["private-dns", "private-dns-no-gateway"])
def test_dns_variants_keep_every_policy_rule(key: str, variant) -> None:  # type: ignore[no-untyped-def]
    from tools.policy import RULES, evaluate

    assert evaluate(variant(key).doc) == {rule.id: [] for rule in RULES}
