# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictFloat, StrictInt

from stencila_hub.base_model import SdkModel


class GafferFlapping(SdkModel):
    """Flapping detection of a Gaffer job: when processes exit too often, stop them and retry later. When given, missing values take the defaults shown.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    attempts: StrictInt | None = Field(
        default=None,
        description="Maximum number of restarts within `window` before the job is stopped (default 2).",
    )
    window: StrictFloat | StrictInt | None = Field(
        default=None,
        description="The period, in seconds, in which the restarts are counted (default 1).",
    )
    retry_in: StrictFloat | StrictInt | None = Field(
        default=None, description="Seconds to wait before restarting a stopped job (default 7)."
    )
    max_retry: StrictInt | None = Field(
        default=None, description="Maximum number of retries before giving up (default 5)."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "attempts",
            "window",
            "retry_in",
            "max_retry",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
