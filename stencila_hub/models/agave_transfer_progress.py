# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field, StrictFloat, StrictInt, StrictStr

from stencila_hub.base_model import SdkModel


class AgaveTransferProgress(SdkModel):
    """The progress of the data transfer behind a job event (staging or archiving). Nullable: the server sends `\"progress\": null` when it cannot read the transfer's summary.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    uuid: StrictStr | None = Field(default=None, description="The id of the transfer task.")
    source: StrictStr | None = Field(default=None, description="The source URI of the transfer.")
    total_active_transfers: StrictInt | None = Field(
        default=None,
        description="The number of transfers still active.",
        validation_alias="totalActiveTransfers",
        serialization_alias="totalActiveTransfers",
    )
    total_files: StrictInt | None = Field(
        default=None,
        description="The number of files in the transfer.",
        validation_alias="totalFiles",
        serialization_alias="totalFiles",
    )
    total_bytes_transferred: StrictInt | None = Field(
        default=None,
        description="The bytes transferred so far.",
        validation_alias="totalBytesTransferred",
        serialization_alias="totalBytesTransferred",
    )
    total_bytes: StrictInt | None = Field(
        default=None,
        description="The total bytes to transfer.",
        validation_alias="totalBytes",
        serialization_alias="totalBytes",
    )
    average_rate: StrictFloat | StrictInt | None = Field(
        default=None,
        description="The average transfer rate, in bytes per second.",
        validation_alias="averageRate",
        serialization_alias="averageRate",
    )

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "uuid",
            "source",
            "total_active_transfers",
            "total_files",
            "total_bytes_transferred",
            "total_bytes",
            "average_rate",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
