# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Annotated, ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel


class CeleryQueue(SdkModel):
    """A queue a Celery worker consumes from (`name`, and Kombu's other members).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: Annotated[str, Field(min_length=1, strict=True)] = Field(description="The queue's name.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )
    _sdk_extra_allowed: ClassVar[bool] = True  # additionalProperties: true
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
