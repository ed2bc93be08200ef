# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class StencilaNode(SdkModel):
    """A Stencila document node (`{\"type\": \"CodeChunk\", \"programmingLanguage\": ..., \"text\": ...}`), which `projects_jobs_execute` sends and receives; its other members are kept as they are.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    type: StrictStr = Field(
        description="The node's type, e.g. `CodeChunk`, `CodeExpression`, `Article`."
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _sdk_extra_allowed: ClassVar[bool] = True  # additionalProperties: true
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
