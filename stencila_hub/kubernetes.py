"""Kubernetes helpers on top of the generated :class:`~stencila_hub.api.batch_v1_api.BatchV1Api`.

Hand-written.

:func:`replace_job_status` is the optimistic-concurrency loop every controller writes around
``replace_namespaced_job_status``: read the Job, change its status, PUT it back with the
``metadata.resourceVersion`` that was read, and when someone else wrote in between (409 Conflict)
read again and redo the change::

    from stencila_hub.kubernetes import replace_job_status

    def mark_ready(job):
        job.status.ready = 1

    job = replace_job_status(batch, "pi", "default", mark_ready)

The decision "retry this conflict or give up" is :func:`retry_conflict` (pure, no I/O).

:func:`watch_jobs` follows Jobs as a typed stream of changes (:mod:`stencila_hub.kubernetes_watch`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from stencila_hub._lazy import lazy_exports
from stencila_hub.exceptions import ApiValueError, ConflictException
from stencila_hub.models.v1_job import V1Job
from stencila_hub.models.v1_object_meta import V1ObjectMeta

if TYPE_CHECKING:
    from stencila_hub.api.batch_v1_api import BatchV1Api
    from stencila_hub.kubernetes_watch import (
        JobWatch,
        WatchError,
        WatchEvent,
        WatchStatusException,
        watch_jobs,
    )

# The kubeconfig and in-cluster loaders live in their own module; they are re-exported here, where
# users of the official client look for them (``kubernetes.config.load_kube_config``).
from stencila_hub.kubeconfig import load_incluster_config, load_kube_config  # noqa: E402

__all__ = [
    "JobWatch",
    "WatchError",
    "WatchEvent",
    "WatchStatusException",
    "load_incluster_config",
    "load_kube_config",
    "replace_job_status",
    "retry_conflict",
    "watch_jobs",
]

logger = logging.getLogger("stencila_hub")

#: Imported on first use: a script that only replaces statuses does not build the watch's models.
_WATCH_NAMES = frozenset(
    {"JobWatch", "WatchError", "WatchEvent", "WatchStatusException", "watch_jobs"}
)


__getattr__, __dir__ = lazy_exports(
    __name__, dict.fromkeys(_WATCH_NAMES, "stencila_hub.kubernetes_watch"), globals()
)


#: ``mutate(job)`` changes ``job.status`` in place (and returns None), or returns the Job to send.
Mutate = Callable[[V1Job], V1Job | None]


def retry_conflict(conflicts_so_far: int, max_conflicts: int) -> bool:
    """Whether to read again and retry after the ``conflicts_so_far``-th 409 (counting from 1)."""
    return conflicts_so_far <= max_conflicts


def replace_job_status(
    api: BatchV1Api,
    name: str,
    namespace: str,
    mutate: Mutate,
    *,
    max_conflicts: int = 5,
    **replace_kwargs: Any,
) -> V1Job:
    """Read a Job's status, change it with *mutate*, and replace it; redo both on 409 Conflict.

    :param api: a :class:`~stencila_hub.api.batch_v1_api.BatchV1Api`.
    :param name: the Job's name. :param namespace: its namespace.
    :param mutate: called with the Job just read (``read_namespaced_job_status``); it changes
        ``job.status`` in place, or returns the :class:`V1Job` to send. It is called again, on a
        fresh read, after each conflict, so it must not depend on having run before.
    :param max_conflicts: how many 409 Conflict answers to absorb by reading again and retrying
        (``0``: none, the first conflict is raised). After that many the last
        :class:`~stencila_hub.exceptions.ConflictException` is raised.
    :param replace_kwargs: passed to ``replace_namespaced_job_status`` (``dry_run``,
        ``field_manager``, ``field_validation``, ``pretty``, ``_request_timeout``, ...).
    :return: the Job as the server stored it (the answer of the successful replace).

    The body always carries the ``metadata.resourceVersion`` of the read, so the replace is
    conditional: a write by anyone else between the read and the replace gets 409, never a lost
    update. A Job read without ``metadata.resourceVersion`` is refused (``ApiValueError``), since
    the replace would then be unconditional. Other errors (404, 422, transport errors...) are raised
    at once; transient ones were already retried by the client's retry policy.
    """
    _check_max_conflicts(max_conflicts)
    conflicts = 0
    while True:
        body = _status_body(
            api.read_namespaced_job_status(name, namespace), mutate, name, namespace
        )
        try:
            return api.replace_namespaced_job_status(name, namespace, body, **replace_kwargs)
        except ConflictException:
            conflicts += 1
            if not _retry_after_conflict(body, conflicts, max_conflicts, name, namespace):
                raise


# -- the pure parts, shared with stencila_hub.aio.replace_job_status -------------------------------


def _check_max_conflicts(max_conflicts: int) -> None:
    if max_conflicts < 0:
        raise ApiValueError("replace_job_status(): max_conflicts must be >= 0")


def _status_body(job: V1Job, mutate: Mutate, name: str, namespace: str) -> V1Job:
    """The body to replace a Job's status with: *job* (just read) changed by *mutate*, carrying
    the ``resourceVersion`` of the read whatever *mutate* did, so that the replace is
    conditional. ``ApiValueError`` for a Job read without a version (the replace would be
    unconditional) or a *mutate* that returns something else than None or a V1Job."""
    resource_version = job.metadata.resource_version if job.metadata is not None else None
    if not resource_version:
        raise ApiValueError(
            f"replace_job_status(): Job {namespace}/{name} was read without "
            "metadata.resourceVersion; a replace would be unconditional"
        )
    changed = mutate(job)
    body = job if changed is None else changed
    if not isinstance(body, V1Job):
        raise ApiValueError(
            f"replace_job_status(): mutate() must return None or a V1Job, not {type(body).__name__}"
        )
    if body.metadata is None:
        body.metadata = V1ObjectMeta(resource_version=resource_version)
    else:
        body.metadata.resource_version = resource_version
    return body


def _retry_after_conflict(
    body: V1Job, conflicts: int, max_conflicts: int, name: str, namespace: str
) -> bool:
    """Whether to read again after the *conflicts*-th 409 to the replace of *body* (logged)."""
    if not retry_conflict(conflicts, max_conflicts):
        return False
    logger.debug(
        "replace_job_status %s/%s: 409 Conflict at resourceVersion %s, reading again "
        "(conflict %d of at most %d)",
        namespace,
        name,
        body.metadata.resource_version if body.metadata is not None else None,
        conflicts,
        max_conflicts,
    )
    return True
