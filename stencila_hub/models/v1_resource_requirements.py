# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.core_v1_resource_claim import CoreV1ResourceClaim


class V1ResourceRequirements(SdkModel):
    """ResourceRequirements describes the compute resource requirements.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    claims: list[CoreV1ResourceClaim] | None = Field(
        default=None,
        description="claims lists the names of resources, defined in spec.resourceClaims, that are used by this container.  This field is immutable. It can only be set for containers.",
    )
    limits: dict[str, StrictStr] | None = Field(
        default=None,
        description="limits describes the maximum amount of compute resources allowed. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
    )
    requests: dict[str, StrictStr] | None = Field(
        default=None,
        description="requests describes the minimum amount of compute resources required. If Requests is omitted for a container, it defaults to Limits if that is explicitly specified, otherwise to an implementation-defined value. Requests cannot exceed Limits. More info: https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "claims",
            "limits",
            "requests",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
