"""The fake Gaffer node (gafferd 0.5): job configurations loaded in sessions, and their processes.

Jobs exist per session (``<sessionid>.<jobname>``): `create` loads one (creating the session), an
emptied session disappears, a name already loaded in the session gets 409. A started job keeps
``numprocesses`` processes alive; `set_state` starts (``1``), stops (``0``) or reloads (``2``) it.
:meth:`FakeGaffer.add_job` seeds a job, optionally with *states* (``"1"``/``"0"``) it follows one
per read of the job (`get`, `get_state`), e.g. ``["1", "1", "0"]`` for a process that exits after
two reads. Keys are on (``X-Api-Key``): missing 401, wrong 403, as gafferd with a config file.
Where released gafferd fails on a documented endpoint (`get_numprocesses` 500, `signal` 404) the
fake answers as documented.
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from typing import Any

from stencila_hub.testing._base import (
    Call,
    HttpError,
    Reply,
    Script,
    SystemState,
    json_reply,
    text_reply,
)

OK = {"ok": True}


def _check_states(states: Sequence[str]) -> None:
    if not states or not set(states) <= {"0", "1"}:
        raise ValueError('states are "1" (started) or "0" (stopped)')


class _Job:
    def __init__(self, session: str, config: dict[str, Any], states: Sequence[str] | None) -> None:
        self.session = session
        self.config = config
        self.active = False
        self.pids: list[int] = []
        self.committed: list[int] = []
        self.script = Script(states) if states else None

    @property
    def name(self) -> str:
        return f"{self.session}.{self.config['name']}"

    @property
    def numprocesses(self) -> int:
        return int(self.config.get("numprocesses", 1))


class FakeGaffer(SystemState):
    """Gaffer jobs by session and name."""

    name = "gaffer"

    def __init__(self, fake: Any, require_key: bool = True) -> None:
        super().__init__(fake)
        self.require_key = require_key
        self._sessions: dict[str, dict[str, _Job]] = {}
        self._planned: list[list[str]] = []
        self._next_pid = 1

    # -- seeding and inspection ------------------------------------------------------------

    def add_job(
        self,
        session: str,
        name: str,
        cmd: str = "sleep",
        *,
        args: Any = ("3600",),
        numprocesses: int = 1,
        start: bool = True,
        states: Sequence[str] | None = None,
    ) -> None:
        """Load a job; with *states* it follows them one per read (``"1"`` started, ``"0"``
        stopped)."""
        if states is not None:
            _check_states(states)
        with self._fake.lock:
            config = {"name": name, "cmd": cmd, "args": list(args), "numprocesses": numprocesses}
            job = self._load(session, config, states)
            if start:
                self._start(job)
            self._follow_script(job)

    def plan_next(self, states: Sequence[str]) -> None:
        """The next job created by a client follows *states*, one per read (``"1"``/``"0"``)."""
        _check_states(states)
        with self._fake.lock:
            self._planned.append(list(states))

    def job(self, session: str, name: str) -> dict[str, Any] | None:
        """The job as `get` answers it, or None when it is not loaded."""
        with self._fake.lock:
            job = self._sessions.get(session, {}).get(name)
            return None if job is None else self._info(job)

    def advance(self) -> None:
        for jobs in self._sessions.values():
            for job in jobs.values():
                if job.script is not None and job.script.step():
                    self._follow_script(job)

    # -- the system's conventions ----------------------------------------------------------

    def authenticate(self, call: Call) -> Reply | None:
        if not self.require_key:
            return None
        key = call.headers.get("x-api-key")
        if not key:
            return self.error(401, "unauthorized")
        if key != self.token:
            return self.error(403, "forbidden")
        return None

    def error(self, status: int, message: str) -> Reply:
        """Gaffer's Tornado error page (shape 3); handler and manager errors have their own."""
        return json_reply(status, {"error": status, "reason": message})

    def invalid(self, message: str) -> Reply:
        return json_reply(400, {"error": "bad_request", "reason": message})

    @staticmethod
    def _bad_request(reason: str | None = None) -> HttpError:
        body: dict[str, Any] = {"error": "bad_request"}
        if reason:
            body["reason"] = reason
        return HttpError(json_reply(400, body))

    # -- helpers ---------------------------------------------------------------------------

    def _load(
        self, session: str, config: dict[str, Any], states: Sequence[str] | None = None
    ) -> _Job:
        jobs = self._sessions.setdefault(session, {})
        if config["name"] in jobs:
            raise HttpError(json_reply(409, {"error": "process_conflict", "errno": 409}))
        job = jobs[config["name"]] = _Job(session, config, states)
        return job

    def _start(self, job: _Job) -> None:
        job.active = True
        self._scale_to(job, job.numprocesses)

    def _stop(self, job: _Job) -> None:
        job.active = False
        job.pids = []

    def _scale_to(self, job: _Job, count: int) -> None:
        while len(job.pids) < count:
            job.pids.append(self._next_pid)
            self._next_pid += 1
        del job.pids[max(count, 0) :]

    def _follow_script(self, job: _Job) -> None:
        if job.script is None:
            return
        if job.script.current == "1" and not job.active:
            self._start(job)
        elif job.script.current == "0" and job.active:
            self._stop(job)

    def _read(self, job: _Job) -> None:
        if self._advance_on_read and job.script is not None and job.script.step():
            self._follow_script(job)

    def _job(self, call: Call, handler_404: bool = False) -> _Job:
        session, name = call.path_params["sessionid"], call.path_params["jobname"]
        job = self._sessions.get(session, {}).get(name)
        if job is None:
            body: dict[str, Any] = (
                {"error": "not_found"} if handler_404 else {"error": "not_found", "errno": 404}
            )
            raise HttpError(json_reply(404, body))
        return job

    def _info(self, job: _Job) -> dict[str, Any]:
        config = {k: v for k, v in job.config.items() if k not in ("start", "custom_channels")}
        return {
            "name": job.name,
            "active": job.active,
            "running": len(job.pids) + len(job.committed),
            "running_out": len(job.committed),
            "max_processes": job.numprocesses,
            "processes": [*job.pids, *job.committed],
            "config": copy.deepcopy(config),
        }

    # -- operations ----------------------------------------------------------------------------

    def op_gaffer_jobs_list(self, call: Call) -> Reply:
        names = [job.name for jobs in self._sessions.values() for job in jobs.values()]
        return json_reply(200, {"jobs": sorted(names)})

    def op_gaffer_jobs_list_session(self, call: Call) -> Reply:
        session = call.path_params["sessionid"]
        if session not in self._sessions:
            raise HttpError(json_reply(404, {"error": "not_found", "errno": 404}))
        names = sorted(job.name for job in self._sessions[session].values())
        return json_reply(200, {"sessionid": session, "jobs": names})

    def op_gaffer_jobs_create(self, call: Call) -> Reply:
        config = call.json()
        if not isinstance(config, dict) or "cmd" not in config:
            raise self._bad_request()
        start = config.pop("start", True)
        states = self._planned.pop(0) if self._planned else None
        job = self._load(call.path_params["sessionid"], config, states)
        if start:
            self._start(job)
        self._follow_script(job)
        return json_reply(200, OK)

    def op_gaffer_jobs_exists(self, call: Call) -> Reply:
        session, name = call.path_params["sessionid"], call.path_params["jobname"]
        return Reply(200 if name in self._sessions.get(session, {}) else 404)

    def op_gaffer_jobs_get(self, call: Call) -> Reply:
        job = self._job(call, handler_404=True)
        reply = json_reply(200, self._info(job))
        self._read(job)
        return reply

    def op_gaffer_jobs_update(self, call: Call) -> Reply:
        config = call.json()
        name = call.path_params["jobname"]
        if not isinstance(config, dict) or "cmd" not in config:
            raise self._bad_request("invalid process config")
        if config.get("name", name) != name:
            raise self._bad_request("template name conflict with the path")
        job = self._job(call)
        start = config.pop("start", True)
        job.config = {**config, "name": name}
        self._stop(job)
        if start:
            self._start(job)
        return json_reply(201, OK)

    def op_gaffer_jobs_delete(self, call: Call) -> Reply:
        job = self._job(call, handler_404=True)
        jobs = self._sessions[job.session]
        del jobs[job.config["name"]]
        if not jobs:
            del self._sessions[job.session]
        return json_reply(200, OK)

    def op_gaffer_jobs_get_stats(self, call: Call) -> Reply:
        job = self._job(call)
        pids = [*job.pids, *job.committed]
        stats = [
            {
                "pid": pid,
                "os_pid": 20000 + pid,
                "cpu": 0.0,
                "mem": 0.2,
                "mem_info1": "5M",
                "mem_info2": "28M",
                "ctime": "0:00.30",
            }
            for pid in pids
        ]
        body: dict[str, Any] = {"name": job.name, "stats": stats}
        if stats:
            body.update(
                cpu=0.0,
                max_cpu=0.0,
                min_cpu=0.0,
                mem=round(0.2 * len(stats), 1),
                max_mem=0.2,
                min_mem=0.2,
            )
        else:  # gafferd's "N/A" bug (see openapi.yaml)
            body.update(cpu="N", max_cpu="/", min_cpu="A", mem="N", max_mem="/", min_mem="A")
        return json_reply(200, body)

    def op_gaffer_jobs_get_numprocesses(self, call: Call) -> Reply:
        return json_reply(200, {"numprocesses": self._job(call).numprocesses})

    def op_gaffer_jobs_scale(self, call: Call) -> Reply:
        job = self._job(call)
        scale = call.json()["scale"]
        current = job.numprocesses
        if isinstance(scale, int) and not isinstance(scale, bool):
            target = current + scale
        else:
            text = str(scale).strip()
            op, digits = (text[0], text[1:]) if text[:1] in "+-=" else ("+", text)
            if not digits.isdigit():
                return self.error(500, "Internal Server Error")  # as gafferd: int() fails
            n = int(digits)
            target = {"+": current + n, "-": current - n, "=": n}[op]
        job.config["numprocesses"] = max(target, 0)
        if job.active:
            self._scale_to(job, job.numprocesses)
        return json_reply(200, {"numprocesses": job.numprocesses})

    def op_gaffer_jobs_signal(self, call: Call) -> Reply:
        self._job(call)
        signal = call.json()["signal"]
        if isinstance(signal, bool) or not isinstance(signal, (int, str)) or signal == "":
            raise self._bad_request()
        return json_reply(200, OK)

    def op_gaffer_jobs_get_state(self, call: Call) -> Reply:
        job = self._job(call)
        reply = text_reply(200, "1" if job.active else "0")
        self._read(job)
        return reply

    def op_gaffer_jobs_set_state(self, call: Call) -> Reply:
        job = self._job(call)
        if call.body not in (b"0", b"1", b"2"):
            raise self._bad_request()
        job.script = None  # a client took over
        if call.body == b"0":
            self._stop(job)
        elif call.body == b"1":
            if not job.active:
                self._start(job)
        else:  # reload: the processes are replaced
            self._stop(job)
            self._start(job)
        return json_reply(202, OK)

    def op_gaffer_jobs_get_pids(self, call: Call) -> Reply:
        return json_reply(200, {"pids": list(self._job(call).pids)})

    def op_gaffer_jobs_commit(self, call: Call) -> Reply:
        job = self._job(call)
        pid = self._next_pid
        self._next_pid += 1
        job.committed.append(pid)
        return json_reply(200, {"pid": pid})
