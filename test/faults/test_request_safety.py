"""What the SDK refuses to send, and how it encodes what it sends: path parameters, header values,
and TLS (verified by default, against a local server with a trustme certificate).
"""

from __future__ import annotations

import ssl
import warnings

import pytest
import trustme
import urllib3

import stencila_hub
from stencila_hub import AgaveJobsApi, DataProcessingJobsApi, GafferJobsApi, JobsApi
from test.conftest import fixture_json
from test.support.servers import RecordingServer

pytestmark = pytest.mark.timeout(30)


@pytest.fixture
def client(client_for):
    return client_for(retries=0, api_key={"Token": "t0ken-value"})


@pytest.mark.parametrize(
    "value, wire",
    [
        ("a/b", "a%2Fb"),
        ("a?b=c", "a%3Fb%3Dc"),
        ("a#frag", "a%23frag"),
        ("100%", "100%25"),
        ("%2e%2e", "%252e%252e"),  # already-encoded text is encoded again, not decoded
        ("a b+c", "a%20b%2Bc"),
        ("..a", "..a"),
        ("a..", "a.."),
        ("é", "%C3%A9"),
    ],
)
def test_path_parameters_are_percent_encoded(server, client, value, wire):
    server.reply_json(fixture_json("agave", "job_full"))
    AgaveJobsApi(client).get(value)
    assert server.last.path == f"/jobs/v2/{wire}"


def test_every_system_encodes_its_path_parameters(server, client):
    server.reply_json(fixture_json("sahara", "job_show_response"))
    DataProcessingJobsApi(client).show("p/1", "j?2")
    assert server.last.path == "/v1.1/p%2F1/jobs/j%3F2"
    server.reply_json(fixture_json("gaffer", "job_info"))
    GafferJobsApi(client).get("s#1", "web%")
    assert server.last.path == "/jobs/s%231/web%25"
    server.reply_json(fixture_json("kubernetes", "job_running"))
    stencila_hub.BatchV1Api(client).read_namespaced_job("a/b", "default")
    assert server.last.path == "/apis/batch/v1/namespaces/default/jobs/a%2Fb"


@pytest.mark.parametrize("bad", [".", "..", ""])
@pytest.mark.parametrize(
    "call",
    [
        lambda c, v: AgaveJobsApi(c).get(v),
        lambda c, v: AgaveJobsApi(c).delete(v),
        lambda c, v: GafferJobsApi(c).exists("default", v),
        lambda c, v: GafferJobsApi(c).delete(v, "web"),
        lambda c, v: DataProcessingJobsApi(c).show(v, "job"),
        lambda c, v: stencila_hub.BatchV1Api(c).read_namespaced_job("pi", v),
    ],
    ids=["agave.get", "agave.delete", "gaffer.exists", "gaffer.delete", "sahara.show", "k8s.read"],
)
def test_dot_segments_and_empty_path_parameters_are_refused(server, client, call, bad):
    with pytest.raises(stencila_hub.ApiValueError, match="may not be empty, '.' or '..'"):
        call(client, bad)
    assert server.requests == []


@pytest.mark.parametrize(
    "path, wire",
    [
        ("out/result.txt", "out/result.txt"),
        ("a dir/f#1.txt", "a%20dir/f%231.txt"),
    ],
)
def test_a_file_path_parameter_keeps_its_slashes(server, client, path, wire):
    server.reply(200, b"data", {"Content-Type": "application/octet-stream"})
    AgaveJobsApi(client).download_output("job-1", path)
    assert server.last.path == f"/jobs/v2/job-1/outputs/media/{wire}"


@pytest.mark.parametrize("path", ["../secret", "out/../../etc", "out/./x", "a//..", ".."])
def test_a_file_path_with_dot_segments_is_refused(server, client, path):
    with pytest.raises(stencila_hub.ApiValueError):
        AgaveJobsApi(client).download_output("job-1", path)
    assert server.requests == []


@pytest.mark.parametrize(
    "headers",
    [
        {"X-Trace": "a\r\nX-Injected: 1"},
        {"X-Trace": "a\nb"},
        {"X-Trace": "a\rb"},
        {"X-Bad\r\nName": "v"},
    ],
)
def test_header_values_with_cr_or_lf_are_refused_before_sending(server, client, headers):
    with pytest.raises(stencila_hub.ApiValueError, match="CR or LF|not a valid HTTP header name"):
        JobsApi(client).jobs_update(1, stencila_hub.InlineObject3(), _headers=headers)
    assert server.requests == []


def test_a_header_parameter_with_cr_lf_is_refused(server, client):
    with pytest.raises(stencila_hub.ApiValueError, match="'Range' contains CR or LF"):
        # "\s" of the Range pattern lets CR/LF through: the header check is what stops them
        AgaveJobsApi(client).download_output("job-1", "f.txt", range="bytes=0-1,\r\n2-3")
    assert server.requests == []


def test_clean_extra_headers_are_sent(server, client):
    server.reply_json({})
    JobsApi(client).jobs_update(1, stencila_hub.InlineObject3(), _headers={"X-Trace": "abc"})
    assert server.last.headers["x-trace"] == "abc"


# -- TLS ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ca() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def tls_server(ca):
    """A RecordingServer behind TLS, with a certificate for 127.0.0.1 and localhost."""
    srv = RecordingServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("127.0.0.1", "localhost").configure_cert(context)
    srv.httpd.socket = context.wrap_socket(srv.httpd.socket, server_side=True)
    srv.url = srv.url.replace("http://", "https://")
    with srv:
        yield srv


def _tls_call(srv, **config):
    with stencila_hub.ApiClient(stencila_hub.Configuration(host=srv.url, **config)) as client:
        return JobsApi(client).jobs_update(1, stencila_hub.InlineObject3())


def test_https_is_verified_by_default(tls_server):
    with pytest.raises(stencila_hub.ApiSSLError) as info:
        _tls_call(tls_server)
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value)
    assert info.value.attempts == 1  # a certificate that does not verify is not retried
    assert info.value.request_sent is False and tls_server.requests == []


def test_ssl_ca_cert_makes_it_verify(tls_server, ca, tmp_path):
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    tls_server.reply_json({"id": 1})
    job = _tls_call(tls_server, ssl_ca_cert=str(path))
    assert job.id == 1 and tls_server.last.method == "PUT"


def test_ca_cert_data_makes_it_verify(tls_server, ca):
    tls_server.reply_json({"id": 2})
    assert _tls_call(tls_server, ca_cert_data=ca.cert_pem.bytes().decode()).id == 2


def test_a_certificate_for_another_host_name_is_refused(ca, tmp_path):
    srv = RecordingServer()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ca.issue_cert("other.example").configure_cert(context)
    srv.httpd.socket = context.wrap_socket(srv.httpd.socket, server_side=True)
    srv.url = srv.url.replace("http://", "https://")
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    with srv:
        with pytest.raises(stencila_hub.ApiSSLError) as info:
            _tls_call(srv, ssl_ca_cert=str(path))
    assert info.value.attempts == 1 and srv.requests == []


def test_verify_ssl_false_works_and_warns(tls_server):
    tls_server.reply_json({"id": 3})
    with pytest.warns(urllib3.exceptions.InsecureRequestWarning):
        job = _tls_call(tls_server, verify_ssl=False)
    assert job.id == 3


def test_a_verified_call_does_not_warn(tls_server, ca, tmp_path):
    path = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(path))
    tls_server.reply_json({})
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # any warning, InsecureRequestWarning included, fails
        job = _tls_call(tls_server, ssl_ca_cert=str(path))
    assert isinstance(job, stencila_hub.InlineObject3)
