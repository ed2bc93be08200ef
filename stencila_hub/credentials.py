"""Credentials as users hold them: tokens that expire, files that rotate, callables (hand-written).

One interface, free of I/O policy. A **provider** gives the current secret of a security scheme
(:meth:`CredentialProvider.current`) and is told when the server refused it
(:meth:`CredentialProvider.refused`). It is given per scheme, by the scheme's name in
``openapi.yaml``::

    Configuration(host=..., credentials={"AgaveBearer": OAuth2Credentials(...)})

The runtime (:mod:`stencila_hub.api_client`) asks the provider before each call and formats the
secret exactly as it formats a static one (``api_key_prefix``, ``Bearer``). On a refusal (401, and
the Hub's 403 "Invalid token.", :func:`is_refusal`) it tells the provider, and re-sends the call
**once** with the renewed secret; a second refusal raises the typed error. The re-send is safe for
every method: the server refused the request, so it did nothing.

Concurrent calls share one refresh: a provider keeps a *generation* that grows with each new
secret, and a refusal of an older generation than the current one is ignored (another thread
already refreshed). :class:`RefreshingCredentials` does that once for every provider that fetches
its secret (OAuth2, Keystone, Kubernetes exec plugins); a subclass writes only ``_fetch``.

Secrets stay secret: :class:`Credential` hides its value in ``repr``; a failure of a provider
reaches the caller as :class:`CredentialsError` (or the SDK's own transport and status errors),
never as the provider's raw exception, and never with a secret in its message or causes.
"""

from __future__ import annotations

import os
import threading
import time
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable
from urllib.parse import urlsplit

from stencila_hub.exceptions import ApiException, ApiTypeError, StencilaHubError

if TYPE_CHECKING:
    from stencila_hub.api_client import ApiClient
    from stencila_hub.configuration import Configuration

__all__ = [
    "CallableCredentials",
    "Credential",
    "CredentialProvider",
    "CredentialsError",
    "Issued",
    "RefreshingCredentials",
    "SecretBytes",
    "StaticCredentials",
    "TokenEndpoint",
    "TokenFileCredentials",
    "as_provider",
    "current_for",
    "is_refusal",
    "renew",
]

#: A 403 that means "this token is no good" for a scheme whose server answers so instead of 401:
#: the Hub (Django REST framework's TokenAuthentication) says ``{"detail"|"message": "Invalid
#: token."}``. Any other 403 is a permission refused to a valid token: no refresh helps.
REFUSED_403_MARKERS: Mapping[str, bytes] = {"Token": b"Invalid token."}


class CredentialsError(StencilaHubError):
    """A credential could not be had: a token request was refused, a file is missing, an exec
    plugin failed. The message names the provider and what went wrong, never a secret.

    :ivar status: the HTTP status of a refused token request, else ``None``.
    :ivar error: the server's error code (OAuth2 ``invalid_grant``, ...), else ``None``.
    """

    def __init__(self, message: str, *, status: int | None = None, error: str | None = None):
        super().__init__(message)
        self.status = status
        self.error = error

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_error, (str(self), self.status, self.error))

    def detached(self) -> CredentialsError:
        """A copy without traceback, cause or context: raised in place of this one where the
        frames below held a secret in a local (a body, a file's text, a plugin's output)."""
        return CredentialsError(str(self), status=self.status, error=self.error)


def _rebuild_error(message: str, status: int | None, error: str | None) -> CredentialsError:
    return CredentialsError(message, status=status, error=error)


class Credential:
    """One secret as a provider gave it, with the generation it belongs to. ``repr`` hides it."""

    __slots__ = ("generation", "value")

    def __init__(self, value: str, generation: int = 0) -> None:
        self.value = value
        self.generation = generation

    def __repr__(self) -> str:
        return f"Credential(<redacted>, generation={self.generation})"

    __str__ = __repr__

    def __reduce__(self) -> tuple[Any, ...]:
        raise TypeError("a Credential is not pickled: it holds a secret")


@runtime_checkable
class CredentialProvider(Protocol):
    """What the runtime needs of a credential: the current one, and "this one was refused"."""

    def current(self) -> Credential:
        """The secret to send now (refreshed first if it is about to expire)."""
        ...

    def refused(self, credential: Credential) -> None:
        """The server refused *credential*: get a new one, unless one newer than it exists."""
        ...


class StaticCredentials:
    """A fixed secret: what a plain string in ``credentials=`` becomes. Never refreshed."""

    def __init__(self, value: str) -> None:
        if not isinstance(value, str):
            raise ApiTypeError(f"a static credential is a str, not {type(value).__name__}")
        self._credential = Credential(value)

    def current(self) -> Credential:
        return self._credential

    def refused(self, credential: Credential) -> None:
        pass  # nothing to renew: the caller gets the server's error

    def __repr__(self) -> str:
        return "StaticCredentials(<redacted>)"


class SecretBytes(bytes):
    """A request body that holds a secret (a password, a refresh token): its ``repr`` hides it,
    so a traceback printed with its locals, or a request's repr, does not show it."""

    def __repr__(self) -> str:
        return "SecretBytes(<redacted>)"

    __str__ = __repr__


# -- providers that fetch their secret -------------------------------------------------------------


@dataclass(frozen=True)
class Issued:
    """What a fetch returned: the secret and when it stops working (``clock()`` seconds, or None
    for "until refused")."""

    value: str
    expires_at: float | None = None

    def __repr__(self) -> str:
        return f"Issued(<redacted>, expires_at={self.expires_at!r})"


class _State:
    """The provider's current secret, swapped whole so a reader never sees half of an update."""

    __slots__ = ("credential", "expires_at", "refresh_at")

    def __init__(self, credential: Credential, expires_at: float | None, refresh_at: float | None):
        self.credential = credential
        self.expires_at = expires_at
        self.refresh_at = refresh_at


class RefreshingCredentials:
    """A secret fetched on first use, refreshed before it expires and when it is refused.

    Subclasses implement :meth:`_fetch`. Every thread shares one refresh: a lock is held while
    fetching, and a refusal of a credential older than the current one is ignored. Every failure
    to fetch is raised as :class:`CredentialsError`: ``.status`` and ``.error`` say what the
    server refused; both are None when it could not be reached (try again later).

    :param refresh_margin: refresh this many seconds before the secret expires (at most a quarter
        of its lifetime, so that a short-lived secret is not refreshed on every call).
    :param clock: wall-clock seconds (``time.time``); expiry times are on this clock.
    :param min_backoff: after a failed fetch, seconds during which no new fetch is tried (calls
        fail at once with the same kind of error); doubles with each failure in a row, up to
        *max_backoff*. A refused password or refresh token is therefore never hammered.
    """

    #: How this provider names itself in messages (no secret).
    describe = "credential provider"

    def __init__(
        self,
        *,
        refresh_margin: float = 60.0,
        clock: Callable[[], float] = time.time,
        min_backoff: float = 1.0,
        max_backoff: float = 300.0,
    ) -> None:
        self.refresh_margin = refresh_margin
        self._clock = clock
        self._min_backoff = min_backoff
        self._max_backoff = max_backoff
        self._lock = threading.Lock()
        _LOCKED.add(self)
        self._state: _State | None = None
        self._generation = 0
        self._failures = 0
        self._blocked_until = 0.0
        self._last_error: CredentialsError | None = None

    def current(self) -> Credential:
        state = self._state
        if state is not None and (state.refresh_at is None or self._clock() < state.refresh_at):
            return state.credential
        with self._lock:
            state = self._state
            now = self._clock()
            if state is None or (state.expires_at is not None and now >= state.expires_at):
                return self._refresh_locked(None).credential
            if state.refresh_at is not None and now >= state.refresh_at:
                # Early refresh: if it fails, the secret still works for a while; keep using it.
                try:
                    return self._refresh_locked(None).credential
                except StencilaHubError:
                    return state.credential
            return state.credential

    def refused(self, credential: Credential) -> None:
        with self._lock:
            state = self._state
            if state is not None and state.credential.generation != credential.generation:
                return  # another call refreshed since this credential was read
            self._refresh_locked(credential)

    @property
    def generation(self) -> int:
        """How many secrets this provider has fetched (grows by one with each)."""
        return self._generation

    def _refresh_locked(self, refused: Credential | None) -> _State:
        now = self._clock()
        if now < self._blocked_until and self._last_error is not None:
            last = self._last_error
            raise CredentialsError(
                f"{self.describe}: not asking again for {self._blocked_until - now:.0f} s after "
                f"the last failure ({last})",
                status=last.status,
                error=last.error,
            )
        # Whatever went wrong is raised as a new CredentialsError from this frame, outside the
        # except block: the frames of the fetch (a request body, a plugin's output) are not in
        # its traceback, and no exception of theirs is its context.
        failure: CredentialsError | None = None
        try:
            issued = self._fetch(refused is not None)
        except CredentialsError as err:
            failure = err.detached()
        except StencilaHubError as err:  # the token endpoint could not be reached
            failure = CredentialsError(f"{self.describe}: {err}")
        if failure is not None:
            self._note_failure(now, failure)
            raise failure
        self._failures = 0
        self._last_error = None
        self._generation += 1
        refresh_at = None
        if issued.expires_at is not None:
            lifetime = max(issued.expires_at - now, 0.0)
            refresh_at = issued.expires_at - min(self.refresh_margin, lifetime / 4)
        state = _State(Credential(issued.value, self._generation), issued.expires_at, refresh_at)
        self._state = state
        return state

    def _note_failure(self, now: float, err: CredentialsError) -> None:
        self._failures += 1
        delay = min(self._min_backoff * 2 ** (self._failures - 1), self._max_backoff)
        self._blocked_until = now + delay
        self._last_error = err

    def _fetch(self, refused: bool) -> Issued:
        """Get a new secret (``refused``: the current one was refused). Raise CredentialsError
        or the SDK's own exceptions only, never with a secret in the message."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(generation={self._generation})"


class CallableCredentials(RefreshingCredentials):
    """Any callable returning a token (a secrets manager, a vault client): called on first use,
    again when the token is refused, and every *ttl* seconds if given."""

    def __init__(self, fetch: Callable[[], str], *, ttl: float | None = None, **options: Any):
        super().__init__(**options)
        self._call = fetch
        self._ttl = ttl
        self.describe = (
            f"credential callable {getattr(fetch, '__qualname__', type(fetch).__name__)}"
        )

    def _fetch(self, refused: bool) -> Issued:
        value: Any = _ask(self.describe, self._call)
        if not isinstance(value, str) or not value:
            raise CredentialsError(
                f"{self.describe} returned {type(value).__name__}, not a non-empty str"
            )
        return Issued(value, None if self._ttl is None else self._clock() + self._ttl)


class TokenFileCredentials:
    """A token kept in a file that something else rotates (a Kubernetes service-account token).

    The file is read again whenever it changes (its inode, size or modification time: one
    ``stat`` per call) and when the token is refused; the generation grows only when the token
    read differs.
    """

    describe = "token file"

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = os.fspath(path)
        self._lock = threading.Lock()
        _LOCKED.add(self)
        self._stamp: tuple[int, int, int] | None = None
        self._credential: Credential | None = None
        self._generation = 0

    def current(self) -> Credential:
        stamp = self._stat()
        credential = self._credential
        if credential is not None and stamp == self._stamp:
            return credential
        with self._lock:
            return self._read_locked(stamp)

    def refused(self, credential: Credential) -> None:
        with self._lock:
            if (
                self._credential is not None
                and self._credential.generation != credential.generation
            ):
                return
            self._read_locked(self._stat())

    def _stat(self) -> tuple[int, int, int] | None:
        try:
            st = os.stat(self.path)
        except OSError:
            return None
        return (st.st_ino, st.st_size, st.st_mtime_ns)

    def _read_locked(self, stamp: tuple[int, int, int] | None) -> Credential:
        value = read_secret_file(self.path, "token file")
        if not value:
            raise CredentialsError(f"the token file {self.path} is empty")
        self._stamp = stamp
        if self._credential is None or self._credential.value != value:
            self._generation += 1
            self._credential = Credential(value, self._generation)
        return self._credential

    def __repr__(self) -> str:
        return f"TokenFileCredentials({self.path!r})"


def as_provider(value: Any, scheme: str) -> CredentialProvider:
    """A provider for what was given in ``credentials=``: a provider as it is, a str (static),
    or a callable returning a token."""
    if isinstance(value, str):
        return StaticCredentials(value)
    if isinstance(value, CredentialProvider):
        return value
    if callable(value):
        return CallableCredentials(value)
    raise ApiTypeError(
        f"credentials[{scheme!r}] must be a str, a callable returning a str, or a provider "
        f"with current() and refused(), not {type(value).__name__}"
    )


class TokenEndpoint:
    """A token service (Agave's ``/token``, Keystone's ``/v3/auth/tokens``) reached through the
    SDK's own transport: its TLS settings, timeouts, deadline and redaction, and its retry rules
    (a POST is retried only when nothing of it was sent, or on 429/503, with back-off; a refused
    password is never sent again by the transport).

    :param url: the endpoint's full URL.
    :param configuration: TLS, timeout and proxy settings to use (copied; its host and
        credentials are not used). Default: a plain ``Configuration`` (certifi, verified).
    """

    def __init__(self, url: str, configuration: Configuration | None = None) -> None:
        import copy

        from stencila_hub.configuration import Configuration

        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise CredentialsError(f"not an http(s) URL: {url!r}")
        origin = f"{parts.scheme}://{parts.netloc}"
        config = Configuration() if configuration is None else copy.copy(configuration)
        config.host = origin
        self.url = origin + parts.path
        self._path = parts.path or "/"
        self._client: ApiClient | None = None
        self._configuration = config
        self._lock = threading.Lock()

    def client(self) -> ApiClient:
        with self._lock:
            if self._client is None:
                from stencila_hub.api_client import ApiClient

                self._client = ApiClient(self._configuration)
            return self._client

    def post(
        self, name: str, body: bytes, content_type: str, headers: Mapping[str, str]
    ) -> tuple[Mapping[str, str], Any]:
        """POST *body*; the answer's headers and decoded JSON. An error status raises
        CredentialsError with the status and the server's error code only (the body may echo what
        was sent); transport failures raise the SDK's ApiConnectionError family."""
        from stencila_hub.operation import Operation

        op = Operation(
            name=name,
            method="POST",
            path=self._path,
            body="body",
            content_type=content_type,
            accept="application/json",
            responses={"2XX": "object"},
        )
        refused: CredentialsError | None = None
        try:
            answer = self.client().call(op, {"body": body}, headers=headers, http_info=True)
        except ApiException as err:  # its body may echo what was sent: keep the code only
            refused = CredentialsError(
                f"{name}: {self.url} refused the request ({err.status}{_error_code(err.data)})",
                status=err.status,
                error=_error_code(err.data).lstrip(": ") or None,
            )
        if refused is not None:
            raise refused
        return answer.headers, answer.data

    def close(self) -> None:
        if self._client is not None:
            self._client.close()


def _error_code(data: Any) -> str:
    """``": invalid_grant"`` from an OAuth2 error body (RFC 6749 5.2), ``": Unauthorized"`` from
    a Keystone one; "" otherwise. Codes and titles only: descriptions may quote the request."""
    if isinstance(data, Mapping):
        code = data.get("error")
        if isinstance(code, Mapping):
            code = code.get("title")
        if isinstance(code, str) and len(code) <= 64 and code.replace("_", "").isalnum():
            return f": {code}"
    return ""


#: Providers with a lock. A child made by ``os.fork()`` while another thread held one (mid-refresh)
#: would wait for ever on it: the child gets new locks (the provider's state is kept).
_LOCKED: weakref.WeakSet[Any] = weakref.WeakSet()


def _new_locks_after_fork() -> None:
    for provider in list(_LOCKED):
        provider._lock = threading.Lock()


os.register_at_fork(after_in_child=_new_locks_after_fork)


# -- what the runtime calls --------------------------------------------------------------------------


def current_for(
    providers: Mapping[str, CredentialProvider], schemes: tuple[str, ...]
) -> dict[str, Credential]:
    """The current credential of each of *schemes* that has a provider."""
    if not providers:
        return {}
    current: dict[str, Credential] = {}
    for name in schemes:
        provider = providers.get(name)
        if provider is not None:
            current[name] = _ask(f"the credential provider of {name}", provider.current)
    return current


def renew(
    providers: Mapping[str, CredentialProvider], used: Mapping[str, Credential]
) -> dict[str, Credential] | None:
    """Tell each provider its credential *used* was refused; the new credentials, or None when
    none changed (then re-sending would only be refused again)."""
    for name, credential in used.items():
        provider = providers[name]
        _ask(f"the credential provider of {name}", partial(provider.refused, credential))
    fresh = current_for(providers, tuple(used))
    if all(fresh[name].generation == credential.generation for name, credential in used.items()):
        if all(fresh[name].value == credential.value for name, credential in used.items()):
            return None
    return fresh


def _ask(who: str, ask: Callable[[], Any]) -> Any:
    """Call a provider or the caller's callable; anything but the SDK's own exceptions becomes
    a CredentialsError naming *who* and the exception's type only (its message and causes may
    hold a secret). Raised outside the ``except`` block: no ``__context__`` to leak through."""
    failure: CredentialsError | None = None
    try:
        return ask()
    except StencilaHubError:
        raise
    except Exception as err:
        failure = CredentialsError(f"{who} raised {type(err).__name__}")
    raise failure


def read_secret_file(path: str, what: str) -> str:
    """The stripped text of *path*; CredentialsError (naming the file, not its text) if it
    cannot be read."""
    failure: CredentialsError | None = None
    try:
        with open(path, encoding="utf-8") as f:
            return f.read().strip()
    except (OSError, UnicodeDecodeError) as err:
        failure = CredentialsError(f"cannot read the {what} {path}: {type(err).__name__}")
    raise failure


def is_refusal(schemes: tuple[str, ...], status: int, body: bytes | None) -> bool:
    """Did the server refuse the call's credentials (so that renewing them may help)?"""
    if status == 401:
        return True
    if status == 403 and body:
        return any(
            marker in body for name, marker in REFUSED_403_MARKERS.items() if name in schemes
        )
    return False
