"""When to retry a request, and how long to wait: pure policy, no I/O (hand-written).

The loop that applies it lives in :mod:`stencila_hub.api_client`; an asyncio client can share this
module unchanged. The rules, in one place:

=========================================  ==========================  =========================
what went wrong                            GET HEAD OPTIONS PUT DELETE  POST PATCH
=========================================  ==========================  =========================
could not connect (request never sent)     retried                     retried
TLS certificate or hostname check failed   never                       never
429 or 503 (the server refused to work)    retried, after Retry-After  retried, after Retry-After
502, 504, read timeout, reset after send   retried                     never: outcome unknown
500                                        never                       never: outcome unknown
every other status                         never                       never
=========================================  ==========================  =========================

A POST or PATCH that may have reached the server is never sent again: a retry could submit a job
twice. The caller gets an :class:`~stencila_hub.exceptions.OutcomeUnknownError` instead. A
connection reset before the server read the request looks the same to the client as one after
(the bytes were handed to the kernel): both count as "reset after send".

Backoff is exponential with jitter: ``initial_delay * 2**n``, capped at ``max_delay``, minus up to
``jitter`` of itself. A ``Retry-After`` (seconds or HTTP-date) is honoured up to
``max_retry_after``; a longer one is not waited for: the error is raised at once, with
``retry_after`` on it. No attempt starts after ``total_timeout`` seconds from the first.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})

#: Statuses that mean "not done, try later" for any method.
RETRY_ANY_METHOD_STATUSES = frozenset({429, 503})
#: Statuses after which the request may have been acted on: retried only when idempotent.
RETRY_IDEMPOTENT_STATUSES = frozenset({502, 504})
#: Statuses that leave the outcome of a POST or PATCH unknown (the server may have acted on it).
OUTCOME_UNKNOWN_STATUSES = frozenset({500, 502, 504})


class Failure(enum.Enum):
    """What went wrong with one attempt."""

    CONNECT = "could not connect"  # refused, DNS, connect timeout: the request was not sent
    TLS = "TLS verification failed"  # bad certificate or host name: not sent, and never retried
    READ_TIMEOUT = "read timeout"  # sent; no answer in time
    CONNECTION_LOST = "connection lost after sending"  # reset or closed before the answer
    STATUS = "error status"  # an HTTP answer with a status


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
        if self.max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if self.initial_delay < 0 or self.max_delay < 0:
            raise ValueError("delays must be >= 0")
        if not 0 <= self.jitter <= 1:
            raise ValueError("jitter must be between 0 and 1")

    @classmethod
    def coerce(cls, value: None | int | RetryPolicy, default: RetryPolicy) -> RetryPolicy:
        """``None`` -> *default*; an int -> *default* with that many retries; a policy as is."""
        if value is None:
            return default
        if isinstance(value, RetryPolicy):
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError("retries must be an int or a RetryPolicy")
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
        delay = min(self.max_delay, self.initial_delay * (2 ** (retry_number - 1)))
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
