"""Typed, validated deployment settings.

Settings come from a TOML file (or the embedded default, which is the blog post's demo environment) and
are checked completely *before* any construct exists: a bad value raises :class:`ConfigError` naming
the setting, the value and what would be valid. This module does not import cdktf, so validating a
file costs milliseconds, not the seconds it takes to load the provider bindings.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from ipaddress import IPv4Network
from itertools import combinations
from pathlib import Path
from typing import Any

from modules.partitions import Partition, known_regions, partition_of

RFC1918 = (
    IPv4Network("10.0.0.0/8"),
    IPv4Network("172.16.0.0/12"),
    IPv4Network("192.168.0.0/16"),
)
VPC_PREFIX_RANGE = (16, 28)
"""AWS accepts IPv4 VPC and subnet blocks between /16 and /28."""
MIN_AZS, MAX_AZS = 2, 6
NAME_RE = re.compile(r"^[a-z][a-z0-9-]{0,30}[a-z0-9]$")
KEY_NAME_RE = re.compile(r"^[\x20-\x7e]{1,255}$")
INSTANCE_TYPE_RE = re.compile(r"^[a-z][a-z0-9-]*\.[a-z0-9]+$")


class ConfigError(ValueError):
    """A setting is invalid. The message names the setting, the value and what would be valid."""


class HostAccess(StrEnum):
    """How operators reach the verification hosts."""

    SSM = "ssm"
    """AWS Systems Manager Session Manager through interface endpoints; no inbound port is open."""
    BASTION = "bastion"
    """SSH through a bastion in a public subnet of each consumer VPC, from ``hosts.admin_cidr`` only."""


class BucketEncryption(StrEnum):
    """Default encryption of the bucket."""

    SSE_S3 = "sse-s3"
    """S3-managed keys (AES-256)."""
    SSE_KMS = "sse-kms"
    """A customer-managed KMS key created with the bucket, rotated yearly, with an S3 bucket key."""


class BackendKind(StrEnum):
    """Where Terraform keeps state."""

    LOCAL = "local"
    """A state file at a relative path inside the stack directory."""
    S3 = "s3"
    """An S3 bucket (encrypted, S3-native locking with ``use_lockfile``), reached at the partition's endpoints."""
    CLOUD = "cloud"
    """Terraform Cloud / HCP Terraform (the ``cloud`` block): one workspace by name, or the workspaces with tags."""


@dataclass(frozen=True, kw_only=True)
class VpcSettings:
    """One VPC: its region and address range, and either the subnets the app creates (one public and one
    private per AZ) or, for an existing ("brownfield") consumer VPC, its id and route tables."""

    name: str
    region: str
    cidr: IPv4Network
    az_count: int
    public_subnets: tuple[IPv4Network, ...]
    private_subnets: tuple[IPv4Network, ...]
    vpc_id: str | None = None
    """An existing VPC to peer, not created by this deployment."""
    route_table_ids: tuple[str, ...] = ()
    """Every route table of the existing VPC that needs a route to the endpoint VPC."""

    @property
    def existing(self) -> bool:
        return self.vpc_id is not None


@dataclass(frozen=True, kw_only=True)
class BucketSettings:
    """The bucket reached through the endpoint VPC."""

    name: str | None = None
    """Exact bucket name; ``None`` lets Terraform generate a unique name from the deployment name."""
    prevent_destroy: bool = True
    """Refuse any plan that destroys the bucket. ``False`` is the deliberate teardown switch: the bucket
    may then be destroyed, objects and all (``force_destroy``)."""
    encryption: BucketEncryption = BucketEncryption.SSE_S3
    access_log_retention_days: int = 365
    """Server access logs go to a separate log bucket and expire after this many days."""
    endpoint_only: bool = False
    """Deny every request that does not arrive through this deployment's endpoints, except from
    ``exempt_principal_arns``."""
    exempt_principal_arns: tuple[str, ...] = ()
    """Roles or users (administrators, the deployer) that keep access from anywhere when ``endpoint_only`` is on."""


@dataclass(frozen=True, kw_only=True)
class FlowLogSettings:
    """VPC flow logs: every VPC logs all traffic to a CloudWatch Logs group in its region."""

    retention_days: int = 365


class DnsMode(StrEnum):
    """How clients find the S3 interface endpoint."""

    ENDPOINT_NAMES = "endpoint-names"
    """Clients pass the endpoint's own names (``--endpoint-url https://bucket.vpce-…``), as in the blog post.
    Those names are public DNS records of private addresses: they work from peered VPCs and on-premises
    with no DNS set-up."""
    PRIVATE_DNS = "private-dns"
    """Private DNS on the interface endpoint: in the endpoint VPC (and for on-premises clients through a
    Route 53 Resolver inbound endpoint) the standard S3 names resolve to the endpoint."""
    CONSUMER_ZONE = "consumer-zone"
    """A Route 53 private hosted zone for ``s3.<region>.<suffix>`` associated with every consumer VPC, with
    apex and wildcard aliases to the endpoint: SDKs and the CLI in consumer VPCs reach the bucket privately
    with their default endpoint."""


@dataclass(frozen=True, kw_only=True)
class DnsSettings:
    mode: DnsMode = DnsMode.ENDPOINT_NAMES
    inbound_resolver_only: bool = True
    """private-dns only: ``private_dns_only_for_inbound_resolver_endpoint``. True (AWS's default) keeps apps in
    the endpoint VPC on the gateway endpoint and answers only Resolver inbound queries with the interface
    endpoint; it needs the gateway endpoint."""


@dataclass(frozen=True, kw_only=True)
class EndpointSettings:
    gateway: bool = True
    """Create the S3 gateway endpoint on every route table of the endpoint VPC (free, for local apps)."""


@dataclass(frozen=True, kw_only=True)
class OnPremisesSettings:
    """Networks reaching the endpoint VPC over Direct Connect or VPN."""

    cidrs: tuple[IPv4Network, ...] = ()
    """Admitted on 443 by the interface endpoint, and on 53 by the Resolver inbound endpoint."""
    resolver_inbound_endpoint: bool = False


@dataclass(frozen=True, kw_only=True)
class HostSettings:
    """The blog post's verification hosts: one in each consumer VPC and one in the endpoint VPC."""

    enabled: bool = True
    access: HostAccess = HostAccess.SSM
    admin_cidr: IPv4Network | None = None
    key_name: str | None = None
    instance_type: str = "t3.micro"
    ami_owner: str = "amazon"
    ami_name_pattern: str = "al2023-ami-2023.*-x86_64"
    root_volume_gib: int = 8


@dataclass(frozen=True, kw_only=True)
class BackendSettings:
    """Where Terraform keeps state. Only the fields of ``kind`` are set; the others stay ``None``."""

    kind: BackendKind = BackendKind.LOCAL
    path: str | None = "terraform.tfstate"
    """local: the state file, relative to the stack directory."""
    bucket: str | None = None
    """s3: the (existing) state bucket."""
    key: str | None = None
    """s3: the state object's key; ``<name>/terraform.tfstate`` by default."""
    region: str | None = None
    """s3: the state bucket's region; the endpoint VPC's region by default."""
    kms_key_id: str | None = None
    """s3: a KMS key (ARN) to encrypt state with instead of the bucket's default encryption."""
    organization: str | None = None
    """cloud: the Terraform Cloud / HCP Terraform organization."""
    workspace: str | None = None
    """cloud: one workspace, by name."""
    workspace_tags: tuple[str, ...] = ()
    """cloud: every workspace carrying all these tags (``terraform workspace select`` picks one)."""
    project: str | None = None
    """cloud: the project new workspaces are created in."""
    hostname: str | None = None
    """cloud: the Terraform Enterprise host; Terraform Cloud (app.terraform.io) when unset."""


class StackSplit(StrEnum):
    """How the deployment maps to Terraform stacks (each with its own state, or workspace)."""

    NONE = "none"
    """One stack holds everything."""
    PER_CONSUMER = "per-consumer"
    """An endpoint stack (endpoint VPC, bucket, endpoints) and one stack per consumer VPC (the VPC, its
    peering, routes both ways, DNS, host). A consumer stack reads what it needs from the endpoint stack's
    outputs through ``terraform_remote_state``: apply the endpoint stack first."""


@dataclass(frozen=True, kw_only=True)
class StackSettings:
    split: StackSplit = StackSplit.NONE


@dataclass(frozen=True, kw_only=True)
class Part:
    """One stack of a deployment: the whole deployment, its endpoint side, or one consumer VPC."""

    stack: str
    """The stack's name: its directory under ``stacks/`` and the suffix of its state key or workspace."""
    consumer: str | None = None
    """The consumer VPC of a consumer stack."""
    split: bool = False

    @property
    def has_endpoint(self) -> bool:
        """Whether this stack creates the endpoint side (endpoint VPC, bucket, endpoints)."""
        return self.consumer is None

    def holds(self, vpc: VpcSettings) -> bool:
        """Whether this stack creates (or peers) consumer VPC ``vpc``."""
        return not self.split or self.consumer == vpc.name


ENDPOINT_STACK_SUFFIX = "endpoint"


@dataclass(frozen=True, kw_only=True)
class Rehearsal:
    """A local rehearsal: every provider talks to an AWS API emulator (moto) at ``endpoint``."""

    endpoint: str
    """``http://127.0.0.1:<port>`` or ``http://localhost:<port>``; never a remote address."""


@dataclass(frozen=True, kw_only=True)
class Settings:
    """A whole deployment: one endpoint VPC holding the bucket's endpoints, and its consumer VPCs."""

    name: str
    endpoint_vpc: VpcSettings
    consumer_vpcs: tuple[VpcSettings, ...]
    bucket: BucketSettings = field(default_factory=BucketSettings)
    hosts: HostSettings = field(default_factory=HostSettings)
    dns: DnsSettings = field(default_factory=DnsSettings)
    endpoints: EndpointSettings = field(default_factory=EndpointSettings)
    on_premises: OnPremisesSettings = field(default_factory=OnPremisesSettings)
    flow_logs: FlowLogSettings = field(default_factory=FlowLogSettings)
    backend: BackendSettings = field(default_factory=BackendSettings)
    stacks: StackSettings = field(default_factory=StackSettings)
    rehearsal: Rehearsal | None = None
    """Set only by ``--rehearsal-endpoint``: a deployment's file is rehearsed unchanged."""

    @property
    def partition(self) -> Partition:
        partition = partition_of(self.endpoint_vpc.region)
        assert partition is not None, "validated when the settings were built"
        return partition

    def warnings(self) -> list[str]:
        """What a user must verify before relying on this deployment."""
        notes = []
        if self.on_premises.resolver_inbound_endpoint and not self.partition.resolver_inbound_confirmed:
            notes.append(
                f"Route 53 Resolver inbound endpoints in {self.endpoint_vpc.region}: the Resolver API exists in the China regions, but no "
                "dated source confirms inbound endpoints there; verify in the console before relying on it. The alternative is a DNS "
                "proxy in the endpoint VPC (e.g. two small EC2 forwarders to the VPC resolver) that on-premises servers forward to."
            )
        return notes

    @property
    def parts(self) -> tuple[Part, ...]:
        """The stacks this deployment synthesizes, the endpoint stack first."""
        if self.stacks.split is StackSplit.NONE:
            return (Part(stack=self.name),)
        return (
            Part(stack=f"{self.name}-{ENDPOINT_STACK_SUFFIX}", split=True),
            *(Part(stack=f"{self.name}-{vpc.name}", consumer=vpc.name, split=True) for vpc in self.consumer_vpcs),
        )

    @property
    def endpoint_part(self) -> Part:
        return self.parts[0]

    def backend_of(self, part: Part) -> BackendSettings:
        """The backend of one stack: each stack of a split deployment keeps its own state."""
        backend = self.backend
        if not part.split:
            return backend
        if backend.kind is BackendKind.S3:
            assert backend.key is not None
            folder = backend.key.rsplit("/", 1)[0] if "/" in backend.key else ""
            return replace(backend, key=f"{folder}/{part.stack}.tfstate" if folder else f"{part.stack}.tfstate")
        if backend.kind is BackendKind.CLOUD:
            assert backend.workspace is not None, "validated: a split deployment names its workspaces"
            suffix = part.stack.removeprefix(self.name)
            return replace(backend, workspace=f"{backend.workspace}{suffix}")
        return backend

    @property
    def vpcs(self) -> tuple[VpcSettings, ...]:
        return (self.endpoint_vpc, *self.consumer_vpcs)

    @property
    def regions(self) -> list[str]:
        """Every region the deployment touches, endpoint region first, each once."""
        return list(dict.fromkeys(vpc.region for vpc in self.vpcs))


# The blog post's demo environment: Beijing consumers reach a Ningxia bucket.
DEFAULTS: dict[str, Any] = {
    "name": "private-s3",
    "endpoint_vpc": {
        "name": "ningxia",
        "region": "cn-northwest-1",
        "cidr": "10.10.0.0/16",
        "az_count": 2,
        "subnet_prefix": 24,
    },
    "consumer_vpcs": [
        {
            "name": "beijing",
            "region": "cn-north-1",
            "cidr": "172.31.0.0/16",
            "az_count": 2,
            "subnet_prefix": 20,
        }
    ],
}


def to_toml(settings: Settings) -> str:
    """The fully resolved settings, every default filled in, as TOML that :func:`parse_settings` reads back
    to equal settings. (The rehearsal target is not a file setting and is left out.)"""

    def value(item: Any) -> str:
        if isinstance(item, bool):
            return "true" if item else "false"
        if isinstance(item, int):
            return str(item)
        if isinstance(item, (list, tuple)):
            return "[" + ", ".join(value(element) for element in item) + "]"
        return '"' + str(item).replace("\\", "\\\\").replace('"', '\\"') + '"'

    def table(header: str, fields: dict[str, Any]) -> list[str]:
        lines = [header]
        lines += [f"{key} = {value(item)}" for key, item in fields.items() if item is not None]
        return lines + [""]

    def vpc(item: VpcSettings) -> dict[str, Any]:
        if item.existing:
            return {"name": item.name, "region": item.region, "cidr": item.cidr, "vpc_id": item.vpc_id, "route_table_ids": item.route_table_ids}
        return {
            "name": item.name,
            "region": item.region,
            "cidr": item.cidr,
            "az_count": item.az_count,
            "public_subnets": item.public_subnets,
            "private_subnets": item.private_subnets,
        }

    lines = [f"name = {value(settings.name)}", ""]
    lines += table("[endpoint_vpc]", vpc(settings.endpoint_vpc))
    for consumer in settings.consumer_vpcs:
        lines += table("[[consumer_vpcs]]", vpc(consumer))
    bucket = settings.bucket
    lines += table(
        "[bucket]",
        {
            "name": bucket.name,
            "prevent_destroy": bucket.prevent_destroy,
            "encryption": bucket.encryption.value,
            "access_log_retention_days": bucket.access_log_retention_days,
            "endpoint_only": bucket.endpoint_only,
            "exempt_principal_arns": bucket.exempt_principal_arns,
        },
    )
    hosts = settings.hosts
    lines += table(
        "[hosts]",
        {
            "enabled": hosts.enabled,
            "access": hosts.access.value,
            "admin_cidr": hosts.admin_cidr,
            "key_name": hosts.key_name,
            "instance_type": hosts.instance_type,
            "ami_owner": hosts.ami_owner,
            "ami_name_pattern": hosts.ami_name_pattern,
            "root_volume_gib": hosts.root_volume_gib,
        },
    )
    dns: dict[str, Any] = {"mode": settings.dns.mode.value}
    if settings.dns.mode is DnsMode.PRIVATE_DNS:
        dns["inbound_resolver_only"] = settings.dns.inbound_resolver_only
    lines += table("[dns]", dns)
    lines += table("[endpoints]", {"gateway": settings.endpoints.gateway})
    lines += table(
        "[on_premises]",
        {"cidrs": settings.on_premises.cidrs, "resolver_inbound_endpoint": settings.on_premises.resolver_inbound_endpoint},
    )
    lines += table("[flow_logs]", {"retention_days": settings.flow_logs.retention_days})
    backend = settings.backend
    lines += table("[stacks]", {"split": settings.stacks.split.value})
    lines += table(
        "[backend]",
        {
            "kind": backend.kind.value,
            "path": backend.path,
            "bucket": backend.bucket,
            "key": backend.key,
            "region": backend.region,
            "kms_key_id": backend.kms_key_id,
            "organization": backend.organization,
            "workspace": backend.workspace,
            "workspace_tags": backend.workspace_tags or None,
            "project": backend.project,
            "hostname": backend.hostname,
        },
    )
    return "\n".join(lines).rstrip() + "\n"


KEY_AT_START = re.compile(r"^(?:unknown setting ')?(?P<key>[a-z_]+(?:\[\d+\])?(?:\.[a-z_]+)*)")


def locate(text: str, key: str) -> int | None:
    """The line (1-based) of ``key`` (e.g. ``consumer_vpcs[1].cidr``) in TOML ``text``, or of its table."""
    match = re.fullmatch(r"(?P<table>[a-z_]+)(?:\[(?P<index>\d+)\])?(?:\.(?P<leaf>[a-z_]+))?", key)
    if match is None:
        return None
    table, index, leaf = match.group("table"), match.group("index"), match.group("leaf")
    if leaf is None and index is None:
        table, leaf = "", table  # a top-level key, or a table header
    current, seen, table_line = "", -1, None
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        header = re.fullmatch(r"\[\[?\s*([a-z_]+)\s*\]\]?", stripped)
        if header:
            current = header.group(1)
            if current == table:
                seen += 1
                if index is None or seen == int(index):
                    table_line = number
            if current == leaf and not table:
                return number
            continue
        in_table = current == table and (index is None or seen == int(index))
        if in_table and leaf is not None and re.match(rf"{re.escape(leaf)}\s*=", stripped):
            return number
    return table_line


def load_settings(path: str | Path | None = None) -> Settings:
    """Read and validate settings from a TOML file, or return the embedded default when ``path`` is None."""
    if path is None:
        return parse_settings({})
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"config file {path}: not found; pass an existing TOML file, e.g. examples/china.toml") from None
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or str(error)
        raise ConfigError(f"config file {path}: cannot be read ({reason}); pass a readable UTF-8 TOML file") from None
    try:
        raw = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"config file {path}: not valid TOML ({error})") from None
    try:
        return parse_settings(raw)
    except ConfigError as error:
        key = KEY_AT_START.match(str(error))
        line = locate(text, key.group("key")) if key else None
        where = f", line {line}" if line is not None else ""
        raise ConfigError(f"config file {path}{where}: {error}") from None


def parse_settings(raw: Mapping[str, Any]) -> Settings:
    """Build :class:`Settings` from a parsed TOML document, filling in :data:`DEFAULTS`."""
    top = _Table(raw, "")
    name = top.string("name", DEFAULTS["name"], pattern=NAME_RE, hint="2-32 lowercase letters, digits and hyphens, starting with a letter")
    endpoint_vpc = _vpc(top.table("endpoint_vpc", DEFAULTS["endpoint_vpc"]), defaults=DEFAULTS["endpoint_vpc"])
    consumer_vpcs = tuple(
        _vpc(table, defaults={"az_count": 2, "subnet_prefix": 24}, existing_allowed=True)
        for table in top.array_of_tables("consumer_vpcs", DEFAULTS["consumer_vpcs"])
    )
    bucket = _bucket(top.table("bucket", {}))
    hosts = _hosts(top.table("hosts", {}))
    dns = _dns(top.table("dns", {}))
    endpoints = _endpoints(top.table("endpoints", {}))
    on_premises = _on_premises(top.table("on_premises", {}))
    flow_logs = _flow_logs(top.table("flow_logs", {}))
    backend = _backend(top.table("backend", {}), name=name)
    stacks = _stacks(top.table("stacks", {}))
    top.finish()
    settings = Settings(
        name=name,
        endpoint_vpc=endpoint_vpc,
        consumer_vpcs=consumer_vpcs,
        bucket=bucket,
        hosts=hosts,
        dns=dns,
        endpoints=endpoints,
        on_premises=on_premises,
        flow_logs=flow_logs,
        backend=backend,
        stacks=stacks,
    )
    _check_regions(settings)
    _check_stacks(settings)
    _check_exempt_principals(settings)
    _check_address_space(settings)
    _check_dns(settings)
    return _resolve_backend(settings)


# --- per-table readers -------------------------------------------------------------------------


VPC_ID_RE = re.compile(r"^vpc-[0-9a-f]{8,17}$")
ROUTE_TABLE_ID_RE = re.compile(r"^rtb-[0-9a-f]{8,17}$")
CREATED_VPC_ONLY = ("az_count", "subnet_prefix", "public_subnets", "private_subnets")


def _existing_vpc(table: _Table, *, name: str, region: str, cidr: IPv4Network, vpc_id: str) -> VpcSettings:
    """A brownfield consumer: peered and routed, but its subnets are not this deployment's."""
    route_tables = table.string_list("route_table_ids", [])
    for key in CREATED_VPC_ONLY:
        if key in table.raw:
            raise ConfigError(f"{table.key(key)} is set for an existing VPC ({table.key('vpc_id')} = {vpc_id!r}); its subnets are not created here, remove it")
    table.finish()
    if not route_tables:
        raise ConfigError(
            f"{table.key('route_table_ids')} is empty: an existing VPC needs the ids of every route table that must route to the endpoint VPC, "
            "e.g. ['rtb-0123456789abcdef0']"
        )
    for route_table in route_tables:
        if not ROUTE_TABLE_ID_RE.match(route_table):
            raise ConfigError(f"{table.key('route_table_ids')} has {route_table!r}, which is not a route table id such as 'rtb-0123456789abcdef0'")
    return VpcSettings(
        name=name, region=region, cidr=cidr, az_count=0, public_subnets=(), private_subnets=(), vpc_id=vpc_id, route_table_ids=tuple(route_tables)
    )


def _vpc(table: _Table, *, defaults: Mapping[str, Any], existing_allowed: bool = False) -> VpcSettings:
    name = table.string("name", defaults.get("name"), pattern=NAME_RE, hint="2-32 lowercase letters, digits and hyphens, starting with a letter")
    region = table.string("region", defaults.get("region"))
    if partition_of(region) is None:
        close = difflib.get_close_matches(region, known_regions(), n=1)
        suggestion = f" (did you mean {close[0]}?)" if close else ""
        raise ConfigError(f"{table.key('region')} = {region!r} is not a known region{suggestion}; valid: {', '.join(known_regions())}")
    cidr = table.cidr("cidr", defaults.get("cidr"))
    _check_private(table.key("cidr"), cidr)
    low, high = VPC_PREFIX_RANGE
    if not low <= cidr.prefixlen <= high:
        size = "too large" if cidr.prefixlen < low else "too small"
        raise ConfigError(f"{table.key('cidr')} = '{cidr}' is {size} for a VPC; AWS accepts /{low} to /{high}, e.g. 10.10.0.0/16")
    vpc_id = table.string("vpc_id", None, pattern=VPC_ID_RE, hint="an existing VPC's id such as 'vpc-0123456789abcdef0'") if existing_allowed else None
    if vpc_id is not None:
        return _existing_vpc(table, name=name, region=region, cidr=cidr, vpc_id=vpc_id)
    table.string_list("route_table_ids", [])  # read so that it is refused below with a reason, not as unknown
    if "route_table_ids" in table.raw:
        raise ConfigError(f"{table.key('route_table_ids')} is only for an existing VPC given by {table.key('vpc_id')}; this VPC is created here")
    az_count = table.integer("az_count", defaults.get("az_count", 2))
    if not MIN_AZS <= az_count <= MAX_AZS:
        raise ConfigError(
            f"{table.key('az_count')} = {az_count} is out of range; use {MIN_AZS} to {MAX_AZS} availability zones "
            "(at least two, so the endpoint and the hosts survive the loss of one zone)"
        )
    public = table.cidr_list("public_subnets", None)
    private = table.cidr_list("private_subnets", None)
    subnet_prefix = table.integer("subnet_prefix", defaults.get("subnet_prefix", 24))
    if public is None or private is None:
        if public is not None or private is not None:
            given = "public_subnets" if public is not None else "private_subnets"
            missing = "private_subnets" if public is not None else "public_subnets"
            raise ConfigError(f"{table.key(given)} is set but {table.key(missing)} is not; give both lists, or neither to carve them from {table.key('subnet_prefix')}")
        public, private = _carve_subnets(table, cidr, az_count, subnet_prefix)
    else:
        _check_subnet_lists(table, cidr, az_count, public, private)
    table.finish()
    return VpcSettings(name=name, region=region, cidr=cidr, az_count=az_count, public_subnets=public, private_subnets=private)


def _carve_subnets(table: _Table, cidr: IPv4Network, az_count: int, prefix: int) -> tuple[tuple[IPv4Network, ...], tuple[IPv4Network, ...]]:
    """Public subnet of AZ *i* is block 2i and its private subnet block 2i+1, so adding an AZ never moves one."""
    key = table.key("subnet_prefix")
    high = VPC_PREFIX_RANGE[1]
    needed = 2 * az_count
    shortest = cidr.prefixlen + (needed - 1).bit_length()  # the shortest prefix that yields `needed` blocks
    if shortest > high:
        raise ConfigError(
            f"{table.key('cidr')} = '{cidr}' is too small for {needed} subnets ({az_count} AZs x public and private) "
            f"of at least /{high}; use a VPC prefix of /{high - (needed - 1).bit_length()} or larger"
        )
    if not shortest <= prefix <= high:
        raise ConfigError(
            f"{key} = {prefix} does not fit {needed} subnets into {table.key('cidr')} = '{cidr}'; use /{shortest} to /{high}"
        )
    blocks = list(_first_subnets(cidr, prefix, needed))
    return tuple(blocks[0::2]), tuple(blocks[1::2])


def _first_subnets(cidr: IPv4Network, prefix: int, count: int) -> Iterator[IPv4Network]:
    for index, subnet in enumerate(cidr.subnets(new_prefix=prefix)):
        if index == count:
            return
        yield subnet


def _check_subnet_lists(
    table: _Table,
    cidr: IPv4Network,
    az_count: int,
    public: tuple[IPv4Network, ...],
    private: tuple[IPv4Network, ...],
) -> None:
    high = VPC_PREFIX_RANGE[1]
    for kind, subnets in (("public_subnets", public), ("private_subnets", private)):
        key = table.key(kind)
        if len(subnets) != az_count:
            raise ConfigError(f"{key} lists {len(subnets)} subnets; give exactly one per AZ ({table.key('az_count')} = {az_count})")
        for subnet in subnets:
            if not subnet.subnet_of(cidr):
                raise ConfigError(f"{key} has '{subnet}', which is outside the VPC range {table.key('cidr')} = '{cidr}'; every subnet must lie inside it")
            if subnet.prefixlen > high:
                raise ConfigError(f"{key} has '{subnet}', which is too small; AWS subnets are /{high} or larger")
    for first, second in combinations((*public, *private), 2):
        if first.overlaps(second):
            raise ConfigError(f"{table.key('public_subnets')}/{table.key('private_subnets')}: '{first}' overlaps '{second}'; subnets of a VPC must be disjoint")


LOG_RETENTION_DAYS = (1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653)
"""The retention periods CloudWatch Logs accepts."""
PRINCIPAL_ARN_RE = re.compile(r"^arn:(?P<partition>aws(-cn)?):iam::\d{12}:(role|user)/[\w+=,.@/-]+$")


def _bucket(table: _Table) -> BucketSettings:
    defaults = BucketSettings()
    name = table.string("name", None)
    prevent_destroy = table.boolean("prevent_destroy", defaults.prevent_destroy)
    encryption = table.choice("encryption", BucketEncryption, defaults.encryption)
    retention = table.integer("access_log_retention_days", defaults.access_log_retention_days)
    endpoint_only = table.boolean("endpoint_only", defaults.endpoint_only)
    exempt = table.string_list("exempt_principal_arns", [])
    table.finish()
    if name is not None:
        _check_bucket_name(table.key("name"), name)
    if not 1 <= retention <= 3653:
        raise ConfigError(f"{table.key('access_log_retention_days')} = {retention} is out of range; use 1 to 3653 days")
    for arn in exempt:
        if not PRINCIPAL_ARN_RE.match(arn):
            raise ConfigError(
                f"{table.key('exempt_principal_arns')} has {arn!r}, which is not an IAM role or user ARN; "
                "use e.g. 'arn:aws-cn:iam::123456789012:role/Admin'"
            )
    if endpoint_only and not exempt:
        raise ConfigError(
            f"{table.key('endpoint_only')} = true needs at least one {table.key('exempt_principal_arns')} entry: the policy "
            "denies every request that does not come through this deployment's endpoints, which locks out the console, "
            "the deployer and Terraform itself; list the admin and deployer role ARNs that must keep access"
        )
    return BucketSettings(
        name=name,
        prevent_destroy=prevent_destroy,
        encryption=encryption,
        access_log_retention_days=retention,
        endpoint_only=endpoint_only,
        exempt_principal_arns=tuple(exempt),
    )


def _dns(table: _Table) -> DnsSettings:
    mode = table.choice("mode", DnsMode, DnsSettings().mode)
    inbound_only = table.boolean_or_none("inbound_resolver_only")
    table.finish()
    if inbound_only is not None and mode is not DnsMode.PRIVATE_DNS:
        raise ConfigError(
            f"{table.key('inbound_resolver_only')} = {str(inbound_only).lower()} only applies to {table.key('mode')} = 'private-dns', "
            f"not {mode.value!r}; remove it or use private-dns"
        )
    return DnsSettings(mode=mode, inbound_resolver_only=DnsSettings().inbound_resolver_only if inbound_only is None else inbound_only)


def _endpoints(table: _Table) -> EndpointSettings:
    gateway = table.boolean("gateway", EndpointSettings().gateway)
    table.finish()
    return EndpointSettings(gateway=gateway)


def _on_premises(table: _Table) -> OnPremisesSettings:
    cidrs = table.cidr_list("cidrs", []) or ()
    resolver = table.boolean("resolver_inbound_endpoint", OnPremisesSettings().resolver_inbound_endpoint)
    table.finish()
    for cidr in cidrs:
        if cidr.prefixlen < 8:
            raise ConfigError(f"{table.key('cidrs')} has '{cidr}', which is far wider than any on-premises network; list the ranges that reach the VPC, e.g. '192.168.0.0/16'")
    if resolver and not cidrs:
        raise ConfigError(
            f"{table.key('resolver_inbound_endpoint')} = true needs {table.key('cidrs')}: the resolver's security group admits DNS "
            "from those ranges only, e.g. cidrs = ['192.168.0.0/16']"
        )
    return OnPremisesSettings(cidrs=tuple(cidrs), resolver_inbound_endpoint=resolver)


def _check_dns(settings: Settings) -> None:
    dns = settings.dns
    if dns.mode is DnsMode.PRIVATE_DNS and dns.inbound_resolver_only and not settings.endpoints.gateway:
        raise ConfigError(
            "dns.inbound_resolver_only = true needs the S3 gateway endpoint (AWS refuses inbound-only private DNS without one), "
            "but endpoints.gateway = false; set endpoints.gateway = true, or dns.inbound_resolver_only = false"
        )
    if settings.on_premises.resolver_inbound_endpoint and dns.mode is not DnsMode.PRIVATE_DNS:
        raise ConfigError(
            f"on_premises.resolver_inbound_endpoint = true needs dns.mode = 'private-dns' (the resolver answers with the endpoint VPC's "
            f"private DNS), but dns.mode = {dns.mode.value!r}; with 'endpoint-names' on-premises clients resolve the vpce names "
            "through public DNS and need no resolver"
        )


def _flow_logs(table: _Table) -> FlowLogSettings:
    retention = table.integer("retention_days", FlowLogSettings().retention_days)
    table.finish()
    if retention not in LOG_RETENTION_DAYS:
        raise ConfigError(f"{table.key('retention_days')} = {retention} is not a CloudWatch Logs retention; use one of {', '.join(map(str, LOG_RETENTION_DAYS))}")
    return FlowLogSettings(retention_days=retention)


EMULATOR_AMI_PATTERN = "amzn2-ami-hvm-2.0.*-x86_64-gp2"
"""An image moto 5.2 holds in every region: it ships no Amazon Linux 2023 image in the China regions."""

LOOPBACK_URL = re.compile(r"^http://(127\.0\.0\.1|localhost|\[::1\]):(\d{1,5})/?$")


def with_rehearsal(settings: Settings, endpoint: str) -> Settings:
    """The same deployment, pointed at a local AWS API emulator for a rehearsal.

    Only two things change: every provider's endpoints, and the hosts' AMI name pattern, which becomes
    :data:`EMULATOR_AMI_PATTERN` because the emulator lacks the real one in some regions.
    """
    match = LOOPBACK_URL.match(endpoint)
    if not match or not 0 < int(match.group(2)) < 65536:
        raise ConfigError(
            f"--rehearsal-endpoint = {endpoint!r} is not a local emulator address; use http://127.0.0.1:<port> "
            "(a rehearsal never talks to a remote endpoint)"
        )
    hosts = replace(settings.hosts, ami_name_pattern=EMULATOR_AMI_PATTERN)
    return replace(settings, hosts=hosts, rehearsal=Rehearsal(endpoint=endpoint.rstrip("/")))


def _hosts(table: _Table) -> HostSettings:
    defaults = HostSettings()
    enabled = table.boolean("enabled", defaults.enabled)
    access = table.choice("access", HostAccess, defaults.access)
    admin_cidr = table.cidr("admin_cidr", None)
    key_name = table.string("key_name", None, pattern=KEY_NAME_RE, hint="the name of an existing EC2 key pair")
    instance_type = table.string("instance_type", defaults.instance_type, pattern=INSTANCE_TYPE_RE, hint="an EC2 instance type such as t3.micro")
    ami_owner = table.string("ami_owner", defaults.ami_owner)
    ami_name_pattern = table.string("ami_name_pattern", defaults.ami_name_pattern)
    root_volume_gib = table.integer("root_volume_gib", defaults.root_volume_gib)
    table.finish()
    if not 8 <= root_volume_gib <= 1024:
        raise ConfigError(f"{table.key('root_volume_gib')} = {root_volume_gib} is out of range; use 8 to 1024 GiB")
    if enabled and access is HostAccess.BASTION:
        if admin_cidr is None:
            raise ConfigError(f"{table.key('access')} = 'bastion' needs {table.key('admin_cidr')}, the only range allowed to reach the bastion over SSH, e.g. '203.0.113.10/32'")
        if key_name is None:
            raise ConfigError(f"{table.key('access')} = 'bastion' needs {table.key('key_name')}, the EC2 key pair to log in with; or use access = 'ssm' (no key, no open port)")
    if admin_cidr is not None and admin_cidr.prefixlen < 8:
        raise ConfigError(f"{table.key('admin_cidr')} = '{admin_cidr}' opens SSH to too much of the internet; give your office or VPN range (/8 or narrower), e.g. '203.0.113.10/32'")
    return HostSettings(
        enabled=enabled,
        access=access,
        admin_cidr=admin_cidr,
        key_name=key_name,
        instance_type=instance_type,
        ami_owner=ami_owner,
        ami_name_pattern=ami_name_pattern,
        root_volume_gib=root_volume_gib,
    )


S3_BUCKET_RE = re.compile(r"^(?!xn--)(?!.*\.\.)(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$")
S3_KEY_RE = re.compile(r"^[A-Za-z0-9!_.*'()/-]{1,1024}$")
KMS_KEY_RE = re.compile(r"^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:(key|alias)/[A-Za-z0-9/_-]+$")
TFC_NAME_RE = re.compile(r"^[A-Za-z0-9_-]{1,90}$")
TFC_TAG_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9:_-]{0,254}$")
HOSTNAME_RE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")
BACKEND_KEYS = {
    BackendKind.LOCAL: ("path",),
    BackendKind.S3: ("bucket", "key", "region", "kms_key_id"),
    BackendKind.CLOUD: ("organization", "workspace", "workspace_tags", "project", "hostname"),
}


def _backend(table: _Table, *, name: str) -> BackendSettings:
    kind = table.choice("kind", BackendKind, BackendKind.LOCAL)
    for other, keys in BACKEND_KEYS.items():
        for key in keys:
            if other is not kind and key in table.raw:
                owners = [k.value for k, ks in BACKEND_KEYS.items() if key in ks]
                raise ConfigError(
                    f"{table.key(key)} applies only to kind = {' or '.join(repr(o) for o in owners)}, not to kind = {kind.value!r}; "
                    f"the settings of kind = {kind.value!r} are: {', '.join(BACKEND_KEYS[kind])}"
                )
    if kind is BackendKind.LOCAL:
        path = table.string("path", "terraform.tfstate")
        table.finish()
        parts = Path(path).parts
        if Path(path).is_absolute() or path.startswith("~") or ".." in parts or not path.endswith(".tfstate"):
            raise ConfigError(
                f"{table.key('path')} = {path!r} is not a portable state path; use a relative path inside the stack "
                "directory ending in .tfstate, e.g. 'terraform.tfstate'"
            )
        return BackendSettings(kind=kind, path=path)
    if kind is BackendKind.S3:
        bucket = table.string(
            "bucket", None, pattern=S3_BUCKET_RE, hint="an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens, e.g. 'acme-terraform-state'"
        )
        key = table.string("key", f"{name}/terraform.tfstate", pattern=S3_KEY_RE, hint="an S3 object key such as 'network/private-s3.tfstate'")
        region = table.string("region", None)
        kms_key_id = table.string("kms_key_id", None, pattern=KMS_KEY_RE, hint="a KMS key or alias ARN, e.g. 'arn:aws-cn:kms:cn-north-1:123456789012:key/…'")
        table.finish()
        if bucket is None:
            raise ConfigError(
                f"{table.key('kind')} = 's3' needs {table.key('bucket')}, the existing S3 bucket that holds the state, e.g. bucket = 'acme-terraform-state'"
            )
        if key.startswith("/") or key.endswith("/"):
            raise ConfigError(f"{table.key('key')} = {key!r} must not start or end with '/'; e.g. '{name}/terraform.tfstate'")
        if region is not None and partition_of(region) is None:
            raise ConfigError(f"{table.key('region')} = {region!r} is not a known region; valid: {', '.join(known_regions())}")
        return BackendSettings(kind=kind, path=None, bucket=bucket, key=key, region=region, kms_key_id=kms_key_id)
    organization = table.string("organization", None, pattern=TFC_NAME_RE, hint="the organization's name: letters, digits, '-' and '_'")
    workspace = table.string("workspace", None, pattern=TFC_NAME_RE, hint="a workspace name of up to 90 letters, digits, '-' and '_'")
    tags = tuple(table.string_list("workspace_tags", []))
    project = table.string("project", None)
    hostname = table.string("hostname", None, pattern=HOSTNAME_RE, hint="a host name such as 'app.terraform.io' or 'tfe.example.com'")
    table.finish()
    if organization is None:
        raise ConfigError(
            f"{table.key('kind')} = 'cloud' needs {table.key('organization')}, the Terraform Cloud / HCP Terraform organization, e.g. organization = 'acme'"
        )
    if (workspace is None) == (not tags):
        given = "both workspace and workspace_tags are set" if workspace is not None else "neither is set"
        raise ConfigError(
            f"{table.key('kind')} = 'cloud' needs exactly one of {table.key('workspace')} (one workspace by name, e.g. 'private-s3-prod') "
            f"or {table.key('workspace_tags')} (workspaces by tag, e.g. ['private-s3']); {given}"
        )
    for tag in tags:
        if not TFC_TAG_RE.match(tag):
            raise ConfigError(f"{table.key('workspace_tags')} has {tag!r}, which is not a valid tag; use letters, digits, ':', '-' and '_', starting with a letter or digit")
    if project is not None and not project.strip():
        raise ConfigError(f"{table.key('project')} = {project!r} is empty; give the project's name or leave it out")
    return BackendSettings(
        kind=kind, path=None, organization=organization, workspace=workspace, workspace_tags=tags, project=project, hostname=hostname
    )


# --- cross-field checks ------------------------------------------------------------------------


def _check_regions(settings: Settings) -> None:
    endpoint = settings.endpoint_vpc
    partition = settings.partition
    names: dict[str, str] = {endpoint.name: "endpoint_vpc"}
    for index, consumer in enumerate(settings.consumer_vpcs):
        key = f"consumer_vpcs[{index}]"
        other = partition_of(consumer.region)
        assert other is not None
        if other.id != partition.id:
            raise ConfigError(
                f"{key}.region = {consumer.region!r} is in partition {other.id} but endpoint_vpc.region = {endpoint.region!r} is in "
                f"{partition.id}; peering cannot cross partitions, pick a region of {partition.id}: {', '.join(sorted(partition.regions))}"
            )
        if consumer.name in names:
            raise ConfigError(f"{key}.name = {consumer.name!r} is already used by {names[consumer.name]}; every VPC needs its own name")
        names[consumer.name] = key


def _stacks(table: _Table) -> StackSettings:
    split = table.choice("split", StackSplit, StackSplit.NONE)
    table.finish()
    return StackSettings(split=split)


def _check_stacks(settings: Settings) -> None:
    if settings.stacks.split is StackSplit.NONE:
        return
    for index, vpc in enumerate(settings.consumer_vpcs):
        if vpc.name == ENDPOINT_STACK_SUFFIX:
            raise ConfigError(
                f"consumer_vpcs[{index}].name = {vpc.name!r} would name the same stack as the endpoint side with stacks.split = "
                f"'{settings.stacks.split.value}' ({settings.name}-{ENDPOINT_STACK_SUFFIX}); choose another VPC name"
            )
    backend = settings.backend
    if backend.kind is BackendKind.CLOUD and backend.workspace is None:
        raise ConfigError(
            f"stacks.split = '{settings.stacks.split.value}' needs backend.workspace: each stack gets its own workspace "
            f"(<workspace>-{ENDPOINT_STACK_SUFFIX}, <workspace>-<consumer>) and a consumer stack reads the endpoint stack's "
            "outputs from it by name; backend.workspace_tags cannot name one workspace"
        )
    if backend.kind is BackendKind.CLOUD:
        assert backend.workspace is not None
        longest = max(len(part.stack) - len(settings.name) for part in settings.parts) + len(backend.workspace)
        if longest > 90:
            raise ConfigError(f"backend.workspace = {backend.workspace!r} makes stack workspace names longer than 90 characters; shorten it")


def _resolve_backend(settings: Settings) -> Settings:
    """The S3 state bucket defaults to the endpoint VPC's region and must be in the deployment's partition:
    one set of credentials serves both."""
    backend = settings.backend
    if backend.kind is not BackendKind.S3:
        return settings
    if backend.region is None:
        return replace(settings, backend=replace(backend, region=settings.endpoint_vpc.region))
    partition = settings.partition
    if backend.region not in partition.regions:
        raise ConfigError(
            f"backend.region = {backend.region!r} is outside partition {partition.id} of the deployment; the state bucket must be in "
            f"one of {', '.join(sorted(partition.regions))}, reachable with the same credentials"
        )
    return settings


def _check_exempt_principals(settings: Settings) -> None:
    partition = settings.partition.id
    for arn in settings.bucket.exempt_principal_arns:
        match = PRINCIPAL_ARN_RE.match(arn)
        assert match is not None
        if match.group("partition") != partition:
            raise ConfigError(
                f"bucket.exempt_principal_arns has {arn!r} in partition {match.group('partition')}, but the deployment is in "
                f"{partition}; use arn:{partition}:iam::<account>:role/<name>"
            )


def _check_address_space(settings: Settings) -> None:
    """Peered VPCs, and every other range the stack routes or admits, must not overlap."""
    ranges: list[tuple[str, IPv4Network]] = [(f"endpoint_vpc.cidr (VPC {settings.endpoint_vpc.name})", settings.endpoint_vpc.cidr)]
    ranges += [(f"consumer_vpcs[{i}].cidr (VPC {vpc.name})", vpc.cidr) for i, vpc in enumerate(settings.consumer_vpcs)]
    if settings.hosts.admin_cidr is not None:
        ranges.append(("hosts.admin_cidr", settings.hosts.admin_cidr))
    ranges += [(f"on_premises.cidrs[{i}]", cidr) for i, cidr in enumerate(settings.on_premises.cidrs)]
    for (first_key, first), (second_key, second) in combinations(ranges, 2):
        if first.overlaps(second):
            raise ConfigError(
                f"{second_key} = '{second}' overlaps {first_key} = '{first}'; peered VPCs and the other configured ranges "
                "need disjoint address space, e.g. 172.31.0.0/16 and 10.10.0.0/16"
            )


def _check_private(key: str, cidr: IPv4Network) -> None:
    if not any(cidr.subnet_of(block) for block in RFC1918):
        raise ConfigError(f"{key} = '{cidr}' is not a private range; use a block inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16 (RFC 1918)")


BUCKET_RE = re.compile(r"^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$")
BUCKET_RESERVED_PREFIXES = ("xn--", "sthree-", "amzn-s3-demo-")
BUCKET_RESERVED_SUFFIXES = ("-s3alias", "--ol-s3", ".mrap", "--x-s3", "--table-s3")


def _check_bucket_name(key: str, name: str) -> None:
    """S3 general purpose bucket naming rules, minus dots.

    S3 allows dots, but a dotted name breaks TLS for virtual-hosted-style requests
    (``https://<bucket>.bucket.vpce-….amazonaws.com.cn``), which is how clients use the interface endpoint.
    """
    rule = "3-63 lowercase letters, digits and hyphens, starting and ending with a letter or digit"
    if "." in name:
        raise ConfigError(f"{key} = {name!r} contains a dot; dotted names break HTTPS through the interface endpoint, use {rule}")
    if not BUCKET_RE.match(name):
        raise ConfigError(f"{key} = {name!r} breaks the S3 naming rules; use {rule}")
    for prefix in BUCKET_RESERVED_PREFIXES:
        if name.startswith(prefix):
            raise ConfigError(f"{key} = {name!r} starts with the reserved prefix {prefix!r}; use {rule}, without that prefix")
    for suffix in BUCKET_RESERVED_SUFFIXES:
        if name.endswith(suffix):
            raise ConfigError(f"{key} = {name!r} ends with the reserved suffix {suffix!r}; use {rule}, without that suffix")


# --- typed access to one TOML table ------------------------------------------------------------


class _Table:
    """Reads typed values from one TOML table and refuses the keys nobody asked for."""

    def __init__(self, raw: Any, path: str) -> None:
        if not isinstance(raw, Mapping):
            raise ConfigError(f"{path} must be a table, got {_type_name(raw)} {raw!r}")
        self.raw = raw
        self._path = path
        self._known: list[str] = []

    def key(self, name: str) -> str:
        return f"{self._path}.{name}" if self._path else name

    def _get(self, name: str, default: Any) -> Any:
        self._known.append(name)
        return self.raw.get(name, default)

    def _typed(self, name: str, default: Any, kind: type | tuple[type, ...], expected: str) -> Any:
        value = self._get(name, default)
        if value is None:
            return None
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in (kind if isinstance(kind, tuple) else (kind,))):
            raise ConfigError(f"{self.key(name)} = {value!r} is {_type_name(value)}; expected {expected}")
        return value

    def string(self, name: str, default: str | None, *, pattern: re.Pattern[str] | None = None, hint: str = "") -> Any:
        value = self._typed(name, default, str, "a string")
        if value is not None and pattern is not None and not pattern.match(value):
            raise ConfigError(f"{self.key(name)} = {value!r} is not valid; use {hint}")
        return value

    def integer(self, name: str, default: int | None) -> Any:
        return self._typed(name, default, int, "an integer")

    def boolean(self, name: str, default: bool) -> bool:
        return bool(self._typed(name, default, bool, "true or false"))

    def choice(self, name: str, enum: type[StrEnum], default: StrEnum) -> Any:
        value = self._typed(name, default.value, str, "a string")
        valid = [member.value for member in enum]
        if value not in valid:
            raise ConfigError(f"{self.key(name)} = {value!r} is not one of {', '.join(repr(v) for v in valid)}")
        return enum(value)

    def cidr(self, name: str, default: str | None) -> IPv4Network | None:
        value = self._typed(name, default, str, "an IPv4 CIDR string such as '10.10.0.0/16'")
        return None if value is None else _parse_cidr(self.key(name), value)

    def cidr_list(self, name: str, default: Sequence[str] | None) -> tuple[IPv4Network, ...] | None:
        values = self._typed(name, default, list, "a list of IPv4 CIDR strings")
        if values is None:
            return None
        key = self.key(name)
        for value in values:
            if not isinstance(value, str):
                raise ConfigError(f"{key} has {value!r}, which is {_type_name(value)}; expected IPv4 CIDR strings such as '10.10.1.0/24'")
        return tuple(_parse_cidr(key, value) for value in values)

    def boolean_or_none(self, name: str) -> bool | None:
        value = self._typed(name, None, bool, "true or false")
        return None if value is None else bool(value)

    def string_list(self, name: str, default: list[str]) -> list[str]:
        values = self._typed(name, default, list, "a list of strings")
        for value in values:
            if not isinstance(value, str):
                raise ConfigError(f"{self.key(name)} has {value!r}, which is {_type_name(value)}; expected strings")
        return list(values)

    def table(self, name: str, default: Mapping[str, Any]) -> _Table:
        value = self._get(name, default)
        if not isinstance(value, Mapping):
            raise ConfigError(f"{self.key(name)} = {value!r} is {_type_name(value)}; expected a table ([{self.key(name)}])")
        return _Table(value, self.key(name))

    def array_of_tables(self, name: str, default: list[Mapping[str, Any]]) -> list[_Table]:
        value = self._get(name, default)
        if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
            raise ConfigError(f"{self.key(name)} = {value!r} is {_type_name(value)}; expected an array of tables ([[{self.key(name)}]])")
        if not value:
            raise ConfigError(f"{self.key(name)} is empty; give at least one [[{self.key(name)}]] table")
        return [_Table(item, f"{self.key(name)}[{index}]") for index, item in enumerate(value)]

    def finish(self) -> None:
        """Refuse keys that were never read: a typo must never be silently ignored."""
        for name in self.raw:
            if name not in self._known:
                close = difflib.get_close_matches(name, self._known, n=1, cutoff=0.5)
                suggestion = f"did you mean {self.key(close[0])!r}? " if close else ""
                raise ConfigError(
                    f"unknown setting {self.key(name)!r}; {suggestion}valid keys{' in [' + self._path + ']' if self._path else ''}: "
                    f"{', '.join(sorted(self._known))}"
                )


def _parse_cidr(key: str, value: str) -> IPv4Network:
    try:
        return IPv4Network(value, strict=True)
    except ValueError as error:
        try:
            loose = IPv4Network(value, strict=False)
        except ValueError:
            raise ConfigError(f"{key} = {value!r} is not an IPv4 CIDR ({error}); write it as address/prefix, e.g. '10.10.0.0/16'") from None
        raise ConfigError(f"{key} = {value!r} has host bits set; use the network address '{loose}'") from None


def _type_name(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "a list",
        dict: "a table",
    }.get(type(value), type(value).__name__)


__all__ = [
    "DnsMode",
    "DnsSettings",
    "EndpointSettings",
    "OnPremisesSettings",
    "BucketEncryption",
    "FlowLogSettings",
    "BackendKind",
    "BackendSettings",
    "BucketSettings",
    "ConfigError",
    "DEFAULTS",
    "HostAccess",
    "HostSettings",
    "Settings",
    "VpcSettings",
    "load_settings",
    "locate",
    "to_toml",
    "parse_settings",
    "Part",
    "Rehearsal",
    "StackSettings",
    "StackSplit",
    "with_rehearsal",
]
