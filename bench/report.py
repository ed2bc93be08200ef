"""bench/README.md from the Results: every figure against its target, then one table per section."""

from __future__ import annotations

import os
import platform
from pathlib import Path
from typing import Any

import cases
import instructions
from sections import MEMORY_COUNTS, Results, Settings
from stats import fmt_ratio, med, paired, ratio, verdict

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


def machine() -> dict[str, Any]:
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


class Targets:
    """Every figure held to a target (the summary table, the JSON results and the log), and the
    notes that say why a target is missed, with the figures that say so. Filled by the sections
    in the order the summary lists them."""

    def __init__(self) -> None:
        self.rows: list[dict[str, Any]] = []
        self.notes: list[str] = []

    def add(self, section: str, what: str, figure: str, target: str, ok: bool | None) -> None:
        self.rows.append(
            {"section": section, "what": what, "figure": figure, "target": target, "ok": ok}
        )

    @property
    def met(self) -> int:
        return sum(1 for x in self.rows if x["ok"])

    @property
    def held(self) -> int:
        """The rows held to a target (the others are figures shown beside them)."""
        return sum(1 for x in self.rows if x["ok"] is not None)


def table(title: str | None, text: str | None, columns: str, lines: list[str]) -> list[str]:
    """A section (or a second table in one: no *title*): its heading, what its figures mean, its
    table (the separator made from *columns*)."""
    head = [title, ""] if title else []
    intro = [text, ""] if text else []
    separator = "|---" * (columns.count("|") - 1) + "|"
    return [*head, *intro, columns, separator, *lines, ""]


# -- per call --------------------------------------------------------------------------------------


def percall_section(r: Results, s: Settings, t: Targets) -> list[str]:
    lines = []
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
        t.add(
            "per call",
            CASE_LABELS[case],
            f"{fmt_ratio(vs_pyd)} of raw + pydantic ({fmt_ratio(med_r)} of raw + json)",
            "<= 1.05x raw urllib3 + bare pydantic",
            ok,
        )
        if not ok:
            counted = (r.instructions or {}).get(case)
            why = (
                "the SDK's own work (argument checks, headers, the retry loop, the deadline "
                f"watchdog, the lenient hooks) adds {vs_pyd - 1:+.0%} to that floor."
            )
            if counted:
                share = counted["sdk"]["instructions"] / counted["raw_pydantic"]["instructions"]
                why = (
                    f"counted, the SDK executes {fmt_ratio(share)} the instructions of that "
                    "floor per call; the rest of the time goes to cache misses (the SDK's code "
                    "path is longer) and to the poll() Python makes before each read and write "
                    "of a socket with a timeout (the raw client sets none)."
                )
            t.notes.append(
                f"- {CASE_LABELS[case]}: {fmt_ratio(vs_pyd)} of raw urllib3 + bare pydantic "
                f"(which is itself {fmt_ratio(pyd_r)} of raw + json): {why}"
            )
        lines.append(
            f"| {CASE_LABELS[case]} | **{fmt_ratio(med_r)}** | {fmt_ratio(min_r)} | "
            f"{fmt_ratio(cpu_r)} | {med(raw_w) * 1e6:.0f} us | {fmt_ratio(pyd_r)} | "
            f"**{fmt_ratio(vs_pyd)}** | {'; '.join(peer_cells) or '-'} | <= 1.05x of raw + "
            f"pydantic | {verdict(ok)} |"
        )
    return table(
        "## One call: the SDK / raw urllib3 + json, same server, same payload",
        f"{s.percall_reps} interleaved repetitions of {s.percall_batch} calls per variant. "
        "*median* = the median over repetitions of SDK / raw wall time per call, each repetition "
        "against the raw run beside it (the figure held to the target); *min* = fastest SDK "
        "repetition / fastest raw one; *CPU* = the same median for the client process's CPU "
        "time (the server's share left out); *raw* = raw urllib3 + json per call; "
        "*raw + pydantic* = raw urllib3 with the response decoded by bare pydantic "
        "(the same model classes without the SDK's hooks), over raw + json. Peers: their own "
        "ratio to raw urllib3 in their process.",
        "| call | median | min | CPU | raw | raw + pydantic | SDK / (raw + pydantic) "
        "| peers (median; min) | target | |",
        lines,
    )


def instructions_section(r: Results, t: Targets) -> list[str]:
    if r.instructions is None:
        return [
            "## One call, in instructions",
            "",
            "Not measured: valgrind is not on PATH (`apt install valgrind`).",
            "",
        ]
    lines = []
    for case, variants in r.instructions.items():
        sdk, base = variants["sdk"], variants["raw_pydantic"]
        share = {name: sdk[name] / base[name] for name in sdk}
        t.add(
            "per call, instructions",
            CASE_LABELS[case],
            f"{fmt_ratio(share['instructions'])} of raw + pydantic",
            "a figure beside the per-call target: counted, not timed",
            None,
        )
        lines.append(
            f"| {CASE_LABELS[case]} | {sdk['instructions'] / 1000:.0f} k | "
            f"{base['instructions'] / 1000:.0f} k | **{fmt_ratio(share['instructions'])}** | "
            f"{fmt_ratio(share['i1_misses'])} | {fmt_ratio(share['d1_misses'])} |"
        )
    return table(
        "## One call, in instructions: the SDK / raw urllib3 + bare pydantic",
        "The same calls as above, each variant in a process of its own under valgrind's "
        "cachegrind: instructions the client executes per call, and its first-level "
        "instruction and data cache misses (simulated), from the difference between "
        f"{instructions.MANY} and {instructions.FEW} calls after the same warm-up. Unlike wall "
        "time, these do not move with the machine's load; a wall-time ratio above the "
        "instruction ratio is time spent waiting on caches (or on other processes).",
        "| call | SDK instructions | raw + pydantic | instructions | I1 misses | D1 misses |",
        lines,
    )


# -- decoding many ---------------------------------------------------------------------------------


def decode_section(r: Results, s: Settings, installed: dict[str, str], t: Targets) -> list[str]:
    lines = []
    for system, suites in r.decode.items():
        ours = suites.get("ours")
        if not ours:
            continue
        count = cases.DECODE_COUNTS[system]
        vs_bare = paired(ours["sdk"], ours["bare"])
        vs_bare_min = ratio(ours["sdk"], ours["bare"])[1]
        vs_json = paired(ours["sdk"], ours["json"])
        bare_json = paired(ours["bare"], ours["json"])
        ok = vs_bare <= 1.2
        label = f"{count:,} {DECODE_LABELS[system]}"
        t.add("decode", label, fmt_ratio(vs_bare), "<= 1.2x bare pydantic", ok)
        peer_cell = "-"
        for name, variants in suites.items():
            if name == "ours":
                continue
            speedup = med(variants["sdk"]) / med(ours["sdk"])
            norm = (med(variants["sdk"]) / med(variants["json"])) / vs_json
            need = 13.0 if system == "hub" else 2.0
            t.add("decode", f"{label}: faster than {name}", f"{speedup:.1f}x", f">= {need:g}x",
                  speedup >= need)  # fmt: skip
            peer_cell = (
                f"{name}: {med(variants['sdk']) * 1000:.0f} ms = "
                f"{fmt_ratio(med(variants['sdk']) / med(variants['json']))} json.loads; "
                f"ours is **{speedup:.1f}x** faster "
                f"(target >= {need:g}x: {verdict(speedup >= need)}; "
                f"{norm:.1f}x in json.loads units)"
            )  # fmt: skip
        lines.append(
            f"| {label} | **{fmt_ratio(vs_bare)}** | "
            f"{fmt_ratio(vs_bare_min)} | {fmt_ratio(vs_json)} | {fmt_ratio(bare_json)} | "
            f"{med(ours['sdk']) * 1000:.0f} ms | {peer_cell} | <= 1.2x | {verdict(ok)} |"
        )
    for peer, system, need in (("stencila.hub", "hub", 13), ("kubernetes", "kubernetes", 2)):
        if installed.get(peer) != "installed" and system in r.decode:
            t.add("decode", f"{cases.DECODE_COUNTS[system]:,} {DECODE_LABELS[system]}: "
                  f"faster than {peer}", f"not measured ({installed.get(peer, 'not run')})",
                  f">= {need}x", None)  # fmt: skip
    return table(
        "## Decoding many: the SDK's response path / bare pydantic `validate_json`",
        f"One JSON array, decoded whole; {s.decode_reps} interleaved repetitions "
        f"({s.peer_hub_decode_reps} for stencila.hub on 10,000 jobs). *SDK* = "
        "`responses._decode_body` (what every call returns through); *bare* = "
        "`SchemaValidator(list[Model])` of the same models without the SDK's hooks; "
        "*json* = `json.loads` alone. Each is timed up to the end of the young-generation "
        "collection after it; the garbage collector runs as usual for all of them.",
        "| payload | SDK / bare (median) | min | SDK / json | bare / json | SDK time | peer | "
        "target | |",
        lines,
    )


# -- import ----------------------------------------------------------------------------------------

#: (case, label, the bare run it is measured over, target in ms or None)
IMPORT_CASES = [
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

#: What the floor of a first call is made of, for the note on a missed import target.
FLOOR_WHAT = {
    "ours_first_k8s": "urllib3 + the generated V1Job models + the same read decoded by "
    "pydantic's model_validate_json: V1Job's schema spans 132 model classes (pod template, "
    "containers, volumes...), each a pydantic class to create and whose schema is generated for "
    "the first decode",
}
FLOOR_WHAT_DEFAULT = (
    "urllib3 + a 2-field pydantic model + the same call by hand: importing urllib3 and "
    "pydantic, and building one model's validator"
)


def import_section(r: Results, s: Settings, t: Targets) -> list[str]:
    imp = r.imports

    def over(name: str, base: str = "bare") -> tuple[float, float]:
        """(median over repetitions of case - bare run of the same repetition, min - min), ms."""
        paired_ms = med([x - y for x, y in zip(imp[name], imp[base], strict=True)]) * 1000
        return paired_ms, (min(imp[name]) - min(imp[base])) * 1000

    def over_cpu(name: str, base: str) -> float:
        cpu = r.imports_cpu
        return med([x - y for x, y in zip(cpu[name], cpu[base], strict=True)]) * 1000

    lines = []
    for name, label, base, target in IMPORT_CASES:
        if name not in imp or base not in imp:
            continue
        m, n = over(name, base)
        ok = None if target is None else m <= target
        floor_case = "floor_k8s" if name == "ours_first_k8s" else "floor"
        if ok is False and floor_case in imp:
            floor = over(floor_case)[0]
            peer_case = {"ours_first_k8s": "k8s_first_k8s", "ours_first_hub": "sh_first_hub"}.get(
                name
            )
            peer_text = (
                f"; the peer does it in {over(peer_case, 'peers_bare')[0]:.0f} ms"
                if peer_case in imp and "peers_bare" in imp
                else ""
            )
            what = FLOOR_WHAT.get(name, FLOOR_WHAT_DEFAULT)
            t.notes.append(
                f"- {label}: {m:.0f} ms. On this machine the floor ({what}) is {floor:.0f} ms "
                f"over a bare interpreter: the SDK is {m - floor:+.0f} ms from it{peer_text}."
            )
        if target is not None:
            t.add("import", label, f"{m:.0f} ms", f"<= {target:.0f} ms", ok)
        lines.append(
            f"| {label} | **{m:.0f} ms** | {n:.0f} ms | {over_cpu(name, base):.0f} ms | "
            f"{'-' if target is None else f'<= {target:.0f} ms'} | "
            f"{'-' if ok is None else verdict(ok)} |"
        )
    return table(
        "## Import: a fresh interpreter, over a bare one (`python -c pass`)",
        f"{s.import_reps} repetitions, each running every case once in a shuffled order; "
        "*over bare* = the median over repetitions of the case's wall time minus the bare "
        "interpreter's in the same repetition (the figure held to the target); *min* = fastest "
        "minus fastest; *CPU* = the same median for the child's user + system CPU time. "
        "The first call goes to the loopback "
        "server; the floor is what any urllib3 + pydantic client pays "
        "for the same first call.",
        "| what | over bare (median) | min | CPU over bare (median) | target | |",
        lines,
    )


# -- memory ----------------------------------------------------------------------------------------


def memory_section(r: Results, t: Targets) -> list[str]:
    lines = []
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
            t.add("memory", f"held per decoded {DECODE_LABELS[system]}",
                  f"{ours['sdk']:,.0f} B", f"<= {target:,} B", ok)  # fmt: skip
        lines.append(
            f"| {DECODE_LABELS[system]} ({MEMORY_COUNTS[system]:,} decoded, kept) | "
            f"**{ours['sdk']:,.0f} B** | {ours['bare']:,.0f} B | {ours['json']:,.0f} B | "
            f"{peer_cell} | {'-' if target is None else f'<= {target:,} B'} | "
            f"{'-' if ok is None else verdict(ok)} |"
        )
    return table(
        "## Memory held per decoded item (tracemalloc)",
        None,
        "| items | SDK | bare pydantic | json.loads dicts | peer | target | |",
        lines,
    )


# -- concurrency -----------------------------------------------------------------------------------


def concurrency_section(r: Results, s: Settings, t: Targets) -> list[str]:
    lines = []
    if r.concurrency.get("sdk") and r.concurrency.get("raw"):
        sdk_t = [x["throughput"] for x in r.concurrency["sdk"]]
        raw_t = [x["throughput"] for x in r.concurrency["raw"]]
        tr, tr_min = paired(sdk_t, raw_t), max(sdk_t) / max(raw_t)
        errors = {v: sum(x["errors"] + x["warmup_errors"] for x in r.concurrency[v])
                  for v in ("sdk", "raw")}  # fmt: skip
        new = {v: sum(x["new_connections"] for x in r.concurrency[v]) for v in ("sdk", "raw")}
        calls = {v: sum(x["calls"] for x in r.concurrency[v]) for v in ("sdk", "raw")}
        t.add("concurrency", "4 threads, one ApiClient: throughput", fmt_ratio(tr),
              ">= 0.90x raw", tr >= 0.90)  # fmt: skip
        t.add("concurrency", "4 threads: errors", str(errors["sdk"]), "0", errors["sdk"] == 0)
        t.add("concurrency", "4 threads: new connections after warm-up", str(new["sdk"]),
              "0", new["sdk"] == 0)  # fmt: skip
        lines = [
            f"| throughput, SDK / raw | **{fmt_ratio(tr)}** (best rounds {fmt_ratio(tr_min)}) | "
            f"{med(sdk_t):.0f} / {med(raw_t):.0f} calls/s | >= 0.90x | {verdict(tr >= 0.90)} |",
            f"| errors (SDK; raw) | **{errors['sdk']}**; {errors['raw']} | "
            f"of {calls['sdk']:,}; {calls['raw']:,} calls | 0 | {verdict(errors['sdk'] == 0)} |",
            f"| new connections after warm-up (SDK; raw) | **{new['sdk']}**; {new['raw']} | "
            f"counted at the server | 0 | {verdict(new['sdk'] == 0)} |",
        ]
    return table(
        "## Concurrency: 4 threads sharing one ApiClient vs raw urllib3 (same pool size)",
        f"Hub PUT; {s.conc_rounds} rounds, {s.conc_per_thread} calls per thread each, SDK and raw "
        "alternating, each with a fresh client warmed up first (4 held calls open 4 connections, "
        "then 25 calls per thread); the ratio is the median over rounds of SDK / raw throughput. "
        "Connections are counted where the server accepts them.",
        "| figure | value | detail | target | |",
        lines,
    )


# -- the asyncio client ----------------------------------------------------------------------------


def async_section(r: Results, s: Settings, t: Targets) -> list[str]:
    percall = []
    for case, variants in r.aio_percall.items():
        sdk_w = [v[0] for v in variants["sdk"]]
        raw_w = [v[0] for v in variants["raw"]]
        bare_w = [v[0] for v in variants["raw_pydantic"]]
        sdk_c = [v[1] for v in variants["sdk"]]
        bare_c = [v[1] for v in variants["raw_pydantic"]]
        x = paired(sdk_w, bare_w)
        label = CASE_LABELS.get(case, case)
        t.add("async", f"per call, {label}", fmt_ratio(x), "<= 1.05x raw aiohttp + pydantic",
              x <= 1.05)  # fmt: skip
        counted = _aio_counted(r, case)
        if x > 1.05 and counted:
            t.notes.append(f"- async, {label}: {fmt_ratio(x)} of raw aiohttp + bare pydantic. "
                           + _aio_why(counted))  # fmt: skip
        percall.append(
            f"| {label} | **{fmt_ratio(x)}** | {fmt_ratio(min(sdk_w) / min(bare_w))} | "
            f"{fmt_ratio(paired(sdk_c, bare_c))} | {med(bare_w) * 1e6:.0f} us | "
            f"{fmt_ratio(paired(sdk_w, raw_w))} | <= 1.05x | {verdict(x <= 1.05)} |"
        )
    concurrency = []
    if r.aio_concurrency.get("sdk") and r.aio_concurrency.get("raw"):
        rounds = r.aio_concurrency
        sdk_t = [x["throughput"] for x in rounds["sdk"]]
        raw_t = [x["throughput"] for x in rounds["raw"]]
        tr = paired(sdk_t, raw_t)
        errors = {v: sum(x["errors"] for x in rounds[v]) for v in ("sdk", "raw")}
        most = {v: max(x["connections"] for x in rounds[v]) for v in ("sdk", "raw")}
        t.add("async", f"{s.aio_calls} concurrent calls, one AsyncApiClient: throughput",
              fmt_ratio(tr), ">= 0.90x raw aiohttp", tr >= 0.90)  # fmt: skip
        t.add("async", f"{s.aio_calls} concurrent calls: errors", str(errors["sdk"]), "0",
              errors["sdk"] == 0)  # fmt: skip
        t.add("async", f"{s.aio_calls} concurrent calls: connections opened",
              str(most["sdk"]), f"<= {cases.AIO_LIMIT} (the connector limit)",
              most["sdk"] <= cases.AIO_LIMIT)  # fmt: skip
        counted = _aio_counted(r, "hub_patch")
        if tr < 0.90 and counted:
            parts = _aio_parts(counted)
            per_call = parts["sdk"] / parts["raw_pydantic"]
            t.notes.append(
                f"- async, {s.aio_calls} concurrent calls: {fmt_ratio(tr)} of raw aiohttp's "
                "throughput. The event loop is busy the whole run, so throughput is the inverse "
                f"of the work per call: the SDK's Hub PATCH counts {fmt_ratio(per_call)} the "
                "instructions of raw aiohttp's (above)."
            )
        concurrency = [
            f"| throughput, SDK / raw aiohttp | **{fmt_ratio(tr)}** | "
            f"{med(sdk_t):.0f} / {med(raw_t):.0f} calls/s | >= 0.90x | {verdict(tr >= 0.90)} |",
            f"| errors (SDK; raw) | **{errors['sdk']}**; {errors['raw']} | "
            f"of {s.aio_calls * len(rounds['sdk']):,} calls each | 0 | "
            f"{verdict(errors['sdk'] == 0)} |",
            f"| connections opened, most in a round (SDK; raw) | **{most['sdk']}**; "
            f"{most['raw']} | counted at the server | <= {cases.AIO_LIMIT} | "
            f"{verdict(most['sdk'] <= cases.AIO_LIMIT)} |",
        ]
    percall_part = table(
        "## Async: stencila_hub.aio vs raw aiohttp",
        f"Per call: {s.aio_reps} interleaved repetitions of {s.aio_batch} awaited calls per "
        "variant, in one event loop; *median* = the median of SDK / raw aiohttp with the response "
        "decoded by bare pydantic (the figure held to the target); *min* = fastest / fastest; "
        "*CPU* = the same median for CPU time; *raw + pydantic* = that baseline's time per call; "
        "*vs raw json* = SDK / raw aiohttp + json.loads.",
        "| call | median | min | CPU | raw + pydantic | vs raw json | target | |",
        percall,
    )
    counted_part = _aio_instructions_table(r)
    concurrency_text = (
        f"Concurrency: {s.aio_calls} Hub PATCHes started at once on one fresh client "
        f"(connector limit {cases.AIO_LIMIT}), {s.aio_rounds} rounds, "
        "SDK and raw aiohttp alternating; "
        "connections are counted where the server accepts them."
    )
    columns = "| figure | value | detail | target | |"
    return percall_part + counted_part + table(None, concurrency_text, columns, concurrency)


def _aio_counted(r: Results, case: str) -> dict[str, dict[str, float]] | None:
    """*case*'s async instruction counts, when every variant was counted."""
    counted = (r.aio_instructions or {}).get(case)
    if counted is None or any(v not in counted for v in instructions.AIO_VARIANTS):
        return None
    return counted  # type: ignore[no-any-return]


def _aio_parts(counted: dict[str, dict[str, float]]) -> dict[str, float]:
    """Instructions per call: each variant's, and each side's transport (the call less its own
    work)."""
    parts = {v.removeprefix("aio_"): counted[v]["instructions"] for v in counted}
    parts["sdk_transport"] = parts["sdk"] - parts["client_side"]
    parts["raw_transport"] = parts["raw_pydantic"] - parts["raw_client_side"]
    return parts


def _aio_why(counted: dict[str, dict[str, float]]) -> str:
    p = _aio_parts(counted)
    raw = p["raw_pydantic"]
    own = p["client_side"] - p["raw_client_side"]
    transport = p["sdk_transport"] - p["raw_transport"]
    return (
        f"Counted, the SDK executes {fmt_ratio(p['sdk'] / raw)} the instructions of that floor "
        f"({p['sdk'] / 1000:.0f} k / {raw / 1000:.0f} k per call); the target leaves "
        f"{raw * 0.05 / 1000:.0f} k. Its own work (argument checks, encoding the body, headers, "
        f"retry state, decoding; counted with the transport's answer canned) is {own / 1000:.0f} "
        f"k more than the floor's json.dumps and bare decoding ({own / raw:.0%} of the raw "
        f"call), and its transport {transport / 1000:+.0f} k ({transport / raw:+.0%}): the "
        "deadline (`asyncio.timeout`), the middleware that stops aiohttp's own re-send and the "
        "connector's written mark around the same aiohttp request."
    )


def _aio_instructions_table(r: Results) -> list[str]:
    if not r.aio_instructions:
        return []
    lines = []
    for case in r.aio_instructions:
        counted = _aio_counted(r, case)
        if counted is None:
            continue
        p = _aio_parts(counted)
        lines.append(
            f"| {CASE_LABELS.get(case, case)} | {p['sdk'] / 1000:.0f} k | "
            f"{p['raw_pydantic'] / 1000:.0f} k | **{fmt_ratio(p['sdk'] / p['raw_pydantic'])}** | "
            f"{p['client_side'] / 1000:.0f} k / {p['raw_client_side'] / 1000:.0f} k | "
            f"{p['sdk_transport'] / 1000:.0f} k / {p['raw_transport'] / 1000:.0f} k |"
        )
    return table(
        None,
        "Counted under cachegrind, as for the sync client: instructions per call, SDK / raw "
        "aiohttp + bare pydantic. *Own work* = each without its I/O: the SDK call on a client "
        "whose transport answers with a canned response (checks, encoding, headers, retry "
        "state, decoding), and the raw call's json.dumps and bare decoding of the same answer. "
        "*Transport* = the call less its own work.",
        "| call | SDK | raw + pydantic | SDK / raw | own work, SDK / raw | transport, SDK / raw |",
        lines,
    )


# -- watch -----------------------------------------------------------------------------------------


def watch_section(r: Results, s: Settings, installed: dict[str, str], t: Targets) -> list[str]:
    lines = []
    ours_watch = r.watch.get("ours")
    n = cases.WATCH_EVENTS
    if ours_watch:
        rate = n / med(ours_watch["sdk"])
        vs_raw = paired(ours_watch["sdk"], ours_watch["raw"])
        lines.append(
            f"| stencila_hub `watch_jobs` | **{rate:,.0f}** | {n / med(ours_watch['raw']):,.0f} | "
            f"{fmt_ratio(vs_raw)} | - | - |"
        )
        for name, variants in r.watch.items():
            if name == "ours":
                continue
            peer_rate = n / med(variants["sdk"])
            speedup = rate / peer_rate
            ok = speedup >= 2.0
            t.add("watch", f"{n:,} V1Job events: faster than {name} `Watch().stream`",
                  f"{speedup:.1f}x", ">= 2x", ok)  # fmt: skip
            lines.append(
                f"| {name} `Watch().stream` | **{peer_rate:,.0f}** | "
                f"{n / med(variants['raw']):,.0f} | "
                f"{fmt_ratio(paired(variants['sdk'], variants['raw']))} | ours "
                f"**{speedup:.1f}x** faster (target >= 2x) | {verdict(ok)} |"
            )
        if "kubernetes" not in r.watch:
            t.add("watch", f"{n:,} V1Job events: faster than kubernetes `Watch().stream`",
                  f"not measured ({installed.get('kubernetes', 'not run')})", ">= 2x",
                  None)  # fmt: skip
    return table(
        "## Watch: events decoded per second",
        f"One watch stream of {n:,} MODIFIED events (the three Job fixtures, "
        "cycled, one compact JSON line each), from the loopback server; each client takes every "
        "event as a typed `V1Job` and stops at the last. "
        f"{s.watch_reps} interleaved repetitions; *raw* = urllib3 chunks split into lines and "
        "`json.loads` per line, in the same process "
        "(the peer's figure beside its own raw).",
        "| client | events/s (median) | raw json events/s | time / raw | target | |",
        lines,
    )


# -- the page --------------------------------------------------------------------------------------


def heading(
    s: Settings,
    versions: dict[str, Any],
    installed: dict[str, str],
    meta: dict[str, Any],
    t: Targets,
) -> list[str]:
    """The title, the run (command, date, duration, targets met), the machine and the versions."""
    sections = ", ".join(f"{k} {v} s" for k, v in meta.get("sections", {}).items())
    quick = ["", "> `--quick`: a smoke test with few repetitions. Do not quote these figures."]
    return [
        "# bench/: the SDK beside raw urllib3 and the peer clients",
        "",
        "Generated by `bench/run.py`; do not edit by hand (the next `make bench` rewrites it).",
        "",
        f"**Command:** `{meta['command']}` · **date:** {meta['date']} · "
        f"**duration:** {meta['duration']:.0f} s ({sections}) · "
        f"**targets met:** {t.met} of {t.held}",
        *(quick if s.quick else []),
        "",
        f"**Machine:** {meta['machine']['cpu']}, {meta['machine']['cores']} cores, "
        f"{meta['machine']['system']}; load average at start {meta['load_start']}, "
        f"at end {meta['load_end']}.  ",
        "**Versions:** " + ", ".join(f"{k} {v}" for k, v in versions.items()) + ".  ",
        "**Peers:** " + ", ".join(f"{k}: {v}" for k, v in installed.items()) + ".",
        "",
    ]


def summary(t: Targets) -> list[str]:
    lines = [
        f"| {row['section']} | {row['what']} | {row['figure']} | {row['target']} | "
        f"{verdict(row['ok'])} |"
        for row in t.rows
    ]
    return table(
        "## Every figure against its target", None, "| section | what | figure | target | |", lines
    )


def missed(t: Targets) -> list[str]:
    if not t.notes:
        return []
    return ["## Where a target is missed, and why", "", *t.notes, ""]


def errors(r: Results) -> list[str]:
    if not r.errors:
        return []
    return ["## Errors during the run", "", *("- " + e.splitlines()[0] for e in r.errors), ""]


def report(
    r: Results,
    s: Settings,
    versions: dict[str, Any],
    installed: dict[str, str],
    meta: dict[str, Any],
) -> tuple[str, list[dict[str, Any]]]:
    """bench/README.md, and every figure against its target (for the JSON results and the log)."""
    t = Targets()
    # The sections fill the targets in the summary's order, and are laid out in the page's.
    percall = percall_section(r, s, t)
    counted = instructions_section(r, t)
    decode = decode_section(r, s, installed, t)
    imports = import_section(r, s, t)
    memory = memory_section(r, t)
    concurrency = concurrency_section(r, s, t)
    aio = async_section(r, s, t)
    watch = watch_section(r, s, installed, t)
    page = [
        *heading(s, versions, installed, meta, t),
        *summary(t),
        *percall,
        *counted,
        *decode,
        *imports,
        *memory,
        *concurrency,
        *watch,
        *aio,
        *missed(t),
        *errors(r),
        README_TAIL,
    ]
    return "\n".join(page) + "\n", t.rows


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
- `bench/instructions.py`: each per-call variant in a process of its own under valgrind's
  cachegrind (when `valgrind` is on PATH): instructions and L1 misses per call.
- `python bench/run.py --render bench/.results/<file>.json` writes this page again from a stored
  run, without measuring (after a change to the report's wording).
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
