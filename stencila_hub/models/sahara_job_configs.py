# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import Any, ClassVar

from pydantic import Field, StrictStr

from stencila_hub.base_model import SdkModel


class SaharaJobConfigs(SdkModel):
    """The configuration of a job execution. In a request the server accepts only these four keys (and refuses others); in responses it blanks Swift/S3 credentials in `configs` and removes its internal keys. Which keys a job type takes: Hive configs+params, Pig configs+params+args, MapReduce configs, Java configs+args, Shell configs+params+args, Spark configs+args, Storm args.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    configs: dict[str, Any] | None = Field(
        default=None,
        description="Configuration values by name (for example `mapred.map.tasks`); values are strings or integers.",
    )
    params: dict[str, Any] | None = Field(
        default=None,
        description="Parameters by name (for example Pig/Hive script parameters); values are strings or integers.",
    )
    args: list[StrictStr] | None = Field(default=None, description="Positional arguments.")
    job_execution_info: dict[str, Any] | None = Field(
        default=None,
        description='How to run the job, for example `{"job_execution_type": "scheduled", "start": ..., "frequency": ...}` (the api-ref\'s scheduled runs). Sahara 19.0.0 drops it: it accepts the key and stores `{}`, so the run is not scheduled (observed on a real 19.0.0). ',
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "configs",
            "params",
            "args",
            "job_execution_info",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
