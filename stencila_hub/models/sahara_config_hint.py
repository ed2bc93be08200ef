# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class SaharaConfigHint(SdkModel):
    """One configuration hint (from the Hadoop/Hive default XML files of the engine).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: StrictStr | None = Field(
        default=None, description="The configuration name, for example `mapred.reduce.tasks`."
    )
    value: StrictStr | None = Field(default=None, description="The default value, as a string.")
    description: StrictStr | None = Field(default=None, description="What the configuration does.")

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
