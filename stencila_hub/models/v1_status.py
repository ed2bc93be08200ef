# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_list_meta import V1ListMeta
from stencila_hub.models.v1_status_details import V1StatusDetails


class V1Status(SdkModel):
    """Status is a return value for calls that don't return other objects.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    api_version: StrictStr | None = Field(
        default=None,
        description="APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
        validation_alias="apiVersion",
        serialization_alias="apiVersion",
    )
    code: StrictInt | None = Field(
        default=None, description="Suggested HTTP return code for this status, 0 if not set."
    )
    details: V1StatusDetails | None = None
    kind: StrictStr | None = Field(
        default=None,
        description="Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    )
    message: StrictStr | None = Field(
        default=None, description="A human-readable description of the status of this operation."
    )
    metadata: V1ListMeta | None = None
    reason: StrictStr | None = Field(
        default=None,
        description='A machine-readable description of why this operation is in the "Failure" status. If this value is empty there is no information available. A Reason clarifies an HTTP status code but does not override it.',
    )
    status: StrictStr | None = Field(
        default=None,
        description='Status of the operation. One of: "Success" or "Failure". More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "api_version",
            "code",
            "details",
            "kind",
            "message",
            "metadata",
            "reason",
            "status",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
