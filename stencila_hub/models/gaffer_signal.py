# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel


class GafferSignal(SdkModel):
    """A signal to send to the processes of a Gaffer job.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    signal: Any | None = Field(
        description='The signal: a number (`15`), a numeric string (`"15"`) or a name (`"TERM"`, `"SIGTERM"`, `"HUP"`, ...). Typed as any JSON value (an integer or a string). '
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset({})
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
