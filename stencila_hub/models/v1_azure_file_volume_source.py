# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictStr

from stencila_hub.base_model import SdkModel


class V1AzureFileVolumeSource(SdkModel):
    """AzureFile represents an Azure File Service mount on the host and bind mount to the pod.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    read_only: StrictBool | None = Field(
        default=None,
        description="readOnly defaults to false (read/write). ReadOnly here will force the ReadOnly setting in VolumeMounts.",
        validation_alias="readOnly",
        serialization_alias="readOnly",
    )
    secret_name: StrictStr = Field(
        description="secretName is the  name of secret that contains Azure Storage Account Name and Key",
        validation_alias="secretName",
        serialization_alias="secretName",
    )
    share_name: StrictStr = Field(
        description="shareName is the azure share Name",
        validation_alias="shareName",
        serialization_alias="shareName",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "read_only",
            "secret_name",
            "share_name",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
