# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_job_scheduling_configuration import V1JobSchedulingConfiguration
from stencila_hub.models.v1_label_selector import V1LabelSelector
from stencila_hub.models.v1_pod_failure_policy import V1PodFailurePolicy
from stencila_hub.models.v1_pod_template_spec import V1PodTemplateSpec
from stencila_hub.models.v1_success_policy import V1SuccessPolicy


class V1JobSpec(SdkModel):
    """JobSpec describes how the job execution will look like.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    active_deadline_seconds: Optional[StrictInt] = Field(
        default=None,
        description="activeDeadlineSeconds specifies the duration in seconds relative to the startTime that the job may be continuously active before the system tries to terminate it; value must be positive integer. If a Job is suspended (at creation or through an update), this timer will effectively be stopped and reset when the Job is resumed again.",
        validation_alias="activeDeadlineSeconds",
        serialization_alias="activeDeadlineSeconds",
    )
    backoff_limit: Optional[StrictInt] = Field(
        default=None,
        description="backoffLimit specifies the number of retries before marking this job failed. Defaults to 6, unless backoffLimitPerIndex (only Indexed Job) is specified. When backoffLimitPerIndex is specified, backoffLimit defaults to 2147483647.",
        validation_alias="backoffLimit",
        serialization_alias="backoffLimit",
    )
    backoff_limit_per_index: Optional[StrictInt] = Field(
        default=None,
        description="backoffLimitPerIndex specifies the limit for the number of retries within an index before marking this index as failed. When enabled the number of failures per index is kept in the pod's batch.kubernetes.io/job-index-failure-count annotation. It can only be set when Job's completionMode=Indexed, and the Pod's restart policy is Never. The field is immutable.",
        validation_alias="backoffLimitPerIndex",
        serialization_alias="backoffLimitPerIndex",
    )
    completion_mode: Optional[StrictStr] = Field(
        default=None,
        description="completionMode specifies how Pod completions are tracked. It can be `NonIndexed` (default) or `Indexed`.  `NonIndexed` means that the Job is considered complete when there have been .spec.completions successfully completed Pods. Each Pod completion is homologous to each other.  `Indexed` means that the Pods of a Job get an associated completion index from 0 to (.spec.completions - 1), available in the annotation batch.kubernetes.io/job-completion-index. The Job is considered complete when there is one successfully completed Pod for each index. When value is `Indexed`, .spec.completions must be specified and `.spec.parallelism` must be less than or equal to 10^5. In addition, The Pod name takes the form `$(job-name)-$(index)-$(random-string)`, the Pod hostname takes the form `$(job-name)-$(index)`.  More completion modes can be added in the future. If the Job controller observes a mode that it doesn't recognize, which is possible during upgrades due to version skew, the controller skips updates for the Job.",
        validation_alias="completionMode",
        serialization_alias="completionMode",
    )
    completions: Optional[StrictInt] = Field(
        default=None,
        description="completions specifies the desired number of successfully finished pods the job should be run with.  Setting to null means that the success of any pod signals the success of all pods, and allows parallelism to have any positive value.  Setting to 1 means that parallelism is limited to 1 and the success of that pod signals the success of the job. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/",
    )
    managed_by: Optional[StrictStr] = Field(
        default=None,
        description='managedBy field indicates the controller that manages a Job. The k8s Job controller reconciles jobs which don\'t have this field at all or the field value is the reserved string `kubernetes.io/job-controller`, but skips reconciling Jobs with a custom value for this field. The value must be a valid domain-prefixed path (e.g. acme.io/foo) - all characters before the first "/" must be a valid subdomain as defined by RFC 1123. All characters trailing the first "/" must be valid HTTP Path characters as defined by RFC 3986. The value cannot exceed 63 characters. This field is immutable.',
        validation_alias="managedBy",
        serialization_alias="managedBy",
    )
    manual_selector: Optional[StrictBool] = Field(
        default=None,
        description="manualSelector controls generation of pod labels and pod selectors. Leave `manualSelector` unset unless you are certain what you are doing. When false or unset, the system pick labels unique to this job and appends those labels to the pod template.  When true, the user is responsible for picking unique labels and specifying the selector.  Failure to pick a unique label may cause this and other jobs to not function correctly.  However, You may see `manualSelector=true` in jobs that were created with the old `extensions/v1beta1` API. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/#specifying-your-own-pod-selector",
        validation_alias="manualSelector",
        serialization_alias="manualSelector",
    )
    max_failed_indexes: Optional[StrictInt] = Field(
        default=None,
        description="maxFailedIndexes specifies the maximal number of failed indexes before marking the Job as failed, when backoffLimitPerIndex is set. Once the number of failed indexes exceeds this number the entire Job is marked as Failed and its execution is terminated. When left as null the job continues execution of all of its indexes and is marked with the `Complete` Job condition. It can only be specified when backoffLimitPerIndex is set. It can be null or up to completions. It is required and must be less than or equal to 10^4 when is completions greater than 10^5.",
        validation_alias="maxFailedIndexes",
        serialization_alias="maxFailedIndexes",
    )
    parallelism: Optional[StrictInt] = Field(
        default=None,
        description="parallelism specifies the maximum desired number of pods the job should run at any given time. The actual number of pods running in steady state will be less than this number when ((.spec.completions - .status.successful) < .spec.parallelism), i.e. when the work left to do is less than max parallelism. More info: https://kubernetes.io/docs/concepts/workloads/controllers/jobs-run-to-completion/",
    )
    pod_failure_policy: Optional[V1PodFailurePolicy] = Field(
        default=None, validation_alias="podFailurePolicy", serialization_alias="podFailurePolicy"
    )
    pod_replacement_policy: Optional[StrictStr] = Field(
        default=None,
        description="podReplacementPolicy specifies when to create replacement Pods. Possible values are: - TerminatingOrFailed means that we recreate pods   when they are terminating (has a metadata.deletionTimestamp) or failed. - Failed means to wait until a previously created Pod is fully terminated (has phase   Failed or Succeeded) before creating a replacement Pod.  When using podFailurePolicy, Failed is the the only allowed value. TerminatingOrFailed and Failed are allowed values when podFailurePolicy is not in use.",
        validation_alias="podReplacementPolicy",
        serialization_alias="podReplacementPolicy",
    )
    scheduling: Optional[V1JobSchedulingConfiguration] = None
    selector: Optional[V1LabelSelector] = None
    success_policy: Optional[V1SuccessPolicy] = Field(
        default=None, validation_alias="successPolicy", serialization_alias="successPolicy"
    )
    suspend: Optional[StrictBool] = Field(
        default=None,
        description="suspend specifies whether the Job controller should create Pods or not. If a Job is created with suspend set to true, no Pods are created by the Job controller. If a Job is suspended after creation (i.e. the flag goes from false to true), the Job controller will delete all active Pods associated with this Job. Users must design their workload to gracefully handle this. Suspending a Job will reset the StartTime field of the Job, effectively resetting the ActiveDeadlineSeconds timer too. Defaults to false.",
    )
    template: V1PodTemplateSpec
    ttl_seconds_after_finished: Optional[StrictInt] = Field(
        default=None,
        description="ttlSecondsAfterFinished limits the lifetime of a Job that has finished execution (either Complete or Failed). If this field is set, ttlSecondsAfterFinished after the Job finishes, it is eligible to be automatically deleted. When the Job is being deleted, its lifecycle guarantees (e.g. finalizers) will be honored. If this field is unset, the Job won't be automatically deleted. If this field is set to zero, the Job becomes eligible to be deleted immediately after it finishes.",
        validation_alias="ttlSecondsAfterFinished",
        serialization_alias="ttlSecondsAfterFinished",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "active_deadline_seconds",
            "backoff_limit",
            "backoff_limit_per_index",
            "completion_mode",
            "completions",
            "managed_by",
            "manual_selector",
            "max_failed_indexes",
            "parallelism",
            "pod_failure_policy",
            "pod_replacement_policy",
            "scheduling",
            "selector",
            "success_policy",
            "suspend",
            "template",
            "ttl_seconds_after_finished",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
