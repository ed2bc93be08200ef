# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_config_map_env_source import V1ConfigMapEnvSource
from stencila_hub.models.v1_secret_env_source import V1SecretEnvSource


class V1EnvFromSource(SdkModel):
    """EnvFromSource represents the source of a set of ConfigMaps or Secrets

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    config_map_ref: Optional[V1ConfigMapEnvSource] = Field(
        default=None, validation_alias="configMapRef", serialization_alias="configMapRef"
    )
    prefix: Optional[StrictStr] = Field(
        default=None,
        description="prefix is the text to prepend to the name of each environment variable. May consist of any printable ASCII characters except '='.",
    )
    secret_ref: Optional[V1SecretEnvSource] = Field(
        default=None, validation_alias="secretRef", serialization_alias="secretRef"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "config_map_ref",
            "prefix",
            "secret_ref",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
