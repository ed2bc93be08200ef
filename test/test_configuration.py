"""Configuration settings that are not about one request."""

from __future__ import annotations

import logging

import stencila_hub


def test_debug_on_several_configurations_adds_one_handler(server, client_for, caplog):
    caplog.set_level(logging.DEBUG, logger="stencila_hub")
    first = stencila_hub.Configuration(host=server.url, debug=True)
    stencila_hub.Configuration(host=server.url, debug=True)
    try:
        package_logger = logging.getLogger("stencila_hub")
        debug_handlers = [h for h in package_logger.handlers
                          if h is first.logger_stream_handler]
        assert len(debug_handlers) == 1
        with stencila_hub.ApiClient(first) as client:
            stencila_hub.JobsApi(client).jobs_update(1, stencila_hub.InlineObject3())
        lines = [r.getMessage() for r in caplog.records if r.name == "stencila_hub"]
        assert len(lines) == 1 and lines[0].startswith("PUT http://127.0.0.1")
    finally:
        first.debug = False
    assert first.logger_stream_handler is None
    assert all(h is not debug_handlers[0] for h in logging.getLogger("stencila_hub").handlers)
