# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_label_selector import V1LabelSelector


class V1ClusterTrustBundleProjection(SdkModel):
    """ClusterTrustBundleProjection describes how to select a set of ClusterTrustBundle objects and project their contents into the pod filesystem.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    label_selector: Optional[V1LabelSelector] = Field(
        default=None, validation_alias="labelSelector", serialization_alias="labelSelector"
    )
    name: Optional[StrictStr] = Field(
        default=None,
        description="name selects a single ClusterTrustBundle by object name.  Mutually-exclusive with signerName and labelSelector.",
    )
    optional: Optional[StrictBool] = Field(
        default=None,
        description="optional indicates that if true, don't block pod startup if the referenced ClusterTrustBundle(s) aren't available.  If using name, then the named ClusterTrustBundle is allowed not to exist.  If using signerName, then the combination of signerName and labelSelector is allowed to match zero ClusterTrustBundles.",
    )
    path: StrictStr = Field(
        description="path is the relative path from the volume root to write the bundle."
    )
    signer_name: Optional[StrictStr] = Field(
        default=None,
        description="signerName selects all ClusterTrustBundles that match this signer name. Mutually-exclusive with name.  The contents of all selected ClusterTrustBundles will be unified and deduplicated.",
        validation_alias="signerName",
        serialization_alias="signerName",
    )
    user: Optional[StrictInt] = Field(
        default=None,
        description="user is Optional: The owner UID of the created file. If specified, the item-level user field takes precedence over defaultUser. (Alpha) This field requires the AtomicWriteVolumeUserFields feature gate to be enabled.",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "label_selector",
            "name",
            "optional",
            "path",
            "signer_name",
            "user",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
