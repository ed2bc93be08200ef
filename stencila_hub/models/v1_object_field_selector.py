# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class V1ObjectFieldSelector(SdkModel):
    """ObjectFieldSelector selects an APIVersioned field of an object.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    api_version: StrictStr | None = Field(
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

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "api_version",
            "field_path",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
