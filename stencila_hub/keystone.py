"""OpenStack Keystone v3 password authentication, for Sahara (hand-written).

saharaclient takes a keystoneauth session; this SDK takes a provider that does the same job for
the ``KeystoneToken`` scheme::

    from stencila_hub import KeystonePassword

    keystone = KeystonePassword("https://keystone.example.org:5000/v3", "overseer",
                                os.environ["OS_PASSWORD"], project_name="science", domain="Default")
    config = keystone.sahara_configuration()        # host from the catalog, token from Keystone
    api = DataProcessingJobsApi(ApiClient(config))
    api.list(keystone.project_id)

It authenticates with ``POST <auth_url>/auth/tokens`` (a password identity scoped to the project),
takes the token from the ``X-Subject-Token`` header and its expiry from the body's
``token.expires_at``, and re-authenticates before the token expires and when Sahara refuses it
(401). The answer's service catalog gives the ``data-processing`` endpoint.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from stencila_hub.credentials import (
    CredentialsError,
    Issued,
    RefreshingCredentials,
    SecretBytes,
    TokenEndpoint,
)
from stencila_hub.redaction import RedactedHeaders

if TYPE_CHECKING:
    from stencila_hub.configuration import Configuration

__all__ = ["KeystonePassword"]


class KeystonePassword(RefreshingCredentials):
    """A Keystone token for a user's password, scoped to a project; kept fresh.

    :param auth_url: Keystone's v3 URL, e.g. ``https://keystone.example.org:5000/v3`` (a URL
        without the ``/v3`` gets it added).
    :param domain: the user's and the project's domain name, unless *user_domain_name* or
        *project_domain_name* say otherwise.
    :param service_type: the catalog entry :attr:`endpoint` finds (``data-processing``).
    :param interface: ``public``, ``internal`` or ``admin``. :param region: a region name, or
        None for the first endpoint of that interface.
    :param configuration: TLS, timeout and proxy settings for Keystone (its host and credentials
        are not used). :param clock: wall-clock seconds; tests pass the fake's clock.

    A wrong password gets :class:`~stencila_hub.credentials.CredentialsError` (``.status`` 401),
    and no new attempt for a back-off period that doubles with each failure in a row: an
    account that locks after a few failures is not locked by this client.
    """

    describe = "Keystone password authentication"

    def __init__(
        self,
        auth_url: str,
        username: str,
        password: str,
        project_name: str,
        domain: str = "Default",
        *,
        user_domain_name: str | None = None,
        project_domain_name: str | None = None,
        service_type: str = "data-processing",
        interface: str = "public",
        region: str | None = None,
        configuration: Configuration | None = None,
        **options: Any,
    ) -> None:
        super().__init__(**options)
        base = auth_url.rstrip("/")
        if not base.endswith("/v3"):
            base += "/v3"
        self.auth_url = base
        self._endpoint = TokenEndpoint(base + "/auth/tokens", configuration)
        self._username = username
        self._password = password
        self.project_name = project_name
        self.user_domain_name = user_domain_name or domain
        self.project_domain_name = project_domain_name or domain
        self.service_type = service_type
        self.interface = interface
        self.region = region
        self._catalog: list[Any] = []
        self._project_id: str | None = None

    def _auth_request(self) -> bytes:
        """The request body. A function of its own, so that no frame that may be in a
        traceback holds the password in a local (the caller keeps a SecretBytes only)."""
        auth = {
            "auth": {
                "identity": {
                    "methods": ["password"],
                    "password": {
                        "user": {
                            "name": self._username,
                            "domain": {"name": self.user_domain_name},
                            "password": self._password,
                        }
                    },
                },
                "scope": {
                    "project": {
                        "name": self.project_name,
                        "domain": {"name": self.project_domain_name},
                    }
                },
            }
        }
        return SecretBytes(json.dumps(auth).encode())

    def _fetch(self, refused: bool) -> Issued:
        headers, data = self._endpoint.post(
            "Keystone password authentication",
            self._auth_request(),
            "application/json",
            RedactedHeaders(),
        )
        token = headers.get("X-Subject-Token")
        body = data.get("token") if isinstance(data, Mapping) else None
        if not token or not isinstance(body, Mapping):
            raise CredentialsError(f"{self.describe}: the answer has no X-Subject-Token or token")
        project = body.get("project")
        if isinstance(project, Mapping) and isinstance(project.get("id"), str):
            self._project_id = project["id"]
        catalog = body.get("catalog")
        self._catalog = list(catalog) if isinstance(catalog, list) else []
        return Issued(token, _epoch(body.get("expires_at")))

    @property
    def project_id(self) -> str:
        """The project's id, as Keystone gave it (authenticates first if needed)."""
        self.current()
        if self._project_id is None:
            raise CredentialsError(f"{self.describe}: the token names no project")
        return self._project_id

    @property
    def endpoint(self) -> str:
        """The URL of :attr:`service_type` in the catalog (authenticates first if needed), e.g.
        ``http://sahara.example.org:8386/v1.1/<project id>``."""
        self.current()
        for service in self._catalog:
            if not isinstance(service, Mapping) or service.get("type") != self.service_type:
                continue
            for ep in service.get("endpoints") or ():
                if (
                    isinstance(ep, Mapping)
                    and ep.get("interface") == self.interface
                    and (self.region is None or ep.get("region") in (self.region, None))
                    and isinstance(ep.get("url"), str)
                ):
                    return str(ep["url"])
        raise CredentialsError(
            f"{self.describe}: no {self.interface} {self.service_type} endpoint in the catalog"
        )

    def sahara_configuration(self, **settings: Any) -> Configuration:
        """A Configuration for Sahara: the catalog's endpoint (its ``/v1.1/<project>`` part
        taken off: operations take the project id as an argument) and this provider for
        ``KeystoneToken``. *settings* go to the Configuration too (TLS, timeouts)."""
        from stencila_hub.configuration import Configuration

        url = self.endpoint.rstrip("/")
        head, sep, _tail = url.rpartition("/v1.1")
        if sep:
            url = head
        else:
            head, sep, _tail = url.rpartition("/v2")
            url = head if sep else url
        return Configuration(host=url, credentials={"KeystoneToken": self}, **settings)

    def close(self) -> None:
        """Close the connections to Keystone."""
        self._endpoint.close()


def _epoch(text: Any) -> float | None:
    """Epoch seconds of Keystone's ``expires_at`` (``2026-12-05T15:06:05.000000Z``); None if
    absent or unreadable (then the token is kept until refused)."""
    if not isinstance(text, str):
        return None
    try:
        when = datetime.fromisoformat(text)
    except ValueError:
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=timezone.utc)
    return when.timestamp()
