"""Which redirects are followed, and what the next hop sends: pure functions, no I/O (hand-written).

The transport (:mod:`stencila_hub.rest`) sends each hop itself, straight to the origin's connection
pool (urllib3's PoolManager would parse the URL and hash a pool key on every request). These are
urllib3's own rules, so behaviour did not change when the loop moved here:

* 301, 302, 303, 307 and 308 with a ``Location`` are followed, at most :data:`MAX_REDIRECTS` times;
  after that the transport returns the last redirect response as it came, and the client raises
  it as an ``ApiException`` (no operation declares a 3xx).
* 303 See Other turns the request into a GET without a body or the headers describing one
  (a HEAD stays a HEAD: RFC 9110, 15.4.4).
* A hop to another origin (scheme, host or port) drops the credential headers
  (:data:`~stencila_hub.redaction.DROP_ON_CROSS_HOST_REDIRECT`): a token for the Hub is not sent to
  wherever the Hub points.

One rule is ours, not urllib3's: once a hop has been answered the request has reached the server,
so a later hop that fails, even to connect, counts as lost after sending (the transport says so),
and the retry loop does not send a POST again (urllib3 reported it as a connect failure).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from stencila_hub.redaction import DROP_ON_CROSS_HOST_REDIRECT

REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5

#: Headers that describe a request body: dropped with the body when 303 turns a request into a GET.
_BODY_HEADERS = frozenset(
    {
        "content-encoding",
        "content-language",
        "content-location",
        "content-type",
        "content-length",
        "digest",
        "last-modified",
        "transfer-encoding",
    }
)
_DEFAULT_PORTS = {"http": 80, "https": 443}


class Hop(NamedTuple):
    """The next request of a redirect chain."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes | None


def next_hop(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | None,
    status: int,
    location: str | None,
    redirects_done: int,
) -> Hop | None:
    """The request to send after a response with *status* and *location*, or None to stop here.

    *headers* keeps its class (a ``RedactedHeaders`` stays one) in the hop's copy.
    """
    if status not in REDIRECT_STATUSES or not location or redirects_done >= MAX_REDIRECTS:
        return None
    target = urljoin(url, location)
    if status == 303 and method != "HEAD":
        method = "GET"
        body = None
        headers = _without(headers, _BODY_HEADERS)
    if origin(target) != origin(url):
        headers = _without(headers, DROP_ON_CROSS_HOST_REDIRECT)
    return Hop(method, target, headers, body)


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of *url*, lower-cased, with the scheme's default port filled in."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or ""), parts.port or _DEFAULT_PORTS.get(scheme)


def _without(headers: Mapping[str, str], names: frozenset[str]) -> Mapping[str, str]:
    """A copy of *headers*, of the same class, without *names* (lower case)."""
    return type(headers)((k, v) for k, v in headers.items() if k.lower() not in names)  # type: ignore[call-arg]
