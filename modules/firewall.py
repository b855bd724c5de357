"""A security group whose every rule is a separate, described resource."""

from __future__ import annotations

from dataclasses import dataclass

from cdktf_cdktf_provider_aws.security_group import SecurityGroup
from cdktf_cdktf_provider_aws.vpc_security_group_egress_rule import VpcSecurityGroupEgressRule
from cdktf_cdktf_provider_aws.vpc_security_group_ingress_rule import VpcSecurityGroupIngressRule
from constructs import Construct

from modules.network import Network

HTTPS = 443
SSH = 22
DNS = 53


@dataclass(frozen=True, kw_only=True)
class Rule:
    """One TCP (or UDP) port from (ingress) or to (egress) exactly one peer: a CIDR, a security group or a prefix list."""

    id_: str
    description: str
    port: int
    protocol: str = "tcp"
    cidr: str | None = None
    security_group_id: str | None = None
    prefix_list_id: str | None = None

    def __post_init__(self) -> None:
        peers = [peer for peer in (self.cidr, self.security_group_id, self.prefix_list_id) if peer is not None]
        if len(peers) != 1:
            raise ValueError(f"rule {self.id_} needs exactly one peer (cidr, security_group_id or prefix_list_id), got {len(peers)}")
        if self.cidr is not None and self.cidr.endswith("/0"):
            raise ValueError(f"rule {self.id_} opens port {self.port} to {self.cidr}; name the networks that need it")


class Firewall(Construct):
    """A security group with only the given rules. Terraform removes the default allow-all egress, so
    traffic not listed in ``egress`` is refused too."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        network: Network,
        name: str,
        description: str,
        ingress: list[Rule],
        egress: list[Rule],
    ) -> None:
        super().__init__(scope, id_)
        provider = network.provider
        self.security_group = SecurityGroup(
            self,
            "Default",
            provider=provider,
            name=name,
            description=description,
            vpc_id=network.vpc.id,
            tags={"Name": name},
        )
        for direction, rules, resource in (("ingress", ingress, VpcSecurityGroupIngressRule), ("egress", egress, VpcSecurityGroupEgressRule)):
            for rule in rules:
                peer = (
                    {"cidr_ipv4": rule.cidr}
                    if rule.cidr is not None
                    else {"referenced_security_group_id": rule.security_group_id}
                    if rule.security_group_id is not None
                    else {"prefix_list_id": rule.prefix_list_id}
                )
                resource(
                    self,
                    f"{direction}_{rule.id_}",
                    provider=provider,
                    security_group_id=self.security_group.id,
                    description=rule.description,
                    ip_protocol=rule.protocol,
                    from_port=rule.port,
                    to_port=rule.port,
                    tags={"Name": f"{name}-{direction}-{rule.id_}"},
                    **peer,
                )

    @property
    def id(self) -> str:
        return self.security_group.id
