# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class GafferProcessError(SdkModel):
    """Gaffer error shape 2, from the process manager (`ProcessError.to_dict()`): `{\"error\": \"<reason>\", \"errno\": <status>}`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    error: StrictStr = Field(
        description="The reason, for example `not_found` (404), `process_conflict` (409), `bad_command` (400)."
    )
    errno: StrictInt = Field(description="The HTTP status, repeated.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "errno",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
