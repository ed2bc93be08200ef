# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class HubQueue(SdkModel):
    """A job queue of an account, which the Hub routes jobs to.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: Optional[StrictInt] = None
    name: Optional[StrictStr] = Field(default=None, description="The name of the queue.")
    priority: Optional[StrictInt] = Field(
        default=None, description="The relative priority of jobs placed on the queue."
    )
    untrusted: Optional[StrictBool] = Field(
        default=None,
        description="Whether or not the queue should be sent jobs which run untrusted code.",
    )
    interrupt: Optional[StrictBool] = Field(
        default=None,
        description="Whether or not the queue should be sent jobs which can not be interrupted.",
    )
    zone: Optional[StrictInt] = Field(default=None, description="The zone this queue is in.")

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "name",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
