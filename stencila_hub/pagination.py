"""Walk every page of a list operation, lazily (hand-written).

Each system pages its own way; each paging style is one small class that knows only two things
(pure, no I/O): the arguments of the next page, and the items of a page. The shared loop calls the
bound generated method you pass, so helpers work on any ApiClient and any per-call options::

    for job in pages.offset(agave.list, limit=100):          # Agave: limit + offset
    for job in pages.marker(sahara.list, project_id, limit=50):  # Sahara: markers.next
    for job in pages.continue_token(batch.list_namespaced_job, "default", limit=500)  # Kubernetes
    for job in pages.hub(projects.projects_jobs_list, "1", status="RUNNING")  # Hub: next
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol, TypeVar
from urllib.parse import parse_qs, urlsplit

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)


class ListOf(Protocol[T_co]):
    """A list answer with its ``items`` (a Kubernetes ``V1JobList``)."""

    @property
    def items(self) -> Sequence[T_co]: ...


class PagingStyle:
    """How one API pages. Subclasses implement :meth:`split`; the loop is :meth:`walk`."""

    def split(
        self, page: Any, kwargs: dict[str, Any]
    ) -> tuple[Sequence[Any], dict[str, Any] | None]:
        """The items of *page* and the keyword arguments of the next page (None: last page)."""
        raise NotImplementedError

    def walk(
        self, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Iterator[Any]:
        next_kwargs: dict[str, Any] | None = dict(kwargs)
        while next_kwargs is not None:
            page = method(*args, **next_kwargs)
            items, next_kwargs = self.split(page, next_kwargs)
            yield from items


class OffsetPaging(PagingStyle):
    """``limit`` + ``offset`` (Agave): a page shorter than ``limit`` is the last.

    ``limit`` is always sent (``default_limit`` when the caller leaves it out): a server left to
    its own page size could answer shorter pages than the limit we count with, and the walk would
    stop after the first. The default is 100, the maximum page size of a stock Agave server; a
    larger ``limit`` than the server's maximum has the same effect (the server caps the page), so
    keep ``limit`` at or below it.
    """

    def __init__(self, default_limit: int = 100) -> None:
        self.default_limit = default_limit

    def walk(
        self, method: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]
    ) -> Iterator[Any]:
        return super().walk(method, args, self.first_page(kwargs))

    def first_page(self, kwargs: dict[str, Any]) -> dict[str, Any]:
        """The first page's arguments: *kwargs* with ``limit`` (``default_limit`` if unset)."""
        if kwargs.get("limit") is None:
            return {**kwargs, "limit": self.default_limit}
        return kwargs

    def split(
        self, page: Any, kwargs: dict[str, Any]
    ) -> tuple[Sequence[Any], dict[str, Any] | None]:
        items: list[Any] = list(page or [])
        limit = kwargs.get("limit") or self.default_limit
        if len(items) < limit or not items:
            return items, None
        return items, {**kwargs, "limit": limit, "offset": (kwargs.get("offset") or 0) + len(items)}


class MarkerPaging(PagingStyle):
    """Sahara: the envelope's ``markers.next`` is the ``marker`` of the next page.

    Needs the envelope, so it calls the ``*_with_http_info`` variant of the method you pass.
    """

    def __init__(self, items_key: str) -> None:
        self.items_key = items_key

    def split(
        self, page: Any, kwargs: dict[str, Any]
    ) -> tuple[Sequence[Any], dict[str, Any] | None]:
        envelope = page.data
        items = list(getattr(envelope, self.items_key, None) or [])
        markers = getattr(envelope, "markers", None)
        following = getattr(markers, "next", None) if markers is not None else None
        if not following or not items:
            return items, None
        return items, {**kwargs, "marker": following}


class ContinuePaging(PagingStyle):
    """Kubernetes: ``metadata.continue`` of a list is the ``_continue`` of the next request."""

    def split(
        self, page: Any, kwargs: dict[str, Any]
    ) -> tuple[Sequence[Any], dict[str, Any] | None]:
        items = list(getattr(page, "items", None) or [])
        metadata = getattr(page, "metadata", None)
        token = getattr(metadata, "var_continue", None) if metadata is not None else None
        if not token:
            return items, None
        return items, {**kwargs, "_continue": token}


class HubPage(Protocol[T_co]):
    """A Hub list page (``HubJobPage``, ``HubWorkerPage``...):
    ``{count, next, previous, results}``."""

    @property
    def next(self) -> str | None: ...

    @property
    def results(self) -> Sequence[T_co] | None: ...


class NextLinkPaging(PagingStyle):
    """The Hub (Django REST framework's limit/offset pagination): follow the page's ``next`` URL.

    ``next`` is absolute and carries ``limit`` and ``offset`` (and the filters); the next call
    takes those two from it rather than requesting the URL itself, so it goes through the same
    generated method, host, credentials and retries as the first (a Hub behind a proxy may name
    another host in ``next``). A page without ``next`` is the last.
    """

    def split(
        self, page: Any, kwargs: dict[str, Any]
    ) -> tuple[Sequence[Any], dict[str, Any] | None]:
        items = list(getattr(page, "results", None) or [])
        link = getattr(page, "next", None)
        if not link or not items:
            return items, None
        query = parse_qs(urlsplit(link).query)
        following = {**kwargs}
        for name in ("limit", "offset"):
            if name in query:
                following[name] = int(query[name][0])
        if following.get("offset") == kwargs.get("offset"):
            return items, None  # a next link that does not move on would loop for ever
        return items, following


def hub(list_method: Callable[..., HubPage[T_co]], /, *args: Any, **kwargs: Any) -> Iterator[T_co]:
    """Every item of a Hub list (``projects_jobs_list``, ``accounts_workers_list``...), following
    each page's ``next``; *args* and *kwargs* (filters, ``limit``) go to every call. Lazy, like
    the others: one request per page, when its first item is asked for.

    *list_method* is positional-only: the job list has a ``method`` filter of its own
    (``hub(api.projects_jobs_list, "1", method="sleep")``)."""
    return NextLinkPaging().walk(list_method, args, kwargs)


def offset(method: Callable[..., Sequence[T] | None], *args: Any, **kwargs: Any) -> Iterator[T]:
    """Every item of an Agave ``list``/``search`` call, page by page (``limit`` default 100).

    Lazy: nothing is sent before the first item is asked for, and each page only when needed.
    """
    return OffsetPaging().walk(method, args, kwargs)


def marker(
    method: Callable[..., Sequence[T] | None],
    *args: Any,
    items_key: str = "jobs",
    **kwargs: Any,
) -> Iterator[T]:
    """Every item of a Sahara list, following ``markers.next``. Pass the plain method (e.g.
    ``api.list``); its ``*_with_http_info`` twin is called to read the markers."""
    return MarkerPaging(items_key).walk(_with_http_info(method), args, kwargs)


def _with_http_info(method: Callable[..., Any]) -> Callable[..., Any]:
    """The ``*_with_http_info`` twin of a bound generated method (sync or async), which answers
    the whole envelope (Sahara's markers are in it)."""
    return getattr(method.__self__, method.__name__ + "_with_http_info")  # type: ignore[attr-defined,no-any-return]


def continue_token(method: Callable[..., ListOf[T]], *args: Any, **kwargs: Any) -> Iterator[T]:
    """Every item of a Kubernetes list, following ``metadata.continue``."""
    return ContinuePaging().walk(method, args, kwargs)
