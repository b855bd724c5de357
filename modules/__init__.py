"""Constructs and settings for private, cross-region access to Amazon S3.

Names are re-exported lazily: ``modules.settings`` validates a configuration without loading the
AWS provider bindings (several seconds), which are imported only when a construct is first used.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "Bucket": "modules.bucket",
    "BucketPolicy": "modules.bucket_policy",
    "ConsumerZone": "modules.dns",
    "FlowLogRole": "modules.flow_logs",
    "FlowLogs": "modules.flow_logs",
    "InboundResolver": "modules.resolver",
    "ExistingNetwork": "modules.network",
    "summarize": "modules.summary",
    "to_toml": "modules.settings",
    "with_rehearsal": "modules.settings",
    "Firewall": "modules.firewall",
    "Rule": "modules.firewall",
    "Host": "modules.host",
    "HostRole": "modules.host_role",
    "Network": "modules.network",
    "Peering": "modules.peering",
    "Partition": "modules.partitions",
    "partition_of": "modules.partitions",
    "S3Endpoints": "modules.s3_endpoints",
    "SessionManagerEndpoints": "modules.session_manager",
    "ConfigError": "modules.settings",
    "Settings": "modules.settings",
    "load_settings": "modules.settings",
    "parse_settings": "modules.settings",
    "PrivateS3Stack": "modules.stack",
    "synthesize": "modules.synth",
}

__all__ = sorted(_EXPORTS)


_WITHOUT_CDKTF = {"modules.settings", "modules.partitions", "modules.summary"}


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'modules' has no attribute {name!r}")
    if _EXPORTS[name] not in _WITHOUT_CDKTF:
        from modules.synth import load_provider_bindings_on_demand, use_supported_node

        use_supported_node()  # the jsii kernel starts on first use: give it the supported Node
        load_provider_bindings_on_demand()
    return getattr(import_module(_EXPORTS[name]), name)
