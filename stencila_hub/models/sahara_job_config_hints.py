# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.sahara_config_hint import SaharaConfigHint


class SaharaJobConfigHints(SdkModel):
    """The configuration hints of a job type: which `job_configs` keys it takes, with the known configuration names. A key is absent when the job type does not take it.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    configs: Optional[List[SaharaConfigHint]] = Field(
        default=None,
        description="Known configuration values (often empty for Java, Spark and Storm).",
    )
    args: Optional[List[StrictStr]] = Field(
        default=None,
        description="Positional arguments (always empty; present when the job type takes arguments).",
    )
    params: Optional[Dict[str, Any]] = Field(
        default=None,
        description="Parameters (always empty; present when the job type takes parameters).",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "configs",
            "args",
            "params",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
