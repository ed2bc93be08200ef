"""The fake Kubernetes API server, batch/v1 Jobs: list, read, and the status subresource.

openapi.yaml has no operation that creates a Job, so tests seed them with
:meth:`FakeKubernetes.add_job`. A seeded Job follows its *steps* one per read (`read_namespaced_job`,
`read_namespaced_job_status`): ``created`` (empty status), ``pending`` (a pod not ready yet),
``running``, ``succeeded`` (the Complete condition), ``failed`` (the Failed condition) or
``suspended``. Every change bumps ``metadata.resourceVersion``; a status write (replace or merge
patch) with a stale ``metadata.resourceVersion`` gets 409 Conflict, as on a real API server. Once a
client writes a Job's status the Job stops following its steps (the client owns the status now).
Errors are ``V1Status`` objects; a missing or wrong bearer token gets 401.
"""

from __future__ import annotations

import base64
import copy
import json
import uuid
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from stencila_hub.testing._base import (
    Call,
    HttpError,
    Reply,
    Script,
    SystemState,
    json_reply,
    rfc3339,
    utc_now,
)

STEPS = ("pending", "running", "succeeded")
REASONS = {
    400: "BadRequest",
    401: "Unauthorized",
    403: "Forbidden",
    404: "NotFound",
    409: "Conflict",
    410: "Expired",
    415: "UnsupportedMediaType",
    422: "Invalid",
    429: "TooManyRequests",
    500: "InternalError",
    503: "ServiceUnavailable",
    504: "Timeout",
}


def _status_for(step: str, started: str, now: str) -> dict[str, Any]:
    """The Job status the controller writes at each step (as a v1.31 cluster shows it)."""
    if step == "created":
        return {}
    base: dict[str, Any] = {"startTime": started, "terminating": 0, "uncountedTerminatedPods": {}}
    if step == "pending":
        return {**base, "active": 1, "ready": 0}
    if step == "running":
        return {**base, "active": 1, "ready": 1}
    if step == "succeeded":
        return {
            **base,
            "ready": 0,
            "succeeded": 1,
            "completionTime": now,
            "conditions": [
                _condition(
                    "SuccessCriteriaMet",
                    "CompletionsReached",
                    "Reached expected number of succeeded pods",
                    now,
                ),
                _condition(
                    "Complete",
                    "CompletionsReached",
                    "Reached expected number of succeeded pods",
                    now,
                ),
            ],
        }
    if step == "failed":
        return {
            **base,
            "ready": 0,
            "failed": 1,
            "conditions": [
                _condition(
                    "FailureTarget",
                    "BackoffLimitExceeded",
                    "Job has reached the specified backoff limit",
                    now,
                ),
                _condition(
                    "Failed",
                    "BackoffLimitExceeded",
                    "Job has reached the specified backoff limit",
                    now,
                ),
            ],
        }
    if step == "suspended":
        return {"conditions": [_condition("Suspended", "JobSuspended", "Job suspended", now)]}
    raise ValueError(
        f"unknown step {step!r}: one of created, pending, running, succeeded, failed, suspended"
    )


def _condition(kind: str, reason: str, message: str, now: str) -> dict[str, Any]:
    return {
        "type": kind,
        "status": "True",
        "reason": reason,
        "message": message,
        "lastProbeTime": now,
        "lastTransitionTime": now,
    }


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386 JSON merge patch of *target* by *patch* (a new value; *target* is not changed)."""
    if not isinstance(patch, dict):
        return copy.deepcopy(patch)
    result = copy.deepcopy(target) if isinstance(target, dict) else {}
    for key, value in patch.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


class _Job:
    def __init__(self, obj: dict[str, Any], steps: Sequence[str] | None) -> None:
        self.obj = obj
        self.script = Script(steps) if steps else None
        self.started = obj["metadata"]["creationTimestamp"]


class FakeKubernetes(SystemState):
    """batch/v1 Jobs by namespace and name."""

    name = "kubernetes"

    def __init__(self, fake: Any) -> None:
        super().__init__(fake)
        self._jobs: dict[tuple[str, str], _Job] = {}
        self._version = 1000

    # -- seeding and inspection ------------------------------------------------------------

    def add_job(
        self,
        name: str,
        namespace: str = "default",
        *,
        steps: Sequence[str] | None = STEPS,
        labels: dict[str, str] | None = None,
        image: str = "busybox:1.36",
        command: Sequence[str] = ("sh", "-c", "true"),
    ) -> dict[str, Any]:
        """Add a Job that goes through *steps* (None: it stays as created). Returns it."""
        with self._fake.lock:
            if (namespace, name) in self._jobs:
                raise ValueError(f"job {namespace}/{name} exists")
            uid = str(uuid.uuid4())
            created = rfc3339(utc_now() - timedelta(seconds=1))
            labels = dict(labels or {})
            pod_labels = {
                "batch.kubernetes.io/controller-uid": uid,
                "batch.kubernetes.io/job-name": name,
                **labels,
            }
            obj: dict[str, Any] = {
                "apiVersion": "batch/v1",
                "kind": "Job",
                "metadata": {
                    "name": name,
                    "namespace": namespace,
                    "uid": uid,
                    "resourceVersion": self._bump(),
                    "generation": 1,
                    "creationTimestamp": created,
                    "labels": labels,
                },
                "spec": {
                    "parallelism": 1,
                    "completions": 1,
                    "backoffLimit": 6,
                    "completionMode": "NonIndexed",
                    "suspend": False,
                    "manualSelector": False,
                    "podReplacementPolicy": "TerminatingOrFailed",
                    "selector": {"matchLabels": {"batch.kubernetes.io/controller-uid": uid}},
                    "template": {
                        "metadata": {"labels": pod_labels},
                        "spec": {
                            "containers": [
                                {"name": name, "image": image, "command": list(command)}
                            ],
                            "restartPolicy": "Never",
                        },
                    },
                },
                "status": {},
            }
            job = self._jobs[(namespace, name)] = _Job(obj, steps)
            self._apply(job)
            return copy.deepcopy(obj)

    def job(self, name: str, namespace: str = "default") -> dict[str, Any]:
        with self._fake.lock:
            return copy.deepcopy(self._jobs[(namespace, name)].obj)

    def set_step(self, name: str, step: str, namespace: str = "default") -> None:
        """Put a Job in *step* now (it stays there)."""
        with self._fake.lock:
            job = self._jobs[(namespace, name)]
            job.script = Script([step])
            self._apply(job)

    def advance(self) -> None:
        for job in self._jobs.values():
            self._step(job)

    # -- the system's conventions ----------------------------------------------------------

    def authenticate(self, call: Call) -> Reply | None:
        if call.headers.get("authorization") != f"Bearer {self.token}":
            return self.error(401, "Unauthorized")
        return None

    def error(self, status: int, message: str, name: str | None = None) -> Reply:
        payload: dict[str, Any] = {
            "kind": "Status",
            "apiVersion": "v1",
            "metadata": {},
            "status": "Failure",
            "message": message,
            "reason": REASONS.get(status, "Unknown"),
            "code": status,
        }
        if name is not None:
            payload["details"] = {"name": name, "group": "batch", "kind": "jobs"}
        return json_reply(status, payload)

    # -- helpers ---------------------------------------------------------------------------

    def _bump(self) -> str:
        self._version += 1
        return str(self._version)

    def _apply(self, job: _Job) -> None:
        if job.script is None:
            return
        job.obj["status"] = _status_for(job.script.current, job.started, rfc3339(utc_now()))
        job.obj["metadata"]["resourceVersion"] = self._bump()

    def _step(self, job: _Job) -> None:
        if job.script is not None and job.script.step():
            self._apply(job)

    def _get(self, call: Call) -> _Job:
        name, namespace = call.path_params["name"], call.path_params["namespace"]
        job = self._jobs.get((namespace, name))
        if job is None:
            raise HttpError(self.error(404, f'jobs.batch "{name}" not found', name))
        return job

    def _read(self, call: Call) -> Reply:
        job = self._get(call)
        reply = json_reply(200, job.obj)
        if self._advance_on_read:
            self._step(job)
        return reply

    def _check_write(self, call: Call, job: _Job, metadata: dict[str, Any]) -> None:
        name = call.path_params["name"]
        for key in ("name", "namespace"):
            if metadata.get(key) not in (None, call.path_params[key]):
                raise HttpError(
                    self.error(
                        400,
                        f"the {key} of the object ({metadata[key]}) does not match the {key} "
                        f"on the URL ({call.path_params[key]})",
                        name,
                    )
                )
        version = metadata.get("resourceVersion")
        if version is not None and version != job.obj["metadata"]["resourceVersion"]:
            raise HttpError(
                self.error(
                    409,
                    f'Operation cannot be fulfilled on jobs.batch "{name}": the object has been '
                    "modified; please apply your changes to the latest version and try again",
                    name,
                )
            )
        dry_run = call.arg("dryRun")
        if dry_run not in (None, "All"):
            raise HttpError(self.error(400, f"Invalid dry run value: {dry_run}", name))

    def _write_status(self, call: Call, job: _Job, status: dict[str, Any]) -> Reply:
        if call.arg("dryRun") == "All":
            return json_reply(200, {**job.obj, "status": status})
        job.obj["status"] = status
        job.obj["metadata"]["resourceVersion"] = self._bump()
        job.script = None  # the client owns the status from now on
        return json_reply(200, job.obj)

    # -- operations ----------------------------------------------------------------------------

    def op_list_namespaced_job(self, call: Call) -> Reply:
        namespace = call.path_params["namespace"]
        jobs = sorted(
            (j.obj for (ns, _), j in self._jobs.items() if ns == namespace),
            key=lambda o: o["metadata"]["name"],
        )
        jobs = [o for o in jobs if self._selected(call, o)]
        start = 0
        token = call.arg("continue")
        if token:
            try:
                start = int(json.loads(base64.urlsafe_b64decode(token))["start"])
            except (ValueError, KeyError, TypeError):
                raise HttpError(self.error(400, "continue key is not valid")) from None
        limit = call.int_arg("limit") or 0
        page = jobs[start : start + limit] if limit > 0 else jobs[start:]
        metadata: dict[str, Any] = {"resourceVersion": str(self._version)}
        if limit > 0 and start + limit < len(jobs):
            metadata["continue"] = base64.urlsafe_b64encode(
                json.dumps({"start": start + limit}).encode()
            ).decode()
            metadata["remainingItemCount"] = len(jobs) - start - limit
        items = [{k: v for k, v in o.items() if k not in ("apiVersion", "kind")} for o in page]
        return json_reply(
            200, {"apiVersion": "batch/v1", "kind": "JobList", "metadata": metadata, "items": items}
        )

    def _selected(self, call: Call, obj: dict[str, Any]) -> bool:
        labels = obj["metadata"].get("labels") or {}
        for term in filter(None, (call.arg("labelSelector") or "").split(",")):
            if "!=" in term:
                key, value = term.split("!=", 1)
                if labels.get(key.strip()) == value.strip():
                    return False
            elif "=" in term:
                key, value = term.replace("==", "=").split("=", 1)
                if labels.get(key.strip()) != value.strip():
                    return False
            elif term.startswith("!"):
                if term[1:].strip() in labels:
                    return False
            elif term.strip() not in labels:
                return False
        fields = {
            "metadata.name": obj["metadata"]["name"],
            "metadata.namespace": obj["metadata"]["namespace"],
            "status.successful": str(obj.get("status", {}).get("succeeded", 0)),
        }
        for term in filter(None, (call.arg("fieldSelector") or "").split(",")):
            negate = "!=" in term
            key, value = term.replace("!=", "=").replace("==", "=").split("=", 1)
            if key not in fields:
                raise HttpError(
                    self.error(
                        400,
                        f'"{key}" is not a known field selector: only "metadata.name", '
                        '"metadata.namespace", "status.successful"',
                    )
                )
            if (fields[key] == value) == negate:
                return False
        return True

    def op_read_namespaced_job(self, call: Call) -> Reply:
        return self._read(call)

    def op_read_namespaced_job_status(self, call: Call) -> Reply:
        return self._read(call)

    def op_replace_namespaced_job_status(self, call: Call) -> Reply:
        job = self._get(call)
        body = call.json()
        self._check_write(call, job, body.get("metadata") or {})
        return self._write_status(call, job, body.get("status") or {})

    def op_patch_namespaced_job_status(self, call: Call) -> Reply:
        job = self._get(call)
        patch = call.json()
        self._check_write(call, job, patch.get("metadata") or {})
        patched = merge_patch(job.obj, patch)
        return self._write_status(call, job, patched.get("status") or {})
