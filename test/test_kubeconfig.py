"""load_kube_config and load_incluster_config against a real TLS server whose CA is
generated for the test: CA file or data, insecure-skip-tls-verify, client certificates, static
tokens, token files that rotate, exec plugins that expire, contexts and merged KUBECONFIG files.
"""

from __future__ import annotations

import json
import os
import ssl
import stat
import sys
import textwrap
import threading
from base64 import b64encode
from collections.abc import Iterator
from datetime import UTC
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any

import pytest

from stencila_hub import ApiClient, BatchV1Api, CredentialsError, UnauthorizedException
from stencila_hub.credentials import TokenFileCredentials
from stencila_hub.kubeconfig import ExecCredentials
from stencila_hub.kubernetes import load_incluster_config, load_kube_config
from test.conftest import fixture_bytes
from test.support.servers import LoopbackServer, send

trustme = pytest.importorskip("trustme")
yaml = pytest.importorskip("yaml")

pytestmark = pytest.mark.timeout(60)

NAME, NAMESPACE = "render-frames", "media"
UNAUTHORIZED = json.dumps(
    {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": "Unauthorized",
        "reason": "Unauthorized",
        "code": 401,
    }
).encode()


class ApiServer:
    """HTTPS on 127.0.0.1 with a certificate of *ca*: answers a Job to a valid bearer token or a
    client certificate of *ca*, else 401. Records what each request presented."""

    def __init__(self, ca: Any) -> None:
        self.tokens: set = set()
        self.seen: list = []  # (token or None, client certificate subject or None, status)
        self.lock = threading.Lock()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.verify_mode = ssl.CERT_OPTIONAL
        ca.configure_trust(context)
        ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
        body = fixture_bytes("kubernetes", "job_running")

        def handle(request: BaseHTTPRequestHandler) -> None:
            header = request.headers.get("Authorization") or ""
            token = header[len("Bearer ") :] if header.startswith("Bearer ") else None
            peer = request.connection.getpeercert()
            subject = dict(p[0] for p in peer["subject"])["commonName"] if peer else None
            with self.lock:
                ok = token in self.tokens if token is not None else subject is not None
                self.seen.append((token, subject, 200 if ok else 401))
            payload = body if ok else UNAUTHORIZED
            send(request, 200 if ok else 401, payload, {"Content-Type": "application/json"})

        self._server = LoopbackServer(handle, ssl_context=context).start()
        self.port = self._server.port
        self.url = self._server.url

    def statuses(self) -> list:
        return [s for _t, _c, s in self.seen]

    def close(self) -> None:
        self._server.close()


@pytest.fixture
def server(ca) -> Iterator[ApiServer]:
    srv = ApiServer(ca)
    yield srv
    srv.close()


def read(config) -> Any:
    with ApiClient(config) as client:
        return BatchV1Api(client).read_namespaced_job(NAME, NAMESPACE)


def kubeconfig(
    path: Path,
    clusters: dict,
    users: dict,
    contexts: dict,
    current: str | None,
    as_json: bool = False,
) -> Path:
    doc = {
        "apiVersion": "v1",
        "kind": "Config",
        "clusters": [{"name": n, "cluster": c} for n, c in clusters.items()],
        "users": [{"name": n, "user": u} for n, u in users.items()],
        "contexts": [
            {"name": n, "context": {"cluster": c, "user": u}} for n, (c, u) in contexts.items()
        ],
    }
    if current is not None:
        doc["current-context"] = current
    path.write_text(json.dumps(doc) if as_json else yaml.safe_dump(doc))
    return path


def b64(data: bytes) -> str:
    return b64encode(data).decode()


# -- server, CA and static credentials -------------------------------------------------------------


@pytest.mark.parametrize("as_json", [False, True], ids=["yaml", "json"])
def test_ca_file_and_token(server, ca, tmp_path, as_json):
    ca.cert_pem.write_to_path(str(tmp_path / "ca.crt"))
    server.tokens.add("static-token-1")
    path = kubeconfig(
        tmp_path / "config",
        {"c": {"server": server.url, "certificate-authority": "ca.crt"}},
        {"u": {"token": "static-token-1"}},
        {"ctx": ("c", "u")},
        "ctx",
        as_json,
    )
    config = load_kube_config(str(path))
    assert config.host == server.url and config.ssl_ca_cert == str(tmp_path / "ca.crt")
    assert read(config).metadata.name == NAME
    assert server.seen == [("static-token-1", None, 200)]
    assert "static-token-1" not in repr(config)


def test_ca_data_and_client_certificate_data(server, ca, tmp_path):
    client = ca.issue_cert("overseer@example.org", common_name="system:serviceaccount:overseer")
    path = kubeconfig(
        tmp_path / "config",
        {"c": {"server": server.url, "certificate-authority-data": b64(ca.cert_pem.bytes())}},
        {
            "u": {
                "client-certificate-data": b64(client.cert_chain_pems[0].bytes()),
                "client-key-data": b64(client.private_key_pem.bytes()),
            }
        },
        {"ctx": ("c", "u")},
        "ctx",
    )
    config = load_kube_config(str(path))
    assert read(config).metadata.name == NAME
    assert server.seen == [(None, "system:serviceaccount:overseer", 200)]
    key_file = Path(config.key_file)
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600  # private key data: owner only
    assert stat.S_IMODE(key_file.parent.stat().st_mode) == 0o700


def test_client_certificate_files_relative_to_the_kubeconfig(server, ca, tmp_path):
    client = ca.issue_cert("overseer@example.org", common_name="from-files")
    (tmp_path / "pki").mkdir()
    client.cert_chain_pems[0].write_to_path(str(tmp_path / "pki" / "client.crt"))
    client.private_key_pem.write_to_path(str(tmp_path / "pki" / "client.key"))
    ca.cert_pem.write_to_path(str(tmp_path / "pki" / "ca.crt"))
    path = kubeconfig(
        tmp_path / "config",
        {"c": {"server": server.url, "certificate-authority": "pki/ca.crt"}},
        {"u": {"client-certificate": "pki/client.crt", "client-key": "pki/client.key"}},
        {"ctx": ("c", "u")},
        "ctx",
    )
    assert read(load_kube_config(str(path))).metadata.name == NAME
    assert server.seen == [(None, "from-files", 200)]


def test_insecure_skip_tls_verify(server, tmp_path):
    server.tokens.add("t")
    path = kubeconfig(
        tmp_path / "config",
        {"c": {"server": server.url, "insecure-skip-tls-verify": True}},
        {"u": {"token": "t"}},
        {"ctx": ("c", "u")},
        "ctx",
    )
    config = load_kube_config(str(path))
    assert config.verify_ssl is False
    with pytest.warns(Warning):  # urllib3's InsecureRequestWarning: the user asked for it
        assert read(config).metadata.name == NAME


def test_without_the_ca_the_server_does_not_verify(server, tmp_path):
    from stencila_hub import ApiSSLError

    server.tokens.add("t")
    path = kubeconfig(
        tmp_path / "config",
        {"c": {"server": server.url}},
        {"u": {"token": "t"}},
        {"ctx": ("c", "u")},
        "ctx",
    )
    with pytest.raises(ApiSSLError):
        read(load_kube_config(str(path)))
    assert server.seen == []


# -- contexts and KUBECONFIG ---------------------------------------------------------------------


def test_contexts_choose_the_cluster_and_user(server, ca, tmp_path):
    server.tokens.add("prod-token")
    cluster = {"server": server.url, "certificate-authority-data": b64(ca.cert_pem.bytes())}
    path = kubeconfig(
        tmp_path / "config",
        {"c": cluster},
        {"dev": {"token": "dev-token"}, "prod": {"token": "prod-token"}},
        {"dev": ("c", "dev"), "prod": ("c", "prod")},
        "dev",
    )
    with pytest.raises(UnauthorizedException):
        read(load_kube_config(str(path)))  # current-context: dev
    assert read(load_kube_config(str(path), context="prod")).metadata.name == NAME
    assert [t for t, _c, _s in server.seen] == ["dev-token", "prod-token"]
    with pytest.raises(CredentialsError, match="no context named 'staging'"):
        load_kube_config(str(path), context="staging")


def test_kubeconfig_env_merges_files_first_wins(server, ca, tmp_path):
    server.tokens.add("second-file-token")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    ca.cert_pem.write_to_path(str(tmp_path / "b" / "ca.crt"))
    first = kubeconfig(
        tmp_path / "a" / "config",
        {},
        {"u": {"token": "second-file-token"}},
        {"ctx": ("c", "u")},
        "ctx",
    )
    second = kubeconfig(
        tmp_path / "b" / "config",
        {"c": {"server": server.url, "certificate-authority": "ca.crt"}},
        {"u": {"token": "shadowed"}},
        {"other": ("c", "u")},
        "other",
    )
    environ = {"KUBECONFIG": os.pathsep.join([str(first), str(tmp_path / "missing"), str(second)])}
    config = load_kube_config(environ=environ)
    assert config.ssl_ca_cert == str(tmp_path / "b" / "ca.crt")  # relative to its own file
    assert read(config).metadata.name == NAME
    assert server.seen == [("second-file-token", None, 200)]


def test_home_kube_config_is_the_default(server, ca, tmp_path):
    server.tokens.add("home")
    (tmp_path / ".kube").mkdir()
    kubeconfig(
        tmp_path / ".kube" / "config",
        {"c": {"server": server.url, "certificate-authority-data": b64(ca.cert_pem.bytes())}},
        {"u": {"token": "home"}},
        {"ctx": ("c", "u")},
        "ctx",
    )
    assert read(load_kube_config(environ={"HOME": str(tmp_path)})).metadata.name == NAME


@pytest.mark.parametrize(
    "content,match",
    [
        ("", "not a kubeconfig"),
        ("clusters: [\n  token: abc", "not valid YAML"),
        ('{"current-context": "x", "contexts": []}', "no context named 'x'"),
        ('{"contexts": []}', "no current-context"),
    ],
)
def test_broken_kubeconfigs_raise_credentials_error(tmp_path, content, match):
    (tmp_path / "config").write_text(content)
    with pytest.raises(CredentialsError, match=match) as info:
        load_kube_config(str(tmp_path / "config"))
    assert "abc" not in str(info.value)
    assert info.value.__context__ is None and info.value.__cause__ is None


def test_a_missing_kubeconfig_and_an_auth_provider_are_reported(tmp_path, server):
    with pytest.raises(CredentialsError, match="no kubeconfig"):
        load_kube_config(environ={"HOME": str(tmp_path)})
    path = kubeconfig(
        tmp_path / "config",
        {"c": {"server": server.url}},
        {"u": {"auth-provider": {"name": "gcp"}}},
        {"ctx": ("c", "u")},
        "ctx",
    )
    with pytest.raises(CredentialsError, match="exec plugin"):
        load_kube_config(str(path))


# -- token files -----------------------------------------------------------------------------------


def test_a_token_file_is_read_again_when_it_changes(server, ca, tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text("rotated-1\n")
    server.tokens.add("rotated-1")
    path = kubeconfig(
        tmp_path / "config",
        {"c": {"server": server.url, "certificate-authority-data": b64(ca.cert_pem.bytes())}},
        {"u": {"tokenFile": "token"}},
        {"ctx": ("c", "u")},
        "ctx",
    )
    config = load_kube_config(str(path))
    assert isinstance(config.credentials["BearerToken"], TokenFileCredentials)
    with ApiClient(config) as client:
        api = BatchV1Api(client)
        api.read_namespaced_job(NAME, NAMESPACE)
        server.tokens = {"rotated-2"}  # the cluster rotated it, and wrote the new one
        token_file.write_text("rotated-2-longer\n")
        server.tokens.add("rotated-2-longer")
        api.read_namespaced_job(NAME, NAMESPACE)
        # Rotated again without a visible change (same size and time): the 401 re-reads it.
        before = token_file.stat()
        server.tokens = {"rotated-3-longer"}
        token_file.write_text("rotated-3-longer\n")
        os.utime(token_file, ns=(before.st_atime_ns, before.st_mtime_ns))
        api.read_namespaced_job(NAME, NAMESPACE)
    assert server.seen == [
        ("rotated-1", None, 200),
        ("rotated-2-longer", None, 200),
        ("rotated-2-longer", None, 401),
        ("rotated-3-longer", None, 200),
    ]


def test_incluster_config_reads_the_service_account(server, ca, tmp_path):
    token_file, ca_file = tmp_path / "token", tmp_path / "ca.crt"
    token_file.write_text("sa-token-1")
    ca.cert_pem.write_to_path(str(ca_file))
    server.tokens.add("sa-token-1")
    environ = {"KUBERNETES_SERVICE_HOST": "127.0.0.1", "KUBERNETES_SERVICE_PORT": str(server.port)}
    config = load_incluster_config(token_file=token_file, ca_file=ca_file, environ=environ)
    assert config.host == server.url
    with ApiClient(config) as client:
        api = BatchV1Api(client)
        api.read_namespaced_job(NAME, NAMESPACE)
        server.tokens = {"sa-token-2-rotated"}  # kubelet rotated the projected token
        token_file.write_text("sa-token-2-rotated")
        api.read_namespaced_job(NAME, NAMESPACE)
    assert [t for t, _c, _s in server.seen] == ["sa-token-1", "sa-token-2-rotated"]
    assert server.statuses() == [200, 200]


def test_incluster_config_outside_a_cluster(tmp_path):
    with pytest.raises(CredentialsError, match="not in a cluster"):
        load_incluster_config(environ={})
    with pytest.raises(CredentialsError, match="cannot read the token file"):
        load_incluster_config(
            token_file=tmp_path / "none",
            ca_file=tmp_path / "none",
            environ={"KUBERNETES_SERVICE_HOST": "::1", "KUBERNETES_SERVICE_PORT": "443"},
        )


# -- exec plugins ----------------------------------------------------------------------------------

PLUGIN = textwrap.dedent("""\
    #!{python}
    import json, os, sys
    info = json.loads(os.environ["KUBERNETES_EXEC_INFO"])
    assert info["kind"] == "ExecCredential" and info["spec"]["interactive"] is False
    here = os.path.dirname(os.path.abspath(__file__))
    runs = os.path.join(here, "runs")
    n = len(open(runs).read().splitlines()) + 1 if os.path.exists(runs) else 1
    open(runs, "a").write(f"{{n}} {{info['spec'].get('cluster', {{}}).get('server', '-')}}\\n")
    if os.environ.get("PLUGIN_FAIL"):
        sys.stderr.write("leaked-exec-secret\\n")
        sys.exit(3)
    status = {{"token": f"exec-token-{{n}}"}}
    expiry = open(os.path.join(here, "expiry")).read().strip()
    if expiry:
        status["expirationTimestamp"] = expiry
    print(json.dumps({{"apiVersion": "client.authentication.k8s.io/v1",
                      "kind": "ExecCredential", "status": status}}))
""")


@pytest.fixture
def plugin(tmp_path) -> Path:
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "get-token"
    script.write_text(PLUGIN.format(python=sys.executable))
    script.chmod(0o755)
    (folder / "expiry").write_text("2999-01-01T00:00:00Z")
    return folder


def exec_kubeconfig(tmp_path: Path, server: ApiServer, ca: Any, **exec_extra: Any) -> Path:
    user = {
        "exec": {
            "apiVersion": "client.authentication.k8s.io/v1",
            "command": "./bin/get-token",
            "args": [],
            **exec_extra,
        }
    }
    return kubeconfig(
        tmp_path / "config",
        {"c": {"server": server.url, "certificate-authority-data": b64(ca.cert_pem.bytes())}},
        {"u": user},
        {"ctx": ("c", "u")},
        "ctx",
    )


def runs(plugin: Path) -> list:
    path = plugin / "runs"
    return path.read_text().split("\n")[:-1] if path.exists() else []


def test_an_exec_plugin_is_cached_and_run_again_when_refused(server, ca, tmp_path, plugin):
    server.tokens.update({"exec-token-1", "exec-token-2"})
    config = load_kube_config(str(exec_kubeconfig(tmp_path, server, ca, provideClusterInfo=True)))
    assert isinstance(config.credentials["BearerToken"], ExecCredentials)
    with ApiClient(config) as client:
        api = BatchV1Api(client)
        for _ in range(3):
            api.read_namespaced_job(NAME, NAMESPACE)
        assert runs(plugin) == [f"1 {server.url}"]  # cached: it expires in 2999
        server.tokens.discard("exec-token-1")  # revoked: 401, the plugin runs again
        api.read_namespaced_job(NAME, NAMESPACE)
    assert len(runs(plugin)) == 2
    assert [t for t, _c, _s in server.seen] == ["exec-token-1"] * 4 + ["exec-token-2"]
    assert server.statuses() == [200, 200, 200, 401, 200]


def test_an_exec_credential_is_run_again_before_its_expiration(server, ca, tmp_path, plugin):
    from datetime import datetime

    expiry = datetime(2030, 1, 1, tzinfo=UTC).timestamp()
    (plugin / "expiry").write_text("2030-01-01T00:00:00Z")
    now = [expiry - 3600]
    provider = ExecCredentials(
        {"command": "./bin/get-token", "apiVersion": "client.authentication.k8s.io/v1"},
        base_dir=tmp_path,
        clock=lambda: now[0],
    )
    config = load_kube_config(str(exec_kubeconfig(tmp_path, server, ca)))
    config.credentials = {"BearerToken": provider}
    server.tokens.update({"exec-token-1", "exec-token-2"})
    with ApiClient(config) as client:
        api = BatchV1Api(client)
        api.read_namespaced_job(NAME, NAMESPACE)
        now[0] = expiry - 120  # still valid, outside the refresh margin
        api.read_namespaced_job(NAME, NAMESPACE)
        now[0] = expiry - 30  # within the margin: run again before the call
        api.read_namespaced_job(NAME, NAMESPACE)
    assert len(runs(plugin)) == 2
    assert server.seen == [("exec-token-1", None, 200)] * 2 + [("exec-token-2", None, 200)]


def test_an_exec_plugin_without_expiry_is_kept_until_refused(server, ca, tmp_path, plugin):
    (plugin / "expiry").write_text("")
    server.tokens.add("exec-token-1")
    config = load_kube_config(str(exec_kubeconfig(tmp_path, server, ca)))
    read(config)
    read(config)
    assert runs(plugin) == ["1 -"]  # no provideClusterInfo: no cluster in the exec info


def test_a_failing_exec_plugin_raises_without_its_output(server, ca, tmp_path, plugin):
    path = exec_kubeconfig(tmp_path, server, ca, env=[{"name": "PLUGIN_FAIL", "value": "1"}])
    with pytest.raises(CredentialsError, match="exited with status 3") as info:
        read(load_kube_config(str(path)))
    assert "leaked-exec-secret" not in str(info.value)
    assert info.value.__context__ is None
    assert server.seen == []


def test_an_exec_plugin_that_prints_something_else(tmp_path):
    script = tmp_path / "plugin"
    script.write_text(f"#!{sys.executable}\nprint('not json: secret-ish')\n")
    script.chmod(0o755)
    provider = ExecCredentials(
        {"command": str(script), "apiVersion": "client.authentication.k8s.io/v1"}
    )
    with pytest.raises(CredentialsError, match="did not print an ExecCredential") as info:
        provider.current()
    assert "secret-ish" not in repr(info.value)
