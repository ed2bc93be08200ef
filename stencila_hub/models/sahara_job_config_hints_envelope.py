# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from stencila_hub.base_model import SdkModel
from stencila_hub.models.sahara_job_config_hints import SaharaJobConfigHints


class SaharaJobConfigHintsEnvelope(SdkModel):
    """The envelope of configuration hints: `{\"job_config\": {...}}`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    job_config: SaharaJobConfigHints

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "job_config",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
