"""Rehearse a deployment's whole lifecycle against a local AWS API emulator (moto).

    make rehearse                                   # the default China deployment
    make rehearse CONFIG=examples/global.toml
    .venv/bin/python -m tools.rehearse --config FILE [--endpoint http://127.0.0.1:PORT] [--workdir DIR]

Steps: synthesize with ``--rehearsal-endpoint``; ``terraform init`` and ``apply``; re-plan, which must
show no change but the emulator's known gaps; put, list and get an object through boto3; check that an
accidental ``terraform destroy`` leaves the bucket and its objects alone; tear down deliberately (release
the bucket with ``bucket.prevent_destroy = false``, apply, destroy); confirm nothing is left. A split
deployment's stacks are applied and re-planned endpoint stack first, and destroyed in reverse. Without
``--endpoint`` a moto server is started on a free loopback port and stopped at the end.

Exit codes: 0 rehearsed; 2 a prerequisite is missing (said which, and how to get it); 1 a step failed.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import json
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modules.settings import ConfigError, Settings, load_settings, with_rehearsal  # noqa: E402
from tools.terraform import PrerequisiteError, Terraform, mirror_root, terraform_binary, write_cli_config  # noqa: E402

DUMMY_CREDENTIALS = {"AWS_ACCESS_KEY_ID": "rehearsal", "AWS_SECRET_ACCESS_KEY": "rehearsal", "AWS_SESSION_TOKEN": "rehearsal"}

@dataclass(frozen=True)
class EmulatorGap:
    """Attributes of one kind of resource that the emulator reads back differently from AWS."""

    resource_type: str
    attributes: frozenset[str]
    applies: Callable[[dict[str, Any]], bool]
    why: str


def _references_a_group_or_prefix_list(after: dict[str, Any]) -> bool:
    return bool(after.get("referenced_security_group_id") or after.get("prefix_list_id"))


EMULATOR_GAPS = (
    EmulatorGap(
        "aws_vpc_endpoint",
        frozenset({"dns_options"}),
        lambda after: after.get("vpc_endpoint_type") == "Interface",
        "moto 5.2 does not store an interface endpoint's dns_options, so every re-plan sets them again",
    ),
    EmulatorGap(
        "aws_vpc_security_group_egress_rule",
        frozenset({"description"}),
        _references_a_group_or_prefix_list,
        "moto 5.2 drops the description of a rule whose peer is a prefix list or a security group",
    ),
    EmulatorGap(
        "aws_vpc_security_group_ingress_rule",
        frozenset({"description"}),
        _references_a_group_or_prefix_list,
        "moto 5.2 drops the description of a rule whose peer is a prefix list or a security group",
    ),
    EmulatorGap(
        "aws_instance",
        frozenset({"vpc_security_group_ids"}),
        lambda after: after.get("associate_public_ip_address") is True,
        "moto 5.2 reports no security groups for an instance launched with a public address (set on its network interface)",
    ),
)
"""What a re-plan may show as changed because the emulator differs from AWS. Nothing else is tolerated:
no other attribute, no other resource, and never a create, replace or delete."""


@dataclass
class Figures:
    """What one rehearsal measured."""

    deployment: str
    resources: int = 0
    seconds: dict[str, float] = field(default_factory=dict)
    tolerated: list[str] = field(default_factory=list)
    emulator_leftovers: list[str] = field(default_factory=list)

    def line(self) -> str:
        timings = ", ".join(f"{step} {value:.1f} s" for step, value in self.seconds.items())
        return f"{self.deployment}: {self.resources} resources; {timings}"


class MotoServer:
    """``moto_server`` on a free loopback port, for as long as the context lasts."""

    def __init__(self) -> None:
        self.process: subprocess.Popen[bytes] | None = None
        self.endpoint = ""

    def __enter__(self) -> MotoServer:
        try:
            import moto.server  # noqa: F401
        except ImportError:
            raise PrerequisiteError("moto is not installed: run `make test` once, or `.venv/bin/pip install -r requirements-dev.txt`") from None
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            port = probe.getsockname()[1]
        self.endpoint = f"http://127.0.0.1:{port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(port)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise PrerequisiteError(f"moto_server exited at start (code {self.process.returncode}); run `.venv/bin/moto_server -H 127.0.0.1 -p {port}` to see why")
            with contextlib.suppress(PrerequisiteError):
                check_endpoint(self.endpoint)
                return self
            time.sleep(0.2)
        self.__exit__(None, None, None)
        raise PrerequisiteError(f"moto_server did not answer on {self.endpoint} within 30 s")

    def __exit__(self, *exc: object) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


def check_endpoint(endpoint: str) -> None:
    """Fail fast, and say how to fix it, when no emulator answers at ``endpoint``."""
    try:
        with urllib.request.urlopen(f"{endpoint}/moto-api/data.json", timeout=3) as response:
            response.read(1)
    except (urllib.error.URLError, OSError) as error:
        reason = getattr(error, "reason", error)
        raise PrerequisiteError(
            f"no AWS API emulator answers at {endpoint} ({reason}): start one with "
            "`.venv/bin/moto_server -H 127.0.0.1 -p 5000` and pass --endpoint http://127.0.0.1:5000, "
            "or leave --endpoint out and the rehearsal starts its own"
        ) from None


def reset_emulator(endpoint: str) -> None:
    request = urllib.request.Request(f"{endpoint}/moto-api/reset", method="POST")
    with urllib.request.urlopen(request, timeout=10) as response:
        response.read()


def unexpected_changes(plan: dict[str, Any]) -> tuple[list[str], list[str]]:
    """Split a plan's changes into (unexpected, tolerated emulator gaps)."""
    unexpected: list[str] = []
    tolerated: list[str] = []
    for change in plan.get("resource_changes", []):
        actions = change["change"]["actions"]
        if actions in (["no-op"], ["read"]):
            continue
        address = change["address"]
        if actions != ["update"]:
            unexpected.append(f"{address}: {'/'.join(actions)}")
            continue
        before = change["change"].get("before") or {}
        after = change["change"].get("after") or {}
        unknown = change["change"].get("after_unknown") or {}
        changed = {key for key in set(before) | set(after) if before.get(key) != after.get(key) or unknown.get(key)}
        allowed = {attribute for gap in EMULATOR_GAPS if gap.resource_type == change["type"] and gap.applies(after) for attribute in gap.attributes}
        if changed <= allowed:
            tolerated += [f"{address}.{key}" for key in sorted(changed)]
        else:
            unexpected += [f"{address}.{key}: {before.get(key)!r} -> {after.get(key)!r}" for key in sorted(changed - allowed)]
    return unexpected, tolerated


class Rehearsal:
    """One deployment's lifecycle against the emulator at ``endpoint``, in ``workdir``."""

    def __init__(
        self, settings: Settings, *, endpoint: str, workdir: Path, cli_config: Path, plugin_cache: Path | None = None, stack: str | None = None
    ) -> None:
        """``stack`` picks one stack of a split deployment; :meth:`synthesize` writes all of them."""
        self.settings = with_rehearsal(settings, endpoint)
        self.endpoint = endpoint
        self.outdir = workdir / "cdktf.out"
        self.stack_dir = self.outdir / "stacks" / (stack or settings.name)
        self.figures = Figures(deployment=stack or settings.name)
        self.terraform = Terraform(self.stack_dir, cli_config=cli_config, plugin_cache=plugin_cache)
        self.terraform.env.update(DUMMY_CREDENTIALS)
        self.emulator_leftovers: list[str] = []
        """What the emulator keeps after a destroy where AWS would not (see :meth:`leftovers`)."""

    def synthesize(self, *, prevent_destroy: bool = True) -> None:
        from modules.synth import synthesize

        bucket = dataclasses.replace(self.settings.bucket, prevent_destroy=prevent_destroy)
        synthesize([dataclasses.replace(self.settings, bucket=bucket)], self.outdir)

    def _timed(self, step: str, *args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
        start = time.monotonic()
        result = self.terraform.run(*args, check=check)
        self.figures.seconds[step] = time.monotonic() - start
        return result

    @property
    def plan_json(self) -> Path:
        """The first plan, as ``terraform show -json`` writes it (input for checkov's plan checks)."""
        return self.stack_dir / "plan.json"

    def apply(self) -> None:
        self.terraform.init()
        self.terraform.run("plan", "-input=false", "-out=apply.tfplan")
        self.plan_json.write_text(self.terraform.run("show", "-json", "apply.tfplan").stdout, encoding="utf-8")
        self._timed("apply", "apply", "-input=false", "apply.tfplan")
        state = json.loads(self.terraform.run("show", "-json").stdout)
        resources = state["values"]["root_module"].get("resources", [])
        self.figures.resources = sum(1 for resource in resources if resource["mode"] == "managed")

    def replan(self) -> list[str]:
        """Re-plan after apply; return the unexpected changes (tolerated emulator gaps go to the figures)."""
        result = self._timed("re-plan", "plan", "-input=false", "-detailed-exitcode", "-out=replan.tfplan", check=False)
        if result.returncode == 0:
            return []
        if result.returncode != 2:
            raise RuntimeError(f"terraform plan failed:\n{result.stdout}\n{result.stderr}")
        plan = json.loads(self.terraform.run("show", "-json", "replan.tfplan").stdout)
        unexpected, tolerated = unexpected_changes(plan)
        self.figures.tolerated = tolerated
        return unexpected

    def s3_client(self) -> Any:
        import boto3
        from botocore.config import Config

        return boto3.client(
            "s3",
            endpoint_url=self.endpoint,
            region_name=self.settings.endpoint_vpc.region,
            aws_access_key_id="rehearsal",
            aws_secret_access_key="rehearsal",
            config=Config(s3={"addressing_style": "path"}),
        )

    def bucket_name(self) -> str:
        outputs = json.loads(self.terraform.run("output", "-json").stdout)
        return str(outputs["bucket_name"]["value"])

    def exercise_data_path(self) -> list[str]:
        """Put, list and get an object; return the keys listed.

        The emulator serves plain HTTP, and the bucket policy refuses object requests without TLS 1.2 or
        newer, as AWS does: with the policy in place every object request is refused. The policy is lifted
        for this step only and the same document put back right after (the re-plan proves it unchanged).
        """
        s3 = self.s3_client()
        bucket = self.bucket_name()
        policy = s3.get_bucket_policy(Bucket=bucket)["Policy"]
        s3.delete_bucket_policy(Bucket=bucket)
        try:
            s3.put_object(Bucket=bucket, Key="rehearsal/probe.txt", Body=b"private path works\n")
            keys = [item["Key"] for item in s3.list_objects_v2(Bucket=bucket).get("Contents", [])]
            body = s3.get_object(Bucket=bucket, Key="rehearsal/probe.txt")["Body"].read()
        finally:
            s3.put_bucket_policy(Bucket=bucket, Policy=policy)
        if body != b"private path works\n":
            raise RuntimeError(f"object read back as {body!r}")
        return keys

    def plain_http_is_refused(self) -> bool:
        """With the bucket policy back in place, a plain-HTTP request is refused (as AWS refuses it)."""
        from botocore.exceptions import ClientError

        try:
            self.s3_client().head_object(Bucket=self.bucket_name(), Key="rehearsal/probe.txt")
        except ClientError as error:
            return str(error.response.get("Error", {}).get("Code")) in ("403", "AccessDenied")
        return False

    def accidental_destroy(self) -> subprocess.CompletedProcess[str]:
        """``terraform destroy`` on the protected stack: must fail before deleting anything."""
        return self.terraform.run("destroy", "-input=false", "-auto-approve", check=False)

    def teardown(self) -> None:
        """The one deliberate way down: release the bucket, apply that, destroy everything."""
        self.synthesize(prevent_destroy=False)
        self.terraform.run("apply", "-input=false", "-auto-approve")
        self._timed("destroy", "destroy", "-input=false", "-auto-approve")

    def leftovers(self) -> list[str]:
        """Everything of this deployment the emulator still holds after destroy."""
        import boto3

        session = boto3.Session(aws_access_key_id="rehearsal", aws_secret_access_key="rehearsal")
        tag = [{"Name": "tag:Project", "Values": [self.settings.name]}]
        left: list[str] = []
        for region in self.settings.regions:
            ec2 = session.client("ec2", endpoint_url=self.endpoint, region_name=region)
            left += [f"{region} vpc {v['VpcId']}" for v in ec2.describe_vpcs(Filters=tag)["Vpcs"]]
            existing_vpcs = {v["VpcId"] for v in ec2.describe_vpcs()["Vpcs"]}
            left += [f"{region} subnet {s['SubnetId']}" for s in ec2.describe_subnets(Filters=tag)["Subnets"]]
            left += [f"{region} route table {t['RouteTableId']}" for t in ec2.describe_route_tables(Filters=tag)["RouteTables"]]
            left += [f"{region} internet gateway {g['InternetGatewayId']}" for g in ec2.describe_internet_gateways(Filters=tag)["InternetGateways"]]
            left += [f"{region} security group {g['GroupId']}" for g in ec2.describe_security_groups(Filters=tag)["SecurityGroups"]]
            left += [
                f"{region} peering {p['VpcPeeringConnectionId']} ({p['Status']['Code']})"
                for p in ec2.describe_vpc_peering_connections(Filters=tag)["VpcPeeringConnections"]
                if p["Status"]["Code"] not in ("deleted", "rejected", "failed")
            ]
            left += [
                f"{region} endpoint {e['VpcEndpointId']} ({e['State']})"
                for e in ec2.describe_vpc_endpoints(Filters=tag)["VpcEndpoints"]
                if e["State"].lower() != "deleted"
            ]
            instances = [i for r in ec2.describe_instances(Filters=tag)["Reservations"] for i in r["Instances"]]
            terminated = {i["InstanceId"] for i in instances if i["State"]["Name"] == "terminated"}
            left += [f"{region} instance {i['InstanceId']} ({i['State']['Name']})" for i in instances if i["InstanceId"] not in terminated]
            # moto 5.2 keeps the primary network interface of a terminated instance, still "in-use" and
            # attached to it, where AWS deletes it with the instance: reported apart, not as a leftover.
            for interface in ec2.describe_network_interfaces()["NetworkInterfaces"]:
                attached = interface.get("Attachment", {}).get("InstanceId")
                if attached and attached in terminated:
                    self.emulator_leftovers.append(f"{region} network interface {interface['NetworkInterfaceId']} of terminated {attached}")
                elif interface.get("VpcId") not in existing_vpcs:
                    left.append(f"{region} network interface {interface['NetworkInterfaceId']}")
            logs = session.client("logs", endpoint_url=self.endpoint, region_name=region)
            groups = logs.describe_log_groups(logGroupNamePrefix=f"/vpc-flow-logs/{self.settings.name}-")["logGroups"]
            left += [f"{region} log group {g['logGroupName']}" for g in groups]
        bucket_region = self.settings.endpoint_vpc.region
        route53 = session.client("route53", endpoint_url=self.endpoint, region_name=bucket_region)
        left += [
            f"hosted zone {z['Name']} ({z['Id']})"
            for z in route53.list_hosted_zones()["HostedZones"]
            if z.get("Config", {}).get("Comment", "").startswith(f"{self.settings.name}-")
        ]
        resolver = session.client("route53resolver", endpoint_url=self.endpoint, region_name=bucket_region)
        left += [f"resolver endpoint {e['Id']}" for e in resolver.list_resolver_endpoints()["ResolverEndpoints"] if e.get("Name", "").startswith(f"{self.settings.name}-")]
        kms = session.client("kms", endpoint_url=self.endpoint, region_name=bucket_region)
        left += [f"kms alias {a['AliasName']}" for a in kms.list_aliases()["Aliases"] if a["AliasName"].startswith(f"alias/{self.settings.name}-")]
        iam = session.client("iam", endpoint_url=self.endpoint, region_name=self.settings.endpoint_vpc.region)
        prefix = f"{self.settings.name}-"
        left += [f"iam role {r['RoleName']}" for r in iam.list_roles()["Roles"] if r["RoleName"].startswith(prefix)]
        left += [f"iam instance profile {p['InstanceProfileName']}" for p in iam.list_instance_profiles()["InstanceProfiles"] if p["InstanceProfileName"].startswith(prefix)]
        s3 = self.s3_client()
        left += [f"bucket {b['Name']}" for b in s3.list_buckets()["Buckets"] if b["Name"].startswith(prefix)]
        return left


def rehearse(settings: Settings, *, endpoint: str, workdir: Path, cli_config: Path, plugin_cache: Path | None = None) -> list[Figures]:
    """The whole cycle, for every stack of the deployment (the endpoint stack first, destroyed last); raises
    RuntimeError at the first step that fails."""
    runs = [
        Rehearsal(settings, endpoint=endpoint, workdir=workdir, cli_config=cli_config, plugin_cache=plugin_cache, stack=part.stack)
        for part in settings.parts
    ]
    run, consumers = runs[0], runs[1:]  # the stack holding the bucket, and the consumer stacks of a split deployment
    run.synthesize()
    for each in runs:
        each.apply()
    for each in runs:
        unexpected = each.replan()
        if unexpected:
            raise RuntimeError(f"re-plan of {each.stack_dir.name} after apply is not clean:\n  " + "\n  ".join(unexpected))
    if "rehearsal/probe.txt" not in run.exercise_data_path():
        raise RuntimeError("the object put into the bucket is not listed")
    if not run.plain_http_is_refused():
        raise RuntimeError("the bucket policy did not refuse a plain-HTTP request")
    refused = run.accidental_destroy()
    if refused.returncode == 0 or "prevent_destroy" not in refused.stderr:
        raise RuntimeError(f"an accidental destroy was not refused:\n{refused.stdout}\n{refused.stderr}")
    for each in reversed(consumers):
        each._timed("destroy", "destroy", "-input=false", "-auto-approve")
    run.teardown()
    left = run.leftovers()
    run.figures.emulator_leftovers = run.emulator_leftovers
    if left:
        raise RuntimeError("destroy left resources behind:\n  " + "\n  ".join(left))
    return [each.figures for each in runs]


def check_prerequisites() -> None:
    terraform_binary()
    mirror_root()


@contextlib.contextmanager
def emulator(endpoint: str | None) -> Iterator[str]:
    if endpoint is not None:
        check_endpoint(endpoint)
        yield endpoint
        return
    with MotoServer() as server:
        yield server.endpoint


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Rehearse apply, re-plan, data path and teardown against a local AWS API emulator.")
    parser.add_argument("--config", metavar="FILE", help="TOML settings file (default: the built-in China deployment)")
    parser.add_argument("--endpoint", metavar="URL", help="a running emulator, e.g. http://127.0.0.1:5000 (default: start moto_server)")
    parser.add_argument("--workdir", metavar="DIR", help="keep the synthesized stack and state here (default: a temporary directory)")
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
        if args.endpoint is not None:
            with_rehearsal(settings, args.endpoint)  # refuses anything but a loopback address, before any work
        check_prerequisites()
        with contextlib.ExitStack() as stack:
            workdir = Path(args.workdir) if args.workdir else Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rehearsal-")))
            endpoint = stack.enter_context(emulator(args.endpoint))
            print(f"rehearsing {settings.name} against {endpoint}", flush=True)
            figures = rehearse(settings, endpoint=endpoint, workdir=workdir, cli_config=write_cli_config(workdir / "terraform"))
    except (ConfigError, PrerequisiteError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except RuntimeError as error:
        print(f"rehearsal failed: {error}", file=sys.stderr)
        return 1
    for stack_figures in figures:
        print(stack_figures.line())
        for gap in stack_figures.tolerated:
            print(f"  tolerated emulator gap: {gap}")
        for leftover in stack_figures.emulator_leftovers:
            print(f"  kept by the emulator, deleted by AWS: {leftover}")
    print("nothing left behind")
    return 0


if __name__ == "__main__":
    sys.exit(main())
