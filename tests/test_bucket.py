"""modules/bucket.py: a private bucket that survives an accidental destroy unless deliberately released."""

from __future__ import annotations

from tests.terraform_json import Stack


def test_bucket_is_in_the_endpoint_region_with_public_access_blocked(example: Stack) -> None:
    bucket = example.one("aws_s3_bucket", "bucket/bucket")
    assert bucket["provider"] == example.provider_alias(example.settings.endpoint_vpc.region)
    assert bucket["bucket_prefix"] == f"{example.settings.name}-"
    block = example.one("aws_s3_bucket_public_access_block", "bucket/public_access_block")
    assert block["bucket"] == example.ref("aws_s3_bucket", "bucket/bucket")
    for flag in ("block_public_acls", "block_public_policy", "ignore_public_acls", "restrict_public_buckets"):
        assert block[flag] is True


def test_bucket_survives_an_accidental_destroy_by_default(example: Stack) -> None:
    bucket = example.one("aws_s3_bucket", "bucket/bucket")
    assert bucket["lifecycle"] == {"prevent_destroy": True}
    assert bucket["force_destroy"] is False


def test_released_bucket_can_be_destroyed_with_its_objects(variant) -> None:  # type: ignore[no-untyped-def]
    stack = variant("named-bucket")
    bucket = stack.one("aws_s3_bucket", "bucket/bucket")
    assert bucket["bucket"] == "team-data-archive"
    assert "bucket_prefix" not in bucket
    assert bucket["lifecycle"] == {"prevent_destroy": False}
    assert bucket["force_destroy"] is True
