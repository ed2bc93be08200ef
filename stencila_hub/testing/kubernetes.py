"""The fake Kubernetes API server, batch/v1 Jobs: list, read, and the status subresource.

openapi.yaml has no operation that creates a Job, so tests seed them with
:meth:`FakeKubernetes.add_job`. A seeded Job follows its *steps* one per read (`read_namespaced_job`,
`read_namespaced_job_status`): ``created`` (empty status), ``pending`` (a pod not ready yet),
``running``, ``succeeded`` (the Complete condition), ``failed`` (the Failed condition) or
``suspended``. Every change bumps ``metadata.resourceVersion``; a status write (replace or merge
patch) with a stale ``metadata.resourceVersion`` gets 409 Conflict, as on a real API server. Once a
client writes a Job's status the Job stops following its steps (the client owns the status now).
Errors are ``V1Status`` objects; a missing or wrong bearer token gets 401.

Watch (``list_namespaced_job`` and ``list_job_for_all_namespaces`` with ``watch=true``): a chunked
``application/json;stream=watch`` answer, one event per line, as the API server sends it. Every
change (:meth:`FakeKubernetes.add_job`, a step, a status write, :meth:`FakeKubernetes.delete_job`)
is kept in a history, so a watch from a ``resourceVersion`` gets what came after it; without one
it starts with an ADDED event per Job. With ``allowWatchBookmarks=true`` a quiet stream gets a
BOOKMARK every :attr:`FakeKubernetes.bookmark_interval` seconds and one before it ends at its
``timeoutSeconds``. While a watch is open and jobs advance on reads, the watched jobs move one step
every :attr:`FakeKubernetes.watch_step_interval` seconds of quiet (the controller at work). What a
test can do to the streams: :meth:`~FakeKubernetes.compact` (a watch from an older version gets
410 Gone: an ERROR event, or with :attr:`~FakeKubernetes.expired_as_http_status` an HTTP 410),
:meth:`~FakeKubernetes.drop_watches` (cut every open stream), :meth:`~FakeKubernetes.stall_watches`
(open streams and new ones send nothing for a while, not even their end) and
:meth:`~FakeKubernetes.corrupt_next_events` (the next events go out as lines that are not JSON).
"""

from __future__ import annotations

import base64
import copy
import json
import threading
import time
import uuid
from collections.abc import Iterator, Sequence
from datetime import timedelta
from typing import Any, NamedTuple

from stencila_hub.testing._base import (
    Call,
    DropConnection,
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


WATCH_CONTENT_TYPE = "application/json;stream=watch"
#: What a broken proxy might pass on: the start of an event, cut, then a newline.
GARBLED_LINE = b'{"type":"MODIFIED","object":{"kind":"Job","metadata":{"name":\n'


class _Event(NamedTuple):
    version: int
    type: str
    obj: dict[str, Any]


def _line(kind: str, obj: dict[str, Any]) -> bytes:
    return json.dumps({"type": kind, "object": obj}, separators=(",", ":")).encode() + b"\n"


def _bookmark(version: int) -> bytes:
    """A BOOKMARK as the API server sends one for Jobs: a stub whose pod template has
    ``"containers": null`` (a required field of the schema)."""
    stub = {
        "kind": "Job",
        "apiVersion": "batch/v1",
        "metadata": {"resourceVersion": str(version), "creationTimestamp": None},
        "spec": {
            "template": {"metadata": {"creationTimestamp": None}, "spec": {"containers": None}}
        },
        "status": {},
    }
    return _line("BOOKMARK", stub)


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
        self._history: list[_Event] = []
        self._compacted = self._version  # a watch from an older version gets 410 Gone
        self._changed = threading.Condition(fake.lock)
        self._drops = 0
        self._stalled_until = 0.0
        self._corrupt = 0
        self._open_watches = 0
        #: A watch from a compacted version gets an HTTP 410 (True) instead of a 200 stream whose
        #: one event is an ERROR with code 410 (False, the watch cache's answer).
        self.expired_as_http_status = False
        #: Seconds of quiet after which a watch that allows bookmarks gets a BOOKMARK.
        self.bookmark_interval = 0.2
        #: Seconds of quiet after which the watched jobs move a step (when jobs advance on reads).
        self.watch_step_interval = 0.05
        #: The ``timeoutSeconds`` of a watch that sends none (the real server picks 30-60 min).
        self.default_watch_seconds = 60.0

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
            self._apply(job, record=False)
            self._record("ADDED", obj)
            return copy.deepcopy(obj)

    def delete_job(self, name: str, namespace: str = "default") -> None:
        """Delete a Job (watchers get DELETED with its last state, at a new resourceVersion)."""
        with self._fake.lock:
            job = self._jobs.pop((namespace, name))
            job.obj["metadata"]["resourceVersion"] = self._bump()
            self._record("DELETED", job.obj)

    # -- what a test does to watch streams -------------------------------------------------

    @property
    def resource_version(self) -> str:
        """The cluster's current ``resourceVersion``."""
        with self._fake.lock:
            return str(self._version)

    @property
    def open_watches(self) -> int:
        """How many watch streams are being served now."""
        with self._fake.lock:
            return self._open_watches

    def compact(self) -> None:
        """Forget the history up to now: a watch from an older version gets 410 Gone."""
        with self._changed:
            self._history.clear()
            self._compacted = self._version

    def drop_watches(self) -> None:
        """Cut every open watch stream (no last chunk), as a restarted API server or proxy does."""
        with self._changed:
            self._drops += 1
            self._changed.notify_all()

    def stall_watches(self, seconds: float) -> None:
        """For *seconds*, every watch stream (open or new) sends nothing and does not end."""
        with self._changed:
            self._stalled_until = time.monotonic() + seconds
            self._changed.notify_all()

    def corrupt_next_events(self, count: int = 1) -> None:
        """The next *count* events sent on any stream go out as :data:`GARBLED_LINE` instead (the
        history keeps them: a watch resumed from before them gets them whole)."""
        with self._changed:
            self._corrupt += count

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

    def _apply(self, job: _Job, record: bool = True) -> None:
        if job.script is None:
            return
        job.obj["status"] = _status_for(job.script.current, job.started, rfc3339(utc_now()))
        job.obj["metadata"]["resourceVersion"] = self._bump()
        if record:
            self._record("MODIFIED", job.obj)

    def _record(self, kind: str, obj: dict[str, Any]) -> None:
        """Keep a change for the watches (the caller holds the fake's lock)."""
        version = int(obj["metadata"]["resourceVersion"])
        self._history.append(_Event(version, kind, copy.deepcopy(obj)))
        self._changed.notify_all()

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
        self._record("MODIFIED", job.obj)
        return json_reply(200, job.obj)

    # -- operations ----------------------------------------------------------------------------

    def op_list_namespaced_job(self, call: Call) -> Reply:
        return self._list(call, call.path_params["namespace"])

    def op_list_job_for_all_namespaces(self, call: Call) -> Reply:
        return self._list(call, None)

    def _current(self, call: Call, namespace: str | None) -> list[dict[str, Any]]:
        jobs = sorted(
            (j.obj for (ns, _), j in self._jobs.items() if namespace in (None, ns)),
            key=lambda o: (o["metadata"]["namespace"], o["metadata"]["name"]),
        )
        return [o for o in jobs if self._selected(call, o)]

    def _list(self, call: Call, namespace: str | None) -> Reply:
        if call.arg("watch") in ("true", "1"):
            return self._watch(call, namespace)
        jobs = self._current(call, namespace)
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

    # -- watch -------------------------------------------------------------------------------------

    def _watch(self, call: Call, namespace: str | None) -> Reply:
        since_text = call.arg("resourceVersion")
        bookmarks = call.arg("allowWatchBookmarks") in ("true", "1")
        seconds = call.int_arg("timeoutSeconds")
        duration = float(seconds) if seconds else self.default_watch_seconds
        first: list[bytes] = []
        if since_text in (None, "", "0"):  # "start at most recent": the current Jobs, then changes
            first = [_line("ADDED", obj) for obj in self._current(call, namespace)]
            since = self._version
        else:
            try:
                since = int(since_text or "")
            except ValueError:
                raise HttpError(
                    self.error(400, f'invalid resource version "{since_text}"')
                ) from None
            if since < self._compacted:
                message = f"too old resource version: {since} ({self._compacted})"
                if self.expired_as_http_status:
                    raise HttpError(self.error(410, message))
                status = json.loads(self.error(410, message).body)
                return Reply(
                    200, content_type=WATCH_CONTENT_TYPE, checked=False,
                    stream=iter([_line("ERROR", status)]),
                )  # fmt: skip
        stream = self._stream(call, namespace, since, first, bookmarks, duration)
        return Reply(200, content_type=WATCH_CONTENT_TYPE, checked=False, stream=stream)

    def _stream(
        self,
        call: Call,
        namespace: str | None,
        since: int,
        first: list[bytes],
        bookmarks: bool,
        duration: float,
    ) -> Iterator[bytes]:
        """The lines of one watch stream, as changes come (runs without the lock between them)."""
        with self._changed:
            drops = self._drops
            self._open_watches += 1
        try:
            yield b"".join(first)
            end = time.monotonic() + duration
            cursor = since
            quiet_since = time.monotonic()
            while True:
                out: list[bytes] = []
                with self._changed:
                    now = time.monotonic()
                    if self._drops != drops or not self._fake.running:
                        raise DropConnection()
                    if self._stalled_until > now:
                        self._changed.wait(min(0.05, self._stalled_until - now))
                        continue
                    if now >= end:
                        if bookmarks:
                            out.append(_bookmark(self._version))
                        break_after = True
                    else:
                        break_after = False
                        for event in self._history:
                            if event.version <= cursor:
                                continue
                            cursor = event.version
                            obj = event.obj
                            if namespace not in (None, obj["metadata"]["namespace"]):
                                continue
                            if not self._selected(call, obj):
                                continue
                            if self._corrupt > 0:
                                self._corrupt -= 1
                                out.append(GARBLED_LINE)
                            else:
                                out.append(_line(event.type, obj))
                        if out:
                            quiet_since = now
                        elif bookmarks and now - quiet_since >= self.bookmark_interval:
                            out.append(_bookmark(self._version))
                            quiet_since = now
                        elif (
                            self._advance_on_read and now - quiet_since >= self.watch_step_interval
                        ):
                            for (ns, _), job in list(self._jobs.items()):
                                if namespace in (None, ns) and self._selected(call, job.obj):
                                    self._step(job)
                            quiet_since = now
                        else:
                            self._changed.wait(min(0.05, end - now))
                yield b"".join(out)
                if break_after:
                    return
        finally:
            with self._changed:
                self._open_watches -= 1
