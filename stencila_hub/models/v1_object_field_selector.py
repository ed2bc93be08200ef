# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1ObjectFieldSelector(SdkModel):
    """ObjectFieldSelector selects an APIVersioned field of an object.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    api_version: Optional[StrictStr] = Field(
        default=None,
        description='apiVersion is the version of the schema the FieldPath is written in terms of, defaults to "v1".',
        validation_alias="apiVersion",
        serialization_alias="apiVersion",
    )
    field_path: StrictStr = Field(
        description="fieldPath is the path of the field to select in the specified API version.",
        validation_alias="fieldPath",
        serialization_alias="fieldPath",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "api_version",
            "field_path",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
