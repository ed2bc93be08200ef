# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1WindowsSecurityContextOptions(SdkModel):
    """WindowsSecurityContextOptions contain Windows-specific options and credentials.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    gmsa_credential_spec: Optional[StrictStr] = Field(
        default=None,
        description="gmsaCredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.",
        validation_alias="gmsaCredentialSpec",
        serialization_alias="gmsaCredentialSpec",
    )
    gmsa_credential_spec_name: Optional[StrictStr] = Field(
        default=None,
        description="gmsaCredentialSpecName is the name of the GMSA credential spec to use.",
        validation_alias="gmsaCredentialSpecName",
        serialization_alias="gmsaCredentialSpecName",
    )
    host_process: Optional[StrictBool] = Field(
        default=None,
        description="hostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.",
        validation_alias="hostProcess",
        serialization_alias="hostProcess",
    )
    run_as_user_name: Optional[StrictStr] = Field(
        default=None,
        description="runAsUserName is the UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.",
        validation_alias="runAsUserName",
        serialization_alias="runAsUserName",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "gmsa_credential_spec",
            "gmsa_credential_spec_name",
            "host_process",
            "run_as_user_name",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
