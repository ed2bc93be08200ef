"""What a bench run measures, one function per section; each fills its part of Results."""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass, field
from typing import Any

import cases
import instructions
from processes import ROOT, Server, Worker, log

#: peer suite name -> (pip requirement, import name, the cases it has, the system it decodes)
PEERS = {
    "stencila.hub": ("stencila.hub==4.0.0", "stencila.hub", ("hub_patch", "hub_put"), "hub"),
    "kubernetes": (
        "kubernetes>=37,<38",
        "kubernetes",
        ("k8s_read_status", "k8s_replace_status", "watch"),
        "kubernetes",
    ),
}


MEMORY_COUNTS = {"hub": 2000, "kubernetes": 300, "agave": 2000}


SECTIONS = (
    "import",
    "percall",
    "instructions",
    "decode",
    "memory",
    "concurrency",
    "watch",
    "async",
)


@dataclass
class Settings:
    percall_reps: int = 140
    percall_batch: int = 20
    decode_reps: int = 7
    peer_hub_decode_reps: int = 3  # stencila.hub takes seconds for 10,000 jobs
    import_reps: int = 17
    conc_rounds: int = 9
    conc_per_thread: int = 200
    quick: bool = False
    watch_reps: int = 7
    aio_reps: int = 60
    aio_batch: int = 20
    aio_rounds: int = 7
    aio_calls: int = 200

    @classmethod
    def quick_settings(cls) -> Settings:
        return cls(4, 10, 2, 1, 3, 1, 40, True, watch_reps=2, aio_reps=4, aio_rounds=1)


@dataclass
class Results:
    #: case -> suite -> variant -> [[wall, cpu], ...]
    percall: dict[str, Any] = field(default_factory=dict)
    #: system -> suite -> variant -> [s, ...]
    decode: dict[str, Any] = field(default_factory=dict)
    #: system -> suite -> variant -> bytes per item
    memory: dict[str, Any] = field(default_factory=dict)
    #: case -> [wall s, ...]
    imports: dict[str, Any] = field(default_factory=dict)
    #: case -> [CPU s of the child, ...]
    imports_cpu: dict[str, Any] = field(default_factory=dict)
    #: variant -> [{...}, ...]
    concurrency: dict[str, Any] = field(default_factory=dict)
    #: suite -> variant -> [s, ...]
    watch: dict[str, Any] = field(default_factory=dict)
    #: case -> variant -> per-call instructions, I1 and D1 misses (cachegrind); None: no valgrind
    instructions: dict[str, Any] | None = field(default_factory=dict)
    #: the same for the asyncio client's variants (instructions.AIO_VARIANTS)
    aio_instructions: dict[str, Any] | None = field(default_factory=dict)
    #: case -> variant -> [[wall, cpu], ...]
    aio_percall: dict[str, Any] = field(default_factory=dict)
    #: variant -> [{...}, ...]
    aio_concurrency: dict[str, Any] = field(default_factory=dict)
    errors: list[Any] = field(default_factory=list)


def run_percall(s: Settings, ours: Worker, peers: dict[str, Worker], r: Results) -> None:
    for case in cases.per_call_cases():
        log(f"per call: {case}")
        runners = [("ours", ours)] + [
            (name, w) for name, w in peers.items() if case in PEERS[name][2]
        ]
        table = r.percall.setdefault(case, {})
        for rep in range(s.percall_reps):
            for name, worker in runners:
                try:
                    got = worker.ask("percall", case=case, n=s.percall_batch, rep=rep)
                except RuntimeError as err:
                    r.errors.append(str(err))
                    runners = [x for x in runners if x[0] != name]
                    continue
                for variant, value in got.items():
                    table.setdefault(name, {}).setdefault(variant, []).append(value)


def run_decode(s: Settings, ours: Worker, peers: dict[str, Worker], r: Results) -> None:
    for system, count in cases.DECODE_COUNTS.items():
        log(f"decode: {count} {system}")
        runners = [("ours", ours, s.decode_reps)] + [
            (name, w, s.peer_hub_decode_reps if system == "hub" else s.decode_reps)
            for name, w in peers.items()
            if PEERS[name][3] == system
        ]
        table = r.decode.setdefault(system, {})
        for rep in range(max(x[2] for x in runners)):
            for name, worker, reps in runners:
                if rep >= reps:
                    continue
                try:
                    got = worker.ask("decode", system=system, count=count, rep=rep)
                except RuntimeError as err:
                    r.errors.append(str(err))
                    continue
                for variant, value in got.items():
                    table.setdefault(name, {}).setdefault(variant, []).append(value)


def run_watch(s: Settings, ours: Worker, peers: dict[str, Worker], r: Results) -> None:
    log(f"watch: {cases.WATCH_EVENTS} events")
    runners = [("ours", ours)] + [(n, w) for n, w in peers.items() if "watch" in PEERS[n][2]]
    for rep in range(s.watch_reps):
        for name, worker in runners:
            try:
                got = worker.ask("watch", count=cases.WATCH_EVENTS, rep=rep)
            except RuntimeError as err:
                r.errors.append(str(err))
                runners = [x for x in runners if x[0] != name]
                continue
            for variant, value in got.items():
                r.watch.setdefault(name, {}).setdefault(variant, []).append(value)


def run_async(s: Settings, ours: Worker, server: Server, r: Results) -> None:
    """The asyncio client: per call beside raw aiohttp, then many concurrent calls."""
    for case in cases.AIO_CASES:
        log(f"async per call: {case}")
        table = r.aio_percall.setdefault(case, {})
        for rep in range(s.aio_reps):
            got = ours.ask("aio_percall", case=case, n=s.aio_batch, rep=rep)
            for variant, value in got.items():
                table.setdefault(variant, []).append(value)
    log(f"async concurrency: {s.aio_calls} calls at once, one client")
    for rnd in range(s.aio_rounds):
        for variant in ["sdk", "raw"] if rnd % 2 == 0 else ["raw", "sdk"]:
            before = server.stats()
            got = ours.ask("aio_concurrent", variant=variant, calls=s.aio_calls)
            got["connections"] = server.stats()["connections"] - before["connections"]
            got["throughput"] = got["calls"] / got["seconds"]
            r.aio_concurrency.setdefault(variant, []).append(got)


def run_instructions(s: Settings, server: Server, r: Results) -> None:
    """Instructions per call under cachegrind (bench/instructions.py), when valgrind is here."""
    if not instructions.available():
        log("instructions: skipped, valgrind is not on PATH")
        r.instructions = r.aio_instructions = None
        return
    chosen = list(cases.per_call_cases())[: 2 if s.quick else None]
    aio_chosen = list(cases.AIO_CASES)[: 1 if s.quick else None]
    log(
        f"instructions: {len(chosen)} + {len(aio_chosen)} async cases under cachegrind "
        "(a few minutes)"
    )
    try:
        r.instructions = instructions.measure(server.url, chosen)
        r.aio_instructions = instructions.measure(server.url, aio_chosen, instructions.AIO_VARIANTS)
    except RuntimeError as err:
        r.errors.append(str(err))


def run_memory(ours: Worker, peers: dict[str, Worker], r: Results) -> None:
    for system, count in MEMORY_COUNTS.items():
        log(f"memory: {count} {system}")
        runners = [("ours", ours)] + [(n, w) for n, w in peers.items() if PEERS[n][3] == system]
        for name, worker in runners:
            try:
                got = worker.ask("memory", system=system, count=count)
            except RuntimeError as err:
                r.errors.append(str(err))
                continue
            r.memory.setdefault(system, {})[name] = got


def run_concurrency(s: Settings, ours: Worker, server: Server, r: Results) -> None:
    log("concurrency: 4 threads, one client")
    for rnd in range(s.conc_rounds):
        order = ["sdk", "raw"] if rnd % 2 == 0 else ["raw", "sdk"]
        for variant in order:
            warm = ours.ask("conc_warm", variant=variant)
            before = server.stats()
            got = ours.ask("conc_run", per_thread=s.conc_per_thread)
            after = server.stats()
            got["warmup_errors"] = warm["errors"]
            got["new_connections"] = after["connections"] - before["connections"]
            got["throughput"] = got["calls"] / got["seconds"]
            r.concurrency.setdefault(variant, []).append(got)


def import_cases(url: str, python_peers: str | None, installed: dict[str, str]) -> dict[str, Any]:
    """name -> (python, code). "bare" and "peers_bare" are the baselines."""
    hub_cfg = (
        f"Configuration(host={url + cases.PREFIX['hub']!r}, api_key={{'Token': 'x'}}, "
        "api_key_prefix={'Token': 'Token'})"
    )
    k8s_host = url + cases.PREFIX["kubernetes"]
    k8s_status = f"/apis/batch/v1/namespaces/{cases.K8S_NAMESPACE}/jobs/{cases.K8S_NAME}/status"
    ours = sys.executable
    table = {
        "bare": (ours, "pass"),
        "ours_import": (ours, "import stencila_hub"),
        "ours_first_hub": (
            ours,
            "import stencila_hub as sh\n"
            f"c = sh.ApiClient(sh.{hub_cfg})\n"
            f"sh.JobsApi(c).jobs_update({cases.HUB_JOB_ID}, sh.InlineObject3(status='RUNNING'))",
        ),
        "ours_first_k8s": (
            ours,
            "import stencila_hub as sh\n"
            f"c = sh.ApiClient(sh.Configuration(host={k8s_host!r}))\n"
            f"sh.BatchV1Api(c).read_namespaced_job_status({cases.K8S_NAME!r}, "
            f"{cases.K8S_NAMESPACE!r})",
        ),
        "floor": (
            ours,
            "import json, urllib3\n"
            "from pydantic import BaseModel\n"
            "class Job(BaseModel):\n"
            "    id: int | None = None\n"
            "    status: str | None = None\n"
            "r = urllib3.PoolManager().request("
            f"'PUT', {url + cases.PREFIX['hub'] + '/jobs/56/'!r}, "
            "body=b'{\"status\": \"RUNNING\"}', headers={'Content-Type': 'application/json'})\n"
            "Job.model_validate_json(r.data)",
        ),
        # What any pydantic client of this schema pays for the Kubernetes read: urllib3, the
        # generated V1Job model classes (132 of them), pydantic's own decode; none of the SDK's
        # client, transport or compiled decoders.
        "floor_k8s": (
            ours,
            "import urllib3\n"
            "from stencila_hub.models.v1_job import V1Job\n"
            f"r = urllib3.PoolManager().request('GET', {k8s_host + k8s_status!r})\n"
            "V1Job.model_validate_json(r.data, context={'sdk_lenient': True})",
        ),
    }
    if python_peers:
        table["peers_bare"] = (python_peers, "pass")
    if python_peers and installed.get("stencila.hub") == "installed":
        table["sh_import"] = (python_peers, "import stencila.hub")
        table["sh_first_hub"] = (
            python_peers,
            "from stencila.hub import ApiClient, Configuration, JobsApi\n"
            "from stencila.hub.models import InlineObject3\n"
            f"c = ApiClient({hub_cfg})\n"
            f"JobsApi(c).jobs_update({cases.HUB_JOB_ID}, InlineObject3(status='RUNNING'))",
        )
    if python_peers and installed.get("kubernetes") == "installed":
        table["k8s_import"] = (python_peers, "from kubernetes.client import BatchV1Api")
        table["k8s_first_k8s"] = (
            python_peers,
            "from kubernetes import client\n"
            f"c = client.ApiClient(client.Configuration(host={k8s_host!r}))\n"
            f"client.BatchV1Api(c).read_namespaced_job_status({cases.K8S_NAME!r}, "
            f"{cases.K8S_NAMESPACE!r})",
        )
    return table


def run_imports(
    s: Settings, url: str, python_peers: str | None, installed: dict[str, str], r: Results
) -> None:
    log("import: fresh interpreters")
    table = import_cases(url, python_peers, installed)
    # Bytecode is written (an installed package has it): the untimed first run below compiles.
    env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="")
    for python, code in table.values():  # once each, untimed: byte-compile, page cache
        subprocess.run([python, "-c", code], env=env, cwd=str(ROOT), check=True)
    rng = random.Random(7)
    for _ in range(s.import_reps):
        names = list(table)
        rng.shuffle(names)
        for name in names:
            python, code = table[name]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            subprocess.run([python, "-c", code], env=env, cwd=str(ROOT), check=True)
            wall = time.perf_counter() - start
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
            r.imports.setdefault(name, []).append(wall)
            r.imports_cpu.setdefault(name, []).append(cpu)
