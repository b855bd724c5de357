"""Rewrite generated/ from the shipped examples: ``make generate`` (or ``python -m tools.generate``).

Every ``examples/<name>.toml`` becomes ``generated/<name>/cdk.tf.json``, synthesized by the same code
as ``main.py``. CI fails when a fresh synth differs from what is committed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GENERATED = ROOT / "generated"


def example_files() -> list[Path]:
    return sorted(EXAMPLES.glob("*.toml"))


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from modules.settings import load_settings
    from modules.synth import synthesize

    examples = {path.stem: load_settings(path) for path in example_files()}
    with tempfile.TemporaryDirectory() as staging:
        synthesize(list(examples.values()), Path(staging))
        for stem, settings in examples.items():
            target = GENERATED / stem
            target.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(Path(staging, "stacks", settings.name, "cdk.tf.json"), target / "cdk.tf.json")
            print(f"wrote {target.relative_to(ROOT) / 'cdk.tf.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
