# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.sahara_auth_error_detail import SaharaAuthErrorDetail


class SaharaAuthError(SdkModel):
    """The body of a 401 from OpenStack Sahara's deployment. Keystone's middleware (bad or missing token) sends `{\"error\": {...}}`; Sahara's project check (URL project != token project) sends WebOb's body with `code`, `title` and `message` at the top level.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    error: Optional[SaharaAuthErrorDetail] = None
    code: Optional[Any] = Field(
        default=None,
        description='WebOb\'s status line, for example `"401 Unauthorized"` (a string).',
    )
    title: Optional[StrictStr] = Field(
        default=None, description="WebOb's error title, for example `Unauthorized`."
    )
    message: Optional[StrictStr] = Field(default=None, description="WebOb's error message.")

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "error",
            "title",
            "message",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
