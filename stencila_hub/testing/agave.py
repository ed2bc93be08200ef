"""The fake Agave (Tapis v2) jobs service, `/jobs/v2`.

Jobs are created by `submit` (or seeded with :meth:`FakeAgave.add_job`) and then move through the
Agave lifecycle one status per read of the job (`get`, `get_status`): PENDING, PROCESSING_INPUTS,
STAGING_INPUTS, STAGED, STAGING_JOB, SUBMITTING, QUEUED, RUNNING, CLEANING_UP, (ARCHIVING,
ARCHIVING_FINISHED when archived), FINISHED. :meth:`FakeAgave.plan_next` sets another lifecycle
(e.g. one that ends FAILED) for the next submitted job. Answers are the server's envelopes
(``{"status", "message", "version", "result"}``), with its status codes (201 for submit, 202 for
resubmit) and its error messages. Credentials: ``Authorization: Bearer <token>``; a missing or
wrong token gets 401 with the envelope (Agave's API gateway answers it; see :meth:`authenticate`).
"""

from __future__ import annotations

import base64
import copy
import random
import secrets
from collections.abc import Sequence
from datetime import datetime, timezone
from typing import Any
from urllib.parse import parse_qs, quote

from stencila_hub.testing._base import Call, Reply, Script, SystemState, json_reply, utc_now

VERSION = "2.2.27-fake"
OWNER = "fakeuser"

LIFECYCLE = (
    "PENDING",
    "PROCESSING_INPUTS",
    "STAGING_INPUTS",
    "STAGED",
    "STAGING_JOB",
    "SUBMITTING",
    "QUEUED",
    "RUNNING",
    "CLEANING_UP",
    "ARCHIVING",
    "ARCHIVING_FINISHED",
    "FINISHED",
)
LIFECYCLE_NO_ARCHIVE = tuple(s for s in LIFECYCLE if not s.startswith("ARCHIVING"))
TERMINAL = frozenset({"FINISHED", "KILLED", "STOPPED", "FAILED"})
DESCRIPTIONS = {
    "PENDING": "Job accepted and queued for submission.",
    "PROCESSING_INPUTS": "Attempt 1 to stage job inputs",
    "STAGING_INPUTS": "Staging job inputs to the remote job directory",
    "STAGED": "Job inputs staged to execution system",
    "STAGING_JOB": "Staging runtime assets to the execution system",
    "SUBMITTING": "Preparing job for execution",
    "QUEUED": "Job placed into the queue",
    "RUNNING": "Job started running",
    "CLEANING_UP": "Job completed execution",
    "ARCHIVING": "Beginning to archive output.",
    "ARCHIVING_FINISHED": "Job archiving complete",
    "ARCHIVING_FAILED": "Job archiving failed",
    "FINISHED": "Job complete",
    "KILLED": "Job execution killed at user request",
    "STOPPED": "Job execution intentionally stopped",
    "FAILED": "Job failed",
}
ORDER_BY = {"created", "lastupdated", "status", "name", "appid", "starttime", "endtime", "id"}


def _agave_time(when: datetime) -> str:
    """``2018-01-26T15:01:44.000+00:00``: Agave's form (milliseconds and an offset)."""
    utc = when.astimezone(timezone.utc)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}+00:00"


class _Job:
    def __init__(self, id: str, request: dict[str, Any], steps: Sequence[str]) -> None:
        now = utc_now()
        self.id = id
        self.request = request
        self.created = now
        self.updated = now
        self.visible = True
        self.script = Script(steps)
        self.start: datetime | None = None
        self.end: datetime | None = None
        self.history: list[dict[str, Any]] = []
        self.permissions: dict[str, tuple[bool, bool]] = {}
        self.outputs: dict[str, bytes] = {}
        self.record(self.script.current)

    @property
    def status(self) -> str:
        return self.script.current

    def record(self, status: str) -> None:
        now = utc_now()
        self.updated = now
        if status == "RUNNING" and self.start is None:
            self.start = now
        if status in TERMINAL and self.end is None:
            self.end = now
        self.history.append(
            {
                "status": status,
                "created": _agave_time(now),
                "createdBy": OWNER,
                "description": DESCRIPTIONS.get(status, status),
            }
        )

    def step(self) -> None:
        if self.status not in TERMINAL and self.script.step():
            self.record(self.status)

    def set_status(self, status: str) -> None:
        self.script = Script([status])
        self.record(status)


class FakeAgave(SystemState):
    """Agave jobs by id, owned by the user ``fakeuser``."""

    name = "agave"

    def __init__(self, fake: Any) -> None:
        super().__init__(fake)
        self._jobs: dict[str, _Job] = {}
        self._planned: list[list[str]] = []
        # The tenant's OAuth2 client and user, for the /token endpoint (token_endpoint).
        self.client_key = "fake-client-" + secrets.token_hex(4)
        self.client_secret = "fake-secret-" + secrets.token_hex(8)
        self.username = OWNER
        self.password = "fake-password-" + secrets.token_hex(8)
        self._refresh_tokens: set[str] = set()
        self.token_requests: list[str] = []  # the grant type of each /token request

    # -- seeding and inspection ------------------------------------------------------------

    def plan_next(self, statuses: Sequence[str]) -> None:
        """The next submitted job goes through *statuses* (e.g. ending with FAILED)."""
        with self._fake.lock:
            self._planned.append(list(statuses))

    def add_job(
        self,
        name: str = "seeded-job",
        app_id: str = "fake-app-1.0",
        *,
        statuses: Sequence[str] | None = None,
        archive: bool = False,
    ) -> str:
        """A job as if submitted earlier; returns its id."""
        with self._fake.lock:
            request = {
                "name": name,
                "appId": app_id,
                "archive": archive,
                "inputs": {},
                "parameters": {},
            }
            return self._create(request, statuses).id

    def set_status(self, job_id: str, status: str) -> None:
        """Put a job in *status* now (it stays there)."""
        with self._fake.lock:
            self._jobs[job_id].set_status(status)

    def add_output(self, job_id: str, path: str, content: bytes) -> None:
        """A file in the job's output folder, e.g. ``output/result.csv``."""
        with self._fake.lock:
            self._jobs[job_id].outputs[path.strip("/")] = content

    def job(self, job_id: str) -> dict[str, Any]:
        """The job as `get` would answer it (without moving it on)."""
        with self._fake.lock:
            return self._full(self._jobs[job_id])

    def status(self, job_id: str) -> str:
        with self._fake.lock:
            return self._jobs[job_id].status

    def advance(self) -> None:
        for job in self._jobs.values():
            job.step()

    # -- the tenant's OAuth2 token endpoint (WSO2 API Manager in front of Agave) --------------

    def revoke_refresh_tokens(self) -> None:
        """Every refresh token issued so far is refused from now on (``invalid_grant``)."""
        with self._fake.lock:
            self._refresh_tokens.clear()

    def token_endpoint(
        self, method: str, path: str, headers: dict[str, str], body: bytes
    ) -> Reply | None:
        """``POST /token``: the password and refresh-token grants, as Agave's tenants answer them.

        The client authenticates with HTTP Basic (key and secret): a wrong one gets 401
        ``invalid_client``. A wrong password or an unknown refresh token gets 400
        ``invalid_grant``. A refresh token is used once: each grant issues a new one (WSO2 rotates
        them). Access tokens live ``token_lifetime`` seconds of the fake's clock.
        """
        if path != "/token":
            return None
        if method != "POST":
            return _oauth_error(405, "invalid_request", "Use POST.")
        expected = base64.b64encode(f"{self.client_key}:{self.client_secret}".encode()).decode()
        if headers.get("authorization") != f"Basic {expected}":
            return _oauth_error(401, "invalid_client", "Client Authentication failed.")
        if not headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return _oauth_error(400, "invalid_request", "Expected a form body.")
        form = {k: v[0] for k, v in parse_qs(body.decode("latin-1")).items()}
        grant = form.get("grant_type", "")
        with self._fake.lock:
            self.token_requests.append(grant)
            if grant == "password":
                ok = form.get("username") == self.username and form.get("password") == self.password
            elif grant == "refresh_token":
                ok = form.get("refresh_token", "") in self._refresh_tokens
                self._refresh_tokens.discard(form.get("refresh_token", ""))
            else:
                return _oauth_error(400, "unsupported_grant_type", "Unsupported grant_type value")
            if not ok:
                return _oauth_error(
                    400, "invalid_grant", "Provided Authorization Grant is invalid."
                )
            refresh = "fake-refresh-" + secrets.token_hex(12)
            self._refresh_tokens.add(refresh)
        issuer = self._fake.tokens
        token, _expires_at = issuer.issue("agave")
        payload = {
            "scope": form.get("scope", "default"),
            "token_type": "bearer",
            "expires_in": int(issuer.lifetime) if issuer.lifetime is not None else 2**31 - 1,
            "refresh_token": refresh,
            "access_token": token,
        }
        return json_reply(200, payload)

    # -- the system's conventions ----------------------------------------------------------

    def authenticate(self, call: Call) -> Reply | None:
        # The tenant's API gateway checks the token before the jobs service sees the request;
        # openapi.yaml does not describe it, so this 401 is not checked against the spec.
        header = call.headers.get("authorization")
        if not header:
            reply = self.error(401, "Missing Credentials")
        elif header != f"Bearer {self.token}":
            reply = self.error(401, "Invalid Credentials")
        else:
            return None
        reply.checked = False
        return reply

    def error(self, status: int, message: str) -> Reply:
        return json_reply(status, {"status": "error", "message": message, "version": VERSION})

    def _ok(self, status: int, result: Any = None, with_result: bool = True) -> Reply:
        payload: dict[str, Any] = {"status": "success", "message": None, "version": VERSION}
        if with_result:
            payload["result"] = result
        return json_reply(status, payload)

    # -- serialization -----------------------------------------------------------------------

    def _link(self, path: str) -> dict[str, str]:
        return {"href": self.url + path}

    def _full(self, job: _Job, submitted: bool = False) -> dict[str, Any]:
        r = job.request
        archive = bool(r.get("archive", False))
        memory = r.get("memoryPerNode")
        data: dict[str, Any] = {
            "id": job.id,
            "name": r.get("name"),
            "owner": OWNER,
            "appId": r.get("appId"),
            "executionSystem": r.get("executionSystem", "fake.execution.system"),
            "batchQueue": r.get("batchQueue", "normal"),
            "nodeCount": r.get("nodeCount", 1),
            "processorsPerNode": r.get("processorsPerNode", 1),
            "memoryPerNode": float(str(memory).rstrip("GB")) if memory else 1.0,
            "maxRunTime": r.get("maxRunTime", "01:00:00"),
            "archive": archive,
            "retries": 0,
            "localId": str(int(job.start.timestamp()) % 100000) if job.start else None,
            "created": _agave_time(job.created),
            "outputPath": f"{OWNER}/job-{job.id}" if job.status != "PENDING" else None,
            "status": job.status,
            "submitTime": _agave_time(job.created),
            "startTime": _agave_time(job.start) if job.start else None,
            "endTime": _agave_time(job.end) if job.end else None,
            "inputs": {
                k: v if isinstance(v, list) else [v] for k, v in (r.get("inputs") or {}).items()
            },
            "parameters": dict(r.get("parameters") or {}),
        }
        if submitted:
            data["lastModified"] = _agave_time(job.updated)
            data["executionType"] = "CLI"
            data["schedulerType"] = "FORK"
        else:
            data["lastUpdated"] = _agave_time(job.updated)
        if archive:
            data["archivePath"] = r.get("archivePath", f"{OWNER}/archive/jobs/job-{job.id}")
            data["archiveSystem"] = r.get("archiveSystem", "fake.storage.system")
        if job.status == "FAILED":
            data["message"] = "Job failed"
        links: dict[str, Any] = {
            "self": self._link(f"/jobs/v2/{job.id}"),
            "app": self._link(f"/apps/v2/{r.get('appId')}"),
            "executionSystem": self._link(f"/systems/v2/{data['executionSystem']}"),
            "archiveSystem": self._link(
                f"/systems/v2/{data.get('archiveSystem', data['executionSystem'])}"
            ),
            "archiveData": self._link(f"/jobs/v2/{job.id}/outputs/listings"),
            "owner": self._link(f"/profiles/v2/{OWNER}"),
            "permissions": self._link(f"/jobs/v2/{job.id}/pems"),
            "history": self._link(f"/jobs/v2/{job.id}/history"),
            "metadata": self._link(
                "/meta/v2/data/?q=" + quote(f'{{"associationIds":"{job.id}"}}', safe="")
            ),
            "notifications": self._link(f"/notifications/v2/?associatedUuid={job.id}"),
        }
        if submitted:
            links["notification"] = [
                {**self._link(f"/notifications/v2/{job.id}-{i}"), "title": n.get("event", "*")}
                for i, n in enumerate(r.get("notifications") or [])
            ]
        data["_links"] = links
        return data

    def _summary(self, job: _Job) -> dict[str, Any]:
        full = self._full(job)
        keep = (
            "id",
            "name",
            "owner",
            "executionSystem",
            "appId",
            "created",
            "status",
            "startTime",
            "endTime",
        )
        summary = {k: full[k] for k in keep}
        summary["_links"] = {k: full["_links"][k] for k in ("self", "archiveData")}
        return summary

    @staticmethod
    def _filtered(obj: dict[str, Any], fields: str | None) -> dict[str, Any]:
        if not fields:
            return obj
        names = {f.strip() for f in fields.split(",")}
        return {k: v for k, v in obj.items() if k in names}

    def _permission(self, job: _Job, username: str, read: bool, write: bool) -> dict[str, Any]:
        return {
            "username": username,
            "internalUsername": None,
            "permission": {"read": read, "write": write},
            "_links": {
                "self": self._link(f"/jobs/v2/{job.id}/pems/{username}"),
                "parent": self._link(f"/jobs/v2/{job.id}"),
                "profile": self._link(f"/profiles/v2/{username}"),
            },
        }

    # -- helpers -------------------------------------------------------------------------

    def _create(self, request: dict[str, Any], statuses: Sequence[str] | None = None) -> _Job:
        if statuses is None:
            if self._planned:
                statuses = self._planned.pop(0)
            else:
                statuses = LIFECYCLE if request.get("archive") else LIFECYCLE_NO_ARCHIVE
        job_id = f"{random.randrange(10**18, 10**19)}-242ac113-0001-007"
        job = self._jobs[job_id] = _Job(job_id, copy.deepcopy(request), statuses)
        return job

    def _get(self, call: Call, *, hidden_ok: bool = False, missing_status: int = 404) -> _Job:
        job_id = call.path_params["jobId"]
        job = self._jobs.get(job_id)
        if job is None:
            raise self._fail(missing_status, f"No job found with job id {job_id}.")
        if not job.visible and not hidden_ok:
            raise self._fail(missing_status, f"Job with uuid {job_id} is not visible.")
        return job

    def _page(self, call: Call, items: list[Any]) -> list[Any]:
        offset = call.int_arg("offset", 0) or 0
        limit = call.int_arg("limit", 100)
        limit = 100 if limit is None else min(limit, 100)
        return items[offset : offset + limit]

    def _sorted(self, call: Call, jobs: list[_Job], default_order: str) -> list[_Job]:
        order = (call.arg("order") or default_order).upper()
        if order not in ("ASC", "DESC", "ASCENDING", "ASCEND", "DESCENDING", "DESCEND"):
            raise self._fail(400, "Invalid value for order")
        by = (call.arg("orderBy") or "created").lower()
        if by not in ORDER_BY:
            raise self._fail(400, "Invalid value for orderBy")
        key_of = {
            "created": lambda j: j.created,
            "lastupdated": lambda j: j.updated,
            "status": lambda j: j.status,
            "name": lambda j: j.request.get("name") or "",
            "appid": lambda j: j.request.get("appId") or "",
            "id": lambda j: j.id,
            "starttime": lambda j: j.start or j.created,
            "endtime": lambda j: j.end or j.created,
        }[by]
        return sorted(jobs, key=key_of, reverse=order.startswith("DESC"))

    def _read(self, job: _Job) -> None:
        if self._advance_on_read:
            job.step()

    # -- operations ----------------------------------------------------------------------------

    def op_agave_jobs_submit(self, call: Call) -> Reply:
        body = call.json()
        if len(body.get("name", "")) >= 64:
            raise self._fail(400, "Job name must be less than 64 characters.")
        return self._ok(201, self._full(self._create(body), submitted=True))

    def op_agave_jobs_list(self, call: Call) -> Reply:
        jobs = self._sorted(call, [j for j in self._jobs.values() if j.visible], "DESC")
        fields = call.arg("filter")
        if fields:
            items = [self._filtered(self._full(j), fields) for j in jobs]
        else:
            items = [self._summary(j) for j in jobs]
        return self._ok(200, self._page(call, items))

    def op_agave_jobs_search(self, call: Call) -> Reply:
        # As the real server: the path pair is dropped (see openapi.yaml), all jobs are listed.
        jobs = sorted(
            (j for j in self._jobs.values() if j.visible), key=lambda j: j.created, reverse=True
        )
        return self._ok(200, self._page(call, [self._summary(j) for j in jobs]))

    def op_agave_jobs_get(self, call: Call) -> Reply:
        job = self._get(call)
        reply = self._ok(200, self._filtered(self._full(job), call.arg("filter")))
        self._read(job)
        return reply

    def op_agave_jobs_get_status(self, call: Call) -> Reply:
        job_id = call.path_params["jobId"]
        job = self._jobs.get(job_id)
        if job is None or not job.visible:
            raise self._fail(404, f"Not job found with job id {job_id}")
        result = {
            "id": job.id,
            "status": job.status,
            "_links": {"self": self._link(f"/jobs/v2/{job.id}")},
        }
        reply = self._ok(200, self._filtered(result, call.arg("filter")))
        self._read(job)
        return reply

    def op_agave_jobs_manage(self, call: Call) -> Reply:
        action = (call.json() or {}).get("action")
        job = self._get(call, hidden_ok=action == "restore")
        if action == "stop":
            if job.status not in TERMINAL:
                job.set_status("STOPPED")
            return self._ok(200, with_result=False)
        if action == "resubmit":
            return self._ok(202, self._full(self._create(job.request), submitted=True))
        if action == "restore":
            job.visible = True
            job.record("RESTORED")
            return self._ok(200, self._full(job))
        if action == "reset":
            raise self._fail(403, "Only tenant administrators may reset a job.")
        raise self._fail(400, f"Invalid action {action}")

    def op_agave_jobs_delete(self, call: Call) -> Reply:
        job = self._get(call)
        job.visible = False
        job.history.append(
            {
                "status": "DELETED",
                "created": _agave_time(utc_now()),
                "createdBy": OWNER,
                "description": "Job was deleted by user",
            }
        )
        return self._ok(200, with_result=False)

    def op_agave_jobs_get_history(self, call: Call) -> Reply:
        job = self._get(call)
        events = [self._filtered(e, call.arg("filter")) for e in job.history]
        if (call.arg("order") or "ASC").upper().startswith("DESC"):
            events.reverse()
        return self._ok(200, self._page(call, events))

    def op_agave_jobs_list_permissions(self, call: Call) -> Reply:
        job = self._get(call)
        others = [self._permission(job, u, r, w) for u, (r, w) in sorted(job.permissions.items())]
        result = [self._permission(job, OWNER, True, True), *self._page(call, others)]
        return self._ok(200, [self._filtered(p, call.arg("filter")) for p in result])

    def _set_permission(self, job: _Job, username: str, permission: str) -> Reply:
        if permission in ("NONE", ""):
            job.permissions.pop(username, None)
            return self._ok(200, self._permission(job, username, False, False))
        read = permission in ("READ", "READ_WRITE", "READ_EXECUTE", "ALL")
        write = permission in ("WRITE", "READ_WRITE", "WRITE_EXECUTE", "ALL")
        job.permissions[username] = (read, write)
        return self._ok(201, self._permission(job, username, read, write))

    def op_agave_jobs_update_permissions(self, call: Call) -> Reply:
        job = self._get(call)
        body = call.json()
        return self._set_permission(job, body["username"], body["permission"])

    def op_agave_jobs_update_permissions_for_user(self, call: Call) -> Reply:
        job = self._get(call)
        body = call.json()
        username = call.path_params["username"]
        if body.get("username", username) != username:
            raise self._fail(400, "The username in the body differs from the one in the URL.")
        return self._set_permission(job, username, body["permission"])

    def op_agave_jobs_list_permissions_for_user(self, call: Call) -> Reply:
        job = self._get(call)
        username = call.path_params["username"]
        if username == OWNER:
            return self._ok(200, self._permission(job, OWNER, True, True))
        if username not in job.permissions:
            raise self._fail(404, f"No permissions found for user {username}")
        read, write = job.permissions[username]
        return self._ok(200, self._permission(job, username, read, write))

    def op_agave_jobs_delete_permissions(self, call: Call) -> Reply:
        self._get(call).permissions.clear()
        return self._ok(200, with_result=False)

    def op_agave_jobs_delete_permissions_for_user(self, call: Call) -> Reply:
        job = self._get(call)
        username = call.path_params["username"]
        if username == OWNER:
            raise self._fail(400, "Job owners cannot remove their own permissions.")
        job.permissions.pop(username, None)
        return self._ok(200, with_result=False)

    def op_agave_jobs_list_outputs(self, call: Call) -> Reply:
        job = self._get(call, missing_status=400)
        folder = call.path_params["filePath"].strip("/")
        entries: dict[str, dict[str, Any]] = {}
        now = _agave_time(job.updated)
        for path, content in sorted(job.outputs.items()):
            if folder and path == folder:  # a file: list just that file
                entries = {path: self._file_entry(job, path, len(content), now)}
                break
            prefix = folder + "/" if folder else ""
            if not path.startswith(prefix):
                continue
            head, _, rest = path[len(prefix) :].partition("/")
            name = prefix + head
            entries[name] = (
                self._file_entry(job, name, 0, now, folder=True)
                if rest
                else self._file_entry(job, name, len(content), now)
            )
        if folder and not entries:
            raise self._fail(400, f"File/folder does not exist: {folder}")
        return self._ok(200, self._page(call, list(entries.values())))

    def _file_entry(
        self, job: _Job, path: str, length: int, when: str, folder: bool = False
    ) -> dict[str, Any]:
        return {
            "name": path.rsplit("/", 1)[-1],
            "path": "/" + path,
            "lastModified": when,
            "length": length,
            "permission": "ALL",
            "mimeType": "text/directory" if folder else "application/octet-stream",
            "format": "folder" if folder else "unknown",
            "type": "dir" if folder else "file",
            "_links": {
                "self": self._link(f"/jobs/v2/{job.id}/outputs/media/{path}"),
                "system": self._link("/systems/v2/fake.execution.system"),
                "parent": self._link(f"/jobs/v2/{job.id}"),
            },
        }

    def op_agave_jobs_download_output(self, call: Call) -> Reply:
        job = self._get(call, missing_status=400)
        path = call.path_params["filePath"].strip("/")
        content = job.outputs.get(path)
        if content is None:
            raise self._fail(404, f"File/folder does not exist: {path}")
        headers: dict[str, str] = {}
        wanted = call.headers.get("range")
        if wanted:
            first_text, _, last_text = wanted.split("=", 1)[1].split(",")[0].strip().partition("-")
            first = int(first_text or 0)
            last = int(last_text) if last_text else len(content) - 1
            if first >= len(content) or last >= len(content) or first > last:
                raise self._fail(416, "Requested Range Not Satisfiable")
            headers["Content-Range"] = f"bytes {first}-{last}/{len(content)}"
            content = content[first : last + 1]
        return Reply(200, content, "application/octet-stream", headers)


def _oauth_error(status: int, error: str, description: str) -> Reply:
    """An OAuth2 error answer (RFC 6749 section 5.2), as WSO2 sends it."""
    return json_reply(status, {"error": error, "error_description": description})
