"""What every system of the fake shares: the request and reply types, scripts, time stamps."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from types import TracebackType
from typing import Any, Protocol

from stencila_hub.testing.tokens import TokenIssuer


class _Lock(Protocol):
    def __enter__(self) -> object: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> object: ...


class _HasProjectId(Protocol):
    @property
    def project_id(self) -> str: ...


class FakeHost(Protocol):
    """What a system's state reads from the fake that holds it (:class:`~.server.HubFake`), so
    that the systems depend on this module only, not on the server that imports them."""

    advance_on_read: bool
    tokens: TokenIssuer
    _clients: list[Any]  # the clients the fake made for a test: closed when it stops

    def configuration(self, system: str, **overrides: Any) -> Any: ...

    @property
    def lock(self) -> _Lock: ...

    @property
    def sahara(self) -> _HasProjectId: ...  # Keystone scopes its tokens to Sahara's project

    @property
    def running(self) -> bool: ...

    @property
    def port(self) -> int: ...

    def url(self, system: str) -> str: ...

    def token(self, system: str) -> str: ...


@dataclass
class Call:
    """A request as a system's handlers see it: routed, checked, authenticated."""

    system: str
    operation_id: str
    method: str
    path: str
    path_params: Mapping[str, str]
    query: Mapping[str, list[str]]
    headers: Mapping[str, str]  # names lower-cased
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body) if self.body else None

    def arg(self, name: str, default: str | None = None) -> str | None:
        values = self.query.get(name)
        return values[0] if values else default

    def int_arg(self, name: str, default: int | None = None) -> int | None:
        value = self.arg(name)
        return default if value is None else int(value)


@dataclass
class Reply:
    """What the fake answers. ``checked=False`` skips the response check (injected faults).

    ``stream``: the body as chunks written over time with chunked framing (a Kubernetes watch),
    instead of ``body``; it is iterated in the connection's thread, without the fake's lock. A
    :class:`DropConnection` raised by it ends the connection without the last chunk.
    """

    status: int
    body: bytes = b""
    content_type: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    checked: bool = True
    #: Seconds to wait before answering, outside the fake's lock (a slow server).
    delay: float = 0.0
    stream: Iterable[bytes] | None = None


class DropConnection(Exception):
    """Raised by a streamed reply: close the connection as if it broke."""


def json_reply(status: int, payload: Any, headers: Mapping[str, str] | None = None) -> Reply:
    return Reply(status, json.dumps(payload).encode(), "application/json", dict(headers or {}))


def text_reply(status: int, text: str, content_type: str = "text/plain; charset=UTF-8") -> Reply:
    return Reply(status, text.encode(), content_type)


class HttpError(Exception):
    """Raised by a handler to answer with *reply* (an error in the system's own shape)."""

    def __init__(self, reply: Reply) -> None:
        super().__init__(reply.status)
        self.reply = reply


class Script:
    """The states a fake job goes through, one step at a time; it stays on the last one."""

    def __init__(self, steps: Sequence[str]) -> None:
        if not steps:
            raise ValueError("a script needs at least one state")
        self.steps = list(steps)
        self.position = 0

    @property
    def current(self) -> str:
        return self.steps[self.position]

    @property
    def finished(self) -> bool:
        return self.position == len(self.steps) - 1

    def step(self) -> bool:
        """Move to the next state; False when already on the last one."""
        if self.finished:
            return False
        self.position += 1
        return True


class SystemState:
    """The in-memory state of one system and its handlers (one method per operationId)."""

    name = ""

    def __init__(self, fake: FakeHost) -> None:
        self._fake = fake

    @property
    def token(self) -> str:
        return self._fake.token(self.name)

    @property
    def url(self) -> str:
        return self._fake.url(self.name)

    @property
    def _advance_on_read(self) -> bool:
        return self._fake.advance_on_read

    def handle(self, call: Call) -> Reply:
        handler = getattr(self, "op_" + call.operation_id, None)
        if handler is None:  # every operation of openapi.yaml has a handler (tested)
            return self.error(501, f"the fake does not implement {call.operation_id}")
        try:
            reply: Reply = handler(call)
        except HttpError as err:
            return err.reply
        return reply

    def authenticate(self, call: Call) -> Reply | None:
        """None when the credentials are right, else the system's own 401/403 answer."""
        raise NotImplementedError

    def error(self, status: int, message: str) -> Reply:
        """An error answer in this system's own shape."""
        raise NotImplementedError

    def not_allowed(self, method: str, path: str) -> Reply:
        """The 405 this system answers to a method its path does not have."""
        return self.error(405, f"no operation of openapi.yaml for {method} {path}")

    def invalid(self, message: str) -> Reply:
        """The 400 this system answers to a request it cannot parse or accept."""
        return self.error(400, message)

    def advance(self) -> None:
        """Move every scripted job of this system one step on."""
        raise NotImplementedError

    def _fail(self, status: int, message: str) -> HttpError:
        return HttpError(self.error(status, message))


def utc_now() -> datetime:
    return datetime.now(UTC)


def rfc3339(when: datetime) -> str:
    """``2024-05-01T12:00:00Z`` (Kubernetes, Hub)."""
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
