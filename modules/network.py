"""A VPC with one public and one private subnet per availability zone."""

from __future__ import annotations

from cdktf import Fn, Precondition, TerraformResourceLifecycle
from cdktf_cdktf_provider_aws.data_aws_availability_zones import (
    DataAwsAvailabilityZones,
    DataAwsAvailabilityZonesFilter,
)
from cdktf_cdktf_provider_aws.default_security_group import DefaultSecurityGroup
from cdktf_cdktf_provider_aws.internet_gateway import InternetGateway
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.route import Route
from cdktf_cdktf_provider_aws.route_table import RouteTable
from cdktf_cdktf_provider_aws.route_table_association import RouteTableAssociation
from cdktf_cdktf_provider_aws.subnet import Subnet
from cdktf_cdktf_provider_aws.vpc import Vpc
from constructs import Construct

from modules.settings import VpcSettings


class Network(Construct):
    """A VPC in one region: DNS support and host names on (interface endpoints need both), its default
    security group emptied, an internet gateway with one public route table, and one private route
    table per AZ. No subnet maps a public address on launch.

    Availability zones are the first ``az_count`` zones the region reports as available, excluding
    opt-in zones (Local Zones), so no zone name is hard-coded. Every route table id is known at synth
    time, so callers can add routes to each of them without data-source fan-out.
    """

    def __init__(self, scope: Construct, id_: str, *, settings: VpcSettings, provider: AwsProvider, name_prefix: str) -> None:
        super().__init__(scope, id_)
        self.settings = settings
        self.provider = provider
        tag = f"{name_prefix}-{settings.name}"

        zones = DataAwsAvailabilityZones(
            self,
            "zones",
            provider=provider,
            state="available",
            filter=[DataAwsAvailabilityZonesFilter(name="opt-in-status", values=["opt-in-not-required"])],
        )
        # A zone is chosen when its subnets are created and never changes afterwards: a zone AWS adds to
        # the region later cannot move an existing subnet.
        enough_zones = TerraformResourceLifecycle(
            ignore_changes=["availability_zone"],
            precondition=[
                Precondition(
                    condition=f"${{length({zones.fqn}.names) >= {settings.az_count}}}",
                    error_message=f"{settings.region} has fewer than {settings.az_count} available zones (az_count of VPC {settings.name}).",
                )
            ]
        )

        self.vpc = Vpc(
            self,
            "vpc",
            provider=provider,
            cidr_block=str(settings.cidr),
            enable_dns_support=True,
            enable_dns_hostnames=True,
            tags={"Name": tag},
        )
        # Adopting the default security group removes its rules: nothing can use it by accident.
        DefaultSecurityGroup(self, "default_security_group", provider=provider, vpc_id=self.vpc.id, tags={"Name": f"{tag}-default-unused"})
        self.internet_gateway = InternetGateway(self, "internet_gateway", provider=provider, vpc_id=self.vpc.id, tags={"Name": tag})

        self.public_route_table = RouteTable(self, "public", provider=provider, vpc_id=self.vpc.id, tags={"Name": f"{tag}-public"})
        Route(
            self,
            "public_default",
            provider=provider,
            route_table_id=self.public_route_table.id,
            destination_cidr_block="0.0.0.0/0",
            gateway_id=self.internet_gateway.id,
        )

        self.availability_zones: list[str] = []
        self.public_subnets: list[Subnet] = []
        self.private_subnets: list[Subnet] = []
        self.private_route_tables: list[RouteTable] = []
        for index, (public_cidr, private_cidr) in enumerate(zip(settings.public_subnets, settings.private_subnets, strict=True)):
            zone = Fn.element(zones.names, index)
            self.availability_zones.append(zone)
            public = self._subnet("public", index, str(public_cidr), zone, tag, enough_zones)
            RouteTableAssociation(self, f"public_{index}_routes", provider=provider, subnet_id=public.id, route_table_id=self.public_route_table.id)
            private = self._subnet("private", index, str(private_cidr), zone, tag, enough_zones)
            route_table = RouteTable(self, f"private_{index}_route_table", provider=provider, vpc_id=self.vpc.id, tags={"Name": f"{tag}-private-{index}"})
            RouteTableAssociation(self, f"private_{index}_routes", provider=provider, subnet_id=private.id, route_table_id=route_table.id)
            self.public_subnets.append(public)
            self.private_subnets.append(private)
            self.private_route_tables.append(route_table)

    def _subnet(self, tier: str, index: int, cidr: str, zone: str, tag: str, lifecycle: TerraformResourceLifecycle) -> Subnet:
        return Subnet(
            self,
            f"{tier}_{index}",
            provider=self.provider,
            vpc_id=self.vpc.id,
            cidr_block=cidr,
            availability_zone=zone,
            map_public_ip_on_launch=False,
            tags={"Name": f"{tag}-{tier}-{index}", "Tier": tier},
            lifecycle=lifecycle,
        )

    @property
    def route_tables(self) -> list[RouteTable]:
        """Every route table of the VPC: the public one first, then one private table per AZ."""
        return [self.public_route_table, *self.private_route_tables]

    @property
    def cidr(self) -> str:
        return str(self.settings.cidr)

    @property
    def vpc_id(self) -> str:
        return self.vpc.id

    @property
    def route_table_ids(self) -> list[str]:
        return [table.id for table in self.route_tables]


class ExistingNetwork(Construct):
    """An existing ("brownfield") consumer VPC, given by id with its route tables: this deployment peers it
    and adds routes to its tables, and creates nothing else in it (no subnets, hosts or flow logs)."""

    def __init__(self, scope: Construct, id_: str, *, settings: VpcSettings, provider: AwsProvider) -> None:
        super().__init__(scope, id_)
        assert settings.vpc_id is not None, "validated: an existing VPC has an id"
        self.settings = settings
        self.provider = provider
        self.vpc_id: str = settings.vpc_id
        self.route_table_ids: list[str] = list(settings.route_table_ids)

    @property
    def cidr(self) -> str:
        return str(self.settings.cidr)
