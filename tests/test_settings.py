"""modules/settings.py and main.py: every invalid input is refused before anything is built or written."""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from main import main
from modules.settings import DEFAULTS, ConfigError, load_settings, parse_settings, to_toml

ROOT = Path(__file__).resolve().parent.parent

BEIJING = '[[consumer_vpcs]]\nname = "beijing"\nregion = "cn-north-1"\n'

# (id, TOML text, fragments the message must contain: the setting, the value, what would be valid)
INVALID = [
    ("overlapping_vpcs", BEIJING + 'cidr = "10.10.128.0/17"\n', ["consumer_vpcs[0].cidr", "10.10.128.0/17", "overlaps endpoint_vpc.cidr", "disjoint"]),
    (
        "overlap_with_admin_cidr",
        '[hosts]\naccess = "bastion"\nkey_name = "ops"\nadmin_cidr = "10.10.1.0/24"\n',
        ["hosts.admin_cidr", "10.10.1.0/24", "overlaps endpoint_vpc.cidr", "disjoint"],
    ),
    ("malformed_cidr", '[endpoint_vpc]\ncidr = "10.10.0.0/33"\n', ["endpoint_vpc.cidr", "10.10.0.0/33", "not an IPv4 CIDR", "e.g. '10.10.0.0/16'"]),
    ("cidr_not_an_address", '[endpoint_vpc]\ncidr = "ten.ten/16"\n', ["endpoint_vpc.cidr", "ten.ten/16", "not an IPv4 CIDR"]),
    ("host_bits_set", '[endpoint_vpc]\ncidr = "10.10.0.1/16"\n', ["endpoint_vpc.cidr", "10.10.0.1/16", "host bits", "10.10.0.0/16"]),
    ("public_range", BEIJING + 'cidr = "52.80.0.0/16"\n', ["consumer_vpcs[0].cidr", "52.80.0.0/16", "not a private range", "RFC 1918"]),
    ("vpc_prefix_too_large", '[endpoint_vpc]\ncidr = "10.0.0.0/8"\n', ["endpoint_vpc.cidr", "10.0.0.0/8", "too large", "/16 to /28"]),
    ("vpc_prefix_too_small", '[endpoint_vpc]\ncidr = "10.10.0.0/27"\n', ["endpoint_vpc.cidr", "10.10.0.0/27", "too small for 4 subnets", "/26 or larger"]),
    ("subnet_prefix_too_large", '[endpoint_vpc]\ncidr = "10.10.0.0/24"\nsubnet_prefix = 24\n', ["endpoint_vpc.subnet_prefix = 24", "10.10.0.0/24", "/26 to /28"]),
    ("subnet_prefix_too_small", '[endpoint_vpc]\nsubnet_prefix = 29\n', ["endpoint_vpc.subnet_prefix = 29", "/18 to /28"]),
    (
        "subnet_outside_vpc",
        '[endpoint_vpc]\npublic_subnets = ["10.10.0.0/24", "10.11.0.0/24"]\nprivate_subnets = ["10.10.1.0/24", "10.10.3.0/24"]\n',
        ["endpoint_vpc.public_subnets", "10.11.0.0/24", "outside the VPC range", "10.10.0.0/16"],
    ),
    (
        "subnets_overlap",
        '[endpoint_vpc]\npublic_subnets = ["10.10.0.0/24", "10.10.2.0/24"]\nprivate_subnets = ["10.10.0.0/25", "10.10.3.0/24"]\n',
        ["10.10.0.0/24", "overlaps '10.10.0.0/25'", "disjoint"],
    ),
    (
        "subnet_count_differs_from_azs",
        '[endpoint_vpc]\npublic_subnets = ["10.10.0.0/24"]\nprivate_subnets = ["10.10.1.0/24", "10.10.3.0/24"]\n',
        ["endpoint_vpc.public_subnets", "lists 1 subnets", "one per AZ", "az_count = 2"],
    ),
    ("only_one_subnet_list", '[endpoint_vpc]\npublic_subnets = ["10.10.0.0/24", "10.10.2.0/24"]\n', ["endpoint_vpc.public_subnets", "endpoint_vpc.private_subnets", "give both lists"]),
    ("fewer_than_two_azs", '[endpoint_vpc]\naz_count = 1\n', ["endpoint_vpc.az_count = 1", "use 2 to 6"]),
    (
        "partitions_differ",
        BEIJING.replace("cn-north-1", "eu-west-1") + 'cidr = "172.31.0.0/16"\n',
        ["consumer_vpcs[0].region = 'eu-west-1'", "partition aws", "aws-cn", "cn-north-1, cn-northwest-1"],
    ),
    (
        "existing_vpc_without_route_tables",
        BEIJING + 'cidr = "172.31.0.0/16"\nvpc_id = "vpc-0123456789abcdef0"\n',
        ["consumer_vpcs[0].route_table_ids is empty", "existing VPC"],
    ),
    (
        "existing_vpc_with_subnets",
        BEIJING + 'cidr = "172.31.0.0/16"\nvpc_id = "vpc-0123456789abcdef0"\nroute_table_ids = ["rtb-0123456789abcdef0"]\nsubnet_prefix = 20\n',
        ["consumer_vpcs[0].subnet_prefix is set for an existing VPC", "remove it"],
    ),
    ("existing_vpc_bad_id", BEIJING + 'cidr = "172.31.0.0/16"\nvpc_id = "vpc-XYZ"\n', ["consumer_vpcs[0].vpc_id = 'vpc-XYZ'", "vpc-0123456789abcdef0"]),
    (
        "existing_vpc_bad_route_table",
        BEIJING + 'cidr = "172.31.0.0/16"\nvpc_id = "vpc-0123456789abcdef0"\nroute_table_ids = ["rt-1"]\n',
        ["consumer_vpcs[0].route_table_ids has 'rt-1'", "rtb-0123456789abcdef0"],
    ),
    ("route_tables_for_a_created_vpc", BEIJING + 'cidr = "172.31.0.0/16"\nroute_table_ids = ["rtb-0123456789abcdef0"]\n', ["only for an existing VPC"]),
    (
        "two_consumers_overlap",
        BEIJING + 'cidr = "172.31.0.0/16"\n[[consumer_vpcs]]\nname = "batch"\nregion = "cn-north-1"\ncidr = "172.31.64.0/18"\n',
        ["consumer_vpcs[1].cidr (VPC batch) = '172.31.64.0/18' overlaps consumer_vpcs[0].cidr (VPC beijing) = '172.31.0.0/16'"],
    ),
    ("unknown_region", '[endpoint_vpc]\nregion = "cn-northwest-2"\n', ["endpoint_vpc.region = 'cn-northwest-2'", "not a known region", "did you mean cn-northwest-1", "valid:"]),
    ("bucket_uppercase", '[bucket]\nname = "Team-Data"\n', ["bucket.name = 'Team-Data'", "S3 naming rules", "lowercase"]),
    ("bucket_too_short", '[bucket]\nname = "ab"\n', ["bucket.name = 'ab'", "3-63"]),
    ("bucket_too_long", '[bucket]\nname = "' + "a" * 64 + '"\n', ["bucket.name", "3-63"]),
    ("bucket_leading_hyphen", '[bucket]\nname = "-data"\n', ["bucket.name = '-data'", "starting and ending with a letter or digit"]),
    ("bucket_ip_address_with_dots", '[bucket]\nname = "192.168.5.4"\n', ["bucket.name = '192.168.5.4'", "dot"]),
    ("bucket_reserved_prefix", '[bucket]\nname = "xn--data"\n', ["bucket.name = 'xn--data'", "reserved prefix 'xn--'"]),
    ("bucket_reserved_suffix", '[bucket]\nname = "data-s3alias"\n', ["bucket.name = 'data-s3alias'", "reserved suffix '-s3alias'"]),
    ("wrong_type_prevent_destroy", '[bucket]\nprevent_destroy = 0\n', ["bucket.prevent_destroy = 0", "expected true or false"]),
    ("unknown_top_level_key", 'nmae = "x"\n', ["unknown setting 'nmae'", "did you mean 'name'", "valid keys"]),
    ("unknown_nested_key", '[endpoint_vpc]\ncidr_block = "10.10.0.0/16"\n', ["unknown setting 'endpoint_vpc.cidr_block'", "did you mean 'endpoint_vpc.cidr'"]),
    ("unknown_table", '[buckets]\nname = "x"\n', ["unknown setting 'buckets'", "did you mean 'bucket'"]),
    ("wrong_type_integer", '[endpoint_vpc]\naz_count = "2"\n', ["endpoint_vpc.az_count = '2'", "is a string", "expected an integer"]),
    ("wrong_type_boolean", '[hosts]\nenabled = "yes"\n', ["hosts.enabled = 'yes'", "expected true or false"]),
    ("wrong_type_table", 'endpoint_vpc = "ningxia"\n', ["endpoint_vpc = 'ningxia'", "expected a table"]),
    ("wrong_type_list", '[endpoint_vpc]\npublic_subnets = "10.10.0.0/24"\n', ["endpoint_vpc.public_subnets", "expected a list"]),
    ("no_consumers", "consumer_vpcs = []\n", ["consumer_vpcs is empty", "at least one"]),
    ("duplicate_vpc_names", BEIJING.replace('"beijing"', '"ningxia"') + 'cidr = "172.31.0.0/16"\n', ["consumer_vpcs[0].name = 'ningxia'", "already used by endpoint_vpc"]),
    ("unknown_access_mode", '[hosts]\naccess = "ssh"\n', ["hosts.access = 'ssh'", "'ssm', 'bastion'"]),
    ("bastion_without_admin_cidr", '[hosts]\naccess = "bastion"\nkey_name = "ops"\n', ["hosts.access = 'bastion' needs hosts.admin_cidr"]),
    ("bastion_without_key", '[hosts]\naccess = "bastion"\nadmin_cidr = "203.0.113.0/24"\n', ["needs hosts.key_name"]),
    ("ssh_open_to_the_world", '[hosts]\naccess = "bastion"\nkey_name = "ops"\nadmin_cidr = "0.0.0.0/0"\n', ["hosts.admin_cidr = '0.0.0.0/0'", "too much of the internet"]),
    ("absolute_state_path", '[backend]\npath = "/var/state/terraform.tfstate"\n', ["backend.path", "/var/state/terraform.tfstate", "relative path"]),
    ("unknown_backend", '[backend]\nkind = "gcs"\n', ["backend.kind = 'gcs'", "'local', 's3', 'cloud'"]),
    ("s3_backend_without_bucket", '[backend]\nkind = "s3"\n', ["backend.kind = 's3' needs backend.bucket"]),
    ("s3_backend_bad_bucket", '[backend]\nkind = "s3"\nbucket = "State_Bucket"\n', ["backend.bucket = 'State_Bucket'", "3-63 lowercase"]),
    (
        "s3_backend_outside_the_partition",
        '[backend]\nkind = "s3"\nbucket = "acme-state"\nregion = "eu-west-1"\n',
        ["backend.region = 'eu-west-1' is outside partition aws-cn", "cn-north-1, cn-northwest-1"],
    ),
    ("s3_backend_with_a_local_path", '[backend]\nkind = "s3"\nbucket = "acme-state"\npath = "x.tfstate"\n', ["backend.path applies only to kind = 'local'"]),
    ("cloud_backend_without_organization", '[backend]\nkind = "cloud"\nworkspace = "private-s3"\n', ["backend.kind = 'cloud' needs backend.organization"]),
    ("cloud_backend_without_workspace", '[backend]\nkind = "cloud"\norganization = "acme"\n', ["exactly one of backend.workspace", "backend.workspace_tags", "neither is set"]),
    (
        "cloud_backend_with_name_and_tags",
        '[backend]\nkind = "cloud"\norganization = "acme"\nworkspace = "a"\nworkspace_tags = ["b"]\n',
        ["exactly one of backend.workspace", "both workspace and workspace_tags are set"],
    ),
    ("cloud_backend_bad_workspace", '[backend]\nkind = "cloud"\norganization = "acme"\nworkspace = "prod/network"\n', ["backend.workspace = 'prod/network'", "letters, digits"]),
    ("unknown_split", '[stacks]\nsplit = "per-region"\n', ["stacks.split = 'per-region'", "'none', 'per-consumer'"]),
    (
        "split_with_tagged_workspaces",
        '[stacks]\nsplit = "per-consumer"\n[backend]\nkind = "cloud"\norganization = "acme"\nworkspace_tags = ["a"]\n',
        ["stacks.split = 'per-consumer' needs backend.workspace", "workspace_tags cannot name one workspace"],
    ),
    (
        "split_with_a_consumer_named_endpoint",
        '[stacks]\nsplit = "per-consumer"\n' + BEIJING.replace('"beijing"', '"endpoint"') + 'cidr = "172.31.0.0/16"\n',
        ["consumer_vpcs[0].name = 'endpoint'", "private-s3-endpoint"],
    ),
    ("cloud_backend_with_s3_bucket", '[backend]\nkind = "cloud"\norganization = "acme"\nbucket = "x"\n', ["backend.bucket applies only to kind = 's3'"]),
    ("bad_deployment_name", 'name = "Private S3"\n', ["name = 'Private S3'", "lowercase letters"]),
    ("unknown_dns_mode", '[dns]\nmode = "split-horizon"\n', ["dns.mode = 'split-horizon'", "'endpoint-names', 'private-dns', 'consumer-zone'"]),
    ("inbound_only_outside_private_dns", '[dns]\nmode = "consumer-zone"\ninbound_resolver_only = true\n', ["dns.inbound_resolver_only = true only applies to dns.mode = 'private-dns'"]),
    (
        "inbound_only_without_gateway",
        '[dns]\nmode = "private-dns"\ninbound_resolver_only = true\n[endpoints]\ngateway = false\n',
        ["dns.inbound_resolver_only = true needs the S3 gateway endpoint", "endpoints.gateway = false"],
    ),
    ("resolver_without_on_premises_ranges", '[dns]\nmode = "private-dns"\n[on_premises]\nresolver_inbound_endpoint = true\n', ["needs on_premises.cidrs"]),
    (
        "resolver_without_private_dns",
        '[on_premises]\ncidrs = ["192.168.0.0/16"]\nresolver_inbound_endpoint = true\n',
        ["on_premises.resolver_inbound_endpoint = true needs dns.mode = 'private-dns'", "'endpoint-names'"],
    ),
    ("on_premises_overlaps_a_vpc", '[on_premises]\ncidrs = ["172.31.128.0/17"]\n', ["on_premises.cidrs[0] = '172.31.128.0/17' overlaps consumer_vpcs[0].cidr"]),
    ("on_premises_range_too_wide", '[on_premises]\ncidrs = ["0.0.0.0/0"]\n', ["on_premises.cidrs has '0.0.0.0/0'"]),
    (
        "endpoint_only_without_exemptions",
        '[bucket]\nendpoint_only = true\n',
        ["bucket.endpoint_only = true needs at least one bucket.exempt_principal_arns", "locks out the console"],
    ),
    (
        "exempt_principal_in_other_partition",
        '[bucket]\nendpoint_only = true\nexempt_principal_arns = ["arn:aws:iam::123456789012:role/Admin"]\n',
        ["'arn:aws:iam::123456789012:role/Admin' in partition aws", "arn:aws-cn:iam::<account>:role/<name>"],
    ),
    ("exempt_principal_not_an_arn", '[bucket]\nexempt_principal_arns = ["Admin"]\n', ["bucket.exempt_principal_arns has 'Admin'", "not an IAM role or user ARN"]),
    ("unknown_encryption", '[bucket]\nencryption = "aes"\n', ["bucket.encryption = 'aes'", "'sse-s3', 'sse-kms'"]),
    ("bad_flow_log_retention", '[flow_logs]\nretention_days = 100\n', ["flow_logs.retention_days = 100", "365"]),
    ("not_toml", "name = \n", ["not valid TOML", "line 1"]),
]


def run_main(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=cwd, capture_output=True, text=True, timeout=120, check=False)


@pytest.mark.parametrize(("text", "fragments"), [case[1:] for case in INVALID], ids=[case[0] for case in INVALID])
def test_invalid_setting_is_refused_and_nothing_is_written(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, fragments: list[str]) -> None:
    # GIVEN a config file with one bad setting
    config = tmp_path / "deployment.toml"
    config.write_text(text, encoding="utf-8")
    outdir = tmp_path / "out"
    # WHEN main.py synthesizes it (in this process: `python main.py` exits with what main() returns, see
    # test_missing_config_file for the real process)
    code = main(["--config", str(config), "--output", str(outdir)])
    # THEN it exits 2 with one clear message on stderr naming the file, and writes nothing
    captured = capsys.readouterr()
    assert code == 2, captured.err
    message = captured.err.strip()
    assert re.match(rf"error: config file {re.escape(str(config))}(, line \d+)?: ", message), message
    assert len(message.splitlines()) == 1, message
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"
    assert captured.out == ""
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deployment.toml"]


@pytest.mark.parametrize(
    "backend",
    [
        {"kind": "s3", "bucket": "acme-state", "key": "network/private-s3.tfstate", "region": "cn-north-1"},
        {"kind": "cloud", "organization": "acme", "workspace": "private-s3-prod", "project": "network", "hostname": "tfe.example.com"},
        {"kind": "cloud", "organization": "acme", "workspace_tags": ["private-s3", "china"]},
    ],
)
def test_backend_settings_round_trip(backend: dict[str, object]) -> None:
    settings = parse_settings({"backend": backend})
    assert parse_settings(tomllib.loads(to_toml(settings))) == settings


def test_s3_backend_defaults_to_the_endpoint_region_and_a_key_per_deployment() -> None:
    backend = parse_settings({"name": "team-a", "backend": {"kind": "s3", "bucket": "acme-state"}}).backend
    assert (backend.region, backend.key) == ("cn-northwest-1", "team-a/terraform.tfstate")


def test_missing_config_file(tmp_path: Path) -> None:
    result = run_main("--config", str(tmp_path / "nope.toml"), "--output", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"config file {tmp_path / 'nope.toml'}: not found" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_unreadable_config_file(tmp_path: Path) -> None:
    # a directory, and a file that is not UTF-8: neither can be read as TOML text (root ignores file modes)
    (tmp_path / "adir.toml").mkdir()
    (tmp_path / "latin1.toml").write_bytes(b'name = "caf\xe9"\n')
    for name in ("adir.toml", "latin1.toml"):
        result = run_main("--config", str(tmp_path / name), "--output", str(tmp_path / "out"))
        assert result.returncode == 2
        assert f"config file {tmp_path / name}: cannot be read" in result.stderr
    assert not (tmp_path / "out").exists()


def test_config_path_from_the_environment_is_validated_too(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[endpoint_vpc]\naz_count = 1\n', encoding="utf-8")
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--output", str(tmp_path / "out")],
        cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PRIVATE_S3_CONFIG": str(bad)},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "endpoint_vpc.az_count = 1" in result.stderr


def test_the_default_is_the_blog_post_environment() -> None:
    settings = load_settings(None)
    assert (settings.endpoint_vpc.region, str(settings.endpoint_vpc.cidr)) == ("cn-northwest-1", "10.10.0.0/16")
    [beijing] = settings.consumer_vpcs
    assert (beijing.region, str(beijing.cidr)) == ("cn-north-1", "172.31.0.0/16")
    assert settings.partition.id == "aws-cn"
    # the blog post's hosts sit at 10.10.1.94 and 172.31.30.22: both inside the first private subnets
    assert str(settings.endpoint_vpc.private_subnets[0]) == "10.10.1.0/24"
    assert str(beijing.private_subnets[0]) == "172.31.16.0/20"


def test_the_china_example_is_exactly_the_default() -> None:
    assert load_settings(ROOT / "examples" / "china.toml") == load_settings(None)


def test_every_example_is_valid() -> None:
    for path in sorted((ROOT / "examples").glob("*.toml")):
        load_settings(path)


def test_subnets_are_carved_without_moving_when_azs_are_added() -> None:
    two = parse_settings({"endpoint_vpc": {**DEFAULTS["endpoint_vpc"], "az_count": 2}}).endpoint_vpc
    three = parse_settings({"endpoint_vpc": {**DEFAULTS["endpoint_vpc"], "az_count": 3}}).endpoint_vpc
    assert three.public_subnets[:2] == two.public_subnets
    assert three.private_subnets[:2] == two.private_subnets


def test_explicit_subnets_are_kept() -> None:
    vpc = parse_settings(
        {"endpoint_vpc": {"public_subnets": ["10.10.100.0/24", "10.10.101.0/24"], "private_subnets": ["10.10.0.0/20", "10.10.16.0/20"]}}
    ).endpoint_vpc
    assert [str(s) for s in vpc.private_subnets] == ["10.10.0.0/20", "10.10.16.0/20"]


def test_rehearsal_endpoint_must_be_loopback(tmp_path: Path) -> None:
    for endpoint in ("http://10.0.0.5:5000", "https://127.0.0.1:5000", "http://127.0.0.1", "http://example.com:5000"):
        result = run_main("--rehearsal-endpoint", endpoint, "--output", str(tmp_path / "out"))
        assert result.returncode == 2
        assert f"--rehearsal-endpoint = {endpoint!r} is not a local emulator address" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_errors_are_config_errors() -> None:
    with pytest.raises(ConfigError, match=r"endpoint_vpc\.az_count = 7 is out of range"):
        parse_settings({"endpoint_vpc": {"az_count": 7}})


def test_unconfirmed_resolver_availability_is_said_plainly() -> None:
    on_premises = {"cidrs": ["192.168.0.0/16"], "resolver_inbound_endpoint": True}
    china = parse_settings({"dns": {"mode": "private-dns"}, "on_premises": on_premises})
    [warning] = china.warnings()
    assert "no dated source confirms inbound endpoints" in warning and "DNS proxy" in warning
    assert load_settings(None).warnings() == []
    assert load_settings(ROOT / "examples" / "global.toml").warnings() == []


@pytest.mark.parametrize(
    ("text", "line"),
    [
        ('name = "private-s3"\n\n[endpoint_vpc]\nregion = "cn-northwest-1"\ncidr = "10.10.0.1/16"\n', 5),
        ('[[consumer_vpcs]]\nname = "a1"\nregion = "cn-north-1"\ncidr = "172.31.0.0/16"\n\n[[consumer_vpcs]]\nname = "b1"\nregion = "cn-north-1"\ncidr = "172.31.0.0/17"\n', 9),
        ('[hosts]\ninstance_typ = "t3.micro"\n', 2),
    ],
    ids=["nested_key", "second_array_table", "unknown_key"],
)
def test_errors_name_the_line_of_the_value(tmp_path: Path, text: str, line: int) -> None:
    config = tmp_path / "deployment.toml"
    config.write_text(text, encoding="utf-8")
    result = run_main("--config", str(config), "--output", str(tmp_path / "out"))
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: config file {config}, line {line}: "), result.stderr
