# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

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

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "username",
            "permission",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
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
