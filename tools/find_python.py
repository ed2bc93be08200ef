"""Print the path of a Python interpreter of one minor version, or say how to install one.

    python tools/find_python.py 3.12

Looks for `python3.12` on PATH, then under pyenv (`$PYENV_ROOT`, else ~/.pyenv) `versions/3.12.*`,
newest patch release first. Each candidate is run once: a pyenv shim for a version that is not
selected is on PATH but fails, and must not be taken. Standard library only.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

REPORT_VERSION = "import sys; print('%d.%d' % sys.version_info[:2])"


def is_version(path: str, version: str) -> bool:
    try:
        run = subprocess.run(
            [path, "-c", REPORT_VERSION], capture_output=True, text=True, timeout=60, check=False
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return run.returncode == 0 and run.stdout.strip() == version


def pyenv_candidates(version: str) -> list[str]:
    root = Path(os.environ.get("PYENV_ROOT") or Path.home() / ".pyenv")
    found = []
    for folder in (root / "versions").glob(f"{version}.*"):
        patch = re.fullmatch(re.escape(version) + r"\.(\d+)", folder.name)
        if patch:  # 3.12.1, not 3.12-dev or 3.12.1t (free-threaded)
            found.append((int(patch.group(1)), str(folder / "bin" / f"python{version}")))
    return [path for _, path in sorted(found, reverse=True)]


def find(version: str) -> str | None:
    on_path = shutil.which(f"python{version}")
    for candidate in ([on_path] if on_path else []) + pyenv_candidates(version):
        if is_version(candidate, version):
            return candidate
    return None


def main(argv: list[str]) -> int:
    if len(argv) != 1 or not re.fullmatch(r"3\.\d+", argv[0]):
        raise SystemExit(__doc__)
    version = argv[0]
    found = find(version)
    if found is None:
        print(
            f"No Python {version}: neither python{version} on PATH nor ~/.pyenv/versions/"
            f"{version}.* runs. Install one (`pyenv install {version}`, or "
            f"`uv python install {version}` and put it on PATH), then run this again.",
            file=sys.stderr,
        )
        return 1
    print(found)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
