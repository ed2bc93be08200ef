"""A response's header block, read by http.client's rules without the email package for plain lines.

Hand-written (see .openapi-generator-ignore). http.client hands every response's header block to
``email.parser``: a FeedParser, a policy and a Message built line by line, about 20 us a response,
3-4% of a whole call to a loopback server. Nearly every line a server sends is a plain
``Name: value``; for those, :func:`parse_header_lines` builds the same ``HTTPMessage`` directly.
Anything else (a folded continuation, a line without a colon, a bare CR, a multipart or message
content type, which the email package parses further) sends the whole block to the email package,
as before. Either way the result is what http.client makes (``test/test_response_head.py``
compares the two on each kind of block).

:class:`HTTPResponse` is http.client's response with that one step swapped; the connection
classes hand it to urllib3 through ``response_class``, the pool classes through ``ConnectionCls``.
"""

from __future__ import annotations

import email.parser
import http.client
import re
import types
from typing import Any

from urllib3.connection import HTTPConnection as _Urllib3HTTPConnection
from urllib3.connection import HTTPSConnection as _Urllib3HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool as _Urllib3HTTPConnectionPool
from urllib3.connectionpool import HTTPSConnectionPool as _Urllib3HTTPSConnectionPool

#: A line the email package would read as one whole header: a name of the characters its header
#: pattern allows (printable ASCII but ":"), a colon, a value with no CR or LF, then the line end.
_PLAIN_LINE = re.compile(rb"[!-9;-~]+:[^\r\n]*\r?\n")
#: Content types the email package parses into parts (it would record defects, or a payload).
_NESTED_TYPES = (b"multipart/", b"message/")


def parse_header_lines(lines: list[bytes]) -> http.client.HTTPMessage:
    """The ``HTTPMessage`` http.client would make of *lines* (as ``_read_headers`` returns them)."""
    message = http.client.HTTPMessage()
    headers = message._headers  # type: ignore[attr-defined]
    for line in lines:
        if line in (b"\r\n", b"\n"):  # the blank line that ends the block
            break
        if _PLAIN_LINE.fullmatch(line) is None:
            return _email_parse(lines)
        name, _, value = line.partition(b":")
        # The email package's compat32 rule: leading blanks go, trailing ones stay, then CR/LF go.
        value = value.lstrip(b" \t").rstrip(b"\r\n")
        if name.lower() == b"content-type" and value.lower().startswith(_NESTED_TYPES):
            return _email_parse(lines)
        headers.append((name.decode("iso-8859-1"), value.decode("iso-8859-1")))
    # (A block cut short ends in b"" rather than a blank line: that fails the pattern above.)
    message.set_payload("")  # what the email package leaves after an empty body
    return message


def _email_parse(lines: list[bytes]) -> http.client.HTTPMessage:
    """http.client's own parse, for a block with anything but plain lines."""
    text = b"".join(lines).decode("iso-8859-1")
    return email.parser.Parser(_class=http.client.HTTPMessage).parsestr(text)  # type: ignore[return-value]


def parse_headers(fp: Any) -> http.client.HTTPMessage:
    """http.client's ``parse_headers``: read the block (same limits), then :func:`parse_header_lines`."""
    return parse_header_lines(http.client._read_headers(fp))  # type: ignore[attr-defined]


def _begin_with_our_parse() -> Any:
    """http.client's own ``HTTPResponse.begin``, the same code, calling our ``parse_headers``.

    Rebinding the function to a copy of its module namespace keeps every other rule of the running
    Python's ``begin`` (status line, 1xx, chunked, lengths, keep-alive), so nothing is copied from
    the standard library. On a Python whose ``begin`` reads headers some other way (or that has no
    ``_read_headers``), its own ``begin`` is kept as it is.
    """
    begin = http.client.HTTPResponse.begin
    if "parse_headers" not in begin.__code__.co_names or not hasattr(http.client, "_read_headers"):
        return begin
    namespace = dict(vars(http.client), parse_headers=parse_headers)
    rebound = types.FunctionType(
        begin.__code__, namespace, begin.__name__, begin.__defaults__, begin.__closure__
    )
    rebound.__qualname__ = "HTTPResponse.begin"
    rebound.__doc__ = begin.__doc__
    return rebound


class HTTPResponse(http.client.HTTPResponse):
    """http.client's response, its headers read by :func:`parse_headers`."""

    begin = _begin_with_our_parse()


class HTTPConnection(_Urllib3HTTPConnection):
    response_class = HTTPResponse


class HTTPSConnection(_Urllib3HTTPSConnection):
    response_class = HTTPResponse


class HTTPConnectionPool(_Urllib3HTTPConnectionPool):
    ConnectionCls = HTTPConnection


class HTTPSConnectionPool(_Urllib3HTTPSConnectionPool):
    ConnectionCls = HTTPSConnection


#: For a urllib3 PoolManager's ``pool_classes_by_scheme``.
POOL_CLASSES_BY_SCHEME = {"http": HTTPConnectionPool, "https": HTTPSConnectionPool}
