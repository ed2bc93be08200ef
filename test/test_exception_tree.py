"""The exception tree: every class is a real class in source, exported, picklable, under one
root."""

from __future__ import annotations

import inspect
import pickle

import pytest

import stencila_hub
from stencila_hub import exceptions, kubernetes_watch, waiters

CLASSES = [
    obj
    for module in (exceptions, kubernetes_watch, waiters)
    for name, obj in vars(module).items()
    if inspect.isclass(obj)
    and issubclass(obj, BaseException)
    and not name.startswith("_")
    and obj.__module__ == module.__name__
]


def test_the_tree_has_one_root_under_two_names() -> None:
    assert stencila_hub.OpenApiException is stencila_hub.StencilaHubError
    assert stencila_hub.StencilaHubError.__name__ == "StencilaHubError"
    for cls in CLASSES:
        assert issubclass(cls, stencila_hub.StencilaHubError), cls


@pytest.mark.parametrize("cls", CLASSES, ids=lambda c: c.__name__)
def test_every_class_follows_the_naming_rule_and_is_defined_in_source(cls: type) -> None:
    suffix = "Exception" if issubclass(cls, exceptions.ApiException) else "Error"
    assert cls.__name__.endswith(suffix)
    assert inspect.getsource(cls).lstrip().startswith(f"class {cls.__name__}(")


@pytest.mark.parametrize(
    "cls",
    [c for c in CLASSES if c.__module__ == exceptions.__name__],
    ids=lambda c: c.__name__,
)
def test_every_exceptions_class_is_exported_at_the_top(cls: type) -> None:
    assert getattr(stencila_hub, cls.__name__) is cls
    assert cls.__name__ in stencila_hub.__all__


def test_an_envelope_variant_is_both_classes_and_pickles() -> None:
    cls = exceptions.envelope_variant(stencila_hub.NotFoundException)
    assert cls is stencila_hub.EnvelopeNotFoundException
    err = cls(404, "Not Found", message="no such job")
    assert isinstance(err, stencila_hub.NotFoundException)
    assert isinstance(err, stencila_hub.EnvelopeErrorException)
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is cls


def test_older_names_stay_as_aliases() -> None:
    assert waiters.WaitTimeout is stencila_hub.WaitTimeoutError
    assert kubernetes_watch.WatchError is kubernetes_watch.WatchStatusException
    assert kubernetes_watch.LineTooLong is kubernetes_watch.LineTooLongError
    from stencila_hub.kubernetes import WatchError

    assert WatchError is kubernetes_watch.WatchStatusException
