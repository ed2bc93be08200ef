# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_lifecycle_handler import V1LifecycleHandler


class V1Lifecycle(SdkModel):
    """Lifecycle describes actions that the management system should take in response to container lifecycle events. For the PostStart and PreStop lifecycle handlers, management of the container blocks until the action is complete, unless the container process fails, in which case the handler is aborted.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    post_start: V1LifecycleHandler | None = Field(
        default=None, validation_alias="postStart", serialization_alias="postStart"
    )
    pre_stop: V1LifecycleHandler | None = Field(
        default=None, validation_alias="preStop", serialization_alias="preStop"
    )
    stop_signal: StrictStr | None = Field(
        default=None,
        description="stopSignal defines which signal will be sent to a container when it is being stopped. If not specified, the default is defined by the container runtime in use. StopSignal can only be set for Pods with a non-empty .spec.os.name",
        validation_alias="stopSignal",
        serialization_alias="stopSignal",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "post_start",
            "pre_stop",
            "stop_signal",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
