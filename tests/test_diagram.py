"""tools/diagram.py: the architecture diagram is rendered from the settings, completely and reproducibly.

These tests need Graphviz ``dot`` and nothing else (no cdktf). Without ``dot`` they fail, never skip.
"""

from __future__ import annotations

import copy
import shutil
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest

from modules.settings import DEFAULTS, Settings, load_settings, parse_settings
from tools.diagram import INSTALL_HINT, main, render

ROOT = Path(__file__).resolve().parent.parent
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

THREE_CONSUMERS = [
    {"name": "beijing-apps", "region": "cn-north-1", "cidr": "172.16.0.0/16"},
    {"name": "beijing-batch", "region": "cn-north-1", "cidr": "172.20.0.0/16", "az_count": 3},
    {"name": "beijing-lab", "region": "cn-north-1", "cidr": "192.168.0.0/20"},
]


@pytest.fixture(autouse=True)
def graphviz() -> None:
    if shutil.which("dot") is None:
        pytest.fail(f"Graphviz `dot` is not on PATH, so the architecture diagram cannot be rendered; {INSTALL_HINT}", pytrace=False)


def three_consumers() -> Settings:
    raw = copy.deepcopy(DEFAULTS)
    raw["consumer_vpcs"] = copy.deepcopy(THREE_CONSUMERS)
    return parse_settings(raw)


SETTINGS = {
    "default": lambda: load_settings(None),
    "global": lambda: load_settings(ROOT / "examples" / "global.toml"),
    "three-consumers": three_consumers,
}


def svg_text(path: Path) -> str:
    """Every text node of the SVG, parsed as XML (so entities are decoded), one per line."""
    root = ET.parse(path).getroot()
    return "\n".join("".join(element.itertext()) for element in root.iter("{http://www.w3.org/2000/svg}text"))


@pytest.mark.parametrize("key", sorted(SETTINGS))
def test_diagram_names_every_vpc_subnet_and_endpoint(key: str, tmp_path: Path) -> None:
    settings = SETTINGS[key]()
    svg, png = render(settings, tmp_path)
    assert (svg, png) == (tmp_path / "architecture.svg", tmp_path / "architecture.png")
    assert svg.stat().st_size > 0 and png.stat().st_size > 0
    assert png.read_bytes().startswith(PNG_MAGIC)
    text = svg_text(svg)
    region = settings.endpoint_vpc.region
    expected = [
        settings.partition.interface_endpoint_service(region, "s3"),
        settings.partition.gateway_endpoint_service(region, "s3"),
        "VPC peering (pcx)",
        *settings.regions,
    ]
    for vpc in settings.vpcs:
        expected += [f"VPC {vpc.name}", str(vpc.cidr), *map(str, vpc.public_subnets), *map(str, vpc.private_subnets)]
    missing = [fragment for fragment in expected if fragment not in text]
    assert not missing, f"{key}: the diagram lacks {missing}"
    assert text.count("VPC peering (pcx)") == len(settings.consumer_vpcs)


def test_three_consumers_all_named(tmp_path: Path) -> None:
    svg, _ = render(three_consumers(), tmp_path)
    text = svg_text(svg)
    for consumer in THREE_CONSUMERS:
        assert f"VPC {consumer['name']}" in text
        assert consumer["cidr"] in text


def test_access_mode_and_bucket(tmp_path: Path) -> None:
    default = svg_text(render(load_settings(None), tmp_path / "ssm")[0])
    assert "Session Manager" in default and "bastion" not in default
    assert "private-s3-… (generated)" in default
    bastion = svg_text(render(load_settings(ROOT / "examples" / "global.toml"), tmp_path / "bastion")[0])
    assert "bastion" in bastion and "203.0.113.0/24" in bastion and "Session Manager" not in bastion


def test_dns_mode_note(tmp_path: Path) -> None:
    text = svg_text(render(load_settings(None), tmp_path)[0])
    assert "DNS mode" in text


def test_labels_are_escaped(tmp_path: Path) -> None:
    """Markup characters in a label reach the picture as text, not as broken markup (names bypass validation here)."""
    settings = load_settings(None)
    settings = replace(settings, name='a<b>&"c', bucket=replace(settings.bucket, name="x&y<z>"))
    svg, _ = render(settings, tmp_path)
    text = svg_text(svg)
    assert 'a<b>&"c' in text and "x&y<z>" in text


def test_output_is_deterministic(tmp_path: Path) -> None:
    first = render(three_consumers(), tmp_path / "first")
    second = render(three_consumers(), tmp_path / "second")
    for a, b in zip(first, second, strict=True):
        assert a.read_bytes() == b.read_bytes(), f"{a.name} differs between two renders of the same settings"
    assert b"<!--" not in first[0].read_bytes(), "comments (Graphviz's version banner) must be stripped"


def test_cli_writes_both_files(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(ROOT / "examples" / "global.toml"), "--output", str(tmp_path)]) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["architecture.png", "architecture.svg"]
    assert "wrote" in capsys.readouterr().out


def test_cli_refuses_bad_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--config", str(tmp_path / "missing.toml"), "--output", str(tmp_path / "out")]) == 2
    assert "not found" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
