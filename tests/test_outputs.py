"""Stack outputs: endpoint names and URLs, peering ids, the bucket, and the blog post's test commands."""

from __future__ import annotations

import re

from tests.terraform_json import Stack

EXPECTED = {
    "bucket_name",
    "bucket_region",
    "interface_endpoint_id",
    "interface_endpoint_regional_dns_name",
    "interface_endpoint_zonal_dns_names",
    "bucket_endpoint_url",
    "accesspoint_endpoint_url",
    "control_endpoint_url",
    "gateway_endpoint_id",
    "peering_connection_ids",
    "verification_commands",
    "dns_mode",
}


def test_every_output_is_present_and_described(example: Stack) -> None:
    outputs = example.doc["output"]
    zone = {"consumer_zone_id"} if example.settings.dns.mode.value == "consumer-zone" else set()
    assert set(outputs) == EXPECTED | zone
    for name, output in outputs.items():
        assert len(output.get("description", "")) > 20, f"output {name} needs a description"


def test_endpoint_dns_names(example: Stack) -> None:
    interface = example.ref("aws_vpc_endpoint", "s3_endpoints/interface", "dns_entry")
    entries = interface[2:-1]
    regional = example.output("interface_endpoint_regional_dns_name")["value"]
    assert regional == f'${{replace({entries}[0].dns_name, "*.", "")}}'
    zonal = example.output("interface_endpoint_zonal_dns_names")["value"]
    assert zonal == f'${{[for entry in slice({entries}, 1, length({entries})) : trimprefix(entry.dns_name, "*.")]}}'


def test_ready_to_use_endpoint_urls(example: Stack) -> None:
    regional = example.output("interface_endpoint_regional_dns_name")["value"]
    for kind in ("bucket", "accesspoint", "control"):
        assert example.output(f"{kind}_endpoint_url")["value"] == f"https://{kind}.{regional}"


def test_peering_ids_by_consumer(example: Stack) -> None:
    ids = example.output("peering_connection_ids")["value"]
    assert ids == {
        vpc.name: example.ref("aws_vpc_peering_connection_accepter", f"peering_{vpc.name}/accepter") for vpc in example.settings.consumer_vpcs
    }


def test_bucket_name_and_region(example: Stack) -> None:
    assert example.output("bucket_name")["value"] == example.ref("aws_s3_bucket", "bucket/data/bucket", "bucket")
    assert example.output("bucket_region")["value"] == example.settings.endpoint_vpc.region


def test_cli_commands_test_the_private_path_from_the_consumer_host(china: Stack) -> None:
    commands = china.output("verification_commands")["value"]["beijing"].splitlines()
    bucket = china.ref("aws_s3_bucket", "bucket/data/bucket", "bucket")
    url = china.output("bucket_endpoint_url")["value"]
    private = f"--region cn-northwest-1 --endpoint-url {url}"
    host = china.ref("aws_instance", "host_beijing/Default")
    assert f"aws ssm start-session --target {host} --region cn-north-1" in commands
    assert f"aws s3 ls s3://{bucket} {private}" in commands
    assert f"aws s3 cp probe.txt s3://{bucket}/probe.txt {private}" in commands
    assert f"aws s3 cp s3://{bucket}/probe.txt - {private}" in commands
    # the negative control from the blog post: without the endpoint, the request cannot leave the subnet
    assert f"aws s3 ls s3://{bucket} --region cn-northwest-1 --cli-connect-timeout 5" in commands


def test_bastion_mode_commands_jump_through_the_bastion(global_pair: Stack) -> None:
    commands = global_pair.output("verification_commands")["value"]["frankfurt"]
    bastion = global_pair.ref("aws_instance", "bastion_frankfurt/Default", "public_ip")
    host = global_pair.ref("aws_instance", "host_frankfurt/Default", "private_ip")
    assert f"ssh -J ec2-user@{bastion} ec2-user@{host}" in commands
    assert re.search(r"--region eu-west-1 --endpoint-url https://bucket\.", commands)


def test_commands_without_hosts_still_say_where_to_run(variant) -> None:  # type: ignore[no-untyped-def]
    commands = variant("no-hosts").output("verification_commands")["value"]["beijing"]
    assert commands.startswith("# On any host in a private subnet of VPC beijing (cn-north-1)")
    assert "aws_instance" not in commands
