# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class V1PodCertificateProjection(SdkModel):
    """PodCertificateProjection provides a private key and X.509 certificate in the pod filesystem.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    certificate_chain_path: Optional[StrictStr] = Field(
        default=None,
        description="certificateChainPath is the path to write the certificate chain at this path in the projected volume.  Most applications should use credentialBundlePath.  When using keyPath and certificateChainPath, your application needs to check that the key and leaf certificate are consistent, because it is possible to read the files mid-rotation.",
        validation_alias="certificateChainPath",
        serialization_alias="certificateChainPath",
    )
    credential_bundle_path: Optional[StrictStr] = Field(
        default=None,
        description="credentialBundlePath is the path to write the credential bundle at in the projected volume.  The credential bundle is a single file that contains multiple PEM blocks. The first PEM block is a PRIVATE KEY block, containing a PKCS#8 private key.  The remaining blocks are CERTIFICATE blocks, containing the issued certificate chain from the signer (leaf and any intermediates).  Using credentialBundlePath lets your Pod's application code make a single atomic read that retrieves a consistent key and certificate chain.  If you project them to separate files, your application code will need to additionally check that the leaf certificate was issued to the key.",
        validation_alias="credentialBundlePath",
        serialization_alias="credentialBundlePath",
    )
    key_path: Optional[StrictStr] = Field(
        default=None,
        description="keyPath is the path to write the key at in the projected volume.  Most applications should use credentialBundlePath.  When using keyPath and certificateChainPath, your application needs to check that the key and leaf certificate are consistent, because it is possible to read the files mid-rotation.",
        validation_alias="keyPath",
        serialization_alias="keyPath",
    )
    key_type: StrictStr = Field(
        description='keyType is the type of keypair Kubelet will generate for the pod.  Valid values are "RSA3072", "RSA4096", "ECDSAP256", "ECDSAP384", "ECDSAP521", "ED25519", "MLDSA44", "MLDSA65", and "MLDSA87".  MLDSA key types are only allowed when the PodCertificateMLDSA feature gate is enabled.',
        validation_alias="keyType",
        serialization_alias="keyType",
    )
    max_expiration_seconds: Optional[StrictInt] = Field(
        default=None,
        description="maxExpirationSeconds is the maximum lifetime permitted for the certificate.  Kubelet copies this value verbatim into the PodCertificateRequests it generates for this projection.  If omitted, kube-apiserver will set it to 86400(24 hours). kube-apiserver will reject values shorter than 3600 (1 hour).  The maximum allowable value is 7862400 (91 days).  The signer implementation is then free to issue a certificate with any lifetime *shorter* than MaxExpirationSeconds, but no shorter than 3600 seconds (1 hour).  This constraint is enforced by kube-apiserver. `kubernetes.io` signers will never issue certificates with a lifetime longer than 24 hours.",
        validation_alias="maxExpirationSeconds",
        serialization_alias="maxExpirationSeconds",
    )
    signer_name: StrictStr = Field(
        description="signerName is the name of the signer. Kubelet's generated CSRs will be addressed to this signer.",
        validation_alias="signerName",
        serialization_alias="signerName",
    )
    user: Optional[StrictInt] = Field(
        default=None,
        description="user is Optional: The owner UID of the created file. If specified, the item-level user field takes precedence over defaultUser. (Alpha) This field requires the AtomicWriteVolumeUserFields feature gate to be enabled.",
    )
    user_annotations: Optional[Dict[str, StrictStr]] = Field(
        default=None,
        description="userAnnotations allow pod authors to pass additional information to the signer implementation.  Kubernetes does not restrict or validate this metadata in any way.  These values are copied verbatim into the `spec.unverifiedUserAnnotations` field of the PodCertificateRequest objects that Kubelet creates.  Entries are subject to the same validation as object metadata annotations, with the addition that all keys must be domain-prefixed. No restrictions are placed on values, except an overall size limitation on the entire field.  Signers should document the keys and values they support. Signers should deny requests that contain keys they do not recognize.",
        validation_alias="userAnnotations",
        serialization_alias="userAnnotations",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "certificate_chain_path",
            "credential_bundle_path",
            "key_path",
            "key_type",
            "max_expiration_seconds",
            "signer_name",
            "user",
            "user_annotations",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
