# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import datetime
from typing import Annotated, Any, ClassVar

from pydantic import Field, StrictBool, StrictFloat, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class HubJobListItem(SdkModel):
    """A Hub job as the job list (`projects_jobs_list`) sends it: every field of `HubJob` but `position`, `children` and `params`, which the real server leaves out of list items. JSON names are camelCase. The real server may return `null` in any field, also in those its schema types as non-null (`url`, `queue`, `urls`), and adds fields between releases (`urls` since 4.47): both decode. `status` and `method` grow between Hub releases: a value newer than the enum decodes and is kept as a string. Where the real server sends another shape than the Hub's schema says, this schema follows the server (`urls`, `result`, `log`); a PATCHed value is stored unchecked, so any other field can also come back in another shape: it decodes and is listed in `decode_issues`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictInt | None = Field(
        default=None,
        description="An autoincrementing integer to allow selecting jobs in the order they were created.",
    )
    status_message: Annotated[str, Field(min_length=1, strict=True)] | None = Field(
        default=None,
        description="A message describing the status of the job.",
        validation_alias="statusMessage",
        serialization_alias="statusMessage",
    )
    summary_string: Annotated[str, Field(min_length=1, strict=True)] | None = Field(
        default=None,
        description="A summary of the job, as a string.",
        validation_alias="summaryString",
        serialization_alias="summaryString",
    )
    runtime_formatted: Annotated[str, Field(min_length=1, strict=True)] | None = Field(
        default=None,
        description="The running time of the job, formatted for display.",
        validation_alias="runtimeFormatted",
        serialization_alias="runtimeFormatted",
    )
    urls: dict[str, StrictStr] | None = Field(
        default=None,
        description='URLs of the job by protocol (Hub 4.47 and later; absent from 4.0): for a session job `{"ws": "ws://host:port", "http": "http://host:port"}`, else `null`. (The Hub\'s schema types it as a string; the real server sends an object.) ',
    )
    url: StrictStr | None = Field(
        default=None,
        description="The URL of the job. The Hub's schema says non-null; the server sends `null`.",
    )
    key: Annotated[str, Field(min_length=1, strict=True, max_length=64)] | None = Field(
        default=None,
        description="A unique, and very difficult to guess, key to access the job with.",
    )
    description: StrictStr | None = Field(
        default=None, description="A short description of the job."
    )
    created: datetime | None = Field(default=None, description="The time the job was created.")
    updated: datetime | None = Field(default=None, description="The time the job was last updated.")
    began: datetime | None = Field(default=None, description="The time the job began.")
    ended: datetime | None = Field(default=None, description="The time the job ended.")
    status: StrictStr | None = Field(
        default=None,
        description="The current status of the job. Newer Hub releases may send values not listed here; they decode and are kept. ",
    )
    is_active: StrictBool | None = Field(
        default=None,
        description="Is the job active?",
        validation_alias="isActive",
        serialization_alias="isActive",
    )
    method: StrictStr | None = Field(
        default=None,
        description="The job method. The union of the values of Hub 4.0 and 4.47 (4.47 added `zip`, `extract`, `register` and dropped `chain`, `decode`, `encode`); other values decode and are kept. ",
    )
    result: Any | None = Field(
        default=None, description="The result of the job; any JSON value, `null` included."
    )
    error: dict[str, Any] | None = Field(
        default=None,
        description="Any error associated with the job; a JSON object with type, message etc.",
    )
    log: list[dict[str, Any]] | None = Field(
        default=None, description="The job log; a JSON array of log objects, including any errors."
    )
    runtime: StrictFloat | StrictInt | None = Field(
        default=None, description="The running time of the job, in seconds."
    )
    worker: Annotated[str, Field(strict=True, max_length=64)] | None = Field(
        default=None, description="The identifier of the worker that ran the job."
    )
    retries: StrictInt | None = Field(
        default=None, description="The number of retries to fulfil the job."
    )
    callback_id: Annotated[str, Field(strict=True, max_length=256)] | None = Field(
        default=None,
        description="The id of the object to call back.",
        validation_alias="callbackId",
        serialization_alias="callbackId",
    )
    callback_method: Annotated[str, Field(strict=True, max_length=128)] | None = Field(
        default=None,
        description="The name of the method to call back.",
        validation_alias="callbackMethod",
        serialization_alias="callbackMethod",
    )
    project: StrictInt | None = Field(
        default=None, description="The project this job is associated with."
    )
    snapshot: StrictStr | None = Field(
        default=None,
        description="The snapshot that this job is associated with. Usually `session` jobs for the snapshot.",
    )
    creator: StrictInt | None = Field(default=None, description="The user who created the job.")
    queue: StrictInt | None = Field(
        default=None,
        description="The queue that this job was routed to. The Hub's schema says non-null; the server sends `null`.",
    )
    parent: StrictInt | None = Field(default=None, description="The parent job.")
    callback_type: StrictInt | None = Field(
        default=None,
        description="The type of the object to call back.",
        validation_alias="callbackType",
        serialization_alias="callbackType",
    )
    users: list[StrictInt] | None = Field(
        default=None,
        description="Users who have created or connected to the job; not necessarily currently connected.",
    )
    anon_users: list[StrictStr] | None = Field(
        default=None,
        description="Anonymous users who have created or connected to the job.",
        validation_alias="anonUsers",
        serialization_alias="anonUsers",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset(
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
        }
    )
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
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
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {
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
