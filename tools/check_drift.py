"""Fail when the committed generated code is not what openapi.yaml and templates/ generate.

Regenerates into a temporary folder (the working tree is not touched) and compares every
generated file byte for byte, in both directions: a file that differs, one that is missing, and a
stale one that the generator would no longer write all fail. Usage: python tools/check_drift.py
"""

from __future__ import annotations

import filecmp
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GENERATED_DIRS = ("stencila_hub/api", "stencila_hub/models", "docs")
#: Written by tools/generate.py besides the generator's output (copies of the root openapi.yaml).
COPIED = ("stencila_hub/testing/openapi.yaml",)
#: Hand-written folders inside the generated ones (tools/generate.py keeps them).
KEPT = ("docs/guide/",)


def generated_files(root: Path) -> set:
    listed = set((root / ".openapi-generator" / "FILES").read_text().split())
    for folder in GENERATED_DIRS:
        listed |= {str(p.relative_to(root)) for p in (root / folder).rglob("*")
                   if p.is_file() and "__pycache__" not in p.parts
                   and not str(p.relative_to(root)).startswith(KEPT)}
    listed |= {p for p in COPIED if (root / p).exists()}
    return listed | {".openapi-generator/FILES", ".openapi-generator/VERSION"}


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "out"
        subprocess.run([sys.executable, str(ROOT / "tools" / "generate.py"), "--out", str(fresh)],
                       check=True)
        expected, actual = generated_files(fresh), generated_files(ROOT)
        problems = [f"stale (no longer generated): {p}" for p in sorted(actual - expected)]
        problems += [f"missing (run make generate): {p}" for p in sorted(expected - actual)]
        problems += [f"differs from what the generator writes: {p}"
                     for p in sorted(expected & actual)
                     if not filecmp.cmp(fresh / p, ROOT / p, shallow=False)]
    for line in problems:
        print("drift:", line)
    print("drift check:", "FAILED" if problems else "ok", f"({len(expected)} generated files)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
