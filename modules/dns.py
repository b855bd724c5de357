"""Standard S3 names for consumer VPCs: a private hosted zone that answers with the interface endpoint."""

from __future__ import annotations

from cdktf import TerraformResourceLifecycle
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.route53_record import Route53Record, Route53RecordAlias
from cdktf_cdktf_provider_aws.route53_zone import Route53Zone, Route53ZoneVpc
from cdktf_cdktf_provider_aws.route53_zone_association import Route53ZoneAssociation
from constructs import Construct

from modules.network import ExistingNetwork, Network


class ConsumerZone(Construct):
    """A Route 53 private hosted zone for ``zone_name`` (``s3.<bucket region>.<dns suffix>``), associated
    with every consumer VPC, whose apex and wildcard records alias the interface endpoint's regional name.

    In those VPCs the AWS CLI and SDKs reach S3 in the bucket's region privately with their default
    endpoint: ``bucket.s3.<region>…`` and ``s3.<region>…/bucket`` both resolve to the endpoint. The zone
    answers for *every* bucket of that region, from those VPCs, and the endpoint policy admits only the
    configured buckets: other buckets of that region become unreachable from the consumer VPCs.

    The zone is created with the first consumer VPC and ignores later changes to its ``vpc`` blocks; the
    other consumers are associated by separate resources, so adding one never replaces the zone.
    """

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        zone_name: str,
        consumers: list[Network | ExistingNetwork],
        alias_name: str,
        alias_zone_id: str,
        provider: AwsProvider,
        name: str,
    ) -> None:
        super().__init__(scope, id_)
        first, *others = consumers
        self.zone = Route53Zone(
            self,
            "Default",
            provider=provider,
            name=zone_name,
            comment=f"{name}: standard S3 names of {zone_name} through the interface endpoint",
            vpc=[Route53ZoneVpc(vpc_id=first.vpc_id, vpc_region=first.settings.region)],
            lifecycle=TerraformResourceLifecycle(ignore_changes=["vpc"]),
            tags={"Name": name},
        )
        for consumer in others:
            Route53ZoneAssociation(
                self,
                f"association_{consumer.settings.name}",
                provider=provider,
                zone_id=self.zone.zone_id,
                vpc_id=consumer.vpc_id,
                vpc_region=consumer.settings.region,
            )
        for record_id, record_name in (("apex", zone_name), ("wildcard", f"*.{zone_name}")):
            Route53Record(
                self,
                record_id,
                provider=provider,
                zone_id=self.zone.zone_id,
                name=record_name,
                type="A",
                alias=Route53RecordAlias(name=alias_name, zone_id=alias_zone_id, evaluate_target_health=False),
            )
