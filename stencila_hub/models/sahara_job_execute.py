# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.sahara_job_configs import SaharaJobConfigs


class SaharaJobExecute(SdkModel):
    """The body of a run-job request, as the server validates it (`JOB_EXEC_SCHEMA`, `sahara/service/validations/edp/job_execution_schema.py`): `cluster_id` required, no other field allowed.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    if TYPE_CHECKING:  # a UUID field takes the text of one too (pydantic converts it)
        cluster_id: Union[UUID, str]
    else:
        cluster_id: UUID = Field(description="The UUID of the cluster to run the job on.")
    if TYPE_CHECKING:  # a UUID field takes the text of one too (pydantic converts it)
        input_id: Optional[Union[UUID, str]] = None
    else:
        input_id: Optional[UUID] = Field(
            default=None,
            description="The UUID of the input data source (needed by some job types).",
        )
    if TYPE_CHECKING:  # a UUID field takes the text of one too (pydantic converts it)
        output_id: Optional[Union[UUID, str]] = None
    else:
        output_id: Optional[UUID] = Field(
            default=None,
            description="The UUID of the output data source (needed by some job types).",
        )
    job_configs: Optional[SaharaJobConfigs] = None
    interface: Optional[Dict[str, Any]] = Field(
        default=None,
        description="Values for the job's interface arguments, by argument name (values are strings or integers). Required (even empty) when the job has an interface. ",
    )
    is_public: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job execution is shared with other projects."
    )
    is_protected: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job execution cannot be updated or deleted."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "cluster_id",
            "input_id",
            "output_id",
            "job_configs",
            "interface",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
