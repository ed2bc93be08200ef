# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_link import AgaveLink


class AgaveJobLinks(SdkModel):
    """The `_links` of a job. A full job has all of them but `notification` (submit only) and `internalUser` (only for jobs run as an internal user); a job summary has `self` and `archiveData`; a job status result has `self`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    var_self: Optional[AgaveLink] = Field(
        default=None,
        description="The job itself.",
        validation_alias="self",
        serialization_alias="self",
    )
    app: Optional[AgaveLink] = Field(
        default=None, description="The app the job runs (apps service)."
    )
    execution_system: Optional[AgaveLink] = Field(
        default=None,
        description="The execution system (systems service).",
        validation_alias="executionSystem",
        serialization_alias="executionSystem",
    )
    archive_system: Optional[AgaveLink] = Field(
        default=None,
        description="The archive system; the execution system when the job is not archived.",
        validation_alias="archiveSystem",
        serialization_alias="archiveSystem",
    )
    archive_data: Optional[AgaveLink] = Field(
        default=None,
        description="The job output: `.../jobs/v2/{id}/outputs/listings` until the job is finished and archived, then the files service listing of its archive folder. ",
        validation_alias="archiveData",
        serialization_alias="archiveData",
    )
    owner: Optional[AgaveLink] = Field(default=None, description="The owner's profile.")
    permissions: Optional[AgaveLink] = Field(
        default=None, description="The job's permissions (`.../pems`)."
    )
    history: Optional[AgaveLink] = Field(default=None, description="The job's history.")
    metadata: Optional[AgaveLink] = Field(
        default=None, description="The metadata associated with the job (a metadata service query)."
    )
    notifications: Optional[AgaveLink] = Field(
        default=None,
        description="The notifications registered for the job (a notifications service query).",
    )
    internal_user: Optional[AgaveLink] = Field(
        default=None,
        description="The internal user the job runs as; only for such jobs.",
        validation_alias="internalUser",
        serialization_alias="internalUser",
    )
    notification: Optional[List[AgaveLink]] = Field(
        default=None,
        description="One link per notification created with the job (`title` = its event); only in the answer to `submit`. ",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
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
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
