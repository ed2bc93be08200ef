# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.sahara_job_interface_argument import SaharaJobInterfaceArgument


class SaharaJobCreate(SdkModel):
    """The body of a job create request, as the server validates it (`JOB_SCHEMA`, `sahara/service/validations/edp/job_schema.py`): the server refuses any other field.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: Annotated[str, Field(min_length=1, strict=True, max_length=50)] = Field(
        description="The name of the job (1 to 50 characters; letters, digits, `-`, `_`, `.`; not starting with `-`, `_` or `.`)."
    )
    description: Optional[StrictStr] = Field(
        default=None, description="The description of the job."
    )
    type: StrictStr = Field(description="The type of the job.")
    mains: Optional[List[Annotated[str, Field(min_length=1, strict=True)]]] = Field(
        default=None,
        description="IDs of the main binaries. Needed (non-empty) for Pig, Hive, Shell, Spark, Storm and Storm.Pyleus; not allowed for Java and MapReduce. ",
    )
    libs: Optional[List[Annotated[str, Field(min_length=1, strict=True)]]] = Field(
        default=None,
        description="IDs of the library binaries. Needed for Java and MapReduce; must not overlap `mains`.",
    )
    streaming: Optional[StrictBool] = Field(
        default=None,
        description="Accepted by the server's schema (a legacy flag for MapReduce streaming); `MapReduce.Streaming` is the type to use.",
    )
    interface: Optional[List[SaharaJobInterfaceArgument]] = Field(
        default=None,
        description="The interface of the job (named arguments a job execution can set).",
    )
    is_public: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job is shared with other projects."
    )
    is_protected: Optional[StrictBool] = Field(
        default=None, description="If `true`, the job cannot be updated or deleted."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "name",
            "description",
            "type",
            "mains",
            "libs",
            "streaming",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {
        "name": r"^[a-zA-Z0-9][a-zA-Z0-9\-_\.]*$",
    }
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
