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
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
sys.path.insert(0, str(BENCH))

import cases  # noqa: E402

PEERS_VENV = BENCH / ".venv-peers"
RESULTS = BENCH / ".results"
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

CASE_LABELS = {
    "hub_patch": "Hub PATCH /jobs/{id}/ (`jobs_partial_update`)",
    "hub_put": "Hub PUT /jobs/{id}/ (`jobs_update`)",
    "agave_get": "Agave get job (`AgaveJobsApi.get`)",
    "sahara_show": "Sahara show job (`DataProcessingJobsApi.show`)",
    "k8s_read_status": "Kubernetes read Job status (`read_namespaced_job_status`)",
    "k8s_replace_status": "Kubernetes replace Job status (`replace_namespaced_job_status`)",
    "gaffer_get": "Gaffer read job (`GafferJobsApi.get`)",
}
DECODE_LABELS = {
    "hub": "Hub jobs (`InlineObject3`)",
    "kubernetes": "Kubernetes `V1Job`",
    "agave": "Agave job summaries (`AgaveJobSummary`)",
}
MEMORY_COUNTS = {"hub": 2000, "kubernetes": 300, "agave": 2000}
SECTIONS = ("import", "percall", "decode", "memory", "concurrency", "watch", "async")


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


# -- processes ---------------------------------------------------------------------------------------


class Server:
    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(BENCH / "server.py")],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        self.url = f"http://127.0.0.1:{json.loads(self._line())['port']}"

    def _line(self) -> str:
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            raise RuntimeError("the benchmark server stopped")
        return line

    def stats(self) -> dict:
        self.proc.stdin.write("stats\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        return json.loads(self._line())

    def close(self) -> None:
        try:
            self.proc.stdin.write("quit\n")  # type: ignore[union-attr]
            self.proc.stdin.flush()  # type: ignore[union-attr]
            self.proc.wait(10)
        except (OSError, subprocess.TimeoutExpired):
            self.proc.kill()


class Worker:
    def __init__(self, python: str, suite: str, url: str) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONDONTWRITEBYTECODE="")
        self.suite = suite
        self.proc = subprocess.Popen(
            [python, str(BENCH / "worker.py"), suite, url],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
            cwd=str(ROOT),
        )
        hello = self._read()
        self.versions = hello["versions"]

    def _read(self) -> dict:
        line = self.proc.stdout.readline()  # type: ignore[union-attr]
        if not line:
            raise RuntimeError(f"the {self.suite} worker stopped (see its stderr above)")
        return json.loads(line)

    def ask(self, cmd: str, **args: Any) -> Any:
        self.proc.stdin.write(json.dumps({"cmd": cmd, **args}) + "\n")  # type: ignore[union-attr]
        self.proc.stdin.flush()  # type: ignore[union-attr]
        answer = self._read()
        if "error" in answer:
            raise RuntimeError(f"{self.suite} {cmd} {args}: {answer['error']}\n{answer['trace']}")
        return answer["ok"]

    def close(self) -> None:
        self.proc.stdin.close()  # type: ignore[union-attr]
        try:
            self.proc.wait(10)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def log(*parts: Any) -> None:
    print(*parts, file=sys.stderr, flush=True)


# -- the peers' venv ------------------------------------------------------------------------------------


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


# -- statistics -----------------------------------------------------------------------------------------


def med(values: list[float]) -> float:
    return statistics.median(values)


def ratio(a: list[float], b: list[float]) -> tuple[float, float]:
    """(median(a) / median(b), min(a) / min(b))."""
    return med(a) / med(b), min(a) / min(b)


def paired(a: list[float], b: list[float]) -> float:
    """Median of a[i] / b[i]: each repetition against the baseline run just before or after it,
    so that a slow spell of the machine (other work on it) weighs on both sides alike."""
    return med([x / y for x, y in zip(a, b, strict=True)])


# -- the sections ---------------------------------------------------------------------------------------


@dataclass
class Results:
    percall: dict = field(default_factory=dict)  # case -> suite -> variant -> [[wall, cpu], ...]
    decode: dict = field(default_factory=dict)  # system -> suite -> variant -> [s, ...]
    memory: dict = field(default_factory=dict)  # system -> suite -> variant -> bytes per item
    imports: dict = field(default_factory=dict)  # case -> [wall s, ...]
    imports_cpu: dict = field(default_factory=dict)  # case -> [CPU s of the child, ...]
    concurrency: dict = field(default_factory=dict)  # variant -> [{...}, ...]
    watch: dict = field(default_factory=dict)  # suite -> variant -> [s, ...]
    aio_percall: dict = field(default_factory=dict)  # case -> variant -> [[wall, cpu], ...]
    aio_concurrency: dict = field(default_factory=dict)  # variant -> [{...}, ...]
    errors: list = field(default_factory=list)


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


def import_cases(url: str, python_peers: str | None, installed: dict[str, str]) -> dict:
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
            f"r = urllib3.PoolManager().request('PUT', {url + cases.PREFIX['hub'] + '/jobs/56/'!r}, "
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


# -- the report ------------------------------------------------------------------------------------------


def fmt_ratio(x: float) -> str:
    return f"{x:.2f}x"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else "met" if ok else "**missed**"


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
    }


def loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def report(
    r: Results,
    s: Settings,
    versions: dict,
    installed: dict[str, str],
    meta: dict,
) -> tuple[str, list[dict]]:
    rows: list[dict] = []  # every figure against its target, for the summary and the JSON
    notes: list[str] = []  # why a target is missed, with the figures that say so
    out: list[str] = []
    w = out.append

    def target_row(section: str, what: str, figure: str, target: str, ok: bool | None) -> None:
        rows.append({"section": section, "what": what, "figure": figure, "target": target,
                     "ok": ok})  # fmt: skip

    # per call
    percall_lines = []
    for case, suites in r.percall.items():
        ours = suites.get("ours")
        if not ours:
            continue
        sdk_w = [v[0] for v in ours["sdk"]]
        raw_w = [v[0] for v in ours["raw"]]
        sdk_c = [v[1] for v in ours["sdk"]]
        raw_c = [v[1] for v in ours["raw"]]
        pyd_w = [v[0] for v in ours["raw_pydantic"]]
        med_r = paired(sdk_w, raw_w)
        _, min_r = ratio(sdk_w, raw_w)
        cpu_r = paired(sdk_c, raw_c)
        pyd_r = paired(pyd_w, raw_w)
        peer_cells = []
        for name, variants in suites.items():
            if name == "ours":
                continue
            p_sdk, p_raw = [v[0] for v in variants["sdk"]], [v[0] for v in variants["raw"]]
            pm, pn = paired(p_sdk, p_raw), ratio(p_sdk, p_raw)[1]
            peer_cells.append(f"{name}: {fmt_ratio(pm)} (min {fmt_ratio(pn)})")
        vs_pyd = paired(sdk_w, pyd_w)
        ok = vs_pyd <= 1.05
        target_row(
            "per call",
            CASE_LABELS[case],
            f"{fmt_ratio(vs_pyd)} of raw + pydantic ({fmt_ratio(med_r)} of raw + json)",
            "<= 1.05x raw urllib3 + bare pydantic",
            ok,
        )
        if not ok:
            notes.append(
                f"- {CASE_LABELS[case]}: {fmt_ratio(vs_pyd)} of raw urllib3 + bare pydantic "
                f"(which is itself {fmt_ratio(pyd_r)} of raw + json): the SDK's own work (argument "
                f"checks, headers, the retry loop, the deadline watchdog, the lenient hooks) "
                f"adds {vs_pyd - 1:+.0%} to that floor."
            )
        percall_lines.append(
            f"| {CASE_LABELS[case]} | **{fmt_ratio(med_r)}** | {fmt_ratio(min_r)} | "
            f"{fmt_ratio(cpu_r)} | {med(raw_w) * 1e6:.0f} us | {fmt_ratio(pyd_r)} | "
            f"**{fmt_ratio(vs_pyd)}** | {'; '.join(peer_cells) or '-'} | <= 1.05x of raw + "
            f"pydantic | {verdict(ok)} |"
        )

    # decode
    decode_lines = []
    for system, suites in r.decode.items():
        ours = suites.get("ours")
        if not ours:
            continue
        count = cases.DECODE_COUNTS[system]
        vs_bare, vs_bare_min = (
            paired(ours["sdk"], ours["bare"]),
            ratio(ours["sdk"], ours["bare"])[1],
        )
        vs_json = paired(ours["sdk"], ours["json"])
        bare_json = paired(ours["bare"], ours["json"])
        ok = vs_bare <= 1.2
        target_row("decode", f"{count:,} {DECODE_LABELS[system]}", fmt_ratio(vs_bare),
                   "<= 1.2x bare pydantic", ok)  # fmt: skip
        peer_cell = "-"
        for name, variants in suites.items():
            if name == "ours":
                continue
            speedup = med(variants["sdk"]) / med(ours["sdk"])
            norm = (med(variants["sdk"]) / med(variants["json"])) / vs_json
            need = 13.0 if system == "hub" else 2.0
            target_row("decode", f"{count:,} {DECODE_LABELS[system]}: faster than {name}",
                       f"{speedup:.1f}x", f">= {need:g}x", speedup >= need)  # fmt: skip
            peer_cell = (
                f"{name}: {med(variants['sdk']) * 1000:.0f} ms = {fmt_ratio(med(variants['sdk']) / med(variants['json']))} json.loads; "
                f"ours is **{speedup:.1f}x** faster (target >= {need:g}x: {verdict(speedup >= need)}; "
                f"{norm:.1f}x in json.loads units)"
            )  # fmt: skip
        decode_lines.append(
            f"| {count:,} {DECODE_LABELS[system]} | **{fmt_ratio(vs_bare)}** | "
            f"{fmt_ratio(vs_bare_min)} | {fmt_ratio(vs_json)} | {fmt_ratio(bare_json)} | "
            f"{med(ours['sdk']) * 1000:.0f} ms | {peer_cell} | <= 1.2x | {verdict(ok)} |"
        )

    for peer, system, need in (("stencila.hub", "hub", 13), ("kubernetes", "kubernetes", 2)):
        if installed.get(peer) != "installed" and system in r.decode:
            target_row("decode", f"{cases.DECODE_COUNTS[system]:,} {DECODE_LABELS[system]}: "
                       f"faster than {peer}", f"not measured ({installed.get(peer, 'not run')})",
                       f">= {need}x", None)  # fmt: skip

    # imports
    import_lines = []
    imp = r.imports

    def over(name: str, base: str = "bare") -> tuple[float, float]:
        """(median over repetitions of case - bare run of the same repetition, min - min), ms."""
        paired_ms = med([x - y for x, y in zip(imp[name], imp[base], strict=True)]) * 1000
        return paired_ms, (min(imp[name]) - min(imp[base])) * 1000

    def over_cpu(name: str, base: str) -> float:
        cpu = r.imports_cpu
        return med([x - y for x, y in zip(cpu[name], cpu[base], strict=True)]) * 1000

    import_specs = [
        ("ours_import", "`import stencila_hub`", "bare", 60.0),
        ("ours_first_hub", "`import stencila_hub` + client + first Hub PUT", "bare", 250.0),
        ("ours_first_k8s", "`import stencila_hub` + client + first Kubernetes read (V1Job)",
         "bare", 250.0),
        ("floor", "floor: urllib3 + a 2-field pydantic model, the same PUT by hand", "bare",
         None),
        ("floor_k8s", "floor: urllib3 + the generated `V1Job` models, the same read by hand "
         "(pydantic's `model_validate_json`)", "bare", None),
        ("sh_import", "peer: `import stencila.hub` (4.0.0)", "peers_bare", None),
        ("sh_first_hub", "peer: stencila.hub import + first Hub PUT", "peers_bare", None),
        ("k8s_import", "peer: `from kubernetes.client import BatchV1Api`", "peers_bare", None),
        ("k8s_first_k8s", "peer: kubernetes import + first read", "peers_bare", None),
    ]  # fmt: skip
    for name, label, base, target in import_specs:
        if name not in imp or base not in imp:
            continue
        m, n = over(name, base)
        ok = None if target is None else m <= target
        floor_case = "floor_k8s" if name == "ours_first_k8s" else "floor"
        if ok is False and floor_case in imp:
            floor = over(floor_case)[0]
            peer = {"ours_first_k8s": "k8s_first_k8s", "ours_first_hub": "sh_first_hub"}.get(name)
            peer_text = (
                f"; the peer does it in {over(peer, 'peers_bare')[0]:.0f} ms"
                if peer in imp and "peers_bare" in imp
                else ""
            )
            what = (
                "urllib3 + the generated V1Job models + the same read decoded by pydantic's "
                "model_validate_json: V1Job's schema spans 132 model classes (pod template, "
                "containers, volumes...), each a pydantic class to create and whose schema is "
                "generated for the first decode"
                if name == "ours_first_k8s"
                else "urllib3 + a 2-field pydantic model + the same call by hand: importing "
                "urllib3 and pydantic, and building one model's validator"
            )
            notes.append(
                f"- {label}: {m:.0f} ms. On this machine the floor ({what}) is {floor:.0f} ms "
                f"over a bare interpreter: the SDK is {m - floor:+.0f} ms from it{peer_text}."
            )
        if target is not None:
            target_row("import", label, f"{m:.0f} ms", f"<= {target:.0f} ms", ok)
        import_lines.append(
            f"| {label} | **{m:.0f} ms** | {n:.0f} ms | {over_cpu(name, base):.0f} ms | "
            f"{'-' if target is None else f'<= {target:.0f} ms'} | "
            f"{'-' if ok is None else verdict(ok)} |"
        )

    # memory
    memory_lines = []
    for system, suites in r.memory.items():
        ours = suites.get("ours")
        if not ours:
            continue
        peer_cell = (
            "; ".join(f"{name}: {v['sdk']:,.0f} B" for name, v in suites.items() if name != "ours")
            or "-"
        )
        target = 5000 if system == "hub" else None
        ok = None if target is None else ours["sdk"] <= target
        if target is not None:
            target_row("memory", f"held per decoded {DECODE_LABELS[system]}",
                       f"{ours['sdk']:,.0f} B", f"<= {target:,} B", ok)  # fmt: skip
        memory_lines.append(
            f"| {DECODE_LABELS[system]} ({MEMORY_COUNTS[system]:,} decoded, kept) | "
            f"**{ours['sdk']:,.0f} B** | {ours['bare']:,.0f} B | {ours['json']:,.0f} B | "
            f"{peer_cell} | {'-' if target is None else f'<= {target:,} B'} | "
            f"{'-' if ok is None else verdict(ok)} |"
        )

    # concurrency
    conc_lines = []
    if r.concurrency.get("sdk") and r.concurrency.get("raw"):
        sdk_t = [x["throughput"] for x in r.concurrency["sdk"]]
        raw_t = [x["throughput"] for x in r.concurrency["raw"]]
        tr, tr_min = paired(sdk_t, raw_t), max(sdk_t) / max(raw_t)
        errors = {v: sum(x["errors"] + x["warmup_errors"] for x in r.concurrency[v])
                  for v in ("sdk", "raw")}  # fmt: skip
        new = {v: sum(x["new_connections"] for x in r.concurrency[v]) for v in ("sdk", "raw")}
        calls = {v: sum(x["calls"] for x in r.concurrency[v]) for v in ("sdk", "raw")}
        target_row("concurrency", "4 threads, one ApiClient: throughput", fmt_ratio(tr),
                   ">= 0.90x raw", tr >= 0.90)  # fmt: skip
        target_row("concurrency", "4 threads: errors", str(errors["sdk"]), "0",
                   errors["sdk"] == 0)  # fmt: skip
        target_row("concurrency", "4 threads: new connections after warm-up", str(new["sdk"]),
                   "0", new["sdk"] == 0)  # fmt: skip
        conc_lines = [
            f"| throughput, SDK / raw | **{fmt_ratio(tr)}** (best rounds {fmt_ratio(tr_min)}) | "
            f"{med(sdk_t):.0f} / {med(raw_t):.0f} calls/s | >= 0.90x | {verdict(tr >= 0.90)} |",
            f"| errors (SDK; raw) | **{errors['sdk']}**; {errors['raw']} | "
            f"of {calls['sdk']:,}; {calls['raw']:,} calls | 0 | {verdict(errors['sdk'] == 0)} |",
            f"| new connections after warm-up (SDK; raw) | **{new['sdk']}**; {new['raw']} | "
            f"counted at the server | 0 | {verdict(new['sdk'] == 0)} |",
        ]

    # the asyncio client
    aio_lines = []
    for case, variants in r.aio_percall.items():
        sdk_w = [v[0] for v in variants["sdk"]]
        raw_w = [v[0] for v in variants["raw"]]
        bare_w = [v[0] for v in variants["raw_pydantic"]]
        sdk_c = [v[1] for v in variants["sdk"]]
        bare_c = [v[1] for v in variants["raw_pydantic"]]
        x = paired(sdk_w, bare_w)
        label = CASE_LABELS.get(case, case)
        target_row("async", f"per call, {label}", fmt_ratio(x), "<= 1.05x raw aiohttp + pydantic",
                   x <= 1.05)  # fmt: skip
        aio_lines.append(
            f"| {label} | **{fmt_ratio(x)}** | {fmt_ratio(min(sdk_w) / min(bare_w))} | "
            f"{fmt_ratio(paired(sdk_c, bare_c))} | {med(bare_w) * 1e6:.0f} us | "
            f"{fmt_ratio(paired(sdk_w, raw_w))} | <= 1.05x | {verdict(x <= 1.05)} |"
        )
    aio_conc_lines = []
    if r.aio_concurrency.get("sdk") and r.aio_concurrency.get("raw"):
        rounds = r.aio_concurrency
        sdk_t = [x["throughput"] for x in rounds["sdk"]]
        raw_t = [x["throughput"] for x in rounds["raw"]]
        tr = paired(sdk_t, raw_t)
        errors = {v: sum(x["errors"] for x in rounds[v]) for v in ("sdk", "raw")}
        most = {v: max(x["connections"] for x in rounds[v]) for v in ("sdk", "raw")}
        target_row("async", f"{s.aio_calls} concurrent calls, one AsyncApiClient: throughput",
                   fmt_ratio(tr), ">= 0.90x raw aiohttp", tr >= 0.90)  # fmt: skip
        target_row("async", f"{s.aio_calls} concurrent calls: errors", str(errors["sdk"]), "0",
                   errors["sdk"] == 0)  # fmt: skip
        target_row("async", f"{s.aio_calls} concurrent calls: connections opened",
                   str(most["sdk"]), f"<= {cases.AIO_LIMIT} (the connector limit)",
                   most["sdk"] <= cases.AIO_LIMIT)  # fmt: skip
        aio_conc_lines = [
            f"| throughput, SDK / raw aiohttp | **{fmt_ratio(tr)}** | "
            f"{med(sdk_t):.0f} / {med(raw_t):.0f} calls/s | >= 0.90x | {verdict(tr >= 0.90)} |",
            f"| errors (SDK; raw) | **{errors['sdk']}**; {errors['raw']} | "
            f"of {s.aio_calls * len(rounds['sdk']):,} calls each | 0 | "
            f"{verdict(errors['sdk'] == 0)} |",
            f"| connections opened, most in a round (SDK; raw) | **{most['sdk']}**; "
            f"{most['raw']} | counted at the server | <= {cases.AIO_LIMIT} | "
            f"{verdict(most['sdk'] <= cases.AIO_LIMIT)} |",
        ]

    # watch
    watch_lines = []
    ours_watch = r.watch.get("ours")
    if ours_watch:
        n = cases.WATCH_EVENTS
        rate = n / med(ours_watch["sdk"])
        vs_raw = paired(ours_watch["sdk"], ours_watch["raw"])
        watch_lines.append(
            f"| stencila_hub `watch_jobs` | **{rate:,.0f}** | {n / med(ours_watch['raw']):,.0f} | "
            f"{fmt_ratio(vs_raw)} | - | - |"
        )
        for name, variants in r.watch.items():
            if name == "ours":
                continue
            peer_rate = n / med(variants["sdk"])
            speedup = rate / peer_rate
            ok = speedup >= 2.0
            target_row("watch", f"{n:,} V1Job events: faster than {name} `Watch().stream`",
                       f"{speedup:.1f}x", ">= 2x", ok)  # fmt: skip
            watch_lines.append(
                f"| {name} `Watch().stream` | **{peer_rate:,.0f}** | "
                f"{n / med(variants['raw']):,.0f} | "
                f"{fmt_ratio(paired(variants['sdk'], variants['raw']))} | ours "
                f"**{speedup:.1f}x** faster (target >= 2x) | {verdict(ok)} |"
            )
        if "kubernetes" not in r.watch:
            target_row("watch", f"{n:,} V1Job events: faster than kubernetes `Watch().stream`",
                       f"not measured ({installed.get('kubernetes', 'not run')})", ">= 2x",
                       None)  # fmt: skip

    met = sum(1 for x in rows if x["ok"])
    w("# bench/: the SDK beside raw urllib3 and the peer clients")
    w("")
    w("Generated by `bench/run.py`; do not edit by hand (the next `make bench` rewrites it).")
    w("")
    sections = ", ".join(f"{k} {v} s" for k, v in meta.get("sections", {}).items())
    w(f"**Command:** `{meta['command']}` · **date:** {meta['date']} · "
      f"**duration:** {meta['duration']:.0f} s ({sections}) · "
      f"**targets met:** {met} of {len(rows)}")  # fmt: skip
    if s.quick:
        w("")
        w("> `--quick`: a smoke test with few repetitions. Do not quote these figures.")
    w("")
    w(f"**Machine:** {meta['machine']['cpu']}, {meta['machine']['cores']} cores, "
      f"{meta['machine']['system']}; load average at start {meta['load_start']}, "
      f"at end {meta['load_end']}.  ")  # fmt: skip
    w("**Versions:** " + ", ".join(f"{k} {v}" for k, v in versions.items()) + ".  ")
    w("**Peers:** " + ", ".join(f"{k}: {v}" for k, v in installed.items()) + ".")
    w("")
    w("## Every figure against its target")
    w("")
    w("| section | what | figure | target | |")
    w("|---|---|---|---|---|")
    for x in rows:
        w(f"| {x['section']} | {x['what']} | {x['figure']} | {x['target']} | "
          f"{verdict(x['ok'])} |")  # fmt: skip
    w("")
    w("## One call: the SDK / raw urllib3 + json, same server, same payload")
    w("")
    w(f"{s.percall_reps} interleaved repetitions of {s.percall_batch} calls per variant. "
      "*median* = the median over repetitions of SDK / raw wall time per call, each repetition "
      "against the raw run beside it (the figure held to the target); *min* = fastest SDK "
      "repetition / fastest raw one; *CPU* = the same median for the client process's CPU "
      "time (the server's share left out); *raw* = raw urllib3 + json per call; "
      "*raw + pydantic* = raw urllib3 with the response decoded by bare pydantic "
      "(the same model classes without the SDK's hooks), over raw + json. Peers: their own "
      "ratio to raw urllib3 in their process.")  # fmt: skip
    w("")
    w(
        "| call | median | min | CPU | raw | raw + pydantic | SDK / (raw + pydantic) | peers (median; min) | target | |"
    )
    w("|---|---|---|---|---|---|---|---|---|---|")
    out.extend(percall_lines)
    w("")
    w("## Decoding many: the SDK's response path / bare pydantic `validate_json`")
    w("")
    w(f"One JSON array, decoded whole; {s.decode_reps} interleaved repetitions "
      f"({s.peer_hub_decode_reps} for stencila.hub on 10,000 jobs). *SDK* = "
      "`responses._decode_body` (what every call returns through); *bare* = "
      "`SchemaValidator(list[Model])` of the same models without the SDK's hooks; "
      "*json* = `json.loads` alone. Each is timed up to the end of the young-generation "
      "collection after it; the garbage collector runs as usual for all of them.")  # fmt: skip
    w("")
    w("| payload | SDK / bare (median) | min | SDK / json | bare / json | SDK time | peer | "
      "target | |")  # fmt: skip
    w("|---|---|---|---|---|---|---|---|---|")
    out.extend(decode_lines)
    w("")
    w("## Import: a fresh interpreter, over a bare one (`python -c pass`)")
    w("")
    w(f"{s.import_reps} repetitions, each running every case once in a shuffled order; "
      "*over bare* = the median over repetitions of the case's wall time minus the bare "
      "interpreter's in the same repetition (the figure held to the target); *min* = fastest "
      "minus fastest; *CPU* = the same median for the child's user + system CPU time. "
      "The first call goes to the loopback "
      "server; the floor is what any urllib3 + pydantic client pays for the same first call.")  # fmt: skip
    w("")
    w("| what | over bare (median) | min | CPU over bare (median) | target | |")
    w("|---|---|---|---|---|---|")
    out.extend(import_lines)
    w("")
    w("## Memory held per decoded item (tracemalloc)")
    w("")
    w("| items | SDK | bare pydantic | json.loads dicts | peer | target | |")
    w("|---|---|---|---|---|---|---|")
    out.extend(memory_lines)
    w("")
    w("## Concurrency: 4 threads sharing one ApiClient vs raw urllib3 (same pool size)")
    w("")
    w(f"Hub PUT; {s.conc_rounds} rounds, {s.conc_per_thread} calls per thread each, SDK and raw "
      "alternating, each with a fresh client warmed up first (4 held calls open 4 connections, "
      "then 25 calls per thread); the ratio is the median over rounds of SDK / raw throughput. "
      "Connections are counted where the server accepts them.")  # fmt: skip
    w("")
    w("| figure | value | detail | target | |")
    w("|---|---|---|---|---|")
    out.extend(conc_lines)
    w("")
    w("## Watch: events decoded per second")
    w("")
    w(f"One watch stream of {cases.WATCH_EVENTS:,} MODIFIED events (the three Job fixtures, "
      "cycled, one compact JSON line each), from the loopback server; each client takes every "
      "event as a typed `V1Job` and stops at the last. "
      f"{s.watch_reps} interleaved repetitions; *raw* = urllib3 chunks split into lines and "
      "`json.loads` per line, in the same process (the peer's figure beside its own raw).")  # fmt: skip
    w("")
    w("| client | events/s (median) | raw json events/s | time / raw | target | |")
    w("|---|---|---|---|---|---|")
    out.extend(watch_lines)
    w("")
    w("## Async: stencila_hub.aio vs raw aiohttp")
    w("")
    w(f"Per call: {s.aio_reps} interleaved repetitions of {s.aio_batch} awaited calls per "
      "variant, in one event loop; *median* = the median of SDK / raw aiohttp with the response "
      "decoded by bare pydantic (the figure held to the target); *min* = fastest / fastest; "
      "*CPU* = the same median for CPU time; *raw + pydantic* = that baseline's time per call; "
      "*vs raw json* = SDK / raw aiohttp + json.loads.")  # fmt: skip
    w("")
    w("| call | median | min | CPU | raw + pydantic | vs raw json | target | |")
    w("|---|---|---|---|---|---|---|---|")
    out.extend(aio_lines)
    w("")
    w(f"Concurrency: {s.aio_calls} Hub PATCHes started at once on one fresh client "
      f"(connector limit {cases.AIO_LIMIT}), {s.aio_rounds} rounds, SDK and raw aiohttp alternating; "
      "connections are counted where the server accepts them.")  # fmt: skip
    w("")
    w("| figure | value | detail | target | |")
    w("|---|---|---|---|---|")
    out.extend(aio_conc_lines)
    w("")
    if notes:
        w("## Where a target is missed, and why")
        w("")
        out.extend(notes)
        w("")
    if r.errors:
        w("## Errors during the run")
        w("")
        for e in r.errors:
            w("- " + e.splitlines()[0])
        w("")
    w(README_TAIL)
    return "\n".join(out) + "\n", rows


README_TAIL = """## How it works

- `bench/server.py`: an asyncio HTTP/1.1 server on 127.0.0.1 (standard library only, its own
  process) answering each operation with a fixture of `test/fixtures/<system>/` (the Hub's PATCH
  with its real empty 200); it counts accepted connections.
- `bench/worker.py` + `bench/suite_ours.py`: this SDK, raw urllib3 + json (`bench/worker.py`
  `RawClient`: one `PoolManager`, `json.dumps` / `json.loads`) and raw urllib3 + bare pydantic,
  in one process. `bench/suite_peers.py`: stencila.hub 4.0.0 and kubernetes 37 in
  `bench/.venv-peers`, each beside raw urllib3 in its own process.
- `bench/run.py`: makes the peers' venv (pip, PyPI), starts the server and the workers,
  interleaves the repetitions, writes this file and the raw figures to `bench/.results/`.
- A loopback server answers in tens of microseconds, so the ratios here are the SDK's own cost
  at its most visible; against a real server (milliseconds away) every ratio is closer to 1.
- The per-call yardstick is raw urllib3 (`PoolManager.request`) + bare pydantic decoding the same
  model: the floor of any typed client. The SDK uses the same public urllib3 path per hop; what
  it adds is its own work: argument checks, headers, the retry loop, the deadline watchdog's
  bookkeeping, written-byte tracking, the lenient model hooks.
- This machine is shared: other work on it slows both sides of a comparison, which is why the
  repetitions are interleaved and paired, and why only ratios are held to targets. The absolute
  times (and the import figures, which cannot be paired) are those of the run above.
- The watch case: the server answers a watch request with one canned stream of events and ends
  it; `stencila_hub.kubernetes.watch_jobs` and kubernetes' `Watch().stream` each start from a
  given `resourceVersion` (no list first) and stop at the last event.
- Run it: `make bench` (all of it, about 6 minutes on 2 cores), or
  `python bench/run.py --quick --output /tmp/x.md` (a smoke test),
  `--only percall,decode` (some sections), `--no-peers`.
"""


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
    args = parser.parse_args()
    only = set(args.only.split(","))
    s = Settings.quick_settings() if args.quick else Settings()
    started = time.perf_counter()
    meta: dict[str, Any] = {
        "command": "make bench"
        if not sys.argv[1:]
        else "python bench/run.py " + " ".join(sys.argv[1:]),
        "date": datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
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
        steps = {
            "import": lambda: run_imports(s, server.url, python_peers, installed, r),
            "percall": lambda: run_percall(s, ours, peers, r),
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
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    (RESULTS / f"results-{stamp}.json").write_text(json.dumps(
        {"meta": meta, "versions": versions, "installed": installed, "targets": rows,
         "raw": r.__dict__}, indent=1, default=str))  # fmt: skip
    met = sum(1 for x in rows if x["ok"])
    log(f"wrote {args.output}: {met} of {len(rows)} targets met, {meta['duration']:.0f} s")
    for x in rows:
        log(f"  {'n/a ' if x['ok'] is None else 'ok  ' if x['ok'] else 'MISS'} {x['section']}: {x['what']}: {x['figure']} "
            f"(target {x['target']})")  # fmt: skip


if __name__ == "__main__":
    main()
