# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel


class AgaveTransferProgress(SdkModel):
    """The progress of the data transfer behind a job event (staging or archiving). Nullable: the server sends `\"progress\": null` when it cannot read the transfer's summary.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    uuid: Optional[StrictStr] = Field(default=None, description="The id of the transfer task.")
    source: Optional[StrictStr] = Field(default=None, description="The source URI of the transfer.")
    total_active_transfers: Optional[StrictInt] = Field(
        default=None,
        description="The number of transfers still active.",
        validation_alias="totalActiveTransfers",
        serialization_alias="totalActiveTransfers",
    )
    total_files: Optional[StrictInt] = Field(
        default=None,
        description="The number of files in the transfer.",
        validation_alias="totalFiles",
        serialization_alias="totalFiles",
    )
    total_bytes_transferred: Optional[StrictInt] = Field(
        default=None,
        description="The bytes transferred so far.",
        validation_alias="totalBytesTransferred",
        serialization_alias="totalBytesTransferred",
    )
    total_bytes: Optional[StrictInt] = Field(
        default=None,
        description="The total bytes to transfer.",
        validation_alias="totalBytes",
        serialization_alias="totalBytes",
    )
    average_rate: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None,
        description="The average transfer rate, in bytes per second.",
        validation_alias="averageRate",
        serialization_alias="averageRate",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
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
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
