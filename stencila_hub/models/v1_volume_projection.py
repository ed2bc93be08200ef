# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.v1_cluster_trust_bundle_projection import V1ClusterTrustBundleProjection
from stencila_hub.models.v1_config_map_projection import V1ConfigMapProjection
from stencila_hub.models.v1_downward_api_projection import V1DownwardAPIProjection
from stencila_hub.models.v1_pod_certificate_projection import V1PodCertificateProjection
from stencila_hub.models.v1_secret_projection import V1SecretProjection
from stencila_hub.models.v1_service_account_token_projection import V1ServiceAccountTokenProjection


class V1VolumeProjection(SdkModel):
    """Projection that may be projected along with other supported volume types. Exactly one of these fields must be set.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    cluster_trust_bundle: Optional[V1ClusterTrustBundleProjection] = Field(
        default=None,
        validation_alias="clusterTrustBundle",
        serialization_alias="clusterTrustBundle",
    )
    config_map: Optional[V1ConfigMapProjection] = Field(
        default=None, validation_alias="configMap", serialization_alias="configMap"
    )
    downward_api: Optional[V1DownwardAPIProjection] = Field(
        default=None, validation_alias="downwardAPI", serialization_alias="downwardAPI"
    )
    pod_certificate: Optional[V1PodCertificateProjection] = Field(
        default=None, validation_alias="podCertificate", serialization_alias="podCertificate"
    )
    secret: Optional[V1SecretProjection] = None
    service_account_token: Optional[V1ServiceAccountTokenProjection] = Field(
        default=None,
        validation_alias="serviceAccountToken",
        serialization_alias="serviceAccountToken",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "cluster_trust_bundle",
            "config_map",
            "downward_api",
            "pod_certificate",
            "secret",
            "service_account_token",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
