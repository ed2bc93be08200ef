# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_notification import AgaveNotification


class JobRequest(SdkModel):
    """A job submission (agavepy's `JobRequest`). The app named by `appId` defines which `inputs` and `parameters` the job needs; the server validates them against the app. The schema keeps agavepy's required fields; the server itself defaults `archive` and lets an app with no inputs or parameters run without them. The server also reads `executionSystem`, `callbackUrl` and the legacy `softwareName`/`jobName` (not modelled).

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    app_id: StrictStr = Field(
        description="The unique name of the application being run by this job (name-version, e.g. `wc-demo-1.00`). This must be a valid application that the calling user has permission to run. ",
        validation_alias="appId",
        serialization_alias="appId",
    )
    archive: StrictBool = Field(
        description="Whether the output from this job should be archived. If true, all new files created by this application's execution will be archived to the archivePath in the user's default storage system. "
    )
    archive_path: Optional[Annotated[str, Field(strict=True, max_length=255)]] = Field(
        default=None,
        description="The path of the archive folder for this job on the user's default storage system.",
        validation_alias="archivePath",
        serialization_alias="archivePath",
    )
    archive_system: Optional[StrictStr] = Field(
        default=None,
        description="The unique id of the storage system on which this job's output will be staged.",
        validation_alias="archiveSystem",
        serialization_alias="archiveSystem",
    )
    batch_queue: Optional[Annotated[str, Field(strict=True, max_length=128)]] = Field(
        default=None,
        description="The queue to which this job should be submitted. This is optional and only applies when the execution system has a batch scheduler. ",
        validation_alias="batchQueue",
        serialization_alias="batchQueue",
    )
    inputs: Dict[str, Any] = Field(
        description="The application specific input files needed for this job, by input id. Each value is a string or an array of strings: relative paths in the user's default storage system, or URIs (e.g. `agave://system/path`, `https://...`), which the IO service stages in and makes available to the application at run time. "
    )
    max_run_time: Optional[StrictStr] = Field(
        default=None,
        description="The requested compute time needed for this application to complete, in HH:mm:ss format.",
        validation_alias="maxRunTime",
        serialization_alias="maxRunTime",
    )
    memory_per_node: Optional[StrictStr] = Field(
        default=None,
        description='The requested memory per node, given in GB (e.g. `"4"`; the docs also accept `####.#[E|P|T|G]B`, GB when no unit is given). ',
        validation_alias="memoryPerNode",
        serialization_alias="memoryPerNode",
    )
    name: Annotated[str, Field(strict=True, max_length=64)] = Field(
        description="The name of the job (the server refuses 64 characters or more)."
    )
    node_count: Optional[Annotated[int, Field(strict=True, ge=1)]] = Field(
        default=None,
        description="The number of nodes this application should use while running (the server refuses less than 1).",
        validation_alias="nodeCount",
        serialization_alias="nodeCount",
    )
    notifications: Optional[List[AgaveNotification]] = Field(
        default=None, description="The notifications you wish to receive."
    )
    parameters: Dict[str, Any] = Field(
        description="The application specific parameters needed for this job, by parameter id. The value type follows the app description (numbers as numbers, flags as booleans, arrays for multi-valued parameters). "
    )
    processors_per_node: Optional[Annotated[int, Field(strict=True, ge=1)]] = Field(
        default=None,
        description="The number of processors this application should use per node while running. If the application is not of executionType PARALLEL, this should be 1. ",
        validation_alias="processorsPerNode",
        serialization_alias="processorsPerNode",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "app_id",
            "archive",
            "archive_path",
            "archive_system",
            "batch_queue",
            "inputs",
            "max_run_time",
            "memory_per_node",
            "name",
            "node_count",
            "notifications",
            "parameters",
            "processors_per_node",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
