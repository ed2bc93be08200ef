# Generated from templates/__init__package.mustache (our override) and openapi.yaml. Do not edit.
"""stencila_hub: one Python SDK for the job endpoints of Stencila Hub, Agave (Tapis v2), OpenStack
Sahara, Kubernetes batch/v1 and Gaffer, generated from openapi.yaml.

Names are imported lazily, on first use, so ``import stencila_hub`` stays cheap however many
models the spec has.
"""

import typing as _typing

from stencila_hub import api as _api
from stencila_hub import models as _models
from stencila_hub._lazy import lazy_exports as _lazy_exports

__version__ = "0.1.0"

# The hand-written runtime's names (generator.yaml, runtimeExports), then every Api class and
# model, as stencila_hub.api and stencila_hub.models list them: a list as written and `+=` of a
# module's list, the forms type checkers read (mypy reads the first only, for a star import).
__all__ = [
    "ApiClient",
    "ApiResponse",
    "StreamedResponse",
    "SdkModel",
    "Configuration",
    "CredentialsError",
    "StencilaHubError",
    "OpenApiException",
    "ApiTypeError",
    "ApiValueError",
    "ApiKeyError",
    "ApiAttributeError",
    "ApiConnectionError",
    "ApiTimeoutError",
    "ApiSSLError",
    "OutcomeUnknownError",
    "OutcomeUnknownConnectionError",
    "OutcomeUnknownTimeoutError",
    "ResponseDecodeError",
    "OutcomeUnknownDecodeError",
    "ApiException",
    "BadRequestException",
    "UnauthorizedException",
    "ForbiddenException",
    "NotFoundException",
    "ConflictException",
    "UnprocessableEntityException",
    "RateLimitException",
    "ServiceException",
    "OutcomeUnknownServiceException",
    "OutcomeUnknownRedirectException",
    "EnvelopeErrorException",
    "EnvelopeBadRequestException",
    "EnvelopeUnauthorizedException",
    "EnvelopeForbiddenException",
    "EnvelopeNotFoundException",
    "EnvelopeConflictException",
    "EnvelopeUnprocessableEntityException",
    "EnvelopeRateLimitException",
    "EnvelopeServiceException",
    "EnvelopeOutcomeUnknownServiceException",
    "KeystonePassword",
    "RetryPolicy",
    "WaitTimeoutError",
]
__all__ += _api.__all__
__all__ += _models.__all__

# Where each name is defined; it is imported from there on first use.
_EXPORTS = {
    "ApiClient": ".api_client",
    "ApiResponse": ".api_client",
    "StreamedResponse": ".api_client",
    "SdkModel": ".base_model",
    "Configuration": ".configuration",
    "CredentialsError": ".credentials",
    "StencilaHubError": ".exceptions",
    "OpenApiException": ".exceptions",
    "ApiTypeError": ".exceptions",
    "ApiValueError": ".exceptions",
    "ApiKeyError": ".exceptions",
    "ApiAttributeError": ".exceptions",
    "ApiConnectionError": ".exceptions",
    "ApiTimeoutError": ".exceptions",
    "ApiSSLError": ".exceptions",
    "OutcomeUnknownError": ".exceptions",
    "OutcomeUnknownConnectionError": ".exceptions",
    "OutcomeUnknownTimeoutError": ".exceptions",
    "ResponseDecodeError": ".exceptions",
    "OutcomeUnknownDecodeError": ".exceptions",
    "ApiException": ".exceptions",
    "BadRequestException": ".exceptions",
    "UnauthorizedException": ".exceptions",
    "ForbiddenException": ".exceptions",
    "NotFoundException": ".exceptions",
    "ConflictException": ".exceptions",
    "UnprocessableEntityException": ".exceptions",
    "RateLimitException": ".exceptions",
    "ServiceException": ".exceptions",
    "OutcomeUnknownServiceException": ".exceptions",
    "OutcomeUnknownRedirectException": ".exceptions",
    "EnvelopeErrorException": ".exceptions",
    "EnvelopeBadRequestException": ".exceptions",
    "EnvelopeUnauthorizedException": ".exceptions",
    "EnvelopeForbiddenException": ".exceptions",
    "EnvelopeNotFoundException": ".exceptions",
    "EnvelopeConflictException": ".exceptions",
    "EnvelopeUnprocessableEntityException": ".exceptions",
    "EnvelopeRateLimitException": ".exceptions",
    "EnvelopeServiceException": ".exceptions",
    "EnvelopeOutcomeUnknownServiceException": ".exceptions",
    "KeystonePassword": ".keystone",
    "RetryPolicy": ".retry",
    "WaitTimeoutError": ".waiters",
    **dict.fromkeys(_api.__all__, ".api"),
    **dict.fromkeys(_models.__all__, ".models"),
}

# The same names, imported for type checkers only: they do not follow the lazy table.
if _typing.TYPE_CHECKING:
    from stencila_hub.api import *  # noqa: F403
    from stencila_hub.api_client import ApiClient as ApiClient
    from stencila_hub.api_client import ApiResponse as ApiResponse
    from stencila_hub.api_client import StreamedResponse as StreamedResponse
    from stencila_hub.base_model import SdkModel as SdkModel
    from stencila_hub.configuration import Configuration as Configuration
    from stencila_hub.credentials import CredentialsError as CredentialsError
    from stencila_hub.exceptions import ApiAttributeError as ApiAttributeError
    from stencila_hub.exceptions import ApiConnectionError as ApiConnectionError
    from stencila_hub.exceptions import ApiException as ApiException
    from stencila_hub.exceptions import ApiKeyError as ApiKeyError
    from stencila_hub.exceptions import ApiSSLError as ApiSSLError
    from stencila_hub.exceptions import ApiTimeoutError as ApiTimeoutError
    from stencila_hub.exceptions import ApiTypeError as ApiTypeError
    from stencila_hub.exceptions import ApiValueError as ApiValueError
    from stencila_hub.exceptions import BadRequestException as BadRequestException
    from stencila_hub.exceptions import ConflictException as ConflictException
    from stencila_hub.exceptions import EnvelopeBadRequestException as EnvelopeBadRequestException
    from stencila_hub.exceptions import EnvelopeConflictException as EnvelopeConflictException
    from stencila_hub.exceptions import EnvelopeErrorException as EnvelopeErrorException
    from stencila_hub.exceptions import EnvelopeForbiddenException as EnvelopeForbiddenException
    from stencila_hub.exceptions import EnvelopeNotFoundException as EnvelopeNotFoundException
    from stencila_hub.exceptions import (
        EnvelopeOutcomeUnknownServiceException as EnvelopeOutcomeUnknownServiceException,
    )
    from stencila_hub.exceptions import EnvelopeRateLimitException as EnvelopeRateLimitException
    from stencila_hub.exceptions import EnvelopeServiceException as EnvelopeServiceException
    from stencila_hub.exceptions import (
        EnvelopeUnauthorizedException as EnvelopeUnauthorizedException,
    )
    from stencila_hub.exceptions import (
        EnvelopeUnprocessableEntityException as EnvelopeUnprocessableEntityException,
    )
    from stencila_hub.exceptions import ForbiddenException as ForbiddenException
    from stencila_hub.exceptions import NotFoundException as NotFoundException
    from stencila_hub.exceptions import OpenApiException as OpenApiException
    from stencila_hub.exceptions import (
        OutcomeUnknownConnectionError as OutcomeUnknownConnectionError,
    )
    from stencila_hub.exceptions import OutcomeUnknownDecodeError as OutcomeUnknownDecodeError
    from stencila_hub.exceptions import OutcomeUnknownError as OutcomeUnknownError
    from stencila_hub.exceptions import (
        OutcomeUnknownRedirectException as OutcomeUnknownRedirectException,
    )
    from stencila_hub.exceptions import (
        OutcomeUnknownServiceException as OutcomeUnknownServiceException,
    )
    from stencila_hub.exceptions import OutcomeUnknownTimeoutError as OutcomeUnknownTimeoutError
    from stencila_hub.exceptions import RateLimitException as RateLimitException
    from stencila_hub.exceptions import ResponseDecodeError as ResponseDecodeError
    from stencila_hub.exceptions import ServiceException as ServiceException
    from stencila_hub.exceptions import StencilaHubError as StencilaHubError
    from stencila_hub.exceptions import UnauthorizedException as UnauthorizedException
    from stencila_hub.exceptions import UnprocessableEntityException as UnprocessableEntityException
    from stencila_hub.keystone import KeystonePassword as KeystonePassword
    from stencila_hub.models import *  # noqa: F403
    from stencila_hub.retry import RetryPolicy as RetryPolicy
    from stencila_hub.waiters import WaitTimeoutError as WaitTimeoutError

__getattr__, __dir__ = _lazy_exports(__name__, _EXPORTS, globals())
