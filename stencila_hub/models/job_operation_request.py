# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class JobOperationRequest(SdkModel):
    """An action on a job. agavepy's swagger lists `resubmit` and `stop`; the server also takes `restore` (bring back a deleted job) and `reset` (roll back to the previous active state; tenant admins only). It refuses every other value with 400 \"Invalid action X\" (also the docs' `kill`).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    action: StrictStr = Field(description="Action to perform on the job.")
    ignore_input_conflicts: Optional[StrictBool] = Field(
        default=None,
        description="`resubmit` only: resubmit although the app's inputs changed since the job ran (server default true). ",
        validation_alias="ignoreInputConflicts",
        serialization_alias="ignoreInputConflicts",
    )
    ignore_parameter_conflicts: Optional[StrictBool] = Field(
        default=None,
        description="`resubmit` only: resubmit although the app's parameters changed since the job ran (server default true). ",
        validation_alias="ignoreParameterConflicts",
        serialization_alias="ignoreParameterConflicts",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "action",
            "ignore_input_conflicts",
            "ignore_parameter_conflicts",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {
        "action": frozenset(
            {
                "resubmit",
                "stop",
                "restore",
                "reset",
            }
        ),
    }
