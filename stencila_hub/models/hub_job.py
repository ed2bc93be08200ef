# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class HubJob(SdkModel):
    """A Hub job: what `projects_jobs_read`, `projects_jobs_create`, `projects_jobs_partial_update` and `projects_jobs_cancel` answer, and what `PUT` and `PATCH /jobs/{id}/` send and receive (as `InlineObject3` and `InlineObject4`, its subclasses: the Hub calls that schema `JobUpdate`, the others `JobRetrieve` and `JobCreate`; they have the same fields). The fields of `HubJobListItem`, plus `position`, `children` and `params`. Read-only fields are never sent. (The Hub's schema types `params` as a string in `JobRetrieve`; the server sends a JSON object or `null`.)

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: Optional[StrictInt] = Field(
        default=None,
        description="An autoincrementing integer to allow selecting jobs in the order they were created.",
    )
    status_message: Optional[Annotated[str, Field(min_length=1, strict=True)]] = Field(
        default=None,
        description="A message describing the status of the job.",
        validation_alias="statusMessage",
        serialization_alias="statusMessage",
    )
    summary_string: Optional[Annotated[str, Field(min_length=1, strict=True)]] = Field(
        default=None,
        description="A summary of the job, as a string.",
        validation_alias="summaryString",
        serialization_alias="summaryString",
    )
    runtime_formatted: Optional[Annotated[str, Field(min_length=1, strict=True)]] = Field(
        default=None,
        description="The running time of the job, formatted for display.",
        validation_alias="runtimeFormatted",
        serialization_alias="runtimeFormatted",
    )
    urls: Optional[Dict[str, StrictStr]] = Field(
        default=None,
        description='URLs of the job by protocol (Hub 4.47 and later; absent from 4.0): for a session job `{"ws": "ws://host:port", "http": "http://host:port"}`, else `null`. (The Hub\'s schema types it as a string; the real server sends an object.) ',
    )
    url: Optional[StrictStr] = Field(
        default=None,
        description="The URL of the job. The Hub's schema says non-null; the server sends `null`.",
    )
    key: Optional[Annotated[str, Field(min_length=1, strict=True, max_length=64)]] = Field(
        default=None,
        description="A unique, and very difficult to guess, key to access the job with.",
    )
    description: Optional[StrictStr] = Field(
        default=None, description="A short description of the job."
    )
    created: Optional[datetime] = Field(default=None, description="The time the job was created.")
    updated: Optional[datetime] = Field(
        default=None, description="The time the job was last updated."
    )
    began: Optional[datetime] = Field(default=None, description="The time the job began.")
    ended: Optional[datetime] = Field(default=None, description="The time the job ended.")
    status: Optional[StrictStr] = Field(
        default=None,
        description="The current status of the job. Newer Hub releases may send values not listed here; they decode and are kept. ",
    )
    is_active: Optional[StrictBool] = Field(
        default=None,
        description="Is the job active?",
        validation_alias="isActive",
        serialization_alias="isActive",
    )
    method: Optional[StrictStr] = Field(
        default=None,
        description="The job method. The union of the values of Hub 4.0 and 4.47 (4.47 added `zip`, `extract`, `register` and dropped `chain`, `decode`, `encode`); other values decode and are kept. ",
    )
    result: Optional[Any] = Field(
        default=None, description="The result of the job; any JSON value, `null` included."
    )
    error: Optional[Dict[str, Any]] = Field(
        default=None,
        description="Any error associated with the job; a JSON object with type, message etc.",
    )
    log: Optional[List[Dict[str, Any]]] = Field(
        default=None, description="The job log; a JSON array of log objects, including any errors."
    )
    runtime: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None, description="The running time of the job, in seconds."
    )
    worker: Optional[Annotated[str, Field(strict=True, max_length=64)]] = Field(
        default=None, description="The identifier of the worker that ran the job."
    )
    retries: Optional[StrictInt] = Field(
        default=None, description="The number of retries to fulfil the job."
    )
    callback_id: Optional[Annotated[str, Field(strict=True, max_length=256)]] = Field(
        default=None,
        description="The id of the object to call back.",
        validation_alias="callbackId",
        serialization_alias="callbackId",
    )
    callback_method: Optional[Annotated[str, Field(strict=True, max_length=128)]] = Field(
        default=None,
        description="The name of the method to call back.",
        validation_alias="callbackMethod",
        serialization_alias="callbackMethod",
    )
    project: Optional[StrictInt] = Field(
        default=None, description="The project this job is associated with."
    )
    snapshot: Optional[StrictStr] = Field(
        default=None,
        description="The snapshot that this job is associated with. Usually `session` jobs for the snapshot.",
    )
    creator: Optional[StrictInt] = Field(default=None, description="The user who created the job.")
    queue: Optional[StrictInt] = Field(
        default=None,
        description="The queue that this job was routed to. The Hub's schema says non-null; the server sends `null`.",
    )
    parent: Optional[StrictInt] = Field(default=None, description="The parent job.")
    callback_type: Optional[StrictInt] = Field(
        default=None,
        description="The type of the object to call back.",
        validation_alias="callbackType",
        serialization_alias="callbackType",
    )
    users: Optional[List[StrictInt]] = Field(
        default=None,
        description="Users who have created or connected to the job; not necessarily currently connected.",
    )
    anon_users: Optional[List[StrictStr]] = Field(
        default=None,
        description="Anonymous users who have created or connected to the job.",
        validation_alias="anonUsers",
        serialization_alias="anonUsers",
    )
    position: Optional[StrictInt] = Field(
        default=None, description="The position of the job in its queue."
    )
    children: Optional[List[StrictInt]] = Field(
        default=None,
        description="The ids of the child jobs (unique; order as the server sends it).",
    )
    params: Optional[Dict[str, Any]] = Field(
        default=None,
        description="The parameters of the job; a JSON object. (Hub 4.0 typed it as a string; the server sends a JSON object or `null`.) ",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "statusMessage",
            "summaryString",
            "runtimeFormatted",
            "urls",
            "url",
            "created",
            "updated",
            "method",
            "creator",
            "queue",
            "position",
            "children",
            "params",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "status_message",
            "summary_string",
            "runtime_formatted",
            "key",
            "created",
            "updated",
            "is_active",
            "method",
            "users",
            "anon_users",
            "children",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
        "status": frozenset(
            {
                "WAITING",
                "DISPATCHED",
                "PENDING",
                "RECEIVED",
                "STARTED",
                "RUNNING",
                "SUCCESS",
                "FAILURE",
                "CANCELLED",
                "REVOKED",
                "TERMINATED",
                "REJECTED",
                "RETRY",
            }
        ),
        "method": frozenset(
            {
                "parallel",
                "series",
                "chain",
                "clean",
                "archive",
                "zip",
                "pull",
                "push",
                "extract",
                "decode",
                "encode",
                "convert",
                "pin",
                "register",
                "compile",
                "build",
                "execute",
                "session",
                "sleep",
            }
        ),
    }
