# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_node_selector_requirement import V1NodeSelectorRequirement


class V1NodeSelectorTerm(SdkModel):
    """A null or empty node selector term matches no objects. The requirements of them are ANDed. The TopologySelectorTerm type implements a subset of the NodeSelectorTerm.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    match_expressions: Optional[List[V1NodeSelectorRequirement]] = Field(
        default=None,
        description="matchExpressions is a list of node selector requirements by node's labels.",
        validation_alias="matchExpressions",
        serialization_alias="matchExpressions",
    )
    match_fields: Optional[List[V1NodeSelectorRequirement]] = Field(
        default=None,
        description="matchFields is a list of node selector requirements by node's fields.",
        validation_alias="matchFields",
        serialization_alias="matchFields",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "match_expressions",
            "match_fields",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
