# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_config_map_key_selector import V1ConfigMapKeySelector
from stencila_hub.models.v1_file_key_selector import V1FileKeySelector
from stencila_hub.models.v1_object_field_selector import V1ObjectFieldSelector
from stencila_hub.models.v1_resource_field_selector import V1ResourceFieldSelector
from stencila_hub.models.v1_secret_key_selector import V1SecretKeySelector


class V1EnvVarSource(SdkModel):
    """EnvVarSource represents a source for the value of an EnvVar.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    config_map_key_ref: V1ConfigMapKeySelector | None = Field(
        default=None, validation_alias="configMapKeyRef", serialization_alias="configMapKeyRef"
    )
    field_ref: V1ObjectFieldSelector | None = Field(
        default=None, validation_alias="fieldRef", serialization_alias="fieldRef"
    )
    file_key_ref: V1FileKeySelector | None = Field(
        default=None, validation_alias="fileKeyRef", serialization_alias="fileKeyRef"
    )
    resource_field_ref: V1ResourceFieldSelector | None = Field(
        default=None, validation_alias="resourceFieldRef", serialization_alias="resourceFieldRef"
    )
    secret_key_ref: V1SecretKeySelector | None = Field(
        default=None, validation_alias="secretKeyRef", serialization_alias="secretKeyRef"
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "config_map_key_ref",
            "field_ref",
            "file_key_ref",
            "resource_field_ref",
            "secret_key_ref",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
