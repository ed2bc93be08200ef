# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.hub_zone import HubZone


class HubZonePage(SdkModel):
    """One page of an account's zones, as the Hub pages its lists (Django REST framework's limit/offset pagination): `next` and `previous` are absolute URLs with `limit` and `offset`, `null` on the last and first page. `stencila_hub.pagination.hub` walks every page.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    count: StrictInt = Field(description="How many there are in all pages.")
    next: Optional[StrictStr] = Field(
        default=None, description="The URL of the next page, `null` on the last."
    )
    previous: Optional[StrictStr] = Field(
        default=None, description="The URL of the previous page, `null` on the first."
    )
    results: List[HubZone]

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "count",
            "results",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
