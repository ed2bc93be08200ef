"""Keeping credentials out of logs, reprs and exceptions: pure functions, no I/O (hand-written).

Every place that shows a request (debug logging, ``repr`` of a configuration, error messages)
goes through these functions, so there is one list of what counts as a secret.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
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


def is_secret_header(name: str) -> bool:
    return name.lower() in SECRET_HEADERS


def redact_headers(headers: Mapping[str, str]) -> dict:
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
    """*text* with every occurrence of each non-empty secret replaced (last line of defence)."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, REDACTED)
    return text
