# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class SaharaJobConfigs(SdkModel):
    """The configuration of a job execution. In a request the server accepts only these four keys (and refuses others); in responses it blanks Swift/S3 credentials in `configs` and removes its internal keys. Which keys a job type takes: Hive configs+params, Pig configs+params+args, MapReduce configs, Java configs+args, Shell configs+params+args, Spark configs+args, Storm args.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    configs: Optional[Dict[str, Any]] = Field(
        default=None,
        description="Configuration values by name (for example `mapred.map.tasks`); values are strings or integers.",
    )
    params: Optional[Dict[str, Any]] = Field(
        default=None,
        description="Parameters by name (for example Pig/Hive script parameters); values are strings or integers.",
    )
    args: Optional[List[StrictStr]] = Field(default=None, description="Positional arguments.")
    job_execution_info: Optional[Dict[str, Any]] = Field(
        default=None,
        description='How to run the job, for example `{"job_execution_type": "scheduled", "start": ..., "frequency": ...}` (the api-ref\'s scheduled runs). Sahara 19.0.0 drops it: it accepts the key and stores `{}`, so the run is not scheduled (observed on a real 19.0.0). ',
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "configs",
            "params",
            "args",
            "job_execution_info",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
