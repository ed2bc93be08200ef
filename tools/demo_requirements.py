"""Print the runtime requirements of setup.py and of the extras named on the command line.

`make demo` installs these into its own venv and points a .pth file at the checkout, instead of
an editable install: building one (setuptools and wheel in an isolated environment) took longer
than installing every dependency. setup.py stays the one list; it is read, not run.
Usage: python tools/demo_requirements.py testing
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

SETUP = Path(__file__).resolve().parent.parent / "setup.py"


def requirements(extras: list[str]) -> list[str]:
    tree = ast.parse(SETUP.read_text())
    install_requires: list[str] = []
    extras_require: dict[str, list[str]] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "install_requires":
            install_requires = ast.literal_eval(node.value)
        elif isinstance(node, ast.keyword) and node.arg == "extras_require":
            extras_require = ast.literal_eval(node.value)
    return install_requires + [r for extra in extras for r in extras_require[extra]]


if __name__ == "__main__":
    print("\n".join(requirements(sys.argv[1:])))
