# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_link import AgaveLink


class AgaveRemoteFileLinks(SdkModel):
    """The `_links` of a job output file.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    var_self: Optional[AgaveLink] = Field(
        default=None,
        description="The file's download URL (`.../jobs/v2/{id}/outputs/media/<path>`).",
        validation_alias="self",
        serialization_alias="self",
    )
    system: Optional[AgaveLink] = Field(default=None, description="The system holding the file.")
    parent: Optional[AgaveLink] = Field(default=None, description="The job.")

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "var_self",
            "system",
            "parent",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
