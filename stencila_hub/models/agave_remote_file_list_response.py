# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_remote_file import AgaveRemoteFile


class AgaveRemoteFileListResponse(SdkModel):
    """The envelope of `list_outputs`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    status: Optional[StrictStr] = Field(
        default=None,
        description="`success`, or `error`: an envelope with `error` is an error even on HTTP 200 (the runtime raises it). ",
    )
    message: Optional[StrictStr] = Field(
        default=None, description="A message; null on most successes, the reason on errors."
    )
    version: Optional[StrictStr] = Field(
        default=None, description="The server's version, e.g. `2.2.14-red7223e`."
    )
    result: Optional[List[AgaveRemoteFile]] = Field(
        default=None, description="The files and folders."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "status",
            "version",
            "result",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
        "status": frozenset(
            {
                "success",
                "error",
            }
        ),
    }
