"""Read synthesized Terraform JSON the way the tests ask about it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from modules.settings import Settings


@dataclass(frozen=True)
class Stack:
    doc: dict[str, Any]
    settings: Settings
    path: Path

    @property
    def text(self) -> str:
        return json.dumps(self.doc)

    def resources(self, type_: str) -> dict[str, dict[str, Any]]:
        """Every resource of a type, by logical name."""
        return dict(self.doc.get("resource", {}).get(type_, {}))

    def data(self, type_: str) -> dict[str, dict[str, Any]]:
        return dict(self.doc.get("data", {}).get(type_, {}))

    def path_of(self, block: dict[str, Any]) -> str:
        """The construct path of a resource, e.g. ``private-s3/beijing/vpc``."""
        return str(block["//"]["metadata"]["path"])

    def one(self, type_: str, path_suffix: str) -> dict[str, Any]:
        """The single resource of ``type_`` whose construct path ends with ``path_suffix``."""
        matches = [block for block in self.resources(type_).values() if self.path_of(block).endswith(path_suffix)]
        assert len(matches) == 1, f"expected one {type_} at */{path_suffix}, found {len(matches)}"
        return matches[0]

    def ref(self, type_: str, path_suffix: str, attribute: str = "id") -> str:
        """The interpolation that references a resource's attribute, as it appears in the JSON."""
        for name, block in self.resources(type_).items():
            if self.path_of(block).endswith(path_suffix):
                return f"${{{type_}.{name}.{attribute}}}"
        raise AssertionError(f"no {type_} at */{path_suffix}")

    def where(self, type_: str, **attributes: Any) -> list[dict[str, Any]]:
        return [block for block in self.resources(type_).values() if all(block.get(k) == v for k, v in attributes.items())]

    def provider_alias(self, region: str) -> str:
        return "aws." + region.replace("-", "_")

    def output(self, name: str) -> dict[str, Any]:
        return dict(self.doc["output"][name])

    def all_blocks(self) -> list[tuple[str, str, dict[str, Any]]]:
        """(kind, type, block) for every resource and data source."""
        blocks = []
        for kind in ("resource", "data"):
            for type_, by_name in self.doc.get(kind, {}).items():
                blocks += [(kind, type_, block) for block in by_name.values()]
        return blocks
