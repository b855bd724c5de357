"""Interface endpoints that let SSM Session Manager reach hosts in private subnets with no internet path."""

from __future__ import annotations

from cdktf_cdktf_provider_aws.vpc_endpoint import VpcEndpoint
from constructs import Construct

from modules.firewall import HTTPS, Firewall, Rule
from modules.network import Network
from modules.partitions import Partition

SESSION_MANAGER_SERVICES = ("ssm", "ssmmessages", "ec2messages")


class SessionManagerEndpoints(Construct):
    """``ssm``, ``ssmmessages`` and ``ec2messages`` interface endpoints with private DNS, in the private
    subnets of one VPC, admitting HTTPS from that VPC only. Session Manager is documented for the China
    regions and replaces an SSH bastion: no inbound port is opened on any host."""

    def __init__(self, scope: Construct, id_: str, *, network: Network, partition: Partition, name_prefix: str) -> None:
        super().__init__(scope, id_)
        vpc = network.settings
        name = f"{name_prefix}-{vpc.name}-session-manager"
        self.firewall = Firewall(
            self,
            "security_group",
            network=network,
            name=name,
            description=f"Session Manager endpoints: HTTPS from VPC {vpc.name}",
            ingress=[Rule(id_="https_from_vpc", description=f"HTTPS from hosts in VPC {vpc.name} ({vpc.cidr})", port=HTTPS, cidr=str(vpc.cidr))],
            egress=[],
        )
        self.endpoints = [
            VpcEndpoint(
                self,
                service,
                provider=network.provider,
                vpc_id=network.vpc.id,
                service_name=partition.interface_endpoint_service(vpc.region, service),
                vpc_endpoint_type="Interface",
                subnet_ids=[subnet.id for subnet in network.private_subnets],
                security_group_ids=[self.firewall.id],
                private_dns_enabled=True,
                tags={"Name": f"{name}-{service}"},
            )
            for service in SESSION_MANAGER_SERVICES
        ]
