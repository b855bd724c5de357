"""modules/host.py, host_role.py, session_manager.py: the blog post's verification hosts."""

from __future__ import annotations

import json
import re

from tests.terraform_json import Stack

SESSION_MANAGER = ("ssm", "ssmmessages", "ec2messages")


def _policy(document: str) -> dict:  # type: ignore[type-arg]
    """Policies are JSON strings; a bucket name generated at apply time appears as an interpolation."""
    return json.loads(document)


def test_a_host_in_a_private_subnet_of_each_vpc(china: Stack) -> None:
    for vpc in china.settings.vpcs:
        host = china.one("aws_instance", f"host_{vpc.name}/Default")
        assert host["provider"] == china.provider_alias(vpc.region)
        assert host["subnet_id"] == china.ref("aws_subnet", f"/{vpc.name}/private_0")
        assert "associate_public_ip_address" not in host, "a private host takes its subnet's setting"
        subnet = next(s for s in china.resources("aws_subnet").values() if china.path_of(s).endswith(f"/{vpc.name}/private_0"))
        assert subnet["map_public_ip_on_launch"] is False
        assert host["iam_instance_profile"] == china.ref("aws_iam_instance_profile", "host_role/instance_profile", "name")
        assert host["metadata_options"]["http_tokens"] == "required"
        assert host["root_block_device"]["encrypted"] is True
        assert host["ami"].startswith("${data.aws_ami.")


def test_ami_is_looked_up_in_each_region(example: Stack) -> None:
    amis = example.data("aws_ami")
    instances = example.resources("aws_instance")
    assert instances
    for instance in instances.values():
        match = re.fullmatch(r"\$\{data\.aws_ami\.([\w-]+)\.id\}", instance["ami"])
        assert match, instance["ami"]
        assert amis[match.group(1)]["provider"] == instance["provider"], "the AMI is found in the instance's own region"
    for ami in amis.values():
        assert ami["most_recent"] is True
        assert ami["owners"] == ["amazon"]
    assert not re.search(r"\bami-[0-9a-f]{8,}\b", example.text), "no hard-coded AMI id"


def test_role_trusts_ec2_with_partition_principals(china: Stack, global_pair: Stack) -> None:
    for stack, principals in ((china, ["ec2.amazonaws.com", "ec2.amazonaws.com.cn"]), (global_pair, "ec2.amazonaws.com")):
        role = stack.one("aws_iam_role", "host_role/Default")
        trust = _policy(role["assume_role_policy"])
        [statement] = trust["Statement"]
        assert statement["Principal"] == {"Service": principals}
        assert statement["Action"] == "sts:AssumeRole"


def test_role_reaches_this_bucket_only(example: Stack) -> None:
    policy = _policy(example.one("aws_iam_role_policy", "host_role/policy")["policy"])
    partition = example.settings.partition.id
    s3_statements = [s for s in policy["Statement"] if any(a.startswith("s3:") for a in s["Action"])]
    assert {a for s in s3_statements for a in s["Action"]} == {"s3:ListBucket", "s3:GetObject", "s3:PutObject", "s3:DeleteObject"}
    bucket = "arn:" + partition + ":s3:::${aws_s3_bucket."
    for statement in s3_statements:
        for resource in statement["Resource"]:
            assert resource.startswith(bucket), resource
    assert all("*" not in action for s in policy["Statement"] for action in s["Action"])


def test_instance_profile_wraps_the_role(china: Stack) -> None:
    profile = china.one("aws_iam_instance_profile", "host_role/instance_profile")
    assert profile["role"] == china.ref("aws_iam_role", "host_role/Default", "name")


def test_session_manager_endpoints_in_each_vpc(china: Stack) -> None:
    for vpc in china.settings.vpcs:
        for service in SESSION_MANAGER:
            endpoint = china.one("aws_vpc_endpoint", f"session_manager_{vpc.name}/{service}")
            assert endpoint["service_name"] == f"com.amazonaws.{vpc.region}.{service}"
            assert endpoint["vpc_endpoint_type"] == "Interface"
            assert endpoint["private_dns_enabled"] is True
    policy = _policy(china.one("aws_iam_role_policy", "host_role/policy")["policy"])
    assert any(s.get("Sid") == "SessionManager" for s in policy["Statement"])


def test_no_inbound_port_open_in_session_manager_mode(china: Stack) -> None:
    host_groups = {china.ref("aws_security_group", f"host_{vpc.name}/security_group/Default") for vpc in china.settings.vpcs}
    assert not [r for r in china.resources("aws_vpc_security_group_ingress_rule").values() if r["security_group_id"] in host_groups]
    assert not china.resources("aws_key_pair")
    assert all("key_name" not in host for host in china.resources("aws_instance").values())


def test_no_rule_is_open_to_the_world(example: Stack) -> None:
    for type_ in ("aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule"):
        for rule in example.resources(type_).values():
            assert rule.get("cidr_ipv4") != "0.0.0.0/0"
            assert rule["description"]


def test_bastion_admits_ssh_from_the_admin_range_only(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("bastion")
    bastion = stack.one("aws_instance", "bastion_beijing/Default")
    assert bastion["associate_public_ip_address"] is True
    assert bastion["subnet_id"] == stack.ref("aws_subnet", "/beijing/public_0")
    assert bastion["key_name"] == "ops"
    group = stack.ref("aws_security_group", "bastion_beijing/security_group/Default")
    [rule] = [r for r in stack.resources("aws_vpc_security_group_ingress_rule").values() if r["security_group_id"] == group]
    assert (rule["cidr_ipv4"], rule["from_port"], rule["to_port"]) == ("198.51.100.0/24", 22, 22)
    # the private host takes SSH from the bastion's group only
    host_group = stack.ref("aws_security_group", "host_beijing/security_group/Default")
    [host_rule] = [r for r in stack.resources("aws_vpc_security_group_ingress_rule").values() if r["security_group_id"] == host_group]
    assert host_rule["cidr_ipv4"] == "${" + stack.ref("aws_instance", "bastion_beijing/Default", "private_ip")[2:-1] + "}/32"
    assert not any(path.startswith("session_manager") for path in (stack.path_of(b).split("/")[1] for b in stack.resources("aws_vpc_endpoint").values()))


def test_hosts_can_be_switched_off(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("no-hosts")
    for type_ in ("aws_instance", "aws_iam_instance_profile"):
        assert not stack.resources(type_)
    assert [stack.path_of(role) for role in stack.resources("aws_iam_role").values()] == ["no-hosts/flow_log_role/Default"]
    assert not stack.data("aws_ami")
    # the private path itself is still complete
    assert stack.one("aws_vpc_endpoint", "s3_endpoints/interface")
    assert stack.resources("aws_vpc_peering_connection_accepter")
