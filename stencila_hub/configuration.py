# Generated from templates/configuration.mustache (our override) and openapi.yaml. Do not edit.
"""Settings of one client: host, credentials, TLS, timeouts, retries, logging.

Secrets (``api_key``, ``access_token``, ``password``, ``credentials``) are never shown by ``repr()``
and never logged.
"""

from __future__ import annotations

import copy
import ipaddress
import logging
import os
import sys
import warnings
from collections.abc import Callable, Mapping
from typing import Any

import urllib3

from stencila_hub._spec import (
    API_VERSION,
    AUTH_SCHEMES,
    ENV_CREDENTIALS,
    KEY_PREFIXES,
    PACKAGE_VERSION,
    SERVERS,
    SYSTEM_SERVERS,
)
from stencila_hub.credentials import Credential, CredentialProvider, as_provider
from stencila_hub.exceptions import ApiTypeError, ApiValueError
from stencila_hub.retry import RetryPolicy
from stencila_hub.timeouts import as_timeout

__all__ = [
    "AUTH_SCHEMES",
    "DEFAULT_CONNECT_TIMEOUT",
    "DEFAULT_MAX_ERROR_BODY_BYTES",
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_READ_TIMEOUT",
    "DEFAULT_RETRY_POLICY",
    "ENV_CREDENTIALS",
    "KEY_PREFIXES",
    "SERVERS",
    "SYSTEM_SERVERS",
    "Configuration",
    "TimeoutSetting",
    "check_host",
    "is_loopback",
]

#: Default connect and read timeouts, in seconds. A stalled server never blocks a call for ever.
DEFAULT_CONNECT_TIMEOUT = 5.0
DEFAULT_READ_TIMEOUT = 60.0
#: Default retry policy: 2 retries, exponential backoff with jitter, 120 s total deadline.
DEFAULT_RETRY_POLICY = RetryPolicy()
#: Largest success body read into memory; a larger one raises ResponseDecodeError.
DEFAULT_MAX_RESPONSE_BYTES = 64 * 1024 * 1024
#: How much of an error body is read (the rest is dropped, with the connection).
DEFAULT_MAX_ERROR_BODY_BYTES = 1024 * 1024

_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain", "ip6-localhost"})
#: Hosts already warned about (plain http with a credential): each is warned about once.
_WARNED_PLAIN_HTTP: set[str] = set()


def check_host(host: str) -> str:
    """*host* if it names its scheme (``https://`` or ``http://``); else ApiValueError.

    Without a scheme urllib3 would pick plain http, and the credential would travel in clear text.
    """
    if not isinstance(host, str):
        raise ApiTypeError(f"host must be a str, not {type(host).__name__}")
    scheme = host.partition("://")[0].lower() if "://" in host else ""
    if scheme not in ("http", "https"):
        raise ApiValueError(
            f"host {host!r} must start with https:// (or http:// for a server without TLS)"
        )
    return host


def is_loopback(host: str) -> bool:
    """Is the URL's host this machine (127.0.0.0/8, ::1, localhost)?"""
    netloc = host.partition("://")[2].split("/", 1)[0].rpartition("@")[2]
    name = (
        netloc[1:].partition("]")[0]
        if netloc.startswith("[")
        else netloc.rpartition(":")[0] or netloc
    )
    if name.lower() in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


class _StderrHandler(logging.StreamHandler[Any]):
    """Writes to whatever ``sys.stderr`` is at the time (a test's capture, a redirect), and only
    while logging is unconfigured: once the application gives the root logger a handler, the
    records reach it by propagation, and printing them here too would double each line."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not logging.getLogger().handlers and bool(super().filter(record))

    @property
    def stream(self) -> Any:
        return sys.stderr

    @stream.setter
    def stream(self, value: Any) -> None:
        pass


#: The stderr handler that ``debug = True`` puts on the package logger (one per process).
_DEBUG_HANDLER = _StderrHandler()
#: The package logger's level before ``debug = True`` set it to DEBUG (put back by ``False``).
_LEVEL_BEFORE_DEBUG: list[int] = []

TimeoutSetting = None | float | tuple[float | None, float | None] | urllib3.Timeout


class Configuration:
    """Settings of one API client.

    :param host: base URL, e.g. ``https://hub.stenci.la/api``; default: the spec's first server.
    :param api_key: API keys by security scheme name, e.g. ``{'Token': 'KEY'}``.
    :param api_key_prefix: prefixes by scheme name, e.g. ``{'Token': 'Token'}`` gives
        ``Authorization: Token KEY``.
    :param access_token: bearer token (Agave's OAuth2 token, and any ``bearer`` scheme).
    :param credentials: credentials that change, by security scheme name: a provider
        (:class:`~stencila_hub.credentials.CredentialProvider`, e.g.
        ``stencila_hub.agave.OAuth2Credentials``), a callable returning a token, or a str. It is
        asked before each call, renewed once when the server refuses it, and formatted as the
        static setting of its scheme is (``api_key_prefix``, ``Bearer``). It wins over
        ``api_key`` and ``access_token`` for its scheme.
    :param username: HTTP basic user name. :param password: HTTP basic password.
    :param ssl_ca_cert: a CA bundle file to verify the server with, instead of certifi's.
    :param ca_cert_data: CA certificates as PEM text or DER bytes, instead of a file.
    :param cert_file: client certificate file (PEM), e.g. for Kubernetes client-certificate auth.
    :param key_file: its private key file.
    :param verify_ssl: verify the server's certificate (default True). ``False`` warns once.
    :param timeout: ``(connect, read)`` seconds, one number for both, or a ``urllib3.Timeout``;
        ``None`` means no timeout at all (not recommended). Default ``(5, 60)``.
    :param retries: an int (retries after the first attempt; ``0`` = none) or a
        :class:`~stencila_hub.retry.RetryPolicy`. Default: 2 retries.
    :param trust_env: take proxies from ``HTTPS_PROXY``/``HTTP_PROXY``/``ALL_PROXY`` and
        ``NO_PROXY`` in the environment (any case), as requests and httpx do; read once, when an
        ``ApiClient`` is made. ``False`` ignores them. An explicit ``proxy`` wins either way.
    :param debug: log each request's method, URL, status and timing (credentials redacted) to
        the ``stencila_hub`` logger at DEBUG; while logging is unconfigured (the root logger
        has no handler) they go to stderr, else to the application's handlers, once.
    """

    _default: Configuration | None = None

    def __init__(
        self,
        host: str | None = None,
        api_key: dict[str, str] | None = None,
        api_key_prefix: dict[str, str] | None = None,
        username: str | None = None,
        password: str | None = None,
        access_token: str | None = None,
        server_index: int | None = None,
        server_variables: dict[str, str] | None = None,
        *,
        ssl_ca_cert: str | None = None,
        retries: None | int | RetryPolicy = None,
        ca_cert_data: str | bytes | None = None,
        debug: bool | None = None,
        cert_file: str | None = None,
        key_file: str | None = None,
        verify_ssl: bool = True,
        timeout: TimeoutSetting = (DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT),
        trust_env: bool = True,
        credentials: Mapping[str, Any] | None = None,
    ) -> None:
        #: The host set by the caller, or None: each Api class then uses its own system's server
        #: (``SYSTEM_SERVERS``), or refuses the call when the system has no public default.
        self.configured_host: str | None = check_host(host) if host is not None else None
        self._base_path = (
            host
            if host is not None
            else self.get_host_from_settings(server_index or 0, server_variables or {})
        )
        self.server_index = 0 if server_index is None and host is None else server_index
        self.server_variables = server_variables or {}
        self.api_key: dict[str, str] = dict(api_key or {})
        self.api_key_prefix: dict[str, str] = dict(api_key_prefix or {})
        self.refresh_api_key_hook: Callable[[Configuration], None] | None = None
        self.username = username
        self.password = password
        self.access_token = access_token
        self.credentials = credentials or {}
        self.logger = {"package_logger": logging.getLogger("stencila_hub")}
        self.logger_format = "%(asctime)s %(levelname)s %(message)s"
        self.logger_stream_handler: logging.Handler | None = None
        self.logger_file_handler: logging.Handler | None = None
        self._logger_file: str | None = None
        self._debug = False
        self.verify_ssl = verify_ssl
        self.ssl_ca_cert = ssl_ca_cert
        self.ca_cert_data = ca_cert_data
        self.cert_file = cert_file
        self.key_file = key_file
        self.assert_hostname: bool | str | None = None
        self.tls_server_name: str | None = None
        #: Sync: idle connections kept per host (urllib3 closes one given back beyond it, so
        #: raise it to the number of threads calling one host at once). Async: the connector's
        #: limit on open connections, for which calls wait.
        self.connection_pool_maxsize = 10
        self.proxy: str | None = None
        self.proxy_headers: Mapping[str, str] | None = None
        self.socket_options: list[tuple[int, int, int | bytes]] | None = None
        #: Largest success body read into memory (``None``: no limit).
        self.max_response_bytes: int | None = DEFAULT_MAX_RESPONSE_BYTES
        #: How much of an error body is read; its exception carries those first bytes.
        self.max_error_body_bytes: int = DEFAULT_MAX_ERROR_BODY_BYTES
        #: Largest streamed download (``_stream=True``); ``None``: no limit.
        self.max_download_bytes: int | None = None
        self.trust_env = trust_env
        self.timeout = timeout
        self.retries = retries
        if debug is not None:
            self.debug = debug
        self.check_credentials()

    @classmethod
    def from_env(
        cls, system: str, environ: Mapping[str, str] | None = None, **settings: Any
    ) -> Configuration:
        """A Configuration for *system* ("hub", "agave", "sahara", "kubernetes", "gaffer") from
        the environment: the host from ``<SYSTEM>_URL`` (else the system's public default, if it
        has one) and the credential from ``<SYSTEM>_TOKEN`` (the table in the README's
        Configuration section); ``KUBERNETES_CA_CERT`` names a CA bundle. Other settings are
        passed on (``timeout=...``)."""
        if system not in SYSTEM_SERVERS:
            raise ApiValueError(
                f"unknown system {system!r}: one of {', '.join(sorted(SYSTEM_SERVERS))}"
            )
        env = os.environ if environ is None else environ
        default_host, host_env = SYSTEM_SERVERS[system]
        host = (env.get(host_env) or "").rstrip("/") or default_host
        if host is None:
            raise ApiValueError(f"{system} has no public default host: set {host_env}")
        token_env, (kind, *rest) = ENV_CREDENTIALS.get(system, ("", (None,)))
        token = env.get(token_env) if token_env else None
        if token:
            if kind == "api_key":
                scheme, prefix = rest
                settings.setdefault("api_key", {scheme: token})
                if prefix:
                    settings.setdefault("api_key_prefix", {scheme: prefix})
            else:
                settings.setdefault("access_token", token)
        if system == "kubernetes" and env.get("KUBERNETES_CA_CERT"):
            settings.setdefault("ssl_ca_cert", env["KUBERNETES_CA_CERT"])
        return cls(host=host, **settings)

    def check_credentials(self) -> None:
        """Refuse an ``api_key`` or ``api_key_prefix`` entry that names no security scheme (a
        typo such as ``{"token": ...}`` would otherwise be ignored, and the call go without it)."""
        for what, entries in (("api_key", self.api_key), ("api_key_prefix", self.api_key_prefix)):
            unknown = [name for name in entries if AUTH_SCHEMES.get(name, ("",))[0] != "api_key"]
            if unknown:
                valid = ", ".join(n for n, (kind, _h) in AUTH_SCHEMES.items() if kind == "api_key")
                raise ApiValueError(
                    f"{what} names no API-key security scheme: {', '.join(map(repr, unknown))}; "
                    f"the schemes are {valid} (Agave's token is access_token=...)"
                )

    def warn_plain_http(self) -> None:
        """Warn once per host when a credential would travel over plain http to another machine."""
        host = self.configured_host
        if host is None or not host[:7].lower() == "http://" or host in _WARNED_PLAIN_HTTP:
            return
        credential = self.api_key or self.access_token or self.password or self._credentials
        if credential and not is_loopback(host):
            _WARNED_PLAIN_HTTP.add(host)
            warnings.warn(
                f"{host} is plain http: the credential is sent in clear text", stacklevel=3
            )

    def prefix_hint(self, schemes: tuple[str, ...]) -> str | None:
        """For a 401/403: the scheme whose key went without the prefix its server expects."""
        for name in schemes:
            expected = KEY_PREFIXES.get(name)
            has_key = self.api_key.get(name) or name in self._credentials
            if expected and has_key and not self.api_key_prefix.get(name):
                return (
                    f"the {name} key was sent without a prefix; the server expects "
                    f"'{expected} <key>': set api_key_prefix={{{name!r}: {expected!r}}}"
                )
        return None

    # -- timeouts and retries ------------------------------------------------------------------

    @property
    def timeout(self) -> TimeoutSetting:
        return self._timeout

    @timeout.setter
    def timeout(self, value: TimeoutSetting) -> None:
        self.urllib3_timeout = as_timeout(value, "timeout")
        self._timeout = value

    @property
    def retries(self) -> None | int | RetryPolicy:
        return self._retries

    @retries.setter
    def retries(self, value: None | int | RetryPolicy) -> None:
        self.retry_policy = RetryPolicy.coerce(value, DEFAULT_RETRY_POLICY)
        self._retries = value

    # -- auth --------------------------------------------------------------------------------

    @property
    def credentials(self) -> dict[str, CredentialProvider]:
        """Credential providers by security scheme name (see ``credentials=``)."""
        return self._credentials

    @credentials.setter
    def credentials(self, value: Mapping[str, Any]) -> None:
        unknown = sorted(set(value) - set(AUTH_SCHEMES))
        if unknown:
            raise ApiValueError(
                f"credentials: no security scheme named {', '.join(unknown)} "
                f"(the schemes are {', '.join(AUTH_SCHEMES)})"
            )
        self._credentials = {name: as_provider(provider, name) for name, provider in value.items()}

    def get_api_key_with_prefix(self, identifier: str, alias: str | None = None) -> str | None:
        """The API key of a scheme with its prefix (``"Token KEY"``), or None."""
        if self.refresh_api_key_hook is not None:
            self.refresh_api_key_hook(self)
        key = self.api_key.get(identifier, self.api_key.get(alias) if alias is not None else None)
        if key:
            prefix = self.api_key_prefix.get(identifier)
            return f"{prefix} {key}" if prefix else key
        return None

    def get_basic_auth_token(self) -> str:
        return urllib3.util.make_headers(
            basic_auth=f"{self.username or ''}:{self.password or ''}"
        ).get("authorization", "")

    def auth_headers(
        self, schemes: tuple[str, ...], current: Mapping[str, Credential] | None = None
    ) -> dict[str, str]:
        """The auth headers for an operation's security schemes, from what is configured;
        *current* holds the credentials the providers gave for this call (by scheme)."""
        headers: dict[str, str] = {}
        for name in schemes:
            kind, header = AUTH_SCHEMES[name]
            if current and name in current:
                if kind == "bearer":
                    headers[header] = "Bearer " + current[name].value
                else:
                    prefix = self.api_key_prefix.get(name)
                    headers[header] = (
                        f"{prefix} {current[name].value}" if prefix else current[name].value
                    )
            elif kind == "api_key":
                value = self.get_api_key_with_prefix(name)
                if value is not None:
                    headers[header] = value
            elif kind == "bearer":
                if self.refresh_api_key_hook is not None:
                    self.refresh_api_key_hook(self)
                if self.access_token:
                    headers[header] = "Bearer " + self.access_token
            elif kind == "basic" and (self.username is not None or self.password is not None):
                headers[header] = self.get_basic_auth_token()
        return headers

    def auth_settings(self) -> dict[str, dict[str, Any]]:
        """The stock generator's view of the configured auth (values included: do not log it)."""
        settings = {}
        for name, (kind, header) in AUTH_SCHEMES.items():
            value = self.auth_headers((name,)).get(header)
            if value is not None:
                settings[name] = {"type": kind, "in": "header", "key": header, "value": value}
        return settings

    # -- hosts -------------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._base_path

    @host.setter
    def host(self, value: str) -> None:
        self.configured_host = check_host(value)
        self._base_path = value
        self.server_index = None

    def get_host_settings(self) -> list[dict[str, Any]]:
        return [dict(s) for s in SERVERS]

    def get_host_from_settings(
        self,
        index: int | None,
        variables: dict[str, str] | None = None,
        servers: list[dict[str, Any]] | None = None,
    ) -> str:
        if index is None:
            return self._base_path
        servers = self.get_host_settings() if servers is None else servers
        if not 0 <= index < len(servers):
            raise ValueError(f"Invalid index {index}: there are {len(servers)} servers")
        url: str = servers[index]["url"]
        return url

    # -- logging -----------------------------------------------------------------------------

    @property
    def debug(self) -> bool:
        return self._debug

    @debug.setter
    def debug(self, value: bool) -> None:
        """Log requests at DEBUG on the package logger, to stderr. Credentials are redacted.

        Unlike the stock generator, this never sets ``http.client``'s global debug level, which
        prints every header (the token included) of every connection in the process.
        """
        self._debug = bool(value)
        package_logger = self.logger["package_logger"]
        if value:
            if not _LEVEL_BEFORE_DEBUG:
                _LEVEL_BEFORE_DEBUG.append(package_logger.level)
            package_logger.setLevel(logging.DEBUG)
            # One stderr handler for the process: the logger is shared by every Configuration, so
            # a handler per Configuration would print each line once per debug client. It prints
            # only while the root logger has no handler (see _StderrHandler).
            if _DEBUG_HANDLER not in package_logger.handlers:
                _DEBUG_HANDLER.setFormatter(logging.Formatter(self.logger_format))
                package_logger.addHandler(_DEBUG_HANDLER)
            self.logger_stream_handler = _DEBUG_HANDLER
        else:
            # Undo what debug=True did, and only that: a level the application set stays.
            if _LEVEL_BEFORE_DEBUG and package_logger.level == logging.DEBUG:
                package_logger.setLevel(_LEVEL_BEFORE_DEBUG.pop())
            package_logger.removeHandler(_DEBUG_HANDLER)
            self.logger_stream_handler = None

    @property
    def logger_file(self) -> str | None:
        return self._logger_file

    @logger_file.setter
    def logger_file(self, value: str | None) -> None:
        self._logger_file = value
        if value:
            self.logger_file_handler = logging.FileHandler(value)
            self.logger_file_handler.setFormatter(logging.Formatter(self.logger_format))
            self.logger["package_logger"].addHandler(self.logger_file_handler)

    # -- the rest ------------------------------------------------------------------------------

    @classmethod
    def set_default(cls, default: Configuration | None) -> None:
        cls._default = default

    @classmethod
    def get_default_copy(cls) -> Configuration:
        return cls.get_default()

    @classmethod
    def get_default(cls) -> Configuration:
        if cls._default is None:
            cls._default = cls()
        return cls._default

    def __deepcopy__(self, memo: dict[int, Any]) -> Configuration:
        result = self.__class__.__new__(self.__class__)
        memo[id(self)] = result
        for key, value in self.__dict__.items():
            if key in ("logger", "logger_stream_handler", "logger_file_handler", "_credentials"):
                # Loggers and handlers are shared, not copied; so are credential providers: a
                # copy refreshes the same token (and a provider holds a lock, which cannot copy).
                setattr(result, key, value if key != "_credentials" else dict(value))
            else:
                setattr(result, key, copy.deepcopy(value, memo))
        return result

    def __repr__(self) -> str:
        # Which credentials are set, never their values.
        creds = sorted(set(self.api_key) | set(self._credentials)) + [
            n
            for n, v in (
                ("access_token", self.access_token),
                ("username", self.username),
                ("password", self.password),
            )
            if v
        ]
        # host=None: each Api class uses its own system's server (SYSTEM_SERVERS).
        return (
            f"Configuration(host={self.configured_host!r}, credentials={creds!r}, "
            f"verify_ssl={self.verify_ssl!r}, timeout={self.timeout!r}, "
            f"retries={self.retry_policy.max_retries!r})"
        )

    __str__ = __repr__

    def to_debug_report(self) -> str:
        import platform

        return (
            f"Python SDK Debug Report:\nOS: {sys.platform}\nPython Version: "
            f"{platform.python_version()}\nVersion of the API: {API_VERSION}\n"
            f"SDK Package Version: {PACKAGE_VERSION}"
        )
