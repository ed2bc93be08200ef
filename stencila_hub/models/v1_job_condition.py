# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1JobCondition(SdkModel):
    """JobCondition describes current state of a job.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    last_probe_time: Optional[datetime] = Field(
        default=None,
        description="lastProbeTime is the last time the condition was checked.  RFC 3339 date-time in UTC as the server sends it (`2024-05-01T12:00:00Z`), decoded to a timezone-aware datetime; `null` when unset.",
        validation_alias="lastProbeTime",
        serialization_alias="lastProbeTime",
    )
    last_transition_time: Optional[datetime] = Field(
        default=None,
        description="lastTransitionTime is the last time the condition transit from one status to another.  RFC 3339 date-time in UTC as the server sends it (`2024-05-01T12:00:00Z`), decoded to a timezone-aware datetime; `null` when unset.",
        validation_alias="lastTransitionTime",
        serialization_alias="lastTransitionTime",
    )
    message: Optional[StrictStr] = Field(
        default=None,
        description="message is human readable message indicating details about last transition.",
    )
    reason: Optional[StrictStr] = Field(
        default=None, description="reason is the brief reason for the condition's last transition."
    )
    status: Optional[StrictStr] = Field(
        default=None,
        description="status is the status of the condition, one of True, False, Unknown.",
    )
    type: Optional[StrictStr] = Field(
        default=None, description="type is the type of job condition, Complete or Failed."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "message",
            "reason",
            "status",
            "type",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
