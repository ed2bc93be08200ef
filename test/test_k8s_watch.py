"""watch_jobs over real loopback sockets: the Kubernetes fake (history, drops, stalls, 410
compaction, garbled lines) and a replay server that sends a recorded watch stream in odd chunks.

The tests that take ``open_watch`` run twice: against ``watch_jobs`` and against
``stencila_hub.aio.watch_jobs`` (the same rules, another loop). The ones about threads and the
slow stall timings run against the sync loop only.

No test waits on a clock to decide its outcome: the fake's changes are made from the consumer's
own loop, and a ``timeout_seconds`` on a watch is only a guard that ends a broken test.
"""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
from pydantic import ValidationError

from stencila_hub import ApiClient, BatchV1Api, Configuration, V1Job, V1Status
from stencila_hub.exceptions import (
    ApiConnectionError,
    ApiValueError,
    ForbiddenException,
    ResponseDecodeError,
    UnauthorizedException,
)
from stencila_hub.kubernetes import WatchError, WatchEvent, watch_jobs
from stencila_hub.kubernetes_watch import (
    LineTooLong,
    decode_event,
    failure_delay,
    iter_lines,
    relist_events,
)
from stencila_hub.testing import HubFake
from test.conftest import FIXTURES
from test.support.clients import DrivenWatch
from test.support.servers import LoopbackServer, send

GUARD = 30  # seconds: ends a watch of a broken test instead of hanging it


@pytest.fixture
def fake() -> Iterator[HubFake]:
    with HubFake(advance_on_read=False) as f:
        yield f


@pytest.fixture(params=["sync", "async"])
def open_watch(request: pytest.FixtureRequest) -> Iterator[Any]:
    """``open_watch(configuration, *args, **kwargs)``: ``watch_jobs`` (sync), or
    ``stencila_hub.aio.watch_jobs`` driven from this test's code (async), on a new client of
    *configuration*; the tests that take it check both watch loops by the same assertions."""
    opened: list[Any] = []

    def open_(configuration: Configuration, *args: Any, **kwargs: Any) -> Any:
        if request.param == "async":
            watch = DrivenWatch(configuration, *args, **kwargs)
            opened.append(watch)
            return watch
        client = ApiClient(configuration)
        opened.append(client)
        return watch_jobs(BatchV1Api(client), *args, **kwargs)

    yield open_
    for thing in opened:
        thing.close()


def _names(events: list[WatchEvent]) -> list[tuple[str, str]]:
    return [(e.type, e.object.metadata.name) for e in events]


def _watch_requests(fake: HubFake) -> list[Any]:
    return [r for r in fake.requests_to("kubernetes") if r.query.get("watch") == ["true"]]


# -- the pure parts --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "chunks, lines",
    [
        ([b'{"a":1}\n{"b":2}\n'], [b'{"a":1}', b'{"b":2}']),
        ([b'{"a"', b':1}\n{"b', b'":2}\n'], [b'{"a":1}', b'{"b":2}']),  # split anywhere
        ([b"\n\n", b'{"a":1}\n', b"  \n"], [b'{"a":1}']),  # blank lines skipped
        ([b'{"a":1}\n{"cut'], [b'{"a":1}']),  # a line cut by the end of the stream is not a line
        ([b"x" * 10 + b"\n"], [b"x" * 10]),  # exactly the bound
    ],
)
def test_iter_lines(chunks, lines):
    assert list(iter_lines(iter(chunks), 10)) == lines


@pytest.mark.parametrize(
    "chunks",
    [
        [b"x" * 11 + b"\n"],  # a whole line over the bound
        [b"x" * 6, b"x" * 6],  # an unfinished line over it: raised before its end arrives
        [b"ok\n" + b"x" * 11],
    ],
)
def test_iter_lines_refuses_a_line_over_the_bound(chunks):
    with pytest.raises(LineTooLong):
        list(iter_lines(iter(chunks), 10))


def _job(name: str, version: str, uid: str = "u", namespace: str = "default") -> V1Job:
    return V1Job.from_dict(
        {
            "metadata": {
                "name": name,
                "namespace": namespace,
                "uid": uid,
                "resourceVersion": version,
            },
            "spec": {"template": {}},
        }
    )


def test_relist_events_yield_the_difference_only():
    known = {
        ("default", k): _job(k, v, uid)
        for k, v, uid in [
            ("same", "1", "u1"),
            ("changed", "2", "u2"),
            ("gone", "3", "u3"),
            ("replaced", "4", "u4"),
        ]
    }
    listed = [
        _job("same", "1", "u1"),
        _job("changed", "9", "u2"),
        _job("new", "10", "u5"),
        _job("replaced", "11", "u6"),
    ]
    events, now = relist_events(known, listed)
    assert [
        (e.type, e.object.metadata.name, e.object.metadata.resource_version) for e in events
    ] == [
        ("DELETED", "gone", "3"),
        ("MODIFIED", "changed", "9"),
        ("ADDED", "new", "10"),
        ("DELETED", "replaced", "4"),
        ("ADDED", "replaced", "11"),
    ]
    assert sorted(now) == [("default", n) for n in ("changed", "new", "replaced", "same")]


def test_failure_delays():
    assert [failure_delay(n) for n in range(1, 8)] == [0.0, 0.5, 1.0, 2.0, 4.0, 8.0, 8.0]


def test_decode_event_kinds():
    job = json.loads((FIXTURES / "kubernetes" / "job_running.json").read_text())
    event = decode_event(json.dumps({"type": "MODIFIED", "object": job}).encode())
    assert isinstance(event, WatchEvent) and event.type == "MODIFIED"
    assert event.object.metadata.name == job["metadata"]["name"]
    misfit = json.loads(json.dumps(job))
    misfit["spec"]["template"]["spec"]["containers"] = None  # not an array: kept raw, listed
    event = decode_event(json.dumps({"type": "MODIFIED", "object": misfit}).encode())
    assert isinstance(event, WatchEvent) and event.object.metadata.name == job["metadata"]["name"]
    assert event.object.spec.template.spec.decode_issues
    for bad in (b'{"type":"MODIFIED","object":"x"}', b'{"type":5,"object":{}}', b"[1]"):
        with pytest.raises(ValidationError):
            decode_event(bad)
    newer = decode_event(json.dumps({"type": "RESYNCED", "object": job}).encode())
    assert isinstance(newer, WatchEvent) and newer.type == "RESYNCED"  # kept, not refused
    status = decode_event(
        b'{"type":"ERROR","object":{"kind":"Status","apiVersion":"v1",'
        b'"metadata":{},"status":"Failure","message":"gone","reason":"Expired",'
        b'"code":410}}'
    )
    assert isinstance(status, V1Status) and status.code == 410


# -- against the fake ------------------------------------------------------------------------------


def test_lists_first_then_yields_each_change_once(fake, open_watch):
    k8s = fake.kubernetes
    k8s.add_job("a", steps=["created", "running", "succeeded"])
    k8s.add_job("b", steps=["created", "running"])
    k8s.add_job("elsewhere", "other")
    seen: list[WatchEvent] = []
    with open_watch(fake.configuration("kubernetes"), "default", timeout_seconds=GUARD) as events:
        for event in events:
            seen.append(event)
            if len(seen) == 2:
                fake.advance("kubernetes")  # a and b: running
            elif len(seen) == 4:
                k8s.delete_job("b")
            elif len(seen) == 5:
                break
    assert _names(seen) == [
        ("ADDED", "a"),
        ("ADDED", "b"),
        ("MODIFIED", "a"),
        ("MODIFIED", "b"),
        ("DELETED", "b"),
    ]
    versions = [int(e.object.metadata.resource_version) for e in seen[2:]]
    assert versions == sorted(versions) and len(set(versions)) == 3
    listing, watch = fake.requests_to("kubernetes")[:2]
    assert "watch" not in listing.query and listing.query["limit"] == ["500"]
    assert watch.query["watch"] == ["true"] and watch.query["allowWatchBookmarks"] == ["true"]
    assert int(watch.query["resourceVersion"][0]) >= int(seen[1].object.metadata.resource_version)


def test_watches_every_namespace_without_one(fake, open_watch):
    fake.kubernetes.add_job("a", "one", steps=None)
    fake.kubernetes.add_job("b", "two", steps=None)
    seen = []
    with open_watch(fake.configuration("kubernetes"), timeout_seconds=GUARD) as events:
        for event in events:
            seen.append(event)
            if len(seen) == 2:
                fake.kubernetes.add_job("c", "three", steps=None)
            if len(seen) == 3:
                break
    assert _names(seen) == [("ADDED", "a"), ("ADDED", "b"), ("ADDED", "c")]
    assert {r.path for r in fake.requests_to("kubernetes")} == {"/apis/batch/v1/jobs"}


def test_a_dropped_stream_resumes_from_the_last_version(fake, open_watch):
    k8s = fake.kubernetes
    k8s.add_job("a", steps=["created", "pending", "running", "succeeded"])
    seen = []
    with open_watch(fake.configuration("kubernetes"), "default", timeout_seconds=GUARD) as events:
        for event in events:
            seen.append(event)
            if len(seen) == 1:
                fake.advance("kubernetes")
            elif len(seen) == 2:
                with fake.lock:  # both before the watch can resume
                    k8s.drop_watches()
                    fake.advance("kubernetes")
            elif len(seen) == 3:
                break
    assert _names(seen) == [("ADDED", "a"), ("MODIFIED", "a"), ("MODIFIED", "a")]
    first, second = _watch_requests(fake)[:2]
    assert second.query["resourceVersion"] == [seen[1].object.metadata.resource_version]
    assert seen[2].object.status.active == 1 and seen[2].object.status.ready == 1


def test_a_stream_the_server_ends_is_resumed_and_bookmarks_move_it(fake, open_watch):
    fake.kubernetes.add_job("a", steps=["created", "running"])
    fake.kubernetes.bookmark_interval = 0.05
    seen = []
    with open_watch(
        fake.configuration("kubernetes"),
        "default",
        bookmarks=True,
        watch_request_seconds=1,
        timeout_seconds=GUARD,
    ) as events:
        for event in events:
            seen.append(event)
            if len(_watch_requests(fake)) >= 2 and not any(e.type == "MODIFIED" for e in seen):
                fake.advance("kubernetes")
            if event.type == "MODIFIED":
                break
    assert seen[0].type == "ADDED" and seen[-1].type == "MODIFIED"
    bookmarks = [e for e in seen if e.type == "BOOKMARK"]
    assert bookmarks and all(e.object.metadata.resource_version for e in bookmarks)
    requests = _watch_requests(fake)
    assert len(requests) >= 2 and all(r.query["timeoutSeconds"] == ["1"] for r in requests)
    # each request starts from the newest version seen before it: a bookmark's
    assert requests[-1].query["resourceVersion"] == [bookmarks[-1].object.metadata.resource_version]


@pytest.mark.parametrize("as_http_status", [False, True], ids=["error-event", "http-410"])
def test_410_relists_and_yields_only_what_was_missed(fake, open_watch, as_http_status):
    k8s = fake.kubernetes
    k8s.expired_as_http_status = as_http_status
    for name in ("changes", "goes", "stays", "replaced"):
        k8s.add_job(name, steps=["created", "running", "succeeded"])
    seen: list[WatchEvent] = []
    with open_watch(fake.configuration("kubernetes"), "default", timeout_seconds=GUARD) as events:
        for event in events:
            seen.append(event)
            if len(seen) == 4:
                with fake.lock:  # all of it before the watch resumes: it comes back to 410
                    k8s.drop_watches()
                    k8s.set_step("changes", "running")
                    k8s.delete_job("goes")
                    k8s.delete_job("replaced")
                    k8s.add_job("replaced", steps=None)
                    k8s.add_job("new", steps=None)
                    k8s.compact()
            elif len(seen) == 9:
                k8s.set_step("stays", "succeeded")  # after the re-list: from the watch again
            elif len(seen) == 10:
                break
    # deletions first, then the list's order (by name); "stays" was not yielded again
    assert _names(seen[4:]) == [
        ("DELETED", "goes"),
        ("MODIFIED", "changes"),
        ("ADDED", "new"),
        ("DELETED", "replaced"),
        ("ADDED", "replaced"),
        ("MODIFIED", "stays"),
    ]
    assert seen[5].object.status.ready == 1  # the listed state
    assert seen[7].object.metadata.uid != seen[8].object.metadata.uid
    listings = [r for r in fake.requests_to("kubernetes") if "watch" not in r.query]
    assert len(listings) == 2  # the first list and the re-list
    expired = [r for r in _watch_requests(fake) if r.status == (410 if as_http_status else 200)]
    assert expired


def test_a_garbled_line_is_not_lost_and_not_repeated(fake, open_watch):
    k8s = fake.kubernetes
    k8s.add_job("a", steps=["created", "pending", "running"])
    seen = []
    with open_watch(fake.configuration("kubernetes"), "default", timeout_seconds=GUARD) as events:
        for event in events:
            seen.append(event)
            if len(seen) == 1:
                k8s.corrupt_next_events(1)
                fake.advance("kubernetes")  # sent as garbage, then again whole after the resume
            elif len(seen) == 2:
                fake.advance("kubernetes")
            elif len(seen) == 3:
                break
    assert _names(seen) == [("ADDED", "a"), ("MODIFIED", "a"), ("MODIFIED", "a")]
    assert [e.object.metadata.resource_version for e in seen[1:]] == sorted(
        {e.object.metadata.resource_version for e in seen[1:]}
    )
    assert len(_watch_requests(fake)) == 2


def test_lines_that_never_decode_raise_after_max_failures(fake, open_watch):
    fake.kubernetes.add_job("a", steps=["created", "running"])
    waits: list[float] = []
    with pytest.raises(ResponseDecodeError, match="not a Job's event"):
        with open_watch(
            fake.configuration("kubernetes"),
            "default",
            max_failures=3,
            sleep=waits.append,
            timeout_seconds=GUARD,
        ) as events:
            for _event in events:
                fake.kubernetes.corrupt_next_events(100)
                fake.advance("kubernetes")
    assert waits == [0.0, 0.5]  # resumed at once after the list's events, then backed off
    assert len(_watch_requests(fake)) == 3


def test_a_quiet_stream_is_not_taken_for_a_stalled_one_under_a_short_deadline(fake):
    """The client's deadline (1 s) caps a call's timeouts; the watch's read timeout (the server's
    timeoutSeconds + grace: 3 s) must not be cut to it, or a quiet stream would fail (max 1)."""
    from stencila_hub import RetryPolicy

    fake.kubernetes.bookmark_interval = 60  # quiet: not even a bookmark
    api = fake.api("kubernetes", retries=RetryPolicy(total_timeout=1))
    with watch_jobs(
        api,
        "default",
        resource_version=fake.kubernetes.resource_version,
        watch_request_seconds=2,
        stall_grace_seconds=1,
        max_failures=1,
        timeout_seconds=2.5,
    ) as events:
        assert list(events) == []  # ends at its timeout, with no error
    statuses = [r.status for r in _watch_requests(fake)]
    assert statuses and set(statuses) == {200}


def test_a_stalled_stream_is_noticed_and_resumed(fake):
    k8s = fake.kubernetes
    k8s.add_job("a", steps=["created", "running"])
    seen = []
    with watch_jobs(
        fake.api("kubernetes"),
        "default",
        watch_request_seconds=1,
        stall_grace_seconds=0.5,
        timeout_seconds=GUARD,
    ) as events:
        for event in events:
            seen.append(event)
            if len(seen) == 1:
                with fake.lock:
                    k8s.stall_watches(2.0)  # longer than timeoutSeconds + grace: a stall
                    fake.advance("kubernetes")
            else:
                break
    assert _names(seen) == [("ADDED", "a"), ("MODIFIED", "a")]
    assert len(_watch_requests(fake)) >= 2


def test_three_threads_watch_at_once_on_one_client(fake):
    k8s = fake.kubernetes
    for name in ("x", "y", "z"):
        k8s.add_job(name, steps=["created", "pending", "running", "succeeded"])
    api = fake.api("kubernetes")
    results: dict[int, list[tuple[str, str, str]]] = {}
    errors: list[BaseException] = []

    def follow(index: int) -> None:
        got = []
        try:
            with watch_jobs(api, "default", timeout_seconds=GUARD) as events:
                for event in events:
                    got.append(
                        (
                            event.type,
                            event.object.metadata.name,
                            event.object.metadata.resource_version,
                        )
                    )
                    if len(got) == 3 + 9:
                        break
        except BaseException as err:  # reported below
            errors.append(err)
        results[index] = got

    threads = [threading.Thread(target=follow, args=(i,)) for i in range(3)]
    for t in threads:
        t.start()
    while k8s.open_watches < 3 and all(t.is_alive() for t in threads):
        time.sleep(0.01)
    for _ in range(3):
        fake.advance("kubernetes")
    for t in threads:
        t.join(GUARD)
    assert not errors
    assert len(results[0]) == 12 and results[0] == results[1] == results[2]
    assert [kind for kind, _, _ in results[0]] == ["ADDED"] * 3 + ["MODIFIED"] * 9


def test_stop_from_another_thread_ends_a_blocked_read(fake):
    fake.kubernetes.add_job("a", steps=None)
    watch = watch_jobs(fake.api("kubernetes"), "default", timeout_seconds=GUARD)
    seen = []
    reader = threading.Thread(target=lambda: seen.extend(watch))
    reader.start()
    while fake.kubernetes.open_watches < 1 and reader.is_alive():
        time.sleep(0.01)
    watch.stop()
    reader.join(GUARD)
    assert not reader.is_alive()
    assert _names(seen) == [("ADDED", "a")]


def test_the_decoding_methods_refuse_watch_true_before_sending(fake):
    api = fake.api("kubernetes")
    for call in (
        lambda: api.list_namespaced_job("default", watch=True),
        lambda: api.list_namespaced_job_with_http_info("default", watch=True),
        lambda: api.list_job_for_all_namespaces(watch=True),
    ):
        with pytest.raises(ApiValueError, match="_stream"):
            call()
    assert fake.requests == []


def test_errors_the_server_answers_are_raised(fake, open_watch):
    fake.kubernetes.add_job("a", steps=None)
    fake.inject("kubernetes", "/apis/batch/v1/namespaces/default/jobs", status=403)
    with pytest.raises(ForbiddenException):
        list(open_watch(fake.configuration("kubernetes"), "default", timeout_seconds=GUARD))
    bad = fake.configuration("kubernetes", api_key={"BearerToken": "wrong"})
    with pytest.raises(UnauthorizedException):
        list(open_watch(bad, "default", resource_version="1", timeout_seconds=GUARD))


# -- a recorded stream, replayed -------------------------------------------------------------------

WATCH_FIXTURE = FIXTURES / "kubernetes" / "watch_stream.jsonl"


class ReplayServer:
    """Answers each request with the next queued (status, lines, end) and records its query.

    A stream is written with chunked framing in 7-byte pieces (lines split anywhere); ``end`` is
    "close" (the last chunk), "drop" (the connection cut) or "hang" (open, silent, until stop).
    """

    def __init__(self) -> None:
        self.queries: list[dict[str, list[str]]] = []
        self.replies: list[tuple[int, bytes, str]] = []
        self._done = threading.Event()
        self._server = LoopbackServer(self._handle)
        self.url = self._server.url

    def _handle(self, request: BaseHTTPRequestHandler) -> None:
        self.queries.append(parse_qs(urlsplit(request.path).query))
        status, body, end = self.replies.pop(0) if self.replies else (200, b"", "hang")
        if status != 200:
            send(request, status, body, {"Content-Type": "application/json"})
            return
        request.send_response(status)
        request.send_header("Content-Type", "application/json;stream=watch")
        request.send_header("Transfer-Encoding", "chunked")
        request.end_headers()
        try:
            for i in range(0, len(body), 7):
                piece = body[i : i + 7]
                request.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            if end == "close":
                request.wfile.write(b"0\r\n\r\n")
            elif end == "drop":
                request.connection.shutdown(socket.SHUT_RDWR)
                request.close_connection = True
            else:
                self._done.wait(GUARD)
                request.close_connection = True
        except OSError:
            request.close_connection = True

    def __enter__(self) -> ReplayServer:
        self._server.start()
        return self

    def __exit__(self, *exc: Any) -> None:
        self._done.set()
        self._server.close()


@pytest.fixture
def replay() -> Iterator[ReplayServer]:
    with ReplayServer() as srv:
        yield srv


@pytest.fixture
def replay_config(replay) -> Configuration:
    return Configuration(
        host=replay.url, api_key={"BearerToken": "t"}, api_key_prefix={"BearerToken": "Bearer"}
    )


def _official_watch_event_schema() -> dict[str, Any]:
    document = json.loads(
        (Path(__file__).parents[1] / "spec-sources" / "k8s-batch-v1-openapi.json").read_text()
    )
    return document["components"]["schemas"]["io.k8s.apimachinery.pkg.apis.meta.v1.WatchEvent"]


def test_the_recorded_stream_is_made_of_official_watch_events():
    schema = _official_watch_event_schema()
    lines = WATCH_FIXTURE.read_bytes().splitlines()
    assert lines
    for line in lines:
        event = json.loads(line)
        assert set(schema["required"]) <= set(event) <= set(schema["properties"])
        assert isinstance(event["type"], str) and isinstance(event["object"], dict)


def test_a_recorded_stream_replayed_in_pieces_decodes_and_resumes(
    replay, replay_config, open_watch
):
    recorded = WATCH_FIXTURE.read_bytes()
    lines = recorded.splitlines()
    replay.replies = [
        (200, b"\n".join(lines[:3]) + b"\n" + lines[3][:40], "drop"),
        (200, b"\n".join(lines[3:]) + b"\n", "close"),
    ]
    seen = []
    with open_watch(
        replay_config, "media", resource_version="48190", bookmarks=True, timeout_seconds=GUARD
    ) as events:
        for event in events:
            seen.append(event)
            if len(seen) == len(lines):
                break
    kinds = [json.loads(line)["type"] for line in lines]
    assert [e.type for e in seen] == kinds
    versions = [json.loads(line)["object"]["metadata"]["resourceVersion"] for line in lines]
    assert [e.object.metadata.resource_version for e in seen] == versions
    # the second request resumed from the last whole line before the cut
    assert replay.queries[0]["resourceVersion"] == ["48190"]
    assert replay.queries[1]["resourceVersion"] == [versions[2]]
    assert replay.queries[1]["allowWatchBookmarks"] == ["true"]
    assert seen[-1].object.status is not None


def test_an_error_event_raises_watch_error_with_its_status(replay, replay_config, open_watch):
    status = {
        "kind": "Status",
        "apiVersion": "v1",
        "metadata": {},
        "status": "Failure",
        "message": "etcdserver: request timed out",
        "reason": "InternalError",
        "code": 500,
    }
    replay.replies = [
        (200, json.dumps({"type": "ERROR", "object": status}).encode() + b"\n", "close")
    ]
    with pytest.raises(WatchError) as caught:
        list(open_watch(replay_config, "media", resource_version="5", timeout_seconds=GUARD))
    assert caught.value.status == 500 and caught.value.reason == "InternalError"
    assert isinstance(caught.value.data, V1Status)
    assert caught.value.message == "etcdserver: request timed out"


def test_streams_that_end_at_once_back_off_then_raise(replay, replay_config, open_watch):
    replay.replies = [(200, b"", "close")] * 3
    waits: list[float] = []
    with pytest.raises(ApiConnectionError, match="ended at once"):
        list(
            open_watch(
                replay_config,
                "media",
                resource_version="5",
                max_failures=3,
                sleep=waits.append,
                timeout_seconds=GUARD,
            )
        )
    assert waits == [0.0, 0.5] and len(replay.queries) == 3


def test_a_line_over_the_bound_raises(replay, replay_config, open_watch):
    replay.replies = [
        (200, b'{"type":"ADDED","object":{"metadata":{"name":"' + b"x" * 5000, "hang")
    ]
    with pytest.raises(ResponseDecodeError, match="longer than 1024 bytes"):
        list(
            open_watch(
                replay_config,
                "media",
                resource_version="5",
                max_line_bytes=1024,
                timeout_seconds=GUARD,
            )
        )
