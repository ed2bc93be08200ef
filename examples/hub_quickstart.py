"""The Hub seed example, runnable: update a job's status with JobsApi.

    python examples/hub_quickstart.py            # against a local stand-in server (no account)
    STENCILA_HUB_URL=https://hub.stenci.la/api STENCILA_HUB_TOKEN=... JOB_ID=56 \
        python examples/hub_quickstart.py        # against the real Hub (staff token)
"""

from __future__ import annotations

import json
import os
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pprint import pprint

import stencila_hub
from stencila_hub.exceptions import ApiException


def local_hub() -> ThreadingHTTPServer:
    """A stand-in for the Hub's two job endpoints, answering as the real server does."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def _body(self) -> dict:
            return json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"{}")

        def do_PATCH(self) -> None:  # the real Hub: 200 with an empty body
            self._body()
            self.send_response(200)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def do_PUT(self) -> None:  # the real Hub: 200 with the full job
            job = {"id": int(self.path.strip("/").split("/")[-1]), "isActive": True, **self._body()}
            data = json.dumps(job).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main() -> None:
    host = os.environ.get("STENCILA_HUB_URL")
    server = None
    if not host:
        server = local_hub()
        host = f"http://127.0.0.1:{server.server_port}"
    configuration = stencila_hub.Configuration(
        host=host,
        api_key={"Token": os.environ.get("STENCILA_HUB_TOKEN", "YOUR_API_TOKEN")},
        api_key_prefix={"Token": "Token"},
    )
    job_id = int(os.environ.get("JOB_ID", "56"))
    with stencila_hub.ApiClient(configuration) as api_client:
        api_instance = stencila_hub.JobsApi(api_client)
        try:
            # PATCH: the Hub answers 200 with an empty body, so this returns None.
            api_response = api_instance.jobs_partial_update(
                job_id, stencila_hub.InlineObject4(status="RUNNING", worker="demo-worker"))
            print("jobs_partial_update ->", api_response)
            # PUT: the Hub answers with the whole job.
            job = api_instance.jobs_update(job_id, stencila_hub.InlineObject3(status="SUCCESS"))
            pprint(job.to_dict())
        except ApiException as e:
            print("Exception when calling JobsApi: %s\n" % e)
    if server is not None:
        server.shutdown()


if __name__ == "__main__":
    main()
