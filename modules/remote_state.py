"""What a consumer stack of a split deployment reads from the endpoint stack's state.

The endpoint stack publishes the values as outputs (:data:`SHARED_OUTPUTS`); a consumer stack reads
them with a ``terraform_remote_state`` data source on the endpoint stack's backend, and stands the
values in for the endpoint VPC, the bucket and the interface endpoint where its constructs expect them.
"""

from __future__ import annotations

from cdktf import (
    DataTerraformRemoteState,
    DataTerraformRemoteStateLocal,
    DataTerraformRemoteStateS3,
    Fn,
    NamedRemoteWorkspace,
    TerraformDataSource,
)
from cdktf_cdktf_provider_aws.provider import AwsProvider
from constructs import Construct

from modules.partitions import Partition
from modules.settings import BackendKind, BackendSettings, VpcSettings

SHARED_OUTPUTS = {
    "endpoint_vpc_id": "Id of the endpoint VPC; consumer stacks peer with it.",
    "endpoint_route_table_ids": "Every route table of the endpoint VPC, public first; consumer stacks route their ranges through them.",
    "interface_endpoint_dns_entry": "First DNS entry (regional name and hosted zone) of the S3 interface endpoint; consumer zones alias it.",
}


def remote_state(scope: Construct, id_: str, *, backend: BackendSettings, stack: str, partition: Partition) -> TerraformDataSource:
    """A ``terraform_remote_state`` data source reading stack ``stack``, whose backend is ``backend``."""
    if backend.kind is BackendKind.LOCAL:
        # Stacks sit side by side (cdktf.out/stacks/<stack>/): a relative path keeps the output portable.
        return DataTerraformRemoteStateLocal(scope, id_, path=f"../{stack}/{backend.path}")
    if backend.kind is BackendKind.S3:
        assert backend.bucket is not None and backend.key is not None and backend.region is not None
        return DataTerraformRemoteStateS3(
            scope,
            id_,
            bucket=backend.bucket,
            key=backend.key,
            region=backend.region,
            endpoints={service: partition.service_url(backend.region, service) for service in ("s3", "sts")},
        )
    assert backend.organization is not None and backend.workspace is not None
    return DataTerraformRemoteState(
        scope, id_, organization=backend.organization, workspaces=NamedRemoteWorkspace(backend.workspace), hostname=backend.hostname
    )


class RemoteNetwork:
    """The endpoint VPC as a consumer stack sees it: ids from the endpoint stack's outputs."""

    def __init__(self, state: TerraformDataSource, *, settings: VpcSettings, provider: AwsProvider) -> None:
        self.settings = settings
        self.provider = provider
        self.vpc_id: str = state.get_string("endpoint_vpc_id")  # type: ignore[attr-defined]
        tables = state.get_list("endpoint_route_table_ids")  # type: ignore[attr-defined]
        # One public table and one private table per AZ, as Network creates them.
        self.route_table_ids: list[str] = [Fn.element(tables, index) for index in range(1 + settings.az_count)]

    @property
    def cidr(self) -> str:
        return str(self.settings.cidr)


class RemoteBucket:
    """The bucket as a consumer stack sees it: its name from the endpoint stack's outputs."""

    def __init__(self, state: TerraformDataSource, *, partition: Partition) -> None:
        self.name: str = state.get_string("bucket_name")  # type: ignore[attr-defined]
        self.arn = partition.arn("s3", self.name)
        self.objects_arn = f"{self.arn}/*"


class RemoteEndpoints:
    """The S3 interface endpoint's names as a consumer stack sees them."""

    gateway = None

    def __init__(self, state: TerraformDataSource) -> None:
        entry = state.get("interface_endpoint_dns_entry")  # type: ignore[attr-defined]
        self.dns_name: str = Fn.lookup(entry, "dns_name")
        self.hosted_zone_id: str = Fn.lookup(entry, "hosted_zone_id")
        self.regional_dns_name: str = Fn.replace(self.dns_name, "*.", "")

    def url(self, kind: str) -> str:
        return f"https://{kind}.{self.regional_dns_name}"
