# Generated from templates/spec_tables.mustache and openapi.yaml. Do not edit.
"""What stencila_hub.configuration reads from openapi.yaml: the security schemes, the servers of
each system, the environment variables of Configuration.from_env, and the versions. The rest of
the configuration is hand-written (stencila_hub/configuration.py)."""

from typing import Any

#: The version of openapi.yaml (``info.version``) and of this package.
API_VERSION = "0.1.0"
PACKAGE_VERSION = "0.1.0"

#: Security schemes of openapi.yaml: name -> (kind, header name). Kinds: "api_key" (header, with
#: the optional prefix from ``api_key_prefix``), "bearer" (``access_token``), "basic".
AUTH_SCHEMES: dict[str, tuple[str, str]] = {
    "Token": ("api_key", "Authorization"),
    "AgaveBearer": ("bearer", "Authorization"),
    "KeystoneToken": ("api_key", "X-Auth-Token"),
    "GafferApiKey": ("api_key", "X-Api-Key"),
    "BearerToken": ("api_key", "authorization"),
}

#: The servers of openapi.yaml; the first is the default host.
SERVERS: list[dict[str, Any]] = [
    {
        "url": "https://hub.stenci.la/api",
        "description": "Stencila Hub (the default host of JobsApi)",
    },
]

#: Each system's server (the ``servers`` of its paths in openapi.yaml): the host its Api class
#: uses when the Configuration sets none (``None``: no public default, a host must be set) and
#: the environment variable :meth:`Configuration.from_env` reads it from.
SYSTEM_SERVERS: dict[str, tuple[str | None, str]] = {
    "agave": ("https://api.tacc.utexas.edu", "AGAVE_URL"),
    "kubernetes": (None, "KUBERNETES_URL"),
    "sahara": (None, "SAHARA_URL"),
    "gaffer": (None, "GAFFER_URL"),
    "hub": ("https://hub.stenci.la/api", "STENCILA_HUB_URL"),
}

#: What :meth:`Configuration.from_env` reads, by system: the credential's environment variable and
#: the Configuration setting it fills (``("api_key", scheme, prefix)`` or ``("access_token",)``).
ENV_CREDENTIALS: dict[str, tuple[str, tuple[str | None, ...]]] = {
    "hub": ("STENCILA_HUB_TOKEN", ("api_key", "Token", "Token")),
    "agave": ("AGAVE_TOKEN", ("access_token",)),
    "sahara": ("SAHARA_TOKEN", ("api_key", "KeystoneToken", None)),
    "gaffer": ("GAFFER_TOKEN", ("api_key", "GafferApiKey", None)),
    "kubernetes": ("KUBERNETES_TOKEN", ("api_key", "BearerToken", "Bearer")),
}

#: The prefix a scheme's server expects before the key (``x-sdk-key-prefix``), e.g. ``Token``.
KEY_PREFIXES: dict[str, str] = {
    "Token": "Token",
    "BearerToken": "Bearer",
}
