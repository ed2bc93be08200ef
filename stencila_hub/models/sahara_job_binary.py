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


class SaharaJobBinary(SdkModel):
    """A job binary (a main script or a library of a job), as Sahara returns it inside a job's `mains` and `libs`. The server filters out the binary's `extra` field (credentials). A job-binary create answer omits `updated_at` (19.0.0). Timestamps are UTC sent without a zone and decode as aware UTC datetimes.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictStr = Field(description="The UUID of the job binary.")
    tenant_id: Optional[StrictStr] = Field(
        default=None, description="The UUID of the project (tenant) that owns the binary."
    )
    name: Optional[StrictStr] = Field(default=None, description="The name of the job binary.")
    description: Optional[StrictStr] = Field(
        default=None, description="The description of the job binary."
    )
    url: Optional[StrictStr] = Field(
        default=None,
        description="Where the binary is stored: `internal-db://<id>`, `swift://<container>/<object>`, `manila://...`, `s3://...`.",
    )
    is_public: Optional[StrictBool] = Field(
        default=None,
        description="If `true`, the binary is shared with other projects. Absent from older servers.",
    )
    is_protected: Optional[StrictBool] = Field(
        default=None,
        description="If `true`, the binary cannot be changed or deleted. Absent from older servers.",
    )
    created_at: Optional[datetime] = Field(
        default=None,
        description="When the binary was created, in UTC. Recent servers send ISO 8601 without zone (`2015-02-10T14:25:53`), older ones `2015-02-10 14:25:53` (space, no zone); both decode as aware UTC datetimes. ",
    )
    updated_at: Optional[datetime] = Field(
        default=None,
        description="When the binary was last updated (UTC); `null` if never, absent from a create answer. Same forms as `created_at`.",
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
            "url",
            "created_at",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
