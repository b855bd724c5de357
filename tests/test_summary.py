"""modules/summary.py: what the operator reads after a synth."""

from __future__ import annotations

from modules.summary import summarize
from tests.terraform_json import Stack


def test_summary_counts_resources_and_says_what_to_run(china: Stack) -> None:
    text = summarize(china.settings, china.path.parent)
    assert text.startswith(f"stack private-s3: {china.path.parent}/cdk.tf.json\n")
    total = sum(len(blocks) for blocks in china.doc["resource"].values())
    assert f"  {total} resources and 4 data sources in cn-northwest-1, cn-north-1 (aws-cn)" in text
    assert f"     {len(china.resources('aws_route'))}  aws_route\n" in text
    for line in ("  dns: endpoint-names", "  hosts: ssm", "  bucket: sse-s3, endpoint-only off, protected from destroy", "  consumers: beijing (cn-north-1, 172.31.0.0/16)"):
        assert line in text
    for command in ("init", "plan -out=tfplan", "apply tfplan"):
        assert f"terraform -chdir={china.path.parent} {command}\n" in text
    assert "verify before relying on it" not in text


def test_summary_warns_of_unconfirmed_availability(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("private-dns")
    text = summarize(stack.settings, stack.path.parent)
    assert "  dns: private-dns" in text
    assert "verify before relying on it:\n  - Route 53 Resolver inbound endpoints in cn-northwest-1" in text
