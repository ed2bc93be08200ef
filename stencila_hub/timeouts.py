"""A call's timeouts and deadline, from its arguments and the configuration (no I/O).

Hand-written; shared by the sync client and the asyncio one. Every call asks
:func:`call_timeouts`; the answer for a call that passes neither ``_request_timeout`` nor
``_retries`` is worked out once per operation and configuration, since that is nearly every call.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Any

import urllib3

from stencila_hub import exceptions as exc
from stencila_hub.retry import RetryPolicy

if TYPE_CHECKING:
    from stencila_hub.configuration import Configuration
    from stencila_hub.operation import Operation

__all__ = ["TimeoutArg", "as_timeout", "call_timeouts", "policy_fitting", "seconds", "within"]

TimeoutArg = None | float | int | tuple[float | None, float | None] | urllib3.Timeout


def seconds(value: Any, what: str) -> float | None:
    """*value* as a number of seconds > 0 or None; a clear error naming *what* otherwise."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise exc.ApiTypeError(
            f"{what} must be a number of seconds or None, not {type(value).__name__}"
        )
    if not value > 0:  # also refuses NaN
        raise exc.ApiValueError(f"{what} must be > 0 seconds, not {value!r}")
    return float(value)


def policy_fitting(policy: RetryPolicy, connect: Any, read: float) -> RetryPolicy:
    """*policy*, its deadline widened if one attempt of *connect* + *read* seconds would not fit
    in it (an operation known to answer slowly, a watch held open)."""
    needed = read + (connect if isinstance(connect, (int, float)) else 0)
    if policy.total_timeout is not None and policy.total_timeout < needed:
        return dataclasses.replace(policy, total_timeout=needed)
    return policy


#: (read_timeout, configured timeout, configured policy) -> the call's timeout and policy. The
#: key holds the objects themselves: a Configuration given a new timeout or policy misses.
_DEFAULTS: dict[
    tuple[float, urllib3.Timeout, RetryPolicy], tuple[urllib3.Timeout, RetryPolicy]
] = {}


def call_timeouts(
    op: Operation,
    request_timeout: TimeoutArg,
    retries: None | int | RetryPolicy,
    configuration: Configuration,
) -> tuple[urllib3.Timeout, RetryPolicy]:
    """The call's urllib3 Timeout and RetryPolicy (arguments checked).

    An operation with ``x-sdk-read-timeout`` gets at least that read timeout, and a deadline that
    fits it, unless the caller set ``_request_timeout``.
    """
    if request_timeout is None and retries is None:
        timeout, policy = configuration.urllib3_timeout, configuration.retry_policy
        if not op.read_timeout:
            return timeout, policy
        key = (op.read_timeout, timeout, policy)
        found = _DEFAULTS.get(key)
        if found is None:
            found = _slow_operation(op.read_timeout, timeout, policy)
            if len(_DEFAULTS) > 256:  # configurations made and dropped over and over
                _DEFAULTS.clear()
            _DEFAULTS[key] = found
        return found
    policy = RetryPolicy.coerce(retries, configuration.retry_policy)
    if request_timeout is None:
        if not op.read_timeout:
            return configuration.urllib3_timeout, policy
        return _slow_operation(op.read_timeout, configuration.urllib3_timeout, policy)
    return as_timeout(request_timeout, "_request_timeout"), policy


def _slow_operation(
    read_timeout: float, timeout: urllib3.Timeout, policy: RetryPolicy
) -> tuple[urllib3.Timeout, RetryPolicy]:
    read = timeout.read_timeout
    if isinstance(read, (int, float)) and read < read_timeout:
        timeout = urllib3.Timeout(connect=timeout.connect_timeout, read=read_timeout)
    return timeout, policy_fitting(policy, timeout.connect_timeout, read_timeout)


def as_timeout(value: TimeoutArg, what: str) -> urllib3.Timeout:
    """*value* as a urllib3 Timeout (checked): seconds for both parts, a ``(connect, read)`` pair,
    a Timeout as it is, or None for no timeout. *what* names the setting in an error."""
    if value is None:
        return urllib3.Timeout(connect=None, read=None)
    if isinstance(value, urllib3.Timeout):
        return value
    if isinstance(value, tuple):
        if len(value) != 2:
            raise exc.ApiTypeError(f"{what} must be seconds or a (connect, read) pair")
        connect, read = value
        return urllib3.Timeout(
            connect=seconds(connect, f"{what}'s connect"), read=seconds(read, f"{what}'s read")
        )
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise exc.ApiTypeError(
            f"{what} must be a number of seconds, a (connect, read) pair or None, "
            f"not {type(value).__name__}"
        )
    both = seconds(value, what)
    return urllib3.Timeout(connect=both, read=both)


def _capped(value: Any, cap: float) -> Any:
    """A timeout no longer than *cap* (None, "no timeout", becomes *cap*)."""
    if value is None or (isinstance(value, (int, float)) and value > cap):
        return cap
    return value


def within(timeout: urllib3.Timeout, remaining: float | None) -> urllib3.Timeout:
    """*timeout* with each part cut to the *remaining* seconds of the deadline."""
    if remaining is None:
        return timeout
    connect, read = timeout.connect_timeout, timeout.read_timeout
    if (
        timeout.total is None
        and isinstance(connect, (int, float))
        and isinstance(read, (int, float))
        and connect <= remaining
        and read <= remaining
    ):
        return timeout  # nothing to cut: the usual case (5 s and 60 s within a 120 s deadline)
    if timeout.total is not None:
        capped = timeout.clone()
        capped.total = _capped(timeout.total, remaining)
        return capped
    return urllib3.Timeout(connect=_capped(connect, remaining), read=_capped(read, remaining))
