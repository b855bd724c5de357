"""modules/bucket.py: a private bucket that survives an accidental destroy unless deliberately released."""

from __future__ import annotations

import json

from tests.terraform_json import Stack


def test_bucket_is_in_the_endpoint_region_with_public_access_blocked(example: Stack) -> None:
    bucket = example.one("aws_s3_bucket", "bucket/data/bucket")
    assert bucket["provider"] == example.provider_alias(example.settings.endpoint_vpc.region)
    assert bucket["bucket_prefix"] == f"{example.settings.name}-"
    block = example.one("aws_s3_bucket_public_access_block", "bucket/data/public_access_block")
    assert block["bucket"] == example.ref("aws_s3_bucket", "bucket/data/bucket")
    for flag in ("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"):
        assert block[flag] is True


def test_bucket_survives_an_accidental_destroy_by_default(example: Stack) -> None:
    bucket = example.one("aws_s3_bucket", "bucket/data/bucket")
    assert bucket["lifecycle"] == {"prevent_destroy": True}
    assert bucket["force_destroy"] is False


def test_released_bucket_can_be_destroyed_with_its_objects(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("named-bucket")
    bucket = stack.one("aws_s3_bucket", "bucket/data/bucket")
    assert bucket["bucket"] == "team-data-archive"
    assert "bucket_prefix" not in bucket
    assert bucket["lifecycle"] == {"prevent_destroy": False}
    assert bucket["force_destroy"] is True


def _for_bucket(stack: Stack, type_: str, bucket_path: str) -> dict:  # type: ignore[type-arg]
    ref = stack.ref("aws_s3_bucket", bucket_path)
    [block] = [b for b in stack.resources(type_).values() if b["bucket"] == ref]
    return block


def test_both_buckets_are_hardened(example: Stack) -> None:
    for path in ("bucket/data/bucket", "bucket/access_logs/bucket"):
        assert _for_bucket(example, "aws_s3_bucket_ownership_controls", path)["rule"] == {"object_ownership": "BucketOwnerEnforced"}
        assert _for_bucket(example, "aws_s3_bucket_versioning", path)["versioning_configuration"] == {"status": "Enabled"}
        [rule] = _for_bucket(example, "aws_s3_bucket_lifecycle_configuration", path)["rule"]
        assert rule["status"] == "Enabled"
        assert rule["abort_incomplete_multipart_upload"] == [{"days_after_initiation": 7}]
        block = _for_bucket(example, "aws_s3_bucket_public_access_block", path)
        assert all(block[flag] is True for flag in ("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"))
    logs_rule = _for_bucket(example, "aws_s3_bucket_lifecycle_configuration", "bucket/access_logs/bucket")["rule"][0]
    assert logs_rule["expiration"] == [{"days": 365}]


def test_sse_s3_by_default(example: Stack) -> None:
    [rule] = _for_bucket(example, "aws_s3_bucket_server_side_encryption_configuration", "bucket/data/bucket")["rule"]
    assert rule["apply_server_side_encryption_by_default"] == {"sse_algorithm": "AES256"}
    assert not example.resources("aws_kms_key")


def test_sse_kms_with_a_rotated_key_and_bucket_key(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("endpoint-only")
    key = stack.one("aws_kms_key", "bucket/key")
    assert key["enable_key_rotation"] is True
    [rule] = _for_bucket(stack, "aws_s3_bucket_server_side_encryption_configuration", "bucket/data/bucket")["rule"]
    assert rule["apply_server_side_encryption_by_default"] == {"sse_algorithm": "aws:kms", "kms_master_key_id": stack.ref("aws_kms_key", "bucket/key", "arn")}
    assert rule["bucket_key_enabled"] is True
    # the access-log bucket stays on SSE-S3: log delivery cannot write to an SSE-KMS bucket
    [logs] = _for_bucket(stack, "aws_s3_bucket_server_side_encryption_configuration", "bucket/access_logs/bucket")["rule"]
    assert logs["apply_server_side_encryption_by_default"] == {"sse_algorithm": "AES256"}


def test_access_logs_go_to_the_log_bucket(example: Stack) -> None:
    logging = example.one("aws_s3_bucket_logging", "bucket/access_logging")
    assert logging["bucket"] == example.ref("aws_s3_bucket", "bucket/data/bucket")
    assert logging["target_bucket"] == example.ref("aws_s3_bucket", "bucket/access_logs/bucket")
    policy = json.loads(_for_bucket(example, "aws_s3_bucket_policy", "bucket/access_logs/bucket")["policy"])
    [delivery] = [s for s in policy["Statement"] if s["Effect"] == "Allow"]
    assert delivery["Principal"] == {"Service": "logging.s3.amazonaws.com"}
    assert delivery["Condition"]["ArnLike"]["aws:SourceArn"].startswith(f"arn:{example.settings.partition.id}:s3:::")


def test_data_bucket_policy_is_tls_only(example: Stack) -> None:
    policy = json.loads(_for_bucket(example, "aws_s3_bucket_policy", "bucket/data/bucket")["policy"])
    conditions = [s["Condition"] for s in policy["Statement"] if s["Effect"] == "Deny"]
    assert {"Bool": {"aws:SecureTransport": "false"}} in conditions
    assert {"NumericLessThan": {"s3:TlsVersion": "1.2"}} in conditions
    assert not any(s["Sid"] == "DenyOutsideTheEndpoints" for s in policy["Statement"])


def test_endpoint_only_policy_exempts_the_named_principals(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("endpoint-only")
    policy = json.loads(_for_bucket(stack, "aws_s3_bucket_policy", "bucket/data/bucket")["policy"])
    [lock] = [s for s in policy["Statement"] if s["Sid"] == "DenyOutsideTheEndpoints"]
    assert lock["Condition"]["StringNotEquals"]["aws:SourceVpce"] == [
        stack.ref("aws_vpc_endpoint", "s3_endpoints/interface"),
        stack.ref("aws_vpc_endpoint", "s3_endpoints/gateway"),
    ]
    assert lock["Condition"]["ArnNotLike"]["aws:PrincipalArn"] == ["arn:aws-cn:iam::123456789012:role/Admin"]
