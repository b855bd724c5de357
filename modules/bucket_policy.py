"""The data bucket's policy: TLS 1.2 or newer only, and optionally only through this deployment's endpoints."""

from __future__ import annotations

import json
from typing import Any

from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.s3_bucket_policy import S3BucketPolicy
from constructs import Construct

from modules.bucket import Bucket, secure_transport_statements
from modules.settings import BucketSettings


class BucketPolicy(Construct):
    """Denies requests without TLS or with TLS older than 1.2. With ``endpoint_only``, also denies every
    request that arrives through none of ``endpoint_ids``, unless it comes from an exempt principal:
    without exemptions such a policy locks out the console, the deployer and Terraform itself, so the
    settings refuse ``endpoint_only`` with an empty exemption list."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        bucket: Bucket,
        settings: BucketSettings,
        endpoint_ids: list[str],
        provider: AwsProvider,
    ) -> None:
        super().__init__(scope, id_)
        statements: list[dict[str, Any]] = secure_transport_statements(bucket.arn)
        if settings.endpoint_only:
            if not settings.exempt_principal_arns:
                raise ValueError("endpoint_only needs at least one exempt principal ARN; see BucketSettings.exempt_principal_arns")
            statements.append(
                {
                    "Sid": "DenyOutsideTheEndpoints",
                    "Effect": "Deny",
                    "Principal": "*",
                    "Action": "s3:*",
                    "Resource": [bucket.arn, bucket.objects_arn],
                    "Condition": {
                        "StringNotEquals": {"aws:SourceVpce": endpoint_ids},
                        "ArnNotLike": {"aws:PrincipalArn": list(settings.exempt_principal_arns)},
                    },
                }
            )
        self.document = {"Version": "2012-10-17", "Statement": statements}
        S3BucketPolicy(self, "Default", provider=provider, bucket=bucket.bucket.id, policy=json.dumps(self.document))
