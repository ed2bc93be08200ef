# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_link import AgaveLink


class AgaveJobLinks(SdkModel):
    """The `_links` of a job. A full job has all of them but `notification` (submit only) and `internalUser` (only for jobs run as an internal user); a job summary has `self` and `archiveData`; a job status result has `self`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    var_self: AgaveLink | None = Field(
        default=None,
        description="The job itself.",
        validation_alias="self",
        serialization_alias="self",
    )
    app: AgaveLink | None = Field(default=None, description="The app the job runs (apps service).")
    execution_system: AgaveLink | None = Field(
        default=None,
        description="The execution system (systems service).",
        validation_alias="executionSystem",
        serialization_alias="executionSystem",
    )
    archive_system: AgaveLink | None = Field(
        default=None,
        description="The archive system; the execution system when the job is not archived.",
        validation_alias="archiveSystem",
        serialization_alias="archiveSystem",
    )
    archive_data: AgaveLink | None = Field(
        default=None,
        description="The job output: `.../jobs/v2/{id}/outputs/listings` until the job is finished and archived, then the files service listing of its archive folder. ",
        validation_alias="archiveData",
        serialization_alias="archiveData",
    )
    owner: AgaveLink | None = Field(default=None, description="The owner's profile.")
    permissions: AgaveLink | None = Field(
        default=None, description="The job's permissions (`.../pems`)."
    )
    history: AgaveLink | None = Field(default=None, description="The job's history.")
    metadata: AgaveLink | None = Field(
        default=None, description="The metadata associated with the job (a metadata service query)."
    )
    notifications: AgaveLink | None = Field(
        default=None,
        description="The notifications registered for the job (a notifications service query).",
    )
    internal_user: AgaveLink | None = Field(
        default=None,
        description="The internal user the job runs as; only for such jobs.",
        validation_alias="internalUser",
        serialization_alias="internalUser",
    )
    notification: list[AgaveLink] | None = Field(
        default=None,
        description="One link per notification created with the job (`title` = its event); only in the answer to `submit`. ",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "var_self",
            "app",
            "execution_system",
            "archive_system",
            "archive_data",
            "owner",
            "permissions",
            "history",
            "metadata",
            "notifications",
            "internal_user",
            "notification",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
