# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictStr

from stencila_hub.base_model import SdkModel


class AgaveNotification(SdkModel):
    """A notification subscription sent with a job request: the server calls `url` (a URL, which gets a POST, or an email address) when `event` happens.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    url: StrictStr = Field(
        description="The URL or email address to notify. URL templating is supported; the template values are ${JOB_STATUS}, ${JOB_URL}, ${JOB_ID}, ${JOB_SYSTEM}, ${JOB_NAME}, ${JOB_START_TIME}, ${JOB_END_TIME}, ${JOB_SUBMIT_TIME}, ${JOB_ARCHIVE_PATH}, ${JOB_ARCHIVE_URL}, ${JOB_ERROR}. (agavepy's swagger types it `integer`, a bug.) "
    )
    event: StrictStr = Field(
        description="The event to be notified of, e.g. a job status such as `FINISHED`; `*` for all events."
    )
    persistent: StrictBool | None = Field(
        default=None,
        description="Whether this subscription stays active after it first triggers (default false).",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
            "event",
            "persistent",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
