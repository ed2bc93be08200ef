# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Annotated, ClassVar

from pydantic import Field, StrictBool, StrictStr

from stencila_hub.base_model import SdkModel


class SaharaJobUpdate(SdkModel):
    """The body of a job update (PATCH) request, as the server validates it (`JOB_UPDATE_SCHEMA`): nothing required, no other field allowed.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: Annotated[str, Field(min_length=1, strict=True, max_length=50)] | None = Field(
        default=None, description="The new name of the job (same rules as at creation)."
    )
    description: StrictStr | None = Field(
        default=None, description="The new description of the job."
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
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {
        "name": r"^[a-zA-Z0-9][a-zA-Z0-9\-_\.]*$",
    }
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
