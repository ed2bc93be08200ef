#!/usr/bin/env python3
"""Write the Kubernetes models of openapi.yaml from the official batch/v1 OpenAPI v3 document.

Usage (from anywhere; paths default to the repository of this file):

    python3 tools/k8s_schemas.py            # rewrite the region in openapi.yaml
    python3 tools/k8s_schemas.py --check    # exit 1 when openapi.yaml is out of date

Input: ``spec-sources/k8s-batch-v1-openapi.json``, the official generated OpenAPI v3 document of
Kubernetes batch/v1 (kubernetes/kubernetes ``api/openapi-spec/v3/apis__batch__v1_openapi.json``).

Output: the lines of ``openapi.yaml`` between ``# @@schemas: kubernetes`` and
``# @@end-schemas: kubernetes`` (under ``components/schemas``). This script is the only writer of
that region; when the closing marker is missing it is added right after the opening one (the first
run). Everything outside the region is left byte for byte as it is. The output is deterministic
(schemas sorted by name, fixed key order), so a second run changes nothing.

What is written: the schema closure of ``io.k8s.api.batch.v1.Job``, ``io.k8s.api.batch.v1.JobList``
and ``io.k8s.apimachinery.pkg.apis.meta.v1.Status``, with these rewrites:

* Names are the official Kubernetes Python client's: the last two dotted parts with the first one
  capitalised (``io.k8s.api.batch.v1.Job`` -> ``V1Job``, ``...meta.v1.ObjectMeta`` ->
  ``V1ObjectMeta``, ``...scheduling.v1alpha3.TopologyConstraint`` ->
  ``V1alpha3TopologyConstraint``).
  The official client's generator lengthens a name when two API groups would give the same one;
  the only such name in this closure is in ``NAME_OVERRIDES`` (``io.k8s.api.core.v1.ResourceClaim``
  is ``CoreV1ResourceClaim`` in the official client, because of ``resource.k8s.io/v1``
  ResourceClaim). Two schemas of the closure mapping to one name is an error.
* Types the official client does not make models of are written inline at each use:
  ``Quantity`` -> ``type: string`` (client: ``str``); ``IntOrString`` -> no ``type`` (Any; client:
  ``object``); ``Time``/``MicroTime`` -> ``type: string, format: date-time, nullable: true``
  (the server sends ``null`` for an unset non-pointer time, e.g. ``creationTimestamp`` of a pod
  template); ``RawExtension`` and every other free-form object (``type: object`` without
  properties: ``FieldsV1``, ``Patch``, empty marker structs) -> ``type: object,
  additionalProperties: true``. An inlined use keeps the description of the property and gets a
  one-line note on the wire form.
* ``allOf: [{$ref: X}]`` wrappers (the v3 document uses them to put ``default``/``description``
  beside a reference) become a plain ``$ref``. In OpenAPI 3.0 the siblings of a ``$ref`` are
  ignored, so the property's own description and default are dropped (decision: the referenced
  model carries its own description; nothing is moved elsewhere).
* ``default`` is dropped everywhere: Go zero values (``""``, ``0``, ``false``, ``{}``) and a few
  server-side defaults (``TCP``, ``ext4``...). A client-side default would make the SDK send values
  the caller never set; the server applies its defaults itself and the descriptions say what they
  are.
* Vendor extensions (``x-kubernetes-*``: list types, patch strategies, unions,
  group-version-kind) are dropped: they describe server-side merge rules, not the JSON shape.
* Nothing is ``readOnly``: Kubernetes objects round-trip (read, change, PUT back with
  ``metadata.resourceVersion`` and ``status``), and the generator leaves read-only fields out of
  request bodies.
* ``required``, ``type``, ``format``, ``items``, ``additionalProperties``, ``enum`` and the
  descriptions (including their lists of possible enum values) are kept as the official document
  has them. Any other JSON-schema keyword makes the script stop, so a newer source document is
  looked at before it is taken over.

Only python3's standard library and PyYAML are used.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

import yaml

REPO = Path(__file__).resolve().parent.parent
SOURCE = REPO / "spec-sources" / "k8s-batch-v1-openapi.json"
TARGET = REPO / "openapi.yaml"

BEGIN_MARKER = "# @@schemas: kubernetes"
END_MARKER = "# @@end-schemas: kubernetes"
INDENT = 4  # schema names sit under `components:` / `  schemas:`

ROOTS = (
    "io.k8s.api.batch.v1.Job",
    "io.k8s.api.batch.v1.JobList",
    "io.k8s.apimachinery.pkg.apis.meta.v1.Status",
)

# Names the official client's generator lengthened because another API group (not in this
# document) has a schema with the same last two parts. Checked against kubernetes-client/python
# release-1.36 (`kubernetes/client/models/core_v1_resource_claim.py`).
NAME_OVERRIDES = {
    "io.k8s.api.core.v1.ResourceClaim": "CoreV1ResourceClaim",
}

TIME_TYPES = {
    "io.k8s.apimachinery.pkg.apis.meta.v1.Time": (
        "RFC 3339 date-time in UTC as the server sends it (`2024-05-01T12:00:00Z`), decoded to a "
        "timezone-aware datetime; `null` when unset."
    ),
    "io.k8s.apimachinery.pkg.apis.meta.v1.MicroTime": (
        "RFC 3339 date-time in UTC with microseconds (`2024-05-01T12:00:00.123456Z`), decoded to a "
        "timezone-aware datetime; `null` when unset."
    ),
}
QUANTITY = "io.k8s.apimachinery.pkg.api.resource.Quantity"
QUANTITY_NOTE = (
    "A resource quantity as a string, e.g. `500m`, `2`, `128Mi`, `1Gi` "
    "(the server answers with the "
    "canonical string; the official client types it `str`)."
)
INT_OR_STRING = "io.k8s.apimachinery.pkg.util.intstr.IntOrString"
INT_OR_STRING_NOTE = (
    'Int or string: an integer (`8080`, `1`) or a string (`"http"`, `"25%"`), kept as it comes '
    "(no type; the official client types it `object`)."
)
RAW_EXTENSION = "io.k8s.apimachinery.pkg.runtime.RawExtension"
FREE_FORM_NOTE = "A free-form JSON object."

# JSON-schema keywords taken over as they are, in the order they are written out.
KEY_ORDER = (
    "type",
    "format",
    "description",
    "nullable",
    "enum",
    "required",
    "properties",
    "items",
    "additionalProperties",
)
SCHEMA_KEYS = set(KEY_ORDER)
DROPPED_KEYS = {"default", "uniqueItems"}


class SourceError(Exception):
    """The source document has something this script does not know how to take over."""


def client_name(official: str) -> str:
    """The official Python client's class name of an official schema name."""
    if official in NAME_OVERRIDES:
        return NAME_OVERRIDES[official]
    parts = official.split(".")
    if len(parts) < 2:
        raise SourceError(f"schema name without a package: {official!r}")
    group_or_version, kind = parts[-2], parts[-1]
    return group_or_version[:1].upper() + group_or_version[1:] + kind


def ref_target(ref: str) -> str:
    prefix = "#/components/schemas/"
    if not ref.startswith(prefix):
        raise SourceError(f"unsupported $ref {ref!r}")
    return ref[len(prefix) :]


def is_free_form(schema: dict[str, Any]) -> bool:
    return (
        schema.get("type") == "object"
        and not schema.get("properties")
        and "additionalProperties" not in schema
    )


class Converter:
    def __init__(self, source: dict[str, Any]):
        self.schemas: dict[str, Any] = source["components"]["schemas"]
        self.models: dict[str, str] = {}  # official name -> client name, for every model written
        self.todo: list[str] = []

    # -- which official schemas are written inline ------------------------------------------------
    def inline(self, official: str, site_description: str | None) -> dict[str, Any] | None:
        """The inline schema for a use of `official`, or None when it is a model."""
        out: dict[str, Any]
        note: str | None
        if official in TIME_TYPES:
            out = {"type": "string", "format": "date-time", "nullable": True}
            note = TIME_TYPES[official]
        elif official == QUANTITY:
            out = {"type": "string"}
            note = QUANTITY_NOTE
        elif official == INT_OR_STRING:
            out = {}
            note = INT_OR_STRING_NOTE
        elif official == RAW_EXTENSION or is_free_form(self.schemas[official]):
            out = {"type": "object", "additionalProperties": True}
            note = (
                None
                if site_description
                else (self.schemas[official].get("description") or FREE_FORM_NOTE)
            )
        else:
            return None
        parts = [p for p in (site_description, note) if p]
        if parts:
            out["description"] = "\n\n".join(parts)
        return out

    def model_ref(self, official: str) -> dict[str, Any]:
        if official not in self.schemas:
            raise SourceError(f"$ref to a missing schema {official!r}")
        if official not in self.models:
            self.models[official] = client_name(official)
            self.todo.append(official)
        return {"$ref": "#/components/schemas/" + self.models[official]}

    def use(self, official: str, site_description: str | None) -> dict[str, Any]:
        if official not in self.schemas:
            raise SourceError(f"$ref to a missing schema {official!r}")
        inline = self.inline(official, site_description)
        return inline if inline is not None else self.model_ref(official)

    # -- schema objects --------------------------------------------------------------------------
    def convert(self, schema: Any, where: str) -> Any:
        if not isinstance(schema, dict):
            raise SourceError(f"{where}: schema is not an object")
        description = schema.get("description")
        if "$ref" in schema:
            return self.use(ref_target(schema["$ref"]), description)
        if "allOf" in schema:
            all_of = schema["allOf"]
            if len(all_of) != 1 or set(all_of[0]) != {"$ref"}:
                raise SourceError(f"{where}: allOf other than one $ref wrapper")
            rest = set(schema) - {"allOf", "description", "default"}
            if any(not k.startswith("x-") for k in rest):
                raise SourceError(f"{where}: allOf wrapper with siblings {sorted(rest)}")
            return self.use(ref_target(all_of[0]["$ref"]), description)
        out: dict[str, Any] = {}
        for key, value in schema.items():
            if key.startswith("x-") or key in DROPPED_KEYS:
                continue
            if key not in SCHEMA_KEYS:
                raise SourceError(f"{where}: unsupported keyword {key!r}")
            if key == "properties":
                value = {
                    name: self.convert(prop, f"{where}.{name}")
                    for name, prop in sorted(value.items())
                }
            elif key == "items":
                value = self.convert(value, f"{where}[]")
            elif key == "additionalProperties" and isinstance(value, dict):
                value = self.convert(value, f"{where}{{}}")
            elif key in ("required", "enum"):
                value = list(value)
            out[key] = value
        return {k: out[k] for k in KEY_ORDER if k in out}

    def run(self, roots: tuple[str, ...] = ROOTS) -> dict[str, Any]:
        for root in roots:
            if self.inline(root, None) is not None:
                raise SourceError(f"root {root!r} would not be a model")
            self.model_ref(root)
        written: dict[str, Any] = {}
        while self.todo:
            official = self.todo.pop()
            schema = self.convert(self.schemas[official], official)
            if "description" not in schema:
                raise SourceError(f"{official}: no description")
            written[official] = schema
        by_name: dict[str, Any] = {}
        for official, schema in written.items():
            name = self.models[official]
            if name in by_name:
                others = [o for o, n in self.models.items() if n == name]
                raise SourceError(f"two schemas map to {name}: {sorted(others)}")
            by_name[name] = schema
        return {name: by_name[name] for name in sorted(by_name)}


# -- YAML output -------------------------------------------------------------------------------
class _Dumper(yaml.SafeDumper):  # type: ignore[misc]  # PyYAML ships no types
    def ignore_aliases(self, data: Any) -> bool:  # never write &anchors / *aliases
        return True


def _str_representer(dumper: yaml.SafeDumper, data: str) -> yaml.ScalarNode:
    style = "|" if "\n" in data else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(str, _str_representer)


def render_region(models: dict[str, Any], source_bytes: bytes, source_rel: str) -> str:
    digest = hashlib.sha256(source_bytes).hexdigest()
    header = [
        f"# Generated by tools/k8s_schemas.py from {source_rel} (sha256 {digest[:16]}...).",
        "# Do not edit by hand: change the script and run it again (`--check` tells when stale).",
    ]
    body = yaml.dump(
        models,
        Dumper=_Dumper,
        sort_keys=False,
        default_flow_style=False,
        allow_unicode=True,
        width=100,
        indent=2,
    )
    pad = " " * INDENT
    lines = [pad + line if line else line for line in body.splitlines()]
    return "\n".join(header + lines) + "\n"


def rewrite(text: str, region: str) -> str:
    lines = text.splitlines(keepends=True)
    begins = [i for i, line in enumerate(lines) if line.rstrip("\r\n") == BEGIN_MARKER]
    ends = [i for i, line in enumerate(lines) if line.rstrip("\r\n") == END_MARKER]
    if len(begins) != 1:
        raise SourceError(f"openapi.yaml must have exactly one line {BEGIN_MARKER!r}")
    start = begins[0]
    if not lines[start].endswith("\n"):
        lines[start] += "\n"
    if not ends:  # first run: the region is empty and ends right after the opening marker
        return (
            "".join(lines[: start + 1]) + region + END_MARKER + "\n" + "".join(lines[start + 1 :])
        )
    if len(ends) != 1 or ends[0] < start:
        raise SourceError(f"openapi.yaml must have one line {END_MARKER!r} after {BEGIN_MARKER!r}")
    end = ends[0]
    return "".join(lines[: start + 1]) + region + "".join(lines[end:])


def build(source_path: Path, target_text: str) -> str:
    source_bytes = source_path.read_bytes()
    source = json.loads(source_bytes)
    models = Converter(source).run()
    try:
        source_rel = source_path.resolve().relative_to(REPO).as_posix()
    except ValueError:
        source_rel = source_path.name
    return rewrite(target_text, render_region(models, source_bytes, source_rel))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if openapi.yaml is out of date"
    )
    parser.add_argument(
        "--source", type=Path, default=SOURCE, help="official batch/v1 OpenAPI v3 JSON"
    )
    parser.add_argument("--target", type=Path, default=TARGET, help="openapi.yaml to rewrite")
    args = parser.parse_args(argv)
    try:
        current = args.target.read_text(encoding="utf-8")
        new = build(args.source, current)
    except (SourceError, OSError, ValueError) as exc:
        print(f"k8s_schemas: {exc}", file=sys.stderr)
        return 2
    if args.check:
        if new != current:
            print(
                f"k8s_schemas: {args.target} is out of date; run tools/k8s_schemas.py",
                file=sys.stderr,
            )
            return 1
        return 0
    if new != current:
        args.target.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
