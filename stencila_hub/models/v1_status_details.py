# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_status_cause import V1StatusCause


class V1StatusDetails(SdkModel):
    """StatusDetails is a set of additional properties that MAY be set by the server to provide additional information about a response. The Reason field of a Status object defines what attributes will be set. Clients must ignore fields that do not match the defined type of each attribute, and should assume that any attribute may be empty, invalid, or under defined.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    causes: Optional[List[V1StatusCause]] = Field(
        default=None,
        description="The Causes array includes more details associated with the StatusReason failure. Not all StatusReasons may provide detailed causes.",
    )
    group: Optional[StrictStr] = Field(
        default=None,
        description="The group attribute of the resource associated with the status StatusReason.",
    )
    kind: Optional[StrictStr] = Field(
        default=None,
        description="The kind attribute of the resource associated with the status StatusReason. On some operations may differ from the requested resource Kind. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds",
    )
    name: Optional[StrictStr] = Field(
        default=None,
        description="The name attribute of the resource associated with the status StatusReason (when there is a single name which can be described).",
    )
    retry_after_seconds: Optional[StrictInt] = Field(
        default=None,
        description="If specified, the time in seconds before the operation should be retried. Some errors may indicate the client must take an alternate action - for those errors this field may indicate how long to wait before taking the alternate action.",
        validation_alias="retryAfterSeconds",
        serialization_alias="retryAfterSeconds",
    )
    uid: Optional[StrictStr] = Field(
        default=None,
        description="UID of the resource. (when there is a single resource which can be described). More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "causes",
            "group",
            "kind",
            "name",
            "retry_after_seconds",
            "uid",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
