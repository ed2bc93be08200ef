"""The statistics every section reports: medians, paired ratios, their rendering."""

from __future__ import annotations

import statistics


def med(values: list[float]) -> float:
    return statistics.median(values)


def ratio(a: list[float], b: list[float]) -> tuple[float, float]:
    """(median(a) / median(b), min(a) / min(b))."""
    return med(a) / med(b), min(a) / min(b)


def paired(a: list[float], b: list[float]) -> float:
    """Median of a[i] / b[i]: each repetition against the baseline run just before or after it,
    so that a slow spell of the machine (other work on it) weighs on both sides alike."""
    return med([x / y for x, y in zip(a, b, strict=True)])


def fmt_ratio(x: float) -> str:
    return f"{x:.2f}x"


def verdict(ok: bool | None) -> str:
    return "n/a" if ok is None else "met" if ok else "**missed**"
