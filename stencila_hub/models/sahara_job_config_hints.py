# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel
from stencila_hub.models.sahara_config_hint import SaharaConfigHint


class SaharaJobConfigHints(SdkModel):
    """The configuration hints of a job type: which `job_configs` keys it takes, with the known configuration names. A key is absent when the job type does not take it.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    configs: list[SaharaConfigHint] | None = Field(
        default=None,
        description="Known configuration values (often empty for Java, Spark and Storm).",
    )
    args: list[StrictStr] | None = Field(
        default=None,
        description="Positional arguments (always empty; present when the job type takes arguments).",
    )
    params: dict[str, Any] | None = Field(
        default=None,
        description="Parameters (always empty; present when the job type takes parameters).",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "configs",
            "args",
            "params",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
