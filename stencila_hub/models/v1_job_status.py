# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_job_condition import V1JobCondition
from stencila_hub.models.v1_uncounted_terminated_pods import V1UncountedTerminatedPods


class V1JobStatus(SdkModel):
    """JobStatus represents the current state of a Job.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    active: Optional[StrictInt] = Field(
        default=None,
        description="The number of pending and running pods which are not terminating (without a deletionTimestamp). The value is zero for finished jobs.",
    )
    completed_indexes: Optional[StrictStr] = Field(
        default=None,
        description='completedIndexes holds the completed indexes when .spec.completionMode = "Indexed" in a text format. The indexes are represented as decimal integers separated by commas. The numbers are listed in increasing order. Three or more consecutive numbers are compressed and represented by the first and last element of the series, separated by a hyphen. For example, if the completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7".',
        validation_alias="completedIndexes",
        serialization_alias="completedIndexes",
    )
    completion_time: Optional[datetime] = Field(
        default=None,
        description="Represents time when the job was completed. It is not guaranteed to be set in happens-before order across separate operations. It is represented in RFC3339 form and is in UTC. The completion time is set when the job finishes successfully, and only then. The value cannot be updated or removed. The value indicates the same or later point in time as the startTime field.  RFC 3339 date-time in UTC as the server sends it (`2024-05-01T12:00:00Z`), decoded to a timezone-aware datetime; `null` when unset.",
        validation_alias="completionTime",
        serialization_alias="completionTime",
    )
    conditions: Optional[List[V1JobCondition]] = Field(
        default=None,
        description='The latest available observations of an object\'s current state. When a Job fails, one of the conditions will have type "Failed" and status true. When a Job is suspended, one of the conditions will have type "Suspended" and status true; when the Job is resumed, the status of this condition will become false. When a Job is completed, one of the conditions will have type "Complete" and status true.  A job is considered finished when it is in a terminal condition, either "Complete" or "Failed". A Job cannot have both the "Complete" and "Failed" conditions. Additionally, it cannot be in the "Complete" and "FailureTarget" conditions. The "Complete", "Failed" and "FailureTarget" conditions cannot be disabled.  More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/',
    )
    failed: Optional[StrictInt] = Field(
        default=None,
        description="The number of pods which reached phase Failed. The value increases monotonically.",
    )
    failed_indexes: Optional[StrictStr] = Field(
        default=None,
        description='FailedIndexes holds the failed indexes when spec.backoffLimitPerIndex is set. The indexes are represented in the text format analogous as for the `completedIndexes` field, ie. they are kept as decimal integers separated by commas. The numbers are listed in increasing order. Three or more consecutive numbers are compressed and represented by the first and last element of the series, separated by a hyphen. For example, if the failed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7". The set of failed indexes cannot overlap with the set of completed indexes.',
        validation_alias="failedIndexes",
        serialization_alias="failedIndexes",
    )
    ready: Optional[StrictInt] = Field(
        default=None,
        description="The number of active pods which have a Ready condition and are not terminating (without a deletionTimestamp).",
    )
    start_time: Optional[datetime] = Field(
        default=None,
        description="Represents time when the job controller started processing a job. When a Job is created in the suspended state, this field is not set until the first time it is resumed. This field is reset every time a Job is resumed from suspension. It is represented in RFC3339 form and is in UTC.  Once set, the field can only be removed when the job is suspended. The field cannot be modified while the job is unsuspended or finished.  RFC 3339 date-time in UTC as the server sends it (`2024-05-01T12:00:00Z`), decoded to a timezone-aware datetime; `null` when unset.",
        validation_alias="startTime",
        serialization_alias="startTime",
    )
    succeeded: Optional[StrictInt] = Field(
        default=None,
        description="The number of pods which reached phase Succeeded. The value increases monotonically for a given spec. However, it may decrease in reaction to scale down of elastic indexed jobs.",
    )
    terminating: Optional[StrictInt] = Field(
        default=None,
        description="The number of pods which are terminating (in phase Pending or Running and have a deletionTimestamp).",
    )
    uncounted_terminated_pods: Optional[V1UncountedTerminatedPods] = Field(
        default=None,
        validation_alias="uncountedTerminatedPods",
        serialization_alias="uncountedTerminatedPods",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "active",
            "completed_indexes",
            "conditions",
            "failed",
            "failed_indexes",
            "ready",
            "succeeded",
            "terminating",
            "uncounted_terminated_pods",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
