# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1SuccessPolicyRule(SdkModel):
    """SuccessPolicyRule describes rule for declaring a Job as succeeded. Each rule must have at least one of the \"succeededIndexes\" or \"succeededCount\" specified.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    succeeded_count: Optional[StrictInt] = Field(
        default=None,
        description='succeededCount specifies the minimal required size of the actual set of the succeeded indexes for the Job. When succeededCount is used along with succeededIndexes, the check is constrained only to the set of indexes specified by succeededIndexes. For example, given that succeededIndexes is "1-4", succeededCount is "3", and completed indexes are "1", "3", and "5", the Job isn\'t declared as succeeded because only "1" and "3" indexes are considered in that rules. When this field is null, this doesn\'t default to any value and is never evaluated at any time. When specified it needs to be a positive integer.',
        validation_alias="succeededCount",
        serialization_alias="succeededCount",
    )
    succeeded_indexes: Optional[StrictStr] = Field(
        default=None,
        description='succeededIndexes specifies the set of indexes which need to be contained in the actual set of the succeeded indexes for the Job. The list of indexes must be within 0 to ".spec.completions-1" and must not contain duplicates. At least one element is required. The indexes are represented as intervals separated by commas. The intervals can be a decimal integer or a pair of decimal integers separated by a hyphen. The number are listed in represented by the first and last element of the series, separated by a hyphen. For example, if the completed indexes are 1, 3, 4, 5 and 7, they are represented as "1,3-5,7". When this field is null, this field doesn\'t default to any value and is never evaluated at any time.',
        validation_alias="succeededIndexes",
        serialization_alias="succeededIndexes",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "succeeded_count",
            "succeeded_indexes",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
