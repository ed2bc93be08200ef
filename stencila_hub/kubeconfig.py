"""Kubernetes credentials as users hold them: kubeconfig files and the in-cluster service account.

Hand-written (see .openapi-generator-ignore); :mod:`stencila_hub.kubernetes` re-exports both
loaders, which answer a :class:`~stencila_hub.Configuration` for ``BatchV1Api``::

    from stencila_hub.kubernetes import load_kube_config, load_incluster_config

    config = load_kube_config()                 # $KUBECONFIG or ~/.kube/config, current context
    config = load_kube_config(context="prod")   # another context
    config = load_incluster_config()            # in a pod: the service account

What a kubeconfig may say, and what becomes of it:

==============================================  ===============================================
cluster ``server``                              ``host``
``certificate-authority`` / ``-data``           ``ssl_ca_cert`` / ``ca_cert_data``
``insecure-skip-tls-verify: true``              ``verify_ssl=False``
``tls-server-name``                             ``tls_server_name``
user ``client-certificate`` / ``-data``,        ``cert_file``, ``key_file`` (data is written to
``client-key`` / ``-data``                      private temporary files, removed at exit)
user ``token``                                  a static ``BearerToken``
user ``tokenFile``                              :class:`~stencila_hub.credentials.TokenFileCredentials`
user ``exec``                                   :class:`ExecCredentials`: runs the plugin, caches
                                                its ``ExecCredential`` until ``expirationTimestamp``
==============================================  ===============================================

``KUBECONFIG`` may list several files (``:``-separated on POSIX): as kubectl does, the first file
that names a cluster, user or context wins, and the first ``current-context`` counts. Relative
paths are relative to the file that holds them. YAML needs PyYAML (``pip install "stencila-hub-jobs[kubeconfig]"``); a
JSON kubeconfig does not.
"""

from __future__ import annotations

import atexit
import base64
import json
import os
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from stencila_hub.credentials import (
    CredentialsError,
    Issued,
    RefreshingCredentials,
    StaticCredentials,
    TokenFileCredentials,
    read_secret_file,
)

if TYPE_CHECKING:
    from stencila_hub.configuration import Configuration
    from stencila_hub.credentials import CredentialProvider

__all__ = ["ExecCredentials", "load_incluster_config", "load_kube_config"]

SERVICE_ACCOUNT_DIR = "/var/run/secrets/kubernetes.io/serviceaccount"
#: How long an exec plugin may run: a plugin that waits for a browser login must not hang a call.
EXEC_TIMEOUT = 60.0


# -- in the cluster ------------------------------------------------------------------------------


def load_incluster_config(
    *,
    token_file: str | os.PathLike[str] = SERVICE_ACCOUNT_DIR + "/token",
    ca_file: str | os.PathLike[str] = SERVICE_ACCOUNT_DIR + "/ca.crt",
    environ: Mapping[str, str] | None = None,
) -> Configuration:
    """A Configuration for the API server of the pod's cluster, as the pod's service account.

    The server is ``https://$KUBERNETES_SERVICE_HOST:$KUBERNETES_SERVICE_PORT``, verified with the
    service account's CA. The token file is read again whenever it changes (Kubernetes rotates
    bound tokens about hourly) and when the API server refuses the token.
    """
    from stencila_hub.configuration import Configuration

    env = os.environ if environ is None else environ
    host, port = env.get("KUBERNETES_SERVICE_HOST"), env.get("KUBERNETES_SERVICE_PORT")
    if not host or not port:
        raise CredentialsError(
            "not in a cluster: KUBERNETES_SERVICE_HOST and KUBERNETES_SERVICE_PORT are not set"
        )
    if ":" in host:  # an IPv6 address
        host = f"[{host}]"
    tokens = TokenFileCredentials(token_file)
    tokens.current()  # a missing or empty token file fails here, not at the first call
    if not os.path.isfile(ca_file):
        raise CredentialsError(f"the service account's CA file {os.fspath(ca_file)} is missing")
    return Configuration(
        host=f"https://{host}:{port}",
        ssl_ca_cert=os.fspath(ca_file),
        credentials={"BearerToken": tokens},
        api_key_prefix={"BearerToken": "Bearer"},
    )


# -- kubeconfig ----------------------------------------------------------------------------------


def load_kube_config(
    path: str | os.PathLike[str] | None = None,
    context: str | None = None,
    *,
    environ: Mapping[str, str] | None = None,
) -> Configuration:
    """A Configuration from a kubeconfig: *path*, else ``$KUBECONFIG``, else ``~/.kube/config``;
    the *context* named, else the file's ``current-context``.

    Raises :class:`~stencila_hub.credentials.CredentialsError` for a file that is missing or not
    a kubeconfig, or a context, cluster or user that is not in it.
    """
    failure: CredentialsError | None = None
    try:
        return _load_kube_config(path, context, environ)
    except CredentialsError as err:  # raised again from here: the frames below hold the file
        failure = err.detached()
    raise failure


def _load_kube_config(
    path: str | os.PathLike[str] | None, context: str | None, environ: Mapping[str, str] | None
) -> Configuration:
    from stencila_hub.configuration import Configuration

    env = os.environ if environ is None else environ
    if path is not None:
        paths = [Path(path)]
    elif env.get("KUBECONFIG"):
        paths = [Path(p) for p in env["KUBECONFIG"].split(os.pathsep) if p]
    else:
        paths = [Path(env.get("HOME") or Path.home()) / ".kube" / "config"]
    merged = _merge([(p, _load(p)) for p in paths if path is not None or p.exists()], paths)

    name = context or merged.current_context
    if not name:
        raise CredentialsError("the kubeconfig sets no current-context: pass context=")
    ctx = _named(merged.contexts, name, "context")
    cluster_name, user_name = ctx[1].get("cluster"), ctx[1].get("user")
    cluster_base, cluster = _named(merged.clusters, cluster_name, "cluster")
    user_base, user = _named(merged.users, user_name, "user") if user_name else (Path("."), {})

    server = cluster.get("server")
    if not isinstance(server, str) or not server:
        raise CredentialsError(f"cluster {cluster_name!r} has no server")
    settings: dict[str, Any] = {"host": server.rstrip("/")}
    if cluster.get("insecure-skip-tls-verify") is True:
        settings["verify_ssl"] = False
    elif cluster.get("certificate-authority-data"):
        settings["ca_cert_data"] = _b64(cluster["certificate-authority-data"], "certificate")
    elif cluster.get("certificate-authority"):
        settings["ssl_ca_cert"] = _file(cluster_base, cluster["certificate-authority"])
    cert = _pem(user, user_base, "client-certificate", ".crt")
    key = _pem(user, user_base, "client-key", ".key")
    if cert is not None:
        settings["cert_file"], settings["key_file"] = cert, key

    provider: CredentialProvider | None = None
    if isinstance(user.get("exec"), Mapping):
        provider = ExecCredentials(user["exec"], cluster=cluster, base_dir=user_base)
    elif isinstance(user.get("token"), str) and user["token"]:
        provider = StaticCredentials(user["token"])
    elif isinstance(user.get("tokenFile"), str) and user["tokenFile"]:
        provider = TokenFileCredentials(_file(user_base, user["tokenFile"]))
    elif user.get("auth-provider"):
        raise CredentialsError(
            f"user {user_name!r} uses an auth-provider plugin, which Kubernetes removed: use an "
            "exec plugin (e.g. kubelogin, gke-gcloud-auth-plugin)"
        )
    if provider is not None:
        settings["credentials"] = {"BearerToken": provider}
        settings["api_key_prefix"] = {"BearerToken": "Bearer"}
    config = Configuration(**settings)
    if isinstance(cluster.get("tls-server-name"), str):
        config.tls_server_name = cluster["tls-server-name"]
    return config


class _Merged:
    def __init__(self) -> None:
        self.current_context: str | None = None
        self.clusters: dict[str, tuple[Path, Mapping[str, Any]]] = {}
        self.users: dict[str, tuple[Path, Mapping[str, Any]]] = {}
        self.contexts: dict[str, tuple[Path, Mapping[str, Any]]] = {}


def _merge(files: Sequence[tuple[Path, Mapping[str, Any]]], paths: Sequence[Path]) -> _Merged:
    if not files:
        raise CredentialsError(f"no kubeconfig at {', '.join(map(str, paths))}")
    merged = _Merged()
    for path, doc in files:
        base = path.resolve().parent
        if merged.current_context is None and isinstance(doc.get("current-context"), str):
            merged.current_context = doc["current-context"] or None
        for key, into, field in (
            ("clusters", merged.clusters, "cluster"),
            ("users", merged.users, "user"),
            ("contexts", merged.contexts, "context"),
        ):
            for entry in doc.get(key) or ():
                if isinstance(entry, Mapping) and isinstance(entry.get("name"), str):
                    body = entry.get(field)
                    into.setdefault(
                        entry["name"], (base, body if isinstance(body, Mapping) else {})
                    )
    return merged


def _named(
    entries: Mapping[str, tuple[Path, Mapping[str, Any]]], name: Any, what: str
) -> tuple[Path, Mapping[str, Any]]:
    if not isinstance(name, str) or name not in entries:
        raise CredentialsError(f"the kubeconfig has no {what} named {name!r}")
    return entries[name]


def _load(path: Path) -> Mapping[str, Any]:
    text = read_secret_file(str(path), "kubeconfig")
    doc: Any
    try:
        doc = json.loads(text)
    except ValueError:
        doc = _yaml(text, path)
    if not isinstance(doc, Mapping):
        raise CredentialsError(f"{path} is not a kubeconfig (not a mapping)")
    return doc


def _yaml(text: str, path: Path) -> Any:
    try:
        import yaml
    except ImportError:
        raise CredentialsError(
            f"{path} is YAML: reading it needs PyYAML (pip install 'stencila-hub-jobs[kubeconfig]')"
        ) from None
    failure: CredentialsError | None = None
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as err:  # its message quotes the file, which may hold a token
        failure = CredentialsError(f"{path} is not valid YAML ({type(err).__name__})")
    raise failure


def _file(base: Path, name: Any) -> str:
    """*name* (a path in a kubeconfig) relative to the file's folder; it must exist."""
    path = base / os.path.expanduser(str(name))
    if not path.is_file():
        raise CredentialsError(f"the kubeconfig names a file that does not exist: {path}")
    return str(path)


def _b64(value: Any, what: str) -> str:
    failure: CredentialsError | None = None
    try:
        return base64.b64decode(str(value), validate=True).decode("ascii")
    except (ValueError, UnicodeDecodeError):
        failure = CredentialsError(f"the kubeconfig's {what} data is not base64 PEM")
    raise failure


def _pem(user: Mapping[str, Any], base: Path, key: str, suffix: str) -> str | None:
    """A file for the user's client certificate or key: the file named, or the data written to a
    private temporary file (urllib3 and ssl load certificates from files only)."""
    if user.get(key + "-data"):
        return _private_file(_b64(user[key + "-data"], key), suffix)
    if user.get(key):
        return _file(base, user[key])
    return None


_TEMP_DIR: str | None = None
_TEMP_LOCK = threading.Lock()


def _private_file(text: str, suffix: str) -> str:
    """*text* in a new file only this user can read, in a folder removed when Python exits."""
    global _TEMP_DIR
    with _TEMP_LOCK:
        if _TEMP_DIR is None:
            _TEMP_DIR = tempfile.mkdtemp(prefix="stencila_hub-kubeconfig-")  # mode 0700
            atexit.register(shutil.rmtree, _TEMP_DIR, True)
    fd, name = tempfile.mkstemp(suffix=suffix, dir=_TEMP_DIR)  # mode 0600
    with os.fdopen(fd, "w", encoding="ascii") as f:
        f.write(text)
    return name


# -- exec credential plugins ------------------------------------------------------------------------


class ExecCredentials(RefreshingCredentials):
    """A token from a kubeconfig ``exec`` plugin (``kubelogin``, ``aws eks get-token``...).

    The plugin is run without a terminal (``interactive: false``) with ``KUBERNETES_EXEC_INFO``
    set, as kubectl does; its ``ExecCredential`` is cached until its ``expirationTimestamp``
    (refreshed a little before) or until the API server refuses the token. A plugin that fails,
    times out (:data:`EXEC_TIMEOUT`) or prints something else raises
    :class:`~stencila_hub.credentials.CredentialsError`; its output is never quoted (it may hold
    a token). Plugins that answer a client certificate instead of a token are not supported.
    """

    def __init__(
        self,
        exec_config: Mapping[str, Any],
        *,
        cluster: Mapping[str, Any] | None = None,
        base_dir: str | os.PathLike[str] = ".",
        **options: Any,
    ) -> None:
        super().__init__(**options)
        command = exec_config.get("command")
        if not isinstance(command, str) or not command:
            raise CredentialsError("the kubeconfig's exec plugin has no command")
        if os.sep in command or (os.altsep and os.altsep in command):
            command = str(Path(base_dir) / command)  # relative to the kubeconfig, as kubectl
        self.command = command
        self.args = [str(a) for a in exec_config.get("args") or ()]
        self.api_version = str(exec_config.get("apiVersion") or "client.authentication.k8s.io/v1")
        self.env = {
            str(e["name"]): str(e.get("value", ""))
            for e in exec_config.get("env") or ()
            if isinstance(e, Mapping) and "name" in e
        }
        self.provide_cluster_info = bool(exec_config.get("provideClusterInfo"))
        self._cluster = dict(cluster or {})
        self.describe = f"exec plugin {os.path.basename(command)}"

    def _exec_info(self) -> str:
        spec: dict[str, Any] = {"interactive": False}
        if self.provide_cluster_info:
            spec["cluster"] = {
                k2: self._cluster[k1]
                for k1, k2 in (
                    ("server", "server"),
                    ("certificate-authority-data", "certificate-authority-data"),
                    ("insecure-skip-tls-verify", "insecure-skip-tls-verify"),
                    ("tls-server-name", "tls-server-name"),
                )
                if k1 in self._cluster
            }
        return json.dumps({"apiVersion": self.api_version, "kind": "ExecCredential", "spec": spec})

    def _fetch(self, refused: bool) -> Issued:
        env = {**os.environ, **self.env, "KUBERNETES_EXEC_INFO": self._exec_info()}
        failure: CredentialsError | None = None
        try:
            done = subprocess.run(
                [self.command, *self.args],
                env=env,
                stdin=subprocess.DEVNULL,
                capture_output=True,
                timeout=EXEC_TIMEOUT,
                check=False,
            )
        except subprocess.TimeoutExpired:
            failure = CredentialsError(f"{self.describe} did not answer in {EXEC_TIMEOUT:g} s")
        except OSError as err:
            failure = CredentialsError(f"{self.describe} could not be run ({type(err).__name__})")
        if failure is not None:
            raise failure
        if done.returncode != 0:
            raise CredentialsError(
                f"{self.describe} exited with status {done.returncode} (its output is not shown: "
                "it may hold a secret)"
            )
        return self._parse(done.stdout)

    def _parse(self, stdout: bytes) -> Issued:
        try:
            data = json.loads(stdout)
        except ValueError:
            data = None
        if not isinstance(data, Mapping) or data.get("kind") != "ExecCredential":
            raise CredentialsError(f"{self.describe} did not print an ExecCredential")
        if data.get("apiVersion") != self.api_version:
            raise CredentialsError(
                f"{self.describe} answered apiVersion {str(data.get('apiVersion'))[:60]!r}, "
                f"not {self.api_version!r}"
            )
        status = data.get("status")
        token = status.get("token") if isinstance(status, Mapping) else None
        if not isinstance(token, str) or not token:
            raise CredentialsError(
                f"{self.describe} answered no token (client certificates from exec plugins are "
                "not supported)"
            )
        assert isinstance(status, Mapping)
        return Issued(token, _timestamp(status.get("expirationTimestamp"), self.describe))


def _timestamp(value: Any, who: str) -> float | None:
    """Epoch seconds of an RFC 3339 time (``2026-12-05T15:00:00Z``); None when absent."""
    if value is None:
        return None
    try:
        when = datetime.fromisoformat(str(value))
    except ValueError:
        raise CredentialsError(f"{who}: expirationTimestamp is not an RFC 3339 time") from None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()
