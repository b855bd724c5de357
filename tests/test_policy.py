"""tools/policy.py: each project rule passes on what we ship and fails on a deliberately weakened stack."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.terraform_json import Stack
from tools.policy import RULES, evaluate

Doc = dict[str, Any]


def _first(doc: Doc, type_: str, predicate: Callable[[dict[str, Any]], bool] = lambda _: True) -> dict[str, Any]:
    return next(block for block in doc["resource"][type_].values() if predicate(block))


def _edit_policy(block: dict[str, Any], key: str, edit: Callable[[Doc], None]) -> None:
    policy = json.loads(block[key])
    edit(policy)
    block[key] = json.dumps(policy)


def _interface(doc: Doc) -> dict[str, Any]:
    return _first(doc, "aws_vpc_endpoint", lambda e: e.get("vpc_endpoint_type") == "Interface" and e["service_name"].endswith(".s3"))


def _data_bucket_policy(doc: Doc) -> dict[str, Any]:
    return _first(doc, "aws_s3_bucket_policy", lambda p: "DenyOutsideTheEndpoints" in p["policy"] or "AllowServerAccessLogDelivery" not in p["policy"])


def weaken_endpoint_policy(doc: Doc) -> None:
    _edit_policy(_interface(doc), "policy", lambda p: p["Statement"][1].update(Action="s3:*", Resource="*"))


def drop_tls_statement(doc: Doc) -> None:
    _edit_policy(_data_bucket_policy(doc), "policy", lambda p: p.update(Statement=[s for s in p["Statement"] if s.get("Sid") != "DenyOutdatedTls"]))


def open_https_to_the_world(doc: Doc) -> None:
    _first(doc, "aws_vpc_security_group_ingress_rule", lambda r: r.get("from_port") == 443)["cidr_ipv4"] = "0.0.0.0/0"


def lock_out_everyone(doc: Doc) -> None:
    def edit(policy: Doc) -> None:
        policy["Statement"].append(
            {"Sid": "Lock", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:SourceVpce": ["vpce-1"]}}}
        )

    _edit_policy(_data_bucket_policy(doc), "policy", edit)


def wrong_partition_arn(doc: Doc) -> None:
    other = "aws" if '"arn:aws-cn:' in json.dumps(doc) else "aws-cn"
    _edit_policy(_first(doc, "aws_iam_role_policy"), "policy", lambda p: p["Statement"][0].update(Resource=[f"arn:{other}:s3:::elsewhere"]))


def trust_one_ec2_spelling_only(doc: Doc) -> None:
    role = _first(doc, "aws_iam_role", lambda r: "ec2." in r["assume_role_policy"])
    _edit_policy(role, "assume_role_policy", lambda p: p["Statement"][0]["Principal"].update(Service=["ec2.example.com"]))


def public_ip_on_a_private_host(doc: Doc) -> None:
    _first(doc, "aws_instance", lambda i: i["tags"]["Role"] == "verification-host")["associate_public_ip_address"] = True


def wildcard_iam_action(doc: Doc) -> None:
    _edit_policy(_first(doc, "aws_iam_role_policy"), "policy", lambda p: p["Statement"][0].update(Action=["s3:*"], Resource="*"))


WEAKENINGS = {
    "PS001": weaken_endpoint_policy,
    "PS002": drop_tls_statement,
    "PS003": open_https_to_the_world,
    "PS004": lock_out_everyone,
    "PS005": wrong_partition_arn,
    "PS006": trust_one_ec2_spelling_only,
    "PS007": public_ip_on_a_private_host,
    "PS008": wildcard_iam_action,
}


def test_every_rule_has_a_failing_case() -> None:
    assert sorted(WEAKENINGS) == sorted(rule.id for rule in RULES)


def test_shipped_stacks_pass_every_rule(example: Stack) -> None:
    assert evaluate(example.doc) == {rule.id: [] for rule in RULES}


def test_variants_pass_every_rule(variant) -> None:  # type: ignore[no-untyped-def]
    for key in ("bastion", "named-bucket", "no-hosts", "endpoint-only"):
        assert evaluate(variant(key).doc) == {rule.id: [] for rule in RULES}, key


@pytest.mark.parametrize("rule_id", sorted(WEAKENINGS))
def test_rule_fails_on_a_weakened_stack(rule_id: str, variant) -> None:  # type: ignore[no-untyped-def]
    # GIVEN a compliant stack WHEN one protection is removed
    doc = copy.deepcopy(variant("endpoint-only").doc)
    WEAKENINGS[rule_id](doc)
    # THEN exactly that rule reports it
    results = evaluate(doc)
    assert results[rule_id], f"{rule_id} did not notice"
    assert [rule for rule, found in results.items() if found] == [rule_id]
