# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class GafferCommit(SdkModel):
    """A one-off run of a Gaffer job. Both fields are optional, but the body must be a JSON object.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    env: dict[str, StrictStr] | None = Field(
        default=None, description="Environment variables for this process, added to the job's."
    )
    graceful_timeout: StrictInt | None = Field(
        default=None,
        description="Seconds to let the process exit after SIGTERM before SIGKILL (the server casts it with `int()`).",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "env",
            "graceful_timeout",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
