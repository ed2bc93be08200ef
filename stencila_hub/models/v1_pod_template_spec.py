# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_object_meta import V1ObjectMeta
from stencila_hub.models.v1_pod_spec import V1PodSpec


class V1PodTemplateSpec(SdkModel):
    """PodTemplateSpec describes the data a pod should have when created from a template

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    metadata: V1ObjectMeta | None = None
    spec: V1PodSpec | None = None

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "metadata",
            "spec",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
