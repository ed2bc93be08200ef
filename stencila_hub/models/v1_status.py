# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_list_meta import V1ListMeta
from stencila_hub.models.v1_status_details import V1StatusDetails


class V1Status(SdkModel):
    """Status is a return value for calls that don't return other objects.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    api_version: Optional[StrictStr] = Field(
        default=None,
        description="APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources",
        validation_alias="apiVersion",
        serialization_alias="apiVersion",
    )
    code: Optional[StrictInt] = Field(
        default=None, description="Suggested HTTP return code for this status, 0 if not set."
    )
    details: Optional[V1StatusDetails] = None
    kind: Optional[StrictStr] = Field(
        default=None,
        description="Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    )
    message: Optional[StrictStr] = Field(
        default=None, description="A human-readable description of the status of this operation."
    )
    metadata: Optional[V1ListMeta] = None
    reason: Optional[StrictStr] = Field(
        default=None,
        description='A machine-readable description of why this operation is in the "Failure" status. If this value is empty there is no information available. A Reason clarifies an HTTP status code but does not override it.',
    )
    status: Optional[StrictStr] = Field(
        default=None,
        description='Status of the operation. One of: "Success" or "Failure". More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#spec-and-status',
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
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
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
