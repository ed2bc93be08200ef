"""Which paths the generator owns: read by tools/generate.py (what to clean and copy) and
tools/check_drift.py (what to compare), so the two cannot disagree."""

#: Folders whose every file is generated (tools/generate.py empties them before generating).
GENERATED_DIRS = ("stencila_hub/api", "stencila_hub/models", "docs")
#: Hand-written folders inside a generated one (the docs site's guide pages): never deleted.
KEPT_DIRS = ("docs/guide",)
#: Files copied verbatim from the root into the package (source -> destination): the fake servers
#: of stencila_hub.testing check traffic against openapi.yaml, and package data cannot reach the
#: root file.
COPIED = {"openapi.yaml": "stencila_hub/testing/openapi.yaml"}
