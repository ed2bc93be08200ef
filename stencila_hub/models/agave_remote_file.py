# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_remote_file_links import AgaveRemoteFileLinks


class AgaveRemoteFile(SdkModel):
    """A file or folder of a job's output. The server sends `permission` (singular) and a `_links.system` link; agavepy's swagger declares `permissions` and `system`, which the jobs server does not send.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: Optional[StrictStr] = Field(default=None, description="The name of the file/folder.")
    path: Optional[StrictStr] = Field(
        default=None,
        description="The path of the file/folder relative to the job output directory, e.g. `/output`.",
    )
    last_modified: Optional[datetime] = Field(
        default=None,
        description="The date this file was last modified (ISO 8601 with offset).",
        validation_alias="lastModified",
        serialization_alias="lastModified",
    )
    length: Optional[StrictInt] = Field(
        default=None, description="The length of the file in bytes (0 for folders)."
    )
    permission: Optional[StrictStr] = Field(
        default=None, description="The system permission of the invoking user on the file/folder."
    )
    mime_type: Optional[StrictStr] = Field(
        default=None,
        description="The mime type of the file; `text/directory` for folders.",
        validation_alias="mimeType",
        serialization_alias="mimeType",
    )
    format: Optional[StrictStr] = Field(
        default=None, description="The file format; the jobs server sends `folder` or `unknown`."
    )
    type: Optional[StrictStr] = Field(default=None, description="Whether it is a file or folder.")
    links: Optional[AgaveRemoteFileLinks] = Field(
        default=None,
        description="Links to the file, its system and its job.",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "name",
            "path",
            "last_modified",
            "length",
            "permission",
            "mime_type",
            "format",
            "type",
            "links",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
        "permission": frozenset(
            {
                "NONE",
                "READ",
                "WRITE",
                "EXECUTE",
                "READ_WRITE",
                "READ_EXECUTE",
                "WRITE_EXECUTE",
                "ALL",
            }
        ),
        "type": frozenset(
            {
                "file",
                "dir",
            }
        ),
    }
