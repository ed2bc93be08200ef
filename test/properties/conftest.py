"""test/properties: one module per property of the SDK, checked over all five systems (and both
clients where there is I/O): round trips, path encoding, header values, TLS, strict models and
lenient decoding. This conftest counts the hypothesis cases and reports the total after the run.
"""

from __future__ import annotations

from collections import Counter

CASES: Counter = Counter()


def count(kind: str) -> None:
    """Called once per generated example by each property test."""
    CASES[kind] += 1


def pytest_terminal_summary(terminalreporter) -> None:  # type: ignore[no-untyped-def]
    if CASES:
        parts = ", ".join(f"{kind}: {n}" for kind, n in sorted(CASES.items()))
        terminalreporter.write_line(f"hypothesis: {sum(CASES.values())} generated cases ({parts})")
