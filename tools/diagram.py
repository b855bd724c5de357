"""Render the architecture diagram of a deployment from its settings: ``python -m tools.diagram``.

    python -m tools.diagram                                  # the default -> docs/architecture.{svg,png}
    python -m tools.diagram --config examples/global.toml --output /tmp/global

The picture is derived from :class:`~modules.settings.Settings` alone (never drawn by hand): one cluster
per region, one per VPC with its CIDR and per-AZ subnets, the S3 interface and gateway endpoints with
their partition-specific service names, the bucket, the peering connections, the verification hosts
and how operators reach them, and the DNS mode. Graphviz ``dot`` lays it out; the same settings and the
same Graphviz and fonts give byte-identical files. This module does not import cdktf.

Exit codes: 0 written; 2 invalid settings; 1 Graphviz missing or failing (nothing written).
"""

from __future__ import annotations

import argparse
import html
import re
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Iterable
from pathlib import Path

from modules.settings import ConfigError, HostAccess, Settings, VpcSettings, load_settings

DEFAULT_OUTPUT = "docs"
DEFAULT_STEM = "architecture"
INSTALL_HINT = "install Graphviz, e.g. `apt-get install -y graphviz` (Debian/Ubuntu) or `brew install graphviz`"
PNG_DPI = 110
NOTE_WIDTH = 44
"""Characters per line of the DNS note."""

FONT = "DejaVu Sans,Helvetica,Arial,sans-serif"
MONO = "DejaVu Sans Mono,Menlo,Consolas,monospace"
GREY = "#5f6b7a"
COLORS = {
    "region": ("#f4f6f8", "#8a96a3"),
    "vpc": ("#ffffff", "#2e7d32"),
    "interface": "#e3f2fd",
    "gateway": "#ede7f6",
    "bucket": "#fff3e0",
    "host": "#f1f8e9",
    "bastion": "#fff8e1",
    "note": "#fffde7",
    "operators": "#fafafa",
}

DNS_DEFAULT = "endpoint names (vpce DNS)"
DNS_DESCRIPTIONS = {
    "endpoint-names": "clients pass the endpoint's own vpce names (public DNS records of private addresses)",
    "private-dns": "private DNS on the interface endpoint: the standard S3 names resolve to it",
    "consumer-zone": "a Route 53 private zone for the S3 names in every consumer VPC, aliased to the endpoint",
}

_SVG_COMMENT = re.compile(rb"<!--.*?-->\n?", re.DOTALL)


class DiagramError(RuntimeError):
    """Graphviz is missing or refused the generated graph."""


def render(settings: Settings, out_dir: Path, stem: str = DEFAULT_STEM) -> tuple[Path, Path]:
    """Write ``<out_dir>/<stem>.svg`` and ``<out_dir>/<stem>.png`` for ``settings``; return both paths.

    Both are rendered before either is written, so a Graphviz failure leaves existing files untouched.
    XML comments (Graphviz's version banner among them) are stripped from the SVG so the bytes depend
    only on the settings, the layout engine and the installed fonts. Raises :class:`DiagramError` when
    ``dot`` is not on ``PATH`` or fails.
    """
    source = to_dot(settings)
    svg = _SVG_COMMENT.sub(b"", _dot(source, "svg"))
    png = _dot(source, "png", f"-Gdpi={PNG_DPI}")
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    svg_path, png_path = out_dir / f"{stem}.svg", out_dir / f"{stem}.png"
    svg_path.write_bytes(svg)
    png_path.write_bytes(png)
    return svg_path, png_path


def to_dot(settings: Settings) -> str:
    """The Graphviz source of the diagram: deterministic, every label escaped."""
    partition = settings.partition
    endpoint = settings.endpoint_vpc
    region = endpoint.region
    hosts = settings.hosts
    bastion = hosts.enabled and hosts.access is HostAccess.BASTION
    gateway = _gateway_enabled(settings)
    vpc_ids = {vpc.name: f"vpc{index}" for index, vpc in enumerate(settings.vpcs)}

    lines = [
        "digraph architecture {",
        f'  graph [rankdir=LR, compound=true, newrank=true, splines=spline, nodesep=0.3, ranksep=0.55, pad=0.3, '
        f'fontname="{FONT}", fontsize=16, labelloc=t, labeljust=l, '
        f"label={_html(_title(settings))}];",
        f'  node [shape=box, style="rounded,filled", fillcolor="#ffffff", color="{GREY}", fontname="{FONT}", fontsize=11, margin="0.12,0.06"];',
        f'  edge [color="{GREY}", fontname="{FONT}", fontsize=10, fontcolor="#37474f", arrowsize=0.7];',
    ]

    # Regions in a stable order: the consumers' regions (as configured), then the endpoint's.
    regions = [r for r in settings.regions if r != region] + [region]
    for index, name in enumerate(regions):
        fill, border = COLORS["region"]
        label = f'<B>{_esc(name)}</B>  <FONT COLOR="{GREY}">partition {_esc(partition.id)}</FONT>'
        lines += [
            f"  subgraph cluster_region{index} {{",
            f"    graph [label={_html(label)}, "
            f'style="rounded,filled", fillcolor="{fill}", color="{border}", fontsize=14, margin=14];',
        ]
        for vpc in settings.vpcs:
            if vpc.region == name:
                lines += _indent(_vpc(settings, vpc, vpc_ids[vpc.name], is_endpoint=vpc is endpoint, bastion=bastion, gateway=gateway), 4)
        if name == region:
            lines.append(f"    bucket [label={_html(_bucket_label(settings))}, shape=cylinder, fillcolor=\"{COLORS['bucket']}\", color=\"#e65100\"];")
        lines.append("  }")

    ep = vpc_ids[endpoint.name]
    for consumer in settings.consumer_vpcs:
        cid = vpc_ids[consumer.name]
        lines.append(
            f'  {cid}_subnets -> {ep}_subnets [ltail=cluster_{cid}, lhead=cluster_{ep}, '
            f'label={_html("<B>VPC peering (pcx)</B>")}, penwidth=1.6, color="#2e7d32"];'
        )
    lines.append(f'  {ep}_interface -> bucket [label={_html("HTTPS")}, color="#1565c0"];')
    if gateway:
        lines.append(f'  {ep}_gateway -> bucket [label={_html("route (prefix list)")}, color="#6a1b9a"];')

    if bastion:
        admin = "" if hosts.admin_cidr is None else f"<BR/>{_mono(str(hosts.admin_cidr))}"
        lines.append(f'  operators [label={_html(f"<B>operators</B>{admin}")}, shape=box, style="rounded,filled,dashed", fillcolor="{COLORS["operators"]}"];')
        for consumer in settings.consumer_vpcs:
            lines.append(f'  operators -> {vpc_ids[consumer.name]}_bastion [label={_html("SSH")}];')

    lines.append(f'  dns_note [label={_html(_dns_label(settings))}, shape=note, fillcolor="{COLORS["note"]}", style=filled, fontsize=10];')
    # The note sits in the bucket's column, outside every cluster, without an edge.
    lines.append("  { rank=same; bucket; dns_note; }")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", metavar="FILE", help="TOML settings file (default: the built-in China deployment)")
    parser.add_argument("--output", metavar="DIR", default=DEFAULT_OUTPUT, help=f"output directory (default: {DEFAULT_OUTPUT})")
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    try:
        paths = render(settings, Path(args.output))
    except DiagramError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    for path in paths:
        print(f"wrote {path}")
    return 0


# --- pieces of the graph -----------------------------------------------------------------------


def _vpc(settings: Settings, vpc: VpcSettings, vid: str, *, is_endpoint: bool, bastion: bool, gateway: bool) -> list[str]:
    partition = settings.partition
    fill, border = COLORS["vpc"]
    role = "endpoint VPC" if is_endpoint else "consumer VPC"
    label = f"<B>VPC {_esc(vpc.name)}</B>  {_mono(str(vpc.cidr))}<BR/><FONT POINT-SIZE=\"10\" COLOR=\"{GREY}\">{role}</FONT>"
    lines = [
        f"subgraph cluster_{vid} {{",
        f'  graph [label={_html(label)}, style="rounded,filled", fillcolor="{fill}", color="{border}", penwidth=1.5, fontsize=13, margin=12];',
        f'  {vid}_subnets [label={_html(_subnet_table(vpc))}, shape=plain, style=""];',
    ]
    same_rank = [f"{vid}_subnets"]
    if is_endpoint:
        service = partition.interface_endpoint_service(vpc.region, "s3")
        lines.append(
            f"  {vid}_interface [label={_html(_box('S3 interface endpoint', service, 'ENI in every private subnet'))}, "
            f"fillcolor=\"{COLORS['interface']}\", color=\"#1565c0\"];"
        )
        if gateway:
            lines.append(
                f"  {vid}_gateway [label={_html(_box('S3 gateway endpoint', partition.gateway_endpoint_service(vpc.region, 's3'), 'on every route table'))}, "
                f"fillcolor=\"{COLORS['gateway']}\", color=\"#6a1b9a\"];"
            )
    if settings.hosts.enabled:
        if settings.hosts.access is HostAccess.SSM:
            access = "Session Manager (SSM endpoints)"
        else:
            access = "SSH from consumer hosts" if is_endpoint else "SSH via bastion"
        lines.append(
            f"  {vid}_host [label={_html(_box('verification host', None, f'private subnet, AZ 1<BR/>access: {_esc(access)}'))}, "
            f"fillcolor=\"{COLORS['host']}\"];"
        )
        same_rank.append(f"{vid}_host")
        if bastion and not is_endpoint:
            lines.append(
                f"  {vid}_bastion [label={_html(_box('bastion', None, 'public subnet, AZ 1'))}, fillcolor=\"{COLORS['bastion']}\"];"
            )
            lines.append(f"  {vid}_bastion -> {vid}_host [label={_html('SSH')}];")
            same_rank.append(f"{vid}_bastion")
    # Subnets and instances share one column; the endpoint VPC's endpoints stand in the next one.
    lines.append(f"  {{ rank=same; {'; '.join(same_rank)}; }}")
    if is_endpoint:
        lines.append(f"  {vid}_subnets -> {vid}_interface [style=invis];")
        if gateway:
            lines.append(f"  {vid}_subnets -> {vid}_gateway [style=invis];")
    lines.append("}")
    return lines


def _subnet_table(vpc: VpcSettings) -> str:
    head = "".join(f'<TD BGCOLOR="#eceff1"><B>{text}</B></TD>' for text in ("AZ", "public subnet", "private subnet"))
    rows = [f"<TR>{head}</TR>"]
    for index, (public, private) in enumerate(zip(vpc.public_subnets, vpc.private_subnets, strict=True), start=1):
        rows.append(f'<TR><TD>{index}</TD><TD BGCOLOR="#e8f5e9">{_mono(str(public))}</TD><TD BGCOLOR="#e3f2fd">{_mono(str(private))}</TD></TR>')
    return f'<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="0" CELLPADDING="4" COLOR="#b0bec5">{"".join(rows)}</TABLE>'


def _bucket_label(settings: Settings) -> str:
    bucket = settings.bucket
    name = bucket.name if bucket.name is not None else f"{settings.name}-… (generated)"
    details = [f"encryption = {bucket.encryption.value}", f"endpoint_only = {str(bucket.endpoint_only).lower()}"]
    return _box("S3 bucket", name, "<BR/>".join(_esc(d) for d in details))


def _dns_label(settings: Settings) -> str:
    """``dns.mode`` when the settings have one (with a line on what it means), else the blog post's behaviour."""
    mode = getattr(getattr(settings, "dns", None), "mode", None)
    if mode is None:
        title, text = "DNS mode", DNS_DEFAULT
    else:
        value = str(getattr(mode, "value", mode))
        title, text = f"DNS mode: {value}", DNS_DESCRIPTIONS.get(value, "")
    lines = [f"<B>{_esc(title)}</B>", *(_esc(line) for line in textwrap.wrap(text, NOTE_WIDTH))]
    return '<BR ALIGN="LEFT"/>'.join(lines) + '<BR ALIGN="LEFT"/>'


def _title(settings: Settings) -> str:
    consumers = ", ".join(vpc.name for vpc in settings.consumer_vpcs)
    return (
        f"<B>{_esc(settings.name)}</B>: private S3 access from {_esc(consumers)} "
        f"to a bucket in {_esc(settings.endpoint_vpc.region)} ({_esc(settings.partition.id)})"
    )


def _box(title: str, mono: str | None, details_html: str) -> str:
    """A node label: bold title, an optional monospaced line (a service or bucket name), small grey details."""
    parts = [f"<B>{_esc(title)}</B>"]
    if mono is not None:
        parts.append(_mono(mono))
    if details_html:
        parts.append(f'<FONT POINT-SIZE="9" COLOR="{GREY}">{details_html}</FONT>')
    return "<BR/>".join(parts)


def _gateway_enabled(settings: Settings) -> bool:
    """The gateway endpoint exists unless a newer ``endpoints.gateway`` setting turns it off."""
    return bool(getattr(getattr(settings, "endpoints", None), "gateway", True))


def _mono(text: str) -> str:
    return f'<FONT FACE="{MONO}">{_esc(text)}</FONT>'


def _esc(text: str) -> str:
    """Escape text for a Graphviz HTML-like label: ``&``, ``<``, ``>`` and ``"`` become entities Graphviz knows."""
    return html.escape(text, quote=False).replace('"', "&quot;")


def _html(markup: str) -> str:
    """Wrap already-escaped markup as a Graphviz HTML-like label (``<...>``)."""
    return f"<{markup}>"


def _indent(lines: Iterable[str], spaces: int) -> list[str]:
    return [" " * spaces + line for line in lines]


def _dot(source: str, fmt: str, *options: str) -> bytes:
    dot = shutil.which("dot")
    if dot is None:
        raise DiagramError(f"Graphviz `dot` is not on PATH; {INSTALL_HINT}")
    result = subprocess.run([dot, f"-T{fmt}", *options], input=source.encode("utf-8"), capture_output=True, check=False)
    if result.returncode != 0 or not result.stdout:
        message = result.stderr.decode("utf-8", "replace").strip() or f"exit code {result.returncode}"
        raise DiagramError(f"dot -T{fmt} failed: {message}")
    return result.stdout


if __name__ == "__main__":
    sys.exit(main())
