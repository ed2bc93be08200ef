"""Rule 6: every 2xx is decoded. A 2xx status the operation does not declare (200 where the spec
says 201, 203 from a proxy, ...) is decoded with the operation's success model, never a silent
``None``; a body that does not decode raises ResponseDecodeError (OutcomeUnknownDecodeError for a
POST or PATCH).
"""

from __future__ import annotations

import pytest

import stencila_hub
from stencila_hub import exceptions as exc
from test.faults.cases import BY_ID, Case
from test.hostile.calls import credentials
from test.hostile.conftest import configuration
from test.support.rawserver import Conn, RawServer, response

pytestmark = pytest.mark.timeout(60)

#: (operation, an undeclared 2xx status it may get)
UNDECLARED = [
    ("agave.submit", 200),
    ("agave.submit", 202),
    ("agave.get", 203),
    ("hub.jobs_update", 201),
    ("hub.jobs_partial_update", 201),
    ("sahara.create", 200),
    ("sahara.update", 200),
    ("gaffer.create", 201),
    ("gaffer.update", 200),
    ("k8s.read_namespaced_job", 203),
]


def _answer(case: Case, status: int, body: bytes) -> RawServer:
    def handler(conn: Conn) -> None:
        for _ in conn.requests():
            conn.send(response(status, body))

    return RawServer(handler)


def _call(case: Case, url: str) -> stencila_hub.ApiResponse:
    with stencila_hub.ApiClient(configuration(url, retries=0, **credentials())) as client:
        return case.call(client)


@pytest.mark.parametrize("call, status", UNDECLARED)
def test_an_undeclared_2xx_is_decoded_with_the_success_model(call, status):
    case = BY_ID[call]
    with _answer(case, case.ok_status, case.ok_body) as declared:
        expected = _call(case, declared.url)
    with _answer(case, status, case.ok_body) as undeclared:
        got = _call(case, undeclared.url)
    assert expected.data is not None  # the fixture decodes under the declared status
    assert got.status_code == status
    assert got.data is not None, f"{status} decoded to None"
    assert type(got.data) is type(expected.data)
    assert got.data == expected.data


@pytest.mark.parametrize("call, status", UNDECLARED)
def test_an_undeclared_2xx_that_does_not_decode_raises(call, status):
    case = BY_ID[call]
    with _answer(case, status, case.ok_body[: len(case.ok_body) // 2]) as srv:
        with pytest.raises(exc.OpenApiException) as info:
            _call(case, srv.url)
    err = info.value
    assert isinstance(err, exc.ResponseDecodeError), repr(err)
    if case.method in ("POST", "PATCH"):
        assert isinstance(err, exc.OutcomeUnknownError), repr(err)
        assert isinstance(err, exc.OutcomeUnknownDecodeError)  # type: ignore[attr-defined]
    else:
        assert not isinstance(err, exc.OutcomeUnknownError)
    assert srv.request_count == 1
