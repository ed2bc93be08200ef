# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel

# openapi.yaml (x-sdk-naive-utc): this schema's timestamps are UTC sent without a zone; they
# decode as aware UTC datetimes.
from stencila_hub.base_model import UtcDatetime as datetime  # noqa: F811
from stencila_hub.models.sahara_job_binary import SaharaJobBinary
from stencila_hub.models.sahara_job_interface_argument import SaharaJobInterfaceArgument


class SaharaJob(SdkModel):
    """A Sahara EDP job (a job template), as the server returns it. `mains` and `libs` are full job-binary objects here (requests send their IDs). The api-ref marks every field required, but the server omits `updated_at` in the create answer (19.0.0 too, and `description` when unset) and sends `null` elsewhere. Timestamps are UTC sent without a zone and decode as aware UTC datetimes.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictStr = Field(description="The UUID of the job.")
    tenant_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the project (tenant) that owns the job."
    )
    name: Optional[StrictStr] = Field(
        default=None, description="The name of the job, unique within the project."
    )
    description: Optional[StrictStr] = Field(
        default=None, description="The description of the job."
    )
    type: Optional[StrictStr] = Field(
        default=None,
        description='The type of the job. (The api-ref\'s text, "the type of the data source object", is a copy-paste slip.) Values from newer plugins decode and are kept. ',
    )
    is_public: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job is shared with other projects."
    )
    is_protected: Optional[StrictBool] = Field(
        default=None,
        description="If `true`, the job cannot be updated or deleted (the server answers 400).",
    )
    mains: Optional[List[SaharaJobBinary]] = Field(
        default=None, description="The main binaries of the job (the script or jar to run)."
    )
    libs: Optional[List[SaharaJobBinary]] = Field(
        default=None, description="The library binaries of the job."
    )
    interface: Optional[List[SaharaJobInterfaceArgument]] = Field(
        default=None,
        description="The interface of the job (named arguments a job execution can set); often empty.",
    )
    created_at: Optional[datetime] = Field(
        default=None,
        description='When the job was created, in UTC (the api-ref says "cluster", a copy-paste slip). Recent servers send ISO 8601 without zone (`2015-02-10T14:25:48`); older ones send `2015-02-10 14:25:48` or `2015-03-27 08:48:38.630827` (space, no zone). All decode as aware UTC datetimes. ',
    )
    updated_at: Optional[datetime] = Field(
        default=None,
        description="When the job was last updated (UTC); `null` if never, absent from a create answer. Same forms as `created_at`.",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "tenant_id",
            "created_at",
            "updated_at",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "tenant_id",
            "name",
            "type",
            "mains",
            "libs",
            "interface",
            "created_at",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
        "type": frozenset(
            {
                "Hive",
                "Java",
                "MapReduce",
                "MapReduce.Streaming",
                "Pig",
                "Shell",
                "Spark",
                "Storm",
                "Storm.Pyleus",
            }
        ),
    }
