"""The S3 endpoints of the endpoint VPC: an interface endpoint for peered consumers, a gateway endpoint for local use."""

from __future__ import annotations

import json
from dataclasses import dataclass

from cdktf import Fn
from cdktf_cdktf_provider_aws.vpc_endpoint import VpcEndpoint, VpcEndpointDnsOptions
from constructs import Construct

from modules.firewall import HTTPS, Firewall, Rule
from modules.network import Network
from modules.partitions import Partition
from modules.settings import DnsMode, DnsSettings


@dataclass(frozen=True, kw_only=True)
class Client:
    """A network allowed to reach the interface endpoint: a name for the rule description and its CIDR."""

    name: str
    cidr: str


OBJECT_ACTIONS = ["s3:GetObject", "s3:PutObject", "s3:DeleteObject", "s3:AbortMultipartUpload", "s3:ListMultipartUploadParts"]
BUCKET_ACTIONS = ["s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:GetBucketLocation"]


def endpoint_policy(bucket_arns: list[str]) -> dict[str, object]:
    """Through the endpoints, only the configured buckets and their objects, and only the actions
    applications use to read and write them. Requests must still pass IAM and the bucket policy."""
    return {
        "Version": "2012-10-17",
        "Statement": [
            {"Sid": "ConfiguredBuckets", "Effect": "Allow", "Principal": "*", "Action": BUCKET_ACTIONS, "Resource": bucket_arns},
            {"Sid": "ConfiguredBucketObjects", "Effect": "Allow", "Principal": "*", "Action": OBJECT_ACTIONS, "Resource": [f"{arn}/*" for arn in bucket_arns]},
        ],
    }


class S3Endpoints(Construct):
    """An S3 *interface* endpoint (PrivateLink) in a private subnet of every AZ, behind a security group
    that admits HTTPS from the given clients only, and an S3 *gateway* endpoint on every route table.

    The interface endpoint's DNS names resolve in public DNS to its private addresses, so peered VPCs
    reach it with no DNS set-up. The gateway endpoint serves applications in the endpoint VPC at no
    charge; it takes no ``dns_options`` (hashicorp/terraform-provider-aws#45846).

    Both endpoints carry :func:`endpoint_policy`: they reach the configured buckets only, so a host in
    these VPCs cannot copy data to another bucket through them.
    """

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        network: Network,
        partition: Partition,
        clients: list[Client],
        bucket_arns: list[str],
        dns: DnsSettings,
        gateway: bool,
        name_prefix: str,
    ) -> None:
        super().__init__(scope, id_)
        self.policy = endpoint_policy(bucket_arns)
        region = network.settings.region
        provider = network.provider
        self.firewall = Firewall(
            self,
            "security_group",
            network=network,
            name=f"{name_prefix}-s3-interface-endpoint",
            description="S3 interface endpoint: HTTPS from the endpoint VPC and its peered consumer VPCs",
            ingress=[
                Rule(id_=f"https_from_{client.name}", description=f"HTTPS to S3 from VPC {client.name} ({client.cidr})", port=HTTPS, cidr=client.cidr)
                for client in clients
            ],
            egress=[],
        )
        self.gateway: VpcEndpoint | None = None
        if gateway:
            self.gateway = VpcEndpoint(
                self,
                "gateway",
                provider=provider,
                vpc_id=network.vpc.id,
                service_name=partition.gateway_endpoint_service(region, "s3"),
                vpc_endpoint_type="Gateway",
                route_table_ids=[table.id for table in network.route_tables],
                policy=json.dumps(self.policy),
                tags={"Name": f"{name_prefix}-s3-gateway"},
            )

        private_dns = dns.mode is DnsMode.PRIVATE_DNS
        self.interface = VpcEndpoint(
            self,
            "interface",
            provider=provider,
            vpc_id=network.vpc.id,
            service_name=partition.interface_endpoint_service(region, "s3"),
            vpc_endpoint_type="Interface",
            subnet_ids=[subnet.id for subnet in network.private_subnets],
            security_group_ids=[self.firewall.id],
            private_dns_enabled=private_dns,
            dns_options=VpcEndpointDnsOptions(
                dns_record_ip_type="ipv4",
                private_dns_only_for_inbound_resolver_endpoint=dns.inbound_resolver_only if private_dns else None,
            ),
            policy=json.dumps(self.policy),
            # Inbound-only private DNS needs the gateway endpoint: create it first, destroy it last.
            depends_on=[self.gateway] if private_dns and self.gateway is not None else None,
            tags={"Name": f"{name_prefix}-s3-interface"},
        )

    @property
    def regional_dns_name(self) -> str:
        """``vpce-<id>-<suffix>.s3.<region>.vpce.<dns suffix>``: the first ``dns_entry`` is the regional name."""
        return Fn.replace(self.interface.dns_entry.get(0).dns_name, "*.", "")

    @property
    def zonal_dns_names(self) -> str:
        """The per-AZ names (every ``dns_entry`` after the regional one), without the leading ``*.``."""
        entries = f"{self.interface.fqn}.dns_entry"
        return f'${{[for entry in slice({entries}, 1, length({entries})) : trimprefix(entry.dns_name, "*.")]}}'

    def url(self, kind: str) -> str:
        """A ready-to-use endpoint URL: ``kind`` is ``bucket``, ``accesspoint`` or ``control``."""
        return f"https://{kind}.{self.regional_dns_name}"
