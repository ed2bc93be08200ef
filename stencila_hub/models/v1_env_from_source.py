# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_config_map_env_source import V1ConfigMapEnvSource
from stencila_hub.models.v1_secret_env_source import V1SecretEnvSource


class V1EnvFromSource(SdkModel):
    """EnvFromSource represents the source of a set of ConfigMaps or Secrets

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    config_map_ref: V1ConfigMapEnvSource | None = Field(
        default=None, validation_alias="configMapRef", serialization_alias="configMapRef"
    )
    prefix: StrictStr | None = Field(
        default=None,
        description="prefix is the text to prepend to the name of each environment variable. May consist of any printable ASCII characters except '='.",
    )
    secret_ref: V1SecretEnvSource | None = Field(
        default=None, validation_alias="secretRef", serialization_alias="secretRef"
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "config_map_ref",
            "prefix",
            "secret_ref",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
