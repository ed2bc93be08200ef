# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1ManagedFieldsEntry(SdkModel):
    """ManagedFieldsEntry is a workflow-id, a FieldSet and the group version of the resource that the fieldset applies to.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    api_version: Optional[StrictStr] = Field(
        default=None,
        description='APIVersion defines the version of this resource that this field set applies to. The format is "group/version" just like the top-level APIVersion field. It is necessary to track the version of a field set because it cannot be automatically converted.',
        validation_alias="apiVersion",
        serialization_alias="apiVersion",
    )
    fields_type: Optional[StrictStr] = Field(
        default=None,
        description='FieldsType is the discriminator for the different fields format and version. There is currently only one possible value: "FieldsV1"',
        validation_alias="fieldsType",
        serialization_alias="fieldsType",
    )
    fields_v1: Optional[Dict[str, Any]] = Field(
        default=None,
        description='FieldsV1 holds the first JSON version format as described in the "FieldsV1" type.',
        validation_alias="fieldsV1",
        serialization_alias="fieldsV1",
    )
    manager: Optional[StrictStr] = Field(
        default=None, description="Manager is an identifier of the workflow managing these fields."
    )
    operation: Optional[StrictStr] = Field(
        default=None,
        description="Operation is the type of operation which lead to this ManagedFieldsEntry being created. The only valid values for this field are 'Apply' and 'Update'.",
    )
    subresource: Optional[StrictStr] = Field(
        default=None,
        description="Subresource is the name of the subresource used to update that object, or empty string if the object was updated through the main resource. The value of this field is used to distinguish between managers, even if they share the same name. For example, a status update will be distinct from a regular update using the same manager name. Note that the APIVersion field is not related to the Subresource field and it always corresponds to the version of the main resource.",
    )
    time: Optional[datetime] = Field(
        default=None,
        description="Time is the timestamp of when the ManagedFields entry was added. The timestamp will also be updated if a field is added, the manager changes any of the owned fields value or removes a field. The timestamp does not update when a field is removed from the entry because another manager took it over.  RFC 3339 date-time in UTC as the server sends it (`2024-05-01T12:00:00Z`), decoded to a timezone-aware datetime; `null` when unset.",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "api_version",
            "fields_type",
            "fields_v1",
            "manager",
            "operation",
            "subresource",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
