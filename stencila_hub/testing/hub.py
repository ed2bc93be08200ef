"""The fake Stencila Hub: `PUT`/`PATCH /jobs/{id}/`, as the overseer service uses them.

The Hub API has no operation here that creates or reads a job, so tests seed jobs with
:meth:`FakeHub.add_job` and read them back with :meth:`FakeHub.job` and :meth:`FakeHub.statuses`.
Like the real Hub (v4.47): PATCH answers 200 with an empty body, PUT answers 200 with the whole
job, a missing or wrong token gets 403 ``{"message": ...}``, an unknown job 404, and a session job
has its ``urls`` as an object (``{"ws": ..., "http": ...}``). Two behaviours of the real server
are opt-in, so that a test can reproduce them:

* :attr:`FakeHub.terminal_patch_delay`: seconds a PATCH to ``SUCCESS`` or ``FAILURE`` waits before
  it answers (the real Hub waits on its result backend, up to 5 x 30 s); the update is stored
  first, so a client that gives up finds it applied.
* :attr:`FakeHub.patch_project_fails`: a PATCH that sends ``project`` fails with the real Hub's 500
  (its bug: PUT accepts it).
"""

from __future__ import annotations

import copy
import secrets
from typing import Any

from stencila_hub.testing._base import Call, Reply, SystemState, json_reply, rfc3339, utc_now

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


def _session_urls(id: int) -> dict[str, str]:
    """Where a session job's worker listens, in the real Hub's shape."""
    address = f"127.0.0.1:{9000 + id}"
    return {"ws": f"ws://{address}", "http": f"http://{address}"}


class FakeHub(SystemState):
    """Hub jobs by id. Seed with :meth:`add_job`; inspect with :meth:`job` and :meth:`updates`."""

    name = "hub"

    def __init__(self, fake: Any) -> None:
        super().__init__(fake)
        self._jobs: dict[int, dict[str, Any]] = {}
        self._updates: dict[int, list[dict[str, Any]]] = {}
        self._next_id = 1
        #: Seconds a PATCH to SUCCESS or FAILURE waits before answering (0: at once).
        self.terminal_patch_delay = 0.0
        #: Answer a PATCH that sends ``project`` with the real Hub's 500 (off by default).
        self.patch_project_fails = False

    # -- seeding and inspection (thread-safe: they take the fake's lock) ------------------------

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
        other jobs ``null``; pass ``urls=`` to choose.
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

    # -- the system's conventions ----------------------------------------------------------------

    def authenticate(self, call: Call) -> Reply | None:
        header = call.headers.get("authorization")
        if not header:
            return self.error(403, "Authentication credentials were not provided.")
        if header != f"Token {self.token}":
            return self.error(403, "Invalid token.")
        return None

    def error(self, status: int, message: str) -> Reply:
        return json_reply(status, {"message": message})

    def advance(self) -> None:
        pass  # Hub jobs change only when a client writes them

    # -- operations ----------------------------------------------------------------------------

    def _update(self, call: Call) -> dict[str, Any]:
        id = int(call.path_params["id"])
        job = self._jobs.get(id)
        if job is None:
            raise self._fail(404, "Not found.")
        body = call.json() or {}
        self._updates[id].append(copy.deepcopy(body))
        for key, value in body.items():
            if key in WRITABLE:
                job[key] = value
        job["updated"] = rfc3339(utc_now())
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
