"""Configuration settings that are not about one request."""

from __future__ import annotations

import logging

import stencila_hub


def test_debug_on_several_configurations_prints_each_line_once(server, client_for, capsys):
    first = stencila_hub.Configuration(host=server.url, debug=True)
    stencila_hub.Configuration(host=server.url, debug=True)
    try:
        package_logger = logging.getLogger("stencila_hub")
        debug_handlers = [h for h in package_logger.handlers
                          if h is first.logger_stream_handler]
        assert len(debug_handlers) == 1
        with stencila_hub.ApiClient(first) as client:
            stencila_hub.JobsApi(client).jobs_update(1, stencila_hub.InlineObject3())
        err = capsys.readouterr().err
        assert err.count("PUT http://127.0.0.1") == 1
    finally:
        first.debug = False
    assert first.logger_stream_handler is None
    assert all(h is not debug_handlers[0] for h in logging.getLogger("stencila_hub").handlers)
