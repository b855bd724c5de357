"""VPC flow logs to CloudWatch Logs, in the VPC's own region."""

from __future__ import annotations

import json

from cdktf_cdktf_provider_aws.cloudwatch_log_group import CloudwatchLogGroup
from cdktf_cdktf_provider_aws.flow_log import FlowLog
from cdktf_cdktf_provider_aws.iam_role import IamRole
from cdktf_cdktf_provider_aws.iam_role_policy import IamRolePolicy
from cdktf_cdktf_provider_aws.provider import AwsProvider
from constructs import Construct

from modules.network import Network
from modules.partitions import Partition


class FlowLogRole(Construct):
    """The role VPC Flow Logs assumes to write to the deployment's log groups, and nothing else."""

    def __init__(self, scope: Construct, id_: str, *, provider: AwsProvider, partition: Partition, name: str) -> None:
        super().__init__(scope, id_)
        self.role = IamRole(
            self,
            "Default",
            provider=provider,
            name=name,
            description="VPC flow logs: deliver to the deployment's CloudWatch Logs groups",
            assume_role_policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {"Effect": "Allow", "Principal": {"Service": partition.service_principal("vpc-flow-logs")}, "Action": "sts:AssumeRole"}
                    ],
                }
            ),
        )
        self._provider = provider
        self._log_group_arns: list[str] = []

    @property
    def arn(self) -> str:
        return self.role.arn

    def allow(self, log_group_arn: str) -> None:
        self._log_group_arns.append(log_group_arn)

    def finish(self) -> None:
        """Attach the policy once every log group is known."""
        IamRolePolicy(
            self,
            "policy",
            provider=self._provider,
            name="deliver-flow-logs",
            role=self.role.id,
            policy=json.dumps(
                {
                    "Version": "2012-10-17",
                    "Statement": [
                        {
                            "Sid": "DeliverFlowLogs",
                            "Effect": "Allow",
                            "Action": ["logs:CreateLogStream", "logs:PutLogEvents", "logs:DescribeLogStreams"],
                            "Resource": [f"{arn}:*" for arn in self._log_group_arns],
                        }
                    ],
                }
            ),
        )


class FlowLogs(Construct):
    """All traffic of one VPC, aggregated per minute, to a log group kept ``retention_days``."""

    def __init__(self, scope: Construct, id_: str, *, network: Network, role: FlowLogRole, retention_days: int, name: str) -> None:
        super().__init__(scope, id_)
        provider = network.provider
        self.log_group = CloudwatchLogGroup(self, "log_group", provider=provider, name=f"/vpc-flow-logs/{name}", retention_in_days=retention_days)
        role.allow(self.log_group.arn)
        FlowLog(
            self,
            "Default",
            provider=provider,
            vpc_id=network.vpc.id,
            traffic_type="ALL",
            log_destination_type="cloud-watch-logs",
            log_destination=self.log_group.arn,
            iam_role_arn=role.arn,
            max_aggregation_interval=60,
            tags={"Name": name},
        )
