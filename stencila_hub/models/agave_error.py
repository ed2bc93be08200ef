# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class AgaveError(SdkModel):
    """The error envelope of the Agave jobs server: `status` is `error`, `message` says why, and there is no `result`. It comes with a 4xx/5xx status; an envelope with `\"status\": \"error\"` on HTTP 200 is an error too, and the runtime raises it the same way.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    status: Optional[StrictStr] = Field(
        default=None, description="Always `error` in an error envelope."
    )
    message: Optional[StrictStr] = Field(
        default=None, description="A message; null on most successes, the reason on errors."
    )
    version: Optional[StrictStr] = Field(
        default=None, description="The server's version, e.g. `2.2.14-red7223e`."
    )
    result: Optional[Any] = Field(
        default=None, description="Absent on errors (`null` if a server sends it)."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "status",
            "version",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
        "status": frozenset(
            {
                "error",
            }
        ),
    }
