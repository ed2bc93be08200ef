"""The floor of every dependency setup.py declares, read from it: what `make test-floors` installs.

    python tools/floors.py            prints pip constraints, one `name==floor` a line
    python tools/floors.py --check    fails unless this interpreter has exactly those versions

setup.py's `install_requires` and the extras the suite uses (`testing`: the fake servers it runs
on; `kubeconfig`: YAML kubeconfigs; `async`: aiohttp for stencila_hub.aio) are parsed, not run, and are the only place a floor is written,
so the floors venv and the declared floors cannot disagree. The `progress` extra (tqdm) is left
out: no test drives a real tqdm. A name listed twice must have the same floor both times. Every
requirement needs one `>=` floor: one without would let the floors venv install any version and test
nothing. Standard library only, so any python3 can run it before a venv exists.
"""

from __future__ import annotations

import ast
import re
import sys
from importlib import metadata
from pathlib import Path

SETUP = Path(__file__).resolve().parent.parent / "setup.py"
EXTRAS = ("testing", "kubeconfig", "async")
#: `name` then specifiers; markers (`;`) and extras (`[...]`) are refused, setup.py has none.
REQUIREMENT = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)\s*([^;\[\]]*)$")


def declared(source: str) -> list[str]:
    """install_requires, then the requirements of each extra in EXTRAS."""
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Call) and getattr(node.func, "id", None) == "setup":
            found = {
                kw.arg: ast.literal_eval(kw.value)
                for kw in node.keywords
                if kw.arg in ("install_requires", "extras_require")
            }
            try:
                extras = [r for extra in EXTRAS for r in found["extras_require"][extra]]
                return [str(r) for r in found["install_requires"] + extras]
            except KeyError as missing:
                raise SystemExit(f"{SETUP.name}: no literal {missing} in setup()") from None
    raise SystemExit(f"{SETUP.name}: no setup() call")


def floors(requirements: list[str]) -> dict[str, str]:
    """{distribution name: its `>=` version} for each requirement."""
    found = {}
    for requirement in requirements:
        match = REQUIREMENT.match(requirement.strip())
        if not match:
            raise SystemExit(f"{SETUP.name}: cannot read {requirement!r} (no markers or extras)")
        name, specifiers = match.groups()
        lows = [s.strip()[2:].strip() for s in specifiers.split(",") if s.strip().startswith(">=")]
        if len(lows) != 1:
            raise SystemExit(f"{SETUP.name}: {requirement!r} needs exactly one '>=' floor")
        if name in found and release(found[name]) != release(lows[0]):
            raise SystemExit(f"{SETUP.name}: {name} has two floors, {found[name]} and {lows[0]}")
        found.setdefault(name, lows[0])
    return found


def release(version: str) -> tuple[int, ...] | str:
    """`2.11` and `2.11.0` are the same release to pip (`==2.11` installs 2.11.0)."""
    if not re.fullmatch(r"\d+(\.\d+)*", version):
        return version
    parts = [int(p) for p in version.split(".")]
    while len(parts) > 1 and parts[-1] == 0:
        parts.pop()
    return tuple(parts)


def check(wanted: dict[str, str]) -> int:
    wrong = []
    for name, version in wanted.items():
        try:
            installed = metadata.version(name)
        except metadata.PackageNotFoundError:
            installed = "not installed"
        if release(installed) != release(version):
            wrong.append(f"{name} {installed} (floor {version})")
    if wrong:
        print("not at the floors of setup.py: " + ", ".join(wrong), file=sys.stderr)
        return 1
    print("at the floors of setup.py: " + ", ".join(f"{n} {v}" for n, v in wanted.items()))
    return 0


def main(argv: list[str]) -> int:
    wanted = floors(declared(SETUP.read_text()))
    if argv == ["--check"]:
        return check(wanted)
    if argv:
        raise SystemExit(__doc__)
    print("\n".join(f"{name}=={version}" for name, version in wanted.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
