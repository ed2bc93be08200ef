# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import datetime
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_remote_file_links import AgaveRemoteFileLinks


class AgaveRemoteFile(SdkModel):
    """A file or folder of a job's output. The server sends `permission` (singular) and a `_links.system` link; agavepy's swagger declares `permissions` and `system`, which the jobs server does not send.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: StrictStr | None = Field(default=None, description="The name of the file/folder.")
    path: StrictStr | None = Field(
        default=None,
        description="The path of the file/folder relative to the job output directory, e.g. `/output`.",
    )
    last_modified: datetime | None = Field(
        default=None,
        description="The date this file was last modified (ISO 8601 with offset).",
        validation_alias="lastModified",
        serialization_alias="lastModified",
    )
    length: StrictInt | None = Field(
        default=None, description="The length of the file in bytes (0 for folders)."
    )
    permission: StrictStr | None = Field(
        default=None, description="The system permission of the invoking user on the file/folder."
    )
    mime_type: StrictStr | None = Field(
        default=None,
        description="The mime type of the file; `text/directory` for folders.",
        validation_alias="mimeType",
        serialization_alias="mimeType",
    )
    format: StrictStr | None = Field(
        default=None, description="The file format; the jobs server sends `folder` or `unknown`."
    )
    type: StrictStr | None = Field(default=None, description="Whether it is a file or folder.")
    links: AgaveRemoteFileLinks | None = Field(
        default=None,
        description="Links to the file, its system and its job.",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
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
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {
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
