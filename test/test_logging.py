"""debug=True and the application's logging: each line once, no level left changed.

Each case runs in a fresh interpreter, because pytest itself configures logging (the root logger
has its capture handlers), and "unconfigured" is the case to see.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

PROLOGUE = """
import logging, socket, sys
import stencila_hub
sock = socket.socket(); sock.bind(("127.0.0.1", 0)); port = sock.getsockname()[1]; sock.close()
def call(config):
    api = stencila_hub.JobsApi(stencila_hub.ApiClient(config))
    try:
        api.jobs_update(1, stencila_hub.InlineObject3(status="SUCCESS"))
    except stencila_hub.ApiConnectionError:
        pass
host = f"http://127.0.0.1:{port}/api"
"""


def run(body: str) -> subprocess.CompletedProcess:
    code = PROLOGUE + textwrap.dedent(body)
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )


def test_unconfigured_logging_debug_prints_each_line_once_to_stderr():
    out = run("""
        config = stencila_hub.Configuration(host=host, retries=0, debug=True)
        stencila_hub.Configuration(host=host, debug=True)
        call(config)
    """)
    assert out.stderr.count("PUT http://127.0.0.1") == 1, out.stderr


@pytest.mark.parametrize(
    "setup", ["logging.basicConfig(level=logging.INFO)", "logging.basicConfig(level=logging.DEBUG)"]
)
def test_configured_logging_gets_each_line_once(setup):
    out = run(
        setup
        + """
config = stencila_hub.Configuration(host=host, retries=0, debug=True)
call(config)
"""
    )
    assert out.stderr.count("PUT http://127.0.0.1") == 1, out.stderr
    assert "DEBUG:stencila_hub:PUT" in out.stderr  # the application's format, not ours


def test_debug_off_puts_back_the_level_the_application_set():
    out = run("""
        logger = logging.getLogger("stencila_hub")
        logger.setLevel(logging.ERROR)
        config = stencila_hub.Configuration(host=host, debug=True)
        assert logger.level == logging.DEBUG
        config.debug = False
        print(logger.level, len(logger.handlers))
        stencila_hub.Configuration(host=host, debug=False)
        print(logger.level)
    """)
    assert out.stdout.split() == [str(40), "0", str(40)]


def test_importing_and_calling_adds_no_handler_and_sets_no_level():
    out = run("""
        call(stencila_hub.Configuration(host=host, retries=0))
        logger = logging.getLogger("stencila_hub")
        print(logger.level, len(logger.handlers), len(logging.getLogger().handlers))
    """)
    assert out.stdout.split() == ["0", "0", "0"]
