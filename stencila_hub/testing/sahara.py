"""The fake OpenStack Sahara (data processing) v1.1 EDP service: jobs (templates) and executions.

One project (:attr:`FakeSahara.project_id`), one cluster (:attr:`FakeSahara.cluster_id`) and the job
binaries a test adds (:meth:`FakeSahara.add_binary`; a job's `mains`/`libs` must name existing
ones). An execution starts PENDING and moves one status per read (`show_job_execution`): PENDING,
RUNNING, SUCCEEDED by default; :meth:`FakeSahara.plan_next` sets another course (e.g. ending KILLED
or FAILED). As the real server: 202 for create/update/execute, envelopes (``{"job": ...}``),
``SaharaError`` bodies, Keystone's 401 for a missing or wrong ``X-Auth-Token``, and a 401 when the
URL names another project; timestamps in UTC without a zone. Like a real Sahara 19.0.0, a create
answer leaves out ``updated_at`` (and ``description`` when none was given), ``execute``'s answer
leaves out the fields not set yet (a later show sends them as ``null``), and
``job_configs.job_execution_info`` is stored as ``{}``.
"""

from __future__ import annotations

import copy
import re
import uuid
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from stencila_hub.testing._base import (
    Call,
    HttpError,
    Reply,
    Script,
    SystemState,
    json_reply,
    utc_now,
)

EXECUTION_COURSE = ("PENDING", "RUNNING", "SUCCEEDED")
TERMINAL = frozenset({"SUCCEEDED", "FAILED", "KILLED", "DONEWITHERROR", "SUSPENDFAILED"})
NEEDS_MAINS = frozenset({"Pig", "Hive", "Shell", "Spark", "Storm", "Storm.Pyleus"})
NEEDS_LIBS = frozenset({"Java", "MapReduce"})
ERROR_NAMES = {
    400: "VALIDATION_ERROR",
    403: "FORBIDDEN",
    404: "NOT_FOUND",
    500: "INTERNAL_SERVER_ERROR",
    503: "SERVICE_UNAVAILABLE",
}
CONFIG_HINTS: dict[str, dict[str, Any]] = {
    "Hive": {"configs": [], "params": {}},
    "Java": {"configs": [], "args": []},
    "MapReduce": {
        "configs": [
            {
                "name": "mapred.reduce.tasks",
                "value": "1",
                "description": "The default number of reduce tasks per job.",
            }
        ]
    },
    "MapReduce.Streaming": {"configs": []},
    "Pig": {"configs": [], "args": [], "params": {}},
    "Shell": {"configs": [], "args": [], "params": {}},
    "Spark": {"configs": [], "args": []},
    "Storm": {"args": []},
    "Storm.Pyleus": {"args": []},
}
#: What a real 19.0.0 leaves out of a create answer, and of execute's answer (a later show sends
#: them, as null when not set).
CREATE_OMITS = ("updated_at",)
EXECUTE_OMITS = (
    "updated_at",
    "start_time",
    "end_time",
    "engine_job_id",
    "return_code",
    "data_source_urls",
)
_UUID_LIKE = re.compile(r"^[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}$", re.I)


def _without(data: dict[str, Any], keys: Sequence[str]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if k not in keys}


def _sahara_time(when: datetime) -> str:
    """``2015-09-15T09:49:24``: recent Sahara servers' form (UTC, no zone)."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


class _Execution:
    def __init__(self, data: dict[str, Any], steps: Sequence[str]) -> None:
        self.data = data
        self.script = Script(steps)
        self._apply()

    def _apply(self) -> None:
        status = self.script.current
        now = _sahara_time(utc_now())
        self.data["info"]["status"] = status
        if status not in ("PENDING", "READYTORUN", "PREP") and self.data["start_time"] is None:
            self.data["start_time"] = now
            engine_id = f"0000001-{self.data['id'][:8]}-oozie-hado-W"
            self.data["engine_job_id"] = self.data["oozie_job_id"] = engine_id
        if status in TERMINAL and self.data["end_time"] is None:
            self.data["end_time"] = now
        self.data["updated_at"] = now

    def step(self) -> None:
        if self.script.current not in TERMINAL and self.script.step():
            self._apply()

    def set_status(self, status: str) -> None:
        self.script = Script([status])
        self._apply()


class FakeSahara(SystemState):
    """Sahara EDP jobs, job executions, job binaries and clusters of one project."""

    name = "sahara"

    def __init__(self, fake: Any) -> None:
        super().__init__(fake)
        self.project_id = uuid.uuid4().hex
        self.cluster_id = str(uuid.uuid4())
        self._clusters = {self.cluster_id}
        self._binaries: dict[str, dict[str, Any]] = {}
        self._jobs: dict[str, dict[str, Any]] = {}
        self._executions: dict[str, _Execution] = {}
        self._planned: list[list[str]] = []

    # -- seeding and inspection ------------------------------------------------------------

    def add_binary(self, name: str = "script.pig", url: str | None = None) -> str:
        """A job binary (stored in Sahara's internal db unless *url* says otherwise); its id."""
        with self._fake.lock:
            binary_id = str(uuid.uuid4())
            self._binaries[binary_id] = {
                "id": binary_id,
                "tenant_id": self.project_id,
                "name": name,
                "description": "",
                "url": url or f"internal-db://{uuid.uuid4()}",
                "is_public": False,
                "is_protected": False,
                "created_at": _sahara_time(utc_now()),
                "updated_at": None,
            }
            return binary_id

    def add_cluster(self) -> str:
        with self._fake.lock:
            cluster_id = str(uuid.uuid4())
            self._clusters.add(cluster_id)
            return cluster_id

    def plan_next(self, statuses: Sequence[str]) -> None:
        """The next execution goes through *statuses* (e.g.
        ``["PENDING", "RUNNING", "KILLED"]``)."""
        with self._fake.lock:
            self._planned.append(list(statuses))

    def execution(self, execution_id: str) -> dict[str, Any]:
        with self._fake.lock:
            return copy.deepcopy(self._executions[execution_id].data)

    def set_execution_status(self, execution_id: str, status: str) -> None:
        with self._fake.lock:
            self._executions[execution_id].set_status(status)

    def job(self, job_id: str) -> dict[str, Any]:
        with self._fake.lock:
            return copy.deepcopy(self._jobs[job_id])

    def advance(self) -> None:
        for execution in self._executions.values():
            execution.step()

    # -- the system's conventions ----------------------------------------------------------

    def authenticate(self, call: Call) -> Reply | None:
        if call.headers.get("x-auth-token") != self.token:
            return json_reply(
                401,
                {
                    "error": {
                        "code": 401,
                        "title": "Unauthorized",
                        "message": "The request you have made requires authentication.",
                    }
                },
            )
        project = call.path_params.get("project_id", "")
        if _UUID_LIKE.match(project) and project.replace("-", "") != self.project_id:
            return json_reply(
                401,
                {
                    "code": "401 Unauthorized",
                    "title": "Unauthorized",
                    "message": "This server could not verify that you are authorized to access the "
                    "document you requested. Either you supplied the wrong credentials "
                    "(e.g., bad password), or your browser does not understand how to "
                    "supply the credentials required.\n\nToken tenant != requested tenant   ",
                },
            )
        return None

    def error(self, status: int, message: str, name: str | None = None) -> Reply:
        return json_reply(
            status,
            {
                "error_code": status,
                "error_name": name or ERROR_NAMES.get(status, "INTERNAL_SERVER_ERROR"),
                "error_message": f"{message}\nError ID: {uuid.uuid4()}",
            },
        )

    def _failure(self, status: int, name: str, message: str) -> HttpError:
        return HttpError(self.error(status, message, name))

    # -- helpers ---------------------------------------------------------------------------

    def _job(self, call: Call) -> dict[str, Any]:
        job = self._jobs.get(call.path_params["job_id"])
        if job is None:
            raise self._failure(
                404, "NOT_FOUND", f"Object with {{'id': '{call.path_params['job_id']}'}} not found"
            )
        return job

    def _binaries_of(self, ids: list[str]) -> list[dict[str, Any]]:
        missing = [i for i in ids if i not in self._binaries]
        if missing:
            raise self._failure(400, "NOT_FOUND", f"JobBinary with id '{missing[0]}' not found")
        return [copy.deepcopy(self._binaries[i]) for i in ids]

    # -- operations ----------------------------------------------------------------------------

    def op_data_processing_jobs_create(self, call: Call) -> Reply:
        body = call.json()
        kind, mains, libs = body["type"], body.get("mains") or [], body.get("libs") or []
        if kind in NEEDS_MAINS and not mains:
            raise self._failure(400, "INVALID_DATA", f"{kind} flow requires main script")
        if kind in NEEDS_LIBS and mains:
            raise self._failure(400, "INVALID_DATA", f"{kind} flow does not use mains")
        if kind in NEEDS_LIBS and not libs:
            raise self._failure(400, "INVALID_DATA", f"{kind} flow requires libs")
        if set(mains) & set(libs):
            raise self._failure(400, "INVALID_DATA", "'mains' and 'libs' overlap")
        if any(j["name"] == body["name"] for j in self._jobs.values()):
            raise self._failure(
                400, "DB_DUPLICATE_ENTRY", "Duplicate entry for Job: ['tenant_id', 'name']"
            )
        now = _sahara_time(utc_now())
        job_id = str(uuid.uuid4())
        job = {
            "id": job_id,
            "tenant_id": self.project_id,
            "name": body["name"],
            "description": body.get("description"),
            "type": kind,
            "is_public": bool(body.get("is_public")),
            "is_protected": bool(body.get("is_protected")),
            "mains": self._binaries_of(mains),
            "libs": self._binaries_of(libs),
            "interface": [
                {
                    **arg,
                    "id": str(uuid.uuid4()),
                    "job_id": job_id,
                    "tenant_id": self.project_id,
                    "order": i,
                    "value_type": arg.get("value_type", "string"),
                    "created_at": now,
                    "updated_at": None,
                }
                for i, arg in enumerate(body.get("interface") or [])
            ],
            "created_at": now,
            "updated_at": None,
        }
        self._jobs[job_id] = job
        return json_reply(
            202,
            {
                "job": _without(
                    job, CREATE_OMITS + (("description",) if job["description"] is None else ())
                )
            },
        )

    def op_data_processing_jobs_list(self, call: Call) -> Reply:
        jobs = sorted(self._jobs.values(), key=lambda j: j["created_at"])
        sort_by = call.arg("sort_by")
        if sort_by:
            field = sort_by.lstrip("-")
            jobs = sorted(
                jobs, key=lambda j: str(j.get(field) or ""), reverse=sort_by.startswith("-")
            )
        limit, marker = call.int_arg("limit"), call.arg("marker")
        start = 0
        if marker is not None:
            ids = [j["id"] for j in jobs]
            if marker not in ids:
                raise self._failure(404, "NOT_FOUND", f"Job with id '{marker}' not found")
            start = ids.index(marker) + 1
        page = jobs[start : start + limit] if limit else jobs[start:]
        payload: dict[str, Any] = {"jobs": page}
        more = limit is not None and start + limit < len(jobs)
        if more or start > 0 or marker is not None:
            prev_start = max(0, start - (limit or 0))
            payload["markers"] = {
                "prev": jobs[prev_start - 1]["id"] if prev_start > 0 else None,
                "next": page[-1]["id"] if more and page else None,
            }
        return json_reply(200, payload)

    def op_data_processing_jobs_show(self, call: Call) -> Reply:
        return json_reply(200, {"job": self._job(call)})

    def op_data_processing_jobs_update(self, call: Call) -> Reply:
        job = self._job(call)
        body = call.json()
        if job["is_protected"] and body.get("is_protected", True) is not False:
            raise self._failure(
                400, "UPDATE_FAILED", f"Job id '{job['id']}' can not be updated: it is protected"
            )
        job.update(body)
        job["updated_at"] = _sahara_time(utc_now())
        return json_reply(202, {"job": job})

    def op_data_processing_jobs_delete(self, call: Call) -> Reply:
        job = self._job(call)
        if job["is_protected"]:
            raise self._failure(
                400, "DELETION_FAILED", f"Job id '{job['id']}' can not be deleted: it is protected"
            )
        del self._jobs[job["id"]]
        return Reply(204)

    def op_data_processing_jobs_execute(self, call: Call) -> Reply:
        job = self._job(call)
        body = call.json()
        if body["cluster_id"] not in self._clusters:
            raise self._failure(
                400, "INVALID_REFERENCE", f"Cluster with id '{body['cluster_id']}' doesn't exist"
            )
        configs = dict(body.get("job_configs") or {})
        if "job_execution_info" in configs:  # 19.0.0 accepts it and stores {}: no scheduled runs
            configs["job_execution_info"] = {}
        if job["type"] == "Java" and "edp.java.main_class" not in (configs.get("configs") or {}):
            raise self._failure(400, "INVALID_DATA", "Java job must specify edp.java.main_class")
        now = _sahara_time(utc_now())
        execution_id = str(uuid.uuid4())
        data = {
            "id": execution_id,
            "tenant_id": self.project_id,
            "job_id": job["id"],
            "cluster_id": body["cluster_id"],
            "input_id": body.get("input_id"),
            "output_id": body.get("output_id"),
            "info": {"status": "PENDING"},
            "start_time": None,
            "end_time": None,
            "return_code": None,
            "engine_job_id": None,
            "oozie_job_id": None,
            "job_configs": configs,
            "data_source_urls": {},
            "is_public": bool(body.get("is_public")),
            "is_protected": bool(body.get("is_protected")),
            "created_at": now,
            "updated_at": None,
        }
        steps = self._planned.pop(0) if self._planned else EXECUTION_COURSE
        execution = self._executions[execution_id] = _Execution(data, steps)
        return json_reply(202, {"job_execution": _without(execution.data, EXECUTE_OMITS)})

    def op_data_processing_jobs_show_job_execution(self, call: Call) -> Reply:
        execution_id = call.path_params["job_execution_id"]
        execution = self._executions.get(execution_id)
        if execution is None:
            raise self._failure(
                404, "NOT_FOUND", f"JobExecution with id '{execution_id}' not found"
            )
        reply = json_reply(200, {"job_execution": execution.data})
        if self._advance_on_read:
            execution.step()
        return reply

    def op_data_processing_jobs_get_config_hints(self, call: Call) -> Reply:
        return json_reply(200, {"job_config": CONFIG_HINTS[call.path_params["job_type"]]})
