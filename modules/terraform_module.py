"""The deployment as a reusable Terraform module, built by the same constructs as the app.

Terraform-native teams call it from their own code with two provider configurations (``aws.requester``
for the consumer VPC's region, ``aws.accepter`` for the bucket's region). The shape is the blog post's:
one consumer VPC peered with one endpoint VPC, the bucket, the S3 interface and gateway endpoints,
endpoint-names DNS, flow logs; no verification hosts. Values are Terraform variables, checked by
``validation`` blocks where Terraform can check them; structure (two AZs, DNS mode) is fixed.

The constructs receive variable references where the app passes literal settings: a reference is a
string to them, and every value they compute from one (subnet ranges, service names, ARNs) becomes a
Terraform expression.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from ipaddress import IPv4Network
from typing import Any, cast

from cdktf import TerraformStack, TerraformVariable, TerraformVariableValidationConfig
from cdktf_cdktf_provider_aws.data_aws_region import DataAwsRegion
from cdktf_cdktf_provider_aws.provider import AwsProvider
from constructs import Construct, Node

from modules.bucket import Bucket
from modules.partitions import Partition, partition_of
from modules.settings import (
    MAX_AZS,
    NAME_RE,
    RFC1918,
    VPC_PREFIX_RANGE,
    BUCKET_RE,
    BUCKET_RESERVED_PREFIXES,
    BUCKET_RESERVED_SUFFIXES,
    DEFAULTS,
    BucketSettings,
    FlowLogSettings,
    HostSettings,
    Settings,
    VpcSettings,
)
from modules.stack import PROVIDER_SOURCE, PrivateS3Stack

SEED_ENDPOINT = DEFAULTS["endpoint_vpc"]
SEED_CONSUMER = DEFAULTS["consumer_vpcs"][0]
"""The module's defaults are the blog post's: Beijing consumers, a Ningxia bucket."""
MODULE_TERRAFORM = ">= 1.9.0, < 2.0.0"
"""1.9: validation conditions may refer to other variables (the CIDR overlap check)."""
MODULE_PROVIDER = ">= 5.100.0, < 6.0.0"
"""The caller pins the exact provider; the module states the range it is written for."""
ROLES = ("requester", "accepter")
AZ_COUNT = 2
FLOW_LOG_RETENTION_DAYS = (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)
"""The values CloudWatch Logs accepts for ``retention_in_days`` (0, never expire, is refused)."""
BUCKET_NAME_MAX = 63 - len("-access-logs")
"""The access-log bucket is named ``<bucket_name>-access-logs``."""


def _hcl_list(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(f'"{item}"' for item in items) + "]"


def _ip_number(cidr: str) -> str:
    """A Terraform expression: the network address of ``cidr`` as a number."""
    return f'sum([for index, octet in split(".", cidrhost({cidr}, 0)) : tonumber(octet) * pow(256, 3 - index)])'


def _prefix(cidr: str) -> str:
    return f'tonumber(split("/", {cidr})[1])'


def _same_block(a: str, b: str, prefix: str) -> str:
    """Whether the network addresses of ``a`` and ``b`` agree on the first ``prefix`` bits."""
    return f"floor({_ip_number(a)} / pow(2, 32 - {prefix})) == floor({_ip_number(b)} / pow(2, 32 - {prefix}))"


def _within(inner: str, outer: IPv4Network) -> str:
    """Whether network ``inner`` (an expression) lies inside the literal network ``outer``."""
    block = int(outer.network_address) >> (32 - outer.prefixlen)
    return f"({_prefix(inner)} >= {outer.prefixlen} && floor({_ip_number(inner)} / pow(2, {32 - outer.prefixlen})) == {block})"


def _overlap(a: str, b: str) -> str:
    return _same_block(a, b, f"min({_prefix(a)}, {_prefix(b)})")


def _china() -> Partition:
    partition = partition_of(SEED_ENDPOINT["region"])
    assert partition is not None
    return partition


@dataclass(frozen=True, kw_only=True)
class ModuleSettings(Settings):
    """Settings whose values are Terraform references; the partition is fixed (China)."""

    module_partition: Partition = field(default_factory=lambda: _china())

    @property
    def partition(self) -> Partition:
        return self.module_partition

    @property
    def regions(self) -> list[str]:
        return [self.endpoint_vpc.region, *(vpc.region for vpc in self.consumer_vpcs)]


class PrivateS3Module(PrivateS3Stack):
    """The Terraform module: variables in, providers passed in, outputs out; no backend, no provider block."""

    def __init__(self, scope: Construct, id_: str) -> None:
        self._addresses: dict[str, str] = {}
        # Variables need a stack to live in before the settings can refer to them.
        TerraformStack.__init__(self, scope, id_)
        self.variables: dict[str, TerraformVariable] = {}
        settings = self._variables()
        self._build(settings, settings.endpoint_part)
        self._check_provider_regions()

    def _variable(self, name: str, *, type_: str, description: str, default: Any = None, rules: list[tuple[str, str]] = (), **extra: Any) -> str:
        variable = TerraformVariable(
            self,
            f"variable_{name}",
            type=type_,
            description=description,
            default=default,
            nullable=False,
            validation=[TerraformVariableValidationConfig(condition=f"${{{condition}}}", error_message=message) for condition, message in rules] or None,
            **extra,
        )
        variable.override_logical_id(name)  # outputs may share a variable's name (bucket_name)
        self.variables[name] = variable
        return f"var.{name}"

    def _number(self, reference: str) -> int:
        """A number variable's value where a construct expects a number."""
        return cast(int, self.variables[reference.removeprefix("var.")].number_value)

    def _variables(self) -> Settings:
        regions = sorted(_china().regions)
        region_list = "[" + ", ".join(f'"{region}"' for region in regions) + "]"
        name = self._variable(
            "name",
            type_="string",
            default="private-s3",
            description="Prefix of every name and Name tag: 2-32 lowercase letters, digits and hyphens, starting with a letter.",
            rules=[(f'can(regex("{NAME_RE.pattern}", var.name))', "name must be 2-32 lowercase letters, digits and hyphens, starting with a letter, e.g. \"private-s3\".")],
        )
        region_rule = f"contains({region_list}, %s)"
        requester_region = self._variable(
            "requester_region",
            type_="string",
            default=SEED_CONSUMER["region"],
            description="Region of the consumer VPC; the aws.requester provider must be configured for it.",
            rules=[(region_rule % "var.requester_region", f"requester_region must be a China region: {', '.join(regions)}.")],
        )
        accepter_region = self._variable(
            "accepter_region",
            type_="string",
            default=SEED_ENDPOINT["region"],
            description="Region of the bucket and its endpoints; the aws.accepter provider must be configured for it.",
            rules=[
                (region_rule % "var.accepter_region", f"accepter_region must be a China region: {', '.join(regions)}."),
                (
                    "var.accepter_region != var.requester_region",
                    "accepter_region must differ from requester_region: the module peers across regions (Beijing and Ningxia).",
                ),
            ],
        )
        low, high = VPC_PREFIX_RANGE
        newbits = self._variable(
            "subnet_newbits",
            type_="number",
            default=4,
            description=f"Bits added to each VPC's prefix for its subnets (4: a /16 VPC gets /20 subnets); {AZ_COUNT} public and {AZ_COUNT} private per VPC.",
            rules=[("var.subnet_newbits >= 2 && var.subnet_newbits <= 12 && floor(var.subnet_newbits) == var.subnet_newbits", "subnet_newbits must be a whole number from 2 to 12.")],
        )

        def cidr_rules(variable: str) -> list[tuple[str, str]]:
            ref = f"var.{variable}"
            return [
                (f"can(cidrhost({ref}, 0)) && cidrsubnet({ref}, 0, 0) == {ref}", f"{variable} must be an IPv4 network in CIDR notation with no host bits set, e.g. \"10.10.0.0/16\"."),
                (
                    f"!can(cidrhost({ref}, 0)) || ({_prefix(ref)} >= {low} && {_prefix(ref)} <= {high} && {_prefix(ref)} + var.subnet_newbits <= {high})",
                    f"{variable} must be a /{low} to /{high} network that still has room for subnets of /{high} or larger after subnet_newbits.",
                ),
                (f"!can(cidrhost({ref}, 0)) || {' || '.join(_within(ref, network) for network in RFC1918)}", f"{variable} must be a private (RFC 1918) range: inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16."),
            ]

        requester_cidr = self._variable(
            "requester_vpc_cidr",
            type_="string",
            default=SEED_CONSUMER["cidr"],
            description="Address range of the consumer VPC (requester side of the peering).",
            rules=cidr_rules("requester_vpc_cidr"),
        )
        accepter_cidr = self._variable(
            "accepter_vpc_cidr",
            type_="string",
            default=SEED_ENDPOINT["cidr"],
            description="Address range of the endpoint VPC (accepter side), which holds the S3 endpoints.",
            rules=[
                *cidr_rules("accepter_vpc_cidr"),
                (
                    f"!can(cidrhost(var.accepter_vpc_cidr, 0)) || !can(cidrhost(var.requester_vpc_cidr, 0)) || !({_overlap('var.accepter_vpc_cidr', 'var.requester_vpc_cidr')})",
                    "accepter_vpc_cidr must not overlap requester_vpc_cidr: peered VPCs need distinct address ranges.",
                ),
            ],
        )
        reserved = (
            f"alltrue([for prefix in {_hcl_list(BUCKET_RESERVED_PREFIXES)} : !startswith(var.bucket_name, prefix)]) && "
            f"alltrue([for suffix in {_hcl_list(BUCKET_RESERVED_SUFFIXES)} : !endswith(var.bucket_name, suffix)])"
        )
        bucket_name = self._variable(
            "bucket_name",
            type_="string",
            description=f"Name of the bucket to create (unique in the partition): 3-{BUCKET_NAME_MAX} lowercase letters, digits and hyphens; no dots, which break HTTPS through the endpoint. Its access logs go to <bucket_name>-access-logs.",
            rules=[
                (
                    f'length(var.bucket_name) >= 3 && length(var.bucket_name) <= {BUCKET_NAME_MAX} && can(regex("{BUCKET_RE.pattern}", var.bucket_name))',
                    f"bucket_name must be 3-{BUCKET_NAME_MAX} lowercase letters, digits and hyphens, starting and ending with a letter or digit (no dots: they break HTTPS through the endpoint).",
                ),
                (
                    reserved,
                    f"bucket_name must not start with {', '.join(BUCKET_RESERVED_PREFIXES)} or end with {', '.join(BUCKET_RESERVED_SUFFIXES)} (reserved by S3).",
                ),
            ],
        )
        flow_retention = self._variable(
            "flow_log_retention_days",
            type_="number",
            default=365,
            description="Days CloudWatch Logs keeps each VPC's flow logs.",
            rules=[(f"contains({list(FLOW_LOG_RETENTION_DAYS)}, var.flow_log_retention_days)", f"flow_log_retention_days must be one of {', '.join(map(str, FLOW_LOG_RETENTION_DAYS))}.")],
        )
        access_log_retention = self._variable(
            "access_log_retention_days",
            type_="number",
            default=365,
            description="Days the bucket's server access logs are kept.",
            rules=[("var.access_log_retention_days >= 1 && floor(var.access_log_retention_days) == var.access_log_retention_days", "access_log_retention_days must be a whole number of days, at least 1.")],
        )
        self._variable(
            "force_destroy",
            type_="bool",
            default=False,
            description="Let terraform destroy delete the buckets with every object in them. Off: a bucket that holds objects is never deleted.",
        )

        def vpc(role: str, region: str, cidr: str) -> VpcSettings:
            blocks = [f"${{cidrsubnet({cidr}, {newbits}, {index})}}" for index in range(2 * AZ_COUNT)]
            return VpcSettings(
                name=role,
                region=f"${{{region}}}",
                cidr=cast(Any, f"${{{cidr}}}"),
                az_count=AZ_COUNT,
                public_subnets=cast(Any, tuple(blocks[0::2])),
                private_subnets=cast(Any, tuple(blocks[1::2])),
            )

        assert AZ_COUNT <= MAX_AZS
        return ModuleSettings(
            name=f"${{{name}}}",
            endpoint_vpc=vpc("accepter", accepter_region, accepter_cidr),
            consumer_vpcs=(vpc("requester", requester_region, requester_cidr),),
            bucket=BucketSettings(name=f"${{{bucket_name}}}", prevent_destroy=False, access_log_retention_days=self._number(access_log_retention)),
            hosts=HostSettings(enabled=False),
            flow_logs=FlowLogSettings(retention_days=self._number(flow_retention)),
        )

    def _allocate_logical_id(self, tf_element: Any) -> str:
        """Readable addresses (``aws_vpc.requester_vpc``): the construct path below the stack, without cdktf's
        hash. Callers see them in their plans, under ``module.<name>``, and in ``moved`` blocks."""
        node = tf_element if isinstance(tf_element, Node) else tf_element.node
        name = "_".join(part for part in node.path.split("/")[1:] if part != "Default").replace("-", "_")
        claimed = self._addresses.setdefault(name, node.path)
        if claimed != node.path:
            raise ValueError(f"construct paths {claimed} and {node.path} would share the name {name}")
        return name

    def _configure_terraform(self) -> None:
        self.add_override("terraform.backend", None)  # the caller's backend holds the module's state
        self.add_override("terraform.required_version", MODULE_TERRAFORM)
        self.add_override("terraform.required_providers.aws.source", PROVIDER_SOURCE)
        self.add_override("terraform.required_providers.aws.version", MODULE_PROVIDER)
        self.add_override("terraform.required_providers.aws.configuration_aliases", [f"aws.{role}" for role in ROLES])

    def _make_providers(self) -> dict[str, AwsProvider]:
        """References to the caller's providers: declared for cdktf, removed from the module's output."""
        settings = self.settings
        providers = {
            settings.consumer_vpcs[0].region: AwsProvider(self, "aws_requester", alias="requester"),
            settings.endpoint_vpc.region: AwsProvider(self, "aws_accepter", alias="accepter"),
        }
        self.add_override("provider", None)
        return providers

    def _bucket(self, provider: AwsProvider) -> Bucket:
        settings = self.settings
        return Bucket(
            self,
            "bucket",
            settings=settings.bucket,
            provider=provider,
            partition=settings.partition,
            name_prefix=settings.name,
            force_destroy=cast(Any, self.variables["force_destroy"].boolean_value),
        )

    def _check_provider_regions(self) -> None:
        """Each provider passed in must be configured for the region its variable names."""
        for network in (*self.consumer_networks, self.endpoint_network):
            role = network.settings.name
            region = DataAwsRegion(self, f"{role}_region", provider=network.provider)
            network.vpc.add_override(
                "lifecycle.precondition",
                [
                    {
                        "condition": f"${{{region.fqn}.name == var.{role}_region}}",
                        "error_message": f"The aws.{role} provider is configured for another region than {role}_region: pass the provider for {role}_region as aws.{role}.",
                    }
                ],
            )
