# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_container_port import V1ContainerPort
from stencila_hub.models.v1_container_resize_policy import V1ContainerResizePolicy
from stencila_hub.models.v1_container_restart_rule import V1ContainerRestartRule
from stencila_hub.models.v1_env_from_source import V1EnvFromSource
from stencila_hub.models.v1_env_var import V1EnvVar
from stencila_hub.models.v1_lifecycle import V1Lifecycle
from stencila_hub.models.v1_probe import V1Probe
from stencila_hub.models.v1_resource_requirements import V1ResourceRequirements
from stencila_hub.models.v1_security_context import V1SecurityContext
from stencila_hub.models.v1_volume_device import V1VolumeDevice
from stencila_hub.models.v1_volume_mount import V1VolumeMount


class V1EphemeralContainer(SdkModel):
    """An EphemeralContainer is a temporary container that you may add to an existing Pod for user-initiated activities such as debugging. Ephemeral containers have no resource or scheduling guarantees, and they will not be restarted when they exit or when a Pod is removed or restarted. The kubelet may evict a Pod if an ephemeral container causes the Pod to exceed its resource allocation.  To add an ephemeral container, use the ephemeralcontainers subresource of an existing Pod. Ephemeral containers may not be removed or restarted.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    args: Optional[List[StrictStr]] = Field(
        default=None,
        description='args are the arguments to the entrypoint. The image\'s CMD is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
    )
    command: Optional[List[StrictStr]] = Field(
        default=None,
        description='command is the entrypoint array. Not executed within a shell. The image\'s ENTRYPOINT is used if this is not provided. Variable references $(VAR_NAME) are expanded using the container\'s environment. If a variable cannot be resolved, the reference in the input string will be unchanged. Double $$ are reduced to a single $, which allows for escaping the $(VAR_NAME) syntax: i.e. "$$(VAR_NAME)" will produce the string literal "$(VAR_NAME)". Escaped references will never be expanded, regardless of whether the variable exists or not. Cannot be updated. More info: https://kubernetes.io/docs/tasks/inject-data-application/define-command-argument-container/#running-a-command-in-a-shell',
    )
    env: Optional[List[V1EnvVar]] = Field(
        default=None,
        description="env is the list of environment variables to set in the container. Cannot be updated.",
    )
    env_from: Optional[List[V1EnvFromSource]] = Field(
        default=None,
        description="envFrom is the list of sources to populate environment variables in the container. The keys defined within a source may consist of any printable ASCII characters except '='. When a key exists in multiple sources, the value associated with the last source will take precedence. Values defined by an Env with a duplicate key will take precedence. Cannot be updated.",
        validation_alias="envFrom",
        serialization_alias="envFrom",
    )
    image: Optional[StrictStr] = Field(
        default=None,
        description="image is the container image name. More info: https://kubernetes.io/docs/concepts/containers/images",
    )
    image_pull_policy: Optional[StrictStr] = Field(
        default=None,
        description="imagePullPolicy is the image pull policy. One of Always, Never, IfNotPresent. Defaults to Always if :latest tag is specified, or IfNotPresent otherwise. Cannot be updated. More info: https://kubernetes.io/docs/concepts/containers/images#updating-images",
        validation_alias="imagePullPolicy",
        serialization_alias="imagePullPolicy",
    )
    lifecycle: Optional[V1Lifecycle] = None
    liveness_probe: Optional[V1Probe] = Field(
        default=None, validation_alias="livenessProbe", serialization_alias="livenessProbe"
    )
    name: StrictStr = Field(
        description="name of the ephemeral container specified as a DNS_LABEL. This name must be unique among all containers, init containers and ephemeral containers."
    )
    ports: Optional[List[V1ContainerPort]] = Field(
        default=None, description="ports are not allowed for ephemeral containers."
    )
    readiness_probe: Optional[V1Probe] = Field(
        default=None, validation_alias="readinessProbe", serialization_alias="readinessProbe"
    )
    resize_policy: Optional[List[V1ContainerResizePolicy]] = Field(
        default=None,
        description="resizePolicy is the resources resize policy for the container.",
        validation_alias="resizePolicy",
        serialization_alias="resizePolicy",
    )
    resources: Optional[V1ResourceRequirements] = None
    restart_policy: Optional[StrictStr] = Field(
        default=None,
        description="restartPolicy is the restart policy for the container to manage the restart behavior of each container within a pod. You cannot set this field on ephemeral containers.",
        validation_alias="restartPolicy",
        serialization_alias="restartPolicy",
    )
    restart_policy_rules: Optional[List[V1ContainerRestartRule]] = Field(
        default=None,
        description="restartPolicyRules represents a list of rules to be checked to determine if the container should be restarted on exit. You cannot set this field on ephemeral containers.",
        validation_alias="restartPolicyRules",
        serialization_alias="restartPolicyRules",
    )
    security_context: Optional[V1SecurityContext] = Field(
        default=None, validation_alias="securityContext", serialization_alias="securityContext"
    )
    startup_probe: Optional[V1Probe] = Field(
        default=None, validation_alias="startupProbe", serialization_alias="startupProbe"
    )
    stdin: Optional[StrictBool] = Field(
        default=None,
        description="stdin indicates whether this container should allocate a buffer for stdin in the container runtime. If this is not set, reads from stdin in the container will always result in EOF. Default is false.",
    )
    stdin_once: Optional[StrictBool] = Field(
        default=None,
        description="stdinOnce indicates whether the container runtime should close the stdin channel after it has been opened by a single attach. When stdin is true the stdin stream will remain open across multiple attach sessions. If stdinOnce is set to true, stdin is opened on container start, is empty until the first client attaches to stdin, and then remains open and accepts data until the client disconnects, at which time stdin is closed and remains closed until the container is restarted. If this flag is false, a container processes that reads from stdin will never receive an EOF. Default is false",
        validation_alias="stdinOnce",
        serialization_alias="stdinOnce",
    )
    target_container_name: Optional[StrictStr] = Field(
        default=None,
        description="targetContainerName if set, the name of the container from PodSpec that this ephemeral container targets. The ephemeral container will be run in the namespaces (IPC, PID, etc) of this container. If not set then the ephemeral container uses the namespaces configured in the Pod spec.  The container runtime must implement support for this feature. If the runtime does not support namespace targeting then the result of setting this field is undefined.",
        validation_alias="targetContainerName",
        serialization_alias="targetContainerName",
    )
    termination_message_path: Optional[StrictStr] = Field(
        default=None,
        description="terminationMessagePath is the optional path at which the file to which the container's termination message will be written is mounted into the container's filesystem. Message written is intended to be brief final status, such as an assertion failure message. Will be truncated by the node if greater than 4096 bytes. The total message length across all containers will be limited to 12kb. Defaults to /dev/termination-log. Cannot be updated.",
        validation_alias="terminationMessagePath",
        serialization_alias="terminationMessagePath",
    )
    termination_message_policy: Optional[StrictStr] = Field(
        default=None,
        description="terminationMessagePolicy indicates how the termination message should be populated. File will use the contents of terminationMessagePath to populate the container status message on both success and failure. FallbackToLogsOnError will use the last chunk of container log output if the termination message file is empty and the container exited with an error. The log output is limited to 2048 bytes or 80 lines, whichever is smaller. Defaults to File. Cannot be updated.",
        validation_alias="terminationMessagePolicy",
        serialization_alias="terminationMessagePolicy",
    )
    tty: Optional[StrictBool] = Field(
        default=None,
        description="tty indicates whether this container should allocate a TTY for itself, also requires 'stdin' to be true. Default is false.",
    )
    volume_devices: Optional[List[V1VolumeDevice]] = Field(
        default=None,
        description="volumeDevices is the list of block devices to be used by the container.",
        validation_alias="volumeDevices",
        serialization_alias="volumeDevices",
    )
    volume_mounts: Optional[List[V1VolumeMount]] = Field(
        default=None,
        description="volumeMounts are the pod volumes to mount into the container's filesystem. Subpath mounts are not allowed for ephemeral containers. Cannot be updated.",
        validation_alias="volumeMounts",
        serialization_alias="volumeMounts",
    )
    working_dir: Optional[StrictStr] = Field(
        default=None,
        description="workingDir is the container's working directory. If not specified, the container runtime's default will be used, which might be configured in the container image. Cannot be updated.",
        validation_alias="workingDir",
        serialization_alias="workingDir",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "args",
            "command",
            "env",
            "env_from",
            "image",
            "image_pull_policy",
            "lifecycle",
            "liveness_probe",
            "name",
            "ports",
            "readiness_probe",
            "resize_policy",
            "resources",
            "restart_policy",
            "restart_policy_rules",
            "security_context",
            "startup_probe",
            "stdin",
            "stdin_once",
            "target_container_name",
            "termination_message_path",
            "termination_message_policy",
            "tty",
            "volume_devices",
            "volume_mounts",
            "working_dir",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
