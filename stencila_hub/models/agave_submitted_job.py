# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.agave_job_links import AgaveJobLinks
from stencila_hub.models.agave_job_status import AgaveJobStatus


class AgaveSubmittedJob(SdkModel):
    """The job `submit` answers: an `AgaveJob` whose `id` the server always sends (`submit` takes no `filter`, which can leave any field out of `get`'s answer), so `id` is required here.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    id: StrictStr = Field(
        description="The unique id of the job, e.g. `6608339759546166810-242ac114-0001-007`."
    )
    name: Optional[StrictStr] = Field(default=None, description="The name of the job.")
    owner: Optional[StrictStr] = Field(default=None, description="The job owner.")
    app_id: Optional[StrictStr] = Field(
        default=None,
        description="The unique name of the application run by this job.",
        validation_alias="appId",
        serialization_alias="appId",
    )
    execution_system: Optional[StrictStr] = Field(
        default=None,
        description="The system id of the execution system.",
        validation_alias="executionSystem",
        serialization_alias="executionSystem",
    )
    batch_queue: Optional[StrictStr] = Field(
        default=None,
        description="The queue to which this job was submitted.",
        validation_alias="batchQueue",
        serialization_alias="batchQueue",
    )
    node_count: Optional[StrictInt] = Field(
        default=None,
        description="The number of nodes requested.",
        validation_alias="nodeCount",
        serialization_alias="nodeCount",
    )
    processors_per_node: Optional[StrictInt] = Field(
        default=None,
        description="The number of processors per node requested.",
        validation_alias="processorsPerNode",
        serialization_alias="processorsPerNode",
    )
    memory_per_node: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None,
        description="The requested memory per node in GB. The server sends a number (e.g. `32.0`); agavepy's swagger types it `string`. ",
        validation_alias="memoryPerNode",
        serialization_alias="memoryPerNode",
    )
    max_run_time: Optional[StrictStr] = Field(
        default=None,
        description="The requested compute time, in HH:mm:ss format.",
        validation_alias="maxRunTime",
        serialization_alias="maxRunTime",
    )
    archive: Optional[StrictBool] = Field(
        default=None, description="Whether the job output is archived."
    )
    retries: Optional[StrictInt] = Field(
        default=None, description="The number of retries it took to submit this job."
    )
    local_id: Optional[StrictStr] = Field(
        default=None,
        description="The process or local job id of the job on the remote execution system (null until submitted).",
        validation_alias="localId",
        serialization_alias="localId",
    )
    created: Optional[datetime] = Field(
        default=None,
        description="When the job record was created (ISO 8601 with offset, e.g. `2018-01-26T15:08:02.000-06:00`).",
    )
    last_updated: Optional[datetime] = Field(
        default=None,
        description="When the job record was last updated. Absent from the answer to `submit`, which sends `lastModified`.",
        validation_alias="lastUpdated",
        serialization_alias="lastUpdated",
    )
    last_modified: Optional[datetime] = Field(
        default=None,
        description="The same time as `lastUpdated`, under the name the answer to `submit` uses (only there).",
        validation_alias="lastModified",
        serialization_alias="lastModified",
    )
    execution_type: Optional[StrictStr] = Field(
        default=None,
        description="The execution type the job was submitted with (e.g. HPC, CLI, CONDOR); only in the answer to `submit`.",
        validation_alias="executionType",
        serialization_alias="executionType",
    )
    scheduler_type: Optional[StrictStr] = Field(
        default=None,
        description="The scheduler type the job was submitted with (e.g. SLURM, FORK); only in the answer to `submit`.",
        validation_alias="schedulerType",
        serialization_alias="schedulerType",
    )
    archive_path: Optional[StrictStr] = Field(
        default=None,
        description="The path of the archive folder on the archive system (only when `archive` is true).",
        validation_alias="archivePath",
        serialization_alias="archivePath",
    )
    archive_system: Optional[StrictStr] = Field(
        default=None,
        description="The id of the archive system (only when `archive` is true).",
        validation_alias="archiveSystem",
        serialization_alias="archiveSystem",
    )
    output_path: Optional[StrictStr] = Field(
        default=None,
        description="The job's work directory on the execution system, relative (null until it has one). (The server fills it from its work path.) ",
        validation_alias="outputPath",
        serialization_alias="outputPath",
    )
    status: Optional[AgaveJobStatus] = Field(default=None, description="The status of the job.")
    message: Optional[StrictStr] = Field(
        default=None,
        description="The error message of a FAILED job; the server sends it only when the status is FAILED.",
    )
    submit_time: Optional[datetime] = Field(
        default=None,
        description="When the job was submitted to the execution system, or null.",
        validation_alias="submitTime",
        serialization_alias="submitTime",
    )
    start_time: Optional[datetime] = Field(
        default=None,
        description="When the job started running, or null.",
        validation_alias="startTime",
        serialization_alias="startTime",
    )
    end_time: Optional[datetime] = Field(
        default=None,
        description="When the job stopped running (completion, termination or error), or null.",
        validation_alias="endTime",
        serialization_alias="endTime",
    )
    inputs: Optional[Dict[str, Any]] = Field(
        default=None,
        description="The job inputs by input id; the server sends each value as an array of strings.",
    )
    parameters: Optional[Dict[str, Any]] = Field(
        default=None, description="The job parameters by parameter id, with their JSON values."
    )
    links: Optional[AgaveJobLinks] = Field(
        default=None,
        description="Links to the job and its related resources.",
        validation_alias="_links",
        serialization_alias="_links",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "owner",
            "localId",
            "created",
            "lastUpdated",
            "lastModified",
            "executionType",
            "schedulerType",
            "outputPath",
            "message",
            "submitTime",
            "startTime",
            "endTime",
        }
    )
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "id",
            "name",
            "owner",
            "app_id",
            "execution_system",
            "node_count",
            "processors_per_node",
            "memory_per_node",
            "archive",
            "retries",
            "created",
            "last_updated",
            "last_modified",
            "execution_type",
            "scheduler_type",
            "archive_path",
            "archive_system",
            "status",
            "inputs",
            "parameters",
            "links",
        }
    )
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
