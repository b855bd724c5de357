"""The IAM role and instance profile of the verification hosts."""

from __future__ import annotations

import json
from typing import Any

from cdktf_cdktf_provider_aws.iam_instance_profile import IamInstanceProfile
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.provider import AwsProvider
from constructs import Construct

from modules.bucket import Bucket
from modules.partitions import Partition

SESSION_MANAGER_ACTIONS = [
    "ssm:UpdateInstanceInformation",
    "ssmmessages:CreateControlChannel",
    "ssmmessages:CreateDataChannel",
    "ssmmessages:OpenControlChannel",
    "ssmmessages:OpenDataChannel",
    "ec2messages:AcknowledgeMessage",
    "ec2messages:DeleteMessage",
    "ec2messages:FailMessage",
    "ec2messages:GetEndpoint",
    "ec2messages:GetMessages",
    "ec2messages:SendReply",
]
"""What the SSM agent needs for Session Manager, written out instead of attaching the
AmazonSSMManagedInstanceCore managed policy, which grants more (parameters, inventory, patching)."""


class HostRole(Construct):
    """A role EC2 can assume (trust written with the partition's principals), allowed to list the bucket
    and read, write and delete its objects, and nothing else in S3; optionally the Session Manager agent's
    actions. IAM is global: the role is created once, through ``provider``, and used in every region."""

    def __init__(self, scope: Construct, id_: str, *, provider: AwsProvider, partition: Partition, bucket: Bucket, session_manager: bool, name: str) -> None:
        super().__init__(scope, id_)
        trust: dict[str, Any] = {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": {"Service": partition.service_principal("ec2")},
                    "Action": "sts:AssumeRole",
                }
            ],
        }
        self.role = IamRole(
            self,
            "Default",
            provider=provider,
            name=name,
            description="Verification hosts: read and write the private-access bucket",
            assume_role_policy=json.dumps(trust),
        )
        statements: list[dict[str, Any]] = [
            {"Sid": "ListBucket", "Effect": "Allow", "Action": ["s3:ListBucket"], "Resource": [bucket.arn]},
            {
                "Sid": "ReadWriteObjects",
                "Effect": "Allow",
                "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
                "Resource": [bucket.objects_arn],
            },
        ]
        if session_manager:
            # These actions have no resource-level permissions: "*" is the only valid resource.
            statements.append({"Sid": "SessionManager", "Effect": "Allow", "Action": SESSION_MANAGER_ACTIONS, "Resource": "*"})
        IamRolePolicy(
            self,
            "policy",
            provider=provider,
            name="bucket-access",
            role=self.role.id,
            policy=json.dumps({"Version": "2012-10-17", "Statement": statements}),
        )
        self.instance_profile = IamInstanceProfile(self, "instance_profile", provider=provider, name=name, role=self.role.name)
