# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.celery_queue import CeleryQueue


class HubWorkerUpdate(SdkModel):
    """What `workers_partial_update` sends about a worker: Celery's `inspect().stats()` and `inspect().active_queues()` for it. (The Hub's schema says a `Worker`; the server reads these two members.)

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    stats: dict[str, Any] | None = Field(
        default=None,
        description="The worker's statistics, as Celery's `inspect().stats()` gives them.",
    )
    queues: list[CeleryQueue] | None = Field(
        default=None,
        description="The queues the worker consumes from, as `inspect().active_queues()` gives them.",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "stats",
            "queues",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
