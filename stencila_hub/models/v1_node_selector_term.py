# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_node_selector_requirement import V1NodeSelectorRequirement


class V1NodeSelectorTerm(SdkModel):
    """A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    match_expressions: list[V1NodeSelectorRequirement] | None = Field(
        default=None,
        description="matchExpressions is a list of node selector requirements by node's labels.",
        validation_alias="matchExpressions",
        serialization_alias="matchExpressions",
    )
    match_fields: list[V1NodeSelectorRequirement] | None = Field(
        default=None,
        description="matchFields is a list of node selector requirements by node's fields.",
        validation_alias="matchFields",
        serialization_alias="matchFields",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "match_expressions",
            "match_fields",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
