"""Instructions per call, counted by valgrind's cachegrind: a figure that machine load cannot move.

Wall-clock ratios on a loopback server move with whatever else the machine runs: another
process evicts the caches, and a longer code path pays for that more. cachegrind runs the client
process on a simulated CPU and counts the instructions it executes and its first-level cache
misses, the same on a busy machine as on a quiet one. The server runs outside valgrind.

Each (case, variant) runs in a process of its own twice, with :data:`FEW` and :data:`MANY` calls
after the same warm-up; the difference over ``MANY - FEW`` calls is the per-call figure (start-up,
imports and warm-up cancel out).

``python bench/instructions.py URL CASE VARIANT N`` is the process valgrind runs.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
FEW, MANY = 20, 220
VARIANTS = ("raw_pydantic", "sdk")
#: The asyncio client's: raw aiohttp + bare pydantic, the SDK, and each without its I/O: the SDK
#: with its transport's answer canned (checks, encoding, headers, retry state, decoding), the raw
#: call's json.dumps and bare decoding alone.
AIO_VARIANTS = ("aio_raw_pydantic", "aio_sdk", "aio_client_side", "aio_raw_client_side")
_FIELDS = {"instructions": "I   refs", "i1_misses": "I1  misses", "d1_misses": "D1  misses"}


def available() -> bool:
    return shutil.which("valgrind") is not None


def _count(url: str, case: str, variant: str, calls: int) -> dict[str, int]:
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            [
                "valgrind",
                "--tool=cachegrind",
                "--cache-sim=yes",
                f"--cachegrind-out-file={tmp}/out",
                sys.executable,
                str(Path(__file__).resolve()),
                url,
                case,
                variant,
                str(calls),
            ],
            capture_output=True,
            text=True,
            check=False,
        )
    if out.returncode != 0:
        raise RuntimeError(f"cachegrind {case} {variant}: {out.stderr[-500:]}")
    counts = {}
    for name, label in _FIELDS.items():
        found = re.search(re.escape(label) + r":\s+([\d,]+)", out.stderr)
        if found is None:
            raise RuntimeError(f"cachegrind {case} {variant}: no {label!r} in its summary")
        counts[name] = int(found.group(1).replace(",", ""))
    return counts


def measure(
    url: str, cases: list[str], variants: tuple[str, ...] = VARIANTS
) -> dict[str, dict[str, dict[str, float]]]:
    """case -> variant -> per-call instructions, I1 misses and D1 misses."""
    jobs = [(c, v, n) for c in cases for v in variants for n in (FEW, MANY)]
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        counted = dict(zip(jobs, pool.map(lambda job: _count(url, *job), jobs), strict=True))
    result: dict[str, dict[str, dict[str, float]]] = {}
    for case in cases:
        for variant in variants:
            few, many = counted[(case, variant, FEW)], counted[(case, variant, MANY)]
            result.setdefault(case, {})[variant] = {
                name: (many[name] - few[name]) / (MANY - FEW) for name in _FIELDS
            }
    return result


def _drive(url: str, case: str, variant: str, calls: int) -> None:
    """*calls* calls of *variant* of *case*, after the warm-up ``_variants`` does for all."""
    sys.path.insert(0, str(BENCH))
    import suite_ours

    suite = suite_ours.Suite(url)
    if variant.startswith("aio_"):
        suite_ours.AioBench(suite).drive(case, variant.removeprefix("aio_"), calls)
        return
    call: Any = suite._variants(case)[variant]
    for _ in range(calls):
        call()


if __name__ == "__main__":
    _drive(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
