"""An EC2 instance for verifying the private path (and, in bastion mode, the bastion itself)."""

from __future__ import annotations

from cdktf_cdktf_provider_aws.data_aws_ami import DataAwsAmi, DataAwsAmiFilter
from cdktf_cdktf_provider_aws.iam_instance_profile import IamInstanceProfile
from cdktf_cdktf_provider_aws.instance import Instance, InstanceMetadataOptions, InstanceRootBlockDevice
from cdktf_cdktf_provider_aws.subnet import Subnet
from constructs import Construct

from modules.firewall import Firewall, Rule
from modules.network import Network
from modules.settings import HostSettings


class Host(Construct):
    """An instance of the newest AMI matching ``settings.ami_name_pattern`` from ``settings.ami_owner``
    in the instance's own region (looked up, never a hard-coded id), with IMDSv2 required (one hop), an
    encrypted root volume, EBS optimization, and its own security group holding only ``ingress`` and
    ``egress``.

    It gets a public address only when ``public`` is set (the bastion)."""

    def __init__(
        self,
        scope: Construct,
        id_: str,
        *,
        network: Network,
        subnet: Subnet,
        settings: HostSettings,
        name: str,
        ingress: list[Rule],
        egress: list[Rule],
        instance_profile: IamInstanceProfile | None = None,
        public: bool = False,
    ) -> None:
        super().__init__(scope, id_)
        provider = network.provider
        ami = DataAwsAmi(
            self,
            "ami",
            provider=provider,
            most_recent=True,
            owners=[settings.ami_owner],
            filter=[
                DataAwsAmiFilter(name="name", values=[settings.ami_name_pattern]),
                DataAwsAmiFilter(name="architecture", values=["x86_64"]),
                DataAwsAmiFilter(name="state", values=["available"]),
            ],
        )
        self.firewall = Firewall(self, "security_group", network=network, name=name, description=f"Host {name}", ingress=ingress, egress=egress)
        self.instance = Instance(
            self,
            "Default",
            provider=provider,
            ami=ami.id,
            instance_type=settings.instance_type,
            subnet_id=subnet.id,
            vpc_security_group_ids=[self.firewall.id],
            iam_instance_profile=instance_profile.name if instance_profile is not None else None,
            key_name=settings.key_name,
            # Private hosts take their subnet's setting, which never maps a public address on launch.
            associate_public_ip_address=True if public else None,
            ebs_optimized=True,
            metadata_options=InstanceMetadataOptions(http_endpoint="enabled", http_tokens="required", http_put_response_hop_limit=1),
            root_block_device=InstanceRootBlockDevice(encrypted=True, volume_size=settings.root_volume_gib, volume_type="gp3"),
            tags={"Name": name, "Role": "bastion" if public else "verification-host"},
        )
