# coding: utf-8
# Generated from templates/__init__package.mustache (our override) and openapi.yaml. Do not edit.
"""stencila_hub: one Python SDK for the job endpoints of Stencila Hub, Agave (Tapis v2), OpenStack
Sahara, Kubernetes batch/v1 and Gaffer, generated from openapi.yaml.

Names are imported lazily, on first use, so ``import stencila_hub`` stays cheap however many
models the spec has.
"""

import typing as _typing

__version__ = "0.1.0"

# Hand-written runtime names: module that defines each.
_RUNTIME = {
    "ApiClient": ".api_client",
    "ApiResponse": ".api_client",
    "StreamedResponse": ".api_client",
    "Configuration": ".configuration",
    "RetryPolicy": ".retry",
    "SdkModel": ".base_model",
    "OpenApiException": ".exceptions",
    "StencilaHubError": ".exceptions",
    "ApiTypeError": ".exceptions",
    "ApiValueError": ".exceptions",
    "ApiKeyError": ".exceptions",
    "ApiAttributeError": ".exceptions",
    "ApiConnectionError": ".exceptions",
    "ApiTimeoutError": ".exceptions",
    "ApiSSLError": ".exceptions",
    "OutcomeUnknownError": ".exceptions",
    "ResponseDecodeError": ".exceptions",
    "ApiException": ".exceptions",
    "BadRequestException": ".exceptions",
    "UnauthorizedException": ".exceptions",
    "ForbiddenException": ".exceptions",
    "NotFoundException": ".exceptions",
    "ConflictException": ".exceptions",
    "UnprocessableEntityException": ".exceptions",
    "RateLimitException": ".exceptions",
    "ServiceException": ".exceptions",
    "EnvelopeErrorException": ".exceptions",
}

_exports = {
    **_RUNTIME,
    "JobsApi": ".api.jobs_api",
    "HubError": ".models.hub_error",
    "InlineObject3": ".models.inline_object3",
    "InlineObject4": ".models.inline_object4",
}

__all__ = sorted(_exports)

if _typing.TYPE_CHECKING:
    from stencila_hub.api.jobs_api import JobsApi as JobsApi
    from stencila_hub.api_client import ApiClient as ApiClient
    from stencila_hub.api_client import ApiResponse as ApiResponse
    from stencila_hub.api_client import StreamedResponse as StreamedResponse
    from stencila_hub.base_model import SdkModel as SdkModel
    from stencila_hub.configuration import Configuration as Configuration
    from stencila_hub.exceptions import (
        ApiAttributeError as ApiAttributeError,
    )
    from stencila_hub.exceptions import (
        ApiConnectionError as ApiConnectionError,
    )
    from stencila_hub.exceptions import (
        ApiException as ApiException,
    )
    from stencila_hub.exceptions import (
        ApiKeyError as ApiKeyError,
    )
    from stencila_hub.exceptions import (
        ApiSSLError as ApiSSLError,
    )
    from stencila_hub.exceptions import (
        ApiTimeoutError as ApiTimeoutError,
    )
    from stencila_hub.exceptions import (
        ApiTypeError as ApiTypeError,
    )
    from stencila_hub.exceptions import (
        ApiValueError as ApiValueError,
    )
    from stencila_hub.exceptions import (
        BadRequestException as BadRequestException,
    )
    from stencila_hub.exceptions import (
        ConflictException as ConflictException,
    )
    from stencila_hub.exceptions import (
        EnvelopeErrorException as EnvelopeErrorException,
    )
    from stencila_hub.exceptions import (
        ForbiddenException as ForbiddenException,
    )
    from stencila_hub.exceptions import (
        NotFoundException as NotFoundException,
    )
    from stencila_hub.exceptions import (
        OpenApiException as OpenApiException,
    )
    from stencila_hub.exceptions import (
        OutcomeUnknownError as OutcomeUnknownError,
    )
    from stencila_hub.exceptions import (
        RateLimitException as RateLimitException,
    )
    from stencila_hub.exceptions import (
        ResponseDecodeError as ResponseDecodeError,
    )
    from stencila_hub.exceptions import (
        ServiceException as ServiceException,
    )
    from stencila_hub.exceptions import (
        StencilaHubError as StencilaHubError,
    )
    from stencila_hub.exceptions import (
        UnauthorizedException as UnauthorizedException,
    )
    from stencila_hub.exceptions import (
        UnprocessableEntityException as UnprocessableEntityException,
    )
    from stencila_hub.models.hub_error import HubError as HubError
    from stencila_hub.models.inline_object3 import InlineObject3 as InlineObject3
    from stencila_hub.models.inline_object4 import InlineObject4 as InlineObject4
    from stencila_hub.retry import RetryPolicy as RetryPolicy


def __getattr__(name: str) -> object:
    module_name = _exports.get(name)
    if module_name is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    value = getattr(import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list:
    return sorted(globals().keys() | _exports.keys())
