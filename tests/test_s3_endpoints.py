"""modules/s3_endpoints.py: the interface endpoint for peers, the gateway endpoint for local apps."""

from __future__ import annotations

from tests.terraform_json import Stack


def _endpoint_security_group_rules(stack: Stack) -> list[dict]:  # type: ignore[type-arg]
    group = stack.ref("aws_security_group", "s3_endpoints/security_group/Default")
    return [r for r in stack.resources("aws_vpc_security_group_ingress_rule").values() if r["security_group_id"] == group]


def test_endpoint_security_group_admits_https_from_the_vpcs_only(example: Stack) -> None:
    rules = _endpoint_security_group_rules(example)
    assert sorted(r["cidr_ipv4"] for r in rules) == sorted(str(vpc.cidr) for vpc in example.settings.vpcs)
    for rule in rules:
        assert (rule["ip_protocol"], rule["from_port"], rule["to_port"]) == ("tcp", 443, 443)
        assert rule["description"]
    group = example.one("aws_security_group", "s3_endpoints/security_group/Default")
    assert group["description"]
    assert "ingress" not in group and "egress" not in group, "rules are separate resources"


def test_interface_endpoint(example: Stack) -> None:
    endpoint_vpc = example.settings.endpoint_vpc
    prefix = "cn.com.amazonaws" if example.settings.partition.id == "aws-cn" else "com.amazonaws"
    interface = example.one("aws_vpc_endpoint", "s3_endpoints/interface")
    assert interface["provider"] == example.provider_alias(endpoint_vpc.region)
    assert interface["vpc_endpoint_type"] == "Interface"
    assert interface["service_name"] == f"{prefix}.{endpoint_vpc.region}.s3"
    assert interface["vpc_id"] == example.ref("aws_vpc", f"/{endpoint_vpc.name}/vpc")
    assert interface["subnet_ids"] == [example.ref("aws_subnet", f"/{endpoint_vpc.name}/private_{i}") for i in range(endpoint_vpc.az_count)]
    assert len(interface["subnet_ids"]) >= 2
    assert interface["security_group_ids"] == [example.ref("aws_security_group", "s3_endpoints/security_group/Default")]
    assert interface["dns_options"] == {"dns_record_ip_type": "ipv4"}
    assert interface["private_dns_enabled"] is False


def test_china_interface_service_name_has_the_cn_prefix(china: Stack) -> None:
    assert china.one("aws_vpc_endpoint", "s3_endpoints/interface")["service_name"] == "cn.com.amazonaws.cn-northwest-1.s3"
    assert china.one("aws_vpc_endpoint", "s3_endpoints/gateway")["service_name"] == "com.amazonaws.cn-northwest-1.s3"


def test_global_service_names_have_no_cn_prefix(global_pair: Stack) -> None:
    assert global_pair.one("aws_vpc_endpoint", "s3_endpoints/interface")["service_name"] == "com.amazonaws.eu-west-1.s3"
    assert global_pair.one("aws_vpc_endpoint", "s3_endpoints/gateway")["service_name"] == "com.amazonaws.eu-west-1.s3"


def test_gateway_endpoint_on_every_endpoint_vpc_route_table(example: Stack) -> None:
    endpoint_vpc = example.settings.endpoint_vpc
    gateway = example.one("aws_vpc_endpoint", "s3_endpoints/gateway")
    tables = [example.ref("aws_route_table", f"/{endpoint_vpc.name}/public")]
    tables += [example.ref("aws_route_table", f"/{endpoint_vpc.name}/private_{i}_route_table") for i in range(endpoint_vpc.az_count)]
    assert gateway["vpc_endpoint_type"] == "Gateway"
    assert gateway["route_table_ids"] == tables
    assert "dns_options" not in gateway
    assert "subnet_ids" not in gateway and "security_group_ids" not in gateway


def test_multiple_consumers_are_all_admitted(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("named-bucket")
    cidrs = sorted(r["cidr_ipv4"] for r in _endpoint_security_group_rules(stack))
    assert cidrs == sorted(["10.10.0.0/16", "172.31.0.0/16", "192.168.0.0/20"])
