# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_affinity import V1Affinity
from stencila_hub.models.v1_container import V1Container
from stencila_hub.models.v1_ephemeral_container import V1EphemeralContainer
from stencila_hub.models.v1_eviction_responder import V1EvictionResponder
from stencila_hub.models.v1_host_alias import V1HostAlias
from stencila_hub.models.v1_local_object_reference import V1LocalObjectReference
from stencila_hub.models.v1_pod_dns_config import V1PodDNSConfig
from stencila_hub.models.v1_pod_os import V1PodOS
from stencila_hub.models.v1_pod_readiness_gate import V1PodReadinessGate
from stencila_hub.models.v1_pod_resource_claim import V1PodResourceClaim
from stencila_hub.models.v1_pod_scheduling_gate import V1PodSchedulingGate
from stencila_hub.models.v1_pod_scheduling_group import V1PodSchedulingGroup
from stencila_hub.models.v1_pod_security_context import V1PodSecurityContext
from stencila_hub.models.v1_resource_requirements import V1ResourceRequirements
from stencila_hub.models.v1_toleration import V1Toleration
from stencila_hub.models.v1_topology_spread_constraint import V1TopologySpreadConstraint
from stencila_hub.models.v1_volume import V1Volume


class V1PodSpec(SdkModel):
    """PodSpec is a description of a pod.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    active_deadline_seconds: Optional[StrictInt] = Field(
        default=None,
        description="activeDeadlineSeconds is the optional duration in seconds the pod may be active on the node relative to StartTime before the system will actively try to mark it failed and kill associated containers. Value must be a positive integer.",
        validation_alias="activeDeadlineSeconds",
        serialization_alias="activeDeadlineSeconds",
    )
    affinity: Optional[V1Affinity] = None
    automount_service_account_token: Optional[StrictBool] = Field(
        default=None,
        description="automountServiceAccountToken indicates whether a service account token should be automatically mounted.",
        validation_alias="automountServiceAccountToken",
        serialization_alias="automountServiceAccountToken",
    )
    containers: List[V1Container] = Field(
        description="containers is the list of containers belonging to the pod. Containers cannot currently be added or removed. There must be at least one container in a Pod. Cannot be updated."
    )
    dns_config: Optional[V1PodDNSConfig] = Field(
        default=None, validation_alias="dnsConfig", serialization_alias="dnsConfig"
    )
    dns_policy: Optional[StrictStr] = Field(
        default=None,
        description="dnsPolicy sets the DNS policy for the pod. Defaults to \"ClusterFirst\". Valid values are 'ClusterFirstWithHostNet', 'ClusterFirst', 'Default' or 'None'. DNS parameters given in DNSConfig will be merged with the policy selected with DNSPolicy. To have DNS options set along with hostNetwork, you have to specify DNS policy explicitly to 'ClusterFirstWithHostNet'.",
        validation_alias="dnsPolicy",
        serialization_alias="dnsPolicy",
    )
    enable_service_links: Optional[StrictBool] = Field(
        default=None,
        description="enableServiceLinks indicates whether information about services should be injected into pod's environment variables, matching the syntax of Docker links. Optional: Defaults to true.",
        validation_alias="enableServiceLinks",
        serialization_alias="enableServiceLinks",
    )
    ephemeral_containers: Optional[List[V1EphemeralContainer]] = Field(
        default=None,
        description="ephemeralContainers is the list of ephemeral containers run in this pod. Ephemeral containers may be run in an existing pod to perform user-initiated actions such as debugging. This list cannot be specified when creating a pod, and it cannot be modified by updating the pod spec. In order to add an ephemeral container to an existing pod, use the pod's ephemeralcontainers subresource.",
        validation_alias="ephemeralContainers",
        serialization_alias="ephemeralContainers",
    )
    eviction_responders: Optional[List[V1EvictionResponder]] = Field(
        default=None,
        description="evictionResponders reference responders that react to Evictions based on EvictionRequests. Responders should observe and communicate through the Eviction Resource API to help with the graceful termination of a pod. The responders are selected sequentially, according to their specified priority.  Responders should periodically report on an eviction progress by updating the .status.responders[].heartbeatTime field of the Eviction object. If this field is not updated within the heartbeat deadline defined by the Eviction API (currently 20 minutes), the eviction is passed over to the next responder with a lower priority. If there is no other responder, the last default imperative-eviction.k8s.io/evictor responder with a priority of 100 will evict the pod using the imperative Eviction API (pods/<name>/eviction subresource).  The maximum length of the responders list is 10. Responders are not supported when the pod is part of a PodGroup (.spec.schedulingGroup is set). This field can only be set on creation and is immutable afterwards.",
        validation_alias="evictionResponders",
        serialization_alias="evictionResponders",
    )
    host_aliases: Optional[List[V1HostAlias]] = Field(
        default=None,
        description="hostAliases is an optional list of hosts and IPs that will be injected into the pod's hosts file if specified.",
        validation_alias="hostAliases",
        serialization_alias="hostAliases",
    )
    host_ipc: Optional[StrictBool] = Field(
        default=None,
        description="hostIPC uses the host's ipc namespace. Optional: Default to false.",
        validation_alias="hostIPC",
        serialization_alias="hostIPC",
    )
    host_network: Optional[StrictBool] = Field(
        default=None,
        description="hostNetwork indicates that the pod should use the host's network namespace. When using hostNetwork you should specify ports so the scheduler is aware. When `hostNetwork` is true, specified `hostPort` fields in port definitions must match `containerPort`, and unspecified `hostPort` fields in port definitions are defaulted to match `containerPort`. Default to false.",
        validation_alias="hostNetwork",
        serialization_alias="hostNetwork",
    )
    host_pid: Optional[StrictBool] = Field(
        default=None,
        description="hostPID uses the host's pid namespace. Optional: Default to false.",
        validation_alias="hostPID",
        serialization_alias="hostPID",
    )
    host_users: Optional[StrictBool] = Field(
        default=None,
        description="hostUsers specifies whether to use the host's user namespace. Optional: Default to true. If set to true or not present, the pod will be run in the host user namespace, useful for when the pod needs a feature only available to the host user namespace, such as loading a kernel module with CAP_SYS_MODULE. When set to false, a new userns is created for the pod. Setting false is useful for mitigating container breakout vulnerabilities even allowing users to run their containers as root without actually having root privileges on the host.",
        validation_alias="hostUsers",
        serialization_alias="hostUsers",
    )
    hostname: Optional[StrictStr] = Field(
        default=None,
        description="hostname specifies the hostname of the Pod If not specified, the pod's hostname will be set to a system-defined value.",
    )
    hostname_override: Optional[StrictStr] = Field(
        default=None,
        description="hostnameOverride specifies an explicit override for the pod's hostname as perceived by the pod. This field only specifies the pod's hostname and does not affect its DNS records. When this field is set to a non-empty string: - It takes precedence over the values set in `hostname` and `subdomain`. - The Pod's hostname will be set to this value. - `setHostnameAsFQDN` must be nil or set to false. - `hostNetwork` must be set to false.  This field must be a valid DNS subdomain as defined in RFC 1123 and contain at most 64 characters.",
        validation_alias="hostnameOverride",
        serialization_alias="hostnameOverride",
    )
    image_pull_secrets: Optional[List[V1LocalObjectReference]] = Field(
        default=None,
        description="imagePullSecrets is an optional list of references to secrets in the same namespace to use for pulling any of the images used by this PodSpec. If specified, these secrets will be passed to individual puller implementations for them to use. More info: https://kubernetes.io/docs/concepts/containers/images#specifying-imagepullsecrets-on-a-pod",
        validation_alias="imagePullSecrets",
        serialization_alias="imagePullSecrets",
    )
    init_containers: Optional[List[V1Container]] = Field(
        default=None,
        description="initContainers is the list of initialization containers belonging to the pod. Init containers are executed in order prior to containers being started. If any init container fails, the pod is considered to have failed and is handled according to its restartPolicy. The name for an init container or normal container must be unique among all containers. Init containers may not have Lifecycle actions, Readiness probes, Liveness probes, or Startup probes. The resourceRequirements of an init container are taken into account during scheduling by finding the highest request/limit for each resource type, and then using the max of that value or the sum of the normal containers. Limits are applied to init containers in a similar fashion. Init containers cannot currently be added or removed. Cannot be updated. More info: https://kubernetes.io/docs/concepts/workloads/pods/init-containers/",
        validation_alias="initContainers",
        serialization_alias="initContainers",
    )
    node_name: Optional[StrictStr] = Field(
        default=None,
        description="nodeName indicates in which node this pod is scheduled. If empty, this pod is a candidate for scheduling by the scheduler defined in schedulerName. Once this field is set, the kubelet for this node becomes responsible for the lifecycle of this pod. This field should not be used to express a desire for the pod to be scheduled on a specific node. https://kubernetes.io/docs/concepts/scheduling-eviction/assign-pod-node/#nodename",
        validation_alias="nodeName",
        serialization_alias="nodeName",
    )
    node_selector: Optional[Dict[str, StrictStr]] = Field(
        default=None,
        description="nodeSelector is a selector which must be true for the pod to fit on a node. Selector which must match a node's labels for the pod to be scheduled on that node. More info: https://kubernetes.io/docs/concepts/configuration/assign-pod-node/",
        validation_alias="nodeSelector",
        serialization_alias="nodeSelector",
    )
    os: Optional[V1PodOS] = None
    overhead: Optional[Dict[str, StrictStr]] = Field(
        default=None,
        description="overhead represents the resource overhead associated with running a pod for a given RuntimeClass. This field will be autopopulated at admission time by the RuntimeClass admission controller. If the RuntimeClass admission controller is enabled, overhead must not be set in Pod create requests. The RuntimeClass admission controller will reject Pod create requests which have the overhead already set. If RuntimeClass is configured and selected in the PodSpec, Overhead will be set to the value defined in the corresponding RuntimeClass, otherwise it will remain unset and treated as zero. More info: https://git.k8s.io/enhancements/keps/sig-node/688-pod-overhead/README.md",
    )
    preemption_policy: Optional[StrictStr] = Field(
        default=None,
        description="preemptionPolicy is the Policy for preempting pods with lower priority. One of Never, PreemptLowerPriority. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. Defaults to PreemptLowerPriority if unset.",
        validation_alias="preemptionPolicy",
        serialization_alias="preemptionPolicy",
    )
    priority: Optional[StrictInt] = Field(
        default=None,
        description="priority specifies the priority value. Various system components use this field to find the priority of the pod. When Priority Admission Controller is enabled, it prevents users from setting this field. The admission controller populates this field from PriorityClassName. The higher the value, the higher the priority.",
    )
    priority_class_name: Optional[StrictStr] = Field(
        default=None,
        description='priorityClassName if specified, indicates the pod\'s priority. "system-node-critical" and "system-cluster-critical" are two special keywords which indicate the highest priorities with the former being the highest priority. Any other name must be defined by creating a PriorityClass object with that name. If not specified, the pod priority will be default or zero if there is no default.',
        validation_alias="priorityClassName",
        serialization_alias="priorityClassName",
    )
    readiness_gates: Optional[List[V1PodReadinessGate]] = Field(
        default=None,
        description='readinessGates if specified, all readiness gates will be evaluated for pod readiness. A pod is ready when all its containers are ready AND all conditions specified in the readiness gates have status equal to "True" More info: https://git.k8s.io/enhancements/keps/sig-network/580-pod-readiness-gates',
        validation_alias="readinessGates",
        serialization_alias="readinessGates",
    )
    resource_claims: Optional[List[V1PodResourceClaim]] = Field(
        default=None,
        description="resourceClaims defines which ResourceClaims must be allocated and reserved before the Pod is allowed to start. The resources will be made available to those containers which consume them by name. This field is immutable.",
        validation_alias="resourceClaims",
        serialization_alias="resourceClaims",
    )
    resources: Optional[V1ResourceRequirements] = None
    restart_policy: Optional[StrictStr] = Field(
        default=None,
        description="restartPolicy is the restart policy for all containers within the pod. One of Always, OnFailure, Never. In some contexts, only a subset of those values may be permitted. Default to Always. More info: https://kubernetes.io/docs/concepts/workloads/pods/pod-lifecycle/#restart-policy",
        validation_alias="restartPolicy",
        serialization_alias="restartPolicy",
    )
    runtime_class_name: Optional[StrictStr] = Field(
        default=None,
        description='runtimeClassName refers to a RuntimeClass object in the node.k8s.io group, which should be used to run this pod.  If no RuntimeClass resource matches the named class, the pod will not be run. If unset or empty, the "legacy" RuntimeClass will be used, which is an implicit class with an empty definition that uses the default runtime handler. More info: https://git.k8s.io/enhancements/keps/sig-node/585-runtime-class',
        validation_alias="runtimeClassName",
        serialization_alias="runtimeClassName",
    )
    scheduler_name: Optional[StrictStr] = Field(
        default=None,
        description="schedulerName specifies the scheduler to dispatch the pod. If not specified, the pod will be dispatched by default scheduler.",
        validation_alias="schedulerName",
        serialization_alias="schedulerName",
    )
    scheduling_gates: Optional[List[V1PodSchedulingGate]] = Field(
        default=None,
        description="schedulingGates is an opaque list of values that if specified will block scheduling the pod. If schedulingGates is not empty, the pod will stay in the SchedulingGated state and the scheduler will not attempt to schedule the pod.  SchedulingGates can only be set at pod creation time, and be removed only afterwards.",
        validation_alias="schedulingGates",
        serialization_alias="schedulingGates",
    )
    scheduling_group: Optional[V1PodSchedulingGroup] = Field(
        default=None, validation_alias="schedulingGroup", serialization_alias="schedulingGroup"
    )
    security_context: Optional[V1PodSecurityContext] = Field(
        default=None, validation_alias="securityContext", serialization_alias="securityContext"
    )
    service_account: Optional[StrictStr] = Field(
        default=None,
        description="serviceAccount is a deprecated alias for ServiceAccountName. Deprecated: Use serviceAccountName instead.",
        validation_alias="serviceAccount",
        serialization_alias="serviceAccount",
    )
    service_account_name: Optional[StrictStr] = Field(
        default=None,
        description="serviceAccountName is the name of the ServiceAccount to use to run this pod. More info: https://kubernetes.io/docs/tasks/configure-pod-container/configure-service-account/",
        validation_alias="serviceAccountName",
        serialization_alias="serviceAccountName",
    )
    set_hostname_as_fqdn: Optional[StrictBool] = Field(
        default=None,
        description="setHostnameAsFQDN if true the pod's hostname will be configured as the pod's FQDN, rather than the leaf name (the default). In Linux containers, this means setting the FQDN in the hostname field of the kernel (the nodename field of struct utsname). In Windows containers, this means setting the registry value of hostname for the registry key HKEY_LOCAL_MACHINE\\\\SYSTEM\\\\CurrentControlSet\\\\Services\\\\Tcpip\\\\Parameters to FQDN. If a pod does not have FQDN, this has no effect. Default to false.",
        validation_alias="setHostnameAsFQDN",
        serialization_alias="setHostnameAsFQDN",
    )
    share_process_namespace: Optional[StrictBool] = Field(
        default=None,
        description="shareProcessNamespace indicates whether to share a single process namespace between all of the containers in a pod. When this is set containers will be able to view and signal processes from other containers in the same pod, and the first process in each container will not be assigned PID 1. HostPID and ShareProcessNamespace cannot both be set. Optional: Default to false.",
        validation_alias="shareProcessNamespace",
        serialization_alias="shareProcessNamespace",
    )
    subdomain: Optional[StrictStr] = Field(
        default=None,
        description='subdomain specifies the subdomain of the Pod. If specified, the fully qualified Pod hostname will be "<hostname>.<subdomain>.<pod namespace>.svc.<cluster domain>". If not specified, the pod will not have a domainname at all.',
    )
    termination_grace_period_seconds: Optional[StrictInt] = Field(
        default=None,
        description="terminationGracePeriodSeconds is the optional duration in seconds the pod needs to terminate gracefully. May be decreased in delete request. Value must be non-negative integer. The value zero indicates stop immediately via the kill signal (no opportunity to shut down). If this value is nil, the default grace period will be used instead. The grace period is the duration in seconds after the processes running in the pod are sent a termination signal and the time when the processes are forcibly halted with a kill signal. Set this value longer than the expected cleanup time for your process. Defaults to 30 seconds.",
        validation_alias="terminationGracePeriodSeconds",
        serialization_alias="terminationGracePeriodSeconds",
    )
    tolerations: Optional[List[V1Toleration]] = Field(
        default=None, description="tolerations specifies the pod's tolerations."
    )
    topology_spread_constraints: Optional[List[V1TopologySpreadConstraint]] = Field(
        default=None,
        description="topologySpreadConstraints describes how a group of pods ought to spread across topology domains. Scheduler will schedule pods in a way which abides by the constraints. All topologySpreadConstraints are ANDed.",
        validation_alias="topologySpreadConstraints",
        serialization_alias="topologySpreadConstraints",
    )
    volumes: Optional[List[V1Volume]] = Field(
        default=None,
        description="volumes is the list of volumes that can be mounted by containers belonging to the pod. More info: https://kubernetes.io/docs/concepts/storage/volumes",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "active_deadline_seconds",
            "affinity",
            "automount_service_account_token",
            "containers",
            "dns_config",
            "dns_policy",
            "enable_service_links",
            "ephemeral_containers",
            "eviction_responders",
            "host_aliases",
            "host_ipc",
            "host_network",
            "host_pid",
            "host_users",
            "hostname",
            "hostname_override",
            "image_pull_secrets",
            "init_containers",
            "node_name",
            "node_selector",
            "os",
            "overhead",
            "preemption_policy",
            "priority",
            "priority_class_name",
            "readiness_gates",
            "resource_claims",
            "resources",
            "restart_policy",
            "runtime_class_name",
            "scheduler_name",
            "scheduling_gates",
            "scheduling_group",
            "security_context",
            "service_account",
            "service_account_name",
            "set_hostname_as_fqdn",
            "share_process_namespace",
            "subdomain",
            "termination_grace_period_seconds",
            "tolerations",
            "topology_spread_constraints",
            "volumes",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
