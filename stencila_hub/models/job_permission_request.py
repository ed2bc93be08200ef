# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class JobPermissionRequest(SdkModel):
    """A permission grant on a job. Setting `NONE` removes the user's permission. (The server also accepts an empty string for that; this schema keeps the 8 documented values.)

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    username: StrictStr = Field(
        description="The username of the api user whose permission is to be set. With `update_permissions_for_user` it must equal the username in the path. "
    )
    permission: StrictStr = Field(
        description="The permission to set. READ lets the user see the job, its status and output; WRITE lets them act on it, manage its metadata and set permissions; ALL and READ_WRITE give both. EXECUTE has no meaning for jobs. "
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "username",
            "permission",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {
        "permission": frozenset(
            {
                "READ",
                "WRITE",
                "EXECUTE",
                "READ_WRITE",
                "READ_EXECUTE",
                "WRITE_EXECUTE",
                "ALL",
                "NONE",
            }
        ),
    }
