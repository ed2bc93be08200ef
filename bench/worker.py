"""A measuring process: ``python bench/worker.py SUITE URL``, driven by bench/run.py over
stdin/stdout.

SUITE is ``ours`` (this SDK, run with the project's Python) or a peer, ``stencila.hub`` or
``kubernetes`` (run with bench/.venv-peers/bin/python). Every suite measures its client beside raw
urllib3 + json in the same process, on the same server and payloads, so each figure it returns is
paired with its own baseline. Commands are JSON lines; each answer is one JSON line.

Standard library and urllib3 only at module level: the peers' venv has no pydantic.
"""

from __future__ import annotations

import json
import sys
import traceback
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


# -- the loop -------------------------------------------------------------------------------------


def load_suite(name: str, url: str) -> Any:
    if name == "ours":
        from suite_ours import Suite

        return Suite(url)
    if name == "stencila.hub":
        from suite_peers import StencilaHubSuite

        return StencilaHubSuite(url)
    if name == "kubernetes":
        from suite_peers import KubernetesSuite

        return KubernetesSuite(url)
    raise SystemExit(f"unknown suite {name!r}")


def main() -> None:
    name, url = sys.argv[1], sys.argv[2]
    out = sys.stdout
    sys.stdout = sys.stderr  # anything a library prints must not break the protocol
    suite = load_suite(name, url)
    out.write(json.dumps({"ready": True, "versions": suite.versions()}) + "\n")
    out.flush()
    for line in sys.stdin:
        command = json.loads(line)
        try:
            method = getattr(suite, command.pop("cmd"))
            answer = {"ok": method(**command)}
        except Exception as err:  # noqa: BLE001 (reported to the driver, which says so)
            answer = {"error": f"{type(err).__name__}: {err}", "trace": traceback.format_exc()}
        out.write(json.dumps(answer) + "\n")
        out.flush()
    close = getattr(suite, "close", None)
    if close is not None:  # the async clients' sessions, closed in their loop
        close()


if __name__ == "__main__":
    main()
