"""The benchmark: ``make bench`` (or ``python bench/run.py``). Writes bench/README.md.

It starts the loopback server (bench/server.py) and one measuring process per client
(bench/worker.py: this SDK, and each peer that installs), then runs every comparison with the
repetitions interleaved: ours, then each peer, then ours again, and inside each process the client
and its raw urllib3 baseline alternate. Figures are ratios to the baseline measured in the same
process on the same server and payload; medians and minimums over the repetitions.

Peers (stencila.hub 4.0.0, kubernetes 37) go into bench/.venv-peers, made here with pip; a peer
that does not install (no network) is reported as "not installed" and the rest goes on.

Options: ``--quick`` (few repetitions: a smoke test of the harness, not figures to quote),
``--no-peers``, ``--output PATH`` (default bench/README.md).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from processes import BENCH, Server, Worker, log
from report import loadavg, machine, report
from sections import (
    PEERS,
    SECTIONS,
    Results,
    Settings,
    run_async,
    run_concurrency,
    run_decode,
    run_imports,
    run_instructions,
    run_memory,
    run_percall,
    run_watch,
)

PEERS_VENV = BENCH / ".venv-peers"


RESULTS = BENCH / ".results"


def ensure_peers(wanted: list[str]) -> tuple[str | None, dict[str, str]]:
    """(the venv's python or None, peer -> "installed" or why not). Installs what is missing."""
    status: dict[str, str] = {}
    python = PEERS_VENV / "bin" / "python"
    if not python.exists():
        log(f"creating {PEERS_VENV} ...")
        made = subprocess.run(
            [sys.executable, "-m", "venv", str(PEERS_VENV)], capture_output=True, text=True
        )
        if made.returncode != 0:
            reason = (made.stderr.strip().splitlines() or ["venv failed"])[-1]
            return None, {p: f"not installed ({reason})" for p in wanted}
    for peer in wanted:
        requirement, module = PEERS[peer][0], PEERS[peer][1]
        stamp = PEERS_VENV / f".installed-{peer}"
        if stamp.exists() and stamp.read_text() == requirement:
            status[peer] = "installed"
            continue
        log(f"pip install {requirement} into {PEERS_VENV} ...")
        done = subprocess.run(
            [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
             "--retries", "1", "--timeout", "20", requirement],
            capture_output=True, text=True, timeout=900,
        )  # fmt: skip
        check = subprocess.run([str(python), "-c", f"import {module}"], capture_output=True)
        if done.returncode == 0 and check.returncode == 0:
            stamp.write_text(requirement)
            status[peer] = "installed"
        else:
            lines = [x for x in done.stderr.strip().splitlines() if "WARNING" not in x]
            status[peer] = f"not installed (pip: {(lines or ['failed'])[-1][:160]})"
            log(f"{peer}: {status[peer]}")
    return str(python), status


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-peers", action="store_true")
    parser.add_argument("--output", default=str(BENCH / "README.md"))
    parser.add_argument(
        "--only",
        default=",".join(SECTIONS),
        help=f"comma-separated sections to run (default all: {','.join(SECTIONS)})",
    )
    parser.add_argument(
        "--render",
        metavar="RESULTS_JSON",
        help="measure nothing: write the page again from a results file of bench/.results/",
    )
    args = parser.parse_args()
    if args.render:
        render(Path(args.render), Path(args.output))
        return
    only = set(args.only.split(","))
    s = Settings.quick_settings() if args.quick else Settings()
    started = time.perf_counter()
    meta: dict[str, Any] = {
        "command": "make bench"
        if not sys.argv[1:]
        else "python bench/run.py " + " ".join(sys.argv[1:]),
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine(),
        "load_start": loadavg(),
    }

    installed: dict[str, str] = {}
    python_peers = None
    if args.no_peers:
        installed = {p: "not run (--no-peers)" for p in PEERS}
    else:
        python_peers, installed = ensure_peers(list(PEERS))

    r = Results()
    server = Server()
    workers: dict[str, Worker] = {}
    try:
        ours = Worker(sys.executable, "ours", server.url)
        versions = {"stencila_hub": ours.versions["stencila_hub"],
                    "Python": ours.versions["python"],
                    "pydantic": ours.versions["pydantic"],
                    "pydantic-core": ours.versions["pydantic_core"],
                    "urllib3": ours.versions["urllib3"]}  # fmt: skip
        peers: dict[str, Worker] = {}
        for name, state in installed.items():
            if state == "installed" and python_peers:
                try:
                    peers[name] = Worker(python_peers, name, server.url)
                    versions[name] = peers[name].versions[name]
                except RuntimeError as err:
                    installed[name] = f"did not start ({err})"
        workers = {"ours": ours, **peers}
        steps: dict[str, Callable[[], object]] = {
            "import": lambda: run_imports(s, server.url, python_peers, installed, r),
            "percall": lambda: run_percall(s, ours, peers, r),
            "instructions": lambda: run_instructions(s, server, r),
            "decode": lambda: run_decode(s, ours, peers, r),
            "memory": lambda: run_memory(ours, peers, r),
            "concurrency": lambda: run_concurrency(s, ours, server, r),
            "watch": lambda: run_watch(s, ours, peers, r),
            "async": lambda: run_async(s, ours, server, r),
        }
        for name, step in steps.items():
            if name in only:
                begun = time.perf_counter()
                step()
                meta.setdefault("sections", {})[name] = round(time.perf_counter() - begun)
    finally:
        for worker in workers.values():
            worker.close()
        server.close()

    meta["duration"] = time.perf_counter() - started
    meta["load_end"] = loadavg()
    text, rows = report(r, s, versions, installed, meta)
    Path(args.output).write_text(text)
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"results-{stamp}.json").write_text(json.dumps(
        {"meta": meta, "versions": versions, "installed": installed, "targets": rows,
         "raw": r.__dict__}, indent=1, default=str))  # fmt: skip
    met = sum(1 for x in rows if x["ok"])
    held = sum(1 for x in rows if x["ok"] is not None)
    log(f"wrote {args.output}: {met} of {held} targets met, {meta['duration']:.0f} s")
    for x in rows:
        mark = "n/a " if x["ok"] is None else "ok  " if x["ok"] else "MISS"
        log(f"  {mark} {x['section']}: {x['what']}: {x['figure']} "
            f"(target {x['target']})")  # fmt: skip


def render(results: Path, output: Path) -> None:
    """The page of a stored run (after a change to the report's text: no new figures)."""
    stored = json.loads(results.read_text())
    meta = stored["meta"]
    s = Settings.quick_settings() if "--quick" in meta["command"] else Settings()
    text, _rows = report(Results(**stored["raw"]), s, stored["versions"], stored["installed"], meta)
    output.write_text(text)
    log(f"wrote {output} from {results}")


if __name__ == "__main__":
    main()
