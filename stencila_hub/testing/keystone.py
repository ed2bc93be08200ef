"""The fake OpenStack Keystone: v3 password authentication, for the Sahara fake's tokens.

``POST /keystone/v3/auth/tokens`` with a password identity and a project scope answers as
Keystone does: 201, the token in the ``X-Subject-Token`` header, and a body with ``expires_at``
and the service catalog, whose ``data-processing`` entry is the Sahara fake
(``<url>/v1.1/<project id>``, as Keystone substitutes ``%(tenant_id)s``). A wrong user, password,
domain or project gets Keystone's 401 ``{"error": {"code", "message", "title"}}``. The token is
valid for the fake's ``token_lifetime`` on its clock, for the Sahara fake only.
"""

from __future__ import annotations

import json
import uuid
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

from stencila_hub.testing._base import Reply, json_reply

if TYPE_CHECKING:
    from stencila_hub.testing.server import HubFake

PATH = "/v3/auth/tokens"


def _iso(seconds: float) -> str:
    """``2026-12-05T14:06:05.000000Z``: Keystone's form."""
    return datetime.fromtimestamp(seconds, timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


class FakeKeystone:
    """One user in one domain, member of the Sahara fake's project."""

    def __init__(self, fake: HubFake) -> None:
        self._fake = fake
        self.username = "overseer"
        self.password = "fake-keystone-" + uuid.uuid4().hex[:12]
        self.user_domain = "Default"
        self.project_name = "science"
        self.project_domain = "Default"
        self.user_id = uuid.uuid4().hex
        self.requests = 0

    def handle(self, method: str, path: str, body: bytes) -> Reply | None:
        if path != PATH:
            return None
        if method != "POST":
            return self._error(405, "Method Not Allowed", "The method is not allowed.")
        self.requests += 1
        try:
            auth = json.loads(body)["auth"]
            user = auth["identity"]["password"]["user"]
            project = auth["scope"]["project"]
            methods = auth["identity"]["methods"]
        except (ValueError, KeyError, TypeError):
            return self._error(400, "Bad Request", "Expecting to find auth in request body.")
        ok = (
            methods == ["password"]
            and user.get("name") == self.username
            and user.get("password") == self.password
            and (user.get("domain") or {}).get("name") == self.user_domain
            and project.get("name") == self.project_name
            and (project.get("domain") or {}).get("name") == self.project_domain
        )
        if not ok:
            return self._error(
                401, "Unauthorized", "The request you have made requires authentication."
            )
        issuer = self._fake.tokens
        token, expires_at = issuer.issue("sahara")
        now = issuer.clock()
        project_id = self._fake.sahara.project_id
        payload: dict[str, Any] = {
            "token": {
                "methods": ["password"],
                "user": {
                    "id": self.user_id,
                    "name": self.username,
                    "domain": {"id": "default", "name": self.user_domain},
                },
                "project": {
                    "id": project_id,
                    "name": self.project_name,
                    "domain": {"id": "default", "name": self.project_domain},
                },
                "issued_at": _iso(now),
                "expires_at": _iso(now + 10 * 365 * 86400 if expires_at is None else expires_at),
                "catalog": [
                    {
                        "type": "identity",
                        "name": "keystone",
                        "endpoints": [
                            {"interface": "public", "region": "RegionOne", "url": self.url()}
                        ],
                    },
                    {
                        "type": "data-processing",
                        "name": "sahara",
                        "endpoints": [
                            {
                                "interface": interface,
                                "region": "RegionOne",
                                "url": f"{self._fake.url('sahara')}/v1.1/{project_id}",
                            }
                            for interface in ("public", "internal", "admin")
                        ],
                    },
                ],
            }
        }
        return json_reply(201, payload, {"X-Subject-Token": token})

    def url(self) -> str:
        """The auth URL, as clients are given it: ``http://127.0.0.1:<port>/keystone/v3``."""
        return f"http://127.0.0.1:{self._fake.port}/keystone/v3"

    @staticmethod
    def _error(status: int, title: str, message: str) -> Reply:
        return json_reply(status, {"error": {"code": status, "title": title, "message": message}})
