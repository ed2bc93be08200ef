# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictStr

from stencila_hub.base_model import SdkModel


class V1WindowsSecurityContextOptions(SdkModel):
    """WindowsSecurityContextOptions contain Windows-specific options and credentials.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    gmsa_credential_spec: StrictStr | None = Field(
        default=None,
        description="gmsaCredentialSpec is where the GMSA admission webhook (https://github.com/kubernetes-sigs/windows-gmsa) inlines the contents of the GMSA credential spec named by the GMSACredentialSpecName field.",
        validation_alias="gmsaCredentialSpec",
        serialization_alias="gmsaCredentialSpec",
    )
    gmsa_credential_spec_name: StrictStr | None = Field(
        default=None,
        description="gmsaCredentialSpecName is the name of the GMSA credential spec to use.",
        validation_alias="gmsaCredentialSpecName",
        serialization_alias="gmsaCredentialSpecName",
    )
    host_process: StrictBool | None = Field(
        default=None,
        description="hostProcess determines if a container should be run as a 'Host Process' container. All of a Pod's containers must have the same effective HostProcess value (it is not allowed to have a mix of HostProcess containers and non-HostProcess containers). In addition, if HostProcess is true then HostNetwork must also be set to true.",
        validation_alias="hostProcess",
        serialization_alias="hostProcess",
    )
    run_as_user_name: StrictStr | None = Field(
        default=None,
        description="runAsUserName is the UserName in Windows to run the entrypoint of the container process. Defaults to the user specified in image metadata if unspecified. May also be set in PodSecurityContext. If set in both SecurityContext and PodSecurityContext, the value specified in SecurityContext takes precedence.",
        validation_alias="runAsUserName",
        serialization_alias="runAsUserName",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "gmsa_credential_spec",
            "gmsa_credential_spec_name",
            "host_process",
            "run_as_user_name",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
