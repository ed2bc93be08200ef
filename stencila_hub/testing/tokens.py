"""Tokens the fakes issue and expire: the token endpoints' side of the credentials tests.

Real systems put a gateway or a middleware in front of the service: Agave's API gateway swaps the
OAuth2 token for the service's own credential, Keystone's middleware checks ``X-Auth-Token``.
:class:`TokenIssuer` is that gateway for every fake: a token it issued, while it is valid, counts
as the system's own credential (:meth:`TokenIssuer.admit`); an expired one is refused by the
system as any wrong token is (Agave, Sahara, Kubernetes 401; the Hub 403 "Invalid token.").

Lifetimes are seconds of the fake's clock (``HubFake(clock=..., token_lifetime=...)``), so a test
can run "30 minutes with tokens expiring every minute" in a second with a virtual clock.
"""

from __future__ import annotations

import secrets
import threading
from collections.abc import Callable, Mapping

#: The header and prefix that carry each system's credential (names lower-cased).
CREDENTIAL_HEADERS: Mapping[str, tuple[str, str]] = {
    "hub": ("authorization", "Token "),
    "agave": ("authorization", "Bearer "),
    "sahara": ("x-auth-token", ""),
    "kubernetes": ("authorization", "Bearer "),
    "gaffer": ("x-api-key", ""),
}


class TokenIssuer:
    """Tokens issued per system, each valid until its expiry on the fake's clock."""

    def __init__(self, clock: Callable[[], float], lifetime: float | None) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self._lock = threading.Lock()
        self._issued: dict[str, dict[str, float | None]] = {}
        self.issued_count: dict[str, int] = {}

    def issue(self, system: str, lifetime: float | None = None) -> tuple[str, float | None]:
        """A new token of *system* and its expiry (None: until :meth:`expire`). *lifetime*
        defaults to the issuer's."""
        life = self.lifetime if lifetime is None else lifetime
        token = f"issued-{system}-{secrets.token_hex(12)}"
        expires_at = None if life is None else self.clock() + life
        with self._lock:
            self._issued.setdefault(system, {})[token] = expires_at
            self.issued_count[system] = self.issued_count.get(system, 0) + 1
        return token, expires_at

    def expire(self, system: str) -> int:
        """Every token issued for *system* is refused from now on; how many were valid."""
        with self._lock:
            now = self.clock()
            tokens = self._issued.get(system, {})
            valid = sum(1 for t in tokens.values() if t is None or t > now)
            for token in tokens:
                tokens[token] = now
            return valid

    def valid(self, system: str, token: str) -> bool:
        with self._lock:
            expires_at = self._issued.get(system, {}).get(token, 0.0)
        return expires_at is None or self.clock() < expires_at

    def admit(self, system: str, headers: dict[str, str], own_token: str) -> dict[str, str]:
        """*headers* with a valid issued token replaced by the system's own credential."""
        where = CREDENTIAL_HEADERS.get(system)
        if where is None:
            return headers
        name, prefix = where
        value = headers.get(name)
        if not value or not value.startswith(prefix):
            return headers
        token = value[len(prefix) :]
        if not token.startswith("issued-") or not self.valid(system, token):
            return headers
        return {**headers, name: prefix + own_token}
