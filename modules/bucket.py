"""The S3 bucket that consumers reach privately."""

from __future__ import annotations

from cdktf import TerraformResourceLifecycle
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket
from cdktf_cdktf_provider_aws.s3_bucket_public_access_block import S3BucketPublicAccessBlock
from constructs import Construct

from modules.partitions import Partition
from modules.settings import BucketSettings


class Bucket(Construct):
    """A private bucket in the endpoint region, with every form of public access blocked.

    With no name configured, Terraform generates a unique one from ``<deployment name>-``. By default
    the bucket survives an accidental ``terraform destroy``; ``prevent_destroy = false`` releases it.
    """

    def __init__(self, scope: Construct, id_: str, *, settings: BucketSettings, provider: AwsProvider, partition: Partition, name_prefix: str) -> None:
        super().__init__(scope, id_)
        self.bucket = S3Bucket(
            self,
            "bucket",
            provider=provider,
            bucket=settings.name,
            bucket_prefix=None if settings.name is not None else f"{name_prefix}-",
            # Protected (the default): any plan that would destroy the bucket fails, and a non-empty
            # bucket cannot be deleted. Released: destroy removes it and everything in it.
            force_destroy=not settings.prevent_destroy,
            lifecycle=TerraformResourceLifecycle(prevent_destroy=settings.prevent_destroy),
        )
        S3BucketPublicAccessBlock(
            self,
            "public_access_block",
            provider=provider,
            bucket=self.bucket.id,
            block_public_acls=True,
            block_public_policy=True,
            ignore_public_acls=True,
            restrict_public_buckets=True,
        )
        self.name: str = self.bucket.bucket
        self.arn = partition.arn("s3", self.name)
        """The bucket's ARN, built from the partition so it reads ``arn:aws-cn:s3:::…`` at synth time."""
        self.objects_arn = f"{self.arn}/*"
