# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel


class V1alpha3WorkloadPodGroupDisruptionMode(SdkModel):
    """WorkloadPodGroupDisruptionMode defines how individual pods within a group can be disrupted. Exactly one mode must be set.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    all: dict[str, Any] | None = Field(
        default=None,
        description="all specifies that all pods in the group must be disrupted together.",
    )
    single: dict[str, Any] | None = Field(
        default=None,
        description="single specifies that pods can be disrupted independently from each other.",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "all",
            "single",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
