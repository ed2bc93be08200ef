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
from stencila_hub.models.sahara_job_configs import SaharaJobConfigs
from stencila_hub.models.sahara_job_execution_info import SaharaJobExecutionInfo


class SaharaJobExecution(SdkModel):
    """A job execution: one run of a job on a cluster (`sahara/db/sqlalchemy/models.py` `JobExecution`; the server filters out `extra`). The api-ref marks every field required; the server sends `null` for those not set yet (times, return code, engine job id), and the `execute` answer leaves out `updated_at`, `start_time`, `end_time`, `engine_job_id`, `return_code` and `data_source_urls` altogether (19.0.0). There is no progress field: the progress is what `info` reports (the status, and for Oozie its actions). Timestamps are UTC sent without a zone and decode as aware UTC datetimes.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictStr = Field(description="The UUID of the job execution.")
    tenant_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the project (tenant)."
    )
    job_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the job that was run."
    )
    cluster_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the cluster the job runs on."
    )
    input_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the input data source, if any."
    )
    output_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the output data source, if any."
    )
    info: Optional[SaharaJobExecutionInfo] = None
    start_time: Optional[datetime] = Field(
        default=None,
        description="When the job started (UTC, decoded aware); `null` before, absent from the `execute` answer. ISO 8601 without zone (`2015-09-15T12:49:43`), or the older space form.",
    )
    end_time: Optional[datetime] = Field(
        default=None,
        description="When the job ended (UTC); `null` before, absent from the `execute` answer. Same forms as `start_time`.",
    )
    return_code: Optional[StrictStr] = Field(
        default=None,
        description="The code returned by the job (a string), `null` until it is known; absent from the `execute` answer.",
    )
    engine_job_id: Optional[StrictStr] = Field(
        default=None,
        description="The id of the job in the engine (Oozie workflow id, `pid@instance` for Spark/Storm). Absent from older servers and from the `execute` answer.",
    )
    oozie_job_id: Optional[StrictStr] = Field(
        default=None, description="The old name of `engine_job_id`, still sent with the same value."
    )
    job_configs: Optional[SaharaJobConfigs] = None
    data_source_urls: Optional[Dict[str, StrictStr]] = Field(
        default=None,
        description="The URLs of the data sources used, by data source id; absent from the `execute` answer.",
    )
    is_public: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job execution is shared with other projects."
    )
    is_protected: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job execution cannot be updated or deleted."
    )
    created_at: Optional[datetime] = Field(
        default=None,
        description="When the job execution was created, in UTC (ISO 8601 without zone, or the older space form; decoded aware).",
    )
    updated_at: Optional[datetime] = Field(
        default=None,
        description="When the job execution was last updated (UTC); `null` if never, absent from the `execute` answer.",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "tenant_id",
            "job_id",
            "cluster_id",
            "input_id",
            "output_id",
            "start_time",
            "end_time",
            "return_code",
            "engine_job_id",
            "oozie_job_id",
            "data_source_urls",
            "created_at",
            "updated_at",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "tenant_id",
            "job_id",
            "info",
            "job_configs",
            "created_at",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
