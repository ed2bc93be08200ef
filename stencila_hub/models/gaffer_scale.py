# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel


class GafferScale(SdkModel):
    """A scaling request for a Gaffer job.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    scale: Any | None = Field(
        description='How to scale: a string `"+N"` (add N processes), `"-N"` (remove N), `"=N"` (set to N) or `"N"` (add N), or an integer (positive adds, negative removes). Typed as any JSON value (an integer or a string). '
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset({})
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
