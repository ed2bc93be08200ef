# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from typing import ClassVar

from pydantic import Field

from stencila_hub.base_model import SdkModel
from stencila_hub.models.sahara_job import SaharaJob
from stencila_hub.models.sahara_markers import SaharaMarkers


class SaharaJobList(SdkModel):
    """The envelope of a list of jobs: `{\"jobs\": [...], \"markers\": {...}}`.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    jobs: list[SaharaJob] = Field(description="The jobs of this page.")
    markers: SaharaMarkers | None = None

    _sdk_read_only: ClassVar[frozenset[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[frozenset[str]] = frozenset(
        {
            "jobs",
            "markers",
        }
    )
    _sdk_patterns: ClassVar[dict[str, str]] = {}
    _sdk_enums: ClassVar[dict[str, frozenset[str]]] = {}
