# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class GafferFlapping(SdkModel):
    """Flapping detection of a Gaffer job: when processes exit too often, stop them and retry later. When given, missing values take the defaults shown.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    attempts: Optional[StrictInt] = Field(
        default=None,
        description="Maximum number of restarts within `window` before the job is stopped (default 2).",
    )
    window: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None,
        description="The period, in seconds, in which the restarts are counted (default 1).",
    )
    retry_in: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None, description="Seconds to wait before restarting a stopped job (default 7)."
    )
    max_retry: Optional[StrictInt] = Field(
        default=None, description="Maximum number of retries before giving up (default 5)."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "attempts",
            "window",
            "retry_in",
            "max_retry",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
