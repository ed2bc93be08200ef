# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from datetime import date, datetime  # noqa: F401
from typing import TYPE_CHECKING, Any, ClassVar, Dict, FrozenSet, List, Optional, Union  # noqa: F401
from uuid import UUID  # noqa: F401

from pydantic import Field, StrictBool, StrictBytes, StrictFloat, StrictInt, StrictStr  # noqa: F401
from typing_extensions import Annotated  # noqa: F401

from stencila_hub.base_model import SdkModel
from stencila_hub.models.gaffer_flapping import GafferFlapping


class GafferProcessConfig(SdkModel):
    """A Gaffer job (process) configuration, as sent to create (`POST /jobs/{sessionid}`) and update (`PUT /jobs/{sessionid}/{jobname}`) and returned in `GafferJobInfo.config`. The field texts are Gaffer's doc text, completed from `gaffer/process.py`. The server accepts and stores any other key (gafferd's ini files add `priority`), so other keys can be sent and are kept as additional properties.

    Strict when you build it, lenient when decoded from a response: see
    :class:`stencila_hub.base_model.SdkModel`.
    """  # noqa: E501

    name: Optional[StrictStr] = Field(
        default=None,
        description="Name of the process (the bare job name, without the session). Required by create (the SDK checks it, the server fails with 500 without it); optional for update, where it must equal the `jobname` path parameter. ",
    )
    cmd: StrictStr = Field(description="Program command, a string (for example `python`).")
    args: Optional[Any] = Field(
        default=None,
        description="The arguments for the command to run: a list of strings, or a string, which the server splits with `shlex.split`. Arguments may contain `$VARNAME` references, replaced from the process environment at launch. Typed as any JSON value (a list or a string). ",
    )
    env: Optional[Dict[str, StrictStr]] = Field(
        default=None,
        description="A mapping containing the environment variables the command will run with. Optional.",
    )
    uid: Optional[Any] = Field(
        default=None,
        description="User id to run the process as; an integer or a user name (a string). Typed as any JSON value.",
    )
    gid: Optional[Any] = Field(
        default=None,
        description="Group id to run the process as; an integer or a group name (a string). Typed as any JSON value.",
    )
    cwd: Optional[StrictStr] = Field(default=None, description="Working directory.")
    detach: Optional[StrictBool] = Field(
        default=None,
        description="The process is launched but won't be monitored and won't exit when the manager is stopped. (gafferd stores it but never passes it to the process, so over HTTP it has no effect.) ",
    )
    shell: Optional[StrictBool] = Field(
        default=None, description="Run the command in a shell (UNIX only). Default `false`."
    )
    redirect_output: Optional[Annotated[List[StrictStr], Field(max_length=2)]] = Field(
        default=None,
        description='The outputs to redirect, at most 2: a list of labels for stdout and stderr, for example `["out", "err"]`; the events of each stream carry its label. ',
    )
    redirect_input: Optional[StrictBool] = Field(
        default=None,
        description="Set it if you want to be able to write to stdin. Default `false`.",
    )
    custom_streams: Optional[List[StrictStr]] = Field(
        default=None, description="Labels of additional streams to create and pass to the process."
    )
    custom_channels: Optional[List[Any]] = Field(
        default=None,
        description="Additional channels passed to the process. Never returned: the server drops it from `GET /jobs/{sessionid}/{jobname}` because it cannot serialize it. ",
    )
    numprocesses: Optional[Annotated[int, Field(strict=True, ge=0)]] = Field(
        default=None,
        description="The number of OS processes to launch and keep alive for this job. Default 1.",
    )
    os_env: Optional[StrictBool] = Field(
        default=None,
        description="Pass the environment of gafferd to the program (`false` by default in the code; `true` in gafferd's ini defaults).",
    )
    graceful_timeout: Optional[Union[StrictFloat, StrictInt]] = Field(
        default=None,
        description="Seconds to let a process exit after SIGTERM before it gets SIGKILL. The code's default is 10 (the docstring says 30).",
    )
    flapping: Optional[GafferFlapping] = None
    start: Optional[StrictBool] = Field(
        default=None,
        description="Start the job once the configuration is loaded or updated. Default `true`. Read by the HTTP handler and never stored, so never returned. ",
    )

    _sdk_read_only: ClassVar[FrozenSet[str]] = frozenset({})
    _sdk_non_nullable: ClassVar[FrozenSet[str]] = frozenset(
        {
            "name",
            "cmd",
            "env",
            "cwd",
            "detach",
            "shell",
            "redirect_output",
            "redirect_input",
            "custom_streams",
            "custom_channels",
            "numprocesses",
            "os_env",
            "graceful_timeout",
            "flapping",
            "start",
        }
    )
    _sdk_extra_allowed: ClassVar[bool] = True  # additionalProperties: true
    _sdk_patterns: ClassVar[Dict[str, str]] = {}
    _sdk_enums: ClassVar[Dict[str, FrozenSet[str]]] = {}
