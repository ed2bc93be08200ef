# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Annotated, ClassVar

from pydantic import Field, StrictBool, StrictStr

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
    description: StrictStr | None = Field(default=None, description="The description of the job.")
    type: StrictStr = Field(description="The type of the job.")
    mains: list[Annotated[str, Field(min_length=1, strict=True)]] | None = Field(
        default=None,
        description="IDs of the main binaries. Needed (non-empty) for Pig, Hive, Shell, Spark, Storm and Storm.Pyleus; not allowed for Java and MapReduce. ",
    )
    libs: list[Annotated[str, Field(min_length=1, strict=True)]] | None = Field(
        default=None,
        description="IDs of the library binaries. Needed for Java and MapReduce; must not overlap `mains`.",
    )
    streaming: StrictBool | None = Field(
        default=None,
        description="Accepted by the server's schema (a legacy flag for MapReduce streaming); `MapReduce.Streaming` is the type to use.",
    )
    interface: list[SaharaJobInterfaceArgument] | None = Field(
        default=None,
        description="The interface of the job (named arguments a job execution can set).",
    )
    is_public: StrictBool | None = Field(
        default=None, description="If `true`, the job is shared with other projects."
    )
    is_protected: StrictBool | None = Field(
        default=None, description="If `true`, the job cannot be updated or deleted."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "description",
            "type",
            "mains",
            "libs",
            "streaming",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {
        "name": r"^[a-zA-Z0-9][a-zA-Z0-9\-_\.]*$",
    }
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {
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
