"""A Route 53 Resolver inbound endpoint, so on-premises DNS servers can resolve the endpoint VPC's private names."""

from __future__ import annotations

from ipaddress import IPv4Network

from cdktf_cdktf_provider_aws.route53_resolver_endpoint import Route53ResolverEndpoint, Route53ResolverEndpointIpAddress
from constructs import Construct

from modules.firewall import DNS, Firewall, Rule
from modules.network import Network


class InboundResolver(Construct):
    """Resolver inbound endpoint in two private subnets (two AZs) of the endpoint VPC, admitting DNS over
    TCP and UDP from the on-premises ranges only. On-premises servers forward the S3 zone to its addresses
    and get the interface endpoint's private addresses back (with ``dns.mode = "private-dns"``)."""

    ZONES = 2

    def __init__(self, scope: Construct, id_: str, *, network: Network, on_premises: tuple[IPv4Network, ...], name: str) -> None:
        super().__init__(scope, id_)
        rules = [
            Rule(id_=f"dns_{protocol}_from_{index}", description=f"DNS over {protocol.upper()} from on-premises {cidr}", port=DNS, protocol=protocol, cidr=str(cidr))
            for index, cidr in enumerate(on_premises)
            for protocol in ("udp", "tcp")
        ]
        self.firewall = Firewall(self, "security_group", network=network, name=name, description="Resolver inbound endpoint: DNS from on-premises", ingress=rules, egress=[])
        self.endpoint = Route53ResolverEndpoint(
            self,
            "Default",
            provider=network.provider,
            name=name,
            direction="INBOUND",
            security_group_ids=[self.firewall.id],
            ip_address=[Route53ResolverEndpointIpAddress(subnet_id=subnet.id) for subnet in network.private_subnets[: self.ZONES]],
            tags={"Name": name},
        )

    @property
    def addresses(self) -> str:
        return f"${{[for address in {self.endpoint.fqn}.ip_address : address.ip]}}"
