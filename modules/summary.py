"""What a synth tells the operator on stdout: what was written, what it holds, and what to run next."""

from __future__ import annotations

import json
import os
from collections import Counter
from pathlib import Path

from modules.settings import BackendKind, BackendSettings, Settings


def describe_backend(backend: BackendSettings) -> str:
    """Where state lives, in one line."""
    if backend.kind is BackendKind.LOCAL:
        return f"local ({backend.path}, in the stack directory)"
    if backend.kind is BackendKind.S3:
        return f"s3 (s3://{backend.bucket}/{backend.key} in {backend.region}, encrypted, S3 lock file)"
    host = backend.hostname or "app.terraform.io"
    workspaces = f"workspace {backend.workspace}" if backend.workspace else f"workspaces tagged {', '.join(backend.workspace_tags)}"
    project = f", project {backend.project}" if backend.project else ""
    return f"cloud ({host}, organization {backend.organization}, {workspaces}{project})"


def summarize(settings: Settings, stack_dir: Path) -> str:
    """A short report of one synthesized stack, read back from its ``cdk.tf.json``."""
    doc = json.loads((stack_dir / "cdk.tf.json").read_text(encoding="utf-8"))
    by_type = Counter({type_: len(blocks) for type_, blocks in doc.get("resource", {}).items()})
    data_sources = sum(len(blocks) for blocks in doc.get("data", {}).values())
    where = os.path.relpath(stack_dir) if not stack_dir.is_absolute() or str(stack_dir).startswith(os.getcwd()) else str(stack_dir)
    bucket = settings.bucket
    lines = [
        f"stack {stack_dir.name}: {where}/cdk.tf.json",
        f"  {sum(by_type.values())} resources and {data_sources} data sources in {', '.join(settings.regions)} ({settings.partition.id})",
        "resources by type:",
        *(f"  {count:4d}  {type_}" for type_, count in sorted(by_type.items(), key=lambda item: (-item[1], item[0]))),
        "modes:",
        f"  dns: {settings.dns.mode.value}",
        f"  hosts: {settings.hosts.access.value if settings.hosts.enabled else 'off'}",
        f"  bucket: {bucket.encryption.value}, endpoint-only {'on' if bucket.endpoint_only else 'off'}, "
        f"{'protected from destroy' if bucket.prevent_destroy else 'RELEASED: destroy deletes it and its objects'}",
        f"  consumers: {', '.join(f'{vpc.name} ({vpc.region}, {vpc.cidr})' for vpc in settings.consumer_vpcs)}",
        f"  backend: {describe_backend(settings.backend)}",
    ]
    warnings = settings.warnings()
    if warnings:
        lines.append("verify before relying on it:")
        lines += [f"  - {warning}" for warning in warnings]
    lines.append("next:")
    if settings.endpoint_part.split and stack_dir.name != settings.endpoint_part.stack:
        lines.append(f"  # after {settings.endpoint_part.stack} is applied: this stack reads its outputs")
    if settings.backend.kind is BackendKind.CLOUD:
        lines.append(f"  terraform login {settings.backend.hostname or 'app.terraform.io'}")
    lines += [
        f"  terraform -chdir={where} init",
        f"  terraform -chdir={where} plan -out=tfplan",
        f"  terraform -chdir={where} apply tfplan",
        f"  terraform -chdir={where} output verification_commands",
    ]
    return "\n".join(lines) + "\n"
