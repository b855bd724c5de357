"""tools/rehearse.py: every shipped example goes through apply, re-plan, data path and destroy on moto."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from modules.settings import parse_settings, with_rehearsal
from tests.conftest import EXAMPLES, FIGURES, GATE_LINES
from tools.policy_gate import scan
from tools.rehearse import EMULATOR_GAPS, MotoServer, Rehearsal, reset_emulator, unexpected_changes

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def emulator() -> Iterator[str]:
    """One moto server on a free loopback port for the whole session, stopped at the end."""
    with MotoServer() as server:
        yield server.endpoint


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_lifecycle_apply_replan_data_path_and_destroy(
    example: str, emulator: str, terraform_cli_config: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # GIVEN an empty emulator and a shipped example synthesized for a rehearsal
    reset_emulator(emulator)
    run = Rehearsal(
        EXAMPLES[example],
        endpoint=emulator,
        workdir=tmp_path,
        cli_config=terraform_cli_config,
        plugin_cache=tmp_path_factory.getbasetemp() / "plugin-cache",
    )
    run.synthesize()

    # WHEN it is applied (its plan passing the policy gate, where checkov's IAM checks run)
    run.apply()
    assert run.figures.resources > 50
    gate = scan(run.plan_json, "terraform_plan", label=f"{example} rehearsal plan")
    GATE_LINES.append(gate.line())
    assert gate.problems == []
    assert gate.passed > 100

    # THEN a second plan shows no change but the emulator's known gaps
    assert run.replan() == []
    gaps = {(gap.resource_type, attribute) for gap in EMULATOR_GAPS for attribute in gap.attributes}
    for address in run.figures.tolerated:
        resource_type, _, attribute = address.split(".")
        assert (resource_type, attribute) in gaps, address

    # AND an object can be put, listed and read back, and the TLS-only policy refuses plain HTTP
    assert run.exercise_data_path() == ["rehearsal/probe.txt"]
    assert run.plain_http_is_refused()

    # AND an accidental destroy is refused before anything is deleted: the bucket keeps its data
    refused = run.accidental_destroy()
    assert refused.returncode != 0
    assert "Instance cannot be destroyed" in refused.stderr and "prevent_destroy" in refused.stderr
    s3, bucket = run.s3_client(), run.bucket_name()
    assert [o["Key"] for o in s3.list_object_versions(Bucket=bucket)["Versions"]] == ["rehearsal/probe.txt"]
    assert json.loads(run.terraform.run("show", "-json").stdout)["values"]["root_module"]["resources"]

    # AND the deliberate teardown removes everything the deployment created
    run.teardown()
    assert run.leftovers() == []
    FIGURES.append(run.figures)


def test_split_deployment_is_applied_stack_by_stack_through_outputs(
    emulator: str, terraform_cli_config: Path, tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    # GIVEN a deployment split into an endpoint stack and a consumer stack, with standard names in Beijing
    reset_emulator(emulator)
    settings = parse_settings(
        {"name": "split-rehearsal", "stacks": {"split": "per-consumer"}, "hosts": {"enabled": False}, "dns": {"mode": "consumer-zone"}}
    )
    runs = [
        Rehearsal(
            settings,
            endpoint=emulator,
            workdir=tmp_path,
            cli_config=terraform_cli_config,
            plugin_cache=tmp_path_factory.getbasetemp() / "plugin-cache",
            stack=part.stack,
        )
        for part in settings.parts
    ]
    endpoint, beijing = runs
    endpoint.synthesize(prevent_destroy=False)
    # WHEN the endpoint stack is applied, then the consumer stack, which reads the endpoint stack's state
    endpoint.apply()
    beijing.apply()
    # THEN the consumer stack peers with the VPC the endpoint stack created and routes through its tables
    published = {name: output["value"] for name, output in json.loads(endpoint.terraform.run("output", "-json").stdout).items()}
    resources = json.loads(beijing.terraform.run("show", "-json").stdout)["values"]["root_module"]["resources"]
    peering = next(r["values"] for r in resources if r["type"] == "aws_vpc_peering_connection")
    assert peering["peer_vpc_id"] == published["endpoint_vpc_id"] and peering["peer_vpc_id"].startswith("vpc-")
    routed = sorted(r["values"]["route_table_id"] for r in resources if r["type"] == "aws_route" and r["values"]["destination_cidr_block"] == "172.31.0.0/16")
    assert routed == sorted(published["endpoint_route_table_ids"]) and len(routed) == 3
    zone_alias = {r["values"]["alias"][0]["name"] for r in resources if r["type"] == "aws_route53_record"}
    assert zone_alias == {published["interface_endpoint_dns_entry"]["dns_name"]}
    # AND neither stack wants a change on a second plan
    assert endpoint.replan() == [] and beijing.replan() == []
    # AND destroying the consumer stack, then the endpoint stack, leaves nothing behind
    for run in reversed(runs):
        run.terraform.run("destroy", "-input=false", "-auto-approve")
    assert endpoint.leftovers() == []


def test_rehearsal_changes_only_the_providers(synth_dir: Path, tmp_path: Path) -> None:
    # GIVEN the default deployment synthesized plainly and for a rehearsal
    from modules.synth import synthesize

    settings = EXAMPLES["china"]
    synthesize([with_rehearsal(settings, "http://127.0.0.1:5000")], tmp_path)
    plain = json.loads((synth_dir / "stacks" / settings.name / "cdk.tf.json").read_text(encoding="utf-8"))
    rehearsal = json.loads((tmp_path / "stacks" / settings.name / "cdk.tf.json").read_text(encoding="utf-8"))
    # THEN the providers point at the emulator, the AMI lookups use an image the emulator has,
    assert all(p["endpoints"][0]["ec2"] == "http://127.0.0.1:5000" for p in rehearsal["provider"]["aws"])
    assert all("endpoints" not in p and "skip_credentials_validation" not in p for p in plain["provider"]["aws"])
    for name, ami in rehearsal["data"]["aws_ami"].items():
        plain["data"]["aws_ami"][name]["filter"][0]["values"] = ami["filter"][0]["values"]
    # AND everything else is what the deployment itself writes
    plain["provider"], rehearsal["provider"] = [], []
    assert plain == rehearsal
    assert "access_key" not in json.dumps(rehearsal) and "secret_key" not in json.dumps(rehearsal)


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _rehearse(*args: str, env: dict[str, str] | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "tools.rehearse", *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)


def test_unreachable_endpoint_fails_fast_and_says_how_to_start_one(tmp_path: Path) -> None:
    endpoint = f"http://127.0.0.1:{_closed_port()}"
    result = _rehearse("--endpoint", endpoint, "--workdir", str(tmp_path))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: no AWS API emulator answers at {endpoint}")
    assert "moto_server -H 127.0.0.1" in result.stderr
    assert list(tmp_path.iterdir()) == [], "nothing was synthesized or applied"


def test_remote_endpoint_is_refused(tmp_path: Path) -> None:
    result = _rehearse("--endpoint", "http://192.0.2.10:5000", "--workdir", str(tmp_path))
    assert result.returncode == 2
    assert "not a local emulator address" in result.stderr


def test_missing_provider_mirror_fails_fast_and_says_where_to_find_one(tmp_path: Path) -> None:
    import os

    env = {**os.environ, "TF_PROVIDER_MIRROR": str(tmp_path / "no-mirror")}
    result = _rehearse("--workdir", str(tmp_path / "work"), env=env)
    assert result.returncode == 2
    assert "no registry.terraform.io/hashicorp/aws 5.100.0 provider" in result.stderr
    assert "TF_PROVIDER_MIRROR" in result.stderr
    assert not (tmp_path / "work").exists()


def _change(type_: str, actions: list[str], before: dict, after: dict) -> dict:  # type: ignore[type-arg]
    return {"address": f"{type_}.x", "type": type_, "change": {"actions": actions, "before": before, "after": after, "after_unknown": {}}}


def test_only_the_named_emulator_gaps_are_tolerated() -> None:
    interface = {"vpc_endpoint_type": "Interface", "dns_options": [{"dns_record_ip_type": "ipv4"}]}
    gateway = {"vpc_endpoint_type": "Gateway", "dns_options": [{"dns_record_ip_type": "ipv4"}]}
    plan = {
        "resource_changes": [
            _change("aws_vpc_endpoint", ["update"], {**interface, "dns_options": []}, interface),
            _change("aws_vpc_endpoint", ["update"], {**gateway, "dns_options": []}, gateway),
            _change("aws_vpc_endpoint", ["update"], {**interface, "dns_options": [], "policy": "a"}, {**interface, "policy": "b"}),
            _change("aws_vpc_endpoint", ["delete", "create"], {**interface, "dns_options": []}, interface),
            _change("aws_vpc_security_group_egress_rule", ["update"], {"cidr_ipv4": "10.0.0.0/8", "description": None}, {"cidr_ipv4": "10.0.0.0/8", "description": "d"}),
            _change("aws_vpc_security_group_egress_rule", ["update"], {"prefix_list_id": "pl-1", "description": None}, {"prefix_list_id": "pl-1", "description": "d"}),
            _change("aws_s3_bucket", ["no-op"], {}, {}),
        ]
    }
    unexpected, tolerated = unexpected_changes(plan)
    assert tolerated == ["aws_vpc_endpoint.x.dns_options", "aws_vpc_security_group_egress_rule.x.description"]
    assert unexpected == [
        "aws_vpc_endpoint.x.dns_options: [] -> [{'dns_record_ip_type': 'ipv4'}]",
        "aws_vpc_endpoint.x.policy: 'a' -> 'b'",
        "aws_vpc_endpoint.x: delete/create",
        "aws_vpc_security_group_egress_rule.x.description: None -> 'd'",
    ]
