"""stencila_hub.testing: in-process fakes of the five job servers, for testing code that uses the
SDK.

Install with ``pip install stencila-hub-jobs[testing]`` (openapi-core checks every request and
response against openapi.yaml). Nothing here is imported by ``import stencila_hub``.

* :class:`HubFake`: the fake servers, as a context manager::

      from stencila_hub.testing import HubFake

      with HubFake() as fake:
          # or AgaveJobsApi(ApiClient(fake.configuration("agave"))):
          api = fake.api("agave")
          job = api.submit(JobRequest(...))
          ...

* the pytest fixture ``hub_fake`` (registered automatically by the package's ``pytest11`` entry
  point): a started :class:`HubFake` per test, which fails the test at teardown if any request or
  response broke openapi.yaml.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from stencila_hub._lazy import lazy_exports

if TYPE_CHECKING:
    from stencila_hub.testing.server import (
        Fault as Fault,
    )
    from stencila_hub.testing.server import (
        HubFake as HubFake,
    )
    from stencila_hub.testing.server import (
        RecordedRequest as RecordedRequest,
    )
    from stencila_hub.testing.server import (
        SpecViolationError as SpecViolationError,
    )
    from stencila_hub.testing.server import (
        Violation as Violation,
    )
    from stencila_hub.testing.spec import SYSTEMS as SYSTEMS

__all__ = ["SYSTEMS", "Fault", "HubFake", "RecordedRequest", "SpecViolationError", "Violation"]


# Lazy, so that the pytest plugin (loaded in every pytest run once the package is installed)
# costs nothing, and a missing openapi-core only matters to code that uses the fake.
__getattr__, __dir__ = lazy_exports(
    __name__,
    {name: ".spec" if name == "SYSTEMS" else ".server" for name in __all__},
    globals(),
)
