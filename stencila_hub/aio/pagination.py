"""Async pagination: ``async for job in pages.offset(api.list, limit=100)`` (hand-written).

The paging styles of :mod:`stencila_hub.pagination` (pure: the next page's arguments and a page's
items) drive an async loop over the bound async method you pass.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from stencila_hub.pagination import (
    ContinuePaging,
    MarkerPaging,
    NextLinkPaging,
    OffsetPaging,
    PagingStyle,
    _with_http_info,
)

AsyncMethod = Callable[..., Awaitable[Any]]


async def walk(
    style: PagingStyle, method: AsyncMethod, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> AsyncIterator[Any]:
    """Every item of every page, lazily: each page is fetched when its first item is asked for."""
    next_kwargs: dict[str, Any] | None = dict(kwargs)
    while next_kwargs is not None:
        page = await method(*args, **next_kwargs)
        items, next_kwargs = style.split(page, next_kwargs)
        for item in items:
            yield item


def offset(method: AsyncMethod, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
    """Every item of an Agave ``list``/``search`` call (``limit`` default 100)."""
    style = OffsetPaging()
    return walk(style, method, args, style.first_page(kwargs))


def marker(
    method: AsyncMethod, *args: Any, items_key: str = "jobs", **kwargs: Any
) -> AsyncIterator[Any]:
    """Every item of a Sahara list, following ``markers.next`` (calls ``*_with_http_info``)."""
    return walk(MarkerPaging(items_key), _with_http_info(method), args, kwargs)


def continue_token(method: AsyncMethod, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
    """Every item of a Kubernetes list, following ``metadata.continue``."""
    return walk(ContinuePaging(), method, args, kwargs)


def hub(list_method: AsyncMethod, /, *args: Any, **kwargs: Any) -> AsyncIterator[Any]:
    """Every item of a Hub list (``projects_jobs_list``...), following each page's ``next``
    (*list_method* positional-only: the job list has a ``method`` filter)."""
    return walk(NextLinkPaging(), list_method, args, kwargs)
