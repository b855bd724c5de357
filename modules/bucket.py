"""The S3 bucket that consumers reach privately, and the bucket that keeps its access logs."""

from __future__ import annotations

import json

from cdktf import TerraformResourceLifecycle
from cdktf_cdktf_provider_aws.kms_alias import KmsAlias
from cdktf_cdktf_provider_aws.kms_key import KmsKey
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_lifecycle_configuration import (
    S3BucketLifecycleConfiguration,
    S3BucketLifecycleConfigurationRule,
    S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload,
    S3BucketLifecycleConfigurationRuleExpiration,
    S3BucketLifecycleConfigurationRuleFilter,
    S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration,
)
from cdktf_cdktf_provider_aws.s3_bucket_logging import S3BucketLoggingA
from cdktf_cdktf_provider_aws.s3_bucket_ownership_controls import S3BucketOwnershipControls, S3BucketOwnershipControlsRule
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock
from cdktf_cdktf_provider_aws.s3_bucket_server_side_encryption_configuration import (
    S3BucketServerSideEncryptionConfigurationA,
    S3BucketServerSideEncryptionConfigurationRuleA,
    S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA,
)
from cdktf_cdktf_provider_aws.s3_bucket_versioning import S3BucketVersioningA, S3BucketVersioningVersioningConfiguration
from constructs import Construct

from modules.partitions import Partition
from modules.settings import BucketEncryption, BucketSettings

ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS = 7
NONCURRENT_VERSIONS_EXPIRE_AFTER_DAYS = 90
ACCESS_LOG_PREFIX = "s3-access/"


def secure_transport_statements(bucket_arn: str) -> list[dict[str, object]]:
    """Deny requests without TLS, and with TLS older than 1.2, to a bucket and its objects."""
    resources = [bucket_arn, f"{bucket_arn}/*"]
    return [
        {
            "Sid": "DenyInsecureTransport",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": resources,
            "Condition": {"Bool": {"aws:SecureTransport": "false"}},
        },
        {
            "Sid": "DenyOutdatedTls",
            "Effect": "Deny",
            "Principal": "*",
            "Action": "s3:*",
            "Resource": resources,
            "Condition": {"NumericLessThan": {"s3:TlsVersion": "1.2"}},
        },
    ]


class _HardenedBucket(Construct):
    """A bucket with public access blocked, ACLs disabled, default encryption, versioning, and a lifecycle
    that aborts incomplete multipart uploads and expires old object versions."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        provider: AwsProvider,
        partition: Partition,
        settings: BucketSettings,
        name: str | None,
        name_prefix: str,
        kms_key_arn: str | None,
        expire_after_days: int | str | None,
        force_destroy: bool | str,
    ) -> None:
        super().__init__(scope, id_)
        self.bucket = S3Bucket(
            self,
            "bucket",
            provider=provider,
            bucket=name,
            bucket_prefix=None if name is not None else name_prefix,
            force_destroy=force_destroy,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=settings.prevent_destroy),
        )
        bucket_id = self.bucket.id
        self.name: str = self.bucket.bucket
        self.arn = partition.arn("s3", self.name)
        """Built from the partition, so it reads ``arn:aws-cn:s3:::…`` at synth time."""
        self.objects_arn = f"{self.arn}/*"
        S3BucketPublicAccessBlock(
            self,
            "public_access_block",
            provider=provider,
            bucket=bucket_id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
        )
        S3BucketOwnershipControls(
            self,
            "ownership",
            provider=provider,
            bucket=bucket_id,
            rule=S3BucketOwnershipControlsRule(object_ownership="BucketOwnerEnforced"),
        )
        default = (
            S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(sse_algorithm="aws:kms", kms_master_key_id=kms_key_arn)
            if kms_key_arn is not None
            else S3BucketServerSideEncryptionConfigurationRuleApplyServerSideEncryptionByDefaultA(sse_algorithm="AES256")
        )
        S3BucketServerSideEncryptionConfigurationA(
            self,
            "encryption",
            provider=provider,
            bucket=bucket_id,
            rule=[
                S3BucketServerSideEncryptionConfigurationRuleA(
                    apply_server_side_encryption_by_default=default,
                    bucket_key_enabled=True if kms_key_arn is not None else None,
                )
            ],
        )
        versioning = S3BucketVersioningA(
            self,
            "versioning",
            provider=provider,
            bucket=bucket_id,
            versioning_configuration=S3BucketVersioningVersioningConfiguration(status="Enabled"),
        )
        S3BucketLifecycleConfiguration(
            self,
            "lifecycle",
            provider=provider,
            bucket=bucket_id,
            rule=[
                S3BucketLifecycleConfigurationRule(
                    id="housekeeping",
                    status="Enabled",
                    filter=[S3BucketLifecycleConfigurationRuleFilter(prefix="")],
                    abort_incomplete_multipart_upload=[
                        S3BucketLifecycleConfigurationRuleAbortIncompleteMultipartUpload(days_after_initiation=ABORT_INCOMPLETE_UPLOADS_AFTER_DAYS)
                    ],
                    noncurrent_version_expiration=[
                        S3BucketLifecycleConfigurationRuleNoncurrentVersionExpiration(noncurrent_days=NONCURRENT_VERSIONS_EXPIRE_AFTER_DAYS)
                    ],
                    expiration=[S3BucketLifecycleConfigurationRuleExpiration(days=expire_after_days)] if expire_after_days else None,
                )
            ],
            depends_on=[versioning],
        )


class Bucket(Construct):
    """The private bucket in the endpoint region, hardened, with server access logs in a separate bucket.

    With no name configured, Terraform generates a unique one from ``<deployment name>-``. By default
    both buckets survive an accidental ``terraform destroy``; ``prevent_destroy = false`` releases them.
    With ``encryption = "sse-kms"`` a customer-managed key (rotated yearly) encrypts the data bucket,
    with an S3 bucket key to keep KMS requests down. The bucket policy (TLS only, optionally endpoint
    only) is attached by :class:`modules.bucket_policy.BucketPolicy` once the endpoints exist.
    """

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        settings: BucketSettings,
        provider: AwsProvider,
        partition: Partition,
        name_prefix: str,
        force_destroy: bool | str | None = None,
    ) -> None:
        super().__init__(scope, id_)
        # Protected (the default): any plan that would destroy the bucket fails, and a non-empty bucket
        # cannot be deleted. Released: destroy removes it and everything in it. A caller may decide
        # force_destroy on its own (the Terraform module takes it as a variable).
        if force_destroy is None:
            force_destroy = not settings.prevent_destroy
        self.kms_key: KmsKey | None = None
        if settings.encryption is BucketEncryption.SSE_KMS:
            self.kms_key = KmsKey(
                self,
                "key",
                provider=provider,
                description=f"{name_prefix}: default encryption of the private-access bucket",
                enable_key_rotation=True,
                deletion_window_in_days=30,
            )
            KmsAlias(self, "key_alias", provider=provider, name=f"alias/{name_prefix}-bucket", target_key_id=self.kms_key.key_id)
        data = _HardenedBucket(
            self,
            "data",
            provider=provider,
            partition=partition,
            settings=settings,
            name=settings.name,
            name_prefix=f"{name_prefix}-",
            kms_key_arn=self.kms_key.arn if self.kms_key is not None else None,
            expire_after_days=None,
            force_destroy=force_destroy,
        )
        # Server access logs support only SSE-S3 on the target bucket.
        logs = _HardenedBucket(
            self,
            "access_logs",
            provider=provider,
            partition=partition,
            settings=settings,
            name=f"{settings.name}-access-logs" if settings.name is not None else None,
            name_prefix=f"{name_prefix}-logs-",
            kms_key_arn=None,
            expire_after_days=settings.access_log_retention_days,
            force_destroy=force_destroy,
        )
        self.bucket = data.bucket
        self.name = data.name
        self.arn = data.arn
        self.objects_arn = data.objects_arn
        self.log_bucket = logs.bucket
        # With ACLs disabled, S3's log delivery is granted through the log bucket's policy.
        delivery = S3BucketPolicy(
            self,
            "access_logs_policy",
            provider=provider,
            bucket=logs.bucket.id,
            policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "AllowServerAccessLogDelivery",
                            "Effect": "Allow",
                            "Principal": {"Service": partition.service_principal("logging.s3")},
                            "Action": "s3:PutObject",
                            "Resource": f"{logs.arn}/{ACCESS_LOG_PREFIX}*",
                            "Condition": {"ArnLike": {"aws:SourceArn": data.arn}},
                        },
                        *secure_transport_statements(logs.arn),
                    ],
                }
            ),
        )
        S3BucketLoggingA(
            self,
            "access_logging",
            provider=provider,
            bucket=data.bucket.id,
            target_bucket=logs.bucket.id,
            target_prefix=ACCESS_LOG_PREFIX,
            depends_on=[delivery],
        )
