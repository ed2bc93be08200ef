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


class SaharaJobInterfaceArgument(SdkModel):
    """One argument of a job's interface: a named value that a job execution can set, and where it goes (a positional argument, a configuration value or a parameter). In a create request the server accepts only `name`, `description`, `mapping_type`, `location`, `value_type`, `required` and `default` and refuses other fields; in responses it adds the read-only ones.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: Optional[StrictStr] = Field(default=None, description="The UUID of the argument.")
    job_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the job this argument belongs to."
    )
    tenant_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the project (tenant)."
    )
    name: Annotated[str, Field(min_length=1, strict=True)] = Field(
        description="The name of the argument, unique within the job."
    )
    description: Optional[StrictStr] = Field(
        default=None, description="A description of the argument."
    )
    mapping_type: StrictStr = Field(
        description="Where the value goes: a positional argument (`args`), a configuration value (`configs`) or a parameter (`params`)."
    )
    location: Annotated[str, Field(min_length=1, strict=True)] = Field(
        description='The configuration or parameter name, or for `args` the position (`"0"`, `"1"`, ... without gaps).'
    )
    value_type: Optional[StrictStr] = Field(
        default=None, description="The type of the value; the server defaults it to `string`."
    )
    required: StrictBool = Field(
        description="Whether a job execution must set this argument. An optional positional argument needs a `default`."
    )
    order: Optional[StrictInt] = Field(
        default=None, description="The position of the argument in the interface."
    )
    default: Optional[StrictStr] = Field(default=None, description="The default value.")
    created_at: Optional[datetime] = Field(
        default=None,
        description="When the argument was created, in UTC (ISO 8601 without zone, or the older space form; decoded aware).",
    )
    updated_at: Optional[datetime] = Field(
        default=None, description="When the argument was last updated; `null` if never."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "job_id",
            "tenant_id",
            "order",
            "created_at",
            "updated_at",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "job_id",
            "tenant_id",
            "name",
            "mapping_type",
            "location",
            "value_type",
            "required",
            "order",
            "created_at",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
        "mapping_type": frozenset(
            {
                "args",
                "configs",
                "params",
            }
        ),
        "value_type": frozenset(
            {
                "string",
                "number",
                "data_source",
            }
        ),
    }
