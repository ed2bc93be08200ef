# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictBool, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class HubQueue(SdkModel):
    """A job queue of an account, which the Hub routes jobs to.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictInt | None = None
    name: StrictStr | None = Field(default=None, description="The name of the queue.")
    priority: StrictInt | None = Field(
        default=None, description="The relative priority of jobs placed on the queue."
    )
    untrusted: StrictBool | None = Field(
        default=None,
        description="Whether or not the queue should be sent jobs which run untrusted code.",
    )
    interrupt: StrictBool | None = Field(
        default=None,
        description="Whether or not the queue should be sent jobs which can not be interrupted.",
    )
    zone: StrictInt | None = Field(default=None, description="The zone this queue is in.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "name",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
