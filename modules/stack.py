"""The whole deployment in one Terraform stack: consumer VPCs reach a bucket in another region privately."""

from __future__ import annotations

from collections.abc import Callable

from cdktf import (
    CloudBackend,
    LocalBackend,
    NamedCloudWorkspace,
    S3Backend,
    TaggedCloudWorkspaces,
    TerraformDataSource,
    TerraformOutput,
    TerraformStack,
)
from cdktf_cdktf_provider_aws.provider import AwsProvider, AwsProviderDefaultTags, AwsProviderEndpoints
from constructs import Construct

from modules.bucket import Bucket
from modules.bucket_policy import BucketPolicy
from modules.dns import ConsumerZone
from modules.firewall import HTTPS, SSH, Rule
from modules.flow_logs import FlowLogRole, FlowLogs
from modules.host import Host
from modules.host_role import HostRole
from modules.network import ExistingNetwork, Network
from modules.peering import Peering
from modules.resolver import InboundResolver
from modules.s3_endpoints import Client, S3Endpoints
from modules.session_manager import SessionManagerEndpoints
from modules.remote_state import SHARED_OUTPUTS, RemoteBucket, RemoteEndpoints, RemoteNetwork, remote_state
from modules.settings import BackendKind, BackendSettings, DnsMode, HostAccess, Part, Rehearsal, Settings, VpcSettings

PROVIDER_SOURCE = "hashicorp/aws"
REQUIRED_TERRAFORM = ">= 1.11.0, < 2.0.0"
"""1.11 made the S3 backend's ``use_lockfile`` generally available; every configuration is tested with 1.11."""


def provider_alias(region: str) -> str:
    """The alias of a region's provider: the region name with underscores, e.g. ``cn_north_1``."""
    return region.replace("-", "_")


REHEARSAL_SERVICES = ("ec2", "iam", "kms", "logs", "route53", "route53_resolver", "s3", "sts")
"""Every AWS API the stack's resources and data sources call."""


def _rehearsal_arguments(rehearsal: Rehearsal) -> dict[str, object]:
    """Provider arguments that send every call to a local emulator. Credentials are not written into the
    configuration: the rehearsal supplies dummy ones through the environment."""
    return {
        "endpoints": [AwsProviderEndpoints(**{service: rehearsal.endpoint for service in REHEARSAL_SERVICES})],
        "skip_credentials_validation": True,
        "skip_metadata_api_check": "true",
        "s3_use_path_style": True,
    }


class PrivateS3Stack(TerraformStack):
    """Consumers in one region reach an S3 bucket in another over inter-region VPC peering and an S3
    interface endpoint, never over the internet.

    One ``AwsProvider`` per region, aliased by region; every resource names its provider.
    """

    def __init__(self, scope: Construct, id_: str, *, settings: Settings, part: Part | None = None) -> None:
        super().__init__(scope, id_)
        self._build(settings, part or settings.endpoint_part)

    def _build(self, settings: Settings, part: Part) -> None:
        """Everything ``part`` holds: the whole deployment, or (split) its endpoint side or one consumer VPC."""
        self.settings = settings
        self.part = part
        partition = settings.partition
        prefix = settings.name
        self._configure_terraform()
        self.providers = self._make_providers()

        def network(vpc_settings: VpcSettings) -> Network:
            return Network(self, vpc_settings.name, settings=vpc_settings, provider=self.providers[vpc_settings.region], name_prefix=prefix)

        def consumer_network(vpc_settings: VpcSettings) -> Network | ExistingNetwork:
            if vpc_settings.existing:
                return ExistingNetwork(self, vpc_settings.name, settings=vpc_settings, provider=self.providers[vpc_settings.region])
            return network(vpc_settings)

        endpoint_vpc = settings.endpoint_vpc
        endpoint_provider = self.providers[endpoint_vpc.region]
        self.endpoint_state: TerraformDataSource | None = None
        if part.has_endpoint:
            self.endpoint_network: Network | RemoteNetwork = network(endpoint_vpc)
        else:
            self.endpoint_state = remote_state(
                self, "endpoint_stack", backend=settings.backend_of(settings.endpoint_part), stack=settings.endpoint_part.stack, partition=partition
            )
            self.endpoint_network = RemoteNetwork(self.endpoint_state, settings=endpoint_vpc, provider=endpoint_provider)
        self.consumer_networks = [consumer_network(vpc) for vpc in settings.consumer_vpcs if part.holds(vpc)]
        created = [n for n in [self.endpoint_network, *self.consumer_networks] if isinstance(n, Network)]
        self.peerings = {
            consumer.settings.name: Peering(
                self,
                f"peering_{consumer.settings.name}",
                requester=consumer,
                accepter=self.endpoint_network,
                name=f"{prefix}-{consumer.settings.name}-to-{endpoint_vpc.name}",
            )
            for consumer in self.consumer_networks
        }

        role_prefix = prefix if part.has_endpoint else f"{prefix}-{part.consumer}"  # IAM names are global: one role per stack
        flow_log_role = FlowLogRole(self, "flow_log_role", provider=endpoint_provider, partition=partition, name=f"{role_prefix}-flow-logs")
        for network_ in created:
            FlowLogs(
                self,
                f"flow_logs_{network_.settings.name}",
                network=network_,
                role=flow_log_role,
                retention_days=settings.flow_logs.retention_days,
                name=f"{prefix}-{network_.settings.name}",
            )
        flow_log_role.finish()

        self.zone: ConsumerZone | None = None
        self.resolver: InboundResolver | None = None
        if part.has_endpoint:
            self._add_endpoint_side(endpoint_provider)
        else:
            assert self.endpoint_state is not None
            self.bucket: Bucket | RemoteBucket = RemoteBucket(self.endpoint_state, partition=partition)
            self.s3_endpoints: S3Endpoints | RemoteEndpoints = RemoteEndpoints(self.endpoint_state)
        if settings.dns.mode is DnsMode.CONSUMER_ZONE and self.consumer_networks:
            endpoints = self.s3_endpoints
            entry = endpoints.interface.dns_entry.get(0) if isinstance(endpoints, S3Endpoints) else endpoints
            self.zone = ConsumerZone(
                self,
                "consumer_zone",
                zone_name=partition.service_host(endpoint_vpc.region, "s3"),
                consumers=self.consumer_networks,
                alias_name=entry.dns_name,
                alias_zone_id=entry.hosted_zone_id,
                provider=endpoint_provider,
                name=f"{prefix}-s3-names" if part.has_endpoint else f"{prefix}-{part.consumer}-s3-names",
            )
        self.hosts: dict[str, Host] = {}
        self.bastions: dict[str, Host] = {}
        if settings.hosts.enabled:
            self._add_hosts(endpoint_provider, role_prefix)
        self._add_outputs()

    def _add_endpoint_side(self, endpoint_provider: AwsProvider) -> None:
        """The bucket, its endpoints and policy, and the on-premises resolver, in the endpoint VPC."""
        settings = self.settings
        partition = settings.partition
        prefix = settings.name
        assert isinstance(self.endpoint_network, Network)
        self.bucket = self._bucket(endpoint_provider)
        self.s3_endpoints = S3Endpoints(
            self,
            "s3_endpoints",
            network=self.endpoint_network,
            partition=partition,
            clients=[Client(name=vpc.name, cidr=str(vpc.cidr)) for vpc in settings.vpcs]
            + [Client(name=f"on-premises-{index}", cidr=str(cidr)) for index, cidr in enumerate(settings.on_premises.cidrs)],
            bucket_arns=[self.bucket.arn],
            dns=settings.dns,
            gateway=settings.endpoints.gateway,
            name_prefix=prefix,
        )
        gateway = self.s3_endpoints.gateway
        self.bucket_policy = BucketPolicy(
            self,
            "bucket_policy",
            bucket=self.bucket,
            settings=settings.bucket,
            endpoint_ids=[self.s3_endpoints.interface.id] + ([gateway.id] if gateway is not None else []),
            provider=endpoint_provider,
        )
        if settings.on_premises.resolver_inbound_endpoint:
            self.resolver = InboundResolver(
                self, "inbound_resolver", network=self.endpoint_network, on_premises=settings.on_premises.cidrs, name=f"{prefix}-inbound-resolver"
            )

    def _configure_terraform(self) -> None:
        """The ``terraform`` block: backend, Terraform version and provider source."""
        self._backend(self.settings.backend_of(self.part))
        self.add_override("terraform.required_version", REQUIRED_TERRAFORM)
        self.add_override("terraform.required_providers.aws.source", PROVIDER_SOURCE)

    def _make_providers(self) -> dict[str, AwsProvider]:
        """One provider per region, aliased by region, keyed by region."""
        settings = self.settings
        part = self.part
        regions = [region for region in settings.regions if part.has_endpoint and not part.split or region == settings.endpoint_vpc.region or any(
            vpc.region == region and part.holds(vpc) for vpc in settings.consumer_vpcs
        )]
        return {
            region: AwsProvider(
                self,
                f"aws_{provider_alias(region)}",
                region=region,
                alias=provider_alias(region),
                default_tags=[AwsProviderDefaultTags(tags={"Project": settings.name, "ManagedBy": "terraform"})],
                **(_rehearsal_arguments(settings.rehearsal) if settings.rehearsal else {}),
            )
            for region in regions
        }

    def _bucket(self, provider: AwsProvider) -> Bucket:
        settings = self.settings
        return Bucket(self, "bucket", settings=settings.bucket, provider=provider, partition=settings.partition, name_prefix=settings.name)

    def _backend(self, backend: BackendSettings) -> None:
        if backend.kind is BackendKind.LOCAL:
            assert backend.path is not None
            # An explicit relative path: cdktf's default local backend writes an absolute one.
            LocalBackend(self, path=backend.path)
        elif backend.kind is BackendKind.S3:
            assert backend.bucket is not None and backend.key is not None and backend.region is not None
            partition = self.settings.partition
            S3Backend(
                self,
                bucket=backend.bucket,
                key=backend.key,
                region=backend.region,
                encrypt=True,
                kms_key_id=backend.kms_key_id,
            )
            # S3-native state locking (no DynamoDB table); cdktf's S3Backend does not know the argument yet.
            self.add_override("terraform.backend.s3.use_lockfile", True)
            # The partition's own endpoints, written out: state never depends on endpoint discovery.
            self.add_override(
                "terraform.backend.s3.endpoints",
                {service: partition.service_url(backend.region, service) for service in ("s3", "sts")},
            )
        else:
            assert backend.organization is not None
            workspaces: NamedCloudWorkspace | TaggedCloudWorkspaces = (
                NamedCloudWorkspace(backend.workspace, project=backend.project)
                if backend.workspace is not None
                else TaggedCloudWorkspaces(list(backend.workspace_tags), project=backend.project)
            )
            CloudBackend(self, organization=backend.organization, workspaces=workspaces, hostname=backend.hostname)

    def _add_hosts(self, iam_provider: AwsProvider, role_prefix: str) -> None:
        settings = self.settings
        partition = settings.partition
        prefix = settings.name
        ssm = settings.hosts.access is HostAccess.SSM
        role = HostRole(self, "host_role", provider=iam_provider, partition=partition, bucket=self.bucket, session_manager=ssm, name=f"{role_prefix}-host")
        endpoint_cidr = self.endpoint_network.cidr
        endpoint_name = settings.endpoint_vpc.name

        for consumer in self.consumer_networks:
            vpc = consumer.settings
            if not isinstance(consumer, Network):
                continue  # an existing VPC's subnets are not this deployment's: no host there
            ingress: list[Rule] = []
            egress = [Rule(id_="https_to_s3_endpoint", description=f"HTTPS to the S3 interface endpoint in VPC {endpoint_name}", port=HTTPS, cidr=endpoint_cidr)]
            if ssm:
                egress.append(Rule(id_="https_to_session_manager", description=f"HTTPS to the Session Manager endpoints in VPC {vpc.name}", port=HTTPS, cidr=consumer.cidr))
            else:
                bastion = Host(
                    self,
                    f"bastion_{vpc.name}",
                    network=consumer,
                    subnet=consumer.public_subnets[0],
                    settings=settings.hosts,
                    name=f"{prefix}-{vpc.name}-bastion",
                    ingress=[Rule(id_="ssh_from_admin", description="SSH from the administrators' range", port=SSH, cidr=str(settings.hosts.admin_cidr))],
                    egress=[Rule(id_="ssh_to_vpc", description=f"SSH to hosts in VPC {vpc.name}", port=SSH, cidr=consumer.cidr)],
                    public=True,
                )
                self.bastions[vpc.name] = bastion
                ingress.append(Rule(id_="ssh_from_bastion", description="SSH from the bastion", port=SSH, cidr=f"{bastion.instance.private_ip}/32"))
                egress.append(Rule(id_="ssh_to_endpoint_vpc", description=f"SSH to the host in VPC {endpoint_name}", port=SSH, cidr=endpoint_cidr))
            self.hosts[vpc.name] = self._host(consumer, role, ingress, egress)

        if not isinstance(self.endpoint_network, Network):
            return  # a consumer stack: the endpoint VPC's host is the endpoint stack's
        egress = [Rule(id_="https_to_vpc", description=f"HTTPS to the endpoints in VPC {endpoint_name}", port=HTTPS, cidr=endpoint_cidr)]
        if self.s3_endpoints.gateway is not None:
            egress.append(
                Rule(
                    id_="https_to_s3_gateway",
                    description="HTTPS to S3 through the gateway endpoint",
                    port=HTTPS,
                    prefix_list_id=self.s3_endpoints.gateway.prefix_list_id,
                )
            )
        ingress = []
        if not ssm:
            ingress = [
                Rule(id_=f"ssh_from_{vpc.name}", description=f"SSH from hosts in VPC {vpc.name}", port=SSH, cidr=str(vpc.cidr)) for vpc in settings.consumer_vpcs
            ]
        self.hosts[endpoint_name] = self._host(self.endpoint_network, role, ingress, egress)

    def _host(self, network: Network, role: HostRole, ingress: list[Rule], egress: list[Rule]) -> Host:
        settings = self.settings
        vpc = network.settings
        if settings.hosts.access is HostAccess.SSM:
            SessionManagerEndpoints(self, f"session_manager_{vpc.name}", network=network, partition=settings.partition, name_prefix=settings.name)
        return Host(
            self,
            f"host_{vpc.name}",
            network=network,
            subnet=network.private_subnets[0],
            settings=settings.hosts,
            name=f"{settings.name}-{vpc.name}-host",
            ingress=ingress,
            egress=egress,
            instance_profile=role.instance_profile,
        )

    def _add_outputs(self) -> None:
        settings = self.settings
        endpoints = self.s3_endpoints
        bucket_region = settings.endpoint_vpc.region

        def output(id_: str, value: object, description: str) -> None:
            TerraformOutput(self, id_, value=value, description=description)

        output("bucket_name", self.bucket.name, "Name of the bucket reached through the interface endpoint.")
        output("bucket_region", bucket_region, "Region of the bucket; clients pass it as --region.")
        output("bucket_endpoint_url", endpoints.url("bucket"), "Endpoint URL for bucket and object operations (aws s3 --endpoint-url).")
        if isinstance(endpoints, S3Endpoints):
            self._add_endpoint_outputs(endpoints, output)
        if self.zone is not None:
            output("consumer_zone_id", self.zone.zone.zone_id, "Private hosted zone answering the standard S3 names in the consumer VPCs.")
        if not self.consumer_networks:
            return
        output(
            "peering_connection_ids",
            {name: peering.peering_connection_id for name, peering in self.peerings.items()},
            f"VPC peering connection id (pcx-…) of each consumer VPC to VPC {settings.endpoint_vpc.name}, by consumer name.",
        )
        output(
            "verification_commands",
            {vpc.name: self._verification_commands(vpc.name, vpc.region) for vpc in settings.consumer_vpcs if self.part.holds(vpc)},
            "By consumer VPC: how to reach its host and the AWS CLI commands that prove the private path (step 4.5 of the AWS China blog post).",
        )

    def _add_endpoint_outputs(self, endpoints: S3Endpoints, output: Callable[[str, object, str], None]) -> None:
        settings = self.settings
        bucket_region = settings.endpoint_vpc.region
        output("interface_endpoint_id", endpoints.interface.id, "Id of the S3 interface endpoint (vpce-…).")
        output("interface_endpoint_regional_dns_name", endpoints.regional_dns_name, "Regional DNS name of the S3 interface endpoint; resolves to its private addresses in every AZ.")
        output("interface_endpoint_zonal_dns_names", endpoints.zonal_dns_names, "Per-AZ DNS names of the S3 interface endpoint; use one to keep traffic in a zone.")
        output("accesspoint_endpoint_url", endpoints.url("accesspoint"), "Endpoint URL for S3 access point operations.")
        output("control_endpoint_url", endpoints.url("control"), "Endpoint URL for S3 control operations (aws s3control --endpoint-url).")
        if endpoints.gateway is not None:
            output("gateway_endpoint_id", endpoints.gateway.id, f"Id of the S3 gateway endpoint serving applications in VPC {settings.endpoint_vpc.name}.")
        output("dns_mode", settings.dns.mode.value, "How clients find the interface endpoint: endpoint-names, private-dns or consumer-zone.")
        if self.resolver is not None:
            output("resolver_inbound_addresses", self.resolver.addresses, "Addresses of the Route 53 Resolver inbound endpoint; on-premises DNS servers forward to them.")
            output(
                "on_premises_forward_zones",
                [settings.partition.service_host(bucket_region, "s3")],
                "Zones on-premises DNS servers forward to the resolver inbound addresses (conditional forwarding).",
            )
        if self.part.split:
            network = self.endpoint_network
            assert isinstance(network, Network)
            shared = {
                "endpoint_vpc_id": network.vpc_id,
                "endpoint_route_table_ids": network.route_table_ids,
                "interface_endpoint_dns_entry": endpoints.interface.dns_entry.get(0),
            }
            for name, value in shared.items():
                output(name, value, SHARED_OUTPUTS[name])

    def _verification_commands(self, vpc_name: str, region: str) -> str:
        bucket = self.bucket.name
        bucket_region = self.settings.endpoint_vpc.region
        standard_names = self.settings.dns.mode is DnsMode.CONSUMER_ZONE
        private = f"--region {bucket_region}" if standard_names else f"--region {bucket_region} --endpoint-url {self.s3_endpoints.url('bucket')}"
        s3_host = self.settings.partition.service_host(bucket_region, "s3")
        lines: list[str] = []
        host = self.hosts.get(vpc_name)
        if host is None:
            lines.append(f"# On any host in a private subnet of VPC {vpc_name} ({region}) with credentials for the bucket:")
        elif vpc_name in self.bastions:
            bastion = self.bastions[vpc_name].instance
            lines.append(f"# From the administrators' range, through the bastion to the host in VPC {vpc_name}:")
            lines.append(f"ssh -J ec2-user@{bastion.public_ip} ec2-user@{host.instance.private_ip}")
        else:
            lines.append(f"# Open a shell on the host in VPC {vpc_name} with Session Manager:")
            lines.append(f"aws ssm start-session --target {host.instance.id} --region {region}")
        if standard_names:
            lines += [
                "# The standard name resolves to the interface endpoint's private addresses in this VPC:",
                f"getent hosts {s3_host}",
                "# Private path with the CLI's default endpoint: VPC peering and the S3 interface endpoint",
            ]
        else:
            lines.append("# Private path: VPC peering and the S3 interface endpoint")
        lines += [
            f"aws s3 ls s3://{bucket} {private}",
            "echo 'private path works' > probe.txt",
            f"aws s3 cp probe.txt s3://{bucket}/probe.txt {private}",
            f"aws s3 cp s3://{bucket}/probe.txt - {private}",
        ]
        if not standard_names:
            lines += [
                "# Control: the public S3 endpoint is unreachable from a private subnet; this times out",
                f"aws s3 ls s3://{bucket} --region {bucket_region} --cli-connect-timeout 5",
            ]
        return "\n".join(lines) + "\n"
