# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictInt

from stencila_hub.base_model import SdkModel


class GafferPids(SdkModel):
    """The process ids of a Gaffer job.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    pids: list[StrictInt] = Field(
        description="Gaffer process ids (not OS pids) of the kept-alive processes; committed ones are not included."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "pids",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
