# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool

from stencila_hub.base_model import SdkModel


class AgaveACL(SdkModel):
    """What a permission allows.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    read: StrictBool | None = Field(
        default=None, description="Can read (see the job, its status and output)."
    )
    write: StrictBool | None = Field(
        default=None, description="Can write (act on the job, manage its metadata and permissions)."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "read",
            "write",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
