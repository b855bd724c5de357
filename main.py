"""Synthesize Terraform for private, cross-region access to Amazon S3.

    python main.py                          # the default: Beijing consumers, Ningxia bucket
    python main.py --config examples/global.toml
    PRIVATE_S3_CONFIG=examples/global.toml cdktf synth

Exit codes: 0 synthesized; 2 invalid settings (nothing written); 1 any other failure (nothing written).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from modules.settings import ConfigError, load_settings, with_rehearsal

CONFIG_ENV = "PRIVATE_S3_CONFIG"
DEFAULT_OUTDIR = "cdktf.out"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--config",
        metavar="FILE",
        default=os.environ.get(CONFIG_ENV),
        help=f"TOML settings file (default: ${CONFIG_ENV}, else the built-in China deployment)",
    )
    parser.add_argument(
        "--output",
        metavar="DIR",
        default=os.environ.get("CDKTF_OUTDIR", DEFAULT_OUTDIR),
        help=f"output directory (default: {DEFAULT_OUTDIR}, or the one cdktf synth asks for)",
    )
    parser.add_argument(
        "--rehearsal-endpoint",
        metavar="URL",
        help="local rehearsal: point every provider at an AWS API emulator such as moto_server "
        "(http://127.0.0.1:PORT); the deployment's settings are otherwise unchanged",
    )
    args = parser.parse_args(argv)
    try:
        settings = load_settings(args.config)
        if args.rehearsal_endpoint is not None:
            settings = with_rehearsal(settings, args.rehearsal_endpoint)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    from modules.synth import synthesize

    for stack_dir in synthesize([settings], Path(args.output)):
        print(f"synthesized {stack_dir / 'cdk.tf.json'}")
    for warning in settings.warnings():
        print(f"warning: {warning}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
