# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1alpha3WorkloadPodGroupResourceClaim(SdkModel):
    """WorkloadPodGroupResourceClaim references a dynamic resource claim that is shared across pods in the group.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: StrictStr = Field(
        description="name uniquely identifies this resource claim inside the group. This field is required. It must be a DNS_LABEL."
    )
    resource_claim_name: Optional[StrictStr] = Field(
        default=None,
        description="resourceClaimName is the name of a ResourceClaim object in the same namespace. This field is optional. If it is not specified, no resource claim is used. If set, it must be a DNS subdomain.",
        validation_alias="resourceClaimName",
        serialization_alias="resourceClaimName",
    )
    resource_claim_template_name: Optional[StrictStr] = Field(
        default=None,
        description="resourceClaimTemplateName is the name of a ResourceClaimTemplate object in the same namespace. This field is optional. If it is not specified, no resource claim template is used. If set, it must be a DNS subdomain.",
        validation_alias="resourceClaimTemplateName",
        serialization_alias="resourceClaimTemplateName",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "name",
            "resource_claim_name",
            "resource_claim_template_name",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
