# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from __future__ import annotations

from enum import Enum
from typing import Any, Optional

from stencila_hub.base_model import lenient_enum_member


class AgaveJobStatus(str, Enum):
    """The status of an Agave job, in lifecycle order (the server's `JobStatusType`): PENDING (job accepted and queued for submission), PROCESSING_INPUTS (identifying input files for staging), STAGING_INPUTS (transferring job input data to the execution system), STAGED (job inputs staged to the execution system), STAGING_JOB (staging runtime assets to the execution system), SUBMITTING (preparing the job for execution), QUEUED (job placed into the queue), RUNNING (job started running), PAUSED (job execution paused by the user), CLEANING_UP (job completed execution), ARCHIVING (transferring job output to the archive system), ARCHIVING_FINISHED (job archiving complete), ARCHIVING_FAILED (job archiving failed), FINISHED (job complete), KILLED (job execution killed at user request), STOPPED (job execution intentionally stopped), FAILED (job failed), HEARTBEAT (job heartbeat received). Terminal: FINISHED, KILLED, STOPPED, FAILED.  agavepy's swagger lists 17 of these in another order and leaves out HEARTBEAT. Later (Aloe, Tapis 2.2.23+) servers also send ACCEPTED and BLOCKED: values not listed here decode and are kept as strings.

    A value the spec does not list still decodes from a response (as a pseudo-member that is not
    added to the class); building a request with one is refused.
    """  # noqa: E501

    PENDING = "PENDING"
    PROCESSING_INPUTS = "PROCESSING_INPUTS"
    STAGING_INPUTS = "STAGING_INPUTS"
    STAGED = "STAGED"
    STAGING_JOB = "STAGING_JOB"
    SUBMITTING = "SUBMITTING"
    QUEUED = "QUEUED"
    RUNNING = "RUNNING"
    PAUSED = "PAUSED"
    CLEANING_UP = "CLEANING_UP"
    ARCHIVING = "ARCHIVING"
    ARCHIVING_FINISHED = "ARCHIVING_FINISHED"
    ARCHIVING_FAILED = "ARCHIVING_FAILED"
    FINISHED = "FINISHED"
    KILLED = "KILLED"
    STOPPED = "STOPPED"
    FAILED = "FAILED"
    HEARTBEAT = "HEARTBEAT"

    def __str__(self) -> str:
        # The value, as the server sends it ("PENDING", not "AgaveJobStatus.PENDING").
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)

    @classmethod
    def _missing_(cls, value: Any) -> Optional["AgaveJobStatus"]:
        return lenient_enum_member(cls, value)  # type: ignore[return-value]

    @classmethod
    def from_json(cls, json_str: str) -> "AgaveJobStatus":
        import json

        return cls(json.loads(json_str))
