# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class SaharaMarkers(SdkModel):
    """The paging markers of a list answer.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    prev: StrictStr | None = Field(
        default=None,
        description="The marker of the previous page; `null` if the previous page is the first one, or this page is.",
    )
    next: StrictStr | None = Field(
        default=None, description="The marker of the next page; `null` on the last page."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset({})
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
