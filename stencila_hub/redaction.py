"""Keeping credentials out of logs, reprs and exceptions: pure functions, no I/O (hand-written).

Every place that shows a request (debug logging, ``repr`` of a configuration, error messages)
goes through these functions, so there is one list of what counts as a secret.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

REDACTED = "[redacted]"

#: Header names (lower case) whose values are credentials in one of the five systems.
SECRET_HEADERS = frozenset(
    {
        "authorization",  # Hub (Token), Agave (Bearer), Kubernetes (Bearer)
        "proxy-authorization",
        "x-auth-token",  # OpenStack Keystone (Sahara)
        "x-subject-token",
        "x-api-key",  # Gaffer
        "cookie",
        "set-cookie",
    }
)

#: Query parameter names (lower case) that carry credentials.
SECRET_QUERY_PARAMS = frozenset({"access_token", "token", "api_key", "apikey", "key", "password"})

#: Headers dropped when a redirect leads to another host (urllib3 drops Authorization and Cookie).
DROP_ON_CROSS_HOST_REDIRECT = frozenset(
    {"authorization", "proxy-authorization", "cookie", "x-auth-token", "x-api-key"}
)


class RedactedHeaders(dict[str, str]):
    """Request headers whose ``repr``/``str`` hide credential values.

    Headers live in local variables of the client and of urllib3 while a request is sent, so a
    traceback printed with its locals (pytest ``--showlocals``, error trackers) shows their repr.
    The client sends :meth:`secrets_first` (credential headers first), so that a loop over the
    headers (urllib3's) does not end holding one in its loop variable. ``copy()`` keeps the class.
    """

    def __repr__(self) -> str:
        return repr(redact_headers(self))

    __str__ = __repr__

    def copy(self) -> RedactedHeaders:
        return RedactedHeaders(self)

    def secrets_first(self) -> RedactedHeaders:
        """A copy with the credential headers first, in the same relative order."""
        ordered = RedactedHeaders((k, v) for k, v in self.items() if is_secret_header(k))
        ordered.update((k, v) for k, v in self.items() if not is_secret_header(k))
        return ordered

    def secret_values(self) -> list[str]:
        """The credential values, each also without its scheme word (``Token KEY`` -> ``KEY``)."""
        values: list[str] = []
        for k, v in self.items():
            if is_secret_header(k) and v:
                values.append(v)
                _scheme, _, rest = v.partition(" ")
                if rest:
                    values.append(rest)
        return values


class Secrets(tuple[str, ...]):
    """Credential values to scrub from messages; its ``repr`` shows how many, never which."""

    def __repr__(self) -> str:
        return f"Secrets(<{len(self)} redacted>)"

    __str__ = __repr__


NO_SECRETS = Secrets()


class LazySecrets:
    """Credential values worked out only when iterated: when an exception message is scrubbed.

    A call makes one of these instead of a :class:`Secrets`, so that a call that succeeds (nearly
    all of them) never lists its credentials. Its ``repr`` shows none.
    """

    __slots__ = ("_compute",)

    def __init__(self, compute: Callable[[], Iterable[str]]) -> None:
        self._compute = compute

    def __iter__(self) -> Iterator[str]:
        return iter(self._compute())

    def __repr__(self) -> str:
        return "Secrets(<redacted>)"

    __str__ = __repr__


def is_secret_header(name: str) -> bool:
    return name.lower() in SECRET_HEADERS


def redact_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """A copy of *headers* with credential values replaced by ``[redacted]``."""
    return {k: (REDACTED if k.lower() in SECRET_HEADERS else v) for k, v in headers.items()}


def redact_url(url: str) -> str:
    """*url* without user info, and with credential query parameters redacted."""
    parts = urlsplit(url)
    netloc = parts.netloc.rpartition("@")[2]
    query = parts.query
    if query:
        pairs = parse_qsl(query, keep_blank_values=True)
        if any(k.lower() in SECRET_QUERY_PARAMS for k, _ in pairs):
            query = urlencode(
                [(k, REDACTED if k.lower() in SECRET_QUERY_PARAMS else v) for k, v in pairs]
            )
    return urlunsplit((parts.scheme, netloc, parts.path, query, parts.fragment))


def redact_values(text: str, secrets: Iterable[str]) -> str:
    """*text* with every occurrence of each non-empty secret replaced (last line of defence).

    Longer secrets first, so ``Token KEY`` is replaced whole rather than leaving ``Token``.
    """
    for secret in sorted(set(secrets), key=len, reverse=True):
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text
