"""Agave (Tapis v2) helpers on top of the generated :class:`~stencila_hub.AgaveJobsApi` (hand-written).

Search, typed. The server filters ``GET /jobs/v2/`` by query parameters ``<field>.<op>=<value>``
(the path form ``/jobs/v2/search/{attribute}/{value}`` filters nothing on the real server)::

    from stencila_hub.agave import SearchTerm, search_jobs
    from stencila_hub.models import AgaveSearchOp as Op

    for job in search_jobs(api, SearchTerm("status", Op.IN, ["RUNNING", "QUEUED"]),
                           SearchTerm("created", Op.AFTER, date(2018, 1, 1))):
        print(job.id, job.status)

Download an output without holding it in memory, whole or a byte range::

    n = download_output_to(api, job_id, "output/log.txt", "log.txt")
    head = io.BytesIO(); download_output_to(api, job_id, "output/log.txt", head, byte_range=(0, 1023))

Tokens that expire: :class:`OAuth2Credentials` gets and refreshes the access token from the
tenant's ``/token`` endpoint, as agavepy does::

    creds = OAuth2Credentials("https://api.tacc.utexas.edu/token", KEY, SECRET,
                              username="me", password=os.environ["AGAVE_PASSWORD"])
    api = AgaveJobsApi(ApiClient(Configuration(host="https://api.tacc.utexas.edu",
                                               credentials={"AgaveBearer": creds})))

Checks happen before anything is sent (:class:`~stencila_hub.ApiValueError`,
:class:`~stencila_hub.ApiTypeError`); searches and downloads go through the api's ApiClient, so
its host, token, timeouts and retries apply.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from typing import IO, TYPE_CHECKING, Any, Dict, Iterator, Optional, Tuple, Union, cast
from urllib.parse import urlencode

from urllib3.util import make_headers

from stencila_hub import pagination
from stencila_hub.api_client import StreamedResponse
from stencila_hub.credentials import (
    CredentialsError,
    Issued,
    RefreshingCredentials,
    SecretBytes,
    TokenEndpoint,
)
from stencila_hub.exceptions import ApiTypeError, ApiValueError, ResponseDecodeError
from stencila_hub.models.agave_search_op import AgaveSearchOp
from stencila_hub.redaction import RedactedHeaders

if TYPE_CHECKING:
    from stencila_hub.api.agave_jobs_api import AgaveJobsApi
    from stencila_hub.configuration import Configuration
    from stencila_hub.models.agave_job_summary import AgaveJobSummary

__all__ = [
    "DEFAULT_CHUNK_SIZE",
    "OAuth2Credentials",
    "SEARCH_FIELDS",
    "SearchTerm",
    "download_output_to",
    "range_header",
    "search_jobs",
    "search_query",
]

#: The job fields the server searches on (``JobSearchFilter``), lower case; the server compares
#: field names case-insensitively and silently drops the terms on any other field.
SEARCH_FIELDS = frozenset(
    {
        "appid",
        "archive",
        "archivepath",
        "archivesystem",
        "batchqueue",
        "charge",
        "created",
        "endtime",
        "errormessage",
        "executionsystem",
        "id",
        "inputs",
        "lastmodified",
        "lastupdated",
        "localid",
        "maxruntime",
        "memorypernode",
        "name",
        "nodecount",
        "outputpath",
        "owner",
        "parameters",
        "processorspernode",
        "retries",
        "runtime",
        "starttime",
        "status",
        "submittime",
        "visible",
        "walltime",
    }
)

_OPS = {member.value: member for member in AgaveSearchOp}
_LIST_OPS = frozenset({AgaveSearchOp.IN, AgaveSearchOp.NIN})  # one or more values
_PAIR_OPS = frozenset({AgaveSearchOp.BETWEEN})  # exactly two values

Scalar = Union[str, int, float, bool, date, datetime, Enum]


@dataclass(frozen=True)
class SearchTerm:
    """One search term, ``field.op=value`` on the wire.

    :param field: a job field of :data:`SEARCH_FIELDS` (any case, e.g. ``appId`` or ``appid``).
    :param op: an :class:`AgaveSearchOp`, or its name (any case).
    :param value: a str, int, float, bool, date, datetime or str enum (e.g. an ``AgaveJobStatus``);
        for IN and NIN a list or tuple of one or more of these, for BETWEEN a list or tuple of
        two. Lists are sent comma-separated, so their items may not contain a comma.

    Everything is checked when the term is built: an unknown field or operator, a list where a
    single value is expected (or the reverse) raise :class:`ApiValueError`/:class:`ApiTypeError`.
    """

    field: str
    op: AgaveSearchOp
    value: Any

    def __post_init__(self) -> None:
        if not isinstance(self.field, str):
            raise ApiTypeError(f"SearchTerm: field must be a str, not {type(self.field).__name__}")
        if self.field.lower() not in SEARCH_FIELDS:
            raise ApiValueError(
                f"SearchTerm: unknown search field {self.field!r} (the server would ignore the "
                f"term and filter nothing); one of {', '.join(sorted(SEARCH_FIELDS))}"
            )
        object.__setattr__(self, "op", _coerce_op(self.op))
        if isinstance(self.value, list):  # frozen and hashable
            object.__setattr__(self, "value", tuple(self.value))
        _ = self.text  # render once: a bad value is refused now, not when sent

    @property
    def key(self) -> str:
        """The query parameter name, ``<field>.<op>`` with the operator in lower case."""
        return f"{self.field}.{self.op.value.lower()}"

    @property
    def text(self) -> str:
        """The query parameter value, as the server reads it."""
        if self.op in _LIST_OPS or self.op in _PAIR_OPS:
            return _render_list(self.op, self.value)
        if isinstance(self.value, (list, tuple, set, frozenset)):
            raise ApiTypeError(
                f"SearchTerm: {self.op.value} takes one value, not a {type(self.value).__name__} "
                f"(IN, NIN and BETWEEN take lists)"
            )
        return _render(self.op, self.value)

    def __str__(self) -> str:
        return f"{self.key}={self.text}"


def _coerce_op(op: Any) -> AgaveSearchOp:
    if isinstance(op, str):  # also an AgaveSearchOp: members and lenient pseudo-members are str
        member = _OPS.get(op.upper())
        if member is not None:
            return member
        raise ApiValueError(f"SearchTerm: unknown operator {op!r}; one of {', '.join(_OPS)}")
    raise ApiTypeError(f"SearchTerm: op must be an AgaveSearchOp, not {type(op).__name__}")


def _render(op: AgaveSearchOp, value: Any) -> str:
    if value is None:
        raise ApiValueError(f"SearchTerm: {op.value} needs a value, not None")
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return _render(op, value.value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, (str, int, float)):
        return str(value)
    raise ApiTypeError(
        f"SearchTerm: a value must be a str, int, float, bool, date, datetime or enum, "
        f"not {type(value).__name__}"
    )


def _render_list(op: AgaveSearchOp, value: Any) -> str:
    if not isinstance(value, (list, tuple)):
        raise ApiTypeError(
            f"SearchTerm: {op.value} takes a list or tuple of values, not {type(value).__name__}"
        )
    if op in _PAIR_OPS and len(value) != 2:
        raise ApiValueError(
            f"SearchTerm: {op.value} takes two values (low, high), not {len(value)}"
        )
    if not value:
        raise ApiValueError(f"SearchTerm: {op.value} takes at least one value")
    items = [_render(op, item) for item in value]
    for item in items:
        if "," in item or item == "":
            raise ApiValueError(
                f"SearchTerm: {op.value} sends its values comma-separated; {item!r} is empty or "
                f"holds a comma"
            )
    return ",".join(items)


def search_query(*terms: SearchTerm) -> Dict[str, str]:
    """The ``search`` argument of ``AgaveJobsApi.list`` for *terms*: ``{"field.op": "value"}``.

    Two terms with the same field (in any case) and operator are refused: the server reads one
    value per field and operator.
    """
    query: Dict[str, str] = {}
    seen = set()
    for term in terms:
        if not isinstance(term, SearchTerm):
            raise ApiTypeError(f"search terms must be SearchTerm, not {type(term).__name__}")
        if term.key.lower() in seen:
            raise ApiValueError(f"two search terms for {term.key}: combine them (IN, BETWEEN)")
        seen.add(term.key.lower())
        query[term.key] = term.text
    return query


def search_jobs(
    api: AgaveJobsApi,
    *terms: SearchTerm,
    limit: Optional[int] = None,
    offset: Optional[int] = None,
    **kwargs: Any,
) -> Iterator[AgaveJobSummary]:
    """Every job summary matching all *terms*, lazily, page by page.

    Sends ``GET /jobs/v2/?<field>.<op>=<value>&...&limit=..&offset=..`` through ``api.list``
    (so *kwargs* such as ``filter``, ``order``, ``order_by``, ``_request_timeout`` pass through)
    and pages with :func:`stencila_hub.pagination.offset` (``limit`` default 100, the stock
    server's maximum page size). The terms are checked now; nothing is sent before the first item
    is asked for.
    """
    if "search" in kwargs:
        raise ApiValueError("search_jobs(): pass SearchTerm arguments, not search=")
    query = search_query(*terms)
    return pagination.offset(api.list, search=query, limit=limit, offset=offset, **kwargs)


# -- downloads ------------------------------------------------------------------------------------

#: The default size of the chunks read from the socket and written to the destination.
DEFAULT_CHUNK_SIZE = 1024 * 1024


def range_header(byte_range: Tuple[int, Optional[int]]) -> str:
    """``(start, end)`` -> ``bytes=start-end`` (inclusive); ``(start, None)`` -> ``bytes=start-``.

    Refuses what the server cannot answer: negative or non-integer offsets, ``end < start``
    (suffix ranges ``bytes=-n`` are not supported by the server).
    """
    if not isinstance(byte_range, (tuple, list)) or len(byte_range) != 2:
        raise ApiTypeError("byte_range must be a (start, end) tuple; end may be None")
    start, end = byte_range
    for name, value in (("start", start), ("end", end)):
        if value is None and name == "end":
            continue
        if isinstance(value, bool) or not isinstance(value, int):
            raise ApiTypeError(f"byte_range {name} must be an int, not {type(value).__name__}")
        if value < 0:
            raise ApiValueError(f"byte_range {name} must be >= 0, not {value}")
    if end is not None and end < start:
        raise ApiValueError(f"byte_range end ({end}) is before start ({start})")
    return f"bytes={start}-" if end is None else f"bytes={start}-{end}"


def download_output_to(
    api: AgaveJobsApi,
    job_id: str,
    file_path: str,
    dest: Union[str, os.PathLike, IO[bytes]],
    *,
    byte_range: Optional[Tuple[int, Optional[int]]] = None,
    chunk_size: int = DEFAULT_CHUNK_SIZE,
    **kwargs: Any,
) -> int:
    """Stream a job output file to *dest* in chunks; return the number of bytes written.

    :param dest: a path (written to a temporary file next to it, renamed into place once the
        whole body arrived, removed on failure: a path never holds a truncated download) or a
        binary file object (written to from its current position, neither flushed nor closed).
    :param byte_range: ``(start, end)``, inclusive, or ``(start, None)`` for the rest of the file:
        sent as ``Range: bytes=start-end``. The server must confirm it with a ``Content-Range``
        header starting at *start*, else :class:`ResponseDecodeError` is raised and nothing is
        written.
    :param chunk_size: the most bytes held in memory at once (default 1 MiB).
    :param kwargs: ``_request_timeout``, ``_retries``, ``_headers`` for the call.

    Errors (a JSON envelope with 400/401/404/416...) raise before *dest* is touched.
    """
    if isinstance(chunk_size, bool) or not isinstance(chunk_size, int) or chunk_size <= 0:
        raise ApiValueError(f"chunk_size must be a positive int, not {chunk_size!r}")
    is_path = isinstance(dest, (str, os.PathLike))
    if not is_path and not callable(getattr(dest, "write", None)):
        raise ApiTypeError(
            f"dest must be a path or a binary file object, not {type(dest).__name__}"
        )
    header = range_header(byte_range) if byte_range is not None else None
    response = cast(
        StreamedResponse,
        api.download_output(job_id, file_path, range=header, _stream=True, **kwargs),
    )
    with response:
        if byte_range is not None:
            _check_content_range(response, byte_range[0])
        if not is_path:
            return _copy(response.iter_bytes(chunk_size), cast(IO[bytes], dest))
        target = os.fspath(cast(Union[str, os.PathLike], dest))
        folder, name = os.path.split(os.path.abspath(target))
        fd, part = tempfile.mkstemp(prefix=f".{name}.", suffix=".part", dir=folder)
        try:
            with os.fdopen(fd, "wb") as out:
                written = _copy(response.iter_bytes(chunk_size), out)
            os.replace(part, target)
        except BaseException:
            os.unlink(part)
            raise
        return written


def _copy(chunks: Iterator[bytes], out: IO[bytes]) -> int:
    written = 0
    for chunk in chunks:
        out.write(chunk)
        written += len(chunk)
    return written


def _check_content_range(response: StreamedResponse, start: int) -> None:
    value = response.headers.get("Content-Range", "")
    unit, _, spec = value.partition(" ")
    first = spec.split("-", 1)[0]
    if unit.strip().lower() != "bytes" or not first.isdigit() or int(first) != start:
        raise ResponseDecodeError(
            f"download_output(): asked for bytes from {start}, but the answer's Content-Range is "
            f"{value or 'missing'} (the server sent something else than the range)",
            status=response.status_code,
            headers=response.headers,
        )


# -- OAuth2 tokens -------------------------------------------------------------------------------


class OAuth2Credentials(RefreshingCredentials):
    """An Agave access token from the tenant's OAuth2 ``/token`` endpoint, kept fresh.

    Gets a token with the refresh-token grant when it has a refresh token, else with the password
    grant (both with the client's key and secret as HTTP Basic, scope ``PRODUCTION``, as agavepy
    does); refreshes it ``refresh_margin`` seconds before ``expires_in`` runs out (at most a
    quarter of its lifetime early) and when the API refuses it (401). Each answer's new refresh
    token replaces the old one (tenants rotate them). A refused refresh token falls back to the
    password grant when a password was given; otherwise, and for a refused password or client,
    :class:`~stencila_hub.credentials.CredentialsError` is raised (``.error`` is the OAuth2 code,
    e.g. ``invalid_grant``), and no new token request is made for a back-off period that doubles
    with each failure in a row (1 s to 5 min): a wrong password is never hammered.

    :param token_url: e.g. ``https://api.tacc.utexas.edu/token``.
    :param configuration: TLS, timeout and proxy settings for the token requests (its host and
        credentials are not used); default: certifi's CAs, verified.
    :param clock: wall-clock seconds; tests pass the fake's clock.
    """

    describe = "Agave OAuth2 token"

    def __init__(
        self,
        token_url: str,
        client_key: str,
        client_secret: str,
        username: Optional[str] = None,
        password: Optional[str] = None,
        refresh_token: Optional[str] = None,
        *,
        scope: str = "PRODUCTION",
        configuration: Optional["Configuration"] = None,
        **options: Any,
    ) -> None:
        if refresh_token is None and (username is None or password is None):
            raise ApiValueError(
                "OAuth2Credentials needs a refresh_token, or a username and password"
            )
        super().__init__(**options)
        self._endpoint = TokenEndpoint(token_url, configuration)
        self._client_auth = make_headers(basic_auth=f"{client_key}:{client_secret}")[
            "authorization"
        ]
        self._username = username
        self._password = password
        self._refresh_token = refresh_token
        self._scope = scope

    @property
    def token_url(self) -> str:
        return self._endpoint.url

    def _fetch(self, refused: bool) -> Issued:
        if self._refresh_token is not None:
            try:
                return self._grant("refresh_token", refresh_token=self._refresh_token)
            except CredentialsError as err:
                if err.error != "invalid_grant" or self._password is None:
                    raise
                self._refresh_token = None  # used up or revoked: the password gets a new one
        return self._grant("password", username=self._username, password=self._password)

    def _grant(self, grant_type: str, **fields: Optional[str]) -> Issued:
        body = SecretBytes(
            urlencode({"grant_type": grant_type, **fields, "scope": self._scope}).encode()
        )
        _headers, data = self._endpoint.post(
            f"Agave {grant_type} grant",
            body,
            "application/x-www-form-urlencoded",
            RedactedHeaders({"Authorization": self._client_auth}),
        )
        token = data.get("access_token") if isinstance(data, dict) else None
        if not isinstance(token, str) or not token:
            raise CredentialsError(f"{self.describe}: the /token answer has no access_token")
        refresh = data.get("refresh_token")
        if isinstance(refresh, str) and refresh:
            self._refresh_token = refresh
        expires_in = data.get("expires_in")
        expires_at = None
        if isinstance(expires_in, (int, float)) and not isinstance(expires_in, bool):
            expires_at = self._clock() + float(expires_in)
        return Issued(token, expires_at)

    def close(self) -> None:
        """Close the connections to the token endpoint."""
        self._endpoint.close()
