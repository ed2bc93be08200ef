# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import datetime
from typing import Annotated, ClassVar

from pydantic import Field, StrictBool, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel

# openapi.yaml (x-sdk-naive-utc): this schema's timestamps are UTC sent without a zone; they
# decode as aware UTC datetimes.
from stencila_hub.base_model import UtcDatetime as datetime  # noqa: F811


class SaharaJobInterfaceArgument(SdkModel):
    """One argument of a job's interface: a named value that a job execution can set, and where it goes (a positional argument, a configuration value or a parameter). In a create request the server accepts only `name`, `description`, `mapping_type`, `location`, `value_type`, `required` and `default` and refuses other fields; in responses it adds the read-only ones.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictStr | None = Field(default=None, description="The UUID of the argument.")
    job_id: StrictStr | None = Field(
        default=None, description="The UUID of the job this argument belongs to."
    )
    tenant_id: StrictStr | None = Field(
        default=None, description="The UUID of the project (tenant)."
    )
    name: Annotated[str, Field(min_length=1, strict=True)] = Field(
        description="The name of the argument, unique within the job."
    )
    description: StrictStr | None = Field(
        default=None, description="A description of the argument."
    )
    mapping_type: StrictStr = Field(
        description="Where the value goes: a positional argument (`args`), a configuration value (`configs`) or a parameter (`params`)."
    )
    location: Annotated[str, Field(min_length=1, strict=True)] = Field(
        description='The configuration or parameter name, or for `args` the position (`"0"`, `"1"`, ... without gaps).'
    )
    value_type: StrictStr | None = Field(
        default=None, description="The type of the value; the server defaults it to `string`."
    )
    required: StrictBool = Field(
        description="Whether a job execution must set this argument. An optional positional argument needs a `default`."
    )
    order: StrictInt | None = Field(
        default=None, description="The position of the argument in the interface."
    )
    default: StrictStr | None = Field(default=None, description="The default value.")
    created_at: datetime | None = Field(
        default=None,
        description="When the argument was created, in UTC (ISO 8601 without zone, or the older space form; decoded aware).",
    )
    updated_at: datetime | None = Field(
        default=None, description="When the argument was last updated; `null` if never."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "job_id",
            "tenant_id",
            "order",
            "created_at",
            "updated_at",
        }
    )
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
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
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {
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
