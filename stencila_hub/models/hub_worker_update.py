# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.celery_queue import CeleryQueue


class HubWorkerUpdate(SdkModel):
    """What `workers_partial_update` sends about a worker: Celery's `inspect().stats()` and `inspect().active_queues()` for it. (The Hub's schema says a `Worker`; the server reads these two members.)

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    stats: Optional[Dict[str, Any]] = Field(
        default=None,
        description="The worker's statistics, as Celery's `inspect().stats()` gives them.",
    )
    queues: Optional[List[CeleryQueue]] = Field(
        default=None,
        description="The queues the worker consumes from, as `inspect().active_queues()` gives them.",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "stats",
            "queues",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
