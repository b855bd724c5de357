"""The one place that knows how AWS partitions differ.

Every region name, ARN prefix, DNS suffix, endpoint service name and service principal the stack
writes is derived here, so the same constructs synthesize a correct stack in ``aws-cn`` and in
``aws``. Nothing here is looked up at apply time: the provider's ``aws_vpc_endpoint_service`` data
source builds ``com.amazonaws.<region>.s3`` and is wrong for S3 interface endpoints in China
(hashicorp/terraform-provider-aws#17640).
"""

from __future__ import annotations

from dataclasses import dataclass

GLOBAL_PRINCIPAL_SUFFIX = "amazonaws.com"
"""Service principals are ``<service>.amazonaws.com`` in every partition."""


@dataclass(frozen=True, kw_only=True)
class Partition:
    """Facts about one AWS partition."""

    id: str
    """Partition name used in ARNs, e.g. ``aws-cn``."""
    dns_suffix: str
    """Suffix of service host names, e.g. ``amazonaws.com.cn``."""
    regions: frozenset[str]
    """Regions this project accepts in the partition."""
    interface_endpoint_prefixes: dict[str, str]
    """Interface-endpoint service name prefixes that differ from ``com.amazonaws``, by service.

    In China, S3 interface endpoints are ``cn.com.amazonaws.<region>.s3`` while gateway endpoints
    stay ``com.amazonaws.<region>.s3`` (AWS CDK ``aws-ec2/lib/vpc-endpoint.ts`` exception table;
    docs.amazonaws.cn PrivateLink service list). SSM, SSM messages and EC2 messages use the
    default prefix in both China regions.
    """
    dual_principal_services: frozenset[str] = frozenset()
    """Services whose principal is written under both suffixes. IAM in ``aws-cn`` accepts
    ``ec2.amazonaws.com`` while the China console and some services use ``ec2.amazonaws.com.cn``;
    trusting both is the safe choice for EC2 (aws/aws-cdk#24709). Every other service principal is
    ``<service>.amazonaws.com`` in both partitions."""

    resolver_inbound_confirmed: bool = True
    """Whether Route 53 Resolver inbound endpoints are confirmed available in the partition's regions."""

    def arn(self, service: str, resource: str, *, region: str = "", account: str = "") -> str:
        """An ARN in this partition: ``arn:<partition>:<service>:<region>:<account>:<resource>``."""
        return f"arn:{self.id}:{service}:{region}:{account}:{resource}"

    def service_principals(self, service: str) -> list[str]:
        """Every principal name a policy should name for ``service`` (e.g. ``ec2``)."""
        principals = [f"{service}.{GLOBAL_PRINCIPAL_SUFFIX}"]
        if service in self.dual_principal_services:
            principals.append(f"{service}.{self.dns_suffix}")
        return principals

    def service_principal(self, service: str) -> str | list[str]:
        """A policy's ``Principal.Service`` value: one name as a plain string, several as a list."""
        principals = self.service_principals(service)
        return principals[0] if len(principals) == 1 else principals

    def interface_endpoint_service(self, region: str, service: str) -> str:
        """Service name of an *interface* (PrivateLink) endpoint for ``service`` in ``region``."""
        prefix = self.interface_endpoint_prefixes.get(service, "com.amazonaws")
        return f"{prefix}.{region}.{service}"

    def gateway_endpoint_service(self, region: str, service: str) -> str:
        """Service name of a *gateway* endpoint (S3, DynamoDB) in ``region``."""
        return f"com.amazonaws.{region}.{service}"

    def service_url(self, region: str, service: str) -> str:
        """The regional HTTPS endpoint of ``service``, e.g. ``https://sts.cn-north-1.amazonaws.com.cn``."""
        return f"https://{self.service_host(region, service)}"

    def service_host(self, region: str, service: str) -> str:
        """The standard regional host name of ``service``, e.g. ``s3.cn-northwest-1.amazonaws.com.cn``."""
        return f"{service}.{region}.{self.dns_suffix}"


PARTITIONS: tuple[Partition, ...] = (
    Partition(
        id="aws-cn",
        dns_suffix="amazonaws.com.cn",
        regions=frozenset({"cn-north-1", "cn-northwest-1"}),
        interface_endpoint_prefixes={"s3": "cn.com.amazonaws"},
        dual_principal_services=frozenset({"ec2"}),
        # The Resolver API exists in both China regions; no dated source confirms inbound endpoints there.
        resolver_inbound_confirmed=False,
    ),
    Partition(
        id="aws",
        dns_suffix="amazonaws.com",
        regions=frozenset(
            {
                "af-south-1",
                "ap-east-1",
                "ap-east-2",
                "ap-northeast-1",
                "ap-northeast-2",
                "ap-northeast-3",
                "ap-south-1",
                "ap-south-2",
                "ap-southeast-1",
                "ap-southeast-2",
                "ap-southeast-3",
                "ap-southeast-4",
                "ap-southeast-5",
                "ap-southeast-7",
                "ca-central-1",
                "ca-west-1",
                "eu-central-1",
                "eu-central-2",
                "eu-north-1",
                "eu-south-1",
                "eu-south-2",
                "eu-west-1",
                "eu-west-2",
                "eu-west-3",
                "il-central-1",
                "me-central-1",
                "me-south-1",
                "mx-central-1",
                "sa-east-1",
                "us-east-1",
                "us-east-2",
                "us-west-1",
                "us-west-2",
            }
        ),
        interface_endpoint_prefixes={},
    ),
)


def partition_of(region: str) -> Partition | None:
    """The partition a region belongs to, or ``None`` for a region this project does not know."""
    return next((p for p in PARTITIONS if region in p.regions), None)


def known_regions() -> list[str]:
    """Every region accepted, sorted, for error messages."""
    return sorted(r for p in PARTITIONS for r in p.regions)
