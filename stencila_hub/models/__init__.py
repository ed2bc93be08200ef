# Generated from templates/__init__model.mustache (our override) and openapi.yaml. Do not edit.
"""Generated from openapi.yaml by openapi-generator: the job endpoints of Stencila Hub, Agave
(Tapis v2), OpenStack Sahara, Kubernetes batch/v1 and Gaffer. Do not edit: change openapi.yaml
or templates/ and run `make generate` (the spec's own notes are in its info.description).
"""  # noqa: E501

import typing as _typing

from stencila_hub._lazy import lazy_exports as _lazy_exports

# Every model and the module that defines it; a model is imported on first use.
_EXPORTS = {
    "AgaveACL": ".agave_acl",
    "AgaveEmptyResponse": ".agave_empty_response",
    "AgaveError": ".agave_error",
    "AgaveJob": ".agave_job",
    "AgaveJobHistoryEvent": ".agave_job_history_event",
    "AgaveJobHistoryListResponse": ".agave_job_history_list_response",
    "AgaveJobLinks": ".agave_job_links",
    "AgaveJobResponse": ".agave_job_response",
    "AgaveJobStatus": ".agave_job_status",
    "AgaveJobStatusResponse": ".agave_job_status_response",
    "AgaveJobStatusResult": ".agave_job_status_result",
    "AgaveJobSummary": ".agave_job_summary",
    "AgaveJobSummaryListResponse": ".agave_job_summary_list_response",
    "AgaveLink": ".agave_link",
    "AgaveNotification": ".agave_notification",
    "AgavePermission": ".agave_permission",
    "AgavePermissionLinks": ".agave_permission_links",
    "AgavePermissionListResponse": ".agave_permission_list_response",
    "AgavePermissionResponse": ".agave_permission_response",
    "AgaveRemoteFile": ".agave_remote_file",
    "AgaveRemoteFileLinks": ".agave_remote_file_links",
    "AgaveRemoteFileListResponse": ".agave_remote_file_list_response",
    "AgaveSearchOp": ".agave_search_op",
    "AgaveSubmittedJob": ".agave_submitted_job",
    "AgaveSubmittedJobResponse": ".agave_submitted_job_response",
    "AgaveTransferProgress": ".agave_transfer_progress",
    "CeleryQueue": ".celery_queue",
    "CeleryWorkerEvent": ".celery_worker_event",
    "CoreV1ResourceClaim": ".core_v1_resource_claim",
    "GafferCommit": ".gaffer_commit",
    "GafferError": ".gaffer_error",
    "GafferFlapping": ".gaffer_flapping",
    "GafferHttpError": ".gaffer_http_error",
    "GafferJobInfo": ".gaffer_job_info",
    "GafferJobList": ".gaffer_job_list",
    "GafferJobStats": ".gaffer_job_stats",
    "GafferNumProcesses": ".gaffer_num_processes",
    "GafferOk": ".gaffer_ok",
    "GafferPid": ".gaffer_pid",
    "GafferPids": ".gaffer_pids",
    "GafferProcessConfig": ".gaffer_process_config",
    "GafferProcessError": ".gaffer_process_error",
    "GafferProcessStats": ".gaffer_process_stats",
    "GafferScale": ".gaffer_scale",
    "GafferSessionJobList": ".gaffer_session_job_list",
    "GafferSignal": ".gaffer_signal",
    "HubError": ".hub_error",
    "HubFieldError": ".hub_field_error",
    "HubJob": ".hub_job",
    "HubJobCreate": ".hub_job_create",
    "HubJobListItem": ".hub_job_list_item",
    "HubJobPage": ".hub_job_page",
    "HubQueue": ".hub_queue",
    "HubQueuePage": ".hub_queue_page",
    "HubWorker": ".hub_worker",
    "HubWorkerHeartbeat": ".hub_worker_heartbeat",
    "HubWorkerHeartbeatPage": ".hub_worker_heartbeat_page",
    "HubWorkerPage": ".hub_worker_page",
    "HubWorkerUpdate": ".hub_worker_update",
    "HubZone": ".hub_zone",
    "HubZoneCreate": ".hub_zone_create",
    "HubZonePage": ".hub_zone_page",
    "InlineObject3": ".inline_object3",
    "InlineObject4": ".inline_object4",
    "JobOperationRequest": ".job_operation_request",
    "JobPermissionRequest": ".job_permission_request",
    "JobRequest": ".job_request",
    "SaharaAuthError": ".sahara_auth_error",
    "SaharaAuthErrorDetail": ".sahara_auth_error_detail",
    "SaharaConfigHint": ".sahara_config_hint",
    "SaharaError": ".sahara_error",
    "SaharaJob": ".sahara_job",
    "SaharaJobBinary": ".sahara_job_binary",
    "SaharaJobConfigHints": ".sahara_job_config_hints",
    "SaharaJobConfigHintsEnvelope": ".sahara_job_config_hints_envelope",
    "SaharaJobConfigs": ".sahara_job_configs",
    "SaharaJobCreate": ".sahara_job_create",
    "SaharaJobEnvelope": ".sahara_job_envelope",
    "SaharaJobExecute": ".sahara_job_execute",
    "SaharaJobExecution": ".sahara_job_execution",
    "SaharaJobExecutionEnvelope": ".sahara_job_execution_envelope",
    "SaharaJobExecutionInfo": ".sahara_job_execution_info",
    "SaharaJobInterfaceArgument": ".sahara_job_interface_argument",
    "SaharaJobList": ".sahara_job_list",
    "SaharaJobUpdate": ".sahara_job_update",
    "SaharaMarkers": ".sahara_markers",
    "StencilaNode": ".stencila_node",
    "V1AWSElasticBlockStoreVolumeSource": ".v1_aws_elastic_block_store_volume_source",
    "V1Affinity": ".v1_affinity",
    "V1AppArmorProfile": ".v1_app_armor_profile",
    "V1AzureDiskVolumeSource": ".v1_azure_disk_volume_source",
    "V1AzureFileVolumeSource": ".v1_azure_file_volume_source",
    "V1CSIVolumeSource": ".v1_csi_volume_source",
    "V1Capabilities": ".v1_capabilities",
    "V1CephFSVolumeSource": ".v1_ceph_fs_volume_source",
    "V1CinderVolumeSource": ".v1_cinder_volume_source",
    "V1ClusterTrustBundleProjection": ".v1_cluster_trust_bundle_projection",
    "V1ConfigMapEnvSource": ".v1_config_map_env_source",
    "V1ConfigMapKeySelector": ".v1_config_map_key_selector",
    "V1ConfigMapProjection": ".v1_config_map_projection",
    "V1ConfigMapVolumeSource": ".v1_config_map_volume_source",
    "V1Container": ".v1_container",
    "V1ContainerPort": ".v1_container_port",
    "V1ContainerResizePolicy": ".v1_container_resize_policy",
    "V1ContainerRestartRule": ".v1_container_restart_rule",
    "V1ContainerRestartRuleOnExitCodes": ".v1_container_restart_rule_on_exit_codes",
    "V1DownwardAPIProjection": ".v1_downward_api_projection",
    "V1DownwardAPIVolumeFile": ".v1_downward_api_volume_file",
    "V1DownwardAPIVolumeSource": ".v1_downward_api_volume_source",
    "V1EmptyDirVolumeSource": ".v1_empty_dir_volume_source",
    "V1EnvFromSource": ".v1_env_from_source",
    "V1EnvVar": ".v1_env_var",
    "V1EnvVarSource": ".v1_env_var_source",
    "V1EphemeralContainer": ".v1_ephemeral_container",
    "V1EphemeralVolumeSource": ".v1_ephemeral_volume_source",
    "V1EvictionResponder": ".v1_eviction_responder",
    "V1ExecAction": ".v1_exec_action",
    "V1FCVolumeSource": ".v1_fc_volume_source",
    "V1FileKeySelector": ".v1_file_key_selector",
    "V1FlexVolumeSource": ".v1_flex_volume_source",
    "V1FlockerVolumeSource": ".v1_flocker_volume_source",
    "V1GCEPersistentDiskVolumeSource": ".v1_gce_persistent_disk_volume_source",
    "V1GRPCAction": ".v1_grpc_action",
    "V1GitRepoVolumeSource": ".v1_git_repo_volume_source",
    "V1GlusterfsVolumeSource": ".v1_glusterfs_volume_source",
    "V1HTTPGetAction": ".v1_http_get_action",
    "V1HTTPHeader": ".v1_http_header",
    "V1HostAlias": ".v1_host_alias",
    "V1HostPathVolumeSource": ".v1_host_path_volume_source",
    "V1ISCSIVolumeSource": ".v1_iscsi_volume_source",
    "V1ImageVolumeSource": ".v1_image_volume_source",
    "V1Job": ".v1_job",
    "V1JobCondition": ".v1_job_condition",
    "V1JobList": ".v1_job_list",
    "V1JobSchedulingConfiguration": ".v1_job_scheduling_configuration",
    "V1JobSpec": ".v1_job_spec",
    "V1JobStatus": ".v1_job_status",
    "V1KeyToPath": ".v1_key_to_path",
    "V1LabelSelector": ".v1_label_selector",
    "V1LabelSelectorRequirement": ".v1_label_selector_requirement",
    "V1Lifecycle": ".v1_lifecycle",
    "V1LifecycleHandler": ".v1_lifecycle_handler",
    "V1ListMeta": ".v1_list_meta",
    "V1LocalObjectReference": ".v1_local_object_reference",
    "V1ManagedFieldsEntry": ".v1_managed_fields_entry",
    "V1NFSVolumeSource": ".v1_nfs_volume_source",
    "V1NodeAffinity": ".v1_node_affinity",
    "V1NodeSelector": ".v1_node_selector",
    "V1NodeSelectorRequirement": ".v1_node_selector_requirement",
    "V1NodeSelectorTerm": ".v1_node_selector_term",
    "V1ObjectFieldSelector": ".v1_object_field_selector",
    "V1ObjectMeta": ".v1_object_meta",
    "V1OwnerReference": ".v1_owner_reference",
    "V1PersistentVolumeClaimSpec": ".v1_persistent_volume_claim_spec",
    "V1PersistentVolumeClaimTemplate": ".v1_persistent_volume_claim_template",
    "V1PersistentVolumeClaimVolumeSource": ".v1_persistent_volume_claim_volume_source",
    "V1PhotonPersistentDiskVolumeSource": ".v1_photon_persistent_disk_volume_source",
    "V1PodAffinity": ".v1_pod_affinity",
    "V1PodAffinityTerm": ".v1_pod_affinity_term",
    "V1PodAntiAffinity": ".v1_pod_anti_affinity",
    "V1PodCertificateProjection": ".v1_pod_certificate_projection",
    "V1PodDNSConfig": ".v1_pod_dns_config",
    "V1PodDNSConfigOption": ".v1_pod_dns_config_option",
    "V1PodFailurePolicy": ".v1_pod_failure_policy",
    "V1PodFailurePolicyOnExitCodesRequirement": ".v1_pod_failure_policy_on_exit_codes_requirement",
    "V1PodFailurePolicyOnPodConditionsPattern": ".v1_pod_failure_policy_on_pod_conditions_pattern",
    "V1PodFailurePolicyRule": ".v1_pod_failure_policy_rule",
    "V1PodOS": ".v1_pod_os",
    "V1PodReadinessGate": ".v1_pod_readiness_gate",
    "V1PodResourceClaim": ".v1_pod_resource_claim",
    "V1PodSchedulingGate": ".v1_pod_scheduling_gate",
    "V1PodSchedulingGroup": ".v1_pod_scheduling_group",
    "V1PodSecurityContext": ".v1_pod_security_context",
    "V1PodSpec": ".v1_pod_spec",
    "V1PodTemplateSpec": ".v1_pod_template_spec",
    "V1PortworxVolumeSource": ".v1_portworx_volume_source",
    "V1PreferredSchedulingTerm": ".v1_preferred_scheduling_term",
    "V1Probe": ".v1_probe",
    "V1ProjectedVolumeSource": ".v1_projected_volume_source",
    "V1QuobyteVolumeSource": ".v1_quobyte_volume_source",
    "V1RBDVolumeSource": ".v1_rbd_volume_source",
    "V1ResourceFieldSelector": ".v1_resource_field_selector",
    "V1ResourceRequirements": ".v1_resource_requirements",
    "V1SELinuxOptions": ".v1_se_linux_options",
    "V1ScaleIOVolumeSource": ".v1_scale_io_volume_source",
    "V1SeccompProfile": ".v1_seccomp_profile",
    "V1SecretEnvSource": ".v1_secret_env_source",
    "V1SecretKeySelector": ".v1_secret_key_selector",
    "V1SecretProjection": ".v1_secret_projection",
    "V1SecretVolumeSource": ".v1_secret_volume_source",
    "V1SecurityContext": ".v1_security_context",
    "V1ServiceAccountTokenProjection": ".v1_service_account_token_projection",
    "V1ShardInfo": ".v1_shard_info",
    "V1SleepAction": ".v1_sleep_action",
    "V1Status": ".v1_status",
    "V1StatusCause": ".v1_status_cause",
    "V1StatusDetails": ".v1_status_details",
    "V1StorageOSVolumeSource": ".v1_storage_os_volume_source",
    "V1SuccessPolicy": ".v1_success_policy",
    "V1SuccessPolicyRule": ".v1_success_policy_rule",
    "V1Sysctl": ".v1_sysctl",
    "V1TCPSocketAction": ".v1_tcp_socket_action",
    "V1Toleration": ".v1_toleration",
    "V1TopologySpreadConstraint": ".v1_topology_spread_constraint",
    "V1TypedLocalObjectReference": ".v1_typed_local_object_reference",
    "V1TypedObjectReference": ".v1_typed_object_reference",
    "V1UncountedTerminatedPods": ".v1_uncounted_terminated_pods",
    "V1Volume": ".v1_volume",
    "V1VolumeDevice": ".v1_volume_device",
    "V1VolumeMount": ".v1_volume_mount",
    "V1VolumeProjection": ".v1_volume_projection",
    "V1VolumeResourceRequirements": ".v1_volume_resource_requirements",
    "V1VsphereVirtualDiskVolumeSource": ".v1_vsphere_virtual_disk_volume_source",
    "V1WeightedPodAffinityTerm": ".v1_weighted_pod_affinity_term",
    "V1WindowsSecurityContextOptions": ".v1_windows_security_context_options",
    "V1alpha3TopologyConstraint": ".v1alpha3_topology_constraint",
    "V1alpha3WorkloadPodGroupDisruptionMode": ".v1alpha3_workload_pod_group_disruption_mode",
    "V1alpha3WorkloadPodGroupGangSchedulingPolicy": ".v1alpha3_workload_pod_group_gang_scheduling_policy",
    "V1alpha3WorkloadPodGroupResourceClaim": ".v1alpha3_workload_pod_group_resource_claim",
    "V1alpha3WorkloadPodGroupSchedulingConstraints": ".v1alpha3_workload_pod_group_scheduling_constraints",
    "V1alpha3WorkloadPodGroupSchedulingPolicy": ".v1alpha3_workload_pod_group_scheduling_policy",
}

# A list as written, not computed: type checkers read a star import through it (the Api
# modules import the models that way).
__all__ = [
    "AgaveACL",
    "AgaveEmptyResponse",
    "AgaveError",
    "AgaveJob",
    "AgaveJobHistoryEvent",
    "AgaveJobHistoryListResponse",
    "AgaveJobLinks",
    "AgaveJobResponse",
    "AgaveJobStatus",
    "AgaveJobStatusResponse",
    "AgaveJobStatusResult",
    "AgaveJobSummary",
    "AgaveJobSummaryListResponse",
    "AgaveLink",
    "AgaveNotification",
    "AgavePermission",
    "AgavePermissionLinks",
    "AgavePermissionListResponse",
    "AgavePermissionResponse",
    "AgaveRemoteFile",
    "AgaveRemoteFileLinks",
    "AgaveRemoteFileListResponse",
    "AgaveSearchOp",
    "AgaveSubmittedJob",
    "AgaveSubmittedJobResponse",
    "AgaveTransferProgress",
    "CeleryQueue",
    "CeleryWorkerEvent",
    "CoreV1ResourceClaim",
    "GafferCommit",
    "GafferError",
    "GafferFlapping",
    "GafferHttpError",
    "GafferJobInfo",
    "GafferJobList",
    "GafferJobStats",
    "GafferNumProcesses",
    "GafferOk",
    "GafferPid",
    "GafferPids",
    "GafferProcessConfig",
    "GafferProcessError",
    "GafferProcessStats",
    "GafferScale",
    "GafferSessionJobList",
    "GafferSignal",
    "HubError",
    "HubFieldError",
    "HubJob",
    "HubJobCreate",
    "HubJobListItem",
    "HubJobPage",
    "HubQueue",
    "HubQueuePage",
    "HubWorker",
    "HubWorkerHeartbeat",
    "HubWorkerHeartbeatPage",
    "HubWorkerPage",
    "HubWorkerUpdate",
    "HubZone",
    "HubZoneCreate",
    "HubZonePage",
    "InlineObject3",
    "InlineObject4",
    "JobOperationRequest",
    "JobPermissionRequest",
    "JobRequest",
    "SaharaAuthError",
    "SaharaAuthErrorDetail",
    "SaharaConfigHint",
    "SaharaError",
    "SaharaJob",
    "SaharaJobBinary",
    "SaharaJobConfigHints",
    "SaharaJobConfigHintsEnvelope",
    "SaharaJobConfigs",
    "SaharaJobCreate",
    "SaharaJobEnvelope",
    "SaharaJobExecute",
    "SaharaJobExecution",
    "SaharaJobExecutionEnvelope",
    "SaharaJobExecutionInfo",
    "SaharaJobInterfaceArgument",
    "SaharaJobList",
    "SaharaJobUpdate",
    "SaharaMarkers",
    "StencilaNode",
    "V1AWSElasticBlockStoreVolumeSource",
    "V1Affinity",
    "V1AppArmorProfile",
    "V1AzureDiskVolumeSource",
    "V1AzureFileVolumeSource",
    "V1CSIVolumeSource",
    "V1Capabilities",
    "V1CephFSVolumeSource",
    "V1CinderVolumeSource",
    "V1ClusterTrustBundleProjection",
    "V1ConfigMapEnvSource",
    "V1ConfigMapKeySelector",
    "V1ConfigMapProjection",
    "V1ConfigMapVolumeSource",
    "V1Container",
    "V1ContainerPort",
    "V1ContainerResizePolicy",
    "V1ContainerRestartRule",
    "V1ContainerRestartRuleOnExitCodes",
    "V1DownwardAPIProjection",
    "V1DownwardAPIVolumeFile",
    "V1DownwardAPIVolumeSource",
    "V1EmptyDirVolumeSource",
    "V1EnvFromSource",
    "V1EnvVar",
    "V1EnvVarSource",
    "V1EphemeralContainer",
    "V1EphemeralVolumeSource",
    "V1EvictionResponder",
    "V1ExecAction",
    "V1FCVolumeSource",
    "V1FileKeySelector",
    "V1FlexVolumeSource",
    "V1FlockerVolumeSource",
    "V1GCEPersistentDiskVolumeSource",
    "V1GRPCAction",
    "V1GitRepoVolumeSource",
    "V1GlusterfsVolumeSource",
    "V1HTTPGetAction",
    "V1HTTPHeader",
    "V1HostAlias",
    "V1HostPathVolumeSource",
    "V1ISCSIVolumeSource",
    "V1ImageVolumeSource",
    "V1Job",
    "V1JobCondition",
    "V1JobList",
    "V1JobSchedulingConfiguration",
    "V1JobSpec",
    "V1JobStatus",
    "V1KeyToPath",
    "V1LabelSelector",
    "V1LabelSelectorRequirement",
    "V1Lifecycle",
    "V1LifecycleHandler",
    "V1ListMeta",
    "V1LocalObjectReference",
    "V1ManagedFieldsEntry",
    "V1NFSVolumeSource",
    "V1NodeAffinity",
    "V1NodeSelector",
    "V1NodeSelectorRequirement",
    "V1NodeSelectorTerm",
    "V1ObjectFieldSelector",
    "V1ObjectMeta",
    "V1OwnerReference",
    "V1PersistentVolumeClaimSpec",
    "V1PersistentVolumeClaimTemplate",
    "V1PersistentVolumeClaimVolumeSource",
    "V1PhotonPersistentDiskVolumeSource",
    "V1PodAffinity",
    "V1PodAffinityTerm",
    "V1PodAntiAffinity",
    "V1PodCertificateProjection",
    "V1PodDNSConfig",
    "V1PodDNSConfigOption",
    "V1PodFailurePolicy",
    "V1PodFailurePolicyOnExitCodesRequirement",
    "V1PodFailurePolicyOnPodConditionsPattern",
    "V1PodFailurePolicyRule",
    "V1PodOS",
    "V1PodReadinessGate",
    "V1PodResourceClaim",
    "V1PodSchedulingGate",
    "V1PodSchedulingGroup",
    "V1PodSecurityContext",
    "V1PodSpec",
    "V1PodTemplateSpec",
    "V1PortworxVolumeSource",
    "V1PreferredSchedulingTerm",
    "V1Probe",
    "V1ProjectedVolumeSource",
    "V1QuobyteVolumeSource",
    "V1RBDVolumeSource",
    "V1ResourceFieldSelector",
    "V1ResourceRequirements",
    "V1SELinuxOptions",
    "V1ScaleIOVolumeSource",
    "V1SeccompProfile",
    "V1SecretEnvSource",
    "V1SecretKeySelector",
    "V1SecretProjection",
    "V1SecretVolumeSource",
    "V1SecurityContext",
    "V1ServiceAccountTokenProjection",
    "V1ShardInfo",
    "V1SleepAction",
    "V1Status",
    "V1StatusCause",
    "V1StatusDetails",
    "V1StorageOSVolumeSource",
    "V1SuccessPolicy",
    "V1SuccessPolicyRule",
    "V1Sysctl",
    "V1TCPSocketAction",
    "V1Toleration",
    "V1TopologySpreadConstraint",
    "V1TypedLocalObjectReference",
    "V1TypedObjectReference",
    "V1UncountedTerminatedPods",
    "V1Volume",
    "V1VolumeDevice",
    "V1VolumeMount",
    "V1VolumeProjection",
    "V1VolumeResourceRequirements",
    "V1VsphereVirtualDiskVolumeSource",
    "V1WeightedPodAffinityTerm",
    "V1WindowsSecurityContextOptions",
    "V1alpha3TopologyConstraint",
    "V1alpha3WorkloadPodGroupDisruptionMode",
    "V1alpha3WorkloadPodGroupGangSchedulingPolicy",
    "V1alpha3WorkloadPodGroupResourceClaim",
    "V1alpha3WorkloadPodGroupSchedulingConstraints",
    "V1alpha3WorkloadPodGroupSchedulingPolicy",
]

# The same names, imported for type checkers only: they do not follow the lazy table.
if _typing.TYPE_CHECKING:
    from stencila_hub.models.agave_acl import AgaveACL as AgaveACL
    from stencila_hub.models.agave_empty_response import AgaveEmptyResponse as AgaveEmptyResponse
    from stencila_hub.models.agave_error import AgaveError as AgaveError
    from stencila_hub.models.agave_job import AgaveJob as AgaveJob
    from stencila_hub.models.agave_job_history_event import (
        AgaveJobHistoryEvent as AgaveJobHistoryEvent,
    )
    from stencila_hub.models.agave_job_history_list_response import (
        AgaveJobHistoryListResponse as AgaveJobHistoryListResponse,
    )
    from stencila_hub.models.agave_job_links import AgaveJobLinks as AgaveJobLinks
    from stencila_hub.models.agave_job_response import AgaveJobResponse as AgaveJobResponse
    from stencila_hub.models.agave_job_status import AgaveJobStatus as AgaveJobStatus
    from stencila_hub.models.agave_job_status_response import (
        AgaveJobStatusResponse as AgaveJobStatusResponse,
    )
    from stencila_hub.models.agave_job_status_result import (
        AgaveJobStatusResult as AgaveJobStatusResult,
    )
    from stencila_hub.models.agave_job_summary import AgaveJobSummary as AgaveJobSummary
    from stencila_hub.models.agave_job_summary_list_response import (
        AgaveJobSummaryListResponse as AgaveJobSummaryListResponse,
    )
    from stencila_hub.models.agave_link import AgaveLink as AgaveLink
    from stencila_hub.models.agave_notification import AgaveNotification as AgaveNotification
    from stencila_hub.models.agave_permission import AgavePermission as AgavePermission
    from stencila_hub.models.agave_permission_links import (
        AgavePermissionLinks as AgavePermissionLinks,
    )
    from stencila_hub.models.agave_permission_list_response import (
        AgavePermissionListResponse as AgavePermissionListResponse,
    )
    from stencila_hub.models.agave_permission_response import (
        AgavePermissionResponse as AgavePermissionResponse,
    )
    from stencila_hub.models.agave_remote_file import AgaveRemoteFile as AgaveRemoteFile
    from stencila_hub.models.agave_remote_file_links import (
        AgaveRemoteFileLinks as AgaveRemoteFileLinks,
    )
    from stencila_hub.models.agave_remote_file_list_response import (
        AgaveRemoteFileListResponse as AgaveRemoteFileListResponse,
    )
    from stencila_hub.models.agave_search_op import AgaveSearchOp as AgaveSearchOp
    from stencila_hub.models.agave_submitted_job import AgaveSubmittedJob as AgaveSubmittedJob
    from stencila_hub.models.agave_submitted_job_response import (
        AgaveSubmittedJobResponse as AgaveSubmittedJobResponse,
    )
    from stencila_hub.models.agave_transfer_progress import (
        AgaveTransferProgress as AgaveTransferProgress,
    )
    from stencila_hub.models.celery_queue import CeleryQueue as CeleryQueue
    from stencila_hub.models.celery_worker_event import CeleryWorkerEvent as CeleryWorkerEvent
    from stencila_hub.models.core_v1_resource_claim import (
        CoreV1ResourceClaim as CoreV1ResourceClaim,
    )
    from stencila_hub.models.gaffer_commit import GafferCommit as GafferCommit
    from stencila_hub.models.gaffer_error import GafferError as GafferError
    from stencila_hub.models.gaffer_flapping import GafferFlapping as GafferFlapping
    from stencila_hub.models.gaffer_http_error import GafferHttpError as GafferHttpError
    from stencila_hub.models.gaffer_job_info import GafferJobInfo as GafferJobInfo
    from stencila_hub.models.gaffer_job_list import GafferJobList as GafferJobList
    from stencila_hub.models.gaffer_job_stats import GafferJobStats as GafferJobStats
    from stencila_hub.models.gaffer_num_processes import GafferNumProcesses as GafferNumProcesses
    from stencila_hub.models.gaffer_ok import GafferOk as GafferOk
    from stencila_hub.models.gaffer_pid import GafferPid as GafferPid
    from stencila_hub.models.gaffer_pids import GafferPids as GafferPids
    from stencila_hub.models.gaffer_process_config import GafferProcessConfig as GafferProcessConfig
    from stencila_hub.models.gaffer_process_error import GafferProcessError as GafferProcessError
    from stencila_hub.models.gaffer_process_stats import GafferProcessStats as GafferProcessStats
    from stencila_hub.models.gaffer_scale import GafferScale as GafferScale
    from stencila_hub.models.gaffer_session_job_list import (
        GafferSessionJobList as GafferSessionJobList,
    )
    from stencila_hub.models.gaffer_signal import GafferSignal as GafferSignal
    from stencila_hub.models.hub_error import HubError as HubError
    from stencila_hub.models.hub_field_error import HubFieldError as HubFieldError
    from stencila_hub.models.hub_job import HubJob as HubJob
    from stencila_hub.models.hub_job_create import HubJobCreate as HubJobCreate
    from stencila_hub.models.hub_job_list_item import HubJobListItem as HubJobListItem
    from stencila_hub.models.hub_job_page import HubJobPage as HubJobPage
    from stencila_hub.models.hub_queue import HubQueue as HubQueue
    from stencila_hub.models.hub_queue_page import HubQueuePage as HubQueuePage
    from stencila_hub.models.hub_worker import HubWorker as HubWorker
    from stencila_hub.models.hub_worker_heartbeat import HubWorkerHeartbeat as HubWorkerHeartbeat
    from stencila_hub.models.hub_worker_heartbeat_page import (
        HubWorkerHeartbeatPage as HubWorkerHeartbeatPage,
    )
    from stencila_hub.models.hub_worker_page import HubWorkerPage as HubWorkerPage
    from stencila_hub.models.hub_worker_update import HubWorkerUpdate as HubWorkerUpdate
    from stencila_hub.models.hub_zone import HubZone as HubZone
    from stencila_hub.models.hub_zone_create import HubZoneCreate as HubZoneCreate
    from stencila_hub.models.hub_zone_page import HubZonePage as HubZonePage
    from stencila_hub.models.inline_object3 import InlineObject3 as InlineObject3
    from stencila_hub.models.inline_object4 import InlineObject4 as InlineObject4
    from stencila_hub.models.job_operation_request import JobOperationRequest as JobOperationRequest
    from stencila_hub.models.job_permission_request import (
        JobPermissionRequest as JobPermissionRequest,
    )
    from stencila_hub.models.job_request import JobRequest as JobRequest
    from stencila_hub.models.sahara_auth_error import SaharaAuthError as SaharaAuthError
    from stencila_hub.models.sahara_auth_error_detail import (
        SaharaAuthErrorDetail as SaharaAuthErrorDetail,
    )
    from stencila_hub.models.sahara_config_hint import SaharaConfigHint as SaharaConfigHint
    from stencila_hub.models.sahara_error import SaharaError as SaharaError
    from stencila_hub.models.sahara_job import SaharaJob as SaharaJob
    from stencila_hub.models.sahara_job_binary import SaharaJobBinary as SaharaJobBinary
    from stencila_hub.models.sahara_job_config_hints import (
        SaharaJobConfigHints as SaharaJobConfigHints,
    )
    from stencila_hub.models.sahara_job_config_hints_envelope import (
        SaharaJobConfigHintsEnvelope as SaharaJobConfigHintsEnvelope,
    )
    from stencila_hub.models.sahara_job_configs import SaharaJobConfigs as SaharaJobConfigs
    from stencila_hub.models.sahara_job_create import SaharaJobCreate as SaharaJobCreate
    from stencila_hub.models.sahara_job_envelope import SaharaJobEnvelope as SaharaJobEnvelope
    from stencila_hub.models.sahara_job_execute import SaharaJobExecute as SaharaJobExecute
    from stencila_hub.models.sahara_job_execution import SaharaJobExecution as SaharaJobExecution
    from stencila_hub.models.sahara_job_execution_envelope import (
        SaharaJobExecutionEnvelope as SaharaJobExecutionEnvelope,
    )
    from stencila_hub.models.sahara_job_execution_info import (
        SaharaJobExecutionInfo as SaharaJobExecutionInfo,
    )
    from stencila_hub.models.sahara_job_interface_argument import (
        SaharaJobInterfaceArgument as SaharaJobInterfaceArgument,
    )
    from stencila_hub.models.sahara_job_list import SaharaJobList as SaharaJobList
    from stencila_hub.models.sahara_job_update import SaharaJobUpdate as SaharaJobUpdate
    from stencila_hub.models.sahara_markers import SaharaMarkers as SaharaMarkers
    from stencila_hub.models.stencila_node import StencilaNode as StencilaNode
    from stencila_hub.models.v1_affinity import V1Affinity as V1Affinity
    from stencila_hub.models.v1_app_armor_profile import V1AppArmorProfile as V1AppArmorProfile
    from stencila_hub.models.v1_aws_elastic_block_store_volume_source import (
        V1AWSElasticBlockStoreVolumeSource as V1AWSElasticBlockStoreVolumeSource,
    )
    from stencila_hub.models.v1_azure_disk_volume_source import (
        V1AzureDiskVolumeSource as V1AzureDiskVolumeSource,
    )
    from stencila_hub.models.v1_azure_file_volume_source import (
        V1AzureFileVolumeSource as V1AzureFileVolumeSource,
    )
    from stencila_hub.models.v1_capabilities import V1Capabilities as V1Capabilities
    from stencila_hub.models.v1_ceph_fs_volume_source import (
        V1CephFSVolumeSource as V1CephFSVolumeSource,
    )
    from stencila_hub.models.v1_cinder_volume_source import (
        V1CinderVolumeSource as V1CinderVolumeSource,
    )
    from stencila_hub.models.v1_cluster_trust_bundle_projection import (
        V1ClusterTrustBundleProjection as V1ClusterTrustBundleProjection,
    )
    from stencila_hub.models.v1_config_map_env_source import (
        V1ConfigMapEnvSource as V1ConfigMapEnvSource,
    )
    from stencila_hub.models.v1_config_map_key_selector import (
        V1ConfigMapKeySelector as V1ConfigMapKeySelector,
    )
    from stencila_hub.models.v1_config_map_projection import (
        V1ConfigMapProjection as V1ConfigMapProjection,
    )
    from stencila_hub.models.v1_config_map_volume_source import (
        V1ConfigMapVolumeSource as V1ConfigMapVolumeSource,
    )
    from stencila_hub.models.v1_container import V1Container as V1Container
    from stencila_hub.models.v1_container_port import V1ContainerPort as V1ContainerPort
    from stencila_hub.models.v1_container_resize_policy import (
        V1ContainerResizePolicy as V1ContainerResizePolicy,
    )
    from stencila_hub.models.v1_container_restart_rule import (
        V1ContainerRestartRule as V1ContainerRestartRule,
    )
    from stencila_hub.models.v1_container_restart_rule_on_exit_codes import (
        V1ContainerRestartRuleOnExitCodes as V1ContainerRestartRuleOnExitCodes,
    )
    from stencila_hub.models.v1_csi_volume_source import V1CSIVolumeSource as V1CSIVolumeSource
    from stencila_hub.models.v1_downward_api_projection import (
        V1DownwardAPIProjection as V1DownwardAPIProjection,
    )
    from stencila_hub.models.v1_downward_api_volume_file import (
        V1DownwardAPIVolumeFile as V1DownwardAPIVolumeFile,
    )
    from stencila_hub.models.v1_downward_api_volume_source import (
        V1DownwardAPIVolumeSource as V1DownwardAPIVolumeSource,
    )
    from stencila_hub.models.v1_empty_dir_volume_source import (
        V1EmptyDirVolumeSource as V1EmptyDirVolumeSource,
    )
    from stencila_hub.models.v1_env_from_source import V1EnvFromSource as V1EnvFromSource
    from stencila_hub.models.v1_env_var import V1EnvVar as V1EnvVar
    from stencila_hub.models.v1_env_var_source import V1EnvVarSource as V1EnvVarSource
    from stencila_hub.models.v1_ephemeral_container import (
        V1EphemeralContainer as V1EphemeralContainer,
    )
    from stencila_hub.models.v1_ephemeral_volume_source import (
        V1EphemeralVolumeSource as V1EphemeralVolumeSource,
    )
    from stencila_hub.models.v1_eviction_responder import V1EvictionResponder as V1EvictionResponder
    from stencila_hub.models.v1_exec_action import V1ExecAction as V1ExecAction
    from stencila_hub.models.v1_fc_volume_source import V1FCVolumeSource as V1FCVolumeSource
    from stencila_hub.models.v1_file_key_selector import V1FileKeySelector as V1FileKeySelector
    from stencila_hub.models.v1_flex_volume_source import V1FlexVolumeSource as V1FlexVolumeSource
    from stencila_hub.models.v1_flocker_volume_source import (
        V1FlockerVolumeSource as V1FlockerVolumeSource,
    )
    from stencila_hub.models.v1_gce_persistent_disk_volume_source import (
        V1GCEPersistentDiskVolumeSource as V1GCEPersistentDiskVolumeSource,
    )
    from stencila_hub.models.v1_git_repo_volume_source import (
        V1GitRepoVolumeSource as V1GitRepoVolumeSource,
    )
    from stencila_hub.models.v1_glusterfs_volume_source import (
        V1GlusterfsVolumeSource as V1GlusterfsVolumeSource,
    )
    from stencila_hub.models.v1_grpc_action import V1GRPCAction as V1GRPCAction
    from stencila_hub.models.v1_host_alias import V1HostAlias as V1HostAlias
    from stencila_hub.models.v1_host_path_volume_source import (
        V1HostPathVolumeSource as V1HostPathVolumeSource,
    )
    from stencila_hub.models.v1_http_get_action import V1HTTPGetAction as V1HTTPGetAction
    from stencila_hub.models.v1_http_header import V1HTTPHeader as V1HTTPHeader
    from stencila_hub.models.v1_image_volume_source import (
        V1ImageVolumeSource as V1ImageVolumeSource,
    )
    from stencila_hub.models.v1_iscsi_volume_source import (
        V1ISCSIVolumeSource as V1ISCSIVolumeSource,
    )
    from stencila_hub.models.v1_job import V1Job as V1Job
    from stencila_hub.models.v1_job_condition import V1JobCondition as V1JobCondition
    from stencila_hub.models.v1_job_list import V1JobList as V1JobList
    from stencila_hub.models.v1_job_scheduling_configuration import (
        V1JobSchedulingConfiguration as V1JobSchedulingConfiguration,
    )
    from stencila_hub.models.v1_job_spec import V1JobSpec as V1JobSpec
    from stencila_hub.models.v1_job_status import V1JobStatus as V1JobStatus
    from stencila_hub.models.v1_key_to_path import V1KeyToPath as V1KeyToPath
    from stencila_hub.models.v1_label_selector import V1LabelSelector as V1LabelSelector
    from stencila_hub.models.v1_label_selector_requirement import (
        V1LabelSelectorRequirement as V1LabelSelectorRequirement,
    )
    from stencila_hub.models.v1_lifecycle import V1Lifecycle as V1Lifecycle
    from stencila_hub.models.v1_lifecycle_handler import V1LifecycleHandler as V1LifecycleHandler
    from stencila_hub.models.v1_list_meta import V1ListMeta as V1ListMeta
    from stencila_hub.models.v1_local_object_reference import (
        V1LocalObjectReference as V1LocalObjectReference,
    )
    from stencila_hub.models.v1_managed_fields_entry import (
        V1ManagedFieldsEntry as V1ManagedFieldsEntry,
    )
    from stencila_hub.models.v1_nfs_volume_source import V1NFSVolumeSource as V1NFSVolumeSource
    from stencila_hub.models.v1_node_affinity import V1NodeAffinity as V1NodeAffinity
    from stencila_hub.models.v1_node_selector import V1NodeSelector as V1NodeSelector
    from stencila_hub.models.v1_node_selector_requirement import (
        V1NodeSelectorRequirement as V1NodeSelectorRequirement,
    )
    from stencila_hub.models.v1_node_selector_term import V1NodeSelectorTerm as V1NodeSelectorTerm
    from stencila_hub.models.v1_object_field_selector import (
        V1ObjectFieldSelector as V1ObjectFieldSelector,
    )
    from stencila_hub.models.v1_object_meta import V1ObjectMeta as V1ObjectMeta
    from stencila_hub.models.v1_owner_reference import V1OwnerReference as V1OwnerReference
    from stencila_hub.models.v1_persistent_volume_claim_spec import (
        V1PersistentVolumeClaimSpec as V1PersistentVolumeClaimSpec,
    )
    from stencila_hub.models.v1_persistent_volume_claim_template import (
        V1PersistentVolumeClaimTemplate as V1PersistentVolumeClaimTemplate,
    )
    from stencila_hub.models.v1_persistent_volume_claim_volume_source import (
        V1PersistentVolumeClaimVolumeSource as V1PersistentVolumeClaimVolumeSource,
    )
    from stencila_hub.models.v1_photon_persistent_disk_volume_source import (
        V1PhotonPersistentDiskVolumeSource as V1PhotonPersistentDiskVolumeSource,
    )
    from stencila_hub.models.v1_pod_affinity import V1PodAffinity as V1PodAffinity
    from stencila_hub.models.v1_pod_affinity_term import V1PodAffinityTerm as V1PodAffinityTerm
    from stencila_hub.models.v1_pod_anti_affinity import V1PodAntiAffinity as V1PodAntiAffinity
    from stencila_hub.models.v1_pod_certificate_projection import (
        V1PodCertificateProjection as V1PodCertificateProjection,
    )
    from stencila_hub.models.v1_pod_dns_config import V1PodDNSConfig as V1PodDNSConfig
    from stencila_hub.models.v1_pod_dns_config_option import (
        V1PodDNSConfigOption as V1PodDNSConfigOption,
    )
    from stencila_hub.models.v1_pod_failure_policy import V1PodFailurePolicy as V1PodFailurePolicy
    from stencila_hub.models.v1_pod_failure_policy_on_exit_codes_requirement import (
        V1PodFailurePolicyOnExitCodesRequirement as V1PodFailurePolicyOnExitCodesRequirement,
    )
    from stencila_hub.models.v1_pod_failure_policy_on_pod_conditions_pattern import (
        V1PodFailurePolicyOnPodConditionsPattern as V1PodFailurePolicyOnPodConditionsPattern,
    )
    from stencila_hub.models.v1_pod_failure_policy_rule import (
        V1PodFailurePolicyRule as V1PodFailurePolicyRule,
    )
    from stencila_hub.models.v1_pod_os import V1PodOS as V1PodOS
    from stencila_hub.models.v1_pod_readiness_gate import V1PodReadinessGate as V1PodReadinessGate
    from stencila_hub.models.v1_pod_resource_claim import V1PodResourceClaim as V1PodResourceClaim
    from stencila_hub.models.v1_pod_scheduling_gate import (
        V1PodSchedulingGate as V1PodSchedulingGate,
    )
    from stencila_hub.models.v1_pod_scheduling_group import (
        V1PodSchedulingGroup as V1PodSchedulingGroup,
    )
    from stencila_hub.models.v1_pod_security_context import (
        V1PodSecurityContext as V1PodSecurityContext,
    )
    from stencila_hub.models.v1_pod_spec import V1PodSpec as V1PodSpec
    from stencila_hub.models.v1_pod_template_spec import V1PodTemplateSpec as V1PodTemplateSpec
    from stencila_hub.models.v1_portworx_volume_source import (
        V1PortworxVolumeSource as V1PortworxVolumeSource,
    )
    from stencila_hub.models.v1_preferred_scheduling_term import (
        V1PreferredSchedulingTerm as V1PreferredSchedulingTerm,
    )
    from stencila_hub.models.v1_probe import V1Probe as V1Probe
    from stencila_hub.models.v1_projected_volume_source import (
        V1ProjectedVolumeSource as V1ProjectedVolumeSource,
    )
    from stencila_hub.models.v1_quobyte_volume_source import (
        V1QuobyteVolumeSource as V1QuobyteVolumeSource,
    )
    from stencila_hub.models.v1_rbd_volume_source import V1RBDVolumeSource as V1RBDVolumeSource
    from stencila_hub.models.v1_resource_field_selector import (
        V1ResourceFieldSelector as V1ResourceFieldSelector,
    )
    from stencila_hub.models.v1_resource_requirements import (
        V1ResourceRequirements as V1ResourceRequirements,
    )
    from stencila_hub.models.v1_scale_io_volume_source import (
        V1ScaleIOVolumeSource as V1ScaleIOVolumeSource,
    )
    from stencila_hub.models.v1_se_linux_options import V1SELinuxOptions as V1SELinuxOptions
    from stencila_hub.models.v1_seccomp_profile import V1SeccompProfile as V1SeccompProfile
    from stencila_hub.models.v1_secret_env_source import V1SecretEnvSource as V1SecretEnvSource
    from stencila_hub.models.v1_secret_key_selector import (
        V1SecretKeySelector as V1SecretKeySelector,
    )
    from stencila_hub.models.v1_secret_projection import V1SecretProjection as V1SecretProjection
    from stencila_hub.models.v1_secret_volume_source import (
        V1SecretVolumeSource as V1SecretVolumeSource,
    )
    from stencila_hub.models.v1_security_context import V1SecurityContext as V1SecurityContext
    from stencila_hub.models.v1_service_account_token_projection import (
        V1ServiceAccountTokenProjection as V1ServiceAccountTokenProjection,
    )
    from stencila_hub.models.v1_shard_info import V1ShardInfo as V1ShardInfo
    from stencila_hub.models.v1_sleep_action import V1SleepAction as V1SleepAction
    from stencila_hub.models.v1_status import V1Status as V1Status
    from stencila_hub.models.v1_status_cause import V1StatusCause as V1StatusCause
    from stencila_hub.models.v1_status_details import V1StatusDetails as V1StatusDetails
    from stencila_hub.models.v1_storage_os_volume_source import (
        V1StorageOSVolumeSource as V1StorageOSVolumeSource,
    )
    from stencila_hub.models.v1_success_policy import V1SuccessPolicy as V1SuccessPolicy
    from stencila_hub.models.v1_success_policy_rule import (
        V1SuccessPolicyRule as V1SuccessPolicyRule,
    )
    from stencila_hub.models.v1_sysctl import V1Sysctl as V1Sysctl
    from stencila_hub.models.v1_tcp_socket_action import V1TCPSocketAction as V1TCPSocketAction
    from stencila_hub.models.v1_toleration import V1Toleration as V1Toleration
    from stencila_hub.models.v1_topology_spread_constraint import (
        V1TopologySpreadConstraint as V1TopologySpreadConstraint,
    )
    from stencila_hub.models.v1_typed_local_object_reference import (
        V1TypedLocalObjectReference as V1TypedLocalObjectReference,
    )
    from stencila_hub.models.v1_typed_object_reference import (
        V1TypedObjectReference as V1TypedObjectReference,
    )
    from stencila_hub.models.v1_uncounted_terminated_pods import (
        V1UncountedTerminatedPods as V1UncountedTerminatedPods,
    )
    from stencila_hub.models.v1_volume import V1Volume as V1Volume
    from stencila_hub.models.v1_volume_device import V1VolumeDevice as V1VolumeDevice
    from stencila_hub.models.v1_volume_mount import V1VolumeMount as V1VolumeMount
    from stencila_hub.models.v1_volume_projection import V1VolumeProjection as V1VolumeProjection
    from stencila_hub.models.v1_volume_resource_requirements import (
        V1VolumeResourceRequirements as V1VolumeResourceRequirements,
    )
    from stencila_hub.models.v1_vsphere_virtual_disk_volume_source import (
        V1VsphereVirtualDiskVolumeSource as V1VsphereVirtualDiskVolumeSource,
    )
    from stencila_hub.models.v1_weighted_pod_affinity_term import (
        V1WeightedPodAffinityTerm as V1WeightedPodAffinityTerm,
    )
    from stencila_hub.models.v1_windows_security_context_options import (
        V1WindowsSecurityContextOptions as V1WindowsSecurityContextOptions,
    )
    from stencila_hub.models.v1alpha3_topology_constraint import (
        V1alpha3TopologyConstraint as V1alpha3TopologyConstraint,
    )
    from stencila_hub.models.v1alpha3_workload_pod_group_disruption_mode import (
        V1alpha3WorkloadPodGroupDisruptionMode as V1alpha3WorkloadPodGroupDisruptionMode,
    )
    from stencila_hub.models.v1alpha3_workload_pod_group_gang_scheduling_policy import (
        V1alpha3WorkloadPodGroupGangSchedulingPolicy as V1alpha3WorkloadPodGroupGangSchedulingPolicy,
    )
    from stencila_hub.models.v1alpha3_workload_pod_group_resource_claim import (
        V1alpha3WorkloadPodGroupResourceClaim as V1alpha3WorkloadPodGroupResourceClaim,
    )
    from stencila_hub.models.v1alpha3_workload_pod_group_scheduling_constraints import (
        V1alpha3WorkloadPodGroupSchedulingConstraints as V1alpha3WorkloadPodGroupSchedulingConstraints,
    )
    from stencila_hub.models.v1alpha3_workload_pod_group_scheduling_policy import (
        V1alpha3WorkloadPodGroupSchedulingPolicy as V1alpha3WorkloadPodGroupSchedulingPolicy,
    )

__getattr__, __dir__ = _lazy_exports(__name__, _EXPORTS, globals())
