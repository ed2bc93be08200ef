# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

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

    config_map_key_ref: Optional[V1ConfigMapKeySelector] = Field(
        default=None, validation_alias="configMapKeyRef", serialization_alias="configMapKeyRef"
    )
    field_ref: Optional[V1ObjectFieldSelector] = Field(
        default=None, validation_alias="fieldRef", serialization_alias="fieldRef"
    )
    file_key_ref: Optional[V1FileKeySelector] = Field(
        default=None, validation_alias="fileKeyRef", serialization_alias="fileKeyRef"
    )
    resource_field_ref: Optional[V1ResourceFieldSelector] = Field(
        default=None, validation_alias="resourceFieldRef", serialization_alias="resourceFieldRef"
    )
    secret_key_ref: Optional[V1SecretKeySelector] = Field(
        default=None, validation_alias="secretKeyRef", serialization_alias="secretKeyRef"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "config_map_key_ref",
            "field_ref",
            "file_key_ref",
            "resource_field_ref",
            "secret_key_ref",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
