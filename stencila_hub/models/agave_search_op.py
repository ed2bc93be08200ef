# coding: utf-8
# Generated from templates/model*.mustache (our override) and openapi.yaml. Do not edit.
from __future__ import annotations

from enum import Enum
from typing import Any, Optional

from stencila_hub.base_model import lenient_enum_member


class AgaveSearchOp(str, Enum):
    """An operator of the Agave search syntax: a query parameter `<field>.<op>=<value>` on `GET /jobs/v2/` (and on a job's history) keeps the records whose field compares so to the value (the operator is case-insensitive; none, or an unknown one, means EQ). EQ and ON: equal; NEQ: not equal; LT and BEFORE: less than; LTE: at most; GT and AFTER: greater than; GTE: at least; IN, NIN: in / not in a comma-separated list; LIKE, RLIKE, NLIKE: pattern matches; BETWEEN: between two comma-separated values. Dates take `YYYY-MM-DD` or free forms such as `yesterday`. Used by `stencila_hub.agave.SearchTerm`; no operation takes it as a parameter.

    A value the spec does not list still decodes from a response (as a pseudo-member that is not
    added to the class); building a request with one is refused.
    """  # noqa: E501

    EQ = "EQ"
    ON = "ON"
    NEQ = "NEQ"
    LT = "LT"
    BEFORE = "BEFORE"
    LTE = "LTE"
    GT = "GT"
    AFTER = "AFTER"
    GTE = "GTE"
    IN = "IN"
    NIN = "NIN"
    LIKE = "LIKE"
    RLIKE = "RLIKE"
    NLIKE = "NLIKE"
    BETWEEN = "BETWEEN"

    def __str__(self) -> str:
        # The value, as the server sends it ("PENDING", not "AgaveSearchOp.PENDING").
        return str(self.value)

    def __format__(self, spec: str) -> str:
        return format(str(self.value), spec)

    @classmethod
    def _missing_(cls, value: Any) -> Optional["AgaveSearchOp"]:
        return lenient_enum_member(cls, value)  # type: ignore[return-value]

    @classmethod
    def from_json(cls, json_str: str) -> "AgaveSearchOp":
        import json

        return cls(json.loads(json_str))
