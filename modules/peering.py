"""Inter-region VPC peering with DNS resolution on both sides and routes from every route table."""

from __future__ import annotations

from cdktf_cdktf_provider_aws.route import Route
from cdktf_cdktf_provider_aws.vpc_peering_connection import VpcPeeringConnection
from cdktf_cdktf_provider_aws.vpc_peering_connection_accepter import VpcPeeringConnectionAccepterA
from cdktf_cdktf_provider_aws.vpc_peering_connection_options import (
    VpcPeeringConnectionOptions,
    VpcPeeringConnectionOptionsAccepter,
    VpcPeeringConnectionOptionsRequester,
)
from constructs import Construct

from modules.network import ExistingNetwork, Network


class Peering(Construct):
    """Peers ``requester`` (a consumer VPC) with ``accepter`` (the endpoint VPC), across regions or within one.

    ``auto_accept`` on the requester does not work across regions, so the accepter resource accepts
    with the accepter region's provider. Peering options can only be set once the connection is
    active, each side from its own region: both option resources reference the accepter, so they
    wait for acceptance and DNS resolution is on for both sides in the same apply. Routes also
    reference the accepter, so none is created towards a connection that is still pending.

    Both sides carry the same tags: they describe one connection, and tags that differ by side make
    every plan flip them back and forth where the two sides share one tag set.
    """

    def __init__(self, scope: Construct, id_: str, *, requester: Network | ExistingNetwork, accepter: Network, name: str) -> None:
        super().__init__(scope, id_)
        cross_region = requester.settings.region != accepter.settings.region
        self.connection = VpcPeeringConnection(
            self,
            "requester",
            provider=requester.provider,
            vpc_id=requester.vpc_id,
            peer_vpc_id=accepter.vpc_id,
            peer_region=accepter.settings.region if cross_region else None,
            auto_accept=False,
            tags={"Name": name},
        )
        self.accepter = VpcPeeringConnectionAccepterA(
            self,
            "accepter",
            provider=accepter.provider,
            vpc_peering_connection_id=self.connection.id,
            auto_accept=True,
            tags={"Name": name},
        )
        active_id = self.accepter.id
        VpcPeeringConnectionOptions(
            self,
            "requester_options",
            provider=requester.provider,
            vpc_peering_connection_id=active_id,
            requester=VpcPeeringConnectionOptionsRequester(allow_remote_vpc_dns_resolution=True),
        )
        VpcPeeringConnectionOptions(
            self,
            "accepter_options",
            provider=accepter.provider,
            vpc_peering_connection_id=active_id,
            accepter=VpcPeeringConnectionOptionsAccepter(allow_remote_vpc_dns_resolution=True),
        )
        self.routes: list[Route] = []
        for side, local, remote in (("requester", requester, accepter), ("accepter", accepter, requester)):
            for index, route_table_id in enumerate(local.route_table_ids):
                self.routes.append(
                    Route(
                        self,
                        f"{side}_route_{index}",
                        provider=local.provider,
                        route_table_id=route_table_id,
                        destination_cidr_block=remote.cidr,
                        vpc_peering_connection_id=active_id,
                    )
                )
        self.peering_connection_id = active_id
