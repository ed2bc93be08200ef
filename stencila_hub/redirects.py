"""Which redirects are followed, and what the next hop sends: pure functions, no I/O (hand-written).

The transport (:mod:`stencila_hub.rest`) sends each hop; these are the rules, urllib3's own plus
what it cannot express:

* 301, 302, 303, 307 and 308 with a ``Location`` are followed, at most :data:`MAX_REDIRECTS` times;
  after that the last redirect is returned as it came, and the client raises it as an
  ``ApiException`` with its 3xx status (no operation declares a 3xx).
* 303 See Other turns the request into a GET without a body or the headers describing one
  (a HEAD stays a HEAD: RFC 9110, 15.4.4).
* A hop to another origin (scheme, host or port) drops every credential header: those of the
  configured security schemes, ``Cookie`` and ``Proxy-Authorization``. A token for the Hub is not
  sent to wherever the Hub points.
* Refused (:class:`Refusal`, raised once, never retried): a ``Location`` that cannot be parsed, one
  whose scheme is not http or https, and an https→http downgrade of a request that carries a
  credential or a body (it would cross the network in clear text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import NamedTuple
from urllib.parse import urljoin, urlsplit

from urllib3.exceptions import LocationParseError
from urllib3.util import parse_url

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
#: A host as a URL may carry it: a name, an IPv4 address or a bracketed IPv6 one; no blanks.
_HOST = re.compile(r"(?:\[[0-9A-Fa-f:.]+(?:%[^\]\s]+)?\]|[^\s\x00-\x1f\x7f/?#@\[\]]+)\Z")


class Hop(NamedTuple):
    """The next request of a redirect chain."""

    method: str
    url: str
    headers: Mapping[str, str]
    body: bytes | None


class Refusal(NamedTuple):
    """A redirect that must not be followed, and why."""

    reason: str


def next_hop(
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes | None,
    status: int,
    location: str | None,
    redirects_done: int,
    secret_headers: frozenset[str] = frozenset(),
) -> Hop | Refusal | None:
    """The request to send after a response with *status* and *location*; None to stop here.

    :param secret_headers: lower-case names of the headers the configured security schemes set.
    *headers* keeps its class (a ``RedactedHeaders`` stays one) in the hop's copy.
    """
    if status not in REDIRECT_STATUSES or not location or redirects_done >= MAX_REDIRECTS:
        return None
    try:
        target = urljoin(url, location.strip())
        parsed = parse_url(target)
        parts = urlsplit(target)
        parts.port  # noqa: B018 (raises ValueError for a port out of range)
    except (LocationParseError, ValueError):
        return Refusal("redirect to a Location that cannot be parsed")
    if parsed.host and not _HOST.match(parsed.host):
        # A space or control character: urllib3 before 2.8 parses it, http.client then refuses.
        return Refusal("redirect to a Location that cannot be parsed")
    scheme = (parsed.scheme or "").lower()
    if scheme not in _DEFAULT_PORTS or not parsed.host:
        return Refusal(f"redirect to a {scheme or 'relative'}: Location, which is not followed")
    credentials = DROP_ON_CROSS_HOST_REDIRECT | secret_headers
    if url[:6].lower() == "https:" and scheme == "http":
        if body is not None or any(k.lower() in credentials for k in headers):
            return Refusal(
                "redirect from https to http (a downgrade) refused: the request carries a "
                "credential or a body"
            )
    if status == 303 and method != "HEAD":
        method = "GET"
        body = None
        headers = _without(headers, _BODY_HEADERS)
    if origin(target) != origin(url):
        headers = _without(headers, credentials)
    return Hop(method, target, headers, body)


def origin(url: str) -> tuple[str, str, int | None]:
    """(scheme, host, port) of *url*, lower-cased, with the scheme's default port filled in."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    return scheme, (parts.hostname or ""), parts.port or _DEFAULT_PORTS.get(scheme)


def _without(headers: Mapping[str, str], names: frozenset[str]) -> Mapping[str, str]:
    """A copy of *headers*, of the same class, without *names* (lower case)."""
    return type(headers)((k, v) for k, v in headers.items() if k.lower() not in names)  # type: ignore[call-arg]
