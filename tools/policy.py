"""Project policy rules over synthesized Terraform JSON: what checkov does not check.

Each rule has a stable id, says what it enforces, and returns the violations it finds in one
``cdk.tf.json`` document (an empty list when the stack complies). Rules read only the document, so
any Terraform JSON, including a deliberately weakened copy, can be checked.

    .venv/bin/python -m tools.policy generated/china/cdk.tf.json
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modules.partitions import Partition, partition_of  # noqa: E402

Doc = dict[str, Any]
WORLD = (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))


@dataclass(frozen=True)
class PolicyRule:
    id: str
    title: str
    check: Callable[[Doc], list[str]]


def _resources(doc: Doc, type_: str) -> Iterator[tuple[str, dict[str, Any]]]:
    yield from doc.get("resource", {}).get(type_, {}).items()


def _policy(text: Any) -> dict[str, Any] | None:
    if not isinstance(text, str):
        return None
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return None
    return value if isinstance(value, dict) else None


def _statements(policy: dict[str, Any]) -> list[dict[str, Any]]:
    statements = policy.get("Statement", [])
    return statements if isinstance(statements, list) else [statements]


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def _partition(doc: Doc) -> Partition:
    regions = [provider.get("region", "") for provider in doc.get("provider", {}).get("aws", [])]
    partitions = [partition_of(region) for region in regions]
    ids = {partition.id if partition is not None else None for partition in partitions}
    if len(ids) != 1 or None in ids:
        raise ValueError(f"providers {regions} do not name regions of one known partition")
    partition = partitions[0]
    assert partition is not None
    return partition


def endpoint_policies_scoped(doc: Doc) -> list[str]:
    """S3 endpoints carry a policy that allows named buckets and their objects only: no ``*`` resource,
    no ``s3:*`` or ``*`` action."""
    partition = _partition(doc)
    violations = []
    for name, endpoint in _resources(doc, "aws_vpc_endpoint"):
        if not str(endpoint.get("service_name", "")).endswith(".s3"):
            continue
        policy = _policy(endpoint.get("policy"))
        if policy is None:
            violations.append(f"aws_vpc_endpoint.{name}: no policy (the default allows every bucket)")
            continue
        for statement in _statements(policy):
            if statement.get("Effect") != "Allow":
                continue
            actions = _as_list(statement.get("Action", []))
            resources = _as_list(statement.get("Resource", []))
            for action in actions:
                if action in ("*", "s3:*"):
                    violations.append(f"aws_vpc_endpoint.{name}: allows {action}")
            for resource in resources:
                if not str(resource).startswith(f"arn:{partition.id}:s3:::") or str(resource) in (f"arn:{partition.id}:s3:::*", "*"):
                    violations.append(f"aws_vpc_endpoint.{name}: allows resource {resource}")
    return violations


def _bucket_policies(doc: Doc) -> dict[str, dict[str, Any]]:
    """Bucket logical name -> its policy document."""
    policies = {}
    for _, attachment in _resources(doc, "aws_s3_bucket_policy"):
        match = re.fullmatch(r"\$\{aws_s3_bucket\.([\w-]+)\.(id|bucket)\}", str(attachment.get("bucket", "")))
        policy = _policy(attachment.get("policy"))
        if match and policy is not None:
            policies[match.group(1)] = policy
    return policies


def bucket_policies_tls_only(doc: Doc) -> list[str]:
    """Every bucket's policy denies requests without TLS and requests with TLS older than 1.2."""
    policies = _bucket_policies(doc)
    violations = []
    for name, _ in _resources(doc, "aws_s3_bucket"):
        statements = [s for s in _statements(policies.get(name, {})) if s.get("Effect") == "Deny" and s.get("Principal") == "*"]
        conditions = [s.get("Condition", {}) for s in statements]
        if not any(c.get("Bool", {}).get("aws:SecureTransport") == "false" for c in conditions):
            violations.append(f"aws_s3_bucket.{name}: no Deny for aws:SecureTransport = false")
        if not any(c.get("NumericLessThan", {}).get("s3:TlsVersion") == "1.2" for c in conditions):
            violations.append(f"aws_s3_bucket.{name}: no Deny for s3:TlsVersion < 1.2")
    return violations


def _ingress_rules(doc: Doc) -> Iterator[tuple[str, list[str], int, int, str]]:
    """(address, CIDRs, from port, to port, protocol) of every ingress rule, however it is written."""
    for name, rule in _resources(doc, "aws_vpc_security_group_ingress_rule"):
        cidrs = [c for c in (rule.get("cidr_ipv4"), rule.get("cidr_ipv6")) if c]
        yield f"aws_vpc_security_group_ingress_rule.{name}", cidrs, rule.get("from_port", -1), rule.get("to_port", -1), str(rule.get("ip_protocol"))
    for name, rule in _resources(doc, "aws_security_group_rule"):
        if rule.get("type") == "ingress":
            cidrs = _as_list(rule.get("cidr_blocks", [])) + _as_list(rule.get("ipv6_cidr_blocks", []))
            yield f"aws_security_group_rule.{name}", cidrs, rule.get("from_port", -1), rule.get("to_port", -1), str(rule.get("protocol"))
    for type_ in ("aws_security_group", "aws_default_security_group"):
        for name, group in _resources(doc, type_):
            for rule in _as_list(group.get("ingress", [])):
                cidrs = _as_list(rule.get("cidr_blocks", [])) + _as_list(rule.get("ipv6_cidr_blocks", []))
                yield f"{type_}.{name}", cidrs, rule.get("from_port", -1), rule.get("to_port", -1), str(rule.get("protocol"))


def _is_world(cidr: str) -> bool:
    try:
        return ipaddress.ip_network(cidr, strict=False) in WORLD
    except ValueError:
        return False


def no_world_ingress(doc: Doc) -> list[str]:
    """No security group admits 0.0.0.0/0 or ::/0, on 443 or on any other port."""
    violations = []
    for address, cidrs, low, high, protocol in _ingress_rules(doc):
        for cidr in cidrs:
            if _is_world(str(cidr)):
                ports = "all ports" if protocol in ("-1", "all") else f"ports {low}-{high}"
                https = " (HTTPS)" if protocol in ("-1", "all") or (isinstance(low, int) and low <= 443 <= high) else ""
                violations.append(f"{address}: admits {cidr} on {ports}{https}")
    return violations


def source_vpce_lockout_guarded(doc: Doc) -> list[str]:
    """A Deny conditioned on aws:SourceVpce also exempts named principals (aws:PrincipalArn), so the
    console, the deployer and Terraform keep access."""
    violations = []
    for name, policy in _bucket_policies(doc).items():
        for statement in _statements(policy):
            condition = statement.get("Condition", {})
            vpce = any("aws:SourceVpce" in values for values in condition.values() if isinstance(values, dict))
            if statement.get("Effect") != "Deny" or not vpce:
                continue
            exempt = [
                arn
                for operator, values in condition.items()
                if operator in ("ArnNotLike", "ArnNotEquals", "StringNotLike", "StringNotEquals") and isinstance(values, dict)
                for arn in _as_list(values.get("aws:PrincipalArn", []))
            ]
            if not exempt:
                violations.append(f"aws_s3_bucket.{name}: denies outside aws:SourceVpce with no aws:PrincipalArn exemption")
    return violations


def arns_in_partition(doc: Doc) -> list[str]:
    """Every ARN written in the stack is in the stack's partition."""
    partition = _partition(doc)
    found = set(re.findall(r"arn:([a-z-]+):", json.dumps(doc)))
    return [f"ARN in partition {other}, expected {partition.id}" for other in sorted(found - {partition.id})]


def ec2_trust_principals(doc: Doc) -> list[str]:
    """Roles trusted by EC2 name exactly the partition's EC2 principals (both spellings in China)."""
    partition = _partition(doc)
    expected = partition.service_principals("ec2")
    violations = []
    for name, role in _resources(doc, "aws_iam_role"):
        trust = _policy(role.get("assume_role_policy")) or {}
        for statement in _statements(trust):
            services = _as_list(statement.get("Principal", {}).get("Service", [])) if isinstance(statement.get("Principal"), dict) else []
            if any(str(s).startswith("ec2.") for s in services) and sorted(services) != sorted(expected):
                violations.append(f"aws_iam_role.{name}: trusts {services}, expected {expected}")
    return violations


def public_ip_only_on_bastion(doc: Doc) -> list[str]:
    """Only an instance tagged Role = bastion may have a public address."""
    return [
        f"aws_instance.{name}: public address on an instance that is not the bastion"
        for name, instance in _resources(doc, "aws_instance")
        if instance.get("associate_public_ip_address") is True and instance.get("tags", {}).get("Role") != "bastion"
    ]


def iam_least_privilege(doc: Doc) -> list[str]:
    """No IAM action is a wildcard, and no S3 or KMS action applies to every resource."""
    violations = []
    for name, attachment in _resources(doc, "aws_iam_role_policy"):
        for statement in _statements(_policy(attachment.get("policy")) or {}):
            if statement.get("Effect") != "Allow":
                continue
            actions = [str(a) for a in _as_list(statement.get("Action", []))]
            for action in actions:
                if "*" in action:
                    violations.append(f"aws_iam_role_policy.{name}: wildcard action {action}")
            if "*" in _as_list(statement.get("Resource", [])) and any(a.startswith(("s3:", "kms:")) for a in actions):
                violations.append(f"aws_iam_role_policy.{name}: S3 or KMS actions on every resource")
    if any(True for _ in _resources(doc, "aws_iam_policy_attachment")):
        violations.append("aws_iam_policy_attachment is used: it takes exclusive control of a policy; use role policy attachments")
    return violations


RULES = (
    PolicyRule("PS001", "S3 endpoint policies allow the configured buckets only", endpoint_policies_scoped),
    PolicyRule("PS002", "bucket policies deny non-TLS requests and TLS older than 1.2", bucket_policies_tls_only),
    PolicyRule("PS003", "no security group admits 0.0.0.0/0 or ::/0 (on 443 or anywhere)", no_world_ingress),
    PolicyRule("PS004", "an endpoint-only bucket policy exempts named principals", source_vpce_lockout_guarded),
    PolicyRule("PS005", "every ARN is in the stack's partition", arns_in_partition),
    PolicyRule("PS006", "EC2 trust policies name the partition's EC2 principals", ec2_trust_principals),
    PolicyRule("PS007", "only the bastion has a public address", public_ip_only_on_bastion),
    PolicyRule("PS008", "IAM: no wildcard actions, no S3 or KMS action on every resource", iam_least_privilege),
)


def evaluate(doc: Doc) -> dict[str, list[str]]:
    """Violations by rule id; every rule appears, with an empty list when it passes."""
    return {rule.id: rule.check(doc) for rule in RULES}


def main(argv: list[str] | None = None) -> int:
    status = 0
    for name in sys.argv[1:] if argv is None else argv:
        results = evaluate(json.loads(Path(name).read_text(encoding="utf-8")))
        failed = {rule: found for rule, found in results.items() if found}
        print(f"{name}: {len(results) - len(failed)} rules passed, {len(failed)} failed")
        for rule, found in failed.items():
            status = 1
            for violation in found:
                print(f"  {rule} {violation}")
    return status


if __name__ == "__main__":
    sys.exit(main())
