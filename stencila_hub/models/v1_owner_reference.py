# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1OwnerReference(SdkModel):
    """OwnerReference contains enough information to let you identify an owning object. An owning object must be in the same namespace as the dependent, or be cluster-scoped, so there is no namespace field.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    api_version: StrictStr = Field(
        description="API version of the referent.",
        validation_alias="apiVersion",
        serialization_alias="apiVersion",
    )
    block_owner_deletion: Optional[StrictBool] = Field(
        default=None,
        description='If true, AND if the owner has the "foregroundDeletion" finalizer, then the owner cannot be deleted from the key-value store until this reference is removed. See https://kubernetes.io/docs/concepts/architecture/garbage-collection/#foreground-deletion for how the garbage collector interacts with this field and enforces the foreground deletion. Defaults to false. To set this field, a user needs "delete" permission of the owner, otherwise 422 (Unprocessable Entity) will be returned.',
        validation_alias="blockOwnerDeletion",
        serialization_alias="blockOwnerDeletion",
    )
    controller: Optional[StrictBool] = Field(
        default=None, description="If true, this reference points to the managing controller."
    )
    kind: StrictStr = Field(
        description="Kind of the referent. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds"
    )
    name: StrictStr = Field(
        description="Name of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names"
    )
    uid: StrictStr = Field(
        description="UID of the referent. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#uids"
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "api_version",
            "block_owner_deletion",
            "controller",
            "kind",
            "name",
            "uid",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
