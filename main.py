"""Synthesize Terraform for private, cross-region access to Amazon S3.

    python main.py                                # the default: Beijing consumers, Ningxia bucket
    python main.py --config examples/global.toml
    PRIVATE_S3_CONFIG=examples/global.toml cdktf synth

Exit codes: 0 done; 2 invalid settings or arguments (one message on stderr, nothing written); 1 any other
failure (nothing written). Results go to stdout, progress and errors to stderr.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from modules.settings import ConfigError, load_settings, to_toml, with_rehearsal

VERSION = "0.1.0"
CONFIG_ENV = "PRIVATE_S3_CONFIG"
DEFAULT_OUTDIR = "cdktf.out"
STARTER = Path(__file__).resolve().parent / "examples" / "china.toml"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Exit codes: 0 done; 2 invalid settings or arguments, nothing written; 1 any other failure, nothing written.",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=os.environ.get(CONFIG_ENV),
        help=f"TOML settings file (default: ${CONFIG_ENV}, else the built-in China deployment, as in examples/china.toml)",
    )
    parser.add_argument(
        "--output",
        metavar="DIR",
        default=os.environ.get("CDKTF_OUTDIR", DEFAULT_OUTDIR),
        help=f"output directory; each stack goes to DIR/stacks/<name>/ (default: {DEFAULT_OUTDIR}, or the one cdktf synth asks for)",
    )
    parser.add_argument("--print-config", action="store_true", help="print the fully resolved settings (defaults filled in) as TOML and exit")
    parser.add_argument("--init-config", metavar="FILE", help="write a commented starter config (the default deployment) to FILE and exit")
    parser.add_argument(
        "--rehearsal-endpoint",
        metavar="URL",
        help="local rehearsal: point every provider at an AWS API emulator such as moto_server "
        "(http://127.0.0.1:PORT); the deployment's settings are otherwise unchanged",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION} (cdktf 0.21.0, hashicorp/aws 5.100.0)")
    return parser


def _progress(message: str, started: float) -> None:
    """A line per phase, on stderr; under `cdktf synth` (which logs an app's stderr as errors) on stdout."""
    stream = sys.stdout if "CDKTF_CONTEXT_JSON" in os.environ else sys.stderr
    print(f"[{time.monotonic() - started:5.1f} s] {message}", file=stream, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    started = time.monotonic()
    if args.init_config is not None:
        target = Path(args.init_config)
        if target.exists():
            print(f"error: --init-config {target}: the file exists; choose a new path (nothing was written)", file=sys.stderr)
            return 2
        target.write_text(STARTER.read_text(encoding="utf-8"), encoding="utf-8")
        print(f"wrote {target}: edit it, then run: python main.py --config {target}")
        return 0
    try:
        settings = load_settings(args.config)
        if args.rehearsal_endpoint is not None:
            settings = with_rehearsal(settings, args.rehearsal_endpoint)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    if args.print_config:
        print(to_toml(settings), end="")
        return 0
    _progress(f"settings valid: {args.config or 'built-in default'}", started)
    from modules.summary import summarize
    from modules.synth import synthesize

    _progress("loading the AWS provider bindings and building the stack", started)
    stack_dirs = synthesize([settings], Path(args.output))
    _progress(f"wrote {len(stack_dirs)} stack(s) under {args.output}", started)
    order = [part.stack for part in settings.parts]  # the endpoint stack first: it is applied first
    for stack_dir in sorted(stack_dirs, key=lambda directory: order.index(directory.name)):
        print(summarize(settings, stack_dir), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
