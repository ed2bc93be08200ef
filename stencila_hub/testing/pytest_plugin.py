"""The pytest plugin of stencila_hub: the ``hub_fake`` fixture.

Registered by the ``pytest11`` entry point of the package (setup.py), so it is available in every
test once ``stencila-hub-jobs`` is installed; it imports nothing heavy until a test asks for it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from stencila_hub.testing.server import HubFake


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "hub_fake(**options): options of the hub_fake fixture's HubFake, e.g. "
        "advance_on_read=False or gaffer_require_key=False",
    )


@pytest.fixture
def hub_fake(request: pytest.FixtureRequest) -> Iterator[HubFake]:
    """A started :class:`~stencila_hub.testing.HubFake`, fresh for each test.

    Waiters without a ``backoff`` poll at :data:`stencila_hub.waiters.FAST_BACKOFF` during the
    test. Options of HubFake come from a ``@pytest.mark.hub_fake(advance_on_read=False)`` marker. At
    teardown the test fails if any request or response broke openapi.yaml (call
    ``hub_fake.take_violations()`` in a test that sends a bad request on purpose).
    """
    from stencila_hub.waiters import FAST_BACKOFF, default_backoff

    marker = request.node.get_closest_marker("hub_fake")
    try:
        from stencila_hub.testing.server import HubFake

        fake = HubFake(**(marker.kwargs if marker else {})).start()
    except ModuleNotFoundError as err:  # depends on the installation
        pytest.fail(
            f"hub_fake needs the testing extra: pip install 'stencila-hub-jobs[testing]' "
            f"(missing: {err.name})",
            pytrace=False,
        )
    # The fakes move a job one step per read: waiters poll at FAST_BACKOFF unless a test passes
    # its own backoff (the default, 1 s doubling to 30 s, would take minutes).
    try:
        with default_backoff(FAST_BACKOFF):
            yield fake
    finally:
        fake.stop()
    violations = fake.take_violations()
    if violations:
        lines = "\n".join(f"  - {v}" for v in violations)
        pytest.fail(
            f"hub_fake saw {len(violations)} violation(s) of openapi.yaml:\n{lines}", pytrace=False
        )
