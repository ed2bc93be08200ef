"""The fake Stencila Hub: jobs (`/jobs/{id}/` and the project routes), workers and account views.

Seed with :meth:`FakeHub.add_job` (and :meth:`FakeHub.add_project`), read back with
:meth:`FakeHub.job`, :meth:`FakeHub.statuses`, :meth:`FakeHub.worker` and
:meth:`FakeHub.heartbeats`. Like the real Hub (v4.47.19, see openapi.yaml):

* ``PATCH /jobs/{id}/`` answers 200 with an empty body, ``PUT`` 200 with the whole job; both, and
  every ``/workers/...`` route, are staff only: the member token (:attr:`FakeHub.member_token`)
  gets 403. A missing token is 403 ``Authentication credentials were not provided.``, a wrong one
  403 ``Invalid token.``;
* the project routes serve project members (the staff and member tokens are members of every
  project here); an anonymous caller reads a job with ``?key=<the job's key>``. List pages are
  ``{count, next, previous, results}`` with absolute URLs, 50 by default, newest first, and leave
  out ``position``, ``children`` and ``params``. ``PATCH .../{job}/`` answers with the job;
  ``PUT`` and ``DELETE`` there are 405 (and a spec violation: openapi.yaml has no such
  operation). Cancel makes an active job ``CANCELLED``; execute fails with the 4.47.19 server
  bug's 500; connect answers 503 ``Job is not ready`` until a session job is ``RUNNING``, then
  echoes the request (standing in for the session's worker);
* worker events create and update workers, heartbeats and the queues a worker names; the
  account views list them (one account, ``1``/``stencila``, holds every queue and zone);
* a session job has its ``urls`` as an object (``{"ws": ..., "http": ...}``).

Two behaviours of the real server are opt-in, so that a test can reproduce them:

* :attr:`FakeHub.terminal_patch_delay`: seconds a PATCH to ``SUCCESS`` or ``FAILURE`` waits before
  it answers (the real Hub waits on its result backend, up to 5 x 30 s); the update is stored
  first, so a client that gives up finds it applied.
* :attr:`FakeHub.patch_project_fails`: a PATCH that sends ``project`` fails with the real Hub's 500
  (its bug: PUT accepts it).
"""

from __future__ import annotations

import copy
import secrets
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, TypeVar
from urllib.parse import urlencode

from stencila_hub.testing._base import Call, Reply, SystemState, json_reply, rfc3339, utc_now

if TYPE_CHECKING:
    from stencila_hub.api_client import ApiClient

A = TypeVar("A")

#: The job fields a client may write (the others are read-only in openapi.yaml).
WRITABLE = frozenset(
    {
        "key",
        "description",
        "began",
        "ended",
        "status",
        "isActive",
        "result",
        "error",
        "log",
        "runtime",
        "worker",
        "retries",
        "callbackId",
        "callbackMethod",
        "project",
        "snapshot",
        "parent",
        "callbackType",
        "users",
        "anonUsers",
    }
)
ENDED = frozenset({"SUCCESS", "FAILURE", "CANCELLED", "REVOKED", "TERMINATED", "REJECTED"})
#: The statuses whose PATCH the real Hub answers only once the task result is stored.
SLOW_TERMINAL = frozenset({"SUCCESS", "FAILURE"})
PROJECT_PATCH_ERROR = 'Cannot assign "{}": "Job.project" must be a "Project" instance.'
#: The methods Hub 4.47.19 creates jobs for (others: 400).
METHODS = frozenset(
    "parallel series clean archive zip pull push extract convert pin register compile build "
    "execute session sleep".split()
)
#: Fields the job list leaves out (the real server's list serializer).
NOT_LISTED = ("position", "children", "params")
#: Operations only staff may call (the overseer's).
STAFF_ONLY = frozenset(
    {
        "jobs_update",
        "jobs_partial_update",
        "workers_online",
        "workers_heartbeat",
        "workers_offline",
        "workers_partial_update",
        "accounts_zones_create",
        "accounts_zones_delete",
    }
)
NO_PERMISSION = "You do not have permission to perform this action."
NO_CREDENTIALS = "Authentication credentials were not provided."
EXECUTE_BUG = "execute() got an unexpected keyword argument 'project'"
DEFAULT_PAGE = 50
STAFF_USER, MEMBER_USER = 1, 2


def _session_urls(id: int) -> dict[str, str]:
    """Where a session job's worker listens, in the real Hub's shape."""
    address = f"127.0.0.1:{9000 + id}"
    return {"ws": f"ws://{address}", "http": f"http://{address}"}


def _from_timestamp(value: Any) -> str:
    if isinstance(value, (int, float)):
        return rfc3339(datetime.fromtimestamp(value, UTC))
    return rfc3339(utc_now())


class FakeHub(SystemState):
    """The Hub's jobs, workers and account views. See the module docstring."""

    name = "hub"

    def __init__(self, fake: Any) -> None:
        super().__init__(fake)
        self._jobs: dict[int, dict[str, Any]] = {}
        self._updates: dict[int, list[dict[str, Any]]] = {}
        self._next_id = 1
        self._projects: dict[int, str] = {}
        self._workers: dict[str, dict[str, Any]] = {}
        self._heartbeats: dict[str, list[dict[str, Any]]] = {}
        self._queues: dict[int, dict[str, Any]] = {}
        self._zones: dict[int, dict[str, Any]] = {}
        self._next_other = 1
        self.account: dict[str, Any] = {"id": 1, "name": "stencila"}
        #: The token of a project member who is not staff (403 on the staff-only routes).
        self.member_token = f"fake-hub-member-{secrets.token_hex(8)}"
        #: Seconds a PATCH to SUCCESS or FAILURE waits before answering (0: at once).
        self.terminal_patch_delay = 0.0
        #: Answer a PATCH that sends ``project`` with the real Hub's 500 (off by default).
        self.patch_project_fails = False

    def api(self, cls: type[A], *, token: str | None = None, **overrides: Any) -> A:
        """*cls* (``ProjectsApi``, ``WorkersApi``, ``AccountsApi``, ``JobsApi``) on a client of
        the fake Hub (closed when the fake stops); *token*: another token than the staff one
        (:attr:`member_token`), ``""`` for none."""
        import stencila_hub

        if token is not None:
            overrides["api_key"] = {"Token": token} if token else {}
        client: ApiClient = stencila_hub.ApiClient(self._fake.configuration("hub", **overrides))
        self._fake._clients.append(client)
        return cls(client)  # type: ignore[call-arg]

    # -- seeding and inspection (thread-safe: they take the fake's lock) ------------------------

    def add_project(self, id: int | None = None, name: str | None = None) -> int:
        """Add a project (jobs of an unknown project add it too) and return its id."""
        with self._fake.lock:
            if id is None:
                id = max(self._projects, default=0) + 1
            self._projects[id] = name or f"project-{id}"
            return id

    def add_job(
        self,
        id: int | None = None,
        *,
        status: str | None = "WAITING",
        method: str = "execute",
        **fields: Any,
    ) -> int:
        """Add a job (camelCase field names, as on the wire) and return its id.

        A ``session`` job gets ``urls`` ``{"ws": ..., "http": ...}`` as the real Hub sends it,
        other jobs ``null``; pass ``urls=`` to choose, ``project=`` to put it in a project.
        """
        with self._fake.lock:
            if id is None:
                id = self._next_id
            self._next_id = max(self._next_id, id + 1)
            now = rfc3339(utc_now())
            job: dict[str, Any] = {
                "id": id,
                "key": secrets.token_urlsafe(18),
                "description": None,
                "created": now,
                "updated": now,
                "began": None,
                "ended": None,
                "status": status,
                "isActive": status not in ENDED,
                "method": method,
                "params": {},
                "result": None,
                "error": None,
                "log": None,
                "runtime": None,
                "worker": None,
                "retries": None,
                "project": None,
                "creator": None,
                "queue": None,
                "parent": None,
                "children": [],
                "url": None,
                "position": None,
                "users": [],
                "anonUsers": [],
                "urls": _session_urls(id) if method == "session" else None,
            }
            job.update(fields)
            if isinstance(job["project"], int) and job["project"] not in self._projects:
                self.add_project(job["project"])
            self._jobs[id] = job
            self._updates[id] = []
            return id

    def job(self, id: int) -> dict[str, Any]:
        """The stored job (a copy), as the Hub would send it."""
        with self._fake.lock:
            return copy.deepcopy(self._jobs[id])

    def updates(self, id: int) -> list[dict[str, Any]]:
        """The bodies of the PUT and PATCH requests the job received, oldest first."""
        with self._fake.lock:
            return copy.deepcopy(self._updates[id])

    def statuses(self, id: int) -> list[Any]:
        """The statuses the job was given by PUT/PATCH, oldest first."""
        return [u["status"] for u in self.updates(id) if "status" in u]

    @property
    def job_ids(self) -> list[int]:
        with self._fake.lock:
            return sorted(self._jobs)

    def worker(self, hostname: str) -> dict[str, Any]:
        """The worker the events recorded (a copy), as the account views send it."""
        with self._fake.lock:
            return copy.deepcopy(self._workers[hostname])

    @property
    def worker_hostnames(self) -> list[str]:
        with self._fake.lock:
            return sorted(self._workers)

    def heartbeats(self, hostname: str) -> list[dict[str, Any]]:
        """The worker's heartbeats, oldest first."""
        with self._fake.lock:
            return copy.deepcopy(self._heartbeats.get(hostname, []))

    # -- the system's conventions ----------------------------------------------------------------

    def _caller(self, call: Call) -> str:
        """``staff``, ``member`` or ``anonymous`` (authenticate has refused any other token)."""
        header = call.headers.get("authorization")
        if header == f"Token {self.token}":
            return "staff"
        return "member" if header else "anonymous"

    def authenticate(self, call: Call) -> Reply | None:
        header = call.headers.get("authorization")
        if not header:
            if call.operation_id == "projects_jobs_read":
                return None  # an anonymous reader with the job's key: the handler decides
            return self.error(403, NO_CREDENTIALS)
        if header not in (f"Token {self.token}", f"Token {self.member_token}"):
            return self.error(403, "Invalid token.")
        if call.operation_id in STAFF_ONLY and self._caller(call) != "staff":
            return self.error(403, NO_PERMISSION)
        return None

    def error(self, status: int, message: str) -> Reply:
        return json_reply(status, {"message": message})

    def not_allowed(self, method: str, path: str) -> Reply:
        return self.error(405, f'Method "{method}" not allowed.')

    def advance(self) -> None:
        pass  # Hub jobs change only when a client writes them

    def _new_id(self) -> int:
        self._next_other += 1
        return self._next_other - 1

    def _page(self, call: Call, items: list[dict[str, Any]]) -> Reply:
        """One limit/offset page of *items*, with absolute ``next``/``previous`` URLs."""
        limit = call.int_arg("limit", DEFAULT_PAGE) or DEFAULT_PAGE
        offset = call.int_arg("offset", 0) or 0
        others = [
            (k, v) for k, vs in call.query.items() if k not in ("limit", "offset") for v in vs
        ]

        def link(at: int) -> str:
            query = [*others, ("limit", str(limit))] + ([("offset", str(at))] if at else [])
            return f"{self.url}{call.path}?{urlencode(query)}"

        following = link(offset + limit) if offset + limit < len(items) else None
        previous = link(max(offset - limit, 0)) if offset > 0 else None
        page = {"count": len(items), "next": following, "previous": previous,
                "results": items[offset : offset + limit]}  # fmt: skip
        return json_reply(200, page)

    # -- /jobs/{id}/ (staff) ---------------------------------------------------------------------

    def _stored_job(self, id: int) -> dict[str, Any]:
        job = self._jobs.get(id)
        if job is None:
            raise self._fail(404, "Not found.")
        return job

    def _write(self, job: dict[str, Any], body: dict[str, Any]) -> None:
        self._updates[job["id"]].append(copy.deepcopy(body))
        for key, value in body.items():
            if key in WRITABLE:
                job[key] = value
        job["updated"] = rfc3339(utc_now())

    def _update(self, call: Call) -> dict[str, Any]:
        job = self._stored_job(int(call.path_params["id"]))
        self._write(job, call.json() or {})
        return job

    def op_jobs_partial_update(self, call: Call) -> Reply:
        body = call.json() or {}
        if self.patch_project_fails and "project" in body:
            return self.error(500, PROJECT_PATCH_ERROR.format(body["project"]))
        self._update(call)
        delay = self.terminal_patch_delay if body.get("status") in SLOW_TERMINAL else 0.0
        return Reply(200, delay=delay)  # the real Hub: 200, Content-Length 0, no Content-Type

    def op_jobs_update(self, call: Call) -> Reply:
        return json_reply(200, self._update(call))

    # -- /projects/{project}/jobs/ (members; anonymous readers with a key) -----------------------

    def _project(self, call: Call) -> int:
        ident = call.path_params["project"]
        for id, name in self._projects.items():
            if ident == str(id) or ident == name:
                return id
        raise self._fail(404, "Not found.")

    def _project_job(self, call: Call) -> dict[str, Any]:
        project = self._project(call)
        job = self._jobs.get(int(call.path_params["job"]))
        if job is None or job["project"] != project:
            raise self._fail(404, "Not found.")
        return job

    def op_projects_jobs_list(self, call: Call) -> Reply:
        project = self._project(call)
        filters = {name: call.arg(name) for name in ("creator", "method", "status")}
        jobs = [
            {k: v for k, v in job.items() if k not in NOT_LISTED}
            for job in sorted(self._jobs.values(), key=lambda j: -j["id"])
            if job["project"] == project
            and all(value is None or str(job[name]) == value for name, value in filters.items())
        ]
        return self._page(call, jobs)

    def op_projects_jobs_create(self, call: Call) -> Reply:
        project = self._project(call)
        body = call.json() or {}
        if body.get("method") not in METHODS:
            message = f'"{body.get("method")}" is not a valid choice.'
            reply = json_reply(400, {"message": "Invalid input.", "errors": [
                {"field": "method", "message": message}]})  # fmt: skip
            return reply
        creator = STAFF_USER if self._caller(call) == "staff" else MEMBER_USER
        id = self.add_job(status="DISPATCHED", method=body["method"], project=project,
                          params=body.get("params") or {}, creator=creator,
                          description=body.get("description"), users=[creator])  # fmt: skip
        return json_reply(201, self._jobs[id])

    def op_projects_jobs_read(self, call: Call) -> Reply:
        job = self._project_job(call)
        if self._caller(call) == "anonymous" and call.arg("key") != job["key"]:
            return self.error(403, NO_CREDENTIALS)
        return json_reply(200, job)

    def op_projects_jobs_partial_update(self, call: Call) -> Reply:
        job = self._project_job(call)
        self._write(job, call.json() or {})
        return json_reply(200, job)  # with the job, unlike PATCH /jobs/{id}/

    def op_projects_jobs_cancel(self, call: Call) -> Reply:
        job = self._project_job(call)
        if job["isActive"]:
            now = rfc3339(utc_now())
            job.update(status="CANCELLED", isActive=False, ended=now, updated=now)
        return json_reply(200, job)

    def op_projects_jobs_execute(self, call: Call) -> Reply:
        self._project(call)
        return self.error(500, EXECUTE_BUG)  # Hub 4.47.19's bug, as the real server answers

    def _connect(self, call: Call) -> Reply:
        job = self._project_job(call)
        if job["method"] != "session" or job["status"] != "RUNNING" or not job.get("urls"):
            return self.error(503, "Job is not ready")
        # Stands in for the session's worker, which the real Hub proxies to.
        echo = {"job": job["id"], "method": call.method, "path": call.path_params["path"],
                "protocol": call.arg("protocol", "http"), "body": call.json()}  # fmt: skip
        return json_reply(200, echo)

    def op_projects_jobs_connect_read(self, call: Call) -> Reply:
        return self._connect(call)

    def op_projects_jobs_connect_create(self, call: Call) -> Reply:
        return self._connect(call)

    # -- /workers/ (staff: the overseer's events) ------------------------------------------------

    def _event_worker(self, event: dict[str, Any]) -> dict[str, Any]:
        hostname = event["hostname"]
        worker = self._workers.get(hostname)
        if worker is None:
            now = rfc3339(utc_now())
            worker = {"id": self._new_id(), "active": True, "created": now, "started": None,
                      "updated": None, "finished": None, "hostname": hostname, "utcoffset": None,
                      "pid": None, "freq": None, "software": None, "os": None, "details": None,
                      "signature": None, "queues": []}  # fmt: skip
            self._workers[hostname] = worker
            self._heartbeats[hostname] = []
        for name in ("utcoffset", "pid", "freq"):
            if event.get(name) is not None:
                worker[name] = event[name]
        if event.get("sw_ident"):
            worker["software"] = f"{event['sw_ident']}-{event.get('sw_ver') or ''}".rstrip("-")
        if event.get("sw_sys"):
            worker["os"] = event["sw_sys"]
        worker["signature"] = "|".join(
            str(worker[n]) for n in ("hostname", "utcoffset", "pid", "freq", "software", "os")
        )
        return worker

    def op_workers_online(self, call: Call) -> Reply:
        event = call.json()
        worker = self._event_worker(event)
        worker.update(started=_from_timestamp(event.get("timestamp")), finished=None, active=True)
        return Reply(200)  # the real Hub: 200 with an empty body

    def op_workers_heartbeat(self, call: Call) -> Reply:
        event = call.json()
        worker = self._event_worker(event)
        when = _from_timestamp(event.get("timestamp"))
        worker["updated"] = when
        self._heartbeats[worker["hostname"]].append(
            {
                "time": when,
                "clock": event.get("clock"),
                "active": event.get("active") or 0,
                "processed": event.get("processed") or 0,
                "load": event.get("loadavg") or [],
            }  # fmt: skip
        )
        return Reply(200)

    def op_workers_offline(self, call: Call) -> Reply:
        event = call.json()
        worker = self._event_worker(event)
        worker.update(finished=_from_timestamp(event.get("timestamp")), active=False)
        return Reply(200)

    def op_workers_partial_update(self, call: Call) -> Reply:
        worker = self._workers.get(call.path_params["hostname"])
        if worker is None:
            return self.error(404, "Not found.")
        body = call.json() or {}
        if "stats" in body:
            worker["details"] = body["stats"]
        if "queues" in body:
            worker["queues"] = [self._queue_named(q["name"])["id"] for q in body["queues"]]
        return Reply(200)

    def _queue_named(self, name: str) -> dict[str, Any]:
        for queue in self._queues.values():
            if queue["name"] == name:
                return queue
        queue = {"id": self._new_id(), "name": name, "priority": 0, "untrusted": False,
                 "interrupt": False, "zone": None}  # fmt: skip
        self._queues[queue["id"]] = queue
        return queue

    # -- /accounts/{account}/ (members read; staff create and delete zones) ----------------------

    def _account(self, call: Call) -> None:
        if call.path_params["account"] not in (str(self.account["id"]), self.account["name"]):
            raise self._fail(404, "Not found.")

    def _one(self, table: dict[int, dict[str, Any]], call: Call, name: str) -> Reply:
        self._account(call)
        item = table.get(int(call.path_params[name]))
        if item is None:
            raise self._fail(404, "Not found.")
        return json_reply(200, item)

    def op_accounts_queues_list(self, call: Call) -> Reply:
        self._account(call)
        return self._page(call, list(self._queues.values()))

    def op_accounts_queues_read(self, call: Call) -> Reply:
        return self._one(self._queues, call, "queue")

    def op_accounts_workers_list(self, call: Call) -> Reply:
        self._account(call)
        return self._page(call, list(self._workers.values()))

    def _worker_by_id(self, call: Call) -> dict[str, Any]:
        self._account(call)
        id = int(call.path_params["worker"])
        found = [w for w in self._workers.values() if w["id"] == id]
        if not found:
            raise self._fail(404, "Not found.")
        return found[0]

    def op_accounts_workers_read(self, call: Call) -> Reply:
        return json_reply(200, self._worker_by_id(call))

    def op_accounts_workers_heartbeats_list(self, call: Call) -> Reply:
        worker = self._worker_by_id(call)
        return self._page(call, self._heartbeats[worker["hostname"]][::-1])

    def op_accounts_zones_list(self, call: Call) -> Reply:
        self._account(call)
        return self._page(call, list(self._zones.values()))

    def op_accounts_zones_read(self, call: Call) -> Reply:
        return self._one(self._zones, call, "zone")

    def op_accounts_zones_create(self, call: Call) -> Reply:
        self._account(call)
        name = (call.json() or {}).get("name")
        if any(zone["name"] == name for zone in self._zones.values()):
            return json_reply(400, {"message": "Invalid input.", "errors": [
                {"field": "name",
                 "message": "A zone with this name already exists."}]})  # fmt: skip
        zone = {"id": self._new_id(), "name": name, "account": self.account["id"]}
        self._zones[zone["id"]] = zone
        return json_reply(201, zone)

    def op_accounts_zones_delete(self, call: Call) -> Reply:
        self._account(call)
        if self._zones.pop(int(call.path_params["zone"]), None) is None:
            return self.error(404, "Not found.")
        return Reply(204)
