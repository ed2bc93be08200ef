"""Path parameters on the wire, for every system and both clients.

* A value is one path segment: it is percent-encoded whole, ``/`` included, as
  ``urllib.parse.quote(value, safe="")`` encodes it (already-encoded text is encoded again);
* a value that would address another resource (``""``, ``"."``, ``".."``) is refused before anything
  is sent;
* a file path (Agave's job outputs) keeps its slashes, encodes the rest, may be empty (the output
  folder itself) and refuses any ``.`` or ``..`` segment.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import quote

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import stencila_hub
from stencila_hub import (
    AgaveJobsApi,
    BatchV1Api,
    DataProcessingJobsApi,
    GafferJobsApi,
    ProjectsApi,
)
from test.conftest import fixture_bytes
from test.properties.schema_strategies import SETTINGS
from test.support.servers import Reply

#: Run against the sync and the async client (test/support/clients.py).
CLIENT_KINDS = ("sync", "async")

pytestmark = pytest.mark.timeout(60)

Call = Callable[[Any, str], object]

#: Every system's path parameters: the answer it needs, the call with the value in that
#: parameter, and the path it must reach with the encoded value in place of ``{}``.
PARAMETERS: dict[str, tuple[tuple[str, str], Call, str]] = {
    "hub.project": (
        ("hub", "job_full"),
        lambda c, v: ProjectsApi(c).projects_jobs_read(v, 7),
        "/projects/{}/jobs/7/",
    ),
    "agave.job": (("agave", "job_full"), lambda c, v: AgaveJobsApi(c).get(v), "/jobs/v2/{}"),
    "agave.status": (
        ("agave", "job_status"),
        lambda c, v: AgaveJobsApi(c).get_status(v),
        "/jobs/v2/{}/status",
    ),
    "agave.username": (
        ("agave", "job_permission_user"),
        lambda c, v: AgaveJobsApi(c).list_permissions_for_user("job-1", v),
        "/jobs/v2/job-1/pems/{}",
    ),
    "sahara.project": (
        ("sahara", "job_show_response"),
        lambda c, v: DataProcessingJobsApi(c).show(v, "j1"),
        "/v1.1/{}/jobs/j1",
    ),
    "sahara.job": (
        ("sahara", "job_show_response"),
        lambda c, v: DataProcessingJobsApi(c).show("p1", v),
        "/v1.1/p1/jobs/{}",
    ),
    "gaffer.session": (
        ("gaffer", "job_info"),
        lambda c, v: GafferJobsApi(c).get(v, "web"),
        "/jobs/{}/web",
    ),
    "gaffer.job": (
        ("gaffer", "job_info"),
        lambda c, v: GafferJobsApi(c).get("procfile", v),
        "/jobs/procfile/{}",
    ),
    "k8s.name": (
        ("kubernetes", "job_running"),
        lambda c, v: BatchV1Api(c).read_namespaced_job(v, "default"),
        "/apis/batch/v1/namespaces/default/jobs/{}",
    ),
    "k8s.namespace": (
        ("kubernetes", "job_running"),
        lambda c, v: BatchV1Api(c).read_namespaced_job("pi", v),
        "/apis/batch/v1/namespaces/{}/jobs/pi",
    ),
}

#: More methods with path parameters (DELETE, HEAD): refused like the others (no answer needed).
MORE_METHODS: dict[str, Call] = {
    "agave.delete": lambda c, v: AgaveJobsApi(c).delete(v),
    "agave.delete_permissions": lambda c, v: AgaveJobsApi(c).delete_permissions_for_user("j", v),
    "gaffer.delete": lambda c, v: GafferJobsApi(c).delete(v, "web"),
    "gaffer.exists": lambda c, v: GafferJobsApi(c).exists("default", v),
}

#: Values and their encoding on the wire: characters that end a segment, a path or a query,
#: '%' (never decoded), non-ASCII, control characters, dots that are not dot segments, and the
#: characters a segment keeps as they are.
VALUES = [
    ("a/b", "a%2Fb"),
    ("a?b=c", "a%3Fb%3Dc"),
    ("a#frag", "a%23frag"),
    ("100%", "100%25"),
    ("%2e%2e", "%252e%252e"),  # already-encoded text is encoded again, not decoded
    ("a b+c", "a%20b%2Bc"),
    ("é", "%C3%A9"),
    ("x\n", "x%0A"),
    ("..a", "..a"),
    ("a..", "a.."),
    (".hidden", ".hidden"),
    ("a.b", "a.b"),
    ("~x_y-z9", "~x_y-z9"),
    ("dummy", "dummy"),
]


@pytest.fixture
def client(client_for):
    return client_for(retries=0)


def _answer_with(server, fixture: tuple[str, str]) -> None:
    server.default = Reply(200, fixture_bytes(*fixture), {"Content-Type": "application/json"})


@pytest.mark.parametrize("parameter", sorted(PARAMETERS))
def test_a_path_parameter_is_one_percent_encoded_segment(server, client, parameter):
    fixture, call, template = PARAMETERS[parameter]
    _answer_with(server, fixture)
    sent = []
    for value, _ in VALUES:
        call(client, value)
        sent.append(server.last.path)
    assert sent == [template.format(wire) for _, wire in VALUES]


@pytest.mark.parametrize("bad", ["", ".", ".."])
@pytest.mark.parametrize("parameter", sorted(PARAMETERS) + sorted(MORE_METHODS))
def test_a_value_that_would_address_another_resource_is_refused(server, client, parameter, bad):
    call = PARAMETERS[parameter][1] if parameter in PARAMETERS else MORE_METHODS[parameter]
    with pytest.raises(stencila_hub.ApiValueError, match="may not be empty, '.' or '..'"):
        call(client, bad)
    assert server.requests == []


@settings(
    max_examples=60,
    **{**SETTINGS, "suppress_health_check": [HealthCheck.function_scoped_fixture]},
)
@given(value=st.text(st.characters(exclude_categories=["Cs"]), max_size=12))
@example(value="A-Z_0~9")  # characters that need no encoding
@example(value="a:b")
@example(value="%41")
@example(value="x.")
def test_any_text_reaches_the_wire_as_quote_encodes_it(server, client, value):
    _answer_with(server, ("gaffer", "job_info"))
    before = len(server.requests)
    if value in ("", ".", ".."):
        with pytest.raises(stencila_hub.ApiValueError):
            GafferJobsApi(client).get("procfile", value)
        assert len(server.requests) == before
    else:
        GafferJobsApi(client).get("procfile", value)
        assert server.last.path == "/jobs/procfile/" + quote(value, safe="")


# -- a file path: slashes kept ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "path, wire",
    [
        ("out/result.txt", "out/result.txt"),
        ("a dir/f#1.txt", "a%20dir/f%231.txt"),
        ("a b/c%d/e+f&g=h", "a%20b/c%25d/e%2Bf%26g%3Dh"),
        ("output/ünï?#.txt", "output/%C3%BCn%C3%AF%3F%23.txt"),
    ],
)
def test_a_file_path_keeps_its_slashes_and_encodes_the_rest(server, client, path, wire):
    server.reply(200, b"data", {"Content-Type": "application/octet-stream"})
    AgaveJobsApi(client).download_output("job-1", path)
    assert server.last.path == f"/jobs/v2/job-1/outputs/media/{wire}"
    server.reply_json(fixture_bytes("agave", "job_outputs"))
    AgaveJobsApi(client).list_outputs("job-1", path)
    assert server.last.path == f"/jobs/v2/job-1/outputs/listings/{wire}"


def test_an_empty_file_path_lists_the_output_folder(server, client):
    server.reply_json(fixture_bytes("agave", "job_outputs"))
    AgaveJobsApi(client).list_outputs("job-1", "")
    assert server.last.path == "/jobs/v2/job-1/outputs/listings/"


@pytest.mark.parametrize(
    "path", ["../secret", "out/../../etc", "out/./x", "a//..", "..", "output/../../other-job"]
)
@pytest.mark.parametrize("method", ["download_output", "list_outputs"])
def test_a_file_path_with_a_dot_segment_is_refused(server, client, method, path):
    with pytest.raises(stencila_hub.ApiValueError, match="may not be empty, '.' or '..'"):
        getattr(AgaveJobsApi(client), method)("job-1", path)
    assert server.requests == []
