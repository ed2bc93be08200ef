"""When to retry a request, and how long to wait: pure policy, no I/O (hand-written).

The loop that applies it (:class:`RetryState`) takes its clock and random numbers as arguments and
sleeps nowhere: the sync client sleeps with ``time.sleep``, an asyncio client could use
``asyncio.sleep`` with the same state. The rules, in one place:

=============================================  ==========================  ======================
what went wrong                                GET HEAD OPTIONS PUT DELETE  POST PATCH
=============================================  ==========================  ======================
failed before a byte of the request was sent   retried                     retried
TLS certificate or hostname check failed       never                       never
429 or 503 (the server refused to work)        retried, after Retry-After  retried, after
                                                                           Retry-After
502, 504, any failure after a byte was sent    retried                     never: outcome unknown
500                                            never                       never: outcome unknown
every other status                             never                       never
=============================================  ==========================  ======================

A POST or PATCH that may have reached the server is never sent again: a retry could submit a job
twice. The caller gets an :class:`~stencila_hub.exceptions.OutcomeUnknownError` instead. Whether it
may have reached the server is decided by one fact, :func:`classify_failure`'s ``written``: did the
transport hand any byte of the request to the socket? Not by the exception's class: a TLS alert,
a reset or a timeout after the request was written all leave the outcome unknown.

Backoff is exponential with jitter: ``initial_delay * 2**n``, capped at ``max_delay``, minus up to
``jitter`` of itself. A ``Retry-After`` (seconds or HTTP-date) is honoured up to
``max_retry_after``; a longer one is not waited for: the error is raised at once, with
``retry_after`` on it. No attempt starts after ``total_timeout`` seconds from the first.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from stencila_hub.exceptions import ApiTypeError, ApiValueError

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

#: Statuses that mean "not done, try later" for any method.
RETRY_ANY_METHOD_STATUSES = frozenset({429, 503})
#: Statuses after which the request may have been acted on: retried only when idempotent.
RETRY_IDEMPOTENT_STATUSES = frozenset({502, 504})
#: Statuses that leave the outcome of a POST or PATCH unknown (the server may have acted on it).
OUTCOME_UNKNOWN_STATUSES = frozenset({500, 502, 504})


class Failure(enum.Enum):
    """What went wrong with one attempt."""

    CONNECT = "could not connect"  # nothing of the request was written: refused, DNS, handshake
    TLS = "TLS verification failed"  # bad certificate or host name: not sent, and never retried
    READ_TIMEOUT = "read timeout"  # written; no (whole) answer in time
    CONNECTION_LOST = "connection lost after sending"  # written; reset, EOF, TLS error, garbage
    STATUS = "error status"  # an HTTP answer with a status


def classify_failure(
    *, written: bool, timed_out: bool = False, verify_failed: bool = False
) -> Failure:
    """The one place that decides what a failed attempt was.

    :param written: the transport handed at least one byte of the request to the socket (of this
        attempt's first hop, or an earlier hop was answered). Then the server may have read it.
    :param timed_out: a connect or read timeout, or the call's deadline, ended the attempt.
    :param verify_failed: the server's certificate or host name did not verify.
    """
    if not written:
        return Failure.TLS if verify_failed else Failure.CONNECT
    return Failure.READ_TIMEOUT if timed_out else Failure.CONNECTION_LOST


@dataclass(frozen=True)
class RetryPolicy:
    """How a client retries. Immutable; pass one per client or per call.

    :param max_retries: retries after the first attempt; ``0`` turns retrying off.
    :param initial_delay: seconds before the first retry.
    :param max_delay: cap on one backoff delay, in seconds.
    :param jitter: the fraction of each delay taken off at random (0 = none, 1 = full jitter).
    :param max_retry_after: the longest ``Retry-After`` honoured, in seconds; a longer one is
        raised to the caller instead of waited for.
    :param total_timeout: seconds from the first attempt after which no new attempt starts, and
        which caps each attempt's read timeout; ``None`` means no total deadline.
    """

    max_retries: int = 2
    initial_delay: float = 0.5
    max_delay: float = 8.0
    jitter: float = 0.25
    max_retry_after: float = 60.0
    total_timeout: float | None = 120.0

    def __post_init__(self) -> None:
        for name in ("initial_delay", "max_delay", "jitter", "max_retry_after"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, (int, float)):
                raise ApiTypeError(f"RetryPolicy.{name} must be a number")
        if isinstance(self.max_retries, bool) or not isinstance(self.max_retries, int):
            raise ApiTypeError("RetryPolicy.max_retries must be an int")
        if self.total_timeout is not None and (
            isinstance(self.total_timeout, bool) or not isinstance(self.total_timeout, (int, float))
        ):
            raise ApiTypeError("RetryPolicy.total_timeout must be a number of seconds or None")
        if self.max_retries < 0:
            raise ApiValueError("max_retries must be >= 0")
        if self.initial_delay < 0 or self.max_delay < 0:
            raise ApiValueError("delays must be >= 0")
        if not 0 <= self.jitter <= 1:
            raise ApiValueError("jitter must be between 0 and 1")
        if self.total_timeout is not None and self.total_timeout <= 0:
            raise ApiValueError("total_timeout must be > 0 seconds, or None")

    @classmethod
    def coerce(cls, value: None | int | RetryPolicy, default: RetryPolicy) -> RetryPolicy:
        """``None`` -> *default*; an int -> *default* with that many retries; a policy as is."""
        if value is None:
            return default
        if isinstance(value, RetryPolicy):
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            raise ApiTypeError(
                f"retries must be an int or a RetryPolicy, not {type(value).__name__}"
            )
        if value < 0:
            raise ApiValueError("retries must be >= 0")
        return cls(**{**default.__dict__, "max_retries": value})

    def may_retry(self, method: str, failure: Failure, status: int | None = None) -> bool:
        """Whether this kind of failure may be retried for this method (ignores attempts left)."""
        idempotent = method.upper() in IDEMPOTENT_METHODS
        if failure is Failure.CONNECT:
            return True
        if failure is Failure.TLS:
            return False
        if failure is Failure.STATUS:
            if status in RETRY_ANY_METHOD_STATUSES:
                return True
            return idempotent and status in RETRY_IDEMPOTENT_STATUSES
        return idempotent  # READ_TIMEOUT, CONNECTION_LOST

    def backoff(self, retry_number: int, random: float) -> float:
        """Seconds to wait before retry number *retry_number* (1-based); *random* is in [0, 1)."""
        delay: float = min(self.max_delay, self.initial_delay * (2 ** (retry_number - 1)))
        return delay * (1 - self.jitter * random)

    def next_delay(
        self,
        *,
        method: str,
        failure: Failure,
        retries_done: int,
        elapsed: float,
        random: float,
        status: int | None = None,
        retry_after: float | None = None,
    ) -> float | None:
        """Seconds to wait before the next attempt, or ``None`` to stop and raise.

        :param retries_done: retries already made (0 after the first attempt).
        :param elapsed: seconds since the first attempt started.
        :param retry_after: the server's ``Retry-After``, already parsed to seconds.
        """
        if retries_done >= self.max_retries or not self.may_retry(method, failure, status):
            return None
        if retry_after is not None:
            if retry_after > self.max_retry_after:
                return None
            delay = max(retry_after, 0.0)
        else:
            delay = self.backoff(retries_done + 1, random)
        if self.total_timeout is not None and elapsed + delay >= self.total_timeout:
            return None
        return delay


NO_RETRIES = RetryPolicy(max_retries=0)


class RetryState:
    """One call's retries: attempts made, the deadline, the wait before the next attempt.

    No I/O and no clock of its own: *clock* (seconds, monotonic) and *random* (in [0, 1)) are
    passed in, and the caller sleeps for what :meth:`next_delay` answers, with ``time.sleep`` or
    ``asyncio.sleep``.
    """

    __slots__ = ("_clock", "_random", "method", "policy", "retries", "start")

    def __init__(
        self,
        policy: RetryPolicy,
        method: str,
        clock: Callable[[], float],
        random: Callable[[], float],
    ) -> None:
        self.policy = policy
        self.method = method
        self._clock = clock
        self._random = random
        self.start = clock()
        self.retries = 0

    @property
    def attempts(self) -> int:
        """Attempts made so far, counting the one in progress."""
        return self.retries + 1

    def remaining(self) -> float | None:
        """Seconds left before the call's deadline (may be <= 0), or None without one."""
        if self.policy.total_timeout is None:
            return None
        return self.policy.total_timeout - (self._clock() - self.start)

    def next_delay(
        self, failure: Failure, status: int | None = None, retry_after: float | None = None
    ) -> float | None:
        """Seconds to wait before the next attempt (counted as a retry), or None: raise now."""
        delay = self.policy.next_delay(
            method=self.method,
            failure=failure,
            retries_done=self.retries,
            elapsed=self._clock() - self.start,
            random=self._random(),
            status=status,
            retry_after=retry_after,
        )
        if delay is not None:
            self.retries += 1
        return delay


def outcome_unknown(method: str, failure: Failure, status: int | None = None) -> bool:
    """Whether a failure of a non-idempotent request leaves its outcome unknown.

    True for a POST or PATCH that was sent and got no answer, or got 500, 502 or 504.
    """
    if method.upper() in IDEMPOTENT_METHODS:
        return False
    if failure in (Failure.READ_TIMEOUT, Failure.CONNECTION_LOST):
        return True
    return failure is Failure.STATUS and status in OUTCOME_UNKNOWN_STATUSES


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header: delta-seconds or an HTTP-date; else None."""
    if value is None:
        return None
    value = value.strip()
    if not value:
        return None
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        return seconds if seconds >= 0 and seconds == seconds else None  # rejects negatives, NaN
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())
