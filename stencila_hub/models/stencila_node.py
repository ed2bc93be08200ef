# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class StencilaNode(SdkModel):
    """A Stencila document node (`{\"type\": \"CodeChunk\", \"programmingLanguage\": ..., \"text\": ...}`), which `projects_jobs_execute` sends and receives; its other members are kept as they are.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    type: StrictStr = Field(
        description="The node's type, e.g. `CodeChunk`, `CodeExpression`, `Article`."
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "type",
        }
    )
    _sdk_extra_allowed: ClassVar[bool] = True  # additionalProperties: true
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
