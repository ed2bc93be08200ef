"""Rule 7: after ``os.fork()`` a client used in the child never uses a connection the parent
opened; parent and child each get their own answers.

The server answers each Agave ``get`` with the job id of its path, and records which connection
each request came on. The child reports through a pipe and leaves with ``os._exit`` (no atexit,
no pytest teardown in the child).
"""

from __future__ import annotations

import json
import os
import sys

import pytest

import stencila_hub
from test.hostile.calls import credentials
from test.support.rawserver import RawServer, echo_agave_job, serve

pytestmark = [
    pytest.mark.timeout(60),
    pytest.mark.skipif(not hasattr(os, "fork") or sys.platform == "win32", reason="needs os.fork"),
    # Forking while the test server's threads run is the case under test (Python 3.12+ warns);
    # the child only makes its calls and leaves with os._exit.
    pytest.mark.filterwarnings("ignore:This process .* is multi-threaded:DeprecationWarning"),
]

CHILD_CALLS = 5


def _child(api: stencila_hub.AgaveJobsApi, write_fd: int) -> None:
    """Runs in the child: a few calls, their ids (or the error) to the pipe, then _exit."""
    code = 0
    try:
        ids = [api.get(f"child-{i}").id for i in range(CHILD_CALLS)]
        report = {"ids": ids}
    except BaseException as err:  # noqa: BLE001 (reported to the parent)
        report = {"error": repr(err)}
        code = 1
    try:
        os.write(write_fd, json.dumps(report).encode())
    finally:
        os._exit(code)


def test_a_forked_child_opens_its_own_connection_and_gets_its_own_answers(client_on):
    with RawServer(serve(echo_agave_job)) as srv:
        api = stencila_hub.AgaveJobsApi(client_on(srv.url, **credentials()))
        assert api.get("parent-before").id == "parent-before"  # leaves a pooled connection
        parent_connections = {r.connection for r in srv.requests}
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child
            os.close(read_fd)
            _child(api, write_fd)
        os.close(write_fd)
        # the parent goes on calling while the child does
        parent_ids = [api.get(f"parent-{i}").id for i in range(CHILD_CALLS)]
        with os.fdopen(read_fd, "rb") as pipe:
            report = json.loads(pipe.read() or b'{"error": "the child reported nothing"}')
        _, status = os.waitpid(pid, 0)
    assert "error" not in report, report["error"]
    assert os.waitstatus_to_exitcode(status) == 0
    assert report["ids"] == [f"child-{i}" for i in range(CHILD_CALLS)]
    assert parent_ids == [f"parent-{i}" for i in range(CHILD_CALLS)]
    child_connections = {
        r.connection for r in srv.requests if r.path.split("/")[-1].startswith("child-")
    }
    assert child_connections and not child_connections & parent_connections
    # every request's answer came on the connection it was sent on: no answer crossed over
    assert len(srv.requests) == 1 + 2 * CHILD_CALLS


def test_a_client_made_in_the_parent_still_works_in_the_parent_after_a_fork(client_on):
    # the child does nothing with the client: its exit must not close the parent's connections
    with RawServer(serve(echo_agave_job)) as srv:
        api = stencila_hub.AgaveJobsApi(client_on(srv.url, **credentials()))
        assert api.get("before").id == "before"
        pid = os.fork()
        if pid == 0:
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        assert [api.get(f"after-{i}").id for i in range(3)] == ["after-0", "after-1", "after-2"]
    assert os.waitstatus_to_exitcode(status) == 0
